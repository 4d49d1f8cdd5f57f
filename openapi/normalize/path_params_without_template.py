import re

from ._base import Spec, transformation
from ._schemas import iter_operations

_TEMPLATE_NAME = re.compile(r"{([^}]+)}")


@transformation("A path parameter absent from the path template can never be sent (preview's `search`); drop it.")
def undeclared_path_params(spec: Spec) -> int:
    changed = 0
    for path, _, operation in iter_operations(spec):
        in_template = set(_TEMPLATE_NAME.findall(path))
        parameters = operation.get("parameters") or []
        kept = [p for p in parameters if not (p.get("in") == "path" and p.get("name") not in in_template)]
        if len(kept) != len(parameters):
            changed += len(parameters) - len(kept)
            operation["parameters"] = kept
    return changed
