"""What a run's result depends on, as digests: the keys of every shortcut.

A shortcut may only be taken when nothing it depends on has changed. Besides the run's own
inputs (the documents read, the config, a user's template folder), that is the generator
itself: its source, its built-in templates and the versions of the libraries whose output we
pass on (black formats the code; the validators word the findings). The generator's source is
hashed rather than its version number, so a change that did not bump the version still counts.

Cheap on purpose (a few milliseconds): a no-op run computes it before importing anything heavy.
"""

from __future__ import annotations

import importlib.util
import os
import re
import sys
from functools import lru_cache
from pathlib import Path

from .cache import digest
from .errors import GeneratorError

_GENERATOR_FOLDER = Path(__file__).resolve().parent
# The package the built-in templates are installed as (pyproject.toml maps templates/ to it).
_TEMPLATES_PACKAGE = f"{__package__}.templates"

# The libraries whose versions can change what a run prints or writes.
_DEPENDENCIES = (
    "black",
    "pytokens",
    "jinja2",
    "pyyaml",
    "openapi_spec_validator",
    "openapi_schema_validator",
    "jsonschema",
    "jsonschema_rs",
    "jsonschema_path",
    "jsonschema_specifications",
    "referencing",
)
_DIST_INFO = re.compile(r"^(?P<name>[^-]+)-(?P<version>[^-]+)\.dist-info$")


def builtin_templates() -> Path:
    """The folder of the built-in templates: the installed `generator.templates` package.

    Found through the import system, like importlib.resources.files() would, but with
    importlib.util.find_spec: importlib.resources brings in zipfile and made every no-op run
    ~10 ms (7%) slower. A Path, not just a Traversable: Jinja's FileSystemLoader and the digests
    read it as a folder, which it is for a wheel or an editable install; a zip is refused."""
    spec = importlib.util.find_spec(_TEMPLATES_PACKAGE)
    if spec is None:
        return _checkout_templates()
    locations = list(spec.submodule_search_locations or [])
    if len(locations) != 1 or not Path(locations[0]).is_dir():
        raise GeneratorError(
            f"the built-in templates ({', '.join(locations) or spec.origin}) are not a folder on the file system; "
            "install the generator from a wheel or with `pip install -e .`"
        )
    templates = Path(locations[0]).resolve()
    if templates not in (_GENERATOR_FOLDER / "templates", _GENERATOR_FOLDER.parent / "templates"):
        # Neither inside this package (a wheel) nor beside it (an editable install): this is a
        # checkout on PYTHONPATH, and an editable install of another checkout answered for
        # `generator.templates`. Its templates would not match this code.
        return _checkout_templates()
    return templates


def _checkout_templates() -> Path:
    """A source checkout run with PYTHONPATH and never installed has no `generator.templates`
    package of its own (only pyproject.toml's package-dir makes one), but its templates/ folder is
    right beside generator/."""
    checkout = _GENERATOR_FOLDER.parent / "templates"
    if not checkout.is_dir():
        raise GeneratorError(f"the built-in templates are missing: no {_TEMPLATES_PACKAGE} package, no {checkout}")
    return checkout


BUILTIN_TEMPLATES = builtin_templates()


def folder_digest(folder: Path) -> str:
    """Every file under `folder`, by relative name and content (caches and bytecode aside)."""
    parts: list[bytes | str] = []
    for path in sorted(folder.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
            parts += [path.relative_to(folder).as_posix(), path.read_bytes()]
    return digest(*parts)


@lru_cache(maxsize=None)
def generator_fingerprint() -> str:
    """The generator's source, built-in templates, Python and dependency versions."""
    sources = [p for p in sorted(_GENERATOR_FOLDER.glob("*.py"))]
    parts: list[bytes | str] = [sys.implementation.name, ".".join(map(str, sys.version_info[:3]))]
    for path in sources:
        parts += [path.name, path.read_bytes()]
    parts.append(folder_digest(BUILTIN_TEMPLATES) if BUILTIN_TEMPLATES.is_dir() else "no built-in templates")
    versions = installed_versions()
    parts += [f"{name}=={versions.get(name, 'absent')}" for name in _DEPENDENCIES]
    return digest(*parts)


@lru_cache(maxsize=None)
def installed_versions() -> dict[str, str]:
    """{normalised distribution name: version}, read from the `*.dist-info` folder names on
    sys.path (importlib.metadata costs more than the rest of a no-op run)."""
    versions: dict[str, str] = {}
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for name in names:
            match = _DIST_INFO.match(name)
            if match:
                versions.setdefault(_normalised(match["name"]), match["version"])
    return versions


def _normalised(name: str) -> str:
    return re.sub(r"[-_.]+", "_", name).lower()
