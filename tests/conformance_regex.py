"""A string that matches a JSON Schema `pattern`: the small regex generator tests/conformance.py needs.

Real documents use a modest subset of ECMAScript regular expressions: literals, character classes
and ranges, `\\d \\w \\s`, groups, alternation, bounded and unbounded repetition, anchors, now and then
a back-reference or a lookahead. Python's own regex parser (`re._parser`) reads that subset into a
tree; `example()` walks the tree once, taking the fewest repetitions, the first alternative and the
first "plain" character (a-z, 0-9, ...) each class allows, then stretches the repetitions until
`minLength` is met. The result is checked with `re.search` and the length bounds before it is
returned: a pattern we cannot satisfy raises `PatternUnsupported`, never a wrong value.

Deterministic on purpose (unlike hypothesis' `from_regex`): a conformance failure must reproduce.
`variant` shifts the preferred characters and alternatives, so `uniqueItems` arrays get distinct items.
"""

from __future__ import annotations

import importlib
import re
from typing import Any, Callable

try:  # Python 3.11+
    sre_parse: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - Python 3.10
    sre_parse = importlib.import_module("sre_parse")

__all__ = ["PatternUnsupported", "example", "python_pattern"]

_PLAIN = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_-."
_FALLBACK = [chr(c) for c in range(0x21, 0x7F)] + [" ", "\u00e9", "\u4e2d"]
_SPACE = " \t\n\r\f\v"
_MAX_TRIES = 6


class PatternUnsupported(ValueError):
    """The pattern uses a construct we cannot write a match for (or none fits the length bounds)."""


def python_pattern(pattern: str) -> str:
    """The ECMAScript pattern in Python's dialect, for the constructs real documents use."""
    pattern = re.sub(r"\(\?<(?![=!])", "(?P<", pattern)  # named groups
    pattern = re.sub(r"\\[pP]\{[^}]*\}", lambda m: r"\w" if m.group(0)[1] == "p" else r"\W", pattern)
    return pattern


def example(pattern: str, min_length: int = 0, max_length: int | None = None, variant: int = 0) -> str:
    """A string `re.search(pattern, s)` accepts, with min_length <= len(s) <= max_length."""
    source = python_pattern(pattern)
    try:
        compiled = re.compile(source)
        parsed = sre_parse.parse(source)
    except (re.error, OverflowError, RecursionError) as exc:
        raise PatternUnsupported(f"pattern {pattern!r} is not a regex Python reads: {exc}") from None
    budget = 0
    for _ in range(_MAX_TRIES):
        text = _Writer(budget, variant).emit(parsed)
        if len(text) < min_length and not _anchored_at_end(source):
            text += "a" * (min_length - len(text))
        if _fits(compiled, text, min_length, max_length):
            return text
        if len(text) >= min_length:
            break
        budget += min_length - len(text)
    raise PatternUnsupported(
        f"no match for pattern {pattern!r} within length {min_length}..{max_length if max_length is not None else ''}"
    )


def _fits(compiled: re.Pattern[str], text: str, min_length: int, max_length: int | None) -> bool:
    if len(text) < min_length or (max_length is not None and len(text) > max_length):
        return False
    return compiled.search(text) is not None


def _anchored_at_end(source: str) -> bool:
    return source.endswith("$") and not source.endswith("\\$")


class _Writer:
    """One walk over a parsed pattern. `budget` is how many extra repetitions (beyond each
    repeat's minimum) the walk may spend, first come first served."""

    def __init__(self, budget: int, variant: int) -> None:
        self.budget = budget
        self.variant = variant
        self.groups: dict[int, str] = {}
        self.handlers: dict[Any, Callable[[Any], str]] = {
            sre_parse.LITERAL: lambda av: chr(av),
            sre_parse.NOT_LITERAL: lambda av: self._pick(lambda c: c != chr(av)),
            sre_parse.ANY: lambda av: self._pick(lambda c: c != "\n"),
            sre_parse.IN: self._in,
            sre_parse.BRANCH: self._branch,
            sre_parse.SUBPATTERN: self._group,
            sre_parse.MAX_REPEAT: self._repeat,
            sre_parse.MIN_REPEAT: self._repeat,
            sre_parse.AT: lambda av: "",
            sre_parse.GROUPREF: lambda av: self.groups.get(av, ""),
            sre_parse.ASSERT: lambda av: "",  # lookarounds: the final re.search check judges
            sre_parse.ASSERT_NOT: lambda av: "",
            sre_parse.CATEGORY: lambda av: self._pick(lambda c: _in_category(c, av)),
        }
        possessive = getattr(sre_parse, "POSSESSIVE_REPEAT", None)
        if possessive is not None:
            self.handlers[possessive] = self._repeat
        atomic = getattr(sre_parse, "ATOMIC_GROUP", None)
        if atomic is not None:
            self.handlers[atomic] = self.emit

    def emit(self, parsed: Any) -> str:
        return "".join(self._item(op, av) for op, av in parsed)

    def _item(self, op: Any, av: Any) -> str:
        handler = self.handlers.get(op)
        if handler is None:
            raise PatternUnsupported(f"regex construct {op} is not supported")
        return handler(av)

    def _pick(self, allowed: Callable[[str], bool]) -> str:
        plain = [char for char in _PLAIN if allowed(char)]
        if plain:
            return plain[self.variant % len(plain)]
        for char in _FALLBACK:
            if allowed(char):
                return char
        raise PatternUnsupported("a character class that no printable character satisfies")

    def _in(self, items: list[tuple[Any, Any]]) -> str:
        negated = bool(items) and items[0][0] is sre_parse.NEGATE
        members = items[1:] if negated else items
        picked = self._pick(lambda c: _in_class(c, members) != negated)
        return picked

    def _branch(self, av: Any) -> str:
        alternatives = av[1]
        return self.emit(alternatives[self.variant % len(alternatives)])

    def _group(self, av: Any) -> str:
        group, _add_flags, _del_flags, parsed = av
        text = self.emit(parsed)
        if group is not None:
            self.groups[group] = text
        return text

    def _repeat(self, av: Any) -> str:
        low, high, parsed = av
        room = (high - low) if high != sre_parse.MAXREPEAT else self.budget
        extra = max(0, min(self.budget, room))
        self.budget -= extra
        return "".join(self.emit(parsed) for _ in range(low + extra))


def _in_class(char: str, members: list[tuple[Any, Any]]) -> bool:
    for op, av in members:
        if op is sre_parse.LITERAL and char == chr(av):
            return True
        if op is sre_parse.RANGE and av[0] <= ord(char) <= av[1]:
            return True
        if op is sre_parse.CATEGORY and _in_category(char, av):
            return True
    return False


def _in_category(char: str, category: Any) -> bool:
    name = str(category).upper()
    if "DIGIT" in name:
        found = char.isascii() and char.isdigit()
    elif "SPACE" in name:
        found = char in _SPACE
    elif "WORD" in name:
        found = char.isalnum() or char == "_"
    else:
        return False
    return not found if "NOT" in name else found
