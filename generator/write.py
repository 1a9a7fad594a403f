"""Stage 6: put the rendered files on disk, safely.

- every path is checked to stay inside the output folder;
- files the generator did not write before (not in its manifest) are never deleted, so
  hand-written code such as `lib/` survives regeneration;
- the package folder is replaced atomically: the new tree is built beside the old one and swapped
  in with renames, so a run killed half-way leaves the previous tree as it was;
- unchanged files keep their bytes and modification times.
"""

from __future__ import annotations

import difflib
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from .errors import GeneratorError
from .render import RenderedFile

MANIFEST_NAME = ".generated-files"
_MANIFEST_HEADER = "# Files written by openapi-client-generator; regeneration replaces exactly these.\n"


@dataclass(frozen=True)
class WriteResult:
    written: tuple[str, ...]
    unchanged: tuple[str, ...]
    removed: tuple[str, ...]


def check_paths(files: list[RenderedFile]) -> None:
    seen: dict[str, str] = {}
    for file in files:
        path = PurePosixPath(file.path)
        if path.is_absolute() or any(part in ("", ".", "..") for part in path.parts) or "\\" in file.path:
            raise GeneratorError(f"internal error: unsafe output path {file.path!r}")
        key = file.path.lower()
        if key in seen:
            raise GeneratorError(f"internal error: output paths {seen[key]!r} and {file.path!r} differ only by case")
        seen[key] = file.path


def package_root(files: list[RenderedFile]) -> str:
    roots = {PurePosixPath(f.path).parts[0] for f in files}
    if len(roots) != 1:
        raise GeneratorError("internal error: rendered files must share one package folder")
    return roots.pop()


def _read_manifest(package_dir: Path) -> set[str]:
    try:
        text = (package_dir / MANIFEST_NAME).read_text(encoding="utf-8")
    except OSError:
        return set()
    return {line for line in text.splitlines() if line and not line.startswith("#")}


def _manifest_text(files: list[RenderedFile], root: str) -> str:
    names = sorted(str(PurePosixPath(f.path).relative_to(root)) for f in files)
    return _MANIFEST_HEADER + "".join(f"{n}\n" for n in names)


def with_manifest(files: list[RenderedFile]) -> list[RenderedFile]:
    root = package_root(files)
    return [*files, RenderedFile(f"{root}/{MANIFEST_NAME}", _manifest_text(files, root), is_python=False)]


def diff_against(output: Path, files: list[RenderedFile]) -> str:
    """A unified diff from what is on disk to what would be written ('' when in sync)."""
    root = package_root(files)
    package_dir = output / root
    previous = _read_manifest(package_dir)
    wanted = {f.path: f.text for f in files}
    chunks: list[str] = []
    for rel in sorted(set(wanted) | {f"{root}/{p}" for p in previous}):
        old = _read_text(output / rel)
        new = wanted.get(rel)
        if old == new:
            continue
        chunks.extend(
            difflib.unified_diff(
                (old or "").splitlines(keepends=True),
                (new or "").splitlines(keepends=True),
                fromfile=f"a/{rel}" if old is not None else "/dev/null",
                tofile=f"b/{rel}" if new is not None else "/dev/null",
            )
        )
    return "".join(chunks)


def _read_text(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def write_tree(output: Path, files: list[RenderedFile]) -> WriteResult:
    """Replace the package folder under `output` with `files`, atomically."""
    check_paths(files)
    root = package_root(files)
    output.mkdir(parents=True, exist_ok=True)
    package_dir = output / root
    previous = _read_manifest(package_dir)
    wanted = {str(PurePosixPath(f.path).relative_to(root)): f.text for f in files}
    written, unchanged = [], []
    for rel, text in wanted.items():
        old = _read_text(package_dir / rel)
        (unchanged if old == text else written).append(rel)
    stale = sorted(previous - set(wanted))
    if not written and not [s for s in stale if (package_dir / s).exists()]:
        return WriteResult((), tuple(sorted(unchanged)), ())
    staging = Path(tempfile.mkdtemp(prefix=f".{root}.new-", dir=output))
    try:
        _build_staging(staging, package_dir, wanted, previous, set(unchanged))
        _swap_in(staging, package_dir, output, root)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return WriteResult(tuple(sorted(written)), tuple(sorted(unchanged)), tuple(stale))


def _build_staging(
    staging: Path, package_dir: Path, wanted: dict[str, str], previous: set[str], unchanged: set[str]
) -> None:
    # Hand-written files (anything not in the old manifest) come along untouched.
    if package_dir.is_dir():
        for dirpath, _dirnames, filenames in os.walk(package_dir):
            for filename in filenames:
                source = Path(dirpath) / filename
                rel = source.relative_to(package_dir).as_posix()
                if rel in wanted and rel not in unchanged:
                    continue
                if rel not in wanted and (rel in previous or "__pycache__" in rel):
                    continue
                target = staging / rel
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(source, target)
    for rel, text in wanted.items():
        if rel in unchanged and (staging / rel).exists():
            continue
        target = staging / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(target, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())


def _swap_in(staging: Path, package_dir: Path, output: Path, root: str) -> None:
    """Two renames; between them a killed run leaves `.<root>.old-*` that the next run restores."""
    if not package_dir.exists():
        os.rename(staging, package_dir)
        return
    retired = Path(tempfile.mkdtemp(prefix=f".{root}.old-", dir=output))
    retired.rmdir()
    os.rename(package_dir, retired)
    try:
        os.rename(staging, package_dir)
    except BaseException:
        os.rename(retired, package_dir)
        raise
    shutil.rmtree(retired, ignore_errors=True)


def recover_interrupted(output: Path, root: str) -> None:
    """Undo what a killed run left: restore a retired tree if the package folder is missing."""
    if not output.is_dir():
        return
    package_dir = output / root
    for leftover in sorted(output.glob(f".{root}.old-*")):
        if not package_dir.exists():
            os.rename(leftover, package_dir)
        else:
            shutil.rmtree(leftover, ignore_errors=True)
    for leftover in output.glob(f".{root}.new-*"):
        shutil.rmtree(leftover, ignore_errors=True)
