from typing import Any

from ._base import Spec, transformation
from ._schemas import canonical, pascal


@transformation(
    "An inline object named like a component (Monitor.cadence → MonitorCadence) is dropped as a duplicate; "
    "use a $ref when identical, else a distinct title."
)
def inline_component_collisions(spec: Spec) -> int:
    components: dict[str, Any] = spec.get("components", {}).get("schemas") or {}
    component_shapes = {name: canonical(schema) for name, schema in components.items()}
    changed = 0
    for parent_name, parent in components.items():
        for prop_name, prop in (parent.get("properties") or {}).items():
            if not isinstance(prop, dict) or prop.get("type") != "object" or "title" in prop:
                continue
            class_name = pascal(parent_name) + pascal(prop_name)
            if class_name not in components:
                continue
            if component_shapes[class_name] == canonical(prop):
                kept = {k: prop[k] for k in ("description",) if k in prop}
                prop.clear()
                prop.update({"$ref": f"#/components/schemas/{class_name}", **kept})
            else:
                prop["title"] = f"{pascal(prop_name)}Inline"
            changed += 1
    return changed
