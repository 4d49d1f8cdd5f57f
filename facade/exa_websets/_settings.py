"""Client settings: arguments, then environment, then defaults; validated once, with messages that say what to fix."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

import httpx
from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, field_validator

from ._errors import ConfigurationError
from ._policy.retry import RetryPolicy

API_KEY_ENV = "EXA_API_KEY"
BASE_URL_ENV = "EXA_WEBSETS_BASE_URL"
DEFAULT_BASE_URL = "https://api.exa.ai/websets"
# Connecting should be quick; a Websets read can take a while on large pages.
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0, write=30.0, pool=10.0)
DEFAULT_MAX_RETRIES = 3

TimeoutArg = float | httpx.Timeout | None


class ClientSettings(BaseModel):
    """Everything a client needs to talk to the API. The key is a SecretStr: it never shows in a repr."""

    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)

    api_key: SecretStr
    base_url: str
    timeout: httpx.Timeout | None  # None: leave a caller-supplied httpx client's own timeout alone
    max_retries: int = Field(ge=0, le=20)
    retry: RetryPolicy

    @field_validator("api_key")
    @classmethod
    def _key_not_blank(cls, value: SecretStr) -> SecretStr:
        if not value.get_secret_value().strip():
            raise ValueError("must not be blank")
        return value

    @field_validator("base_url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        url = httpx.URL(value)
        if url.scheme not in ("http", "https") or not url.host:
            raise ValueError("must be an http(s) URL such as https://api.exa.ai/websets")
        return value.rstrip("/")

    def retry_policy(self, max_retries: int | None = None) -> RetryPolicy:
        count = self.max_retries if max_retries is None else max_retries
        return self.retry if count == self.retry.max_retries else _with_max_retries(self.retry, count)


def _with_max_retries(policy: RetryPolicy, count: int) -> RetryPolicy:
    return replace(policy, max_retries=count)


def as_timeout(value: TimeoutArg) -> httpx.Timeout:
    """A number means that many seconds for every phase, as in httpx; None means no timeout at all."""
    if isinstance(value, httpx.Timeout):
        return value
    return httpx.Timeout(None if value is None else float(value))


def load_settings(
    *,
    api_key: str | None,
    base_url: str | None,
    timeout: TimeoutArg | object,
    max_retries: int | None,
    retry: RetryPolicy | None,
    own_http_client: bool,
    environ: Mapping[str, str] | None = None,
) -> ClientSettings:
    env = os.environ if environ is None else environ
    key = api_key if api_key is not None else env.get(API_KEY_ENV)
    if key is None:
        raise ConfigurationError(
            f"no API key: pass api_key=... or set {API_KEY_ENV} (get one at https://dashboard.exa.ai/api-keys)"
        )
    if timeout is _DEFAULT:
        chosen: httpx.Timeout | None = DEFAULT_TIMEOUT if own_http_client else None
    else:
        chosen = as_timeout(timeout)  # type: ignore[arg-type]
    count = DEFAULT_MAX_RETRIES if max_retries is None else max_retries
    values: dict[str, Any] = {
        "api_key": key,
        "base_url": base_url or env.get(BASE_URL_ENV) or DEFAULT_BASE_URL,
        "timeout": chosen,
        "max_retries": count,
        "retry": _with_max_retries(retry or RetryPolicy(), count),
    }
    try:
        return ClientSettings(**values)
    except ValidationError as error:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc'])} {e['msg'].removeprefix('Value error, ')}" for e in error.errors()
        )
        raise ConfigurationError(f"invalid client settings: {problems}") from None


class _Default:
    def __repr__(self) -> str:
        return "DEFAULT"


_DEFAULT: Any = _Default()
DEFAULT = _DEFAULT  # marks "not given" where None has a meaning of its own (timeout=None: no timeout)
