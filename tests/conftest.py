"""Shared test helpers: where the repository is, and the generator's CLI run in-process."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class CliResult:
    code: int
    out: str
    err: str


def _run_cli(*args: object) -> CliResult:
    from tests.golden_tool import run_generator

    return CliResult(*run_generator([str(a) for a in args]))


RunCli = Callable[..., CliResult]


@pytest.fixture
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture
def run_cli() -> RunCli:
    """`run_cli("validate", path)` is `python -m generator validate path`, run in this process."""
    return _run_cli
