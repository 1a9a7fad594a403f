"""Where `diff` reads a description from: a file, or `git:REV:PATH`, a file as a commit has it.

A git input is read by extracting the folder of PATH at REV (the document and the files beside it
or below it that its `$ref`s may reach) into a temporary folder, then loading it like a file, under
the same limits. PATH is relative to the current folder, as for `git show REV:./PATH`.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import tarfile
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path, PurePosixPath

from .errors import Location, UnreadableInput
from .documents import DocumentSet
from .parse import Limits

GIT_PREFIX = "git:"
# A folder that would unpack to more than this many times the per-document limit is refused.
_MAX_FOLDER_FACTOR = 8


@contextmanager
def open_description(source: str, limits: Limits) -> Iterator[DocumentSet]:
    """The description `source` names, loaded; an UnreadableInput (exit 2) when it cannot be."""
    if not source.startswith(GIT_PREFIX):
        yield DocumentSet(Path(source), limits)
        return
    revision, path = _split_git_source(source)
    folder = Path(tempfile.mkdtemp(prefix="openapi-diff-"))
    try:
        _extract(revision, path, folder, limits, source)
        yield DocumentSet(folder / path, limits, display_name=source)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _split_git_source(source: str) -> tuple[str, PurePosixPath]:
    revision, separator, path = source[len(GIT_PREFIX) :].partition(":")
    if not separator or not revision or not path:
        raise UnreadableInput(f"{source}: expected git:REV:PATH, e.g. git:HEAD:spec/openapi.yaml")
    if revision.startswith("-"):  # git would read it as an option (`--output=FILE` writes a file)
        raise UnreadableInput(f"{source}: a revision cannot start with '-'")
    relative = PurePosixPath(_git(["rev-parse", "--show-prefix"], source).decode().strip()) / path
    parts: list[str] = []
    for part in relative.parts:  # "spec/../spec/x.yaml" as git would name it
        if part == "..":
            if not parts:
                raise UnreadableInput(f"{source}: the path leaves the repository")
            parts.pop()
        elif part != ".":
            parts.append(part)
    return revision, PurePosixPath(*parts)


def _extract(revision: str, path: PurePosixPath, folder: Path, limits: Limits, source: str) -> None:
    kind = _git(["cat-file", "-t", f"{revision}:{path}"], source).decode().strip()
    if kind != "blob":
        raise UnreadableInput(f"{source}: not a file at {revision}")
    # From the top of the repository: in a folder below it, `git archive` reads paths from there.
    top = Path(_git(["rev-parse", "--show-toplevel"], source).decode().strip())
    archive = _git(["archive", "--format=tar", revision, "--", str(path.parent)], source, cwd=top)
    budget = limits.max_bytes * _MAX_FOLDER_FACTOR
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        members = [m for m in tar.getmembers() if m.isfile() and m.size <= limits.max_bytes]
        if sum(m.size for m in members) > budget:
            raise UnreadableInput(f"{source}: the folder of the document holds more than {budget} bytes")
        tar.extractall(folder, members=members, filter="data")


def _git(arguments: list[str], source: str, cwd: Path | None = None) -> bytes:
    try:
        done = subprocess.run(["git", *arguments], capture_output=True, check=False, cwd=cwd)
    except OSError as exc:
        raise UnreadableInput(f"{source}: cannot run git: {exc}", location=Location(source)) from None
    if done.returncode != 0:
        reason = done.stderr.decode(errors="replace").strip().splitlines()
        raise UnreadableInput(f"{source}: {reason[-1] if reason else 'git failed'}")
    return done.stdout
