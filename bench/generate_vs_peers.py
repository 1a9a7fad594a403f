"""Our generator and datamodel-code-generator on the same documents, side by side in one run.

    python bench/generate_vs_peers.py [DOC ...]     # default: ../shared/specs/real/langsmith.json

datamodel-code-generator writes models only (no client), so the comparison flatters it; it is our
reference for model semantics. Each tool runs `--repeat` times (default 3) in a subprocess, with
the other idle; the table gives the best wall time of each and the ratio ours / theirs.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PY = sys.executable
DEFAULT_DOC = REPO.parent / "shared" / "specs" / "real" / "langsmith.json"


def best_of(repeat: int, make_command) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        with tempfile.TemporaryDirectory() as tmp:
            command = make_command(Path(tmp))
            started = time.perf_counter()
            result = subprocess.run(command, cwd=REPO, capture_output=True, text=True)
            elapsed = time.perf_counter() - started
            if result.returncode != 0:
                raise SystemExit(f"{' '.join(command)} failed:\n{result.stderr[-2000:]}")
            times.append(elapsed)
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("docs", nargs="*", type=Path, default=[DEFAULT_DOC])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print(f"{'document':40} {'ours (client)':>14} {'datamodel-codegen (models)':>27} {'ratio':>7}")
    for doc in args.docs:
        ours = best_of(args.repeat, lambda out: [PY, "-m", "generator", "generate", "--spec", str(doc), "--output", str(out)])
        theirs = best_of(
            args.repeat,
            lambda out: [
                PY, "-m", "datamodel_code_generator", "--input", str(doc), "--input-file-type", "openapi",
                "--output", str(out / "models"), "--output-model-type", "pydantic_v2.BaseModel",
            ],
        )  # fmt: skip
        print(f"{doc.name:40} {ours:>12.1f} s {theirs:>25.1f} s {ours / theirs:>7.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
