"""Paging: reading a cursor-paginated list operation.

- ``policy.py``: pure. Where a listing stands (``ListingPosition``) and the resume token that says so.
- ``page.py``: a page (``Page``; ``RawPage`` keeps items JSON until reached) and what the spec says of a list's
  pages (``page_size``, ``paginates``). The envelope of a list response is read with every answer, in
  ``_core/response.py``.
- ``_async.py``: the driver: ``AsyncListing`` (a resource's ``list`` and ``list_all`` in one declaration) and
  ``AsyncPaginator``. ``_sync.py`` is derived from it by scripts/unasync.py (never edited by hand).

The drivers are not imported here: a sync client never loads the async one, nor the reverse.
"""

from .page import Page, RawPage, page_size, paginates
from .policy import RESUME_PREFIX, ListingPosition, ResumePoint, parse_resume_token

__all__ = [
    "RESUME_PREFIX",
    "ListingPosition",
    "Page",
    "RawPage",
    "ResumePoint",
    "page_size",
    "paginates",
    "parse_resume_token",
]
