"""The local cache: results of earlier runs, keyed by everything that can change them.

Like black's and mypy's caches it lives outside the project, in
`$OPENAPI_CLIENT_GENERATOR_CACHE_DIR`, else `$XDG_CACHE_HOME/openapi-client-generator`, else
`~/.cache/openapi-client-generator`; deleting it is always safe (the next run is a cold one).
`--no-cache` (or the variable set to an empty string) turns it off.

Entries are JSON files that name their own key and carry a checksum of their content: an entry
that cannot be read, does not parse, names another key or fails its checksum is ignored with a
warning and never trusted. Each is written to a temporary file and renamed into place, so two
runs writing the same entry at once leave one of the two, whole.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

CACHE_ENV = "OPENAPI_CLIENT_GENERATOR_CACHE_DIR"
_FORMAT = "openapi-client-generator cache 1"


def default_cache_folder() -> Path | None:
    """Where the cache lives, or None when it is turned off."""
    configured = os.environ.get(CACHE_ENV)
    if configured is not None:
        return Path(configured) if configured.strip() else None
    xdg = os.environ.get("XDG_CACHE_HOME", "").strip()
    base = Path(xdg) if xdg else Path.home() / ".cache"
    return base / "openapi-client-generator"


def digest(*parts: bytes | str) -> str:
    """SHA-256 of the parts, each length-prefixed so that no two lists of parts collide."""
    hasher = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8", "surrogatepass") if isinstance(part, str) else part
        hasher.update(len(data).to_bytes(8, "big"))
        hasher.update(data)
    return hasher.hexdigest()


def _checksum(value: Any) -> str:
    return digest(json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False))


class Cache:
    """Get and put JSON values by (namespace, key). Problems become `warnings`, never errors:
    a cache that cannot be used makes a run slower, not wrong."""

    def __init__(self, folder: Path | None):
        self.folder = folder
        self.warnings: list[str] = []

    def _path(self, namespace: str, key: str) -> Path:
        assert self.folder is not None
        return self.folder / namespace / f"{key}.json"

    def get(self, namespace: str, key: str) -> Any:
        """The value stored under `key`, or None (missing, unreadable or not to be trusted)."""
        if self.folder is None:
            return None
        path = self._path(namespace, key)
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except (OSError, UnicodeDecodeError) as exc:
            return self._ignore(path, f"cannot be read ({exc})")
        try:
            entry = json.loads(text)
        except ValueError:
            return self._ignore(path, "is not valid JSON (truncated or corrupt)")
        if not isinstance(entry, dict) or entry.get("format") != _FORMAT or entry.get("key") != key:
            return self._ignore(path, "was not written by this version for this key")
        if "value" not in entry or entry.get("checksum") != _checksum(entry["value"]):
            return self._ignore(path, "fails its checksum (corrupt)")
        return entry["value"]

    def put(self, namespace: str, key: str, value: Any) -> None:
        if self.folder is None:
            return
        path = self._path(namespace, key)
        entry = {"format": _FORMAT, "key": key, "checksum": _checksum(value), "value": value}
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(prefix=f".{key[:16]}.", suffix=".tmp", dir=path.parent)
            try:
                with os.fdopen(handle, "w", encoding="utf-8") as stream:
                    json.dump(entry, stream, ensure_ascii=False, separators=(",", ":"))
                os.replace(temporary, path)
            except BaseException:
                os.unlink(temporary)
                raise
        except OSError as exc:
            self._warn_once(f"cache {self.folder}: cannot write ({exc.strerror or exc}); going on without it")

    def _ignore(self, path: Path, why: str) -> None:
        self._warn_once(f"cache entry {path} {why}: ignored")
        return None

    def _warn_once(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)
