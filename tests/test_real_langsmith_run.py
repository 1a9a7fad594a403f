"""The public LangSmith description plus a two-line config reproduces our committed `Run`.

Config: `package: langsmith_openapi_client` and `models: {Run: "#/components/schemas/query.RunResponse"}`.
The classes of `types/run.py`, their fields and annotations must equal those of
generated/langsmith_openapi_client/types/run.py (descriptions differ: ours come from the seed page).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from generator.cli import main
from tests.support import GENERATED, SHARED

REAL_LANGSMITH = SHARED / "specs" / "real" / "langsmith.json"


def class_shapes(path: Path) -> dict[str, list[tuple[str, str]]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    shapes: dict[str, list[tuple[str, str]]] = {}
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            shapes[node.name] = [
                (statement.target.id, ast.unparse(statement.annotation))
                for statement in node.body
                if isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name)
            ]
    return shapes


def module_all(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and ast.unparse(node.targets[0]) == "__all__":
            return list(ast.literal_eval(node.value))
    raise AssertionError(f"no __all__ in {path}")


@pytest.mark.slow
def test_two_line_config_on_the_real_description_reproduces_run(tmp_path: Path) -> None:
    if not REAL_LANGSMITH.is_file():
        pytest.skip(f"{REAL_LANGSMITH} is absent (../shared/specs not mounted)")
    config = tmp_path / "config.yaml"
    config.write_text(
        'package: langsmith_openapi_client\nmodels: {Run: "#/components/schemas/query.RunResponse"}\n',
        encoding="utf-8",
    )
    code = main(["generate", "--spec", str(REAL_LANGSMITH), "--config", str(config), "--output", str(tmp_path / "out")])
    assert code == 0
    ours = GENERATED / "langsmith_openapi_client" / "types" / "run.py"
    theirs = tmp_path / "out" / "langsmith_openapi_client" / "types" / "run.py"
    assert class_shapes(theirs) == class_shapes(ours)
    assert module_all(theirs) == module_all(ours)
    assert len(class_shapes(ours)["Run"]) == 44
