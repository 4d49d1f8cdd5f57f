"""The ordered, named transformations that make the upstream spec digestible for openapi-python-client.

Each transformation lives in its own module with a one-line reason. Order matters where noted.
"""

from __future__ import annotations

import copy

from ._base import Spec, Transformation
from .inline_component_collisions import inline_component_collisions
from .null_beside_ref_or_enum import null_beside_ref_or_enum
from .nullable_keyword import nullable_keyword
from .open_discriminated_unions import open_discriminated_unions
from .path_params_without_template import path_params_without_template
from .ref_default_to_allof import ref_default_to_allof
from .single_branch_oneof import single_branch_oneof
from .single_type_lists import single_type_lists

PIPELINE: tuple[Transformation, ...] = (
    nullable_keyword,  # first: turns 3.0 spellings into the 3.1 forms the rest understand
    null_beside_ref_or_enum,
    ref_default_to_allof,
    single_type_lists,
    single_branch_oneof,
    path_params_without_template,
    inline_component_collisions,  # compares schemas in their final form
    open_discriminated_unions,  # last: adds Unknown… components built from the final variant schemas
)


def normalize(spec: Spec, pipeline: tuple[Transformation, ...] = PIPELINE) -> tuple[Spec, dict[str, int]]:
    """Return a normalized deep copy of ``spec`` and how many places each transformation changed."""
    result = copy.deepcopy(spec)
    counts = {t.name: t.apply(result) for t in pipeline}
    return result, counts


__all__ = ["PIPELINE", "Spec", "Transformation", "normalize"]
