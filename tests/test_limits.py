"""Bounded work on hostile documents (README "Limits").

Each limit (YAML anchors/aliases, 32 MiB, nesting depth 128, 256 files) must stop the generator
with exit code 1 or 2, one `FILE:LINE:COL: error: POINTER: message` line, no traceback and nothing
written. "Quickly" is proven by the work done, never by a clock:
- every document ends in text that no YAML or JSON parser accepts (`BROKEN_TAIL`, or brackets
  that are never closed), placed after the point where the limit is hit: had the generator parsed
  (let alone built) the whole document before refusing it, the error would be about that text;
- the 257th file is refused before it is opened (an audit hook sees every file opened);
- the largest documents are refused by a fresh process that stays under 200 MiB of memory.
These run in-process, except the memory bound, which needs a process of its own. What the
refusals cost in time is for `bench/limits.py` to print, not for a test to judge.
Valid cyclic `$ref`s still generate recursive models, and long `$ref` chains end well.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any, Callable, Iterator

import pytest

from tests.hostile import (
    cli,
    document,
    generate_doc,
    generator_argv,
    imported,
    run_with_peak_memory,
    write_spec,
)

MAX_MIB = 200
ERROR_LINE = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+):(?P<col>\d+): error: (?P<pointer>#|/\S*): (?P<message>.+)$")
# Not YAML (an unclosed flow sequence) and not JSON: a parser that gets this far reports it.
BROKEN_TAIL = "x-broken-tail: [never closed\n"

BILLION_LAUGHS = (
    "openapi: 3.1.0\n"
    "info: {title: bomb, version: '1'}\n"
    "paths: {}\n"
    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    + "".join(f"{n}: &{n} [{','.join([f'*{p}'] * 9)}]\n" for p, n in zip("abcdefghi", "bcdefghij"))
    + "x-bomb: *j\n"
)  # 10 levels of 9 aliases: 9**10 laughs once expanded


def late_alias_document() -> str:
    """A megabyte of plain YAML, then an anchor, then text that does not parse."""
    filler = "".join(f"  S{i}: {{type: string, description: 'some text to fill the document'}}\n" for i in range(16000))
    return f"openapi: 3.1.0\nx-filler:\n{filler}x-late: &late 1\n{BROKEN_TAIL}"


def refusal(spec: Path, tmp_path: Path, expected_code: int) -> re.Match[str]:
    """Run the generator in this process on `spec`; check the refusal; return its parsed error line."""
    output = tmp_path / "out"
    code, out, err = cli("generate", "--spec", spec, "--output", output)
    assert "Traceback" not in err and "RecursionError" not in err, err[-2000:]
    assert code == expected_code, err
    lines = err.strip().splitlines()
    assert len(lines) == 1, lines
    match = ERROR_LINE.match(lines[0])
    assert match, lines[0]
    assert (
        "x-broken-tail" not in lines[0] and "invalid" not in match["message"]
    ), f"the whole document was parsed before the refusal: {lines[0]}"
    assert not output.exists(), "nothing may be written"
    return match


# --- YAML anchors and aliases -------------------------------------------------------------------


def test_billion_laughs_is_refused_at_its_first_anchor(tmp_path: Path) -> None:
    spec = tmp_path / "bomb.yaml"
    spec.write_text(BILLION_LAUGHS + BROKEN_TAIL, encoding="utf-8")
    assert len(BILLION_LAUGHS.encode()) <= 465
    error = refusal(spec, tmp_path, expected_code=1)
    assert "anchors and aliases" in error["message"] and error["line"] == "4" and error["pointer"] == "/a", error[0]


@pytest.mark.parametrize(
    "text, pointer",
    [
        ("openapi: 3.1.0\ninfo: &i {title: t, version: '1'}\npaths: {}\n", "/info"),
        ("openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\nx-a: [1, 2]\nx-b:\n  <<: *a\n", "/x-b/<<"),
        ("openapi: 3.1.0\ninfo:\n  title: &t t\n  version: '1'\npaths: {}\n", "/info/title"),
        ("openapi: 3.1.0\npaths:\n  /a:\n    - &x {a: 1}\n    - *x\n", "/paths/~1a/0"),
    ],
    ids=["anchor-on-mapping", "merge-key-alias", "anchor-on-scalar", "anchor-in-sequence"],
)
def test_every_anchor_or_alias_is_refused_with_its_pointer(text: str, pointer: str, tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(text, encoding="utf-8")
    code, out, err = cli("generate", "--spec", spec, "--output", tmp_path / "out")
    assert code == 1, err
    (line,) = err.strip().splitlines()
    match = ERROR_LINE.match(line)
    assert match and match["pointer"] == pointer and "anchors and aliases" in line, line


def test_alias_after_a_megabyte_of_yaml_is_refused_before_anything_is_built(tmp_path: Path) -> None:
    """The anchor comes last, so the refusal cannot come early; it must still come before the
    document is built (and before the broken text after the anchor is reached)."""
    spec = tmp_path / "late.yaml"
    spec.write_text(late_alias_document(), encoding="utf-8")
    assert spec.stat().st_size > 2**20
    error = refusal(spec, tmp_path, expected_code=1)
    assert "anchors and aliases" in error["message"] and error["pointer"] == "/x-late", error[0]
    assert error["line"] == "16003", "the error points at the anchor"


# --- size ---------------------------------------------------------------------------------------


def over_32_mib(fmt: str) -> str:
    """Just over 32 MiB, and not even a whole document: a string that is never closed."""
    padding = "a" * (32 * 2**20)
    return '{"openapi": "3.1.0", "x-pad": "' + padding if fmt == "json" else f'openapi: 3.1.0\nx-pad: "{padding}'


@pytest.mark.parametrize("fmt", ["json", "yaml"])
def test_document_over_32_mib_is_refused_unparsed(fmt: str, tmp_path: Path) -> None:
    spec = tmp_path / f"big.{fmt}"
    spec.write_text(over_32_mib(fmt), encoding="utf-8")
    error = refusal(spec, tmp_path, expected_code=2)
    assert "over the limit of 33554432 bytes" in error["message"], error[0]


def test_size_limit_boundary(tmp_path: Path) -> None:
    from generator.errors import UnreadableInput
    from generator.parse import Limits, read_document

    text = json.dumps({"openapi": "3.1.0", "pad": "x" * 100})
    spec = tmp_path / "spec.json"
    spec.write_text(text, encoding="utf-8")
    size = len(text.encode())
    assert read_document(spec, "spec.json", Limits(max_bytes=size)).data["pad"] == "x" * 100
    with pytest.raises(UnreadableInput, match="over the limit"):
        read_document(spec, "spec.json", Limits(max_bytes=size - 1))


def test_a_device_or_endless_file_is_read_no_further_than_the_limit(tmp_path: Path) -> None:
    from generator.errors import UnreadableInput
    from generator.parse import Limits, read_document

    with pytest.raises(UnreadableInput, match="over the limit"):
        read_document(Path("/dev/zero"), "/dev/zero", Limits(max_bytes=2**20))


# --- nesting depth ------------------------------------------------------------------------------

# The deep documents open their brackets and never close them: a parser that reached the end
# would report the missing brackets, not the depth. The shallow ones are complete documents.
DEEP_DOCUMENTS: dict[str, Callable[[], str]] = {
    "JSON arrays opened 1,000,000 times": lambda: '{"openapi": "3.1.0", "x": ' + "[" * 10**6,
    "JSON objects opened 100,000 times": lambda: '{"openapi": "3.1.0", "x": ' + '{"a": ' * 10**5,
    "JSON nested 129 deep": lambda: '{"openapi": "3.1.0", "x": ' + "[" * 128 + "]" * 128 + "}",
    "JSON nested 500 deep": lambda: '{"openapi": "3.1.0", "x": ' + "[" * 499 + "]" * 499 + "}",
    "YAML flow sequences opened 1,000,000 times": lambda: "openapi: 3.1.0\nx: " + "[" * 10**6,
    "YAML block nested 200 deep": lambda: "openapi: 3.1.0\nx:\n"
    + "".join(" " * i + f"k{i}:\n" for i in range(1, 200))
    + " " * 200
    + "v: 1\n"
    + BROKEN_TAIL,
    "JSON of 32 MiB, all opening brackets": lambda: "[" * (32 * 2**20),
}


def write_document(folder: Path, text: str) -> Path:
    spec = folder / ("spec.json" if text.startswith(("{", "[")) else "spec.yaml")
    spec.write_text(text, encoding="utf-8")
    return spec


@pytest.mark.parametrize("name", DEEP_DOCUMENTS)
def test_nesting_deeper_than_128_is_refused_before_the_end(name: str, tmp_path: Path) -> None:
    spec = write_document(tmp_path, DEEP_DOCUMENTS[name]())
    error = refusal(spec, tmp_path, expected_code=2)
    assert "nesting deeper than the limit of 128" in error["message"], error[0]
    assert error["pointer"].count("/") >= 128, "the pointer names the node that is too deep"


def test_nesting_of_exactly_128_is_accepted(tmp_path: Path) -> None:
    from generator.parse import Limits, read_document

    spec = tmp_path / "spec.json"
    spec.write_text("[" * 128 + "]" * 128, encoding="utf-8")
    read_document(spec, "spec.json", Limits())
    spec.write_text("[" * 129 + "]" * 129, encoding="utf-8")
    with pytest.raises(Exception, match="nesting deeper"):
        read_document(spec, "spec.json", Limits())


# --- memory --------------------------------------------------------------------------------------

# The largest inputs the limits let through to a parser, and the largest one they do not.
BIG_DOCUMENTS: dict[str, tuple[Callable[[], str], int]] = {
    "JSON of 32 MiB, all opening brackets": (DEEP_DOCUMENTS["JSON of 32 MiB, all opening brackets"], 2),
    "YAML flow sequences opened 1,000,000 times": (DEEP_DOCUMENTS["YAML flow sequences opened 1,000,000 times"], 2),
    "alias after a megabyte of YAML": (late_alias_document, 1),
    "YAML over 32 MiB": (lambda: over_32_mib("yaml"), 2),
}


@pytest.mark.slow
@pytest.mark.parametrize("name", BIG_DOCUMENTS)
def test_big_hostile_documents_are_refused_within_200_mib(name: str, tmp_path: Path) -> None:
    """Peak resident memory of a fresh `python -m generator` (interpreter and imports included):
    a bound on the work done that no amount of load on the machine changes."""
    make, expected_code = BIG_DOCUMENTS[name]
    spec = write_document(tmp_path, make())
    result = run_with_peak_memory(generator_argv("generate", "--spec", spec, "--output", tmp_path / "out"))
    assert result.code == expected_code, result.err[-2000:]
    assert len(result.err.strip().splitlines()) == 1 and "Traceback" not in result.err, result.err[-2000:]
    assert result.peak_mib < MAX_MIB, f"{name}: peak RSS {result.peak_mib:.0f} MiB"
    assert not (tmp_path / "out").exists()


# --- files -------------------------------------------------------------------------------------


class OpenedFiles:
    """Every file opened while `recording()` is active, seen by a Python audit hook (it sees each
    `open`, whoever calls it). Audit hooks cannot be removed: this one records only when asked."""

    def __init__(self) -> None:
        self._paths: list[str] | None = None
        sys.addaudithook(self._hook)

    @contextlib.contextmanager
    def recording(self) -> Iterator[set[Path]]:
        """Yields a set that holds, once the block is left, every path opened in it (resolved)."""
        self._paths = paths = []
        resolved: set[Path] = set()
        try:
            yield resolved
        finally:
            self._paths = None
            resolved.update(Path(path).resolve() for path in paths)

    def _hook(self, event: str, args: tuple[Any, ...]) -> None:
        if self._paths is not None and event == "open" and isinstance(args[0], (str, bytes, os.PathLike)):
            self._paths.append(os.fsdecode(args[0]))


OPENED_FILES = OpenedFiles()


def test_the_257th_referenced_file_is_refused_unopened(tmp_path: Path) -> None:
    folder = tmp_path / "spec"
    schemas = {}
    for i in range(257):
        write_spec(folder / "parts", {"S": {"type": "object", "properties": {"v": {"type": "string"}}}}, name=f"f{i}")
        schemas[f"S{i}"] = {"$ref": f"parts/f{i}.json#/S"}
    spec = write_spec(folder, document(components={"schemas": schemas}))
    with OPENED_FILES.recording() as opened:
        code, out, err = cli("generate", "--spec", spec, "--output", tmp_path / "out")
    assert code == 1, err
    errors = [line for line in err.splitlines() if ": error: " in line]
    assert len(errors) == 1 and "more than 256 files" in errors[0], err
    # The root document is one of the 256: the 256th reference is the one too many.
    assert ERROR_LINE.match(errors[0]) and "/components/schemas/S255" in errors[0], errors[0]
    assert "Traceback" not in err and not (tmp_path / "out").exists()
    assert spec.resolve() in opened, "the audit hook saw the root document being read"
    parts_read = {path.name for path in opened if path.parent == (folder / "parts").resolve()}
    beyond = parts_read - {f"f{i}.json" for i in range(255)}
    assert not beyond, f"files beyond the 256th were opened: {sorted(beyond)}"


def test_256_referenced_files_are_fine(tmp_path: Path) -> None:
    folder = tmp_path / "spec"
    schemas = {}
    for i in range(255):  # the root document is the 256th
        write_spec(folder / "parts", {"S": {"type": "string", "enum": [f"v{i}"]}}, name=f"f{i}")
        schemas[f"S{i}"] = {"$ref": f"parts/f{i}.json#/S"}
    schemas["All"] = {
        "type": "object",
        "properties": {f"p{i}": {"$ref": f"#/components/schemas/S{i}"} for i in range(255)},
    }
    run = generate_doc(tmp_path, document(components={"schemas": schemas}))
    assert run.code == 0, run.err


# --- other values no parser should be made to build ----------------------------------------------


@pytest.mark.parametrize("fmt", ["json", "yaml"])
def test_integer_too_long_to_convert_is_refused(fmt: str, tmp_path: Path) -> None:
    digits = "7" * 5000
    if fmt == "json":
        text = '{"openapi": "3.1.0",\n "x": ' + digits + "}"
    else:
        text = "openapi: 3.1.0\nx: " + digits + "\n"
    spec = tmp_path / f"spec.{fmt}"
    spec.write_text(text, encoding="utf-8")
    code, out, err = cli("generate", "--spec", spec, "--output", tmp_path / "out")
    assert code == 2, err
    (line,) = err.strip().splitlines()
    assert ERROR_LINE.match(line) and ":2:" in line, line


# --- $ref chains and cycles ----------------------------------------------------------------------


def chain(kind: str, length: int) -> dict[str, Any]:
    schemas: dict[str, Any] = {}
    for i in range(length):
        target = f"#/components/schemas/S{i + 1}"
        if kind == "alias":
            schemas[f"S{i}"] = {"$ref": target}
        elif kind == "object":
            schemas[f"S{i}"] = {"type": "object", "properties": {"next": {"$ref": target}}}
        else:
            schemas[f"S{i}"] = {"type": "array", "items": {"$ref": target}}
    schemas[f"S{length}"] = {"type": "object", "properties": {"leaf": {"type": "string"}}}
    schemas["Top"] = {"type": "object", "properties": {"start": {"$ref": "#/components/schemas/S0"}}}
    return document(components={"schemas": schemas})


@pytest.mark.parametrize("kind, length", [("alias", 1000), ("object", 400), ("array", 400), ("object", 100)])
def test_long_ref_chains_generate_or_fail_clearly(kind: str, length: int, tmp_path: Path) -> None:
    """A long chain of `$ref`s (each schema using the next) is valid OpenAPI: the generator either
    writes it or refuses it with one clear line that points into the chain, never a traceback."""
    run = generate_doc(tmp_path, chain(kind, length))
    assert "Traceback" not in run.err
    if run.code == 0:
        return
    assert run.code == 1, run.err
    (line,) = run.error_lines()
    match = ERROR_LINE.match(line)
    assert match, line
    assert match["pointer"].startswith("/components/schemas/"), f"the error must point into the chain: {line}"


def too_deep_refusal(schemas: dict[str, Any], tmp_path: Path) -> tuple[re.Match[str], list[str]]:
    """Generate `schemas`, written as YAML; the one error line, parsed, and the spec's lines."""
    run = generate_doc(tmp_path, document(components={"schemas": schemas}), fmt="yaml")
    assert "Traceback" not in run.err and "RecursionError" not in run.err, run.err[-2000:]
    assert run.code == 1, run.err
    (line,) = run.error_lines()
    match = ERROR_LINE.match(line)
    assert match, line
    assert not run.output.exists(), "nothing may be written"
    return match, (tmp_path / "spec" / "openapi.yaml").read_text(encoding="utf-8").splitlines()


@pytest.mark.parametrize("kind", ["plain", "all_of"])
def test_ref_chain_longer_than_the_limit_is_refused_at_the_reference(kind: str, tmp_path: Path) -> None:
    """`S0: {$ref: S1}`, `S1: {$ref: S2}` ... (or `S0: {allOf: [{$ref: S1}, {...}]}` ..., an
    inheritance chain) past MAX_REF_DEPTH: one error that names the reference one too many and
    points at it, in the document and by line."""
    from generator.build_refs import MAX_REF_DEPTH

    length = MAX_REF_DEPTH + 20
    schemas: dict[str, Any] = {}
    for i in range(length):
        if kind == "plain":
            schemas[f"S{i}"] = ref(f"S{i + 1}")
        else:
            schemas[f"S{i}"] = {"allOf": [ref(f"S{i + 1}"), obj(**{f"p{i}": {"type": "integer"}})]}
    schemas[f"S{length}"] = obj()
    error, lines = too_deep_refusal(schemas, tmp_path)
    too_many = f"S{MAX_REF_DEPTH + 1}"
    assert f"$ref '#/components/schemas/{too_many}'" in error["message"], error[0]
    assert f"more than {MAX_REF_DEPTH} references deep" in error["message"], error[0]
    holder = f"/components/schemas/S{MAX_REF_DEPTH}" + ("" if kind == "plain" else "/allOf/0")
    assert error["pointer"] == holder, error[0]
    assert f"'#/components/schemas/{too_many}'" in lines[int(error["line"]) - 1], "located at the $ref"


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def obj(**properties: Any) -> dict[str, Any]:
    return {"type": "object", "properties": {"name": {"type": "string"}, **properties}}


# case -> (schemas, the model to validate with, a recursive field, a nested value for it)
CYCLES: dict[str, tuple[dict[str, Any], str, str, Any]] = {
    "self": ({"Node": obj(children={"type": "array", "items": ref("Node")})}, "Node", "children", [{"name": "in"}]),
    "mutual": ({"A": obj(b=ref("B")), "B": obj(a=ref("A"))}, "A", "b", {"name": "in", "a": {"name": "deeper"}}),
    "through_map": (
        {"Tree": obj(kids={"type": "object", "additionalProperties": ref("Tree")})},
        "Tree",
        "kids",
        {"k": {"name": "in"}},
    ),
    "through_all_of": (
        {"Base": obj(), "Item": {"allOf": [ref("Base"), {"type": "object", "properties": {"parent": ref("Item")}}]}},
        "Item",
        "parent",
        {"name": "in"},
    ),
    "through_one_of": (
        {"Expr": obj(arg={"oneOf": [ref("Expr"), {"type": "integer"}]})},
        "Expr",
        "arg",
        {"name": "in", "arg": 3},
    ),
    "three_way": (
        {"X": obj(y=ref("Y")), "Y": obj(z=ref("Z")), "Z": obj(x=ref("X"))},
        "X",
        "y",
        {"name": "in", "z": {"name": "deeper", "x": {"name": "deepest"}}},
    ),
}


@pytest.mark.parametrize("case", sorted(CYCLES))
def test_valid_cyclic_refs_generate_recursive_models(case: str, tmp_path: Path) -> None:
    schemas, model_name, field, value = CYCLES[case]
    run = generate_doc(tmp_path, document(components={"schemas": schemas}))
    assert run.code == 0, run.err
    with imported(run.output, run.package.name) as modules:
        classes = {
            cls.__name__: cls
            for name, module in modules.items()
            for cls in vars(module).values()
            if isinstance(cls, type) and cls.__module__ == name
        }
        model = classes[model_name]
        instance = model.model_validate({"name": "outer", field: value})
        assert instance.model_dump(exclude_none=True, by_alias=True) == {"name": "outer", field: value}
        inner = getattr(instance, field)
        inner = inner[0] if isinstance(inner, list) else inner["k"] if isinstance(inner, dict) else inner
        assert type(inner).__name__ in classes, f"{field} did not become a generated model: {inner!r}"


def test_alias_only_cycle_fails_clearly(tmp_path: Path) -> None:
    """`A: {$ref: B}`, `B: {$ref: A}` describes nothing; it must not hang or crash."""
    doc = document(
        components={
            "schemas": {
                "A": {"$ref": "#/components/schemas/B"},
                "B": {"$ref": "#/components/schemas/A"},
                "User": {"type": "object", "properties": {"a": {"$ref": "#/components/schemas/A"}}},
            }
        }
    )
    run = generate_doc(tmp_path, doc)
    assert "Traceback" not in run.err
    assert run.code in (0, 1), run.err


@pytest.mark.slow
def test_the_limits_benchmark_runs() -> None:
    """`bench/limits.py --smoke` (one tiny case, once) keeps the benchmark from rotting. The
    numbers it prints are not looked at: they depend on the machine and its load."""
    bench = Path(__file__).resolve().parent.parent / "bench" / "limits.py"
    result = subprocess.run([sys.executable, str(bench), "--smoke"], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    rows = [line for line in result.stdout.splitlines() if line.startswith("| alias bomb")]
    assert len(rows) == 1 and "| yes |" in rows[0], result.stdout
