"""Build the HTTP request for one operation call, refusing bad input before the network. Pure: no I/O."""

from __future__ import annotations

import datetime
import enum
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

import httpx

from . import __version__, _rules
from ._errors import InvalidRequestError, Problem
from ._logging import redact_query
from ._options import PRIORITY_HEADER, RequestOptions
from ._policy.retry import Safety
from ._settings import ClientSettings, as_timeout, seconds_problem, timeout_problem
from ._spec import Operation, SpecIndex
from ._validation import Converter, plain, to_camel

USER_AGENT = f"exa-websets-python/{__version__}"
# Path values by the spec's parameter name, each with the argument name the caller used (for messages):
# {"webset": ("webset_id", "ws_1"), "id": ("item_id", "it_1")}.
PathArguments = Mapping[str, tuple[str, str]]
USE_CLIENT_TIMEOUT: Any = httpx.USE_CLIENT_DEFAULT
API_KEY_HEADER = "x-api-key"


@dataclass(frozen=True)
class PreparedRequest:
    operation: Operation | None  # None for requests outside the API (an upload to a presigned URL)
    label: str  # how the caller knows the call, e.g. "websets.create"
    method: str
    url: str
    params: tuple[tuple[str, str], ...]
    headers: dict[str, str]  # never the API key: the pipeline adds it to the request it sends (see send_headers)
    content: bytes | None
    timeout: Any  # an httpx.Timeout, or USE_CLIENT_TIMEOUT for a caller-supplied client's own
    safety: Safety
    max_retries: int
    expects_json: bool = True
    deadline: float | None = None  # seconds for the whole call, retries included
    authenticated: bool = True  # False for presigned transfers: the URL is the credential, the key is never sent

    @property
    def shown_url(self) -> str:
        """The URL as logs and errors show it: a presigned URL's query (its token) is redacted."""
        return self.url if self.authenticated else redact_query(self.url)


def prepare(
    index: SpecIndex,
    settings: ClientSettings,
    operation_id: str,
    *,
    label: str,
    path: PathArguments | None = None,
    query: Mapping[str, Any] | None = None,
    body: Mapping[str, Any] | None = None,
    options: RequestOptions | None = None,
    safety: Safety = Safety.REPEATABLE,
) -> PreparedRequest:
    """Validate and encode one call. ``path`` maps each path parameter's spec name to the argument name the
    caller used (for messages) and its value; ``query`` and ``body`` hold the caller's values (snake_case or
    camelCase keys)."""
    operation = index.operations[operation_id]
    options = options or {}
    problems: list[Problem] = []
    url = settings.base_url + _fill_path(operation, path or {}, problems)
    params = _encode_query(index, operation, query or {}, problems)
    _check_options(options, problems)
    content = _encode_body(index, operation, body, options, problems)
    if problems:
        raise InvalidRequestError(label, problems)
    params += tuple((str(k), _query_text(plain(v))) for k, v in (options.get("extra_query") or {}).items())
    headers = {"accept": "application/json", "user-agent": USER_AGENT}
    if content is not None:
        headers["content-type"] = "application/json"
    if "priority" in options:
        headers[PRIORITY_HEADER] = options["priority"]
    headers.update(options.get("extra_headers") or {})
    return PreparedRequest(
        operation=operation,
        label=label,
        method=operation.method,
        url=url,
        params=params,
        headers=headers,
        content=content,
        timeout=_timeout(settings, options),
        safety=safety,
        max_retries=options.get("max_retries", settings.max_retries),
        deadline=options.get("deadline", settings.deadline),
    )


def _timeout(settings: ClientSettings, options: RequestOptions) -> Any:
    """The call's own timeout, else the client's, else USE_CLIENT_TIMEOUT so a caller-supplied client keeps its own."""
    if "timeout" in options:
        return as_timeout(options["timeout"])
    return settings.timeout if settings.timeout is not None else USE_CLIENT_TIMEOUT


def _fill_path(operation: Operation, path: PathArguments, problems: list[Problem]) -> str:
    """Bind each value to the spec's path parameter of that name, never by position: if upstream reorders a path's
    parameters the values still go where they belong, and if it renames one this fails loudly here."""
    if set(path) != set(operation.path_parameters):  # a programming error in a resource, not the caller's
        raise TypeError(f"{operation.id} takes path parameters {sorted(operation.path_parameters)}, got {sorted(path)}")
    values: dict[str, str] = {}
    for spec_name, (argument, value) in path.items():
        usable = isinstance(value, str) and bool(value.strip())
        if not usable:
            problems.append(Problem(argument, f"must be a non-empty string id (got {value!r})"))
        values[spec_name] = quote(value if usable else "_", safe="")
    return operation.path.format(**values)


def _encode_query(
    index: SpecIndex, operation: Operation, query: Mapping[str, Any], problems: list[Problem]
) -> tuple[tuple[str, str], ...]:
    if all(value is None for value in query.values()):
        return ()
    converter = Converter(index)
    known = {p.name: p for p in operation.query_parameters}
    pairs: list[tuple[str, str]] = []
    for name, value in query.items():
        if value is None:
            continue
        parameter = known.get(name) or known.get(to_camel(name))
        if parameter is None:  # a programming error in a resource: its arguments come from the spec
            raise TypeError(f"{operation.id} has no query parameter {name!r}")
        wire = converter.convert(parameter.schema, value, name)
        for item in wire if isinstance(wire, list) else [wire]:
            pairs.append((parameter.name, _query_text(item)))
    problems.extend(converter.problems)
    return tuple(pairs)


def _query_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return str(value.value)
    return str(value)


def _encode_body(
    index: SpecIndex,
    operation: Operation,
    body: Mapping[str, Any] | None,
    options: RequestOptions,
    problems: list[Problem],
) -> bytes | None:
    if operation.body_schema is None:
        if body:
            raise TypeError(f"{operation.id} takes no request body")
        return None
    fields = {**_rules.DEFAULTS.get(operation.id, {}), **{k: v for k, v in (body or {}).items() if v is not None}}
    converter = Converter(index)
    wire = converter.convert(operation.body_schema, fields, "")
    problems.extend(converter.problems)
    if not converter.problems and isinstance(wire, dict):
        problems.extend(_rules.check(operation.id, wire))
        extra = options.get("extra_body")
        if isinstance(extra, Mapping) and extra:
            wire = _merge(wire, {str(k): plain(v) for k, v in extra.items()})
            # The merged body is validated again, as the server would read it: extra_body may add fields the pinned
            # spec does not know (kept as they are), never slip an invalid value past validation (count=0).
            checker = Converter(index, wire=True)
            checker.convert(operation.body_schema, wire, "")
            merged_problems = checker.problems or _rules.check(operation.id, wire)
            problems.extend(
                Problem(f"extra_body: {p.path}" if p.path else "extra_body:", p.message) for p in merged_problems
            )
    return json.dumps(wire, separators=(",", ":"), ensure_ascii=False, default=_json_default).encode("utf-8")


def _merge(base: dict[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    """``extra`` merged into ``base``: objects are merged key by key, anything else is replaced."""
    merged = dict(base)
    for key, value in extra.items():
        inner = merged.get(key)
        merged[key] = _merge(inner, value) if isinstance(inner, dict) and isinstance(value, Mapping) else value
    return merged


def _json_default(value: Any) -> Any:
    converted = plain(value)
    if converted is value:
        raise TypeError(f"cannot send a {type(value).__name__} as JSON")
    return converted


_OPTION_NAMES = frozenset(RequestOptions.__annotations__)


def _check_options(options: RequestOptions, problems: list[Problem]) -> None:
    if not options:
        return
    unknown = set(options) - _OPTION_NAMES
    for name in sorted(unknown):
        problems.append(
            Problem(
                name,
                "is not a request option (timeout, deadline, max_retries, extra_headers, "
                "extra_query, extra_body, priority)",
            )
        )
    retries = options.get("max_retries")
    if retries is not None and (not isinstance(retries, int) or isinstance(retries, bool) or retries < 0):
        problems.append(Problem("max_retries", f"must be an integer >= 0 (got {retries!r})"))
    if "priority" in options and options["priority"] not in ("low", "medium", "high"):
        problems.append(Problem("priority", f"must be one of: low, medium, high (got {options['priority']!r})"))
    found = {
        "timeout": timeout_problem(options["timeout"]) if "timeout" in options else None,
        "deadline": seconds_problem(options["deadline"], allow_zero=False) if "deadline" in options else None,
        "extra_query": _mapping_problem(options.get("extra_query")),
        "extra_body": _mapping_problem(options.get("extra_body")),
        "extra_headers": _headers_problem(options.get("extra_headers")),
    }
    problems.extend(Problem(name, message) for name, message in found.items() if message)


def _mapping_problem(value: object) -> str | None:
    if value is None:
        return None
    if not isinstance(value, Mapping):
        return f"must be a mapping of field names to values (got {type(value).__name__})"
    bad = next((k for k in value if not isinstance(k, str) or not k), None)
    return None if bad is None else f"must have non-empty string keys (got {bad!r})"


def _headers_problem(value: object) -> str | None:
    """Header names and values are checked here, not by httpx deep in the send (where a failure looked like a
    connection error and was retried)."""
    if value is None:
        return None
    if not isinstance(value, Mapping):
        return f"must be a mapping of header names to string values (got {type(value).__name__})"
    return next((problem for name, text in value.items() if (problem := _header_problem(name, text))), None)


def _header_problem(name: object, text: object) -> str | None:
    if not isinstance(name, str) or not name or not name.isascii() or any(c in _NOT_IN_NAMES for c in name):
        return f"has an invalid header name {name!r}"
    if name.lower() in (API_KEY_HEADER, "authorization"):  # the client sends the key in exactly one of them
        return f"must not set {name.lower()}: pass api_key to the client (auth_scheme='bearer' sends Authorization)"
    if not isinstance(text, str):
        return f"{name} must be a string (got {type(text).__name__})"
    if not text.isascii() or any((ord(c) < 0x20 and c != "\t") or ord(c) == 0x7F for c in text):
        return f"{name} must be printable ASCII without line breaks"
    return None


_NOT_IN_NAMES = frozenset('()<>@,;:\\"/[]?={} \t\r\n')


def prepare_transfer(
    settings: ClientSettings,
    label: str,
    method: str,
    url: str,
    *,
    content: bytes | None = None,
    content_type: str | None = None,
    options: RequestOptions | None = None,
) -> PreparedRequest:
    """A file upload to (PUT) or download from (GET) a presigned URL. It carries no API key: the URL is the
    credential, and its host may be a third party's storage. Both are repeatable, so they are retried like reads."""
    options = options or {}
    problems: list[Problem] = []
    _check_options(options, problems)
    try:
        parts: httpx.URL | None = httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError):
        parts = None
    if parts is None or parts.scheme not in ("http", "https") or not parts.host:
        shown = redact_query(url) if isinstance(url, str) else type(url).__name__
        problems.append(Problem("url", f"must be an http(s) URL (got {shown!r})"))
    if problems:
        raise InvalidRequestError(label, problems)
    headers = {
        "user-agent": USER_AGENT,
        **({"content-type": content_type} if content_type else {}),
        **(options.get("extra_headers") or {}),
    }
    return PreparedRequest(
        operation=None,
        label=label,
        method=method,
        url=url,
        params=(),
        headers=headers,
        content=content,
        timeout=_timeout(settings, options),
        safety=Safety.REPEATABLE,
        max_retries=options.get("max_retries", settings.max_retries),
        expects_json=False,
        deadline=options.get("deadline", settings.deadline),
        authenticated=False,
    )
