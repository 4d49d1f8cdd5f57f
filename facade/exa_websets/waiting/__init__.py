"""Waiting: polling a job (a webset, a search, an import, an export, a monitor run) until it is done.

- ``policy.py``: pure. When to poll next (``PollPolicy``, ``Poller``): by phase, by the server's estimate, within
  the deadline.
- ``judges.py``: pure functions of the models. What each kind of wait looks for (done, keep going, a typed failure)
  and what its progress looks like (``WaitProgress``).
- ``_async.py``: the loops: ``wait_until`` (every ``wait_until_*`` method) and ``wait_until_idle_many``.
  ``_sync.py`` is derived from it by scripts/unasync.py (never edited by hand).

Only the policy is imported here: importing the client does not pay for the rest until a wait starts.
"""

from .policy import Poller, PollPolicy

__all__ = ["PollPolicy", "Poller"]
