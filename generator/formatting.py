"""Stage 5: black, in-process, so output looks the same whoever runs the generator.

Formatting is most of the generator's run time on large specs (about 20 s of CPU for the 880
files of the public LangSmith description), so big batches are spread over worker processes.
Each file is formatted on its own, so the result does not depend on how work is split.
"""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor

import black

from .errors import GeneratorError
from .render import RenderedFile

# Pinned here rather than read from any pyproject.toml, so the output never depends on where the
# generator is run from.
_MODE = black.Mode(target_versions={black.TargetVersion.PY310}, line_length=120)

# Below this many characters of Python the cost of starting workers outweighs the gain.
_PARALLEL_THRESHOLD = 400_000


def format_files(files: list[RenderedFile], jobs: int | None = None) -> list[RenderedFile]:
    python = [i for i, f in enumerate(files) if f.is_python]
    jobs = jobs or min(os.cpu_count() or 1, 8)
    size = sum(len(files[i].text) for i in python)
    if jobs < 2 or size < _PARALLEL_THRESHOLD:
        formatted = [_format_one(files[i]) for i in python]
    else:
        formatted = _format_in_workers([files[i] for i in python], jobs)
    result = list(files)
    for index, file in zip(python, formatted):
        result[index] = file
    return result


def _format_in_workers(files: list[RenderedFile], jobs: int) -> list[RenderedFile]:
    # Largest first, so no worker is left with one big file at the end.
    order = sorted(range(len(files)), key=lambda i: -len(files[i].text))
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        done = list(pool.map(_format_one, [files[i] for i in order], chunksize=8))
    result: list[RenderedFile | None] = [None] * len(files)
    for position, index in enumerate(order):
        result[index] = done[position]
    return [f for f in result if f is not None]


def _format_one(file: RenderedFile) -> RenderedFile:
    try:
        text = black.format_str(file.text, mode=_MODE)
    except black.NothingChanged:
        text = file.text
    except Exception as exc:  # black raises several types for unparsable source
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise GeneratorError(f"internal error: rendered {file.path} is not valid Python ({first})") from None
    return RenderedFile(file.path, text, file.is_python)
