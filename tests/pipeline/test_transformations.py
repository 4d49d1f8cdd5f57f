"""Each named transformation: what it rewrites, and the generator failure or silent loss it prevents.

The "before" half of each generator test runs openapi-python-client on the raw minimal spec and shows the problem
(a warning, a dropped model or endpoint, a lost default or nullability); the "after" half shows it gone.
"""

from __future__ import annotations

import copy
import importlib
from pathlib import Path
from typing import Any

import pytest

from openapi.normalize import PIPELINE, Transformation, normalize
from openapi.normalize.inline_component_collisions import inline_component_collisions
from openapi.normalize.null_beside_ref_or_enum import null_beside_ref_or_enum
from openapi.normalize.nullable_keyword import nullable_keyword
from openapi.normalize.open_discriminated_unions import open_discriminated_unions
from openapi.normalize.path_params_without_template import path_params_without_template
from openapi.normalize.ref_default_to_allof import ref_default_to_allof
from openapi.normalize.single_branch_oneof import single_branch_oneof
from openapi.normalize.single_type_lists import single_type_lists

from .generation import allows_none, field_types, generate, minimal_spec

REF = "#/components/schemas/"


def run(transformation: Transformation, spec: dict[str, Any]) -> tuple[dict[str, Any], int]:
    result = copy.deepcopy(spec)
    return result, transformation.apply(result)


def schemas(spec: dict[str, Any]) -> dict[str, Any]:
    return spec["components"]["schemas"]


def test_every_transformation_has_a_one_line_reason_and_a_unique_name() -> None:
    names = [t.name for t in PIPELINE]
    assert len(names) == len(set(names))
    for t in PIPELINE:
        assert t.reason.strip(), t.name
        assert "\n" not in t.reason, t.name
        assert len(t.reason) <= 200, f"{t.name}: keep the reason to one line"


def test_normalize_does_not_touch_its_input() -> None:
    spec = minimal_spec({"A": {"type": ["object"], "properties": {"x": {"type": ["string"], "nullable": True}}}})
    before = copy.deepcopy(spec)
    normalize(spec)
    assert spec == before


# --- single_type_lists -------------------------------------------------------------------------------------------


def test_single_type_lists_unwraps_one_element_lists_only() -> None:
    spec = minimal_spec(
        {"A": {"type": ["object"], "properties": {"x": {"type": ["string"]}, "y": {"type": ["string", "null"]}}}}
    )
    result, count = run(single_type_lists, spec)
    assert count == 2
    assert schemas(result)["A"] == {
        "type": "object",
        "properties": {"x": {"type": "string"}, "y": {"type": ["string", "null"]}},
    }


def test_single_type_lists_lets_the_generator_build_nested_objects(tmp_path: Path) -> None:
    spec = minimal_spec(
        {
            "B": {
                "type": ["object"],
                "properties": {"p": {"type": ["object"], "properties": {"q": {"type": ["number"]}}, "required": ["q"]}},
            }
        }
    )
    _, problems = generate(spec, tmp_path / "raw")
    assert any("Invalid property in union" in p for p in problems)

    module, problems = generate(normalize(spec)[0], tmp_path / "normalized")
    assert problems == []
    assert module is not None
    assert hasattr(module.models, "BP")


def test_single_type_lists_is_what_makes_default_empty_object_acceptable(tmp_path: Path) -> None:
    # The metadata fields: `type: [object]` with `default: {}` is rejected; as a plain object type it is accepted
    # (the generator ignores object defaults; the server applies it), so no separate transformation is needed.
    spec = minimal_spec(
        {
            "W": {
                "type": "object",
                "properties": {
                    "metadata": {"default": {}, "type": ["object"], "additionalProperties": {"type": ["string"]}}
                },
            }
        }
    )
    _, problems = generate(spec, tmp_path / "raw")
    assert any("cannot have a default value" in p for p in problems)

    module, problems = generate(normalize(spec)[0], tmp_path / "normalized")
    assert problems == []
    assert module is not None
    assert hasattr(module.models, "WMetadata")


# --- nullable_keyword ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ({"type": "string", "nullable": True}, {"type": ["string", "null"]}),
        ({"type": ["string"], "nullable": True}, {"type": ["string", "null"]}),
        (
            {"$ref": REF + "E", "nullable": True, "description": "d"},
            {"description": "d", "oneOf": [{"$ref": REF + "E"}, {"type": "null"}]},
        ),
        ({"oneOf": [{"$ref": REF + "E"}], "nullable": True}, {"oneOf": [{"$ref": REF + "E"}, {"type": "null"}]}),
        ({"enum": ["a", "b"], "nullable": True}, {"enum": ["a", "b", None]}),
        ({"type": "string", "nullable": False}, {"type": "string"}),
    ],
)
def test_nullable_keyword_becomes_the_31_spelling(before: dict[str, Any], after: dict[str, Any]) -> None:
    result, count = run(
        nullable_keyword, minimal_spec({"E": {"type": "string"}, "A": {"type": "object", "properties": {"x": before}}})
    )
    assert count == 1
    assert schemas(result)["A"]["properties"]["x"] == after


def test_nullable_keyword_keeps_a_nullable_ref_nullable(tmp_path: Path) -> None:
    spec = minimal_spec(
        {
            "Inner": {"type": "object", "properties": {"v": {"type": "string"}}},
            "Outer": {
                "type": "object",
                "required": ["inner"],
                "properties": {"inner": {"$ref": REF + "Inner", "nullable": True}},
            },
        }
    )
    module, problems = generate(spec, tmp_path / "raw")
    assert module is not None
    assert problems == []
    assert not allows_none(field_types(module.models.Outer, module.models)["inner"]), "raw: nullability silently lost"

    module, problems = generate(normalize(spec)[0], tmp_path / "normalized")
    assert module is not None
    assert problems == []
    assert allows_none(field_types(module.models.Outer, module.models)["inner"])
    assert module.models.Outer.from_dict({"inner": None}).inner is None


# --- null_beside_ref_or_enum ---------------------------------------------------------------------------------------


def test_null_beside_enum_becomes_a_null_branch() -> None:
    spec = minimal_spec(
        {
            "A": {
                "type": "object",
                "properties": {"r": {"type": ["string", "null"], "enum": ["x", "y"], "description": "d"}},
            }
        }
    )
    result, count = run(null_beside_ref_or_enum, spec)
    assert count == 1
    assert schemas(result)["A"]["properties"]["r"] == {
        "description": "d",
        "oneOf": [{"type": "string", "enum": ["x", "y"]}, {"type": "null"}],
    }


def test_null_beside_ref_becomes_a_null_branch() -> None:
    spec = minimal_spec(
        {
            "E": {"type": "string"},
            "A": {"type": "object", "properties": {"r": {"type": ["object", "null"], "$ref": REF + "E"}}},
        }
    )
    result, _ = run(null_beside_ref_or_enum, spec)
    assert schemas(result)["A"]["properties"]["r"] == {"oneOf": [{"$ref": REF + "E"}, {"type": "null"}]}


def test_null_beside_enum_keeps_the_property_nullable(tmp_path: Path) -> None:
    spec = minimal_spec(
        {
            "Import": {
                "type": "object",
                "required": ["failedReason"],
                "properties": {
                    "failedReason": {"type": ["string", "null"], "enum": ["invalid_format", "missing_identifier"]}
                },
            }
        }
    )
    module, problems = generate(spec, tmp_path / "raw")
    assert module is not None
    assert problems == []
    assert not allows_none(field_types(module.models.Import, module.models)["failed_reason"]), "raw: null lost"

    module, problems = generate(normalize(spec)[0], tmp_path / "normalized")
    assert module is not None
    assert problems == []
    assert allows_none(field_types(module.models.Import, module.models)["failed_reason"])
    assert module.models.Import.from_dict({"failedReason": None}).failed_reason is None


# --- ref_default_to_allof ------------------------------------------------------------------------------------------


def test_ref_default_moves_the_ref_into_allof() -> None:
    spec = minimal_spec(
        {
            "B": {"type": "string", "enum": ["override", "append"]},
            "S": {
                "type": "object",
                "properties": {
                    "behavior": {"default": "override", "type": ["string"], "$ref": REF + "B", "description": "d"}
                },
            },
        }
    )
    result, count = run(ref_default_to_allof, spec)
    assert count == 1
    assert schemas(result)["S"]["properties"]["behavior"] == {
        "default": "override",
        "description": "d",
        "allOf": [{"$ref": REF + "B"}],
    }


def test_ref_default_survives_generation(tmp_path: Path) -> None:
    spec = minimal_spec(
        {
            "B": {"type": "string", "enum": ["override", "append"]},
            "S": {"type": "object", "properties": {"behavior": {"default": "override", "$ref": REF + "B"}}},
        }
    )
    module, _ = generate(spec, tmp_path / "raw")
    assert module is not None
    assert not isinstance(module.models.S().behavior, module.models.B), "raw: the default is silently lost"

    module, problems = generate(normalize(spec)[0], tmp_path / "normalized")
    assert module is not None
    assert problems == []
    assert module.models.S().behavior == module.models.B.OVERRIDE


# --- single_branch_oneof -------------------------------------------------------------------------------------------


def test_single_branch_oneof_is_hoisted() -> None:
    branch = {"type": "object", "properties": {"format": {"type": "string", "enum": ["csv"]}}, "required": ["format"]}
    spec = minimal_spec({"P": {"description": "d", "discriminator": {"propertyName": "format"}, "oneOf": [branch]}})
    result, count = run(single_branch_oneof, spec)
    assert count == 1
    assert schemas(result)["P"] == {**branch, "description": "d"}


def test_single_branch_oneof_becomes_a_model(tmp_path: Path) -> None:
    spec = minimal_spec(
        {
            "CreateImportParameters": {
                "discriminator": {"propertyName": "format"},
                "oneOf": [
                    {
                        "type": "object",
                        "required": ["format"],
                        "properties": {
                            "format": {"type": "string", "enum": ["csv"]},
                            "metadata": {"type": "object", "additionalProperties": {"type": "string"}},
                        },
                    }
                ],
            }
        }
    )
    _, problems = generate(spec, tmp_path / "raw")
    assert any("duplicate models" in p for p in problems)

    module, problems = generate(normalize(spec)[0], tmp_path / "normalized")
    assert module is not None
    assert problems == []
    assert module.models.CreateImportParameters.from_dict({"format": "csv"}).to_dict() == {"format": "csv"}


# --- path_params_without_template ----------------------------------------------------------------------------------


PREVIEW_PATHS = {
    "/v0/websets/preview": {
        "post": {
            "operationId": "websets-preview",
            "parameters": [
                {"name": "search", "in": "path", "required": False, "schema": {"type": "boolean"}},
                {"name": "q", "in": "query", "schema": {"type": "string"}},
            ],
            "responses": {"200": {"description": "ok"}},
        }
    },
    "/v0/websets/{id}": {
        "get": {
            "operationId": "websets-get",
            "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
            "responses": {"200": {"description": "ok"}},
        }
    },
}


def test_path_param_without_template_becomes_a_query_param_and_templated_ones_stay() -> None:
    result, count = run(path_params_without_template, minimal_spec({}, copy.deepcopy(PREVIEW_PATHS)))
    assert count == 1
    assert [(p["name"], p["in"]) for p in result["paths"]["/v0/websets/preview"]["post"]["parameters"]] == [
        ("search", "query"),
        ("q", "query"),
    ]
    assert result["paths"]["/v0/websets/{id}"]["get"]["parameters"][0]["in"] == "path"
    assert path_params_without_template.warns, "a guess about upstream's intent is logged as a warning"


def test_path_param_without_template_reaches_the_generated_client_as_a_query_param(tmp_path: Path) -> None:
    module, problems = generate(minimal_spec({}, copy.deepcopy(PREVIEW_PATHS)), tmp_path / "raw")
    assert any("Path parameter must be required" in p for p in problems)

    module, problems = generate(normalize(minimal_spec({}, copy.deepcopy(PREVIEW_PATHS)))[0], tmp_path / "normalized")
    assert problems == []
    assert module is not None
    preview = importlib.import_module(f"{module.__name__}.api.default.websets_preview")
    assert preview._get_kwargs(search=True)["params"] == {"search": True}


# --- inline_component_collisions -----------------------------------------------------------------------------------


CADENCE = {"type": "object", "properties": {"cron": {"type": "string"}}, "required": ["cron"]}


def test_identical_inline_object_becomes_a_ref() -> None:
    spec = minimal_spec(
        {
            "MonitorCadence": CADENCE,
            "Monitor": {"type": "object", "properties": {"cadence": {**CADENCE, "description": "how often"}}},
        }
    )
    result, count = run(inline_component_collisions, spec)
    assert count == 1
    assert schemas(result)["Monitor"]["properties"]["cadence"] == {
        "$ref": REF + "MonitorCadence",
        "description": "how often",
    }


def test_different_inline_object_gets_a_distinct_title() -> None:
    other = {"type": "object", "properties": {"every": {"type": "string"}}}
    result, count = run(
        inline_component_collisions,
        minimal_spec({"MonitorCadence": CADENCE, "Monitor": {"type": "object", "properties": {"cadence": other}}}),
    )
    assert count == 1
    assert schemas(result)["Monitor"]["properties"]["cadence"]["title"] == "CadenceInline"


def test_inline_collision_no_longer_drops_the_model(tmp_path: Path) -> None:
    spec = minimal_spec(
        {
            "MonitorCadence": CADENCE,
            "Monitor": {"type": "object", "properties": {"cadence": {**CADENCE, "description": "d"}}},
        }
    )
    module, problems = generate(spec, tmp_path / "raw")
    assert any("duplicate models" in p for p in problems)
    assert module is not None
    assert not hasattr(module.models, "Monitor"), "raw: Monitor is dropped"

    module, problems = generate(normalize(spec)[0], tmp_path / "normalized")
    assert module is not None
    assert problems == []
    monitor = module.models.Monitor.from_dict({"cadence": {"cron": "0 9 * * 1"}})
    assert isinstance(monitor.cadence, module.models.MonitorCadence)


# --- open_discriminated_unions -------------------------------------------------------------------------------------


def _variant(kind: str, extra: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "object",
        "required": ["type", "id"],
        "properties": {
            "id": {"type": "string", "description": f"id of {kind}"},
            "type": {"type": "string", "const": kind},
            **extra,
        },
    }


EVENTS = {
    "ACreated": _variant("a.created", {"data": {"type": "object", "properties": {"a": {"type": "string"}}}}),
    "BCreated": _variant("b.created", {"data": {"type": "object", "properties": {"b": {"type": "number"}}}}),
    "Event": {
        "discriminator": {"propertyName": "type"},
        "oneOf": [{"$ref": REF + "ACreated"}, {"$ref": REF + "BCreated"}],
    },
    "Holder": {
        "type": "object",
        "properties": {
            "event": {"oneOf": [{"$ref": REF + "Event"}, {"type": "null"}]},
            "again": {"oneOf": [{"$ref": REF + "BCreated"}, {"$ref": REF + "ACreated"}]},
        },
    },
}


def test_open_union_gets_an_unknown_branch_with_the_shared_fields() -> None:
    result, count = run(open_discriminated_unions, minimal_spec(copy.deepcopy(EVENTS)))
    assert count == 2
    event = schemas(result)["Event"]["oneOf"]
    assert event[-1] == {"$ref": REF + "UnknownEvent"}
    unknown = schemas(result)["UnknownEvent"]
    assert unknown["properties"] == {"type": {"type": "string"}, "id": {"type": "string"}}  # data differs: not shared
    assert unknown["required"] == ["type", "id"]
    assert unknown["additionalProperties"] is True
    assert unknown["x-discriminator"] == "type"
    assert unknown["x-open-union-of"] == ["a.created", "b.created"]


def test_open_union_keeps_null_last_and_is_idempotent() -> None:
    spec = minimal_spec(
        {
            "A": _variant("a", {}),
            "B": _variant("b", {}),
            "H": {
                "type": "object",
                "properties": {
                    "x": {"oneOf": [{"$ref": REF + "A"}, {"type": "null"}, {"$ref": REF + "B"}]},
                    "y": {"oneOf": [{"$ref": REF + "B"}, {"$ref": REF + "A"}]},
                },
            },
        }
    )
    once, _ = run(open_discriminated_unions, spec)
    props = schemas(once)["H"]["properties"]
    assert props["x"]["oneOf"] == [
        {"$ref": REF + "A"},
        {"$ref": REF + "B"},
        {"$ref": REF + "UnknownHX"},
        {"type": "null"},
    ]
    assert props["y"]["oneOf"][-1] == {"$ref": REF + "UnknownHX"}, "the same set of variants shares one unknown form"
    twice, count = run(open_discriminated_unions, once)
    assert twice == once
    assert count == 0


def test_union_without_a_discriminating_const_is_left_alone() -> None:
    spec = minimal_spec(
        {"H": {"type": "object", "properties": {"x": {"oneOf": [{"type": "string"}, {"type": "number"}]}}}}
    )
    result, count = run(open_discriminated_unions, spec)
    assert count == 0
    assert result == spec


def test_unknown_variant_parses_and_round_trips_instead_of_failing(tmp_path: Path) -> None:
    spec = minimal_spec(copy.deepcopy(EVENTS))
    raw_event = {"id": "e1", "type": "c.created", "data": {"c": True}}
    only_the_component = minimal_spec(
        {**copy.deepcopy(EVENTS), "Holder": {"type": "object", "properties": {"event": {"$ref": REF + "Event"}}}}
    )
    module, _ = generate(only_the_component, tmp_path / "raw")
    assert module is not None
    holder = module.models.Holder.from_dict({"event": raw_event})  # nested models are built on first read
    with pytest.raises(ValueError, match="must match const") as raised:  # raw: one new event type fails the read
        holder.event  # noqa: B018
    assert isinstance(raised.value.__cause__, ValueError)  # the generated InvalidFieldError, from the const check

    module, problems = generate(normalize(spec)[0], tmp_path / "normalized")
    assert module is not None
    assert problems == []
    holder = module.models.Holder.from_dict({"event": raw_event, "again": raw_event})
    assert isinstance(holder.event, module.models.UnknownEvent)
    assert holder.event.type_ == "c.created"
    assert holder.event.id == "e1"
    assert holder.event.additional_properties == {"data": {"c": True}}
    assert holder.to_dict() == {"event": raw_event, "again": raw_event}
    known = module.models.Holder.from_dict({"event": {"id": "e2", "type": "b.created", "data": {"b": 2}}})
    assert isinstance(known.event, module.models.BCreated)
    malformed = module.models.Holder.from_dict({"event": {"type": "b.created"}})
    with pytest.raises(ValueError, match=r"Holder\.event does not match") as raised:  # malformed known: not unknown
        malformed.event  # noqa: B018
    assert isinstance(raised.value.__cause__, KeyError)
