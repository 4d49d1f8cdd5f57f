"""Exact per-step costs of a facade call: wrap the functions the sync facade calls for each step with timers.

pyinstrument's shares lean towards code made of many small calls (its per-call hook costs time too), so the µs per
step quoted in the results come from these timers instead (each adds ~0.3 µs per wrapped call). The wrapped names
are the facade's internals as of this benchmark; a name that has moved is reported as missing, not guessed.
"""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from typing import Any

import httpx

PREPARE = "request preparation & validation (`_core.request.prepare`)"
BUILD = "httpx `Client.build_request`"
SEND = "httpx `Client.send` (transport, Response, cookies)"
DECODE = "JSON decode (`_core.response.decode_json`)"
INFO = "`ResponseInfo` (`Pipeline._info`)"
PARSE = "model construction (generated `parse_success`/`from_dict`)"
ATTACH = "`attach` (response-info registry)"
PAGE = "page envelope (`_core.response.envelope`, `paging.RawPage.page`)"
STEPS = (PREPARE, BUILD, SEND, DECODE, INFO, PARSE, ATTACH, PAGE)

# (label, module, attribute path): functions looked up at call time, so replacing them times every call.
FUNCTIONS: list[tuple[str, str, str]] = [
    (PREPARE, "exa_websets._sync.client", "prepare"),
    (DECODE, "exa_websets._sync._pipeline", "decode_json"),
    (INFO, "exa_websets._sync._pipeline", "Pipeline._info"),
    (ATTACH, "exa_websets._sync.client", "attach"),
    (PAGE, "exa_websets._sync.client", "envelope"),  # list_all's pages: checks the shape, items stay JSON
    (PAGE, "exa_websets.paging.page", "RawPage.page"),  # list()'s and iter_pages()'s pages
]
# (module, attribute): Endpoint handles whose parser is timed as model construction. A ListEndpoint's parse_item
# builds each item's model (for list() and, as its iterator reaches each item, list_all).
ENDPOINTS: list[tuple[str, str]] = [
    ("exa_websets._sync.resources.websets", "GET"),
    ("exa_websets._sync.resources.items", "LIST"),
]


@dataclasses.dataclass
class StepTimes:
    seconds: Counter[str] = dataclasses.field(default_factory=Counter)
    missing: list[str] = dataclasses.field(default_factory=list)

    def timed(self, label: str, function: Callable[..., Any]) -> Callable[..., Any]:
        seconds = self.seconds
        clock = time.perf_counter

        def wrapper(*args: Any, **kwargs: Any) -> Any:
            started = clock()
            try:
                return function(*args, **kwargs)
            finally:
                seconds[label] += clock() - started

        return wrapper


_INHERITED = object()


@contextmanager
def _replaced(owner: Any, name: str, value: Any) -> Iterator[None]:
    """Set ``owner.name`` for a while; an attribute a class only inherits is removed again afterwards."""
    saved = vars(owner).get(name, _INHERITED)
    setattr(owner, name, value)
    try:
        yield
    finally:
        if saved is _INHERITED:
            delattr(owner, name)
        else:
            setattr(owner, name, saved)


@contextmanager
def step_timers() -> Iterator[StepTimes]:
    times = StepTimes()
    with ExitStack() as stack:
        stack.enter_context(_replaced(httpx.Client, "build_request", times.timed(BUILD, httpx.Client.build_request)))
        stack.enter_context(_replaced(httpx.Client, "send", times.timed(SEND, httpx.Client.send)))
        for label, module_name, path in FUNCTIONS:
            try:
                owner: Any = importlib.import_module(module_name)
                *parents, name = path.split(".")
                for parent in parents:
                    owner = getattr(owner, parent)
                original = inspect.getattr_static(owner, name)
            except (ImportError, AttributeError):
                times.missing.append(f"{module_name}.{path}")
                continue
            if isinstance(original, classmethod):
                wrapped: Any = classmethod(times.timed(label, original.__func__))
            else:
                wrapped = times.timed(label, original)
            stack.enter_context(_replaced(owner, name, wrapped))
        for module_name, name in ENDPOINTS:
            try:
                module = importlib.import_module(module_name)
                endpoint = getattr(module, name)
                parser = endpoint.parse_item if hasattr(endpoint, "parse_item") else endpoint.parse
                timed = type(endpoint)(endpoint.module, times.timed(PARSE, parser))  # same operation, timed parser
            except (ImportError, AttributeError, TypeError):
                times.missing.append(f"{module_name}.{name}")
                continue
            stack.enter_context(_replaced(module, name, timed))
        yield times
