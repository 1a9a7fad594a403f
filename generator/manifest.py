"""The manifest (`<package>/.generated-files`): which files the generator owns, and how it made them.

It is committed with the generated package, so it travels to every checkout and CI runner. For
each file it records the SHA-256 of the text the templates rendered and of the text written
(after black). A later run whose templates render the same text for a file whose bytes on disk
are still the ones written does not need black to know the result: formatting, most of a run's
cost, is paid only for what changed, on any machine.

Trust is earned line by line and as a whole: the manifest must name the same formatter (black's
version and mode), every line must be well formed, and a checksum over the entries must match;
otherwise it is ignored for that purpose, with a warning, and every file is formatted again.
A manifest of the old kind (one file name per line) still says which files the generator owns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .cache import digest

MANIFEST_NAME = ".generated-files"
# Beside the manifest: the package's history (history.py), also hidden, also the generator's.
HISTORY_NAME = ".api-history.json"
_HEADER = "# Files written by openapi-client-generator; regeneration replaces exactly these.\n"
_EXPLANATION = (
    "# Each line: a file, then the SHA-256 (first 32 hex digits) of the text the templates rendered\n"
    "# and of the text written, so that an unchanged file is not formatted again.\n"
)
_FORMATTER_LINE = re.compile(r"^# formatter: (?P<formatter>.+)$")
_CHECKSUM_LINE = re.compile(r"^# checksum: (?P<checksum>[0-9a-f]{32})$")
_ENTRY_LINE = re.compile(r"^(?P<path>\S+) (?P<rendered>[0-9a-f]{32}) (?P<written>[0-9a-f]{32})$")


def short_digest(text: str) -> str:
    return digest(text)[:32]


@dataclass(frozen=True)
class Entry:
    rendered: str  # digest of the rendered text
    written: str  # digest of the text written


@dataclass
class Manifest:
    """What the last run wrote: `owned` file names, and `entries` when they can be trusted."""

    owned: set[str] = field(default_factory=set)
    entries: dict[str, Entry] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def manifest_text(entries: dict[str, Entry], formatter: str) -> str:
    lines = [f"{path} {entry.rendered} {entry.written}\n" for path, entry in sorted(entries.items())]
    body = "".join(lines)
    return f"{_HEADER}{_EXPLANATION}# formatter: {formatter}\n{body}# checksum: {short_digest(body)}\n"


def read_manifest(package_dir: Path, formatter: str, is_safe_path: object) -> Manifest:
    """The manifest in `package_dir`; `is_safe_path(name)` says which names may be owned."""
    path = package_dir / MANIFEST_NAME
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Manifest()
    except (OSError, UnicodeDecodeError) as exc:
        return Manifest(warnings=[f"{path}: cannot be read ({exc}); every file is formatted again"])
    return parse_manifest(text, str(path), formatter, is_safe_path)


def parse_manifest(text: str, where: str, formatter: str, is_safe_path: object) -> Manifest:
    manifest = Manifest()
    found_formatter = checksum = None
    body: list[str] = []
    malformed = 0
    for line in text.splitlines(keepends=True):
        content = line.rstrip("\n")
        if not content:
            continue
        if content.startswith("#"):
            found_formatter = _match(_FORMATTER_LINE, content, "formatter", found_formatter)
            checksum = _match(_CHECKSUM_LINE, content, "checksum", checksum)
            continue
        name = content.split(" ", 1)[0]
        if is_safe_path(name):  # type: ignore[operator]
            manifest.owned.add(name)
        entry = _ENTRY_LINE.match(content)
        if entry is None:
            malformed += 1
            continue
        body.append(line)
        manifest.entries[entry["path"]] = Entry(entry["rendered"], entry["written"])
    if found_formatter is None and checksum is None:
        manifest.entries = {}  # an older generator's list of names: nothing to trust, nothing wrong
        return manifest
    problem = _distrust(found_formatter, formatter, checksum, "".join(body), malformed)
    if problem is not None:
        manifest.entries = {}
        manifest.warnings.append(f"{where}: {problem}; every file is formatted again")
    return manifest


def _match(pattern: re.Pattern[str], line: str, group: str, current: str | None) -> str | None:
    match = pattern.match(line)
    return match[group] if match else current


def _distrust(found: str | None, formatter: str, checksum: str | None, body: str, malformed: int) -> str | None:
    """Why the recorded digests may not be used, or None."""
    if found != formatter:
        return f"made with another formatter ({found or 'unknown'}, not {formatter})"
    if malformed:
        return f"{malformed} line(s) are not 'file rendered-digest written-digest'"
    if checksum != short_digest(body):
        return "its checksum does not match its entries (edited, truncated or corrupt)"
    return None
