"""Nested models, lists of them and timestamps are built from the JSON when first read (types.LazyModel).

What must not change: the values, round trips, equality, copies and pickles, constructed models; and a malformed
nested value is an InvalidFieldError naming the model and field when it is read, never a bare KeyError.
"""

from __future__ import annotations

import copy
import datetime
import json
import pickle
from pathlib import Path
from typing import Any

import pytest
from exa_websets_api import models
from exa_websets_api.types import UNSET, InvalidFieldError, set_field_error_factory

NOW = "2026-03-02T09:02:00+00:00"
GOLDEN_ITEM = Path(__file__).parents[1] / "fixtures" / "golden" / "items" / "company-enriched.json"


def raw_item(**changes: Any) -> dict[str, Any]:
    item: dict[str, Any] = json.loads(GOLDEN_ITEM.read_text(encoding="utf-8"))["instance"]
    return {**item, **changes}


def test_from_dict_builds_no_nested_field_until_it_is_read() -> None:
    parsed = models.WebsetItem.from_dict(raw_item())

    unbuilt = {"properties", "evaluations", "enrichments", "created_at", "updated_at", "additional_properties"}
    assert unbuilt.isdisjoint(vars(parsed))
    assert {"id", "source", "webset_id"} <= set(vars(parsed))


def test_a_lazy_field_is_built_once_and_then_kept() -> None:
    data = raw_item()
    parsed = models.WebsetItem.from_dict(data)

    evaluations = parsed.evaluations

    assert evaluations is parsed.evaluations
    assert [e.criterion for e in evaluations] == [e["criterion"] for e in data["evaluations"]]
    assert isinstance(evaluations[0], models.WebsetItemEvaluation)
    assert parsed.created_at == datetime.datetime.fromisoformat(data["createdAt"].replace("Z", "+00:00"))


def test_the_whole_item_round_trips_through_to_dict() -> None:
    data = raw_item(createdAt=NOW, updatedAt=NOW)  # the form isoformat writes, so the JSON compares textually
    assert models.WebsetItem.from_dict(data).to_dict() == data


def test_equality_copies_and_pickles_see_the_built_values() -> None:
    data = raw_item()
    parsed = models.WebsetItem.from_dict(data)

    assert parsed == models.WebsetItem.from_dict(data)
    assert copy.deepcopy(parsed) == parsed
    unpickled = pickle.loads(pickle.dumps(parsed))
    assert unpickled == parsed
    assert unpickled.enrichments == parsed.enrichments
    assert "WebsetItemEvaluation(" in repr(parsed)


def test_an_assigned_value_wins_over_the_json() -> None:
    parsed = models.WebsetItem.from_dict(raw_item())
    parsed.evaluations = []
    assert parsed.evaluations == []
    assert parsed.to_dict()["evaluations"] == []


def test_a_constructed_model_builds_nothing_and_keeps_its_values() -> None:
    evaluation = models.WebsetItemEvaluation(
        criterion="c", reasoning="r", satisfied=models.WebsetItemEvaluationSatisfied.YES
    )
    assert evaluation.references is UNSET
    assert evaluation.additional_properties == {}
    assert evaluation.to_dict() == {"criterion": "c", "reasoning": "r", "satisfied": "yes"}


def test_additional_properties_of_an_object_without_unknown_keys_start_empty_and_keep_what_is_set() -> None:
    first = models.WebsetItemEvaluation.from_dict({"criterion": "c", "reasoning": "r", "satisfied": "no"})
    second = models.WebsetItemEvaluation.from_dict({"criterion": "c", "reasoning": "r", "satisfied": "no"})

    first["note"] = "kept"

    assert first.additional_properties == {"note": "kept"}
    assert second.additional_properties == {}  # not shared
    assert first.to_dict()["note"] == "kept"


def test_a_missing_required_nested_key_is_refused_by_from_dict() -> None:
    data = raw_item()
    del data["evaluations"]
    with pytest.raises(KeyError, match="evaluations"):
        models.WebsetItem.from_dict(data)


def test_a_malformed_nested_value_is_an_invalid_field_error_when_read() -> None:
    bad = [{"criterion": "c", "reasoning": "r"}]  # no "satisfied"
    parsed = models.WebsetItem.from_dict(raw_item(evaluations=bad))

    for _ in range(2):  # a failed build leaves nothing half-built behind: the next read fails the same way
        with pytest.raises(InvalidFieldError) as raised:
            parsed.evaluations  # noqa: B018
        error = raised.value
        assert (error.model, error.field, error.value) == ("WebsetItem", "evaluations", bad)
        assert isinstance(error.__cause__, KeyError)
        assert "WebsetItem.evaluations does not match the spec (KeyError: 'satisfied')" in str(error)
    assert parsed.id == raw_item()["id"]  # the rest of the item still reads


def test_a_malformed_value_two_levels_down_names_its_own_model() -> None:
    data = raw_item()
    data["evaluations"] = [{**data["evaluations"][0], "references": [{"title": None}]}]
    evaluation = models.WebsetItem.from_dict(data).evaluations[0]

    with pytest.raises(InvalidFieldError) as raised:
        evaluation.references  # noqa: B018
    assert (raised.value.model, raised.value.field) == ("WebsetItemEvaluation", "references")


def test_a_marked_model_passes_its_origin_to_the_models_built_from_it_and_to_its_errors() -> None:
    data = raw_item()
    data["evaluations"] = [{**data["evaluations"][0], "references": "not a list"}]
    parsed = models.WebsetItem.from_dict(data)
    object.__setattr__(parsed, "_origin", "response 1")  # what a wrapper (the SDK) does with a response's models

    evaluation = parsed.evaluations[0]
    assert evaluation._origin == "response 1"
    references = parsed.enrichments[0].references  # two levels down
    assert references and {r._origin for r in references} == {"response 1"}
    with pytest.raises(InvalidFieldError) as raised:
        evaluation.references  # noqa: B018
    assert raised.value.origin == "response 1"
    good = models.WebsetItem.from_dict(raw_item())
    object.__setattr__(good, "_origin", "response 1")
    assert good == models.WebsetItem.from_dict(raw_item())  # not a field: equality, to_dict and repr ignore it
    assert good.to_dict() == models.WebsetItem.from_dict(raw_item()).to_dict()
    assert "response 1" not in repr(good)


def test_an_unmarked_model_s_error_has_no_origin() -> None:
    with pytest.raises(InvalidFieldError) as raised:
        models.WebsetItem.from_dict(raw_item(createdAt="yesterday")).created_at  # noqa: B018
    assert raised.value.origin is None


def test_a_malformed_timestamp_is_an_invalid_field_error() -> None:
    parsed = models.WebsetItem.from_dict(raw_item(createdAt="yesterday"))
    with pytest.raises(InvalidFieldError) as raised:
        parsed.created_at  # noqa: B018
    assert isinstance(raised.value.__cause__, ValueError)


def test_a_wrapper_raises_its_own_error_through_the_factory() -> None:
    class WrapperError(Exception):
        pass

    previous = set_field_error_factory(lambda error: WrapperError(f"{error.model}.{error.field}"))
    try:
        parsed = models.WebsetItem.from_dict(raw_item(enrichments=["not an object"]))
        with pytest.raises(WrapperError, match=r"^WebsetItem\.enrichments$") as raised:
            parsed.enrichments  # noqa: B018
        assert isinstance(raised.value.__cause__, TypeError)
    finally:
        set_field_error_factory(previous)


def test_an_unknown_attribute_is_still_an_attribute_error() -> None:
    parsed = models.WebsetItem.from_dict(raw_item())
    with pytest.raises(AttributeError):
        parsed.evaluation  # type: ignore[attr-defined]  # noqa: B018
    assert not hasattr(models.WebsetItem.from_dict(raw_item()), "_no_such_field")
