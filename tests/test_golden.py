"""Each fixture in tests/fixtures/ generates exactly its tree in tests/golden/ (runtime copies aside).

See tests/golden_tool.py for the layout; `make golden` rewrites the trees after a deliberate change.
"""

from __future__ import annotations

import pytest

from tests import golden_tool

STEMS = golden_tool.fixture_stems()


def test_there_are_fixtures() -> None:
    assert STEMS, f"no fixtures found in {golden_tool.FIXTURES}"


@pytest.mark.parametrize("stem", STEMS)
def test_fixture_matches_golden_tree(stem: str) -> None:
    expected = golden_tool.expected_tree(stem)
    assert expected, f"tests/golden/{stem}/ is missing: run `make golden` and review the new tree"
    actual = golden_tool.actual_tree(stem)
    if actual != expected:
        diff = golden_tool.tree_diff(expected, actual, label=f"tests/golden/{stem}")
        pytest.fail(
            f"generated output for tests/fixtures/{stem}.yaml differs from tests/golden/{stem}/ "
            f"(- golden, + generated now). If the change is intended, run `make golden` and review "
            f"the diff.\n{diff}",
            pytrace=False,
        )


def test_no_golden_tree_without_fixture() -> None:
    orphans = sorted(p.name for p in golden_tool.GOLDEN.iterdir() if p.is_dir() and p.name not in STEMS)
    assert not orphans, f"golden trees without a fixture: {orphans}; run `make golden` to remove them"
