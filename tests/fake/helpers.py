"""Shared helpers for the fake's tests: clients over the in-process transport, a webhook receiver, schema checks."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import attrs
import httpx
from exa_websets.testing import DEFAULT_START, DeliveryResult, FakeWebsets, WebhookDelivery
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

BASE_URL = "https://api.exa.ai/websets"
API_KEY = "test-key"
START = DEFAULT_START


def client(fake: FakeWebsets, **kwargs: Any) -> httpx.Client:
    return httpx.Client(base_url=BASE_URL, transport=fake.transport(), headers={"x-api-key": API_KEY}, **kwargs)


def async_client(fake: FakeWebsets, **kwargs: Any) -> httpx.AsyncClient:
    return httpx.AsyncClient(base_url=BASE_URL, transport=fake.transport(), headers={"x-api-key": API_KEY}, **kwargs)


@dataclass
class Receiver:
    """A webhook receiver standing in for an HTTP endpoint: records deliveries, answers with scripted statuses."""

    statuses: list[int] = field(default_factory=list)  # answers to use first, then 200
    deliveries: list[WebhookDelivery] = field(default_factory=list)

    def __call__(self, delivery: WebhookDelivery) -> DeliveryResult:
        self.deliveries.append(delivery)
        status = self.statuses.pop(0) if self.statuses else 200
        return DeliveryResult(status, "ok" if status < 300 else "receiver error", {"x-receiver": "test"})

    def types(self) -> list[str]:
        return [d.event_type for d in self.deliveries]


def create_webset(http: httpx.Client, count: int = 5, **extra: Any) -> dict[str, Any]:
    search = {"query": "AI research labs in Europe", "count": count, **extra.pop("search", {})}
    response = http.post("/v0/websets", json={"search": search, **extra})
    assert response.status_code == 201, response.text
    return response.json()


def event_types(fake: FakeWebsets, **match: Any) -> list[str]:
    """Types of the events so far (oldest first) whose data has the given fields."""
    return [e["type"] for e in fake.events if all(e["data"].get(k) == v for k, v in match.items())]


class SpecResponses:
    """Validates response bodies against the pinned spec's own response schemas (JSON Schema 2020-12)."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self._spec = spec
        resource = Resource.from_contents(spec, default_specification=DRAFT202012)
        self._registry = Registry().with_resource("urn:exa-websets-spec", resource)

    def schema_pointer(self, method: str, path: str, status: int) -> str | None:
        operation = self._spec["paths"].get(path, {}).get(method.lower())
        if operation is None:
            return None  # the documented supplement (exports, teams): not in the pinned spec
        content = operation["responses"][str(status)].get("content")
        if not content:
            return None
        escaped = path.replace("~", "~0").replace("/", "~1")
        response = f"{method.lower()}/responses/{status}/content/application~1json/schema"
        return f"urn:exa-websets-spec#/paths/{escaped}/{response}"

    def errors(self, method: str, path: str, status: int, body: Any) -> list[str]:
        pointer = self.schema_pointer(method, path, status)
        if pointer is None:
            return []
        validator = Draft202012Validator({"$ref": pointer}, registry=self._registry)
        return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(body)]


def unknown_parts(model: Any, path: str = "") -> Iterator[str]:
    """Where a parsed model fell back to a forward-compatibility form (an unknown variant or enum value)."""
    if isinstance(model, list):
        for index, element in enumerate(model):
            yield from unknown_parts(element, f"{path}[{index}]")
    elif getattr(model, "is_unknown", False):
        yield f"{path}: unknown enum value {model!r}"
    elif attrs.has(type(model)):
        # Export events are documented but absent from the spec's Event union: they parse as its unknown variant.
        is_export_event = type(model).__name__ == "UnknownEvent" and model.type_.startswith("webset.export.")
        if type(model).__name__.startswith("Unknown") and not is_export_event:
            yield f"{path}: {type(model).__name__}"
        for attribute in attrs.fields(type(model)):
            yield from unknown_parts(getattr(model, attribute.name), f"{path}.{attribute.name}")


Check = Callable[[httpx.Response], None]
