"""exa_websets: the stable, hand-written Python API for Exa Websets.

The low-level client generated from the pinned spec lives in ``exa_websets_api``; this package is what users import.
"""

__version__ = "0.1.0"

__all__ = ["__version__"]
