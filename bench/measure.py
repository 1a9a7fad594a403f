"""Run one command and measure it: wall time, CPU time, max RSS and the peak PSS of its process tree.

CPU time and max RSS come from os.wait4, so they are what /usr/bin/time reports: the process and
the descendants it waited for. Max RSS is the largest *single* process, which flatters a program
that spreads its work over worker processes; the peak of the summed PSS of the whole live tree,
sampled from /proc, is the number that does not.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

PSS_SAMPLE_INTERVAL_S = 0.02


@dataclass(frozen=True)
class Measurement:
    wall_s: float
    cpu_s: float  # user + sys of the process and its waited-for descendants
    max_rss_mib: float  # the largest single process of the tree (ru_maxrss)
    peak_pss_mib: float | None  # the largest sum of PSS over the live tree; None when not sampled
    exit_code: int
    output: str  # stdout and stderr, interleaved


def measure(command: list[str], *, cwd: Path, env: dict[str, str], sample_pss: bool = False) -> Measurement:
    with tempfile.TemporaryFile(mode="w+b") as log:
        started = time.perf_counter()
        process = subprocess.Popen(
            command, cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT
        )
        sampler = TreePssSampler(process.pid) if sample_pss else None
        # wait4 rather than Popen.wait: only wait4 hands back the rusage of this child alone.
        _, status, usage = os.wait4(process.pid, 0)
        wall_s = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        peak_pss_kib = sampler.stop() if sampler else None
        log.seek(0)
        output = log.read().decode("utf-8", "replace")
    return Measurement(
        wall_s=wall_s,
        cpu_s=usage.ru_utime + usage.ru_stime,
        max_rss_mib=usage.ru_maxrss / 1024,  # KiB on Linux
        peak_pss_mib=None if peak_pss_kib is None else peak_pss_kib / 1024,
        exit_code=process.returncode,
        output=output,
    )


class TreePssSampler:
    """Samples the summed PSS of a process and all its live descendants until stopped."""

    def __init__(self, root_pid: int) -> None:
        self.root_pid = root_pid
        self.peak_kib = 0
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._sample_until_stopped, daemon=True)
        self._thread.start()

    def stop(self) -> int:
        self._stopped.set()
        self._thread.join()
        return self.peak_kib

    def _sample_until_stopped(self) -> None:
        while True:
            self.peak_kib = max(self.peak_kib, sum(pss_kib(pid) for pid in descendants_and_self(self.root_pid)))
            if self._stopped.wait(PSS_SAMPLE_INTERVAL_S):
                return


def descendants_and_self(root_pid: int) -> list[int]:
    # /proc/<pid>/task/<tid>/children is not available on every kernel, so build the tree from
    # the parent pid of every process.
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            parent = parent_pid(int(entry))
            if parent is not None:
                children.setdefault(parent, []).append(int(entry))
    tree, pending = [], [root_pid]
    while pending:
        pid = pending.pop()
        tree.append(pid)
        pending.extend(children.get(pid, []))
    return tree


def parent_pid(pid: int) -> int | None:
    try:
        stat = Path(f"/proc/{pid}/stat").read_bytes()
    except OSError:  # the process ended between listdir and here
        return None
    # The command name (2nd field) may contain spaces and parentheses; the fields after its
    # closing parenthesis are plain: state, then the parent pid.
    return int(stat.rsplit(b")", 1)[1].split()[1])


def pss_kib(pid: int) -> int:
    try:
        rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except OSError:  # ended, or a zombie with no memory left to report
        return 0
    for line in rollup.splitlines():
        if line.startswith("Pss:"):
            return int(line.split()[1])
    return 0
