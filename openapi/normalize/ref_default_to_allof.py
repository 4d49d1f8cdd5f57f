from ._base import Spec, transformation
from ._schemas import iter_schemas, replace_contents


@transformation("The generator ignores siblings of $ref, so a default beside one is lost; wrap the $ref in allOf.")
def ref_default_to_allof(spec: Spec) -> int:
    changed = 0
    for _, schema in iter_schemas(spec):
        if "$ref" in schema and "default" in schema:
            siblings = {k: v for k, v in schema.items() if k not in ("$ref", "type")}
            replace_contents(schema, {**siblings, "allOf": [{"$ref": schema["$ref"]}]})
            changed += 1
    return changed
