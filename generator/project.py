"""The generated package as a project: its version, the Python and libraries it needs, and
whether the files that make the output folder installable are written.

The runtime's dependencies are defined here once; `pyproject.toml` and the README are rendered
from them, and tests/test_project.py checks them against what the runtime imports and what the
tests install (each range starts at the version the test suite runs the client with).
"""

from __future__ import annotations

from typing import Any

from .config import Config
from .errors import Finding, Severity
from .ir import Project
from .versions import version_from_spec

# The Python versions the generated code supports (it is type-checked for the oldest).
REQUIRES_PYTHON = ">=3.10"

# (distribution, import name, version range) of every third-party library the runtime imports.
# Each lower bound is the version pinned in this repo's `test` extra; the upper bound is the next
# major version, whose breaking changes nothing here has been tested against.
RUNTIME_DEPENDENCIES: tuple[tuple[str, str, str], ...] = (
    ("anyio", "anyio", ">=4.16.0,<5"),
    ("httpx", "httpx", ">=0.28.1,<1"),
    ("pydantic", "pydantic", ">=2.13.4,<3"),
    ("typing-extensions", "typing_extensions", ">=4.16.0,<5"),
)


def build_project(info: Any, config: Config, package_name: str, findings: list[Finding]) -> Project:
    """The project around package `package_name`; `info` is the spec's `info` object."""
    return Project(
        distribution=package_name.replace("_", "-"),
        version=_version(info, config, findings),
        requires_python=REQUIRES_PYTHON,
        dependencies=tuple(f"{name}{versions}" for name, _, versions in RUNTIME_DEPENDENCIES),
        write_files=config.project_files,
    )


def _version(info: Any, config: Config, findings: list[Finding]) -> str:
    """The config's `version` (checked to be canonical PEP 440 when the config was read), else
    the spec's `info.version`, made PEP 440 when it is not."""
    if config.version is not None:
        return config.version
    spec_version = info.get("version") if isinstance(info, dict) else None
    text = str(spec_version) if isinstance(spec_version, (str, int, float)) else ""
    version, made_up = version_from_spec(text)
    if made_up:
        findings.append(
            Finding(
                Severity.WARNING,
                "/info/version" if text else "/info",
                f"info.version {text!r} is not a PEP 440 version; the package is versioned {version!r} "
                "(set `version` in the config to choose another)",
            )
        )
    return version
