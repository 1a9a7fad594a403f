"""The pre-commit hook (.pre-commit-hooks.yaml), run the way pre-commit runs it, in a user's
repository that keeps a spec and its generated client side by side.

pre-commit installs this repository into a virtualenv of its own and runs the hook's `entry`
(plus its `args`) from the root of the user's repository, without file names (pass_filenames:
false). Here the test venv's console script, installed from the same pyproject.toml, stands in for
that virtualenv's; tests/test_install.py shows the script works from a plain wheel install.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import REPO_ROOT

HOOK_ID = "openapi-client-generator-check"
FIXTURE = REPO_ROOT / "tests" / "fixtures" / "objects.yaml"
CONFIG = "spec: api.yaml\noutput: ../generated\npackage: widgets_client\n"
MODEL_MODULE = "widgets_client/types/widget.py"
TIMEOUT = 300

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("precommit-hook")]


def _hook() -> dict[str, Any]:
    hooks = yaml.safe_load((REPO_ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    (hook,) = [h for h in hooks if h["id"] == HOOK_ID]
    assert isinstance(hook, dict)
    return hook


def _hook_argv() -> list[str]:
    """The command pre-commit would run: the entry's first word is a console script of the
    hook's virtualenv; its other words and `args` follow; no file names, since pass_filenames is
    false (asserted: with file names the hook would be a different command)."""
    hook = _hook()
    assert hook["pass_filenames"] is False
    words = shlex.split(hook["entry"]) + [str(a) for a in hook.get("args", [])]
    script = Path(sys.executable).parent / words[0]
    assert script.is_file(), f"{script} missing: `pip install -e .` installs it"
    return [str(script), *words[1:]]


def _environment(cache: Path) -> dict[str, str]:
    """A user's shell: GIT_* variables dropped (when these tests run inside a git hook, GIT_DIR
    and GIT_INDEX_FILE would point the temporary repository's commands at the outer one), no
    PYTHONPATH, and a generator cache of the test's own."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "PYTHON"))}
    env["OPENAPI_CLIENT_GENERATOR_CACHE_DIR"] = str(cache)
    return env


def _run(argv: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(argv, cwd=cwd, env=env, capture_output=True, text=True, timeout=TIMEOUT, check=False)


def _git(repo: Path, env: dict[str, str], *args: str) -> None:
    proc = _run(["git", *args], repo, env)
    assert proc.returncode == 0, f"git {' '.join(args)}: {proc.stderr}"


@pytest.fixture(scope="module")
def committed_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A git repository holding spec/api.yaml, spec/config.yaml and the generated/ folder the
    generator wrote from them, all committed (built once, copied by each test)."""
    repo = tmp_path_factory.mktemp("precommit") / "project"
    (repo / "spec").mkdir(parents=True)
    shutil.copy2(FIXTURE, repo / "spec" / "api.yaml")
    (repo / "spec" / "config.yaml").write_text(CONFIG, encoding="utf-8")
    env = _environment(repo.parent / "cache")
    _git(repo, env, "init", "--quiet")
    for key, value in (("user.name", "Test"), ("user.email", "test@example.invalid"), ("commit.gpgsign", "false")):
        _git(repo, env, "config", key, value)
    # The hook's own command, without --check: what the user ran before committing.
    generate = [word for word in _hook_argv() if word != "--check"]
    proc = _run(generate, repo, env)
    assert proc.returncode == 0, proc.stderr
    _git(repo, env, "add", "--all")
    _git(repo, env, "commit", "--quiet", "-m", "spec and generated client")
    return repo


@pytest.fixture
def project(committed_project: Path, tmp_path: Path) -> Path:
    return Path(shutil.copytree(committed_project, tmp_path / "project", symlinks=True))


def run_hook(project: Path, cache: Path) -> subprocess.CompletedProcess[str]:
    return _run(_hook_argv(), project, _environment(cache))


def _diff_names(stdout: str) -> set[str]:
    """The files a unified diff names in its `---`/`+++` headers, without the a/ and b/ prefixes."""
    headers = [line[4:] for line in stdout.splitlines() if line.startswith(("--- ", "+++ "))]
    return {header.split("/", 1)[1] if header.startswith(("a/", "b/")) else header for header in headers}


def test_the_hook_passes_when_the_generated_client_is_current(project: Path, tmp_path: Path) -> None:
    proc = run_hook(project, tmp_path / "cache")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout == ""
    assert "in sync" in proc.stderr


def test_the_hook_fails_with_a_diff_when_the_spec_changed(project: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    assert run_hook(project, cache).returncode == 0  # a cached in-sync run must not hide the change
    spec = project / "spec" / "api.yaml"
    document = yaml.safe_load(spec.read_text(encoding="utf-8"))
    document["components"]["schemas"]["Widget"]["properties"]["colour"] = {"type": "string"}
    spec.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")

    proc = run_hook(project, cache)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert MODEL_MODULE in _diff_names(proc.stdout), proc.stdout
    assert any(line.startswith("+") and "colour" in line for line in proc.stdout.splitlines()), proc.stdout
    assert (project / "generated" / MODEL_MODULE).read_text(encoding="utf-8").count("colour") == 0, "--check wrote"


def test_the_hook_reports_a_hand_edited_generated_file(project: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    assert run_hook(project, cache).returncode == 0
    edited = project / "generated" / MODEL_MODULE
    edited.write_text(edited.read_text(encoding="utf-8") + "# edited by hand\n", encoding="utf-8")

    proc = run_hook(project, cache)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert _diff_names(proc.stdout) == {MODEL_MODULE}, proc.stdout
    assert "-# edited by hand" in proc.stdout.splitlines()
