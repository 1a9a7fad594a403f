"""Safe writes: every output path inside the output folder and portable, the
package replaced atomically (a killed run leaves the previous tree as it was), and only the
generator's own files (its manifest) ever replaced or deleted.
"""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest

from tests.hostile import (
    PYTHON,
    REPO,
    cli,
    document,
    generate,
    generate_doc,
    generator_argv,
    generator_env,
    imported,
    tree_bytes,
    write_spec,
)

WINDOWS_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}

HOSTILE_NAMES = [
    "../../../../tmp/escaped", "/etc/passwd", "..", ".", "~", "con", "CON", "aux", "Nul", "com1", "LPT9",
    "prn.txt", "Users", "users", "USERS", "Foo", "foo", "FOO", "a/b", "a\\b", "C:\\evil", "C:", "  ", "",
    "types", "resources", "__init__", "_client", "py.typed", ".generated-files", "lib", "é", "e\u0301",
    "\u0130", "ﬁle", "file", "x" * 300,
]  # fmt: skip


def everything_named(names: list[str]) -> dict[str, Any]:
    """Tags, operationIds, schema names, webhook names and the title all taken from `names`."""
    paths = {}
    for i, name in enumerate(names):
        paths[f"/r{i}"] = {
            "get": {
                "operationId": name,
                "tags": [name],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {"schema": {"type": "object", "properties": {"v": {"type": "string"}}}}
                        },
                    }
                },
            }
        }
    schemas = {name: {"type": "object", "title": name, "properties": {"v": {"type": "string"}}} for name in names}
    return document(
        info={"title": names[0], "version": "1"},
        tags=[{"name": name} for name in names],
        paths=paths,
        webhooks={
            name: {
                "post": {
                    "requestBody": {
                        "content": {
                            "application/json": {"schema": {"type": "object", "properties": {"w": {"type": "string"}}}}
                        }
                    },
                    "responses": {"200": {"description": "ok"}},
                }
            }
            for name in names
        },
        components={"schemas": schemas},
    )


def check_portable_tree(output: Path) -> None:
    files = [p for p in output.rglob("*") if "__pycache__" not in p.parts]
    seen: dict[str, Path] = {}
    for path in files:
        assert path.resolve().is_relative_to(output.resolve()), path
        rel = path.relative_to(output)
        key = rel.as_posix().lower()
        assert key not in seen, f"{seen[key]} and {rel} differ only by case"
        seen[key] = rel
        for part in rel.parts:
            assert part.split(".")[0].lower() not in WINDOWS_RESERVED, f"{rel}: {part!r} is reserved on Windows"
            assert len(part.encode()) <= 255, f"{rel}: name too long"
            assert part.isascii() and not set(part) & set('<>:"|?*\\') and not part.endswith((" ", ".")), rel


@pytest.mark.parametrize("chunk", [0, 1, 2, 3])
def test_hostile_names_only_make_portable_paths_inside_the_output(chunk: int, tmp_path: Path) -> None:
    names = HOSTILE_NAMES[chunk::4]
    before = set(tmp_path.iterdir())
    run = generate_doc(tmp_path, everything_named(names))
    assert run.code == 0, run.err
    assert set(tmp_path.iterdir()) == before | {tmp_path / "spec", tmp_path / "out"}
    assert not (tmp_path.parent / "escaped").exists() and not Path("/tmp/escaped").exists()
    check_portable_tree(run.output)
    with imported(run.output, run.package.name) as modules:
        assert modules


@pytest.mark.parametrize(
    "names",
    [["Users", "users"], ["Foo", "foo", "FOO"], ["con", "aux", "nul", "com1", "lpt1", "prn"], ["é", "e\u0301", "e"]],
    ids=["tags-by-case", "schemas-by-case", "windows-devices", "unicode-forms"],
)
def test_names_that_collide_on_some_file_systems_get_distinct_files(names: list[str], tmp_path: Path) -> None:
    run = generate_doc(tmp_path, everything_named(names))
    assert run.code == 0, run.err
    check_portable_tree(run.output)
    modules = sorted(p.name for p in (run.package / "types").iterdir() if p.name != "__init__.py")
    assert len(modules) >= len(names), modules


def test_a_very_long_schema_name_still_generates(tmp_path: Path) -> None:
    """Names are limited by file systems (255 bytes), not by the spec."""
    run = generate_doc(tmp_path, everything_named(["Long" * 100, "x" * 5000]))
    assert run.code == 0, run.err
    check_portable_tree(run.output)


def test_config_package_name_reserved_on_windows_is_refused_cleanly(tmp_path: Path) -> None:
    run = generate_doc(tmp_path, document(), config={"package": "con"})
    assert run.code == 1, run.err
    (line,) = run.error_lines()
    assert "reserves" in line and "Traceback" not in run.err
    assert not run.output.exists()


@pytest.mark.parametrize(
    "path, reason",
    [
        ("pkg/../x.py", "'..'"),
        ("/abs/x.py", "absolute"),
        ("pkg/a\\b.py", "absolute"),
        ("pkg/C:x.py", "absolute"),
        ("pkg//x.py", "''"),
        ("pkg/./x.py", "'.'"),
        ("pkg/con.py", "reserves"),
        ("pkg/types/AUX.py", "reserves"),
        ("pkg/com1", "reserves"),
        ("pkg/caf\u00e9.py", "portable"),
        ("pkg/a b.py", "portable"),
        ("pkg/" + "x" * 250 + ".py", "longer"),
        ("pkg/x.", "dot"),
    ],
)
def test_unsafe_output_paths_are_refused_before_anything_is_written(path: str, reason: str, tmp_path: Path) -> None:
    from generator.errors import GeneratorError
    from generator.render import RenderedFile
    from generator.write import write_tree

    files = [RenderedFile("pkg/__init__.py", ""), RenderedFile(path, "x = 1\n")]
    with pytest.raises(GeneratorError, match=reason):
        write_tree(tmp_path / "out", files)
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


@pytest.mark.parametrize(
    "paths", [["pkg/a.py", "pkg/A.py"], ["pkg/types/a.py", "pkg/Types/b.py"], ["pkg/x", "pkg/X/y.py"]]
)
def test_paths_differing_only_by_case_are_refused(paths: list[str], tmp_path: Path) -> None:
    from generator.errors import GeneratorError
    from generator.render import RenderedFile
    from generator.write import write_tree

    with pytest.raises(GeneratorError, match="differ only by case"):
        write_tree(tmp_path / "out", [RenderedFile(p, "") for p in paths])


# --- the manifest --------------------------------------------------------------------------------


def small_doc(extra: str = "") -> dict[str, Any]:
    schemas = {"Thing": {"type": "object", "properties": {"name": {"type": "string"}}}}
    if extra:
        schemas[extra] = {"type": "object", "properties": {"v": {"type": "string"}}}
    return document(info={"title": "Writes", "version": "1"}, components={"schemas": schemas})


def test_hand_written_files_survive_and_stale_generated_files_go(tmp_path: Path) -> None:
    spec_folder = tmp_path / "spec"
    output = tmp_path / "out"
    run = generate(write_spec(spec_folder, small_doc("Extra")), output)
    assert run.code == 0, run.err
    package = run.package
    assert (package / "types" / "extra.py").is_file()
    (package / "lib").mkdir()
    (package / "lib" / "helpers.py").write_text("HELP = 1\n", encoding="utf-8")
    (package / "lib" / "empty_dir").mkdir()
    (package / "types" / "custom.py").write_text("CUSTOM = 1\n", encoding="utf-8")
    (package / "lib" / "link.py").symlink_to("helpers.py")
    (package / "lib" / "linked_dir").symlink_to("empty_dir", target_is_directory=True)
    hand_written = {k: v for k, v in tree_bytes(package).items() if k.startswith("lib/") or k == "types/custom.py"}
    mode = stat.S_IMODE(package.stat().st_mode)

    run = generate(write_spec(spec_folder, small_doc()), output)
    assert run.code == 0, run.err
    assert not (package / "types" / "extra.py").exists(), "a file the generator no longer writes is removed"
    after = tree_bytes(package)
    assert {k: v for k, v in after.items() if k in hand_written} == hand_written
    assert (package / "lib" / "empty_dir").is_dir() and (package / "lib" / "linked_dir").is_symlink()
    assert stat.S_IMODE(package.stat().st_mode) == mode


def test_generated_package_folder_is_not_private(tmp_path: Path) -> None:
    """The staging folder comes from mkdtemp (0700); the package must get a normal folder's mode."""
    run = generate_doc(tmp_path, small_doc())
    assert run.code == 0, run.err
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(run.package.stat().st_mode) == 0o777 & ~umask


def test_manifest_entries_cannot_reach_outside_the_package(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n", encoding="utf-8")
    spec = write_spec(tmp_path / "spec", small_doc())
    output = tmp_path / "out"
    assert generate(spec, output).code == 0
    manifest = output / "writes_client" / ".generated-files"
    manifest.write_text(manifest.read_text(encoding="utf-8") + "../../victim.txt\n/etc/hostname\n", encoding="utf-8")
    code, out, err = cli("generate", "--spec", spec, "--output", output, "--check")
    assert "precious" not in out + err
    assert generate(write_spec(tmp_path / "spec", small_doc("More")), output).code == 0
    assert victim.read_text(encoding="utf-8") == "precious\n"


def test_output_that_is_a_file_fails_cleanly(tmp_path: Path) -> None:
    blocker = tmp_path / "out"
    blocker.write_text("not a folder", encoding="utf-8")
    run = generate(write_spec(tmp_path / "spec", small_doc()), blocker)
    assert run.code != 0 and "Traceback" not in run.err
    (line,) = run.error_lines()
    assert "cannot write" in line
    assert blocker.read_text(encoding="utf-8") == "not a folder"


# --- atomic replacement: kill a run ----------------------------------------------------------------


def big_doc(version: int, schemas: int = 60) -> dict[str, Any]:
    props = {f"field_{j}": {"type": "string", "description": f"Field {j} of version {version}."} for j in range(12)}
    components = {
        f"Model{i}": {"type": "object", "description": f"v{version}", "properties": props} for i in range(schemas)
    }
    if version == 2:
        components["OnlyInTwo"] = {"type": "object", "properties": {"x": {"type": "integer"}}}
        del components["Model0"]
    paths = {
        f"/things{i}/{{id}}": {
            "get": {
                "operationId": f"getThing{i}",
                "tags": [f"group{i % 7}"],
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/Model{i + 1}"}}},
                    }
                },
            }
        }
        for i in range(30)
    }
    return document(info={"title": "Atomic", "version": str(version)}, paths=paths, components={"schemas": components})


def start_generator(spec: Path, output: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        generator_argv("generate", "--spec", spec, "--output", output),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=generator_env(),
        start_new_session=True,  # its own process group: black's worker processes die with it
    )


def kill_group(proc: subprocess.Popen[bytes]) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.wait(timeout=30)


def leftovers(output: Path) -> list[str]:
    return sorted(p.name for p in output.iterdir() if p.name.startswith("."))


@pytest.mark.slow
def test_a_killed_run_leaves_the_previous_tree_or_the_new_one_never_a_mix(tmp_path: Path) -> None:
    spec_one = write_spec(tmp_path / "one", big_doc(1))
    spec_two = write_spec(tmp_path / "two", big_doc(2))
    output = tmp_path / "generated"
    reference = tmp_path / "reference"
    # The new tree as a run over the previous one writes it (the package history carries the past).
    assert generate(spec_one, reference).code == 0 and generate(spec_two, reference).code == 0
    helpers = b"def helper() -> int:\n    return 42\n"

    def fresh_previous() -> dict[str, bytes]:
        # Back to version one: a history that has seen version two would refuse it (the past is
        # never rewritten), so it starts again, as the reference tree did.
        (output / "atomic_client" / ".api-history.json").unlink(missing_ok=True)
        assert generate(spec_one, output).code == 0
        package = output / "atomic_client"
        (package / "lib").mkdir(exist_ok=True)
        (package / "lib" / "helpers.py").write_bytes(helpers)
        return tree_bytes(package)

    previous = fresh_previous()
    new = {**tree_bytes(reference / "atomic_client"), "lib/helpers.py": helpers}
    assert previous != new

    started = time.perf_counter()
    proc = start_generator(spec_two, output)
    proc.wait(timeout=120)
    full_run = time.perf_counter() - started
    assert proc.returncode == 0 and tree_bytes(output / "atomic_client") == new
    previous = fresh_previous()

    outcomes = []
    # Kill at fractions of a full run, then the moment the staging folder appears, and just after.
    plans = [("after", full_run * f) for f in (0.3, 0.7)] + [("staging", d) for d in (0, 0.003, 0.015, 0.05)]
    for mode, delay in plans:
        stale = set(os.listdir(output))  # a folder left by an earlier kill is not this run's
        proc = start_generator(spec_two, output)
        staging_seen = False
        if mode == "after":
            time.sleep(delay)
        else:
            deadline = time.monotonic() + 120
            while proc.poll() is None and time.monotonic() < deadline:
                if any(n.startswith(".atomic_client.new-") and n not in stale for n in os.listdir(output)):
                    staging_seen = True
                    break
            time.sleep(delay)
        finished = proc.poll() is not None
        kill_group(proc)
        tree = tree_bytes(output / "atomic_client")
        state = "previous" if tree == previous else "new" if tree == new else "MIXED"
        outcomes.append((mode, delay, staging_seen, finished, state, leftovers(output)))
        assert state != "MIXED", f"killed {mode} {delay:.3f}s: the package is neither tree: {outcomes[-1]}"
        assert all(name.startswith(".atomic_client.new-") for name in leftovers(output)), outcomes[-1]
        if state == "new":
            previous = fresh_previous()
    print("\n".join(map(str, outcomes)))
    assert any(seen and state == "previous" for _, _, seen, _, state, _ in outcomes), (
        "no kill landed while the new tree was being written; the test did not test the write",
        outcomes,
    )
    # The next run recovers: the new tree, complete, and nothing left over.
    run = generate(spec_two, output)
    assert run.code == 0, run.err
    assert tree_bytes(output / "atomic_client") == new
    assert leftovers(output) == []


_KILL_BETWEEN_RENAMES = """
import os, sys
from pathlib import Path
import generator.write_atomic as write_atomic
write_atomic._exchange = lambda first, second: False   # as on a system without renameat2
real_rename = os.rename
calls = []
def rename(src, dst):
    calls.append((src, dst))
    real_rename(src, dst)
    if len(calls) == 1 and ".old-" in str(dst):
        os._exit(9)                             # killed between the two renames
os.rename = rename
from generator.cli import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.slow
def test_without_atomic_exchange_a_run_killed_between_renames_is_recovered(tmp_path: Path) -> None:
    spec_one = write_spec(tmp_path / "one", small_doc())
    spec_two = write_spec(tmp_path / "two", small_doc("Added"))
    output = tmp_path / "generated"
    assert generate(spec_one, output).code == 0
    (output / "writes_client" / "lib").mkdir()
    (output / "writes_client" / "lib" / "helpers.py").write_text("X = 1\n", encoding="utf-8")
    previous = tree_bytes(output / "writes_client")
    proc = subprocess.run(
        [PYTHON, "-c", _KILL_BETWEEN_RENAMES, "generate", "--spec", str(spec_two), "--output", str(output)],
        env=generator_env(),
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 9, proc.stderr
    assert not (output / "writes_client").exists()
    (retired,) = [p for p in output.iterdir() if p.name.startswith(".writes_client.old-")]
    assert tree_bytes(retired) == previous

    from generator.write_atomic import recover_interrupted

    recover_interrupted(output, "writes_client")
    assert tree_bytes(output / "writes_client") == previous and leftovers(output) == []
    assert generate(spec_two, output).code == 0
    assert (output / "writes_client" / "types" / "added.py").is_file()
    assert (output / "writes_client" / "lib" / "helpers.py").read_text(encoding="utf-8") == "X = 1\n"
