"""`bench/run.py --smoke` runs every case of the benchmark harness once on a tiny document.

It keeps the harness from rotting while the generator changes under it. Nothing here looks at the
numbers (they depend on the machine and its load), and nothing needs the network: smoke mode never
installs the peers, and uses them only when `make bench` has installed them already.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CASES = ("cold", "cold-large", "one-change", "no-op", "parse")


def test_smoke_run_prints_a_table_for_every_case() -> None:
    result = subprocess.run(
        [sys.executable, str(REPO / "bench" / "run.py"), "--smoke"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,  # a hang guard only: a smoke run takes well under a minute
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    for case in CASES:
        # The case's heading, a blank line, the table's header row, then at least one measured row.
        table = re.search(
            rf"^### {re.escape(case)}: .*\n\n\| run \|.*\n\|( --- \|)+\n\| \S", result.stdout, re.MULTILINE
        )
        assert table, f"no table for case {case!r} in:\n{result.stdout}"
    assert "results written to" in result.stdout
