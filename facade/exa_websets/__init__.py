"""exa_websets: the stable Python API for Exa Websets.

    from exa_websets import WebsetsClient

    with WebsetsClient() as ws:                      # EXA_API_KEY from the environment
        webset = ws.websets.create(search={"query": "AI labs in Europe", "count": 10})

The low-level client generated from the pinned spec lives in ``exa_websets_api``; this package is what you import.
Models are re-exported under stable names in ``exa_websets.types``.
"""

__version__ = "0.1.0"

from ._async.client import AsyncWebsetsClient
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
    ExaWebsetsError,
    ImportFailed,
    InternalServerError,
    InvalidRequestError,
    MissingNextCursor,
    MonitorRunFailed,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    Problem,
    RateLimitError,
    SearchCanceled,
    UnprocessableEntityError,
    WaitError,
    WaitTimeout,
    WebhookVerificationError,
    WebsetPaused,
)
from ._options import RequestOptions
from ._pagination import Page
from ._policy.retry import RetryPolicy
from ._policy.waiting import PollPolicy
from ._response import ResponseInfo, response_info
from ._sync.client import WebsetsClient
from ._waits import WaitProgress
from .webhooks import construct_event, sign_webhook, verify_webhook

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncWebsetsClient",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "CursorLoop",
    "ExaWebsetsError",
    "ImportFailed",
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
    "RateLimitError",
    "RequestOptions",
    "ResponseInfo",
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
