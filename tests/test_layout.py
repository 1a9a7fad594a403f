"""Templates print black's own layout, so black's first pass changes nothing.

black formats a file a second time only when its first pass changed something, so output that
is already in black's layout costs half as much to format. These tests hold the pieces that make
it so (the `layout` of long lines, docstrings, string literals) to black itself on many random
inputs, and every golden tree to "black changed nothing".
"""

from __future__ import annotations

import random
from pathlib import Path

import black
import pytest

from generator.layout import layout
from generator.manifest import parse_manifest
from generator.render import docstring, pyrepr

MODE = black.Mode(target_versions={black.TargetVersion.PY310}, line_length=120)
GOLDEN = Path(__file__).resolve().parent / "golden"


def random_type(rng: random.Random, depth: int = 0) -> str:
    roll = rng.random()
    if depth > 3 or roll < 0.3:
        return rng.choice(["A", "SomeModel", "VeryLongModelNameForTesting" * rng.randint(1, 2), "str", "int"])
    if roll < 0.45:
        values = ", ".join('"' + "x" * rng.randint(1, 25) + '"' for _ in range(rng.randint(1, 14)))
        return f"Literal[{values}]"
    if roll < 0.6:
        return f"List[{random_type(rng, depth + 1)}]"
    if roll < 0.7:
        return f"Optional[{random_type(rng, depth + 1)}]"
    if roll < 0.8:
        return f"Dict[str, {random_type(rng, depth + 1)}]"
    return "Union[" + ", ".join(random_type(rng, depth + 1) for _ in range(rng.randint(2, 4))) + "]"


# (code before the line, its indentation, the line, code after it, is it an assignment)
CONTEXTS = {
    "parameter": ("class C:\n    def f(\n        self,\n        *,\n", 8, "{n}: Union[{t}, NotGiven] = NOT_GIVEN,", "\n    ) -> None:\n        pass\n", False),
    "field with default": ("class C(BaseModel):\n", 4, '{n}: {t} = "default value"', "\n", True),
    "field": ("class C(BaseModel):\n", 4, "{n}: {t}", "\n", True),
    "return annotation": ("class C:\n    def f(\n        self,\n", 4, ") -> {t}:", "\n        pass\n", False),
    "call": ("def f():\n", 4, "return cast({t}, self._request(_spec, cast_to={t}))", "\n", False),
}  # fmt: skip


@pytest.mark.parametrize("context", sorted(CONTEXTS))
def test_long_lines_are_laid_out_as_black_lays_them_out(context: str) -> None:
    before, indent, pattern, after, assignment = CONTEXTS[context]
    rng = random.Random(context)
    checked = 0
    while checked < 150:
        line = pattern.format(n=rng.choice(["x", "selects", "a_rather_long_parameter_name"]), t=random_type(rng))
        if indent + len(line) <= 120:
            continue
        checked += 1
        source = before + " " * indent + line + after
        ours = before + " " * indent + layout(line, indent, assignment=assignment) + after
        assert ours == black.format_str(source, mode=MODE), source


def test_lines_that_fit_are_left_alone() -> None:
    line = 'x: Literal["a", "b"] = None'
    assert layout(line, 4, assignment=True) == line


def test_docstrings_are_what_black_prints() -> None:
    rng = random.Random(7)
    pieces = ["word", " ", "  ", "\t", "\n", "\n  ", "\n\t", "\\", '"', "'", "\xa0", "é", "\x0b", "- item", "\r\n"]
    checked = 0
    for _ in range(1500):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        if not text.strip():
            continue
        for indent, shape in ((4, "def f():\n    {d}\n    return 1\n"), (8, "class C:\n    def f(self):\n        {d}\n")):
            source = shape.format(d=docstring(text, indent))
            assert black.format_str(source, mode=MODE) == source, repr(text)
            checked += 1
    assert checked > 2000


def test_string_literals_use_the_quotes_black_chooses() -> None:
    rng = random.Random(3)
    alphabet = ["a", "'", '"', "\\", "\n", "\x00", "é", "\u2028"]
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 6)))
        literal = pyrepr(text)
        assert eval(literal) == text  # noqa: S307 - our own literal, checked for round trip
        source = f"x = {literal}\n"
        assert black.format_str(source, mode=MODE) == source, repr(text)


@pytest.mark.parametrize("manifest", sorted(GOLDEN.glob("*/*/.generated-files")), ids=lambda p: p.parent.parent.name)
def test_black_changes_nothing_the_templates_render(manifest: Path) -> None:
    """Each golden manifest records the digest of the rendered and of the written text."""
    parsed = parse_manifest(manifest.read_text(encoding="utf-8"), str(manifest), _formatter(manifest), lambda n: True)
    assert parsed.entries, f"{manifest}: no trusted entries ({parsed.warnings})"
    reformatted = [name for name, entry in parsed.entries.items() if entry.rendered != entry.written]
    assert reformatted == [], f"black had to change these rendered files: {reformatted}"


def test_the_runtime_is_what_black_prints_with_the_formatter_it_names() -> None:
    """Built-in runtime files are copied without formatting when black is the one named."""
    from generator.formatting import RUNTIME_FORMATTED_WITH, formatter_identity

    assert formatter_identity() == RUNTIME_FORMATTED_WITH, "update RUNTIME_FORMATTED_WITH with black"
    runtime = sorted((Path(__file__).resolve().parent.parent / "templates" / "runtime").glob("*.py"))
    assert len(runtime) > 5
    for path in runtime:
        source = path.read_text(encoding="utf-8")
        assert black.format_str(source, mode=MODE) == source, path


def _formatter(manifest: Path) -> str:
    line = next(line for line in manifest.read_text(encoding="utf-8").splitlines() if line.startswith("# formatter: "))
    return line.removeprefix("# formatter: ")
