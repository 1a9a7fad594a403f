"""Golden output trees: what the generator writes for each fixture in tests/fixtures/.

    python -m tests.golden_tool refresh   # rewrite tests/golden/ (what `make golden` runs)
    python -m tests.golden_tool diff      # print how today's output differs; exit 1 if it does

Layout: `tests/fixtures/<stem>.yaml` -> `tests/golden/<stem>/<stem>_client/...`. A description split
over several files is a folder, `tests/fixtures/<stem>/openapi.yaml` being its root document (its
`$ref`s may only reach files in that folder). The package is
named `<stem>_client` through a throw-away config holding only `package: <stem>_client`, unless the
fixture brings its own `tests/fixtures/<stem>.config.yaml` (then that config is used as it is).

A golden tree holds only what the templates render (plus the `.generated-files` manifest): a file
whose bytes equal the file of the same relative path in `templates/runtime/` is the hand-written
runtime copied verbatim, and is left out, so that editing the runtime does not churn every tree.
"Equal" also accepts the runtime file as the generator's black pass would print it, since the
generator formats every Python file it writes, runtime copies included. (Adding or removing a
runtime file does change each tree's manifest, on purpose.)

Generation runs in-process through `generator.cli.main`, the same entry point as the command line.
"""

from __future__ import annotations

import difflib
import functools
import shutil
import sys
import tempfile
from pathlib import Path

from generator.formatting import format_files
from generator.render import RenderedFile

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "tests" / "fixtures"
GOLDEN = REPO / "tests" / "golden"
RUNTIME = REPO / "templates" / "runtime"
CONFIG_SUFFIX = ".config.yaml"
# The root document of a multi-file fixture, `tests/fixtures/<stem>/openapi.yaml`.
ROOT_DOCUMENT = "openapi.yaml"
# Caches that tools may leave beside generated code; never part of an output tree.
IGNORED_PARTS = frozenset({"__pycache__", ".mypy_cache", ".pytest_cache"})


def fixture_stems() -> list[str]:
    """Every fixture, by stem: `objects` for objects.yaml, `multi_file` for multi_file/openapi.yaml;
    configs are not fixtures, and neither are the other files of a multi-file fixture."""
    documents = {p.name[: -len(".yaml")] for p in FIXTURES.glob("*.yaml") if not p.name.endswith(CONFIG_SUFFIX)}
    folders = {p.parent.name for p in FIXTURES.glob(f"*/{ROOT_DOCUMENT}")}
    return sorted(documents | folders)


def fixture_spec(stem: str) -> Path:
    """The fixture's root document: `<stem>/openapi.yaml` for a folder, else `<stem>.yaml`."""
    root = FIXTURES / stem / ROOT_DOCUMENT
    return root if root.is_file() else FIXTURES / f"{stem}.yaml"


def fixture_config(stem: str, workdir: Path) -> Path:
    """The fixture's own config, or a new one in `workdir` that only names the package."""
    own = FIXTURES / f"{stem}{CONFIG_SUFFIX}"
    if own.is_file():
        return own
    config = workdir / f"{stem}{CONFIG_SUFFIX}"
    config.write_text(f"package: {stem}_client\n", encoding="utf-8")
    return config


def run_generator(argv: list[str]) -> tuple[int, str, str]:
    """`python -m generator ARGV` in-process: (exit code, stdout, stderr). Through tests.hostile's
    `cli`, which hands each distinct text to black once per process and builds the built-in Jinja
    environment once: the same bytes as a fresh run (black is deterministic), for a fraction of the
    time, since the runtime files are the same in every package."""
    from tests.hostile import cli

    return cli(*argv)


def generate_fixture(stem: str, output: Path) -> None:
    """Write the fixture's package under `output` (as `python -m generator generate` would)."""
    output.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="golden-config-") as workdir:
        config = fixture_config(stem, Path(workdir))
        argv = ["generate", "--spec", str(fixture_spec(stem)), "--config", str(config), "--output", str(output)]
        code, out, err = run_generator(argv)
    if code != 0:
        raise RuntimeError(f"generating fixture {stem!r} failed with exit code {code}:\n{out}{err}")


def read_tree(root: Path) -> dict[str, bytes]:
    """Every file under `root` as {posix path relative to root: bytes}, caches left out."""
    if not root.is_dir():
        return {}
    tree = {}
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if path.is_file() and not IGNORED_PARTS.intersection(rel.parts) and path.suffix != ".pyc":
            tree[rel.as_posix()] = path.read_bytes()
    return tree


def runtime_snapshot() -> dict[str, bytes]:
    """templates/runtime/ as {relative path: bytes}."""
    return read_tree(RUNTIME)


def is_runtime_copy(rel: str, data: bytes, runtime: dict[str, bytes]) -> bool:
    """`<package>/<x>` equal, byte for byte, to `templates/runtime/<x>` (as is, or black-formatted)."""
    parts = rel.split("/", 1)
    return len(parts) == 2 and parts[1] in runtime and data in _runtime_versions(parts[1], runtime[parts[1]])


@functools.lru_cache(maxsize=None)
def _runtime_versions(rel: str, source: bytes) -> frozenset[bytes]:
    if not rel.endswith(".py"):
        return frozenset({source})
    try:
        (formatted,) = format_files([RenderedFile(rel, source.decode("utf-8"))])
    except Exception:  # not valid Python (or not UTF-8): only the verbatim copy can match
        return frozenset({source})
    return frozenset({source, formatted.text.encode("utf-8")})


def rendered_tree(output: Path, runtime: dict[str, bytes]) -> dict[str, bytes]:
    """The generated tree under `output` without the verbatim runtime copies."""
    return {rel: data for rel, data in read_tree(output).items() if not is_runtime_copy(rel, data, runtime)}


def actual_tree(stem: str) -> dict[str, bytes]:
    """What the golden tree of `stem` should hold, generated now."""
    for _attempt in range(3):  # the runtime is compared as the generator read it
        runtime = runtime_snapshot()
        with tempfile.TemporaryDirectory(prefix=f"golden-{stem}-") as tmp:
            generate_fixture(stem, Path(tmp))
            tree = rendered_tree(Path(tmp), runtime)
        if runtime_snapshot() == runtime:
            return tree
    raise RuntimeError(f"{RUNTIME} kept changing while fixture {stem!r} was generated")


def expected_tree(stem: str) -> dict[str, bytes]:
    return read_tree(GOLDEN / stem)


def tree_diff(expected: dict[str, bytes], actual: dict[str, bytes], label: str = "") -> str:
    """A unified diff from `expected` to `actual` ('' when they are identical)."""
    prefix = f"{label}/" if label else ""
    chunks: list[str] = []
    for rel in sorted(set(expected) | set(actual)):
        old, new = expected.get(rel), actual.get(rel)
        if old == new:
            continue
        old_lines = _lines(old)
        new_lines = _lines(new)
        chunks.extend(
            difflib.unified_diff(
                old_lines,
                new_lines,
                fromfile=f"a/{prefix}{rel}" if old is not None else "/dev/null",
                tofile=f"b/{prefix}{rel}" if new is not None else "/dev/null",
            )
        )
        if old is not None and new is not None and old_lines == new_lines:
            chunks.append(f"Binary or line-ending difference in {prefix}{rel}\n")
    return "".join(c if c.endswith("\n") else c + "\n\\ No newline at end of file\n" for c in chunks)


def _lines(data: bytes | None) -> list[str]:
    return [] if data is None else data.decode("utf-8", errors="replace").splitlines(keepends=True)


def fixture_diff(stem: str) -> str:
    """How today's output for fixture `stem` differs from tests/golden/<stem>/ ('' when in sync)."""
    return tree_diff(expected_tree(stem), actual_tree(stem), label=f"tests/golden/{stem}")


def refresh() -> list[str]:
    """Delete and rewrite every golden tree (trees of fixtures that no longer exist go too)."""
    trees = {stem: actual_tree(stem) for stem in fixture_stems()}  # generate all before deleting
    GOLDEN.mkdir(parents=True, exist_ok=True)
    for old in GOLDEN.iterdir():
        if old.is_dir():
            shutil.rmtree(old)
    for stem, tree in trees.items():
        for rel, data in tree.items():
            target = GOLDEN / stem / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
    return sorted(trees)


def diff() -> str:
    """Differences for every fixture, plus golden trees that have no fixture."""
    stems = fixture_stems()
    chunks = [fixture_diff(stem) for stem in stems]
    if GOLDEN.is_dir():
        for orphan in sorted(p.name for p in GOLDEN.iterdir() if p.is_dir() and p.name not in stems):
            chunks.append(tree_diff(read_tree(GOLDEN / orphan), {}, label=f"tests/golden/{orphan}"))
    return "".join(chunks)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args == ["refresh"]:
        stems = refresh()
        print(f"rewrote {len(stems)} golden tree(s) in {GOLDEN.relative_to(REPO)}: {', '.join(stems)}")
        return 0
    if args == ["diff"]:
        text = diff()
        sys.stdout.write(text)
        if text:
            print("golden trees are out of date: review the diff, then run `make golden`", file=sys.stderr)
            return 1
        print("golden trees are in sync", file=sys.stderr)
        return 0
    print("usage: python -m tests.golden_tool {refresh|diff}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
