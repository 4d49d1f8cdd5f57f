# Generated from facade/exa_websets/_async/resources/__init__.py by scripts/unasync.py. Edit that file, not this one.
"""One module per spec tag; each method names its operation (``@operation``) and its arguments."""
