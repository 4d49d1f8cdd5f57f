"""The repository's maintenance scripts, importable as modules (``python -m scripts.<name>`` or the file itself)."""
