"""What a recording must never keep: the webhook signing secret, presigned URLs' query strings (temporary
credentials) and the API key, wherever it shows up."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from urllib.parse import urlsplit, urlunsplit

REDACTED = "<redacted by scripts/record_golden.py>"
PRESIGNED_URL_FIELDS = ("downloadUrl", "uploadUrl")
MIN_SECRET_LENGTH = 8  # a shorter one is no real key, and replacing it would mangle ordinary text


def scrub(payload: Any) -> tuple[Any, list[str]]:
    """``payload`` with the webhook secret and presigned query strings replaced, and a note for each replacement."""
    notes: list[str] = []

    def walk(value: Any, at: str) -> Any:
        if isinstance(value, dict):
            result = {}
            for key, item in value.items():
                here = f"{at}/{key.replace('~', '~0').replace('/', '~1')}"
                if key == "secret" and value.get("object") == "webhook" and isinstance(item, str):
                    result[key] = REDACTED
                    notes.append(f"{here} (the webhook signing secret) was replaced: recordings never keep it.")
                elif key in PRESIGNED_URL_FIELDS and isinstance(item, str) and urlsplit(item).query:
                    result[key] = urlunsplit(urlsplit(item)._replace(query=""))
                    notes.append(f"{here} had its presigned query string (a temporary credential) removed.")
                else:
                    result[key] = walk(item, here)
            return result
        if isinstance(value, list):
            return [walk(item, f"{at}/{index}") for index, item in enumerate(value)]
        return value

    return walk(payload, ""), notes


class Redactor:
    """Replaces the run's secrets (the API key) in any text about to be written or logged."""

    def __init__(self, secrets: Sequence[str]) -> None:
        self.secrets = [secret for secret in secrets if len(secret) >= MIN_SECRET_LENGTH]

    def __call__(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, "<redacted>")
        return text
