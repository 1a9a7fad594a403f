"""`python -m generator diff OLD NEW`: build both descriptions' client surfaces, compare them, and
say what changed as text (one line per change), Markdown (a pull-request comment) or JSON (the
schema is in README.md, "Spec diff")."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from .api_surface import Surface, build_surface, with_spec_origins
from .config import Config
from .parse import Limits
from .spec_diff import DOCUMENTATION_KINDS, Change, compare, semver_bump
from .spec_source import open_description

# The version of the JSON output's shape; raised when a field changes meaning or disappears.
JSON_FORMAT = 1


@dataclass(frozen=True)
class DiffResult:
    old: str  # the sources as given
    new: str
    old_version: str
    new_version: str
    changes: list[Change]
    bump: str

    @property
    def breaking(self) -> bool:
        return any(c.breaking for c in self.changes)


def surface_of(source: str, config: Config, limits: Limits) -> Surface:
    """The client surface of the description `source` names (a file or git:REV:PATH)."""
    from .pipeline import build_checked
    from .validate import openapi_version

    with open_description(source, limits) as docs:
        openapi_version(docs.root)
        package = build_checked(docs, config, [])
        return with_spec_origins(build_surface(package), package, docs)


def diff_descriptions(old: str, new: str, config: Config, limits: Limits) -> DiffResult:
    before, after = surface_of(old, config, limits), surface_of(new, config, limits)
    return diff_surfaces(old, before, new, after)


def diff_surfaces(old: str, before: Surface, new: str, after: Surface) -> DiffResult:
    changes = compare(before, after)
    return DiffResult(old, new, before["version"], after["version"], changes, semver_bump(changes, before["version"]))


# --- text ---------------------------------------------------------------------------------------


def summary_line(result: DiffResult) -> str:
    breaking = sum(c.breaking for c in result.changes)
    if not result.changes:
        return "no change for client users"
    return (
        f"{len(result.changes)} change(s) for client users, {breaking} breaking;"
        f" semver: {_bump_text(result.bump, result.breaking)}"
    )


def _bump_text(bump: str, breaking: bool) -> str:
    reason = {
        "major": "breaking changes",
        "minor": "breaking changes, below 1.0" if breaking else "additions",
        "patch": "documentation only",
        "none": "no change",
    }[bump]
    return f"{bump} ({reason})"


def change_line(change: Change) -> str:
    label = "BREAKING" if change.breaking else ("docs" if change.kind in DOCUMENTATION_KINDS else "change")
    reached = f" (reached by {_methods(change)})" if change.reached_by else ""
    where = f" [{change.operation}]" if change.operation else ""
    return one_line(f"{label:<8}  {change.kind}: {change.message}{where}{reached}")


def _methods(change: Change, limit: int = 4) -> str:
    names = [f"{r.method}()" for r in change.reached_by]
    more = f" and {len(names) - limit} more" if len(names) > limit else ""
    return ", ".join(names[:limit]) + more


# Characters that would break a line, or change how the rest of it reads, when spec text is shown.
_INVISIBLE = re.compile("[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]")


def one_line(text: str) -> str:
    """`text` as one line as it reads: line breaks, controls and bidirectional marks escaped."""
    return _INVISIBLE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def render_text(result: DiffResult) -> str:
    lines = [one_line(f"{result.old} -> {result.new}: {summary_line(result)}")]
    lines += [change_line(c) for c in result.changes]
    return "\n".join(lines) + "\n"


# --- Markdown -----------------------------------------------------------------------------------

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~])")


def _md(text: str) -> str:
    return _MARKDOWN_SPECIAL.sub(r"\\\1", one_line(text))


def _code(text: str) -> str:
    """A code span that no backtick in `text` can close early."""
    text = one_line(text)
    fence = "`" * (max((len(run) for run in re.findall("`+", text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def render_markdown(result: DiffResult) -> str:
    breaking = [c for c in result.changes if c.breaking]
    docs = [c for c in result.changes if not c.breaking and c.kind in DOCUMENTATION_KINDS]
    other = [c for c in result.changes if not c.breaking and c.kind not in DOCUMENTATION_KINDS]
    lines = [
        "### API changes for client users",
        "",
        f"{_code(result.old)} → {_code(result.new)}: {_md(summary_line(result))}.",
    ]
    for title, group in (("Breaking", breaking), ("Not breaking", other), ("Documentation", docs)):
        if group:
            lines += ["", f"#### {title} ({len(group)})", ""]
            lines += [_markdown_item(c) for c in group]
    return "\n".join(lines) + "\n"


def _markdown_item(change: Change) -> str:
    where = f" — {_code(change.operation)}" if change.operation else ""
    reached = f" — reached by {_md(_methods(change, 8))}" if change.reached_by else ""
    return f"- **{change.kind}**: {_md(change.message)}{where}{reached}"


# --- JSON ---------------------------------------------------------------------------------------


def render_json(result: DiffResult) -> str:
    document = {
        "format": JSON_FORMAT,
        "old": {"source": result.old, "version": result.old_version},
        "new": {"source": result.new, "version": result.new_version},
        "breaking": result.breaking,
        "semver": result.bump,
        "changes": [change_json(c) for c in result.changes],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def change_json(change: Change) -> dict[str, Any]:
    return {
        "kind": change.kind,
        "breaking": change.breaking,
        "documentation": change.kind in DOCUMENTATION_KINDS,
        "message": change.message,
        "operation": change.operation or None,
        "method": change.method or None,
        "schema": change.schema or None,
        "pointer": change.pointer or None,
        "property": change.property or None,
        "parameter": change.parameter or None,
        "old": change.old,
        "new": change.new,
        "reached_by": [{"operation": r.operation, "method": r.method} for r in change.reached_by],
    }


RENDERERS = {"text": render_text, "markdown": render_markdown, "json": render_json}
