"""exa_websets: the stable Python API for Exa Websets.

    from exa_websets import WebsetsClient

    with WebsetsClient() as ws:                      # EXA_API_KEY from the environment
        webset = ws.websets.create(search={"query": "AI labs in Europe", "count": 10})

The low-level client generated from the pinned spec lives in ``exa_websets_api``; this package is what you import.
Models are re-exported under stable names in ``exa_websets.types``.
"""

__version__ = "0.1.0"

from typing import TYPE_CHECKING, Any

from ._concurrency import ConcurrencyUsage
from ._core.request import RequestOptions
from ._core.response import ResponseInfo, response_info
from ._errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    CursorLoop,
    DeadlineExceededError,
    ExaWebsetsError,
    ImportFailed,
    InsufficientCreditsError,
    InternalServerError,
    InvalidRequestError,
    MissingNextCursor,
    MonitorRunFailed,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    Problem,
    RateLimitError,
    ResponseFieldValidationError,
    ResponseTooLargeError,
    SearchCanceled,
    UnprocessableEntityError,
    WaitError,
    WaitTimeout,
    WebhookVerificationError,
    WebsetPaused,
)
from ._policy.governor import RateLimit
from ._policy.retry import RetryPolicy
from .paging import Page
from .waiting import PollPolicy

if TYPE_CHECKING:
    from ._async.client import AsyncWebsetsClient
    from ._sync.client import WebsetsClient
    from .waiting.judges import WaitProgress
    from .webhooks import construct_event, sign_webhook, verify_webhook

# Loaded on first use, not by `import exa_websets`: each client (and what waiting and webhooks need) pulls in its
# resources and the generated models, the larger part of the import time; a sync user never loads the async client.
_LAZY = {
    "AsyncWebsetsClient": "._async.client",
    "WebsetsClient": "._sync.client",
    "WaitProgress": ".waiting.judges",
    "construct_event": ".webhooks",
    "sign_webhook": ".webhooks",
    "verify_webhook": ".webhooks",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib  # noqa: PLC0415 - only when a lazy name is first used

    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncWebsetsClient",
    "AuthenticationError",
    "BadRequestError",
    "ConcurrencyUsage",
    "ConfigurationError",
    "ConflictError",
    "CursorLoop",
    "DeadlineExceededError",
    "ExaWebsetsError",
    "ImportFailed",
    "InsufficientCreditsError",
    "InternalServerError",
    "InvalidRequestError",
    "MissingNextCursor",
    "MonitorRunFailed",
    "NotFoundError",
    "Page",
    "PaginationError",
    "PermissionDeniedError",
    "PollPolicy",
    "Problem",
    "RateLimit",
    "RateLimitError",
    "RequestOptions",
    "ResponseFieldValidationError",
    "ResponseInfo",
    "ResponseTooLargeError",
    "RetryPolicy",
    "SearchCanceled",
    "UnprocessableEntityError",
    "WaitError",
    "WaitProgress",
    "WaitTimeout",
    "WebhookVerificationError",
    "WebsetPaused",
    "WebsetsClient",
    "__version__",
    "construct_event",
    "response_info",
    "sign_webhook",
    "verify_webhook",
]
