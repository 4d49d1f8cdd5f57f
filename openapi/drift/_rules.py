"""Every kind of change the drift check reports, with its severity and the one-line reason for it.

Severities follow oasdiff: *breaking* means a client built against the base spec can fail against the other one
(or our generated client / facade no longer compiles against it); *warning* means it keeps working on the wire but
something of ours (closed enums, golden fixtures, generated names) needs attention; *info* is a compatible addition.
Cosmetic edits (descriptions, titles, examples, key order, how nullability is spelled) are never reported.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Severity(Enum):
    BREAKING = "breaking"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """Sort position: the most severe first."""
        return list(Severity).index(self)


@dataclass(frozen=True)
class Rule:
    kind: str
    severity: Severity
    reason: str


RULES: dict[str, Rule] = {}


def _rule(kind: str, severity: Severity, reason: str) -> Rule:
    rule = Rule(kind, severity, reason)
    RULES[kind] = rule
    return rule


B, W, I = Severity.BREAKING, Severity.WARNING, Severity.INFO  # noqa: E741 - table below reads better short

# --- operations -----------------------------------------------------------------------------------------------------
OPERATION_REMOVED = _rule("operation-removed", B, "calls fail and the generated function disappears")
OPERATION_ADDED = _rule("operation-added", I, "new capability; nothing existing changes")
OPERATION_ID_CHANGED = _rule(
    "operation-id-changed", W, "wire-compatible, but generated names and FACADE_METHODS keys move"
)
OPERATION_DEPRECATED = _rule("operation-deprecated", W, "still works; plan to migrate the facade method")
SUCCESS_STATUS_REMOVED = _rule("success-status-removed", B, "the client no longer recognises the success response")
SUCCESS_STATUS_CHANGED = _rule("success-status-changed", B, "the generated client parses only the old success code")
SUCCESS_STATUS_ADDED = _rule("success-status-added", W, "an extra success code the base client does not parse")
ERROR_STATUS_ADDED = _rule("error-status-added", I, "documents an error that could already happen")
ERROR_STATUS_REMOVED = _rule("error-status-removed", I, "one error fewer to handle")
REQUEST_BODY_ADDED_REQUIRED = _rule("request-body-added-required", B, "existing calls send no body")
REQUEST_BODY_ADDED_OPTIONAL = _rule("request-body-added-optional", I, "existing calls stay valid")
REQUEST_BODY_BECAME_REQUIRED = _rule("request-body-became-required", B, "calls without a body are rejected")
REQUEST_BODY_BECAME_OPTIONAL = _rule("request-body-became-optional", I, "relaxes the request")
REQUEST_BODY_REMOVED = _rule("request-body-removed", B, "the generated function loses its body argument")
REQUEST_MEDIA_TYPE_REMOVED = _rule("request-media-type-removed", B, "bodies of that type are rejected")
REQUEST_MEDIA_TYPE_ADDED = _rule("request-media-type-added", I, "another way to send the body")
RESPONSE_MEDIA_TYPE_REMOVED = _rule("response-media-type-removed", B, "the client cannot parse what comes instead")
RESPONSE_MEDIA_TYPE_ADDED = _rule("response-media-type-added", I, "only sent when asked for")
# --- parameters (judged as request input) ---------------------------------------------------------------------------
PARAMETER_REMOVED = _rule("parameter-removed", B, "callers passing it break (generated keyword argument goes)")
NEW_REQUIRED_PARAMETER = _rule("new-required-parameter", B, "existing calls lack it")
NEW_OPTIONAL_PARAMETER = _rule("new-optional-parameter", I, "existing calls stay valid")
PARAMETER_BECAME_REQUIRED = _rule("parameter-became-required", B, "calls omitting it are rejected")
PARAMETER_BECAME_OPTIONAL = _rule("parameter-became-optional", I, "relaxes the request")
PARAMETER_DEPRECATED = _rule("parameter-deprecated", W, "still accepted; stop sending it")
PATH_PARAMETER_MOVED = _rule(
    "path-parameter-moved", B, "same name, other position: an old client's value lands in another URL segment"
)
PATH_PARAMETER_RENAMED = _rule(
    "path-parameter-renamed", W, "same position, same URL on the wire; the generated keyword argument is renamed"
)
# --- request schemas (bodies and parameter values the client sends) --------------------------------------------------
REQUEST_PROPERTY_REMOVED = _rule("request-property-removed", B, "clients sending it are rejected or silently ignored")
NEW_REQUIRED_REQUEST_PROPERTY = _rule("new-required-request-property", B, "existing requests lack it")
NEW_OPTIONAL_REQUEST_PROPERTY = _rule("new-optional-request-property", I, "existing requests stay valid")
REQUEST_PROPERTY_BECAME_REQUIRED = _rule("request-property-became-required", B, "requests omitting it are rejected")
REQUEST_PROPERTY_BECAME_OPTIONAL = _rule("request-property-became-optional", I, "relaxes the request")
REQUEST_TYPE_CHANGED = _rule("request-type-changed", B, "values of the old type are rejected")
REQUEST_TYPE_WIDENED = _rule("request-type-widened", I, "every old value is still accepted")
REQUEST_NO_LONGER_NULLABLE = _rule("request-no-longer-nullable", B, "clients sending null are rejected")
REQUEST_BECAME_NULLABLE = _rule("request-became-nullable", I, "relaxes the request")
REQUEST_ENUM_VALUE_REMOVED = _rule("request-enum-value-removed", B, "clients sending that value are rejected")
REQUEST_ENUM_VALUE_ADDED = _rule("request-enum-value-added", I, "a new value clients may send")
REQUEST_ENUM_RESTRICTED = _rule("request-enum-restricted", B, "an enum now limits a value that was free")
REQUEST_ENUM_LIFTED = _rule("request-enum-lifted", I, "any value is now accepted")
REQUEST_CONSTRAINT_TIGHTENED = _rule("request-constraint-tightened", B, "values valid before are now rejected")
REQUEST_CONSTRAINT_RELAXED = _rule("request-constraint-relaxed", I, "every old value is still accepted")
REQUEST_FORMAT_CHANGED = _rule("request-format-changed", B, "a new or different format rejects values valid before")
REQUEST_FORMAT_REMOVED = _rule("request-format-removed", I, "relaxes the request")
REQUEST_DEFAULT_CHANGED = _rule("request-default-changed", W, "callers omitting the value get different behaviour")
REQUEST_VARIANT_REMOVED = _rule("request-union-variant-removed", B, "requests of that variant are rejected")
REQUEST_VARIANT_ADDED = _rule("request-union-variant-added", I, "another accepted shape")
REQUEST_ALLOF_PART_ADDED = _rule("request-allof-part-added", B, "an extra set of constraints every request must meet")
REQUEST_ALLOF_PART_REMOVED = _rule("request-allof-part-removed", I, "fewer constraints on the request")
REQUEST_EXTRA_PROPERTIES_FORBIDDEN = _rule(
    "request-additional-properties-forbidden", B, "requests carrying extra keys are rejected"
)
# --- response schemas (what the client parses) ----------------------------------------------------------------------
RESPONSE_REQUIRED_PROPERTY_REMOVED = _rule("response-required-property-removed", B, "code reading it fails")
RESPONSE_OPTIONAL_PROPERTY_REMOVED = _rule(
    "response-optional-property-removed", W, "never sent again; code may rely on it"
)
RESPONSE_PROPERTY_ADDED = _rule("response-property-added", I, "clients keep unknown keys")
RESPONSE_PROPERTY_BECAME_OPTIONAL = _rule("response-property-became-optional", B, "code reading it may find it missing")
# Wire-compatible (a stronger guarantee), but not a no-op for us: the regenerated model drops `Unset` from the field's
# type, and golden fixtures / fake-service responses that omit the property stop validating.
RESPONSE_PROPERTY_BECAME_REQUIRED = _rule("response-property-became-required", W, "fixtures omitting it go stale")
RESPONSE_REQUIRED_PROPERTY_ADDED = _rule("response-required-property-added", W, "fixtures omitting it go stale")
RESPONSE_TYPE_CHANGED = _rule("response-type-changed", B, "the client parses the old type")
RESPONSE_TYPE_NARROWED = _rule("response-type-narrowed", I, "every new value was valid before")
RESPONSE_BECAME_NULLABLE = _rule("response-became-nullable", B, "code not expecting None fails")
RESPONSE_NO_LONGER_NULLABLE = _rule("response-no-longer-nullable", I, "a stronger guarantee")
# Policy: a warning, because this facade's enums are open (an unknown value parses, `.is_unknown`, raw value kept);
# clients with closed enums (exa-py's Literal/Enum models) fail on the new value, so for them it is breaking.
RESPONSE_ENUM_VALUE_ADDED = _rule(
    "response-enum-value-added", W, "our enums are open; clients with closed enums (exa-py) fail on the new value"
)
RESPONSE_ENUM_VALUE_REMOVED = _rule("response-enum-value-removed", I, "one value fewer to expect")
RESPONSE_ENUM_LIFTED = _rule("response-enum-lifted", W, "any value may now arrive where an enum was promised")
RESPONSE_ENUM_RESTRICTED = _rule("response-enum-restricted", I, "a stronger guarantee")
RESPONSE_CONSTRAINT_CHANGED = _rule("response-constraint-changed", I, "the generated client does not validate limits")
RESPONSE_FORMAT_CHANGED = _rule("response-format-changed", W, "the generated model parses the value differently")
RESPONSE_VARIANT_ADDED = _rule("response-union-variant-added", W, "a shape the base client cannot dispatch")
RESPONSE_VARIANT_REMOVED = _rule("response-union-variant-removed", I, "one shape fewer to expect")
RESPONSE_ALLOF_PART_REMOVED = _rule("response-allof-part-removed", B, "whatever that part guaranteed is gone")
RESPONSE_ALLOF_PART_ADDED = _rule("response-allof-part-added", I, "more guarantees")
# --- either role ----------------------------------------------------------------------------------------------------
DISCRIMINATOR_CHANGED = _rule("discriminator-changed", B, "the generated union dispatches on another property")
# Dropped or declared where every variant carries its own required one-value tag in that property: no wire change.
DISCRIMINATOR_DROPPED = _rule(
    "discriminator-dropped",
    W,
    "variants keep their tags; the generated union tries each in turn instead of dispatching",
)
DISCRIMINATOR_ADDED = _rule("discriminator-added", I, "variants already carried their tags; now declared for dispatch")
PROPERTY_DEPRECATED = _rule("property-deprecated", W, "still works; stop relying on it")
# --- components -----------------------------------------------------------------------------------------------------
SCHEMA_REMOVED = _rule("schema-removed", B, "was reachable from an operation; its generated model disappears")
UNUSED_SCHEMA_REMOVED = _rule("unused-schema-removed", W, "no operation used it, but its generated model disappears")
SCHEMA_ADDED = _rule("schema-added", I, "a new model")
SCHEMA_RENAMED = _rule(
    "schema-renamed",
    I,
    "same structure, new name: nothing changes on the wire; a generated model named after it is renamed",
)
# Removed while another schema of the same structure stays (or two identical ones become one): a false alarm as a
# removal, since every value is still accepted and returned as before.
SCHEMA_MERGED = _rule(
    "schema-merged",
    I,
    "same structure as a schema the spec keeps: nothing changes on the wire; its generated model is gone",
)
DANGLING_REFERENCE = _rule("dangling-reference", B, "the spec references a schema it no longer defines")
