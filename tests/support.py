"""Paths and helpers shared by the tests of the generated package."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType

REPO_ROOT = Path(__file__).resolve().parent.parent
GENERATED = REPO_ROOT / "generated"
SHARED = REPO_ROOT.parent / "shared"


def import_generated(module: str) -> ModuleType:
    """Import a module of the committed generated package (generated/ on sys.path)."""
    if str(GENERATED) not in sys.path:
        sys.path.insert(0, str(GENERATED))
    return importlib.import_module(module)
