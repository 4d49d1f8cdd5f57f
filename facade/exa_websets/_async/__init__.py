"""The async implementation: the hand-written source of the sync one (see scripts/unasync.py)."""
