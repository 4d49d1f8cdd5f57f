from ._base import Spec, transformation
from ._schemas import iter_schemas, replace_contents


@transformation("OAS 3.0 `nullable: true` inside a 3.1 document is ignored beside $ref/oneOf; spell it the 3.1 way.")
def nullable_keyword(spec: Spec) -> int:
    changed = 0
    for _, schema in iter_schemas(spec):
        if "nullable" not in schema:
            continue
        nullable = schema.pop("nullable")
        changed += 1
        if nullable is not True:
            continue
        if "$ref" in schema:
            siblings = {k: v for k, v in schema.items() if k in ("description", "title", "default")}
            target = {k: v for k, v in schema.items() if k not in siblings and k != "type"}
            replace_contents(schema, {**siblings, "oneOf": [target, {"type": "null"}]})
        elif "oneOf" in schema or "anyOf" in schema:
            key = "oneOf" if "oneOf" in schema else "anyOf"
            if {"type": "null"} not in schema[key]:
                schema[key].append({"type": "null"})
        elif "type" in schema:
            types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
            schema["type"] = [*types, "null"] if "null" not in types else types
        elif "enum" in schema and None not in schema["enum"]:
            schema["enum"] = [*schema["enum"], None]
    return changed
