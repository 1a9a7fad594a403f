"""Tests; a package so that `python -m tests.golden_tool` and `from tests.golden_tool import ...` work."""
