"""The package's history: in which version each class, property, resource and method first
appeared ("Since v0.9" in docstrings and reference pages), and the changelog, one entry per
version, from the spec diff of the client's surface (spec_diff.py).

It lives beside the manifest, `<package>/.api-history.json`, committed with the package, so every
checkout carries it. `generate` reads it and writes it back:
- a name the history does not know is recorded with the package version of this run; a recorded
  one is never changed, even after the name disappears (the past is not rewritten);
- the entry of the current version is the diff from the surface the previous version ended with
  (`baseline`) to today's; when the version changes, the entry of the version that ends is frozen
  into `releases`, and the surface it ended with (`surface`, kept from the last run) becomes the
  baseline.
Descriptions are kept as digests (`build_surface`'s `describe`): enough to tell "documentation
changed", small to commit.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from operator import attrgetter
from pathlib import Path
from typing import Any

from .api_surface import Surface, build_surface
from .cache import digest
from .errors import InvalidInput, Location
from .manifest import HISTORY_NAME
from .ir import ChangeNote, Field, Package, Release, Resource, TypeModule
from .spec_diff import compare, semver_bump
from .versions import canonical_version

FORMAT = 1
_DESCRIBED_KEYS = ("description", "summary")
_ABOUT = "Written by openapi-client-generator: when each name first appeared, and the changelog. Commit it."


@dataclass
class History:
    version: str = ""  # the version `surface` and the current entry belong to
    since: dict[str, str] = field(default_factory=dict)
    releases: list[Release] = field(default_factory=list)  # frozen entries, newest first
    baseline: Surface | None = None  # the surface the previous version ended with
    surface: Surface | None = None  # the surface of the last run


@dataclass(frozen=True)
class HistoryUpdate:
    package: Package  # with `since` filled in and the changelog in its project
    text: str  # the history file to write
    notes: list[str]  # warnings about the version (a bump smaller than the changes call for)


def history_path(output: Path, package_name: str) -> Path:
    return output / package_name / HISTORY_NAME


def update_history(package: Package, output: Path) -> HistoryUpdate:
    """Read the history beside the package in `output`, bring it up to this run, and give back
    the package annotated with it."""
    path = history_path(output, package.name)
    history = read_history(path)
    version = package.project.version
    surface = build_surface(package, describe=_text_digest)
    if history.version and history.version != version:
        history = _start_version(history, version, path)
    history.version = version
    history.surface = surface
    since = dict(history.since)
    for key in surface_keys(surface):
        since.setdefault(key, version)
    history.since = since
    current = current_release(history)
    notes = _bump_notes(current)
    project = dataclasses.replace(package.project, changelog=(current, *history.releases))
    annotated = dataclasses.replace(with_since(package, since), project=project)
    return HistoryUpdate(annotated, history_text(history), notes)


def _start_version(history: History, version: str, path: Path) -> History:
    if any(r.version == version for r in history.releases):
        message = f"version {version} already has a frozen changelog entry; the history never rewrites the past"
        raise InvalidInput(f"{message}: choose a new version", location=Location(str(path)))
    ended = current_release(history)
    return History(history.version, history.since, [ended, *history.releases], history.surface, None)


def current_release(history: History) -> Release:
    assert history.surface is not None
    if history.baseline is None:
        return Release(history.version, "", "none")
    changes = compare(history.baseline, history.surface)
    previous = history.baseline.get("version", "")
    notes = tuple(ChangeNote(c.message, c.breaking, c.kind) for c in changes)
    return Release(history.version, previous, semver_bump(changes, previous), notes)


def _bump_notes(release: Release) -> list[str]:
    """A warning when the version step is smaller than the changes call for."""
    if not release.previous or release.bump in ("none", "patch"):
        return []
    taken = _step(release.previous, release.version)
    order = ["patch", "minor", "major"]
    if taken is None or order.index(taken) >= order.index(release.bump):
        return []
    return [
        f"version {release.version} is a {taken} step from {release.previous}, but its changes"
        f" ({sum(c.breaking for c in release.changes)} breaking) call for a {release.bump} step"
    ]


def _step(before: str, after: str) -> str | None:
    """Which part of the version changed: "major", "minor" or "patch" (None: not numeric)."""
    try:
        old, new = [int(p) for p in before.split(".")[:3]], [int(p) for p in after.split(".")[:3]]
    except ValueError:
        return None
    old, new = old + [0] * (3 - len(old)), new + [0] * (3 - len(new))
    return "major" if new[0] != old[0] else "minor" if new[1] != old[1] else "patch"


# --- the names "Since" is recorded for ------------------------------------------------------------


def surface_keys(surface: Surface) -> list[str]:
    """Every class, property, enum, resource and method, as the history names them."""
    keys = [f"client.{path}" for path in surface["resources"]]
    keys += [f"client.{name}" for name in surface["methods"]]
    for key, model in surface["models"].items():
        keys.append(key)
        keys += [f"{key}.{name}" for name in model["fields"]]
    keys += list(surface["enums"])
    return keys


def with_since(package: Package, since: dict[str, str]) -> Package:
    """The package with every class, property, enum alias, resource and method's `since`."""

    def resource(r: Resource, path: str) -> Resource:
        operations = tuple(
            dataclasses.replace(op, since=since.get(f"client.{path}.{op.name}", "")) for op in r.operations
        )
        children = tuple(resource(c, f"{path}.{c.attribute}") for c in r.children)
        return dataclasses.replace(r, operations=operations, children=children, since=since.get(f"client.{path}", ""))

    return dataclasses.replace(
        package,
        type_modules=tuple(_module_with_since(m, since) for m in package.type_modules),
        resources=tuple(resource(r, r.attribute) for r in package.resources),
    )


def _module_with_since(module: TypeModule, since: dict[str, str]) -> TypeModule:
    def stamped(owner: str, fields: tuple[Field, ...], key: Callable[[Field], str]) -> tuple[Field, ...]:
        return tuple(dataclasses.replace(f, since=since.get(f"{owner}.{key(f)}", "")) for f in fields)

    def named(name: str) -> str:
        return f"{module.module}.{name}"

    # Keys as the surface names them: a model's fields by Python name, a TypedDict's by key.
    models = tuple(
        dataclasses.replace(
            m, since=since.get(named(m.name), ""), fields=stamped(named(m.name), m.fields, attrgetter("name"))
        )
        for m in module.models
    )
    typed_dicts = tuple(
        dataclasses.replace(
            t, since=since.get(named(t.name), ""), fields=stamped(named(t.name), t.fields, attrgetter("api_name"))
        )
        for t in module.typed_dicts
    )
    aliases = tuple(dataclasses.replace(a, since=since.get(named(a.name), "")) for a in module.aliases)
    return dataclasses.replace(module, models=models, typed_dicts=typed_dicts, aliases=aliases)


# --- the file -------------------------------------------------------------------------------------


def _text_digest(text: str) -> str:
    """What the history keeps of a description: enough to tell that it changed."""
    return digest(text)[:16] if text else ""


def read_history(path: Path) -> History:
    """The history at `path`, or an empty one when there is no file. A file that cannot be read
    is an error, not a fresh start: the versions it records cannot be made up again."""
    try:
        text = path.read_text(encoding="utf-8")
    except (FileNotFoundError, NotADirectoryError):  # no history yet (the write stage judges the folder)
        return History()
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidInput(f"cannot read the package history: {exc}", location=Location(str(path))) from None
    try:
        data = json.loads(text)
        if data.get("format") != FORMAT:
            raise ValueError(f"format {data.get('format')!r}, expected {FORMAT}")
        releases = [_release(r) for r in data["releases"]]
        history = History(data["version"], dict(data["since"]), releases, data["baseline"], data["surface"])
        _check_versions(history)
        return history
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        message = f"the package history is damaged ({exc}); restore it from version control"
        raise InvalidInput(message, location=Location(str(path))) from None


def _check_versions(history: History) -> None:
    """Every version the file names is canonical PEP 440: they reach docstrings and pages."""
    named = [history.version, *history.since.values()]
    named += [v for r in history.releases for v in (r.version, r.previous) if v]
    for version in named:
        if not isinstance(version, str) or canonical_version(version) != version:
            raise ValueError(f"{str(version)[:100]!r} is not a canonical PEP 440 version")


def _release(data: dict[str, Any]) -> Release:
    changes = tuple(ChangeNote(c["text"], bool(c["breaking"]), c["kind"]) for c in data["changes"])
    return Release(data["version"], data["previous"], data["bump"], changes)


def history_text(history: History) -> str:
    """The file: one line per recorded name and per frozen release (readable diffs), the two
    surfaces on a line each (machine data; json's C encoder writes them fast)."""

    def line(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))

    since = ",\n".join(f"  {line(key)}: {line(version)}" for key, version in sorted(history.since.items()))
    releases = ",\n".join(f"  {line(dataclasses.asdict(r))}" for r in history.releases)
    return (
        "{\n"
        f' "format": {FORMAT},\n'
        f' "about": {line(_ABOUT)},\n'
        f' "version": {line(history.version)},\n'
        f' "since": {{\n{since}\n }},\n'
        f' "releases": [\n{releases}\n ],\n'
        f' "baseline": {line(history.baseline)},\n'
        f' "surface": {line(history.surface)}\n'
        "}\n"
    )
