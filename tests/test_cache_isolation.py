"""The tests never touch the developer's generator cache (tests/conftest.py gives each test
process a fresh one through OPENAPI_CLIENT_GENERATOR_CACHE_DIR)."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.conftest import CACHE_ENV


def test_the_generator_cache_is_a_temporary_folder_of_its_own() -> None:
    folder = Path(os.environ[CACHE_ENV])
    assert folder.is_dir()
    assert folder.resolve().is_relative_to(Path(tempfile.gettempdir()).resolve())
    assert not folder.resolve().is_relative_to((Path.home() / ".cache").resolve())


def test_generator_subprocesses_see_the_same_cache_folder() -> None:
    shown = subprocess.run(
        [sys.executable, "-c", f"import os; print(os.environ[{CACHE_ENV!r}])"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert shown.stdout.strip() == os.environ[CACHE_ENV]
