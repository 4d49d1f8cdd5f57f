"""One TLS context for every client the process makes.

httpx builds a new ``ssl.SSLContext`` per client by default, loading the whole trust store each time (~40-80 ms);
the context is immutable once built and safe to share between clients and threads, so it is built once, on first
use, with httpx's own defaults (certifi's roots, or ``SSL_CERT_FILE``/``SSL_CERT_DIR`` as set at that moment).
"""

from __future__ import annotations

import ssl
import threading

import httpx

_lock = threading.Lock()
_context: ssl.SSLContext | None = None


def shared_ssl_context() -> ssl.SSLContext:
    global _context  # noqa: PLW0603 - the process-wide cache is the point
    if _context is None:
        with _lock:
            if _context is None:
                _context = httpx.create_ssl_context()
    return _context
