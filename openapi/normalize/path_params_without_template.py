import re

from ._base import Spec, transformation
from ._schemas import iter_operations

_TEMPLATE_NAME = re.compile(r"{([^}]+)}")


@transformation(
    "A path parameter absent from its path template can never be sent there (preview's `search` is a documented "
    "boolean query parameter); declare it in: query.",
    warns=True,
)
def path_params_without_template(spec: Spec) -> int:
    changed = 0
    for path, _, operation in iter_operations(spec):
        in_template = set(_TEMPLATE_NAME.findall(path))
        for parameter in operation.get("parameters") or []:
            if parameter.get("in") == "path" and parameter.get("name") not in in_template:
                parameter["in"] = "query"
                changed += 1
    return changed
