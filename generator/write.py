"""Stage 6: put the rendered files on disk, safely.

- every path is checked to stay inside the output folder and to be a name every common file
  system accepts (no `..`, no absolute paths, no Windows device names such as `con` or `com1`,
  no characters Windows refuses, no two paths that differ only by case);
- files the generator did not write before (not in its manifest) are never deleted, so
  hand-written code such as `lib/` survives regeneration;
- the package folder is replaced atomically: the new tree is built beside the old one and the two
  are exchanged in one `renameat2(RENAME_EXCHANGE)` (Linux), so a run killed at any moment leaves
  either the previous tree or the new one, complete. Where that call does not exist, two renames
  are used, and a run killed between them leaves `.<package>.old-*`, which the next run restores;
- unchanged files keep their bytes and modification times (the new tree links to them);
- the project files beside the package (pyproject.toml, README.md, api.md: paths without a
  folder) are each replaced atomically, by a rename, after the package; the manifest lists them
  as `../<name>`. A file of that name that the generator did not write is never overwritten.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import difflib
import errno
import os
import re
import shutil
import stat
import sys
import tempfile
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from .errors import GeneratorError
from .manifest import HISTORY_NAME, MANIFEST_NAME, Entry, Manifest, manifest_text, read_manifest, short_digest
from .render import RenderedFile

# Names Windows reserves for devices, whatever the extension (`con.py`, `aux.txt`).
_RESERVED_STEMS = frozenset(
    {"con", "prn", "aux", "nul", "conin$", "conout$", "clock$"}
    | {f"{device}{n}" for device in ("com", "lpt") for n in [*"0123456789", "\u00b9", "\u00b2", "\u00b3"]}
)
# Portable file names: what every generated name (sanitised identifiers, runtime files) is made of.
_PORTABLE_PART = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]*$")
# Most file systems allow 255 bytes per name; leave room for the temporary names of the swap.
MAX_NAME_BYTES = 200


@dataclass(frozen=True)
class WriteResult:
    written: tuple[str, ...]
    unchanged: tuple[str, ...]
    removed: tuple[str, ...]


def unsafe_path_reason(path: str) -> str | None:
    """Why `path` ("/"-separated, relative to the output folder) may not be written, or None."""
    pure = PurePosixPath(path)
    if not path or pure.is_absolute() or "\\" in path or ":" in path:
        return "it is absolute or not a plain relative path"
    for part in path.split("/"):
        if part in ("", ".", ".."):
            return f"it has a {part!r} component"
        if part not in (MANIFEST_NAME, HISTORY_NAME) and not _PORTABLE_PART.match(part):
            return f"{part!r} is not a portable file name"
        if part.split(".")[0].lower() in _RESERVED_STEMS:
            return f"{part!r} is a name Windows reserves for a device"
        if part.endswith((".", " ")):
            return f"{part!r} ends with a dot or a space"
        if len(part.encode("utf-8")) > MAX_NAME_BYTES:
            return f"a name is longer than {MAX_NAME_BYTES} bytes"
    return None


def check_paths(files: list[RenderedFile]) -> None:
    """Refuse the whole tree (before anything is written) if one path is unsafe or ambiguous."""
    seen: dict[str, str] = {}
    for file in files:
        reason = unsafe_path_reason(file.path)
        if reason is not None:
            raise GeneratorError(f"internal error: unsafe output path {file.path[:300]!r}: {reason}")
        # Every prefix, so that `types/a.py` and `Types/b.py` collide too.
        parts = file.path.split("/")
        for end in range(1, len(parts) + 1):
            prefix = "/".join(parts[:end])
            key = prefix.lower()
            if seen.setdefault(key, prefix) != prefix:
                raise GeneratorError(f"internal error: output paths {seen[key]!r} and {prefix!r} differ only by case")


def package_root(files: list[RenderedFile]) -> str:
    roots = {PurePosixPath(f.path).parts[0] for f in files if not is_project_file(f.path)}
    if len(roots) != 1:
        raise GeneratorError("internal error: rendered files must share one package folder")
    return roots.pop()


# The folders of project files (the reference pages); any other path with a folder is in the package.
PROJECT_FOLDERS = ("reference",)


def is_project_file(path: str) -> bool:
    """A file beside the package folder rather than in it: a path without a folder, or one in a
    project folder."""
    return "/" not in path or path.split("/", 1)[0] in PROJECT_FOLDERS


# The manifest lives in the package folder; it names a project file as `../<name>`.
_PROJECT_PREFIX = "../"
# The first line of every project file the generator writes (see templates/project/).
_PROJECT_MARKER = "Generated by openapi-client-generator"


def manifest_name(root: str, path: str) -> str:
    """How the manifest in `root/` names the output file `path`."""
    return _PROJECT_PREFIX + path if is_project_file(path) else str(PurePosixPath(path).relative_to(root))


def output_path(root: str, name: str) -> str:
    """The output file (relative to the output folder) that manifest entry `name` stands for."""
    return name[len(_PROJECT_PREFIX) :] if name.startswith(_PROJECT_PREFIX) else f"{root}/{name}"


def _is_safe_manifest_name(name: str) -> bool:
    if name.startswith(_PROJECT_PREFIX):
        project_name = name[len(_PROJECT_PREFIX) :]
        return is_project_file(project_name) and unsafe_path_reason(project_name) is None
    return unsafe_path_reason(f"root/{name}") is None


def previous_manifest(output: Path, root: str, formatter: str) -> Manifest:
    """The manifest the last run left in `output/root` (entries that could name anything outside
    the package are not owned)."""
    return read_manifest(output / root, formatter, _is_safe_manifest_name)


def known_outputs(output: Path, root: str, manifest: Manifest) -> dict[str, tuple[str, str]]:
    """{path: (digest of its rendered text, its text)} for every file whose bytes on disk are
    still the ones the manifest says were written: formatting them again would change nothing."""
    known = {}
    for name, entry in manifest.entries.items():
        if not _is_safe_manifest_name(name):
            continue
        path = output_path(root, name)
        text = _read_text(output / path)
        if text is not None and short_digest(text) == entry.written:
            known[path] = (entry.rendered, text)
    return known


def with_manifest(files: list[RenderedFile], formatter: str) -> list[RenderedFile]:
    """`files` and the manifest describing them (each must carry its rendered digest)."""
    root = package_root(files)
    entries = {}
    for file in files:
        assert file.rendered_digest is not None, file.path
        entries[manifest_name(root, file.path)] = Entry(file.rendered_digest, short_digest(file.text))
    text = manifest_text(entries, formatter)
    return [*files, RenderedFile(f"{root}/{MANIFEST_NAME}", text, is_python=False, rendered_digest=short_digest(text))]


def diff_against(output: Path, files: list[RenderedFile]) -> str:
    """A unified diff from what is on disk to what would be written ('' when in sync)."""
    check_paths(files)
    root = package_root(files)
    previous = previous_manifest(output, root, "").owned
    _refuse_foreign_project_files(output, root, files, previous)
    wanted = {f.path: f.text for f in files}
    chunks: list[str] = []
    for rel in sorted(set(wanted) | {output_path(root, p) for p in previous}):
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
        if path.is_symlink() or not path.is_file():
            return None
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def write_tree(output: Path, files: list[RenderedFile]) -> WriteResult:
    """Replace the package folder under `output` with the package's files, atomically, then
    each project file beside it."""
    check_paths(files)
    root = package_root(files)
    try:
        output.mkdir(parents=True, exist_ok=True)
        with _exclusive(output):
            recover_interrupted(output, root)
            previous = previous_manifest(output, root, "").owned
            _refuse_foreign_project_files(output, root, files, previous)
            project = {f.path: f.text for f in files if is_project_file(f.path)}
            staged = _stage_project_files(output, root, project)
            try:
                package_files = [f for f in files if not is_project_file(f.path)]
                result = _write_tree(output, root, package_files, previous)
                return _merge(result, _put_project_files(output, staged, project, previous))
            finally:
                for temporary in staged.values():
                    if temporary is not None:
                        temporary.unlink(missing_ok=True)
    except OSError as exc:
        where = exc.filename or output
        raise GeneratorError(
            f"cannot write the output under {str(output)[:300]!r}: {exc.strerror or exc} ({str(where)[:300]})"
        ) from None


@contextmanager
def _exclusive(output: Path) -> Iterator[None]:
    """One run at a time writes into `output`: another run's staging folder is not a leftover
    to clean up. (A lock on the folder itself, so nothing is left beside the package; where
    `flock` does not exist, runs are not serialised.)"""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        yield
        return
    descriptor = os.open(output, os.O_RDONLY)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX)
        yield
    finally:
        os.close(descriptor)  # closing releases the lock


def _write_tree(output: Path, root: str, files: list[RenderedFile], owned: set[str]) -> WriteResult:
    package_dir = output / root
    if package_dir.is_symlink() or (package_dir.exists() and not package_dir.is_dir()):
        raise GeneratorError(f"cannot write the output: {str(package_dir)[:300]!r} exists and is not a folder")
    previous = {name for name in owned if not name.startswith(_PROJECT_PREFIX)}
    wanted = {str(PurePosixPath(f.path).relative_to(root)): f.text for f in files}
    written: list[str] = []
    unchanged: list[str] = []
    for rel, text in wanted.items():
        old = _read_text(package_dir / rel)
        (unchanged if old == text else written).append(rel)
    stale = sorted(previous - set(wanted))
    if not written and not [s for s in stale if os.path.lexists(package_dir / s)]:
        return WriteResult((), tuple(sorted(unchanged)), ())
    staging = Path(tempfile.mkdtemp(prefix=f".{root}.new-", dir=output))
    try:
        _build_staging(staging, package_dir, wanted, previous, set(unchanged))
        _swap_in(staging, package_dir, output, root)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return WriteResult(tuple(sorted(written)), tuple(sorted(unchanged)), tuple(stale))


def _refuse_foreign_project_files(output: Path, root: str, files: list[RenderedFile], owned: set[str]) -> None:
    """A project file may replace only what the generator wrote: a file it owns (its manifest
    says so) or one that carries its marker line. Anything else, such as a team's own README,
    stops the run before anything is written."""
    for file in files:
        if not is_project_file(file.path):
            continue
        target = output / file.path
        _refuse_linked_folders(output, file.path)
        if not os.path.lexists(target) or manifest_name(root, file.path) in owned:
            if target.is_symlink() or (os.path.lexists(target) and not target.is_file()):
                raise GeneratorError(f"cannot write {str(target)[:300]!r}: it is a link or a folder, not a file")
            continue
        current = _read_text(target)
        if current is None or (current != file.text and _PROJECT_MARKER not in current.split("\n", 1)[0]):
            raise GeneratorError(
                f"{str(target)[:300]} exists and was not written by the generator, so it is left as it is: "
                "move it away, choose another output folder, or set `project_files: false` in the config"
            )


def _remove_empty_folders(output: Path, name: str) -> None:
    """The project folders a removed page leaves empty (`reference/types/`, then `reference/`)."""
    parts = name.split("/")[:-1]
    while parts:
        try:
            (output / "/".join(parts)).rmdir()
        except OSError:  # not empty, or already gone
            return
        parts.pop()


def _refuse_linked_folders(output: Path, path: str) -> None:
    """A project folder must be a real folder: through a link, a page would land elsewhere."""
    folder = output
    for part in path.split("/")[:-1]:
        folder = folder / part
        if folder.is_symlink() or (os.path.lexists(folder) and not folder.is_dir()):
            raise GeneratorError(f"cannot write into {str(folder)[:300]!r}: it is a link or a file, not a folder")


def _stage_project_files(output: Path, root: str, project: dict[str, str]) -> dict[str, Path | None]:
    """Each changed project file written and synced under a temporary name beside its target
    (None: unchanged), so that putting it in place is a single rename."""
    staged: dict[str, Path | None] = {}
    try:
        for name, text in sorted(project.items()):
            target = output / name
            if _read_text(target) == text:
                staged[name] = None
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            descriptor, temporary = tempfile.mkstemp(prefix=f".{root}.new-{target.name}-", dir=target.parent)
            staged[name] = Path(temporary)
            with os.fdopen(descriptor, "w", encoding="utf-8", newline="\n") as handle:
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
            mode = stat.S_IMODE(target.stat().st_mode) if target.is_file() else _default_dir_mode() & 0o666
            os.chmod(temporary, mode)
    except BaseException:
        for leftover in staged.values():
            if leftover is not None:
                leftover.unlink(missing_ok=True)
        raise
    return staged


def _put_project_files(
    output: Path, staged: dict[str, Path | None], project: dict[str, str], owned: set[str]
) -> WriteResult:
    """Rename the staged project files into place; delete those the generator wrote before and
    no longer writes (e.g. `project_files` was switched off)."""
    written = []
    for name, temporary in sorted(staged.items()):
        if temporary is not None:
            os.replace(temporary, output / name)
            written.append(_PROJECT_PREFIX + name)
    removed = []
    for entry in sorted(owned):
        name = entry[len(_PROJECT_PREFIX) :]
        if entry.startswith(_PROJECT_PREFIX) and name not in project and _is_safe_manifest_name(entry):
            target = output / name
            if target.is_file() and not target.is_symlink():
                target.unlink()
                removed.append(entry)
                _remove_empty_folders(output, name)
    if written or removed:
        for folder in sorted({(output / name).parent for name in project} | {output}):
            _fsync_dir(folder)
    unchanged = [_PROJECT_PREFIX + name for name, temporary in staged.items() if temporary is None]
    return WriteResult(tuple(written), tuple(sorted(unchanged)), tuple(removed))


def _merge(package: WriteResult, project: WriteResult) -> WriteResult:
    return WriteResult(
        package.written + project.written, package.unchanged + project.unchanged, package.removed + project.removed
    )


def _build_staging(
    staging: Path, package_dir: Path, wanted: dict[str, str], previous: set[str], unchanged: set[str]
) -> None:
    # mkdtemp makes the folder private (0700); the package gets the old folder's mode or the
    # mode a plain `mkdir` would give it.
    staging.chmod(stat.S_IMODE(package_dir.stat().st_mode) if package_dir.is_dir() else _default_dir_mode())
    # Hand-written files (anything not in the old manifest) come along untouched.
    if package_dir.is_dir():
        _copy_hand_written(staging, package_dir, wanted, previous, unchanged)
    written = []
    for rel, text in wanted.items():
        if rel in unchanged and (staging / rel).is_file():
            continue
        target = staging / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(target, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        written.append(target)
    # Every new file reaches the disk before the tree is swapped in; fsync waits on the disk,
    # so many at once (as a journal commits them together) cost little more than one.
    with ThreadPoolExecutor(max_workers=16) as pool:
        list(pool.map(_fsync_file, written))
    _fsync_dir(staging)


def _copy_hand_written(
    staging: Path, package_dir: Path, wanted: dict[str, str], previous: set[str], unchanged: set[str]
) -> None:
    for dirpath, dirnames, filenames in os.walk(package_dir):
        here = Path(dirpath)
        rel_dir = here.relative_to(package_dir)
        if "__pycache__" in rel_dir.parts:
            continue
        if rel_dir.parts and not dirnames and not filenames:  # an empty folder someone made
            (staging / rel_dir).mkdir(parents=True, exist_ok=True)
        for name in list(dirnames):
            if (here / name).is_symlink():  # os.walk does not descend into it; keep the link
                filenames.append(name)
                dirnames.remove(name)
        for filename in filenames:
            source = here / filename
            rel = (rel_dir / filename).as_posix()
            if rel in wanted and rel not in unchanged:
                continue
            if rel not in wanted and (rel in previous or "__pycache__" in rel):
                continue
            target = staging / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            if source.is_symlink():
                os.symlink(os.readlink(source), target)
            else:
                _link_or_copy(source, target)


def _link_or_copy(source: Path, target: Path) -> None:
    """A file we keep as it is: a hard link costs no copy (the old tree is removed after the
    swap, so the link is then the file's only name); a copy where links are not supported."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def _default_dir_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o777 & ~umask


def _fsync_file(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _fsync_dir(path: Path) -> None:
    try:
        descriptor = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def _swap_in(staging: Path, package_dir: Path, output: Path, root: str) -> None:
    """Put `staging` in place of `package_dir` so that no moment leaves a half tree behind."""
    if not package_dir.exists():
        os.rename(staging, package_dir)
        _fsync_dir(output)
        return
    if _exchange(staging, package_dir):
        # `staging` now holds the previous tree; a kill from here on leaves only a stray
        # `.<package>.new-*` folder, which the next run deletes.
        _fsync_dir(output)
        shutil.rmtree(staging, ignore_errors=True)
        return
    retired = Path(tempfile.mkdtemp(prefix=f".{root}.old-", dir=output))
    retired.rmdir()
    os.rename(package_dir, retired)
    try:
        os.rename(staging, package_dir)
    except BaseException:
        os.rename(retired, package_dir)
        raise
    _fsync_dir(output)
    shutil.rmtree(retired, ignore_errors=True)


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(first: Path, second: Path) -> bool:
    """Atomically exchange two folders (Linux `renameat2`); False when the system cannot."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    renameat2.restype = ctypes.c_int
    result = renameat2(_AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE)
    if result == 0:
        return True
    error = ctypes.get_errno()
    if error in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):  # the file system cannot exchange
        return False
    raise OSError(error, os.strerror(error), str(second))


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
        if leftover.is_dir() and not leftover.is_symlink():
            shutil.rmtree(leftover, ignore_errors=True)
        else:  # a project file staged by a run that was killed
            leftover.unlink(missing_ok=True)
