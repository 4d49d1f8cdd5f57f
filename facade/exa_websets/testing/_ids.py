"""Deterministic identifiers: the same seed and the same sequence of calls give the same ids."""

from __future__ import annotations

import random
import string

_ALPHABET = string.digits + string.ascii_lowercase


class IdFactory:
    """Makes ids such as ``webset_3k9...`` and secrets from a seeded generator of its own."""

    def __init__(self, seed: int, stream: str) -> None:
        self._rng = random.Random(f"{stream}:{seed}")  # noqa: S311  # a fake: reproducible beats secret

    def new(self, prefix: str, length: int = 24) -> str:
        return f"{prefix}_{''.join(self._rng.choice(_ALPHABET) for _ in range(length))}"

    def token(self, nbytes: int = 16) -> str:
        return self._rng.getrandbits(nbytes * 8).to_bytes(nbytes, "big").hex()
