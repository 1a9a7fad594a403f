"""The command line as users and CI see it: exit codes, finding format, --check, safe rewriting."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests import golden_tool
from tests.conftest import REPO_ROOT, RunCli

# FILE:LINE:COL: SEVERITY: JSON-POINTER: message
FINDING = re.compile(
    r"^(?P<file>.+?):(?P<line>\d+):(?P<col>\d+): (?P<severity>error|warning|info): (?P<pointer>#|/[^:]*): (?P<message>.+)$"
)

# A JSON-pointer target at a known place: `"200"` (line 9, col 9) lacks its `description`.
MISSING_DESCRIPTION = """\
openapi: 3.1.0
info:
  title: Bad
  version: 1.0.0
paths:
  /things:
    get:
      responses:
        "200":
          content: {}
"""

# `type: strin` at line 12 is the only problem, deep inside a component schema.
BAD_SCHEMA_TYPE = """\
openapi: 3.1.0
info:
  title: Bad
  version: 1.0.0
paths: {}
components:
  schemas:
    Widget:
      type: object
      properties:
        name:
          type: strin
"""

SWAGGER_2 = """\
swagger: "2.0"
info: {title: Old, version: "1"}
paths: {}
"""


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _findings(text: str) -> list[re.Match[str]]:
    return [m for m in map(FINDING.match, text.splitlines()) if m]


def _node_places(text: str, pointer: str) -> set[tuple[int, int]]:
    """1-based (line, col) of the node at `pointer` and of its key: either is a right answer."""
    node: yaml.Node = yaml.compose(text)
    places = {(node.start_mark.line + 1, node.start_mark.column + 1)}
    tokens = [t.replace("~1", "/").replace("~0", "~") for t in pointer.lstrip("#").split("/")[1:]]
    for token in tokens:
        if isinstance(node, yaml.MappingNode):
            key, node = next((k, v) for k, v in node.value if k.value == token)
            places = {
                (key.start_mark.line + 1, key.start_mark.column + 1),
                (node.start_mark.line + 1, node.start_mark.column + 1),
            }
        else:
            node = node.value[int(token)]
            places = {(node.start_mark.line + 1, node.start_mark.column + 1)}
    return places


def _resolves(data: object, pointer: str) -> bool:
    for token in [t.replace("~1", "/").replace("~0", "~") for t in pointer.lstrip("#").split("/")[1:]]:
        if isinstance(data, dict) and token in data:
            data = data[token]
        elif isinstance(data, list) and token.isdigit() and int(token) < len(data):
            data = data[int(token)]
        else:
            return False
    return True


def _generate_into(
    run_cli: RunCli, tmp_path: Path, output: Path, package: str = "objects_client", stem: str = "objects"
) -> Path:
    config = _write(tmp_path, f"{package}.config.yaml", f"package: {package}\n")
    result = run_cli("generate", "--spec", golden_tool.fixture_spec(stem), "--config", config, "--output", output)
    assert result.code == 0, result.out + result.err
    return output / package


# --- validate -------------------------------------------------------------------------------


@pytest.mark.parametrize("stem", golden_tool.fixture_stems())
def test_validate_fixture_exits_0_without_findings(stem: str, run_cli: RunCli) -> None:
    result = run_cli("validate", golden_tool.fixture_spec(stem))
    assert result.code == 0, result.out + result.err
    assert result.out.rstrip().endswith("0 error(s), 0 warning(s), 0 info"), result.out


def test_validate_missing_info_exits_1(tmp_path: Path, run_cli: RunCli) -> None:
    spec = _write(tmp_path, "noinfo.yaml", "openapi: 3.1.0\npaths: {}\n")
    result = run_cli("validate", spec)
    assert result.code == 1, result.out + result.err
    (finding,) = [m for m in _findings(result.out) if m["severity"] == "error"]
    assert finding["file"].endswith("noinfo.yaml")
    assert finding["severity"] == "error"
    assert finding["pointer"] in ("#", "/info")
    assert "info" in finding["message"]
    assert "1 error(s)" in result.out


def test_validate_finding_points_at_the_offending_node(tmp_path: Path, run_cli: RunCli) -> None:
    spec = _write(tmp_path, "bad.yaml", MISSING_DESCRIPTION)
    result = run_cli("validate", spec)
    assert result.code == 1, result.out + result.err
    (finding,) = _findings(result.out)
    assert finding["file"].endswith("bad.yaml") and finding["severity"] == "error"
    assert finding["pointer"] == "/paths/~1things/get/responses/200"
    assert "description" in finding["message"]
    place = (int(finding["line"]), int(finding["col"]))
    assert place in _node_places(
        MISSING_DESCRIPTION, finding["pointer"]
    ), f"{place} is not where {finding['pointer']} is"
    assert place in {(9, 9), (10, 11)}


def test_validate_schema_error_has_an_absolute_pointer_and_position(tmp_path: Path, run_cli: RunCli) -> None:
    # Errors inside a schema must point into the document, not into the schema they came from.
    spec = _write(tmp_path, "bad.yaml", BAD_SCHEMA_TYPE)
    result = run_cli("validate", spec)
    assert result.code == 1, result.out + result.err
    findings = _findings(result.out)
    assert findings, result.out
    data = yaml.safe_load(BAD_SCHEMA_TYPE)
    wrong = [m.group(0) for m in findings if not _resolves(data, m["pointer"])]
    assert not wrong, f"findings whose JSON pointer is not a node of the document: {wrong}"
    assert any(m["line"] == "12" for m in findings), f"no finding points at line 12 (`type: strin`):\n{result.out}"


def test_validate_unparsable_yaml_exits_2(tmp_path: Path, run_cli: RunCli) -> None:
    spec = _write(tmp_path, "broken.yaml", "openapi: 3.1.0\ninfo: {title: x\n  version: [\n")
    result = run_cli("validate", spec)
    assert result.code == 2, result.out + result.err
    match = re.search(r"^(.+):(\d+):(\d+): error: .*YAML", result.err, re.M)
    assert match, result.err
    assert match[1].endswith("broken.yaml") and int(match[2]) in (2, 3), result.err


def test_validate_missing_file_exits_2(tmp_path: Path, run_cli: RunCli) -> None:
    missing = tmp_path / "nowhere.yaml"
    result = run_cli("validate", missing)
    assert result.code == 2, result.out + result.err
    assert "nowhere.yaml" in result.err, f"the error does not name the missing file: {result.err!r}"


def test_generate_missing_file_exits_2(tmp_path: Path, run_cli: RunCli) -> None:
    result = run_cli("generate", "--spec", tmp_path / "nowhere.yaml", "--output", tmp_path / "out")
    assert result.code == 2, result.out + result.err
    assert not (tmp_path / "out").exists()


def test_swagger_2_is_refused_with_a_clear_message(tmp_path: Path, run_cli: RunCli) -> None:
    spec = _write(tmp_path, "swagger.yaml", SWAGGER_2)
    for args in (("validate", spec), ("generate", "--spec", spec, "--output", tmp_path / "out")):
        result = run_cli(*args)
        assert result.code == 1, result.out + result.err
        assert "Swagger 2.0" in result.err and "OpenAPI 3" in result.err, result.err
    assert not (tmp_path / "out").exists()


# --- generate --check -----------------------------------------------------------------------


def test_check_exits_0_in_sync_and_1_with_a_diff_when_stale(tmp_path: Path, run_cli: RunCli) -> None:
    output = tmp_path / "out"
    package = _generate_into(run_cli, tmp_path, output)
    config = tmp_path / "objects_client.config.yaml"
    check = (
        "generate",
        "--spec",
        golden_tool.fixture_spec("objects"),
        "--config",
        config,
        "--output",
        output,
        "--check",
    )

    in_sync = run_cli(*check)
    assert in_sync.code == 0, in_sync.out + in_sync.err
    assert in_sync.out == ""

    widget = package / "types" / "widget.py"
    original = widget.read_text(encoding="utf-8")
    assert "    count: int\n" in original
    widget.write_text(original.replace("    count: int\n", "    count: str\n"), encoding="utf-8")
    (package / "types" / "__init__.py").unlink()
    stale = run_cli(*check)
    assert stale.code == 1, stale.out + stale.err
    assert "--- a/objects_client/types/widget.py\n+++ b/objects_client/types/widget.py\n@@ " in stale.out
    assert "\n-    count: str\n+    count: int\n" in stale.out
    assert "--- /dev/null\n+++ b/objects_client/types/__init__.py\n" in stale.out
    # --check writes nothing.
    assert "    count: str\n" in widget.read_text(encoding="utf-8")
    assert not (package / "types" / "__init__.py").exists()


# --- writing --------------------------------------------------------------------------------


def _mtimes(root: Path) -> dict[str, int]:
    return {p.relative_to(root).as_posix(): p.stat().st_mtime_ns for p in root.rglob("*") if p.is_file()}


def _touched(before: dict[str, int], after: dict[str, int]) -> list[str]:
    return sorted(rel for rel in set(before) | set(after) if before.get(rel) != after.get(rel))


def test_files_are_written_only_when_their_content_changes(tmp_path: Path, run_cli: RunCli) -> None:
    output = tmp_path / "out"
    package = _generate_into(run_cli, tmp_path, output)
    past = 1_000_000_000 * 10**9  # 2001: anything a rewrite would change
    for path in package.rglob("*"):
        if path.is_file():
            os.utime(path, ns=(past, past))
    before = _mtimes(package)
    assert set(before.values()) == {past}

    _generate_into(run_cli, tmp_path, output)
    assert not _touched(before, _mtimes(package)), "unchanged files were rewritten"

    widget = package / "types" / "widget.py"
    widget.write_text(widget.read_text(encoding="utf-8") + "# edited by hand\n", encoding="utf-8")
    os.utime(widget, ns=(past, past))
    _generate_into(run_cli, tmp_path, output)
    after = _mtimes(package)
    assert after.pop("types/widget.py") != past
    assert "# edited by hand" not in widget.read_text(encoding="utf-8")
    before.pop("types/widget.py")
    assert not _touched(before, after), "files other than the changed one were rewritten"


def test_hand_written_lib_survives_regeneration(tmp_path: Path, run_cli: RunCli) -> None:
    output = tmp_path / "out"
    package = _generate_into(run_cli, tmp_path, output)
    helpers = package / "lib" / "helpers.py"
    helpers.parent.mkdir()
    (package / "lib" / "__init__.py").write_text("", encoding="utf-8")
    helpers.write_text("def shout(text: str) -> str:\n    return text.upper()\n", encoding="utf-8")

    # A run that rewrites a file (the package folder is rebuilt and swapped in)...
    (package / "types" / "widget.py").write_text("# stale\n", encoding="utf-8")
    _generate_into(run_cli, tmp_path, output)
    assert helpers.read_text(encoding="utf-8") == "def shout(text: str) -> str:\n    return text.upper()\n"
    assert (package / "lib" / "__init__.py").exists()

    # ...and a run from another spec into the same package, which removes the old generated files.
    _generate_into(run_cli, tmp_path, output, stem="enums")
    assert not (package / "types" / "widget.py").exists(), "a file generated before was not removed"
    assert (package / "types" / "task.py").exists()
    assert helpers.read_text(encoding="utf-8") == "def shout(text: str) -> str:\n    return text.upper()\n"
    assert (package / "lib" / "__init__.py").exists()


# --- determinism ----------------------------------------------------------------------------

# Every fixture and spec/, generated in one process. Through tests.hostile's `cli`, which runs each
# distinct file through black once per process (the runtime files recur in every package): the
# generator itself runs in full under each hash seed, black only as often as it has something new.
_GENERATE_ALL = """\
import sys, tempfile
from pathlib import Path
from tests.golden_tool import fixture_config, fixture_spec, fixture_stems
from tests.hostile import cli
out = Path(sys.argv[1])
with tempfile.TemporaryDirectory() as configs:
    for stem in fixture_stems():
        config = fixture_config(stem, Path(configs))
        code, _, err = cli("generate", "--spec", fixture_spec(stem), "--config", config, "--output", out / stem)
        if code != 0:
            sys.exit(f"fixture {stem}: exit {code}\\n{err}")
code, _, err = cli("generate", "--config", "spec/config.yaml", "--output", out / "spec")
sys.stderr.write(err)
sys.exit(code)
"""


@pytest.mark.slow
def test_output_is_identical_across_hash_seeds(tmp_path: Path) -> None:
    runs = {}
    for seed in ("0", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        output = tmp_path / f"seed-{seed}"
        command = [sys.executable, "-c", _GENERATE_ALL, str(output)]
        runs[seed] = (
            output,
            subprocess.Popen(
                command, cwd=REPO_ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
            ),
        )
    trees = []
    for seed, (output, process) in runs.items():
        stdout, stderr = process.communicate(timeout=300)
        assert process.returncode == 0, f"PYTHONHASHSEED={seed}: exit {process.returncode}\n{stdout}{stderr}"
        trees.append(golden_tool.read_tree(output))
    assert trees[0], "nothing was generated"
    assert trees[0] == trees[1], golden_tool.tree_diff(trees[0], trees[1])


def test_config_method_names_that_the_client_uses_itself_are_refused(tmp_path: Path, run_cli: RunCli) -> None:
    spec = tmp_path / "api.yaml"
    spec.write_text(
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /things:\n    get:\n"
        "      operationId: listThings\n      responses: {'200': {description: ok}}\n",
        encoding="utf-8",
    )
    for method in ("copy", "with_raw_response", "class"):
        config = tmp_path / "config.yaml"
        config.write_text(f"resources: {{things: {{listThings: {method}}}}}\n", encoding="utf-8")
        result = run_cli("generate", "--spec", spec, "--config", config, "--output", tmp_path / "out")
        assert result.code == 1, result.err
        assert "config: resources.things.listThings" in result.err and method in result.err
        assert "Traceback" not in result.err
        assert not (tmp_path / "out").exists()
