"""generated/ is exactly what the generator writes from spec/ today (CI fails when it is stale)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import golden_tool
from generator.write import PROJECT_FOLDERS
from tests.conftest import REPO_ROOT, RunCli

CONFIG = REPO_ROOT / "spec" / "config.yaml"
GENERATED = REPO_ROOT / "generated"
MAX_DIFF_LINES = 300


def _package_dirs(output: Path) -> list[Path]:
    return sorted(
        p
        for p in output.iterdir()
        if p.is_dir() and not p.name.startswith((".", "__")) and p.name not in PROJECT_FOLDERS
    )


def test_generated_matches_spec(tmp_path: Path, run_cli: RunCli) -> None:
    result = run_cli("generate", "--config", CONFIG, "--output", tmp_path)
    assert result.code == 0, f"generating from spec/ failed:\n{result.out}{result.err}"
    (package,) = _package_dirs(tmp_path)
    committed = GENERATED / package.name
    if not committed.is_dir():
        pytest.fail(f"generated/{package.name}/ does not exist: run `make generate`", pytrace=False)
    expected = golden_tool.read_tree(committed)
    actual = golden_tool.read_tree(package)
    if actual != expected:
        diff = golden_tool.tree_diff(expected, actual, label=f"generated/{package.name}").splitlines(keepends=True)
        shown = "".join(diff[:MAX_DIFF_LINES]) + (
            f"... ({len(diff) - MAX_DIFF_LINES} more lines)\n" if len(diff) > MAX_DIFF_LINES else ""
        )
        pytest.fail(
            f"generated/{package.name}/ is stale (- committed, + generated from spec/ now): "
            f"run `make generate` and commit the result.\n{shown}",
            pytrace=False,
        )


def test_check_passes_in_repo_root(monkeypatch: pytest.MonkeyPatch, run_cli: RunCli) -> None:
    monkeypatch.chdir(REPO_ROOT)
    result = run_cli("generate", "--check")
    lines = result.out.splitlines(keepends=True)
    assert result.code == 0, (
        f"`python -m generator generate --check` exited {result.code}: run `make generate`.\n"
        f"{result.err}{''.join(lines[:MAX_DIFF_LINES])}"
    )
    assert result.out == ""
