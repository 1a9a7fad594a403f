"""The unit layer: rules of naming, config and the IR build, each checked on a small document built
in this process (tests/unit/harness.py). `make test-fast` runs only this folder."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Optional

import pytest

from tests.unit.harness import Built, BuildIR, Config, build


@pytest.fixture
def build_ir(tmp_path: Path) -> BuildIR:
    """`build_ir(document, config=None)`: the IR of a document given as a dict (harness.build)."""

    def run(document: dict[str, Any], config: Optional[Config] = None) -> Built:
        return build(tmp_path, document, config)

    return run
