"""Lines as black lays them out, for the templates: so black's first pass changes nothing.

black formats a file once, and a second time only when the first pass changed something; its
cost is per token. Templates that already print black's layout halve the formatting time.
Most of that is whitespace and quotes in the templates themselves; what needs a computation is a
line that does not fit in `LINE_LENGTH` columns, which black breaks at its last bracket:

    selects: Union[List[Literal["ID", "NAME"]], NotGiven] = NOT_GIVEN,

becomes (when too long)

    selects: Union[
        List[Literal["ID", "NAME"]],
        NotGiven,
    ] = NOT_GIVEN,

and so on inwards while a line is still too long: the contents of a bracket stay on one line if
they fit, else go one item per line with a trailing comma (a lone item takes no comma). `layout`
does this for lines whose last bracket closes before a bracket-free tail; any other long line is
left to black. Getting a case wrong costs time, never correctness: black still formats every file.
"""

from __future__ import annotations

import re
import unicodedata

LINE_LENGTH = 120
INDENT = 4
_CLOSING = {"[": "]", "(": ")", "{": "}"}


def width(text: str) -> int:
    """Columns `text` takes, as black counts them (wide East Asian characters take two)."""
    if text.isascii():
        return len(text)
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def fits(text: str, indent: int = 0) -> bool:
    return indent + width(text) <= LINE_LENGTH


def layout(line: str, indent: int, assignment: bool = False) -> str:
    """`line` (to be printed at `indent` columns) as black would print it; continuation lines
    carry their own indentation, the first one does not. An `assignment` statement's value sits
    in parentheses black may break at first (`x: T = (` / `    None` / `)`)."""
    if fits(line, indent):
        return line
    lines = (_value_broken(line, indent) if assignment else None) or _broken(line, indent)
    if lines is None:
        return line
    return "\n".join(lines)[indent:]


def layout_parameter(name: str, annotation: str, default: str, indent: int) -> str:
    """The parameter line `name: annotation = default,` as black prints it. An annotation that
    ends in a bracket is broken at its brackets (`layout`); any other (`X | NotGiven`) is put in
    parentheses, its `|` operands one per line when they do not fit together."""
    line = f"{name}: {annotation} = {default},"
    if fits(line, indent) or annotation.endswith(tuple(_CLOSING.values())):
        return layout(line, indent)
    operands = _split_operands(annotation)
    if operands is None or not fits(f"{name}: (", indent):
        return line
    pad, inner = " " * indent, " " * (indent + INDENT)
    lines = [f"{name}: ("]
    if fits(annotation, indent + INDENT):
        lines.append(inner + annotation)
    else:
        for position, operand in enumerate(operands):
            text = operand if position == 0 else f"| {operand}"
            lines.append(inner + layout(text, indent + INDENT))
    lines.append(f"{pad}) = {default},")
    return "\n".join(lines)


def _value_broken(line: str, indent: int) -> list[str] | None:
    """black breaks a long `target = value` inside the invisible parentheses around a plain
    value when the line up to ` = (` fits."""
    target, equals, value = line.rpartition(" = ")
    if not equals or _top_level_brackets(target) is None or not _is_atom(value):
        return None
    if not fits(f"{target} = (", indent):
        return None
    pad = " " * indent
    return [f"{pad}{target} = (", f"{pad}{' ' * INDENT}{value}", f"{pad})"]


def _is_atom(value: str) -> bool:
    """A name, number or single string literal: what black wraps in invisible parentheses."""
    if value[:1] in "\"'":
        match = _SIGNIFICANT.match(value)
        return match is not None and match.end() == len(value) and len(match.group()) > 1
    return bool(value) and not any(c in value for c in "()[]{}\"' ")


def _broken(line: str, indent: int) -> list[str] | None:
    """The lines (indented) black makes of a too long `line`, or None if we cannot tell."""
    split = _last_bracket(line)
    if split is None:
        return None
    head, opening, items, magic_comma, tail = split
    pad = " " * indent
    inner_pad = " " * (indent + INDENT)
    body = ", ".join(items)
    # A literal (list, dict, tuple) that is broken goes one item per line; a subscript or a call
    # keeps its contents on one line when they fit.
    literal = not head or head[-1] in " =(,[{:"
    if not magic_comma and not literal and fits(body, indent + INDENT):
        return [f"{pad}{head}{opening}", f"{inner_pad}{body}", f"{pad}{_CLOSING[opening]}{tail}"]
    lines = [f"{pad}{head}{opening}"]
    comma = "," if len(items) > 1 or magic_comma or literal else ""
    for item in items:
        item_line = f"{item}{comma}"
        if fits(item_line, indent + INDENT):
            lines.append(f"{inner_pad}{item_line}")
            continue
        nested = _broken(item_line, indent + INDENT)
        if nested is None:
            return None
        lines.extend(nested)
    lines.append(f"{pad}{_CLOSING[opening]}{tail}")
    return lines


def _last_bracket(line: str) -> tuple[str, str, list[str], bool, str] | None:
    """(head, opening bracket, items, ends with a comma, tail) around the last top-level bracket
    pair, when the tail after it has no brackets and the head has none left open."""
    spans = _top_level_brackets(line)
    if not spans:
        return None
    start, end = spans[-1]
    tail = line[end + 1 :]
    if _top_level_brackets(tail) != []:  # brackets in the tail: black may break there first
        return None
    items = _split_items(line[start + 1 : end])
    if items is None or not items:
        return None
    magic_comma = items[-1] == ""
    if magic_comma:
        items.pop()
    return line[:start], line[start], items, magic_comma, tail


# The characters that matter to the bracket structure, string literals as one token each (an
# unterminated string matches as its quote alone, which makes the line one we do not touch).
_SIGNIFICANT = re.compile(r"\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*'|[()\[\]{},\"']")
_OPERAND_TOKEN = re.compile(r"\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*'|[()\[\]{}|\"']")


def _top_level_brackets(line: str) -> list[tuple[int, int]] | None:
    """(opening, closing) offsets of every bracket pair at depth 0, skipping string literals."""
    spans: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    start = len(line) - len(line.lstrip(")"))  # `) -> Result:` closes a bracket opened above
    for match in _SIGNIFICANT.finditer(line, start):
        char = match.group()
        if char in _CLOSING:
            stack.append((char, match.start()))
        elif char in ")]}":
            if not stack or _CLOSING[stack[-1][0]] != char:
                return None
            opening = stack.pop()
            if not stack:
                spans.append((opening[1], match.start()))
        elif char in "\"'":  # a quote that starts no complete string literal
            return None
    return spans if not stack else None


def _split_items(text: str) -> list[str] | None:
    """Top-level, comma-separated items of a bracket's contents (a final "" for a trailing comma)."""
    return _split_top_level(text, ",", _SIGNIFICANT)


def _split_operands(annotation: str) -> list[str] | None:
    """The top-level `|` operands of an annotation."""
    return _split_top_level(annotation, "|", _OPERAND_TOKEN)


def _split_top_level(text: str, separator: str, tokens: re.Pattern[str]) -> list[str] | None:
    """`text` split at the separators outside brackets and string literals; None if its brackets
    do not balance or a quote starts no complete string literal."""
    parts, depth, start = [], 0, 0
    for match in tokens.finditer(text):
        char = match.group()
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
        elif char in "\"'":
            return None
        elif char == separator and depth == 0:
            parts.append(text[start : match.start()].strip())
            start = match.end()
    parts.append(text[start:].strip())
    return parts if depth == 0 else None
