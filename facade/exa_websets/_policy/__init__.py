"""Pure decisions with no I/O, shared by the sync and async code: retry or not and how long, waiting, paging."""
