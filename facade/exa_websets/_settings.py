"""Client settings: arguments, then environment, then defaults; validated once, with messages that say what to fix."""

from __future__ import annotations

import math
import os
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any, Literal

import httpx

from ._errors import ConfigurationError
from ._policy.retry import RetryPolicy
from ._secret import SecretStr

API_KEY_ENV = "EXA_API_KEY"
BASE_URL_ENV = "EXA_WEBSETS_BASE_URL"
DEFAULT_BASE_URL = "https://api.exa.ai/websets"
# Connecting should be quick; a Websets read can take a while on large pages.
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0, write=30.0, pool=10.0)
DEFAULT_MAX_RETRIES = 3
MAX_RETRIES_LIMIT = 20  # more would keep one call retrying for hours under the default backoff
# A call's total time (connect, send, headers, body, every retry and its sleep): generous for a 200-item page over a
# slow link, yet a call can never hang for ever.
DEFAULT_DEADLINE = 600.0
# The largest decoded body accepted: a page is at most 200 items and an item with the full text of its page is
# rarely above ~200 KB, so real pages stay far below this; a gzip bomb is stopped here.
DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024

TimeoutArg = float | httpx.Timeout | None
DeadlineArg = float | None
# How the key is sent: the documented x-api-key header (default), or `Authorization: Bearer`, which the docs also
# accept (for gateways that only pass Authorization through). Never both.
AuthScheme = Literal["x-api-key", "bearer"]
AUTH_SCHEMES: tuple[AuthScheme, ...] = ("x-api-key", "bearer")


class _Default:
    def __repr__(self) -> str:
        return "DEFAULT"


_DEFAULT: Any = _Default()
DEFAULT = _DEFAULT  # marks "not given" where None has a meaning of its own (timeout=None: no timeout)


@dataclass(frozen=True)
class ClientSettings:
    """Everything a client needs to talk to the API. The key is a SecretStr: it never shows in a repr.

    Built only by ``load_settings``, which checks every value first. Not a pydantic model, though pydantic is on the
    project's card: its seven fields need no more than those checks, and pydantic with one model takes 0.16-0.21 s
    to import, as long as the whole client does (0.16-0.22 s, both measured with time.perf_counter, 5 runs)."""

    api_key: SecretStr
    base_url: str
    timeout: httpx.Timeout | None  # None: leave a caller-supplied httpx client's own timeout alone
    deadline: float | None  # seconds for a whole call, retries included; None: no total limit
    max_response_bytes: int
    retry: RetryPolicy  # its max_retries is the client's
    auth_scheme: AuthScheme = "x-api-key"

    def auth_headers(self) -> dict[str, str]:
        """The one header that carries the key. Callers put it straight on the request: never in a local of theirs."""
        if self.auth_scheme == "bearer":
            return {"authorization": f"Bearer {self.api_key.get_secret_value()}"}
        return {"x-api-key": self.api_key.get_secret_value()}

    def retry_policy(self, max_retries: int | None = None) -> RetryPolicy:
        """The client's retry policy, with a call's own ``max_retries`` when it gives one."""
        if max_retries is None or max_retries == self.retry.max_retries:
            return self.retry
        return _with_max_retries(self.retry, max_retries)


def _key_problem(key: SecretStr) -> str | None:
    # The messages never show the key: it may be a real one with one bad character (a CRLF .env file's "\r").
    raw = key.get_secret_value()
    if not isinstance(raw, str):
        return f"must be a string (got {type(raw).__name__})"
    if not raw.strip():
        return "must not be blank"
    if any(ord(c) < 0x21 or ord(c) == 0x7F for c in raw.strip()):
        return (
            "contains a control or space character (a stray \\r or \\n from a .env file?); "
            "pass the key exactly as issued"
        )
    if not raw.isascii():
        return "contains a non-ASCII character; pass the key exactly as issued"
    return None


def _base_url_problem(value: object) -> str | None:
    if not isinstance(value, str):
        return f"must be a string URL (got {type(value).__name__})"
    try:
        url = httpx.URL(value)
    except (httpx.InvalidURL, TypeError, ValueError):
        url = None
    if url is None or url.scheme not in ("http", "https") or not url.host:
        return f"must be an http(s) URL such as https://api.exa.ai/websets (got {value!r})"
    return None


def _with_max_retries(policy: RetryPolicy, count: int) -> RetryPolicy:
    return replace(policy, max_retries=count)


def as_timeout(value: TimeoutArg) -> httpx.Timeout:
    """A number means that many seconds for every phase, as in httpx; None means no timeout at all.
    Call ``timeout_problem`` first: this assumes a valid value."""
    if isinstance(value, httpx.Timeout):
        return value
    return httpx.Timeout(None if value is None else float(value))


def seconds_problem(value: object, *, allow_zero: bool) -> str | None:
    """Why ``value`` is not a usable number of seconds (None: it is, or it is None meaning no limit)."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        return f"must be a number of seconds or None (got {value!r})"
    if math.isnan(value) or math.isinf(value):
        return f"must be a finite number of seconds or None (got {value!r})"
    if value < 0 or (value == 0 and not allow_zero):
        return f"must be {'>= 0' if allow_zero else '> 0'} seconds (got {value!r})"
    return None


def timeout_problem(value: object) -> str | None:
    """Why ``value`` is not a usable httpx timeout (a number of seconds, an httpx.Timeout, or None)."""
    if isinstance(value, httpx.Timeout):
        phases = (value.connect, value.read, value.write, value.pool)
        return next((f"has a bad phase: {p}" for p in (seconds_problem(v, allow_zero=True) for v in phases) if p), None)
    return seconds_problem(value, allow_zero=True)


def load_settings(
    *,
    api_key: str | SecretStr | None,
    base_url: str | None,
    timeout: TimeoutArg | object,
    max_retries: int | None,
    retry: RetryPolicy | None,
    own_http_client: bool,
    environ: Mapping[str, str] | None = None,
    deadline: DeadlineArg | object = _DEFAULT,
    max_response_bytes: int | None = None,
    auth_scheme: str = "x-api-key",
) -> ClientSettings:
    # The key is wrapped at once and the environment never bound to a local: error trackers record each frame's
    # locals, and a refused key (or os.environ, which holds it) must not be among them.
    key = _secret(api_key) if api_key is not None else _secret(_environment(environ).get(API_KEY_ENV))
    del api_key
    if key is None:
        raise ConfigurationError(
            f"no API key: pass api_key=... or set {API_KEY_ENV} (get one at https://dashboard.exa.ai/api-keys)"
        )
    problems = _argument_problems(timeout, deadline, max_retries, max_response_bytes, retry)
    if auth_scheme not in AUTH_SCHEMES:
        problems.append(f"auth_scheme must be one of {', '.join(map(repr, AUTH_SCHEMES))} (got {auth_scheme!r})")
    if problems:
        raise ConfigurationError(f"invalid client settings: {'; '.join(problems)}")
    if timeout is _DEFAULT:
        chosen: httpx.Timeout | None = DEFAULT_TIMEOUT if own_http_client else None
    else:
        chosen = as_timeout(timeout)  # type: ignore[arg-type]
    count = DEFAULT_MAX_RETRIES if max_retries is None else max_retries
    base = base_url or _environment(environ).get(BASE_URL_ENV) or DEFAULT_BASE_URL
    found = [
        f"{name} {problem}"
        for name, problem in (("api_key", _key_problem(key)), ("base_url", _base_url_problem(base)))
        if problem
    ]
    if found:
        raise ConfigurationError(f"invalid client settings: {'; '.join(found)}")
    return ClientSettings(
        api_key=SecretStr(key.get_secret_value().strip()),
        base_url=base.rstrip("/"),
        timeout=chosen,
        deadline=DEFAULT_DEADLINE if deadline is _DEFAULT else deadline,  # type: ignore[arg-type]
        max_response_bytes=DEFAULT_MAX_RESPONSE_BYTES if max_response_bytes is None else max_response_bytes,
        retry=_with_max_retries(retry or RetryPolicy(), count),
        auth_scheme=auth_scheme,  # type: ignore[arg-type]
    )


def _environment(environ: Mapping[str, str] | None) -> Mapping[str, str]:
    return os.environ if environ is None else environ


def _secret(value: object) -> SecretStr | None:
    if value is None or isinstance(value, SecretStr):
        return value
    return SecretStr(value)  # type: ignore[arg-type]  # a non-string is refused by _key_problem, naming its type


def _argument_problems(
    timeout: object, deadline: object, max_retries: object, max_response_bytes: object, retry: object
) -> list[str]:
    """What is wrong with the client's arguments, before any of them is used (each names its argument)."""
    found = {
        "timeout": None if timeout is _DEFAULT else timeout_problem(timeout),
        "deadline": None if deadline is _DEFAULT else seconds_problem(deadline, allow_zero=False),
        "max_retries": _count_problem(max_retries, minimum=0, maximum=MAX_RETRIES_LIMIT),
        "max_response_bytes": _count_problem(max_response_bytes, minimum=1),
        "retry": None
        if retry is None or isinstance(retry, RetryPolicy)
        else f"must be a RetryPolicy (got {type(retry).__name__})",
    }
    return [f"{name} {problem}" for name, problem in found.items() if problem]


def _count_problem(value: object, *, minimum: int, maximum: int | None = None) -> str | None:
    counted = isinstance(value, int) and not isinstance(value, bool)
    if value is None or (counted and minimum <= value and (maximum is None or value <= maximum)):  # type: ignore[operator]
        return None
    if counted and maximum is not None and value > maximum:  # type: ignore[operator]
        return f"must be an integer <= {maximum} (got {value!r})"
    return f"must be an integer >= {minimum} (got {value!r})"
