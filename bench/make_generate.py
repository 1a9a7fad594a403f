"""Time `make generate` on a fresh clone: cold (creates .venv, installs, generates) and warm.

    python bench/make_generate.py            # clones HEAD of this repository into a temp folder

Prints both wall times. The cold run downloads from PyPI, so it depends on the network and the
package cache; the warm run is the number to compare between versions.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def timed(command: list[str], cwd: Path) -> float:
    started = time.perf_counter()
    subprocess.run(command, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="bench-make-generate-") as tmp:
        clone = Path(tmp) / "main"
        subprocess.run(["git", "clone", "--quiet", str(REPO), str(clone)], check=True)
        env_note = f"python {sys.version.split()[0]}, {os.cpu_count()} cpu"
        cold = timed(["make", "generate"], clone)
        warm = timed(["make", "generate"], clone)
        status = subprocess.run(["git", "status", "--porcelain", "generated"], cwd=clone, capture_output=True, text=True)
        print(f"make generate, fresh clone ({env_note}): cold {cold:.1f} s, nothing changed {warm:.1f} s")
        print("generated/ after both runs: " + ("unchanged" if not status.stdout.strip() else "CHANGED:\n" + status.stdout))
    return 0


if __name__ == "__main__":
    sys.exit(main())
