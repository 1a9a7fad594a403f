"""What the generator's refusals of hostile documents cost: wall time, CPU time and peak memory.

    .venv/bin/python bench/limits.py              # every case, 3 runs each (the table shows the best)
    .venv/bin/python bench/limits.py --repeat 5
    .venv/bin/python bench/limits.py --smoke      # one tiny case, once: checks that the script runs

Each case is a document that hits one of the limits of README "Limits" (YAML anchors, 32 MiB,
nesting depth 128, 256 files), refused by a fresh `python -m generator generate` process: interpreter
start-up and imports are part of every number. Nothing here judges the numbers; they depend on the
machine and on what else it is doing. The tests (tests/test_limits.py) prove the same refusals by
the work done instead: where they happen, what was opened, and a generous bound on memory.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

REPO = Path(__file__).resolve().parent.parent
MIB = 2**20


@dataclass(frozen=True)
class Case:
    name: str
    write: Callable[[Path], Path]  # writes the document (and its files) into a folder; returns the root
    expected_code: int


@dataclass(frozen=True)
class Measurement:
    exit_code: int
    wall: float  # seconds
    cpu: float  # user + system seconds, of the generator and the processes it waited for
    peak_mib: float  # peak resident set size


# --- the hostile documents ------------------------------------------------------------------------


def _text(name: str, make: Callable[[], str]) -> Callable[[Path], Path]:
    """Writes the text `make()` returns; made only when the case runs (some are 32 MiB)."""

    def write(folder: Path) -> Path:
        path = folder / name
        path.write_text(make(), encoding="utf-8")
        return path

    return write


def _billion_laughs() -> str:
    levels = "".join(f"{n}: &{n} [{','.join([f'*{p}'] * 9)}]\n" for p, n in zip("abcdefghi", "bcdefghij"))
    return (
        "openapi: 3.1.0\ninfo: {title: bomb, version: '1'}\npaths: {}\n"
        'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' + levels + "x-bomb: *j\n"
    )


def _late_alias() -> str:
    filler = "".join(f"  S{i}: {{type: string, description: 'some text to fill the document'}}\n" for i in range(16000))
    return f"openapi: 3.1.0\nx-filler:\n{filler}x-late: &late 1\n"


def _many_files(count: int) -> Callable[[Path], Path]:
    """A root document that `$ref`s `count` other files (the limit is 256, the root included)."""

    def write(folder: Path) -> Path:
        parts = folder / "parts"
        parts.mkdir()
        refs = []
        for i in range(count):
            (parts / f"f{i}.json").write_text('{"S": {"type": "string"}}', encoding="utf-8")
            refs.append(f'"S{i}": {{"$ref": "parts/f{i}.json#/S"}}')
        root = folder / "openapi.json"
        root.write_text(
            '{"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {}, '
            '"components": {"schemas": {' + ", ".join(refs) + "}}}",
            encoding="utf-8",
        )
        return root

    return write


def cases() -> list[Case]:
    pad = 32 * MIB  # characters of padding: just over the size limit with the rest of the text
    return [
        Case("alias bomb (465 bytes)", _text("bomb.yaml", _billion_laughs), 1),
        Case("alias after 1 MiB of YAML", _text("late.yaml", _late_alias), 1),
        Case("JSON over 32 MiB", _text("big.json", lambda: '{"openapi": "3.1.0", "x-pad": "' + "a" * pad + '"}'), 2),
        Case("YAML over 32 MiB", _text("big.yaml", lambda: "openapi: 3.1.0\nx-pad: " + "a" * pad + "\n"), 2),
        Case(
            "JSON arrays nested 1,000,000 deep",
            _text("deep.json", lambda: '{"x": ' + "[" * 10**6 + "]" * 10**6 + "}"),
            2,
        ),
        Case(
            "JSON objects nested 100,000 deep",
            _text("deep.json", lambda: '{"x": ' + '{"a": ' * 10**5 + "1" + "}" * 10**5 + "}"),
            2,
        ),
        Case(
            "YAML flow nested 1,000,000 deep", _text("deep.yaml", lambda: "x: " + "[" * 10**6 + "]" * 10**6 + "\n"), 2
        ),
        Case("JSON of 32 MiB nested all the way", _text("deep.json", lambda: "[" * (16 * MIB) + "]" * (16 * MIB)), 2),
        Case("257 referenced files", _many_files(256), 1),
    ]


# --- measuring ---------------------------------------------------------------------------------------


# The generator is started by a small, fresh wrapper process and measured there: on Linux a child's
# peak RSS starts from its parent's peak (vfork shares the memory map until exec), and the peak of
# this script, which builds 32 MiB documents, would hide the generator's own.
_WRAPPER = """
import json, os, resource, subprocess, sys, time
started = time.perf_counter()
code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
wall = time.perf_counter() - started
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps([code, wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024]))
"""


def measure(spec: Path, output: Path) -> Measurement:
    """One `python -m generator generate` run, measured by a wrapper process."""
    command = [sys.executable, "-m", "generator", "generate", "--spec", str(spec), "--output", str(output)]
    wrapper = subprocess.run(
        [sys.executable, "-c", _WRAPPER, *command], cwd=REPO, capture_output=True, text=True, check=True
    )
    return Measurement(*json.loads(wrapper.stdout))


def run_case(case: Case, repeat: int) -> list[Measurement]:
    with tempfile.TemporaryDirectory(prefix="bench-limits-") as temporary:
        folder = Path(temporary)
        (folder / "spec").mkdir()
        spec = case.write(folder / "spec")
        return [measure(spec, folder / "out") for _ in range(repeat)]


def row(case: Case, runs: list[Measurement]) -> str:
    best = min(runs, key=lambda m: m.cpu)
    codes = sorted({m.exit_code for m in runs})
    refused = "yes" if codes == [case.expected_code] else f"NO (exit {codes})"
    return (
        f"| {case.name} | {refused} | {best.wall:.2f} | {best.cpu:.2f} | {best.peak_mib:.0f} "
        f"| {max(m.cpu for m in runs):.2f} |"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per case (default 3)")
    parser.add_argument("--smoke", action="store_true", help="only the smallest case, once")
    args = parser.parse_args(argv)
    selected = cases()[:1] if args.smoke else cases()
    repeat = 1 if args.smoke else max(1, args.repeat)
    print(f"{repeat} run(s) per case; the best run by CPU time, and the worst CPU time seen.\n")
    print("| case | refused | wall s | CPU s | peak MiB | worst CPU s |")
    print("| --- | --- | --- | --- | --- | --- |")
    for case in selected:
        print(row(case, run_case(case, repeat)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
