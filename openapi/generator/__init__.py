"""Run openapi-python-client in-process with our config and templates.

Every problem the generator reports (warning or error) is returned; callers treat any as fatal. That is exactly what
the CLI's ``--fail-on-warning`` does (``handle_errors``: any error → exit 1), without a subprocess per run.

The templates get two globals of ours: ``operation_descriptions`` (each operation as ``openapi.spec_index`` describes
it, keyed by ``operation_key``) and ``python_literal`` (a value as Python source), so that every endpoint module
carries its operation's description as data (``OPERATION``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

GENERATOR_DIR = Path(__file__).resolve().parent
CONFIG_FILE = GENERATOR_DIR / "config.yml"
TEMPLATES = GENERATOR_DIR / "templates"


def run_generator(spec: dict[str, Any], workdir: Path, *, package_name: str | None = None) -> tuple[Path, list[str]]:
    """Generate a package from ``spec`` under ``workdir``; return its path and the generator's problems as text."""
    from openapi_python_client import _get_project_for_url_or_path  # noqa: PLC0415 - only the regenerate/test environments have it
    from openapi_python_client.config import Config, ConfigFile, MetaType  # noqa: PLC0415
    from openapi_python_client.parser.errors import GeneratorError  # noqa: PLC0415

    from openapi.spec_index import describe_operations, operation_key  # noqa: PLC0415 - imports the normalizer

    workdir.mkdir(parents=True, exist_ok=True)
    spec_file = workdir / "normalized-spec.json"
    spec_file.write_text(json.dumps(spec, indent=1), encoding="utf-8")
    config_file = ConfigFile.load_from_path(CONFIG_FILE)
    if package_name is not None:
        config_file = config_file.model_copy(update={"package_name_override": package_name})
    output = workdir / (package_name or str(config_file.package_name_override))
    config = Config.from_sources(
        config_file,
        MetaType("none"),
        document_source=spec_file,
        file_encoding="utf-8",
        overwrite=True,
        output_path=output,
    )
    # openapi_python_client.generate() without the build, so that our globals can join the template environment.
    project = _get_project_for_url_or_path(config=config, custom_template_path=TEMPLATES)
    if isinstance(project, GeneratorError):
        return output, [_describe(project)]
    project.env.globals.update(
        operation_descriptions=describe_operations(spec),
        # The generator wraps spec text in UntrustedString so it cannot reach code unquoted; a key is only looked up.
        operation_key=lambda method, path: operation_key(method, path.get_untrusted_value()),
        python_literal=repr,  # repr of JSON data (dicts, lists, str, int, bool, None) is a Python literal
    )
    problems = project.build()
    return output, [_describe(problem) for problem in problems]


def _describe(problem: Any) -> str:
    return " ".join(part for part in (problem.header, problem.detail) if part).strip()
