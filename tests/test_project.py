"""The output folder as a project: `_version.py`, pyproject.toml, README.md and api.md beside the
package, their ownership (a team's own README is never overwritten), the switch that leaves them
out, and `pip install` of the committed generated/ folder.
"""

from __future__ import annotations

import ast
import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import textwrap
import tomllib
from importlib import metadata
from pathlib import Path

import pytest

from generator import project
from generator.build import build_package
from generator.config import load_config
from generator.documents import DocumentSet
from tests.conftest import RunCli
from tests.support import GENERATED, REPO_ROOT

PACKAGE = "langsmith_openapi_client"
RUNTIME = REPO_ROOT / "templates" / "runtime"
FIXTURE = REPO_ROOT / "tests" / "fixtures" / "objects.yaml"


# --- what the project declares -------------------------------------------------------------------


def _third_party_imports(folder: Path) -> set[str]:
    found = set()
    for path in folder.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                found.add(node.module.split(".")[0])
    return {name for name in found if name not in sys.stdlib_module_names and name != "__future__"}


def test_declared_dependencies_are_exactly_what_the_runtime_imports() -> None:
    declared = {import_name for _, import_name, _ in project.RUNTIME_DEPENDENCIES}
    # pydantic_core comes with pydantic (the runtime names it only in annotations of pydantic's).
    assert _third_party_imports(RUNTIME) - {"pydantic_core"} == declared


def test_each_range_starts_at_the_version_the_tests_run_with() -> None:
    extras = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pins = dict(re.fullmatch(r"([A-Za-z0-9_.-]+)==(\S+)", pin).groups() for pin in extras["optional-dependencies"]["test"])  # type: ignore[union-attr]
    for distribution, _, versions in project.RUNTIME_DEPENDENCIES:
        lower, upper = versions.split(",")
        assert lower == f">={pins[distribution]}", distribution
        assert metadata.version(distribution) == pins[distribution], f"{distribution} installed is not the pin"
        assert upper.startswith("<") and int(upper[1:].split(".")[0]) > int(pins[distribution].split(".")[0])


def test_committed_pyproject_describes_the_package() -> None:
    pyproject = tomllib.loads((GENERATED / "pyproject.toml").read_text(encoding="utf-8"))
    version_module = ast.parse((GENERATED / PACKAGE / "_version.py").read_text(encoding="utf-8"))
    (assignment,) = [n for n in version_module.body if isinstance(n, ast.Assign)]
    assert isinstance(assignment.value, ast.Constant)
    described = pyproject["project"]
    assert described["name"] == "langsmith-openapi-client"
    assert described["version"] == assignment.value.value == "0.9.0"  # spec/config.yaml's version
    assert described["requires-python"] == project.REQUIRES_PYTHON
    assert described["dependencies"] == [f"{name}{versions}" for name, _, versions in project.RUNTIME_DEPENDENCIES]
    assert (GENERATED / described["readme"]).is_file()
    assert pyproject["build-system"]["build-backend"] == "hatchling.build"
    assert pyproject["tool"]["hatch"]["build"]["targets"]["wheel"]["packages"] == [PACKAGE]


def test_manifest_lists_the_project_files() -> None:
    manifest = (GENERATED / PACKAGE / ".generated-files").read_text(encoding="utf-8")
    listed = {line.split(" ")[0] for line in manifest.splitlines() if line and not line.startswith("#")}
    assert {"../pyproject.toml", "../README.md", "../api.md", "_version.py"} <= listed


# --- the documents ---------------------------------------------------------------------------------


def _langsmith_package():  # type: ignore[no-untyped-def]
    config = load_config(REPO_ROOT / "spec" / "config.yaml")
    return build_package(DocumentSet(REPO_ROOT / "spec" / "langsmith.yaml"), config, [])


def test_api_reference_lists_every_method_and_model() -> None:
    package = _langsmith_package()
    reference = (GENERATED / "api.md").read_text(encoding="utf-8")
    for call, operation in package.all_operations():
        line = next((ln for ln in reference.splitlines() if f"`client.{call}(" in ln), None)
        assert line is not None, f"api.md does not list client.{call}"
        assert f"`{operation.http_method.upper()} {operation.path}`" in line
    for module in package.type_modules:
        path = f"{PACKAGE}/{module.module.replace('.', '/')}.py"
        assert f"]({path})" in reference, path
        assert (GENERATED / path).is_file()
        for name in module.exports:
            assert f"`{name}`" in reference, name
    assert "`client.runs.retrieve(run_id, *, project_id, start_time, selects=...) -> Run`" in reference


def test_readme_states_the_runtime_defaults() -> None:
    """The numbers the README gives are the runtime's own."""
    namespace: dict[str, object] = {}
    base = (RUNTIME / "_base_client.py").read_text(encoding="utf-8")
    retries = (RUNTIME / "_retries.py").read_text(encoding="utf-8")
    for name in ("DEFAULT_MAX_RETRIES", "IDEMPOTENCY_HEADER"):
        namespace[name] = ast.literal_eval(re.search(rf"^{name} = (.+)$", base, re.M).group(1))  # type: ignore[union-attr]
    for name in ("INITIAL_RETRY_DELAY", "MAX_RETRY_DELAY", "MAX_RETRY_AFTER"):
        namespace[name] = ast.literal_eval(re.search(rf"^{name} = (.+)$", retries, re.M).group(1))  # type: ignore[union-attr]
    http = (RUNTIME / "_http.py").read_text(encoding="utf-8")
    timeout = re.search(r"^DEFAULT_TIMEOUT = httpx.Timeout\(([\d.]+), connect=([\d.]+)\)$", http, re.M)
    assert timeout is not None
    readme = " ".join((GENERATED / "README.md").read_text(encoding="utf-8").split())
    assert f"retried {namespace['DEFAULT_MAX_RETRIES']} times by default" in readme
    assert (
        f"({namespace['INITIAL_RETRY_DELAY']} s, doubled each time, at most {namespace['MAX_RETRY_DELAY']:g} s)"
        in readme
    )
    assert (
        f"A requested pause over {namespace['MAX_RETRY_AFTER']:g} s (or one that cannot be read) is not waited out"
        in readme
    )
    limits = re.search(
        r"^DEFAULT_CONNECTION_LIMITS = httpx.Limits\(max_connections=(\d+), max_keepalive_connections=(\d+)\)$",
        http,
        re.M,
    )
    assert limits is not None and limits[1] == limits[2]
    assert f"up to {limits[1]} connections, each kept open for reuse" in readme
    assert f"`{namespace['IDEMPOTENCY_HEADER']}` header" in readme
    assert f"default timeout is {float(timeout[1]):g} s ({float(timeout[2]):g} s to connect)" in readme
    statuses = re.findall(r"^\| (\d{3}) \| `(\w+)` \|$", (GENERATED / "README.md").read_text(encoding="utf-8"), re.M)
    exceptions = (RUNTIME / "_exceptions.py").read_text(encoding="utf-8")
    runtime_map = re.findall(r"^    (\d{3}): (\w+),$", exceptions, re.M)
    assert statuses == runtime_map


def test_readme_shows_a_call_this_api_has() -> None:
    readme = (GENERATED / "README.md").read_text(encoding="utf-8")
    assert 'client.threads.retrieve_stats("<thread_id>", session_id="<session_id>")' in readme
    assert "`LANGSMITH_API_KEY`" in readme and "`LANGSMITH_ENDPOINT`" in readme and "`X-API-Key` header" in readme
    assert "for item in client.runs.query():" in readme


# --- version, switch, ownership (the generator run in-process) ---------------------------------------


def _generate(run_cli: RunCli, tmp_path: Path, output: Path, config: str, *extra: str):  # type: ignore[no-untyped-def]
    config_path = tmp_path / "config.yaml"
    config_path.write_text(config, encoding="utf-8")
    return run_cli("generate", "--spec", FIXTURE, "--config", config_path, "--output", output, "--no-cache", *extra)


def test_config_version_wins_over_the_spec(tmp_path: Path, run_cli: RunCli) -> None:
    output = tmp_path / "out"
    result = _generate(run_cli, tmp_path, output, "package: shop\nversion: 2.1.0rc1\n")
    assert result.code == 0, result.err
    assert '__version__ = "2.1.0rc1"' in (output / "shop" / "_version.py").read_text(encoding="utf-8")
    assert tomllib.loads((output / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"] == "2.1.0rc1"


def test_a_spec_version_pep_440_refuses_is_reduced_to_its_numbers(tmp_path: Path, run_cli: RunCli) -> None:
    spec = tmp_path / "api.yaml"
    spec.write_text(
        FIXTURE.read_text(encoding="utf-8").replace("version:", "version: 2023-10-16 #", 1), encoding="utf-8"
    )
    output = tmp_path / "out"
    result = run_cli("generate", "--spec", spec, "--output", output, "--no-cache")
    assert result.code == 0, result.err
    assert re.search(
        r"warning: /info/version: info.version '2023-10-16' is not a PEP 440 version; .*'2023.10.16'", result.err
    )
    (package,) = [p for p in output.iterdir() if p.is_dir() and p.name != "reference"]
    assert '__version__ = "2023.10.16"' in (package / "_version.py").read_text(encoding="utf-8")


def test_project_files_can_be_left_out_and_are_then_removed(tmp_path: Path, run_cli: RunCli) -> None:
    output = tmp_path / "out"
    assert _generate(run_cli, tmp_path, output, "package: shop\n").code == 0
    project = {"pyproject.toml", "README.md", "api.md", "CHANGELOG.md", "reference"}
    assert {p.name for p in output.iterdir()} == {"shop"} | project
    expected_pages = len(list((output / "reference").rglob("*.md")))
    assert expected_pages >= 2, "a page per model module and per resource"
    result = _generate(run_cli, tmp_path, output, "package: shop\nproject_files: false\n")
    assert result.code == 0, result.err
    assert {p.name for p in output.iterdir()} == {"shop"}
    assert "../" not in (output / "shop" / ".generated-files").read_text(encoding="utf-8")
    pages = len(list((output / "reference").rglob("*.md"))) if (output / "reference").exists() else 0
    assert pages == 0 and f"{4 + expected_pages} removed" in result.err


def test_a_readme_the_generator_did_not_write_is_never_overwritten(tmp_path: Path, run_cli: RunCli) -> None:
    output = tmp_path / "out"
    output.mkdir()
    (output / "README.md").write_text("# Our own notes\n", encoding="utf-8")
    for extra in ((), ("--check",)):
        result = _generate(run_cli, tmp_path, output, "package: shop\n", *extra)
        assert result.code == 1
        assert "README.md exists and was not written by the generator" in result.err
        assert "project_files: false" in result.err
    assert sorted(p.name for p in output.iterdir()) == ["README.md"], "something was written"
    assert (output / "README.md").read_text(encoding="utf-8") == "# Our own notes\n"
    assert _generate(run_cli, tmp_path, output, "package: shop\nproject_files: false\n").code == 0
    assert (output / "README.md").read_text(encoding="utf-8") == "# Our own notes\n"


def test_a_generated_readme_is_replaced_even_without_the_manifest(tmp_path: Path, run_cli: RunCli) -> None:
    output = tmp_path / "out"
    assert _generate(run_cli, tmp_path, output, "package: shop\n").code == 0
    expected = (output / "README.md").read_bytes()
    shutil.rmtree(output / "shop")  # a user deleting the package to start over
    (output / "README.md").write_text((output / "README.md").read_text(encoding="utf-8") + "stale\n", encoding="utf-8")
    assert _generate(run_cli, tmp_path, output, "package: shop\n").code == 0
    assert (output / "README.md").read_bytes() == expected


def test_check_reports_and_generate_restores_an_edited_project_file(tmp_path: Path, run_cli: RunCli) -> None:
    output = tmp_path / "out"
    assert _generate(run_cli, tmp_path, output, "package: shop\n").code == 0
    api = output / "api.md"
    original = api.read_text(encoding="utf-8")
    api.write_text(original + "edited\n", encoding="utf-8")
    check = _generate(run_cli, tmp_path, output, "package: shop\n", "--check")
    assert check.code == 1
    assert "--- a/api.md" in check.out and "-edited" in check.out
    assert _generate(run_cli, tmp_path, output, "package: shop\n").code == 0
    assert api.read_text(encoding="utf-8") == original
    assert not list(output.glob(".shop.new-*")), "a staged file was left behind"


def test_a_link_in_place_of_a_project_file_is_refused(tmp_path: Path, run_cli: RunCli) -> None:
    output = tmp_path / "out"
    output.mkdir()
    elsewhere = tmp_path / "elsewhere.toml"
    elsewhere.write_text("precious = true\n", encoding="utf-8")
    (output / "pyproject.toml").symlink_to(elsewhere)
    result = _generate(run_cli, tmp_path, output, "package: shop\n")
    assert result.code == 1 and "pyproject.toml" in result.err
    assert elsewhere.read_text(encoding="utf-8") == "precious = true\n"


# --- pip install of the committed output ----------------------------------------------------------


def _fresh_venv(where: Path) -> Path:
    """A venv with nothing installed whose interpreter sees the test venv's third-party packages
    through a `.pth` line. (A path line is added as it is: the `.pth` files inside that folder, such
    as the editable install of this repository, are not processed.)"""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(where)], check=True)
    python = where / "bin" / "python"
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    Path(purelib, "test-venv-packages.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    return python


def _requirement(text: str) -> tuple[str, frozenset[str]]:
    """("httpx", {">=0.28.1", "<1"}): metadata may list a requirement's specifiers in any order."""
    match = re.fullmatch(r"([A-Za-z0-9_.-]+)(.*)", text.replace(" ", ""))
    assert match is not None, text
    return match[1], frozenset(match[2].split(","))


@pytest.mark.slow
def test_pip_install_of_the_output_folder(tmp_path: Path) -> None:
    """`pip install generated/` builds and installs the client (leaving nothing behind in the
    folder); it then imports from the venv with its version and metadata."""
    source = tmp_path / "generated"
    shutil.copytree(GENERATED, source, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    before = sorted(p.relative_to(source) for p in source.rglob("*"))
    python = _fresh_venv(tmp_path / "venv")
    install = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--no-build-isolation",
         "--no-index", "--disable-pip-version-check", "--quiet", str(source)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert install.returncode == 0, install.stdout + install.stderr
    assert sorted(p.relative_to(source) for p in source.rglob("*")) == before, "the build wrote into the folder"
    script = textwrap.dedent("""
        import json, importlib.metadata as m, langsmith_openapi_client as c
        from pathlib import Path
        files = [str(f) for f in m.files("langsmith-openapi-client")]
        print(json.dumps({"version": c.__version__, "file": c.__file__, "metadata": m.version("langsmith-openapi-client"),
                          "requires": m.requires("langsmith-openapi-client"), "py.typed": "langsmith_openapi_client/py.typed" in files,
                          "summary": m.metadata("langsmith-openapi-client")["Summary"]}))
        """)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    run = subprocess.run(
        [str(python), "-c", script], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 0, run.stderr
    report = json.loads(run.stdout)
    assert report["version"] == report["metadata"] == "0.9.0"
    assert Path(report["file"]).is_relative_to(tmp_path / "venv")
    assert sorted(map(_requirement, report["requires"])) == sorted(
        (name, frozenset(versions.split(","))) for name, _, versions in project.RUNTIME_DEPENDENCIES
    )
    assert report["py.typed"] and report["summary"] == "A typed Python client for the LangSmith API"
