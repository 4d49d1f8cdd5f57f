# Generated from facade/exa_websets/_async/__init__.py by scripts/unasync.py. Edit that file, not this one.
"""The sync implementation, generated from _async by scripts/unasync.py (see scripts/unasync.py)."""
