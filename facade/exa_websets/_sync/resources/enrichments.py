# Generated from facade/exa_websets/_async/resources/enrichments.py by scripts/unasync.py. Edit that file, not this one.
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from ..._core.operation import Endpoint, operation
from ..._core.request import RequestOptions
from ..._policy.retry import Safety
from ._base import Resource

if TYPE_CHECKING:
    from exa_websets_api.models import CreateEnrichmentParametersOptionsItem, WebsetEnrichment
    from typing_extensions import Unpack

    Options = Sequence[CreateEnrichmentParametersOptionsItem | Mapping[str, Any]]

CREATE: Endpoint[WebsetEnrichment] = Endpoint("api.enrichments.websets_enrichments_create")
GET: Endpoint[WebsetEnrichment] = Endpoint("api.enrichments.websets_enrichments_get")


def enrichment_if_answered(data: Any) -> WebsetEnrichment | None:
    """The PATCH's body when the server sends one (the reference; exa-py), else None (the spec; observed)."""
    from exa_websets_api.models import WebsetEnrichment  # noqa: PLC0415 - the models load on first use

    return WebsetEnrichment.from_dict(data) if isinstance(data, dict) and data else None


UPDATE = Endpoint("api.enrichments.websets_enrichments_update", enrichment_if_answered)
DELETE: Endpoint[WebsetEnrichment] = Endpoint("api.enrichments.websets_enrichments_delete")
CANCEL: Endpoint[WebsetEnrichment] = Endpoint("api.enrichments.websets_enrichments_cancel")

Format = Literal["text", "date", "number", "options", "email", "phone", "url"]


class Enrichments(Resource):
    @operation("websets-enrichments-create")
    def create(
        self,
        webset_id: str,
        *,
        description: str,
        format: Format | None = None,
        options: Options | None = None,
        metadata: Mapping[str, str] | None = None,
        **request_options: Unpack[RequestOptions],
    ) -> WebsetEnrichment:
        """Add an enrichment; it applies to existing and future items. ``format="options"`` needs 1-20 options."""
        body = {"description": description, "format": format, "options": options, "metadata": metadata}
        return self._client._call(
            CREATE,
            path={"webset": ("webset_id", webset_id)},
            body=body,
            options=request_options,
            safety=Safety.ONLY_IF_NOT_PROCESSED,
        )

    @operation("websets-enrichments-get")
    def get(self, webset_id: str, enrichment_id: str, **request_options: Unpack[RequestOptions]) -> WebsetEnrichment:
        return self._client._call(
            GET,
            path={"webset": ("webset_id", webset_id), "id": ("enrichment_id", enrichment_id)},
            options=request_options,
        )

    @operation("websets-enrichments-update")
    def update(
        self,
        webset_id: str,
        enrichment_id: str,
        *,
        description: str | None = None,
        format: Format | None = None,
        options: Options | None = None,
        metadata: Mapping[str, str] | None = None,
        **request_options: Unpack[RequestOptions],
    ) -> WebsetEnrichment:
        """Update an enrichment and return it as the server now has it.

        The spec declares no response body for this PATCH (and integrators observed none), while the reference says
        it returns the enrichment: a body is parsed, and an empty answer is followed by a re-read.
        """
        path = {"webset": ("webset_id", webset_id), "id": ("enrichment_id", enrichment_id)}
        body = {"description": description, "format": format, "options": options, "metadata": metadata}
        updated = self._client._call(UPDATE, path=path, body=body, options=request_options)
        if updated is not None:
            return updated
        return self._client._call(GET, path=path, options=request_options)

    @operation("websets-enrichments-delete")
    def delete(self, webset_id: str, enrichment_id: str, **request_options: Unpack[RequestOptions]) -> WebsetEnrichment:
        return self._client._call(
            DELETE,
            path={"webset": ("webset_id", webset_id), "id": ("enrichment_id", enrichment_id)},
            options=request_options,
        )

    @operation("websets-enrichments-cancel")
    def cancel(self, webset_id: str, enrichment_id: str, **request_options: Unpack[RequestOptions]) -> WebsetEnrichment:
        return self._client._call(
            CANCEL,
            path={"webset": ("webset_id", webset_id), "id": ("enrichment_id", enrichment_id)},
            options=request_options,
        )
