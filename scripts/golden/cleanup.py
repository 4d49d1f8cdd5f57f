"""Delete everything a run created, newest first, in a ``finally``: also what a create made without answering,
found by its deterministic name. What cannot be deleted is listed as left behind, by id."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from exa_websets import APIError, NotFoundError

from scripts.golden.bookkeeping import Resource
from scripts.golden.recording import Recording


def clean_up(recording: Recording) -> None:
    """Delete everything this run created, newest first, including what a create made without answering
    (found by its deterministic name first). Searches cannot be deleted: they go with their webset, as do
    enrichments whose delete failed."""
    _find_unanswered(recording)
    deleted_websets: set[str] = set()
    for resource in reversed(list(recording.created)):
        deleter = _deleter(recording, resource)
        if deleter is not None and _delete(recording, resource, *deleter) and resource.kind == "webset":
            deleted_websets.add(resource.id)
    cleaned = {(entry["kind"], entry["id"]) for entry in recording.summary.cleaned_up}
    for resource in recording.created:
        if (resource.kind, resource.id) in cleaned:
            continue
        if resource.webset_id is not None and resource.webset_id in deleted_websets:
            _cleaned(recording, resource, "with its webset")
        else:
            recording.summary.left_behind.append(resource.describe())


def _deleter(recording: Recording, resource: Resource) -> tuple[str, Callable[[], object]] | None:
    c, rid = recording.client, resource.id
    if resource.kind == "webhook":
        return "webhooks-delete", lambda: c.webhooks.delete(rid)
    if resource.kind == "webset":
        return "websets-delete", lambda: c.websets.delete(rid)
    if resource.kind == "monitor":
        return "monitors-delete", lambda: c.monitors.delete(rid)
    if resource.kind == "import":
        return "imports-delete", lambda: c.imports.delete(rid)
    if resource.kind == "enrichment" and resource.webset_id is not None:
        webset_id = resource.webset_id
        return "websets-enrichments-delete", lambda: c.enrichments.delete(webset_id, rid)
    return None


def _delete(recording: Recording, resource: Resource, operation_id: str, action: Callable[[], object]) -> bool:
    try:
        recording.call(operation_id, action)
    except NotFoundError:
        _cleaned(recording, resource, "already gone")
    except Exception as error:  # noqa: BLE001 - keep cleaning up the others
        message = recording.writer.redact(f"{type(error).__name__}: {error}")
        recording.summary.cleanup_failures.append({**resource.describe(), "error": message})
        recording.log(f"FAILED to delete {resource.kind} {resource.id}: {message}")
        return False
    else:
        _cleaned(recording, resource, "deleted")
    return True


def _cleaned(recording: Recording, resource: Resource, how: str) -> None:
    recording.summary.cleaned_up.append({**resource.describe(), "how": how})
    recording.log(f"cleaned up {resource.kind} {resource.id} ({how})")


def _find_unanswered(recording: Recording) -> None:
    """A create that got no usable answer may still have made the resource: look it up by its deterministic
    name (the webset by external id, the others by ``ssot_run`` in their metadata) and track it."""
    c, n = recording.client, recording.names
    lookups: dict[str, Callable[[], list[Any]]] = {
        "webset": lambda: _existing(lambda: c.websets.get(n.name("webset"))),
        "webhook": lambda: [w for w in c.webhooks.list_all() if _run_of(w) == n.run_key],
        "monitor": lambda: [m for m in c.monitors.list_all() if _run_of(m) == n.run_key],
        "import": lambda: [i for i in c.imports.list_all() if _run_of(i) == n.run_key],
    }
    for kind in sorted(recording.unconfirmed & set(lookups)):
        try:
            found = lookups[kind]()
        except APIError as error:
            failure = {"kind": kind, "name": n.name(kind), "error": recording.writer.redact(str(error))}
            recording.summary.cleanup_failures.append(failure)
            continue
        for obj in found:
            resource = Resource(kind, str(obj.id), n.name(kind))
            recording.created.append(resource)
            recording.summary.created.append({**resource.describe(), "found_by": "its deterministic name"})
            recording.log(f"found {kind} {resource.id} ({resource.name}), created without an answer")


def _existing(get: Callable[[], Any]) -> list[Any]:
    try:
        return [get()]
    except NotFoundError:
        return []


def _run_of(obj: Any) -> str | None:
    """The ``ssot_run`` metadata value of a webhook, monitor or import (None when it has none)."""
    metadata = getattr(obj, "metadata", None)
    to_dict = getattr(metadata, "to_dict", None)
    value = to_dict().get("ssot_run") if callable(to_dict) else None
    return value if isinstance(value, str) else None
