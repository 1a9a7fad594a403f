"""Shared test helpers: where the repository is, and the generator's CLI run in-process.

How to run the tests:

    make test                      # everything, on 2 workers (what CI runs); tests/unit included
    make test-fast                 # the unit layer only: `pytest -q tests/unit`, a few seconds
    .venv/bin/python -m pytest -q -m "not slow" tests/test_cli.py   # one file, without its slow tests

tests/unit/ checks the rules of naming, config and the IR build one by one, each on a small document
built in this process (tests/unit/harness.py is the one place it reaches the loader and builder);
the files beside it check whole generated packages, the CLI, the runtime and the corpus.

`slow` marks what needs minutes or other programs: the corpus over ../shared/specs, mypy, the Prism
mock server, subprocesses of the generator (hostile limits, kills, determinism across interpreters)
and the big real documents. `make test` runs them all, with `--dist loadgroup`: tests that share an
expensive module or session fixture (the corpus run, Prism, the generated fixture packages, a mypy
cache) carry the same `xdist_group`, so that fixture is built once, on one worker; the groups that
take longest are collected first (`pytest_collection_modifyitems` below), so they start first.

Every test session gets its own, empty generator cache (OPENAPI_CLIENT_GENERATOR_CACHE_DIR), so no
test reads or writes the developer's ~/.cache/openapi-client-generator.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional

import pytest

# Nothing of the generator is imported at module level: the cache folder must be set (in
# pytest_configure) before any generator code could look at the environment.

REPO_ROOT = Path(__file__).resolve().parent.parent
CACHE_ENV = "OPENAPI_CLIENT_GENERATOR_CACHE_DIR"
# This process's cache folder, and the value CACHE_ENV had before (restored at the end).
_CACHE_FOLDER = pytest.StashKey[tuple[str, Optional[str]]]()

# Groups (xdist_group names) in the order they should start: the longest first.
GROUPS_FIRST = ("corpus", "prism", "constructs", "generated-package-mypy")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "slow: needs minutes or other programs (corpus, mypy, Prism, generator subprocesses)"
    )
    _isolate_generator_cache(config)


def _isolate_generator_cache(config: pytest.Config) -> None:
    """Point the generator's on-disk cache at a fresh folder for this process (each xdist worker
    runs this hook too, so each worker has its own); subprocesses inherit it through os.environ."""
    folder = tempfile.mkdtemp(prefix="generator-cache-")
    config.stash[_CACHE_FOLDER] = (folder, os.environ.get(CACHE_ENV))
    os.environ[CACHE_ENV] = folder


def pytest_unconfigure(config: pytest.Config) -> None:
    folder, previous = config.stash.get(_CACHE_FOLDER, (None, None))
    if folder is None:
        return
    if previous is None:
        os.environ.pop(CACHE_ENV, None)
    else:
        os.environ[CACHE_ENV] = previous
    shutil.rmtree(folder, ignore_errors=True)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Collect the long groups first: with `--dist loadgroup --no-loadscope-reorder` (make test)
    work is handed out in collection order, and a long group that starts last ends last."""

    def rank(item: pytest.Item) -> int:
        group = _xdist_group(item)
        return GROUPS_FIRST.index(group) if group in GROUPS_FIRST else len(GROUPS_FIRST)

    items.sort(key=rank)  # stable: the order within a rank stays the order of the files


def _xdist_group(item: pytest.Item) -> Optional[str]:
    marker = item.get_closest_marker("xdist_group")
    if marker is None:
        return None
    return marker.args[0] if marker.args else marker.kwargs.get("name")


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
