"""The no-op run: when nothing a command depends on has changed, say what it said last time.

A run is recorded in the local cache under a key made of the generator's fingerprint, the
command and its options, and the working folder. The record lists every document the run read
(with the SHA-256 of its bytes) and, for `generate`, the manifest it left. A later run with the
same key replays the record only if every document still has those bytes and every file the
manifest lists is still on disk as written; anything else (an edited spec, a referenced file
changed, a hand-edited generated file, a deleted one) makes it a real run.

Checking costs a hash of each input and output file: tens of milliseconds, and no import of
black, Jinja or the validators.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .cache import Cache, digest
from .fingerprint import generator_fingerprint
from .manifest import MANIFEST_NAME, parse_manifest, short_digest

_NAMESPACE = "runs"


@dataclass
class RunRecord:
    documents: list[tuple[str, str]]  # absolute path, digest of its bytes
    messages: list[str]  # what the run printed on stderr before its last line
    stdout: list[str]
    exit_code: int
    package_dir: str | None = None  # generate: the package folder it wrote
    manifest: str | None = None  # generate: digest of the manifest it left
    files: int = 0  # generate: how many files the manifest lists, itself included


def run_key(command: str, *options: str) -> str:
    return digest(generator_fingerprint(), command, os.getcwd(), *options)


def file_digest(path: Path) -> str | None:
    try:
        return digest(path.read_bytes())
    except OSError:
        return None


def lookup(cache: Cache, key: str) -> RunRecord | None:
    """The record under `key` if everything it depends on is unchanged, else None."""
    stored = cache.get(_NAMESPACE, key)
    if not isinstance(stored, dict):
        return None
    try:
        record = RunRecord(**{**stored, "documents": [tuple(pair) for pair in stored["documents"]]})
    except TypeError:
        return None
    if any(file_digest(Path(path)) != expected for path, expected in record.documents):
        return None
    if record.package_dir is not None and not _output_unchanged(Path(record.package_dir), record.manifest):
        return None
    return record


def store(cache: Cache, key: str, record: RunRecord) -> None:
    cache.put(_NAMESPACE, key, record.__dict__)


def _output_unchanged(package_dir: Path, manifest_digest: str | None) -> bool:
    """The manifest is the one recorded and every file it lists has the bytes it says."""
    try:
        text = (package_dir / MANIFEST_NAME).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    if digest(text) != manifest_digest:
        return False
    manifest = parse_manifest(text, str(package_dir), _formatter_of(text), lambda name: True)
    if not manifest.entries or set(manifest.entries) != manifest.owned:
        return False
    for name, entry in manifest.entries.items():
        path = package_dir / name
        try:
            if path.is_symlink() or short_digest(path.read_text(encoding="utf-8")) != entry.written:
                return False
        except (OSError, UnicodeDecodeError):
            return False
    return True


def _formatter_of(manifest_text: str) -> str:
    """The formatter a manifest names (it was checked against ours when the record was made)."""
    for line in manifest_text.splitlines():
        if line.startswith("# formatter: "):
            return line[len("# formatter: ") :]
    return ""


def record_documents(documents: dict[Any, str]) -> list[tuple[str, str]]:
    """(absolute path, digest) of every document read: `documents` maps paths to digests."""
    return [(str(Path(path).resolve()), value) for path, value in documents.items()]
