from ._base import Spec, transformation
from ._schemas import iter_schemas, replace_contents

_ANNOTATIONS = ("description", "title", "default", "example", "examples")


@transformation("A null in `type` beside $ref or enum is dropped by the generator; make it an explicit null branch.")
def null_beside_ref_or_enum(spec: Spec) -> int:
    changed = 0
    for _, schema in iter_schemas(spec):
        types = schema.get("type")
        if not (isinstance(types, list) and "null" in types) or not ("$ref" in schema or "enum" in schema):
            continue
        non_null = [t for t in types if t != "null"]
        annotations = {k: schema[k] for k in _ANNOTATIONS if k in schema}
        branch = {k: v for k, v in schema.items() if k not in annotations and k != "type"}
        if "$ref" not in schema and non_null:
            branch = {"type": non_null[0] if len(non_null) == 1 else non_null, **branch}
        if "enum" in branch:
            branch["enum"] = [value for value in branch["enum"] if value is not None]
        replace_contents(schema, {**annotations, "oneOf": [branch, {"type": "null"}]})
        changed += 1
    return changed
