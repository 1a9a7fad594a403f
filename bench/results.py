"""Collecting measurements per row, and printing them as Markdown tables with the machine they ran on."""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from measure import Measurement

COLUMNS = ("run", "n", "wall s", "CPU s (user+sys)", "max RSS MiB", "peak tree PSS MiB", "exit codes", "notes")


@dataclass
class Row:
    label: str
    runs: list[Measurement] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # in first-seen order, without repeats

    def add(self, measurement: Measurement, notes: list[str]) -> None:
        self.runs.append(measurement)
        self.notes.extend(note for note in notes if note not in self.notes)

    def median(self, attribute: str) -> float | None:
        values = [getattr(run, attribute) for run in self.runs if getattr(run, attribute) is not None]
        return statistics.median(values) if values else None


@dataclass
class Case:
    name: str  # what --cases selects, and the heading the smoke test looks for
    subject: str  # the document or checkout it runs on
    rows: dict[str, Row] = field(default_factory=dict)
    remarks: list[str] = field(default_factory=list)  # ratios and observations, under the table
    # A case whose script formats its own Markdown (bench/parse.py times calls in-process, not
    # commands): shown instead of the rows' table.
    markdown: str | None = None

    def row(self, label: str) -> Row:
        return self.rows.setdefault(label, Row(label))


def median_ratio(mine: Row | None, theirs: Row | None, attribute: str = "wall_s") -> float | None:
    """mine / theirs, median against median; None when either was not measured."""
    if mine is None or theirs is None:
        return None
    numerator, denominator = mine.median(attribute), theirs.median(attribute)
    return numerator / denominator if numerator is not None and denominator else None


def spread(values: list[float], digits: int) -> str:
    """Median, then (min–max) when there is more than one value."""
    if not values:
        return "–"
    median = f"{statistics.median(values):.{digits}f}"
    if len(values) == 1:
        return median
    return f"{median} ({min(values):.{digits}f}–{max(values):.{digits}f})"


def format_row(row: Row) -> str:
    def column(attribute: str, digits: int) -> str:
        return spread([getattr(run, attribute) for run in row.runs if getattr(run, attribute) is not None], digits)

    cells = [
        row.label,
        str(len(row.runs)),
        column("wall_s", 2),
        column("cpu_s", 2),
        column("max_rss_mib", 0),
        column("peak_pss_mib", 0),
        " ".join(str(run.exit_code) for run in row.runs),
        "; ".join(row.notes),
    ]
    return "| " + " | ".join(cells) + " |"


def format_case(case: Case) -> str:
    if case.markdown is not None:
        return f"### {case.name}: {case.subject}\n\n{case.markdown.strip()}\n"
    lines = [f"### {case.name}: {case.subject}", "", "| " + " | ".join(COLUMNS) + " |", "|" + " --- |" * len(COLUMNS)]
    lines += [format_row(row) for row in case.rows.values()]
    if case.remarks:
        lines += [""] + [f"- {remark}" for remark in case.remarks]
    return "\n".join(lines) + "\n"


def format_ratio(ratio: float | None) -> str:
    return f"{ratio:.3f}" if ratio is not None else "not measured"


def machine_line(load_at_start: tuple[float, float, float]) -> str:
    cpu = first_value(Path("/proc/cpuinfo"), "model name") or platform.processor() or "unknown CPU"
    mem_kib = int((first_value(Path("/proc/meminfo"), "MemTotal") or "0 kB").split()[0])
    load = ", ".join(f"{value:.2f}" for value in load_at_start)
    date = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    return (
        f"Machine: {cpu}, {os.cpu_count()} cores, {mem_kib / 1024**2:.1f} GiB RAM; "
        f"Python {platform.python_version()}; load average at start {load}; {date}"
    )


def first_value(proc_file: Path, key: str) -> str | None:
    """The value of the first `key: value` line of a /proc file."""
    for line in proc_file.read_text().splitlines():
        name, _, value = line.partition(":")
        if name.strip() == key:
            return value.strip()
    return None


def git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True).stdout.strip()


def versions_line(repo: Path, peers_python: Path | None) -> str:
    dirty = git(repo, "status", "--porcelain", "--untracked-files=no")
    ours = f"ours: {git(repo, 'rev-parse', '--short', 'HEAD')}" + (" plus uncommitted changes" if dirty else "")
    if peers_python is None:
        return ours + "; peers: not installed"
    names = ["openapi-python-client", "datamodel-code-generator", "ruff", "black"]
    script = (
        "import importlib.metadata as m, platform, sys;"
        "print(', '.join([f'Python {platform.python_version()}', *(f'{n} {m.version(n)}' for n in sys.argv[1:])]))"
    )
    peers = subprocess.run([str(peers_python), "-c", script, *names], capture_output=True, text=True).stdout.strip()
    return f"{ours}; peers' venv: {peers}"
