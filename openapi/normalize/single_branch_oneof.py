from ._base import Spec, transformation
from ._schemas import iter_schemas, replace_contents


@transformation("A oneOf with a single branch (CreateImportParameters) is that branch; hoist it so it becomes a model.")
def single_branch_oneof(spec: Spec) -> int:
    changed = 0
    for _, schema in iter_schemas(spec):
        branches = schema.get("oneOf")
        if isinstance(branches, list) and len(branches) == 1 and isinstance(branches[0], dict):
            outer = {k: v for k, v in schema.items() if k not in ("oneOf", "discriminator")}
            replace_contents(schema, {**branches[0], **outer})
            changed += 1
    return changed
