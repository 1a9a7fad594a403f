"""Benchmark for issue 7 ("Regenerate at the speed of a diff"): ours against openapi-python-client.

    make bench                                      # installs the pinned peers, then runs this
    make bench BENCH_ARGS="--repeat 1 --cases cold"
    .venv/bin/python bench/run.py --smoke           # every case once on a tiny document; never installs
                                                    # the peers, uses them if `make bench` did

Cases (--cases, comma-separated; all by default):
  cold        ../shared/specs/real/langsmith.json into an empty folder with empty caches: ours,
              openapi-python-client (its default ruff post-hooks included) and, as a secondary
              reference that writes models only, datamodel-code-generator
  cold-large  the largest document under ../shared/specs/apis-guru-3.1: ours and openapi-python-client
  one-change  generate langsmith.json, add one property to query.RunResponse, regenerate into the
              same folder: with the cache the first run left (developer loop) and with an empty
              cache but the previous output present (CI); both outputs are compared byte for byte
              with a cold run on the changed document; openapi-python-client regenerates too, and
              its cold run is what the issue's target (ours <= 1/10 of it) is measured against
  no-op       `make generate` and `make check` when nothing changed, with the cache kept and with an
              empty cache, in a fresh clone of HEAD (T/main, T/shared -> ../shared) whose .venv its
              first `make generate` creates (python3 -m venv, pip install -e .)
  parse       issue 9: 10,000 runs (24.8 MB) through the generated client's `runs.query`, against
              orjson.loads, json.loads and pydantic's validate_json of the same runs (bench/parse.py,
              in-process timings; --smoke: 200 runs); needs no peers

Runs of different tools are interleaved (A B A B ...). Every run reports wall time, CPU time
(user + sys of the process and its waited-for descendants, from wait4) and max RSS (the largest
single process, from wait4, as /usr/bin/time); cold runs also report the peak of the summed PSS of
the whole process tree, sampled every 20 ms. Tables go to stdout and to bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from measure import Measurement, measure
from results import Case, Row, format_case, format_ratio, git, machine_line, median_ratio, versions_line
from tools import (
    CHANGED_SCHEMA,
    DMCG,
    OPC,
    OURS,
    OURS_PYTHON,
    PEERS_BIN,
    REPO,
    BenchError,
    Tool,
    clean_env,
    contains_text,
    copy_like_a_checkout,
    largest_document,
    peers_installed,
    run_tool,
    summary_notes,
    tree_digest,
    write_changed_copy,
)

CASES = ("cold", "cold-large", "one-change", "no-op", "parse")
DEFAULT_REPEAT = {"cold": 3, "cold-large": 3, "one-change": 3, "no-op": 5, "parse": 5}
PEERLESS_CASES = {"parse"}
PARSE_SCRIPT = REPO / "bench" / "parse.py"
SHARED = REPO.parent / "shared"
LANGSMITH = SHARED / "specs" / "real" / "langsmith.json"
APIS_GURU = SHARED / "specs" / "apis-guru-3.1"
ONE_CHANGE_TARGET = 0.10  # issue 7: ours after one change <= 1/10 of openapi-python-client cold

# Small, but with the schema the one-change case edits, so that --smoke takes every code path.
SMOKE_DOCUMENT = """\
openapi: 3.1.0
info:
  title: Bench Smoke
  version: 1.0.0
servers:
  - url: https://api.example.com
paths:
  /runs/{run_id}:
    get:
      operationId: readRun
      tags: [runs]
      parameters:
        - name: run_id
          in: path
          required: true
          schema: {type: string, format: uuid}
      responses:
        "200":
          description: The run.
          content:
            application/json:
              schema: {$ref: "#/components/schemas/query.RunResponse"}
components:
  schemas:
    query.RunResponse:
      type: object
      properties:
        id: {type: string, format: uuid}
        name: {type: string, description: The run's name.}
        status: {type: string, enum: [SUCCESS, ERROR, PENDING]}
"""


@dataclass(frozen=True)
class Plan:
    cold_document: Path
    large_document: Path
    with_peers: bool
    smoke: bool
    repeat: int | None  # None: DEFAULT_REPEAT per case


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    load_at_start = os.getloadavg()
    if not OURS_PYTHON.exists():
        sys.exit(f"{OURS_PYTHON} is missing: run `make generate` first")
    if not args.smoke and not peers_installed() and set(args.cases) - PEERLESS_CASES:
        sys.exit(f"the peers are not installed in {PEERS_BIN.parent}: run `make bench`, which installs them")
    with tempfile.TemporaryDirectory(prefix="bench-") as scratch:
        plan = make_plan(args, Path(scratch))
        header = [machine_line(load_at_start), versions_line(REPO, PEERS_BIN / "python" if plan.with_peers else None)]
        print("\n".join(header) + "\n", flush=True)
        cases: dict[str, Case] = {}
        for name in args.cases:
            try:
                cases[name] = run_case(name, plan, cases)
            except BenchError as error:  # the other cases still say something
                print(f"case {name} aborted: {error}", file=sys.stderr, flush=True)
                header.append(f"Case {name} aborted: {str(error).splitlines()[0]}")
                continue
            print(format_case(cases[name]), flush=True)
        header.append(f"Load average at the end: {', '.join(f'{value:.2f}' for value in os.getloadavg())}")
        results = args.results or (Path(scratch) / "RESULTS.md" if args.smoke else REPO / "bench" / "RESULTS.md")
        write_results(results, header, list(cases.values()))
        print(f"results written to {results}")
    return 0 if len(cases) == len(args.cases) else 1


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, help="repetitions of every case (default: 3, and 5 for no-op)")
    parser.add_argument("--cases", default=",".join(CASES), help=f"comma-separated, from {', '.join(CASES)}")
    parser.add_argument(
        "--smoke", action="store_true", help="a tiny document, once, every case; peers only if installed"
    )
    parser.add_argument("--results", type=Path, help="where to write the Markdown (default: bench/RESULTS.md)")
    args = parser.parse_args(argv)
    selected = {name.strip() for name in args.cases.split(",") if name.strip()}
    if unknown := sorted(selected - set(CASES)):
        parser.error(f"unknown case(s) {', '.join(unknown)}; choose from {', '.join(CASES)}")
    # Always in this order, so that one-change can compare with the cold run of openapi-python-client.
    args.cases = [name for name in CASES if name in selected]
    if args.repeat is not None and args.repeat < 1:
        parser.error("--repeat must be at least 1")
    return args


def make_plan(args: argparse.Namespace, scratch: Path) -> Plan:
    if not args.smoke:
        return Plan(LANGSMITH, largest_document(APIS_GURU), with_peers=True, smoke=False, repeat=args.repeat)
    tiny = scratch / "smoke" / "tiny.yaml"
    tiny.parent.mkdir()
    tiny.write_text(SMOKE_DOCUMENT, encoding="utf-8")
    # Smoke never installs the peers (it must work offline), but uses them when they are there.
    return Plan(tiny, tiny, with_peers=peers_installed(), smoke=True, repeat=1)


def run_case(name: str, plan: Plan, done: dict[str, Case]) -> Case:
    repeat = plan.repeat or DEFAULT_REPEAT[name]
    peers = plan.with_peers
    if name == "cold":
        return time_cold(name, plan.cold_document, [OURS, OPC, DMCG] if peers else [OURS], repeat)
    if name == "cold-large":
        return time_cold(name, plan.large_document, [OURS, OPC] if peers else [OURS], repeat)
    if name == "one-change":
        opc_cold = done["cold"].rows.get(OPC.label) if "cold" in done else None
        return time_one_change(plan.cold_document, peers, repeat, opc_cold)
    if name == "parse":
        return time_parse(plan, repeat)
    return time_no_op(plan, repeat)


def shown(document: Path) -> str:
    """The document as the README names it (../shared/...), or its bare name when it is a temp file."""
    return f"../shared/{document.relative_to(SHARED).as_posix()}" if document.is_relative_to(SHARED) else document.name


def time_cold(name: str, document: Path, tools: list[Tool], repeat: int) -> Case:
    size = f"{document.stat().st_size / 1024**2:.2f} MiB"
    case = Case(name, f"{shown(document)} ({size}), into an empty folder, with empty caches")
    for _ in range(repeat):
        for tool in tools:  # interleaved, so that a change in the machine's load hits every tool alike
            with tempfile.TemporaryDirectory(prefix="bench-cold-") as tmp:
                out, cache = Path(tmp) / "out", Path(tmp) / "cache"
                case.row(tool.label).add(*run_tool(tool, document, out, cache, sample_pss=True))
    ours = case.rows[OURS.label]
    for peer in tools[1:]:
        measures = {"wall": "wall_s", "CPU": "cpu_s", "max RSS": "max_rss_mib", "peak tree PSS": "peak_pss_mib"}
        ratios = [
            f"{label} {format_ratio(median_ratio(ours, case.rows[peer.label], attribute))}"
            for label, attribute in measures.items()
        ]
        case.remarks.append(f"ours / {peer.label}: " + ", ".join(ratios))
    return case


OURS_REFERENCE = "ours: cold, changed document (the output the others must equal)"
OURS_WARM_UP = "ours: cold, original document (warm-up)"
OURS_DEVELOPER = "ours: one change, cache kept (developer loop)"
OURS_CI = "ours: one change, empty cache, previous output present (CI)"
OPC_WARM_UP = "openapi-python-client: cold, original document (warm-up)"
OPC_CHANGE = "openapi-python-client: one change, --overwrite of its previous output"


def time_one_change(document: Path, with_opc: bool, repeat: int, opc_cold_from_case_1: Row | None) -> Case:
    case = Case("one-change", f"{shown(document)} plus one property in {CHANGED_SCHEMA}, into the previous output")
    with tempfile.TemporaryDirectory(prefix="bench-one-change-") as tmp:
        changed = write_changed_copy(document, Path(tmp))
        result, notes = run_tool(OURS, changed, Path(tmp) / "reference", Path(tmp) / "reference-cache")
        case.row(OURS_REFERENCE).add(result, notes)
        reference = tree_digest(Path(tmp) / "reference")
        for _ in range(repeat):
            time_ours_one_change(case, document, changed, reference)
            if with_opc:
                time_opc_one_change(case, document, changed)
    if with_opc:
        source = "from case cold" if opc_cold_from_case_1 else "the warm-up runs above"
        opc_cold = opc_cold_from_case_1 or case.rows[OPC_WARM_UP]
        developer = median_ratio(case.rows[OURS_DEVELOPER], opc_cold)
        met = "met" if developer is not None and developer <= ONE_CHANGE_TARGET else "NOT met"
        case.remarks += [
            f"ours one change, developer loop / openapi-python-client cold ({source}), wall: {format_ratio(developer)} "
            f"(target <= {ONE_CHANGE_TARGET:.2f}: {met})",
            f"ours one change, CI / openapi-python-client cold ({source}), wall: "
            f"{format_ratio(median_ratio(case.rows[OURS_CI], opc_cold))}",
            f"ours one change, developer loop / openapi-python-client one change, wall: "
            f"{format_ratio(median_ratio(case.rows[OURS_DEVELOPER], case.rows[OPC_CHANGE]))}",
        ]
    return case


def change_note(out: Path) -> list[str]:
    return ["added property in output" if contains_text(out, "bench_added") else "added property MISSING from output"]


def identity_note(out: Path, reference: dict[str, str]) -> list[str]:
    # A shortcut that writes something else than a cold run would be fast for the wrong reason.
    produced = tree_digest(out)
    differing = sorted(path for path in produced.keys() | reference.keys() if produced.get(path) != reference.get(path))
    if not differing:
        return ["identical to the cold output"]
    return [f"DIFFERS from the cold output in {len(differing)} file(s): {', '.join(differing[:5])}"]


def time_ours_one_change(case: Case, original: Path, changed: Path, reference: dict[str, str]) -> None:
    with tempfile.TemporaryDirectory(prefix="bench-ours-") as tmp:
        out, cache = Path(tmp) / "out", Path(tmp) / "cache"
        case.row(OURS_WARM_UP).add(*run_tool(OURS, original, out, cache))
        ci_out = copy_like_a_checkout(out, Path(tmp) / "ci-out")
        result, notes = run_tool(OURS, changed, out, cache)
        case.row(OURS_DEVELOPER).add(result, notes + change_note(out) + identity_note(out, reference))
        result, notes = run_tool(OURS, changed, ci_out, Path(tmp) / "ci-cache")
        case.row(OURS_CI).add(result, notes + change_note(ci_out) + identity_note(ci_out, reference))


def time_opc_one_change(case: Case, original: Path, changed: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="bench-opc-") as tmp:
        out, cache = Path(tmp) / "out", Path(tmp) / "cache"
        case.row(OPC_WARM_UP).add(*run_tool(OPC, original, out, cache))
        result, notes = run_tool(OPC, changed, out, cache, regenerate=True)
        case.row(OPC_CHANGE).add(result, notes + change_note(out))


def time_parse(plan: Plan, repeat: int) -> Case:
    """bench/parse.py in its own process (a clean heap for the collector), its Markdown kept as it is."""
    command = [str(OURS_PYTHON), str(PARSE_SCRIPT), "--repeat", str(repeat)] + (["--runs", "200"] if plan.smoke else [])
    result = subprocess.run(command, cwd=REPO, capture_output=True, text=True)
    if result.returncode != 0:
        raise BenchError(f"bench/parse.py exited {result.returncode}\n{result.stderr[-3000:]}")
    heading, _, markdown = result.stdout.partition("\n")
    return Case("parse", heading.removeprefix("### parse: "), markdown=markdown)


@dataclass(frozen=True)
class Checkout:
    folder: Path
    description: str
    first_run: str  # what the first command does there, before anything is a no-op
    commands: dict[str, list[str]]  # what is timed when nothing changed, by name


def time_no_op(plan: Plan, repeat: int) -> Case:
    with tempfile.TemporaryDirectory(prefix="bench-no-op-") as tmp:
        checkout = smoke_checkout(plan.cold_document, Path(tmp)) if plan.smoke else cloned_checkout(Path(tmp))
        case = Case("no-op", checkout.description)
        kept_cache = Path(tmp) / "cache"
        first_name, first_command = next(iter(checkout.commands.items()))
        case.row(f"{first_name}, first run ({checkout.first_run})").add(
            *time_command(first_command, checkout.folder, kept_cache)
        )
        for repetition in range(repeat):
            for index, (name, command) in enumerate(checkout.commands.items()):
                case.row(f"{name}, nothing changed, cache kept").add(
                    *time_command(command, checkout.folder, kept_cache)
                )
                empty_cache = Path(tmp) / f"empty-cache-{repetition}-{index}"
                case.row(f"{name}, nothing changed, empty cache (CI)").add(
                    *time_command(command, checkout.folder, empty_cache)
                )
        if not plan.smoke:
            case.remarks += clone_remarks(checkout.folder)
    return case


def smoke_checkout(document: Path, tmp: Path) -> Checkout:
    # A clone needs `pip install` (the network) and a minute, so smoke times what `make generate`
    # and `make check` run, `python -m generator generate [--check]`, on the tiny document.
    generate = OURS.command(document, tmp / "out")
    commands = {"generate": generate, "generate --check": generate + ["--check"]}
    return Checkout(tmp, f"{shown(document)}, python -m generator (smoke: no clone)", "writes the output", commands)


def cloned_checkout(tmp: Path) -> Checkout:
    """A fresh clone of this repository's HEAD at tmp/main, with tmp/shared -> ../shared beside it."""
    clone = tmp / "main"
    subprocess.run(["git", "clone", "--quiet", str(REPO), str(clone)], check=True)
    (tmp / "shared").symlink_to(SHARED)
    commands = {"make generate": ["make", "generate"], "make check": ["make", "check"]}
    first_run = "creates .venv with python3 -m venv and pip install -e ., then generates"
    return Checkout(
        clone,
        f"fresh clone of commit {git(clone, 'rev-parse', '--short', 'HEAD')}, nothing changed",
        first_run,
        commands,
    )


def time_command(command: list[str], folder: Path, cache_root: Path) -> tuple[Measurement, list[str]]:
    result = measure(command, cwd=folder, env=clean_env(cache_root))
    if result.exit_code != 0:
        raise BenchError(f"{' '.join(command)} exited {result.exit_code} in {folder}\n{result.output[-3000:]}")
    return result, summary_notes(result)


def clone_remarks(clone: Path) -> list[str]:
    remarks = []
    if git(REPO, "status", "--porcelain", "--untracked-files=no"):
        remarks.append(
            "the clone has the last commit only: this working tree's uncommitted changes are not measured here"
        )
    status = git(clone, "status", "--porcelain")
    if status:
        remarks.append("the clone's files CHANGED during the no-op runs: " + ", ".join(status.splitlines()[:10]))
    else:
        remarks.append("`git status` in the clone was clean after the runs: the no-op runs rewrote nothing")
    return remarks


KEPT_NOTE = (
    "_Kept from an earlier run of bench/run.py: this case did not run this time (the lines above describe this run)._"
)


def kept_sections(path: Path, ran: set[str]) -> dict[str, str]:
    """The sections of the previous results file for the cases that did not run this time, by case
    name: `--cases parse` must not wipe the generator's figures (nor they the parse figures)."""
    if not path.exists():
        return {}
    kept = {}
    for section in re.split(r"(?m)^(?=### )", path.read_text(encoding="utf-8"))[1:]:
        heading, _, body = section.partition("\n")
        name = heading.removeprefix("### ").partition(":")[0]
        if name in CASES and name not in ran:
            note = "" if body.lstrip().startswith(KEPT_NOTE) else f"\n{KEPT_NOTE}\n"
            kept[name] = f"{heading}\n{note}{body.rstrip()}\n"
    return kept


def write_results(path: Path, header: list[str], cases: list[Case]) -> None:
    command = "bench/run.py " + " ".join(sys.argv[1:]) if sys.argv[1:] else "bench/run.py"
    sections = {case.name: format_case(case) for case in cases}
    sections.update(kept_sections(path, set(sections)))
    lines = [
        "# Benchmark results",
        "",
        f"Written by `{command}` (what `make bench` runs). What each number means: README.md, Benchmarks.",
        "Medians, with (min–max) when there was more than one run; ratios are ours / theirs, median against median.",
        "",
        *[f"{line}  " for line in header],
        "",
        *[sections[name] for name in CASES if name in sections],
    ]
    path.write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
