"""Stage 5: black, in-process or in worker processes, skipped where the manifest already knows.

black is most of a cold run's cost (about 30 microseconds per token: ~12 s of CPU for the
public LangSmith description's 880 files), so:
- a file whose rendered text is the one the manifest recorded, and whose bytes on disk are still
  the ones written then, is not formatted again (`known`);
- the templates print black's own layout, so black's first pass changes nothing and its
  second pass (run only after a change) is not needed;
- large batches go to worker processes, largest files first; each file is formatted on its
  own, so the result does not depend on how work is split. Workers may be started before the
  document is loaded (`start_workers`), so they do not carry its memory.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.pool
import os
from typing import Any

from .errors import GeneratorError
from . import fingerprint
from .layout import LINE_LENGTH
from .manifest import short_digest
from .render import RenderedFile

# Pinned here (and the line length in `layout`) rather than read from any pyproject.toml, so the
# output never depends on where the generator is run from.
TARGET_VERSION = "PY310"

# Below this many characters of Python the cost of handing work to workers outweighs the gain.
PARALLEL_THRESHOLD = 400_000

# The formatter the built-in runtime files (templates/runtime/) are kept formatted with:
# tests/test_layout.py checks that this is the installed one and that black changes none of
# them. With this formatter they are copied without formatting; with any other, formatted.
RUNTIME_FORMATTED_WITH = "black 26.10.1, line length 120, py310"


def formatter_identity() -> str:
    """What the manifest records of the formatter: its output depends on nothing else."""
    return f"black {fingerprint.installed_versions().get('black', 'unknown')}, line length {LINE_LENGTH}, {TARGET_VERSION.lower()}"


class Formatter:
    """Formats rendered files; owns the worker processes, if any."""

    def __init__(self) -> None:
        self._pool: multiprocessing.pool.Pool | None = None

    def start_workers(self, jobs: int | None = None) -> None:
        """Start worker processes now, while this process is still small."""
        jobs = jobs or min(os.cpu_count() or 1, 8)
        if self._pool is not None or jobs < 2:
            return
        import black  # noqa: F401 - imported once here, shared by the forked workers

        methods = multiprocessing.get_all_start_methods()
        # A Pool forks its workers as it is made, before it starts its own threads.
        self._pool = multiprocessing.get_context("fork" if "fork" in methods else "spawn").Pool(jobs)

    def close(self) -> None:
        """Stop the workers (at once: they hold nothing that needs finishing)."""
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()
            self._pool = None

    def format(self, files: list[RenderedFile], known: dict[str, tuple[str, str]]) -> list[RenderedFile]:
        """`files` formatted; `known` maps a path to (digest of rendered text, formatted text)."""
        stream = self.stream(known)
        for file in files:
            stream.submit(file)
        return stream.results()

    def stream(self, known: dict[str, tuple[str, str]]) -> FormatStream:
        """Files formatted as they are rendered: with workers running, black starts on the first
        file while the templates render the rest."""
        return FormatStream(self, known)

    def _format_batch(self, files: list[RenderedFile]) -> list[RenderedFile]:
        size = sum(len(f.text) for f in files)
        if size >= PARALLEL_THRESHOLD and self._pool is None:
            self.start_workers()
        if self._pool is None or size < PARALLEL_THRESHOLD:
            return [format_one(f) for f in files]
        order = sorted(range(len(files)), key=lambda i: -len(files[i].text))
        done = self._pool.map(_format_in_worker, [files[i] for i in order], chunksize=4)
        result: list[Any] = [None] * len(files)
        for position, index in enumerate(order):
            result[index] = done[position]
        return result


class FormatStream:
    """The files of one run, in the order given, each formatted, reused or passed through."""

    def __init__(self, formatter: Formatter, known: dict[str, tuple[str, str]]):
        self._formatter = formatter
        self._known = known
        self._runtime_formatted = formatter_identity() == RUNTIME_FORMATTED_WITH
        # Each entry: a finished file, an AsyncResult from a worker, or a file still to format.
        self._entries: list[Any] = []
        self._later: list[int] = []

    def submit(self, file: RenderedFile) -> None:
        if file.rendered_digest is not None:  # reused as it is on disk: formatted already
            self._entries.append(file)
            return
        rendered = short_digest(file.text)
        previous = self._known.get(file.path)
        pool = self._formatter._pool
        if not file.is_python or (file.builtin_runtime and self._runtime_formatted):
            self._entries.append(file.with_text(file.text, rendered))
        elif previous is not None and previous[0] == rendered:
            self._entries.append(file.with_text(previous[1], rendered))
        elif pool is not None:
            self._entries.append(pool.apply_async(_format_in_worker, (file,)))
        else:
            self._later.append(len(self._entries))
            self._entries.append(file)

    def results(self) -> list[RenderedFile]:
        for index, formatted in zip(self._later, self._formatter._format_batch([self._entries[i] for i in self._later])):
            self._entries[index] = formatted
        return [entry if isinstance(entry, RenderedFile) else entry.get() for entry in self._entries]


def _format_in_worker(file: RenderedFile) -> RenderedFile:
    return format_one(file)  # looked up when called, so that the worker runs what the parent would


def black_mode() -> Any:
    """The one black mode every generated file is formatted with."""
    import black

    return black.Mode(target_versions={black.TargetVersion[TARGET_VERSION]}, line_length=LINE_LENGTH)


def format_one(file: RenderedFile) -> RenderedFile:
    import black

    try:
        text = black.format_str(file.text, mode=black_mode())
    except black.NothingChanged:
        text = file.text
    except Exception as exc:  # black raises several types for unparsable source
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise GeneratorError(f"internal error: rendered {file.path} is not valid Python ({first})") from None
    return file.with_text(text, short_digest(file.text))


def format_files(files: list[RenderedFile]) -> list[RenderedFile]:
    """Every Python file formatted, in this process (for tools and tests)."""
    return Formatter().format(files, {})
