"""Imported first by the package: without the testing extra, importing it (or ``python -m exa_websets.testing``)
fails with one line saying what to install, not a traceback from deep inside."""

from __future__ import annotations

try:
    import uvicorn  # noqa: F401  # serving over HTTP
except ModuleNotFoundError as error:
    # name=__package__: runpy then reports `python -m exa_websets.testing` in one line instead of a traceback.
    raise ModuleNotFoundError(
        f"exa_websets.testing needs the testing extra ({error.name} is not installed): "
        "pip install 'exa-websets[testing]'",
        name=__package__,
    ) from None
