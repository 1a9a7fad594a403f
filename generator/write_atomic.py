"""Stage 6, the disk side: a package folder replaced in one step, files on disk before they count.

- the package folder is replaced atomically: the new tree is built beside the old one and the two
  are exchanged in one `renameat2(RENAME_EXCHANGE)` (Linux), so a run killed at any moment leaves
  either the previous tree or the new one, complete. Where that call does not exist, two renames
  are used, and a run killed between them leaves `.<package>.old-*`, which the next run restores
  (`recover_interrupted`);
- unchanged files keep their bytes and modification times (the new tree links to them), and
  hand-written files (anything the previous manifest does not list) come along untouched;
- a single file is staged, synced, under a temporary name beside its target, so that putting it
  in place is one rename.
What to write, and whether it may be written, is write.py's.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import errno
import os
import shutil
import stat
import sys
import tempfile
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def exclusive(output: Path) -> Iterator[None]:
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


def replace_package(output: Path, root: str, wanted: dict[str, str], previous: set[str], unchanged: set[str]) -> None:
    """Put the package `wanted` ({path in the package: text}) in place of `output/root`: the files
    the previous manifest listed (`previous`) and no longer wanted go, every other file stays."""
    package_dir = output / root
    staging = Path(tempfile.mkdtemp(prefix=f".{root}.new-", dir=output))
    try:
        _build_staging(staging, package_dir, wanted, previous, unchanged)
        _swap_in(staging, package_dir, output, root)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def stage_file(target: Path, text: str, prefix: str) -> Path:
    """`text` written and synced under a temporary name (starting with `prefix`) beside `target`,
    with the mode `target` has or a new file would get; the caller renames it into place."""
    target.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(prefix=prefix, dir=target.parent)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        mode = stat.S_IMODE(target.stat().st_mode) if target.is_file() else _default_dir_mode() & 0o666
        os.chmod(temporary, mode)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return Path(temporary)


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
    fsync_dir(staging)


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


def fsync_dir(path: Path) -> None:
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
        fsync_dir(output)
        return
    if _exchange(staging, package_dir):
        # `staging` now holds the previous tree; a kill from here on leaves only a stray
        # `.<package>.new-*` folder, which the next run deletes.
        fsync_dir(output)
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
    fsync_dir(output)
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
