from ._base import Spec, transformation
from ._schemas import iter_schemas


@transformation("A one-element type list such as `type: [object]` is parsed as a one-branch union; use the plain type.")
def single_type_lists(spec: Spec) -> int:
    changed = 0
    for _, schema in iter_schemas(spec):
        types = schema.get("type")
        if isinstance(types, list) and len(types) == 1:
            schema["type"] = types[0]
            changed += 1
    return changed
