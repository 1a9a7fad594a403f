"""Stage 5: black, in-process, so output looks the same whoever runs the generator."""

from __future__ import annotations

import black

from .errors import GeneratorError
from .render import RenderedFile

# Pinned here rather than read from any pyproject.toml, so the output never depends on where the
# generator is run from.
_MODE = black.Mode(target_versions={black.TargetVersion.PY310}, line_length=120)


def format_files(files: list[RenderedFile]) -> list[RenderedFile]:
    return [_format_one(f) if f.is_python else f for f in files]


def _format_one(file: RenderedFile) -> RenderedFile:
    try:
        text = black.format_str(file.text, mode=_MODE)
    except black.NothingChanged:
        text = file.text
    except Exception as exc:  # black raises several types for unparsable source
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise GeneratorError(f"internal error: rendered {file.path} is not valid Python ({first})") from None
    return RenderedFile(file.path, text, file.is_python)
