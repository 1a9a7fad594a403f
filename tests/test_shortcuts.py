"""Every shortcut that lets a run redo only what changed (README "Speed") is proven here.

The shortcuts: a run whose inputs and outputs did not change replays its last output (`replay`);
findings are kept in the local cache by the documents' bytes (`background`); a file whose rendered
text and bytes on disk match the manifest is not formatted again (`manifest`). Each must give
byte-identical output to the slow path, notice a change to anything it depends on, and distrust
a corrupt, truncated or foreign manifest or cache entry (with a warning).
"""

from __future__ import annotations

import contextlib
import io
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any, Iterator

import pytest

import generator.background as background
import generator.formatting as formatting
from generator import fingerprint
from generator.cache import Cache
from generator.manifest import MANIFEST_NAME
from generator.cli import main as generator_main
from tests.golden_tool import (
    expected_tree,
    fixture_config,
    fixture_spec,
    fixture_stems,
    read_tree,
    rendered_tree,
    runtime_snapshot,
)

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("OPENAPI_CLIENT_GENERATOR_CACHE_DIR", str(folder))
    return folder


@pytest.fixture
def work(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, int]]:
    """Counts of the expensive work done: files given to black, documents validated."""
    counts = {"formatted": 0, "validated": 0}
    format_one, validate_now = formatting.format_one, background.validate_now

    def counting_format_one(file: Any) -> Any:
        counts["formatted"] += 1
        return format_one(file)

    def counting_validate_now(docs: Any) -> Any:
        counts["validated"] += 1
        return validate_now(docs)

    monkeypatch.setattr(formatting, "format_one", counting_format_one)
    monkeypatch.setattr(background, "validate_now", counting_validate_now)
    yield counts


def run_generator(argv: list[str]) -> tuple[int, str, str]:
    """The real command line in this process (not tests.golden_tool's, which memoises black:
    these tests count the work done)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = generator_main(argv)
    return code, out.getvalue(), err.getvalue()


def generate(spec: Path, output: Path, *extra: object, config: Path | None = None) -> tuple[int, str, str]:
    argv = ["generate", "--spec", str(spec), "--output", str(output), *map(str, extra)]
    if config is not None:
        argv += ["--config", str(config)]
    return run_generator(argv)


RUNTIME = {p.name for p in (REPO / "templates" / "runtime").glob("*.py")}


def python_files(output: Path) -> int:
    return sum(1 for p in output.rglob("*.py"))


def rendered_python_files(output: Path) -> int:
    """The Python files black formats: all but the built-in runtime, which is black's already."""
    return python_files(output) - len(RUNTIME)


# --- same output, with and without every shortcut --------------------------------------------


@pytest.mark.parametrize("stem", fixture_stems())
def test_every_shortcut_writes_what_the_slow_path_writes(stem: str, cache_dir: Path, tmp_path: Path, work: dict[str, int]) -> None:
    """The slow path's output is the golden tree (tests/test_golden.py generates it without any
    cache or manifest); here each shortcut must write exactly that."""
    spec, config = fixture_spec(stem), fixture_config(stem, tmp_path)
    cached, trusted = tmp_path / "cached", tmp_path / "trusted"
    runtime = runtime_snapshot()
    # A cold run that fills the cache, then a replay of it, then --check replayed too.
    assert generate(spec, cached, config=config)[0] == 0
    work.update(formatted=0, validated=0)
    assert generate(spec, cached, config=config)[0] == 0
    assert generate(spec, cached, "--check", config=config)[0] == 0
    assert work == {"formatted": 0, "validated": 0}
    # Another machine: the committed output (with its manifest), an empty cache.
    shutil.copytree(cached, trusted)
    shutil.rmtree(cache_dir)
    code, _, err = generate(spec, trusted, config=config)
    assert code == 0 and "formatted again" not in err, err
    assert work["formatted"] == 0, "the manifest vouches for every file"
    assert rendered_tree(cached, runtime) == rendered_tree(trusted, runtime) == expected_tree(stem)


def test_no_cache_neither_reads_nor_writes_the_cache(small: Path, cache_dir: Path, tmp_path: Path) -> None:
    assert generate(small / "openapi.yaml", tmp_path / "out", "--no-cache", config=small / "config.yaml")[0] == 0
    assert not cache_dir.exists()


# --- a change to anything a shortcut depends on ----------------------------------------------

SMALL_SPEC = """\
openapi: 3.1.0
info: {title: Shortcut, version: "1"}
paths:
  /items:
    get:
      operationId: listItems
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "schemas.yaml#/Item"}
"""
SCHEMAS = "Item:\n  type: object\n  properties:\n    id: {type: string}\n"


@pytest.fixture
def small(tmp_path: Path) -> Path:
    folder = tmp_path / "spec"
    folder.mkdir()
    (folder / "openapi.yaml").write_text(SMALL_SPEC, encoding="utf-8")
    (folder / "schemas.yaml").write_text(SCHEMAS, encoding="utf-8")
    (folder / "config.yaml").write_text("package: shortcut_client\n", encoding="utf-8")
    return folder


def item_module(output: Path) -> str:
    return (output / "shortcut_client" / "types" / "item.py").read_text(encoding="utf-8")


def test_a_changed_referenced_file_is_noticed(small: Path, cache_dir: Path, tmp_path: Path, work: dict[str, int]) -> None:
    output = tmp_path / "out"
    assert generate(small / "openapi.yaml", output, config=small / "config.yaml")[0] == 0
    (small / "schemas.yaml").write_text(SCHEMAS + "    added: {type: integer}\n", encoding="utf-8")
    work.update(formatted=0, validated=0)
    assert generate(small / "openapi.yaml", output, config=small / "config.yaml")[0] == 0
    assert "added: Optional[int] = None" in item_module(output)
    assert work["validated"] == 1, "the findings of the old bytes may not be reused"
    assert 1 <= work["formatted"] <= 2, "only what changed is formatted again"


def test_a_changed_config_is_noticed_and_validation_is_reused(
    small: Path, cache_dir: Path, tmp_path: Path, work: dict[str, int]
) -> None:
    output = tmp_path / "out"
    assert generate(small / "openapi.yaml", output, config=small / "config.yaml")[0] == 0
    (small / "config.yaml").write_text("package: shortcut_client\nmodels: {Thing: '#/components/schemas/Nope'}\n", encoding="utf-8")
    code, _, err = generate(small / "openapi.yaml", output, config=small / "config.yaml")
    assert code != 0 and "Thing" in err, "the new config was read, not a replay of the old run"
    (small / "config.yaml").write_text(
        "package: shortcut_client\nclient: {base_url_env: SHORTCUT_URL}\n", encoding="utf-8"
    )
    work.update(formatted=0, validated=0)
    assert generate(small / "openapi.yaml", output, config=small / "config.yaml")[0] == 0
    assert "SHORTCUT_URL" in (output / "shortcut_client" / "_client.py").read_text(encoding="utf-8")
    assert work["validated"] == 0, "the documents did not change: their findings come from the cache"


def test_a_changed_user_template_is_noticed(small: Path, cache_dir: Path, tmp_path: Path) -> None:
    output, templates = tmp_path / "out", tmp_path / "templates" / "types"
    templates.mkdir(parents=True)
    module_template = (REPO / "templates" / "types" / "module.py.jinja").read_text(encoding="utf-8")
    (templates / "module.py.jinja").write_text(module_template, encoding="utf-8")
    args = ("--templates", tmp_path / "templates")
    assert generate(small / "openapi.yaml", output, *args, config=small / "config.yaml")[0] == 0
    (templates / "module.py.jinja").write_text(module_template + "\n# customised\n", encoding="utf-8")
    assert generate(small / "openapi.yaml", output, *args, config=small / "config.yaml")[0] == 0
    assert item_module(output).endswith("# customised\n")


def test_the_fingerprint_follows_the_generator_its_templates_and_black(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = tmp_path / "generator"
    shutil.copytree(REPO / "generator", copy, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(REPO / "templates", tmp_path / "templates")
    monkeypatch.setattr(fingerprint, "_GENERATOR_FOLDER", copy)
    monkeypatch.setattr(fingerprint, "BUILTIN_TEMPLATES", tmp_path / "templates")

    def current() -> str:
        fingerprint.generator_fingerprint.cache_clear()
        return fingerprint.generator_fingerprint()

    seen = {current()}
    (copy / "naming.py").write_text((copy / "naming.py").read_text(encoding="utf-8") + "\n# changed\n", encoding="utf-8")
    seen.add(current())
    template = tmp_path / "templates" / "macros.jinja"
    template.write_text(template.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    seen.add(current())
    versions = fingerprint.installed_versions()
    monkeypatch.setattr(fingerprint, "installed_versions", lambda: {**versions, "black": "0.0.1"})
    seen.add(current())
    fingerprint.generator_fingerprint.cache_clear()
    assert len(seen) == 4
    assert formatting.formatter_identity().startswith("black 0.0.1,"), "the manifest names black's version"


def test_a_manifest_from_another_black_is_not_trusted(small: Path, cache_dir: Path, tmp_path: Path, work: dict[str, int]) -> None:
    output = tmp_path / "out"
    assert generate(small / "openapi.yaml", output, "--no-cache", config=small / "config.yaml")[0] == 0
    manifest = output / "shortcut_client" / MANIFEST_NAME
    manifest.write_text(manifest.read_text(encoding="utf-8").replace("# formatter: black ", "# formatter: black 0"), encoding="utf-8")
    work.update(formatted=0)
    code, _, err = generate(small / "openapi.yaml", output, "--no-cache", config=small / "config.yaml")
    assert code == 0 and "made with another formatter" in err
    assert work["formatted"] == rendered_python_files(output)


# --- hand edits, corrupt manifests and cache entries -----------------------------------------


def test_a_hand_edited_file_is_reported_by_check_and_restored_by_generate(small: Path, cache_dir: Path, tmp_path: Path) -> None:
    output = tmp_path / "out"
    assert generate(small / "openapi.yaml", output, config=small / "config.yaml")[0] == 0
    original = item_module(output)
    path = output / "shortcut_client" / "types" / "item.py"
    path.write_text(original + "HAND_EDIT = 1\n", encoding="utf-8")
    code, out, err = generate(small / "openapi.yaml", output, "--check", config=small / "config.yaml")
    assert code == 1 and "HAND_EDIT" in out and "out of date" in err
    assert generate(small / "openapi.yaml", output, config=small / "config.yaml")[0] == 0
    assert item_module(output) == original
    assert generate(small / "openapi.yaml", output, "--check", config=small / "config.yaml")[0] == 0


def _truncate(text: str) -> str:
    return text[: len(text) // 2]


def _alter_a_digest(text: str) -> str:
    lines = text.splitlines(keepends=True)
    index = next(i for i, line in enumerate(lines) if line.startswith("types/item.py "))
    name, rendered, written = lines[index].split()
    lines[index] = f"{name} {rendered} {'0' * 32}\n"
    return "".join(lines)


def _foreign(text: str) -> str:
    return "# formatter: somebody else's\n" + "\n".join(line.split()[0] for line in text.splitlines() if line[:1] not in "#")


@pytest.mark.parametrize("damage", [_truncate, _alter_a_digest, _foreign], ids=["truncated", "altered", "foreign"])
def test_a_damaged_manifest_is_not_trusted(damage: Any, small: Path, cache_dir: Path, tmp_path: Path, work: dict[str, int]) -> None:
    output = tmp_path / "out"
    assert generate(small / "openapi.yaml", output, "--no-cache", config=small / "config.yaml")[0] == 0
    expected = read_tree(output)
    manifest = output / "shortcut_client" / MANIFEST_NAME
    manifest.write_text(damage(manifest.read_text(encoding="utf-8")), encoding="utf-8")
    work.update(formatted=0)
    code, _, err = generate(small / "openapi.yaml", output, "--no-cache", config=small / "config.yaml")
    assert code == 0 and f"{MANIFEST_NAME}: " in err and "formatted again" in err, err
    assert work["formatted"] == rendered_python_files(output)
    assert read_tree(output) == expected


def _damage_cache_entries(folder: Path, how: str) -> int:
    entries = sorted(folder.rglob("*.json"))
    originals = [entry.read_text(encoding="utf-8") for entry in entries]
    damaged = 0
    for index, (entry, text) in enumerate(zip(entries, originals)):
        if how == "truncated":
            text = text[: len(text) // 2]
        elif how == "garbage":
            text = "\x00not json"
        elif how == "another key":  # each entry gets the next one's content
            text = originals[(index + 1) % len(originals)]
        elif how == "edited value":
            text = text.replace('"exit_code":0', '"exit_code":1').replace('"severity":"warning"', '"severity":"info"')
        entry.write_text(text, encoding="utf-8")
        damaged += 1
    return damaged


@pytest.mark.parametrize("how", ["truncated", "garbage", "another key", "edited value"])
def test_damaged_cache_entries_are_ignored_with_a_warning(how: str, small: Path, cache_dir: Path, tmp_path: Path) -> None:
    output, reference = tmp_path / "out", tmp_path / "reference"
    assert generate(small / "openapi.yaml", reference, "--no-cache", config=small / "config.yaml")[0] == 0
    assert generate(small / "openapi.yaml", output, config=small / "config.yaml")[0] == 0
    assert _damage_cache_entries(cache_dir, how) >= 2
    code, _, err = generate(small / "openapi.yaml", output, config=small / "config.yaml")
    assert code == 0 and "warning: cache entry" in err and "ignored" in err, err
    assert read_tree(output) == read_tree(reference)
    # The damaged entries were replaced by sound ones.
    cache = Cache(cache_dir)
    for entry in cache_dir.rglob("*.json"):
        assert cache.get(entry.parent.name, entry.stem) is not None, entry
    assert cache.warnings == []


def test_concurrent_runs_never_leave_a_torn_cache(small: Path, cache_dir: Path, tmp_path: Path) -> None:
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "generator", "generate", "--spec", str(small / "openapi.yaml"),
             "--config", str(small / "config.yaml"), "--output", str(tmp_path / f"out{i % 2}")],
            cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        )
        for i in range(6)
    ]  # fmt: skip
    for run in runs:
        _, err = run.communicate(timeout=300)
        assert run.returncode == 0, err
        assert "cache entry" not in err, err
    cache = Cache(cache_dir)
    entries = list(cache_dir.rglob("*.json"))
    assert entries and not list(cache_dir.rglob("*.tmp")), "no temporary file is left behind"
    for entry in entries:
        assert cache.get(entry.parent.name, entry.stem) is not None, entry
    assert cache.warnings == []


def test_many_writers_of_one_entry_leave_it_whole(tmp_path: Path) -> None:
    script = textwrap.dedent(
        """
        import sys
        from pathlib import Path
        from generator.cache import Cache
        cache = Cache(Path(sys.argv[1]))
        for round in range(200):
            cache.put("stress", "k" * 64, {"writer": sys.argv[2], "round": round, "blob": "x" * 20000})
        """
    )
    writers = [
        subprocess.Popen([sys.executable, "-c", script, str(tmp_path), str(n)], cwd=REPO) for n in range(4)
    ]
    readings = 0
    cache = Cache(tmp_path)
    while any(w.poll() is None for w in writers):
        value = cache.get("stress", "k" * 64)
        readings += value is not None
    assert all(w.wait() == 0 for w in writers)
    assert cache.warnings == [], "a reader never saw a half-written entry"
    assert cache.get("stress", "k" * 64)["round"] == 199
    assert readings > 0


# --- the no-op run does no work ----------------------------------------------------------------

NO_OP = """
import sys
from generator.cli import main
code = main(sys.argv[1:])
heavy = sorted(m for m in ("black", "jinja2", "openapi_spec_validator", "jsonschema", "generator.parse_yaml") if m in sys.modules)
print("heavy modules:", heavy, file=sys.stderr)
sys.exit(code)
"""


def test_a_no_op_run_imports_neither_black_nor_jinja_nor_the_validator(small: Path, cache_dir: Path, tmp_path: Path) -> None:
    output = tmp_path / "out"
    argv = ["generate", "--spec", str(small / "openapi.yaml"), "--config", str(small / "config.yaml"), "--output", str(output)]
    first = subprocess.run([sys.executable, "-c", NO_OP, *argv], cwd=REPO, capture_output=True, text=True)
    assert first.returncode == 0 and "'black'" in first.stderr, first.stderr
    for extra in ([], ["--check"]):
        again = subprocess.run([sys.executable, "-c", NO_OP, *argv, *extra], cwd=REPO, capture_output=True, text=True)
        assert again.returncode == 0, again.stderr
        assert "heavy modules: []" in again.stderr, again.stderr
    validate = ["validate", str(small / "openapi.yaml")]
    subprocess.run([sys.executable, "-c", NO_OP, *validate], cwd=REPO, capture_output=True, text=True, check=True)
    again = subprocess.run([sys.executable, "-c", NO_OP, *validate], cwd=REPO, capture_output=True, text=True)
    assert again.returncode == 0 and "heavy modules: []" in again.stderr, again.stderr
    assert "0 error(s)" in again.stdout


def test_a_users_runtime_file_is_formatted_the_built_in_ones_are_copied(
    small: Path, cache_dir: Path, tmp_path: Path, work: dict[str, int]
) -> None:
    """Built-in runtime files are black's output already (tests/test_layout.py); a user's
    replacement is not trusted to be."""
    templates = tmp_path / "templates" / "runtime"
    templates.mkdir(parents=True)
    (templates / "_utils.py").write_text("VALUE = 'single quotes'\n", encoding="utf-8")
    output = tmp_path / "out"
    work.update(formatted=0)
    args = ("--templates", tmp_path / "templates", "--no-cache")
    assert generate(small / "openapi.yaml", output, *args, config=small / "config.yaml")[0] == 0
    package = output / "shortcut_client"
    assert (package / "_utils.py").read_text(encoding="utf-8") == 'VALUE = "single quotes"\n'
    rendered = python_files(output) - len(RUNTIME - {"_utils.py"})
    assert work["formatted"] == rendered, "every rendered file and the user's runtime file, no built-in one"
