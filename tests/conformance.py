"""The conformance check over HTTP: every corpus operation, called through its generated client, on Prism.

Stoplight Prism mocks each document; the generated client of that document calls every operation of it.

    python -m tests.conformance [--jobs N] [--filter S] [--keep DIR] [--max-ops N] [--static]

What. For each document tests/corpus.py generates (real/, apis-guru-3.1/, both peer suites; not its
EXPECTED_FAILURES, and not documents without operations), the client is generated as the corpus does
(`corpus.generate`, into the work folder), `prism mock DOC` is started, and every operation is called
twice through the generated sync `Client`: "required" passes only required parameters and body
properties, "full" every optional one too. Values come from the document's schemas
(tests/conformance_values.py); the operation -> method and argument-name mapping comes from the
generator's own IR, built in-process (tests/conformance_calls.py). Every credential argument of
`Client.__init__` gets a value (username "user", password "secret", anything else a token string).

Prism mode. Prism validates every request against the document (a violation gives 422/400 and the
`sl-violations` header, or, when the document has no such response, its own problem+json with a
`validation` list; a missing credential gives 401; an Accept it cannot serve gives 406) and, in 5.14,
validates its own response too (`response` entries of `sl-violations`; warnings such as a deprecated
parameter reject nothing). We run it without `--errors` (that flag turns response violations into a 500
and hides the body the client should parse) and ask, with `Prefer: dynamic=true, seed=conformance`, for
responses generated from the schemas: json-schema-faker fills every optional property, picks union
members, writes formats and adds unknown properties where the schema allows them. That exercises the
declared response types far more than the static mode, which answers with the document's hand-written
examples (often partial, and often wrong); the seed keeps a run reproducible. Where Prism cannot
generate (a response without a schema) the call is repeated with `Prefer: dynamic=false`. `--static`
uses examples throughout. Prism is restarted when a request kills it.

Verdicts (tests/conformance_verdicts.py, in this order; every excuse needs evidence from the call):
- fail "no client method for operation"; fail "the client method has no argument for a spec input";
- harness "could not synthesise input" (our synthesiser's gap), or excused when it proved the document's
  schema admits no value (an enum none of whose values meets its maxLength);
- fail "client raised before sending"; fail "the HTTP library refused the request the client built";
- no answer: excused when Prism crashed (it is restarted), sent invalid HTTP, timed out, or the
  document's media type / header name cannot be sent at all; else fail;
- Prism found violations in the request: first our own arguments are validated against their schemas
  (jsonschema, OpenAPI dialect): if they are invalid, harness "the check's own input does not satisfy
  the schema" (excused when no value can be valid: a oneOf whose members overlap). Otherwise each
  violation is excused only when it is a known Prism limitation or document fault that the request at
  hand shows: object/array properties of multipart/form bodies (Prism decodes none), a parameter name
  Prism looks up percent-encoded, a required readOnly property (left out of requests, as OAS says),
  a one-item query array inside anyOf/oneOf, a parameter oneOf every member of which accepts the text
  of the value, a type Prism demands that is not the type of the valid value we passed (it reads the
  schema otherwise, e.g. draft-07 items over 3.1 prefixItems), a null-only or path-less required
  parameter, exploded query parameters sending the same key; a failed oneOf/anyOf/if takes the excuse
  of the violations inside it. Any other violation: fail "request rejected by Prism: <where> <keyword>"
  (or "credentials (401)");
- fail "406 not acceptable"; fail "Prism found no route for the request (404/405)";
- a non-2xx answer to a valid request: excused when Prism failed (5xx problem+json) or the operation
  declares no 2xx response; else fail;
- 2xx, but the client raised ("response did not parse") or the declared return annotation does not
  accept the body (pydantic, lax mode; the runtime keeps data it cannot validate, so this is where a
  wrong type shows): excused as "document's fault: Prism's response violates the document's own
  schema" when Prism reported a response violation or our validation of the body fails; else fail;
- pass otherwise: Prism accepted the request, answered 2xx, and the body parsed into the declared type.
"fail" and "harness" count against us (exit 1); "excused" does not, but is listed with its evidence.
Documents that do not generate, whose run crashes or runs out of time count against us; documents Prism
cannot serve are listed apart.

Modules: tests/conformance_calls.py (one document, in a process of its own), conformance_verdicts.py
(the rules), conformance_values.py (arguments from schemas), conformance_schemas.py (schemas where they
stand: $refs, allOf merging, validation), conformance_regex.py (strings for `pattern`).

Cost. Each document runs in a process of its own (its own session, so that killing it kills its Prism
too), `--jobs` documents at a time; the whole corpus takes a few minutes on 2 cores. Output: a table per
document and a summary, on stdout and as conformance.txt / conformance.json in the work folder (kept;
without --keep its generated packages are removed at the end).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import subprocess
import sys
import shutil
import tempfile
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from tests import corpus

REPO_ROOT = corpus.REPO_ROOT
COUNTED = ("fail", "harness")  # verdicts that count against us
EXAMPLES = 3


@dataclass
class DocumentRun:
    """One document's run: its status and the record of every call made."""

    document: corpus.Document
    status: str = "tested"  # tested | did not generate | Prism could not serve | crashed | timed out | stopped
    problem: str = ""
    operations: int = 0
    calls: list[dict[str, Any]] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def counted(self) -> bool:
        """The document itself (not a call) counts against us."""
        return self.status in ("did not generate", "crashed", "timed out")

    @property
    def expected_calls(self) -> int:
        return 2 * self.operations

    def verdicts(self) -> Counter[str]:
        return Counter(call["verdict"] for call in self.calls)

    def causes(self) -> Counter[tuple[str, str]]:
        return Counter((call["verdict"], call["cause"]) for call in self.calls if call["verdict"] != "pass")


# --- documents -----------------------------------------------------------------------------------------


def has_operations(document: corpus.Document) -> bool:
    """Whether the document has an operation (a document that does not load is tried anyway, so
    that its failure to generate shows)."""
    from generator.build_operations import operation_sources
    from generator.errors import GeneratorError
    from generator.documents import DocumentSet

    try:
        return bool(operation_sources(DocumentSet(document.path)))
    except (GeneratorError, RecursionError, ValueError):
        return True


def select(selected: Callable[[corpus.Document], bool]) -> tuple[list[corpus.Document], int]:
    """The documents to check, biggest first, and how many were left out for having no operation."""
    documents = [d for d in corpus.discover() if d.rel not in corpus.EXPECTED_FAILURES and selected(d)]
    with_operations = [d for d in documents if has_operations(d)]
    with_operations.sort(key=lambda d: (-d.path.stat().st_size, d.rel))
    return with_operations, len(documents) - len(with_operations)


# --- one document -------------------------------------------------------------------------------------


def run_document(document: corpus.Document, work: Path, max_ops: int | None, static: bool) -> DocumentRun:
    """Generate, then call every operation in a worker process; never raises."""
    run = DocumentRun(document)
    started = time.perf_counter()
    try:
        outcome = corpus.Outcome(document)
        corpus.generate(document, work, outcome)
        run.timings["generate"] = time.perf_counter() - started
        if not outcome.generated or outcome.package_dir is None:
            run.status, run.problem = "did not generate", str(outcome.error)
            return run
        run.operations = min(len(outcome.operations), max_ops) if max_ops is not None else len(outcome.operations)
        _call_in_worker(run, outcome.package_dir, work, max_ops, static)
    except Exception as exc:  # a crash here must not stop the other documents
        run.status, run.problem = "crashed", f"{type(exc).__name__}: {exc}"
    run.timings["total"] = time.perf_counter() - started
    return run


def worker_budget(operations: int) -> float:
    """Seconds one document may take: Prism's start, plus a generous share per call."""
    return 120.0 + 6.0 * operations


def _call_in_worker(run: DocumentRun, package_dir: Path, work: Path, max_ops: int | None, static: bool) -> None:
    slug = run.document.slug
    results = work / "calls" / f"{slug}.jsonl"
    logs = work / "logs"
    results.parent.mkdir(parents=True, exist_ok=True)
    logs.mkdir(parents=True, exist_ok=True)
    command = [sys.executable, "-m", "tests.conformance_calls", str(run.document.path), str(package_dir)]
    command += [str(results), "--prism-log", str(logs / f"{slug}.prism.txt")]
    command += (["--max-ops", str(max_ops)] if max_ops is not None else []) + (["--static"] if static else [])
    started = time.perf_counter()
    with open(logs / f"{slug}.worker.txt", "w", encoding="utf-8") as log:
        process = subprocess.Popen(
            command, cwd=REPO_ROOT, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            start_new_session=True, env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
        )  # fmt: skip
        try:
            process.wait(timeout=worker_budget(run.operations))
        except subprocess.TimeoutExpired:
            run.status, run.problem = "timed out", f"over {worker_budget(run.operations):.0f}s"
        finally:
            # The whole session: the worker and the Prism it started, on every path.
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    run.timings["calls"] = time.perf_counter() - started
    _read_results(run, results, process.returncode, logs / f"{slug}.worker.txt")


def _read_results(run: DocumentRun, results: Path, exit_code: int, worker_log: Path) -> None:
    records = []
    if results.is_file():
        for line in results.read_text(encoding="utf-8").splitlines():
            with contextlib.suppress(ValueError):
                records.append(json.loads(line))
    kinds = {record.get("kind"): record for record in records}
    run.calls = [record for record in records if record.get("kind") == "call"]
    if "targets" in kinds:
        run.operations = int(kinds["targets"]["count"])
    if "prism" in kinds:
        run.status, run.problem = "Prism could not serve", prism_reason(str(kinds["prism"]["error"]))
    elif "stopped" in kinds:
        run.status, run.problem = "stopped", str(kinds["stopped"]["why"])
    elif "done" not in kinds and run.status == "tested":
        tail = worker_log.read_text(encoding="utf-8", errors="replace")[-1500:] if worker_log.is_file() else ""
        run.status, run.problem = "crashed", f"exit {exit_code}: {tail.strip()}"


def prism_reason(log: str) -> str:
    """The lines of Prism's output that say why it would not serve the document."""
    lines = [line.strip() for line in log.splitlines() if line.strip()]
    telling = [line for line in lines if any(w in line for w in ("rror", "fatal", "nable", "nvalid", "exit code"))]
    return " | ".join((telling or lines)[-4:])[:600]


# --- the whole run ---------------------------------------------------------------------------------------


@dataclass
class ConformanceRun:
    documents: list[DocumentRun]
    skipped: int  # documents without operations
    seconds: float
    work: Path

    def calls(self) -> list[tuple[DocumentRun, dict[str, Any]]]:
        return [(d, call) for d in self.documents for call in d.calls]

    def counted_failures(self) -> int:
        calls = sum(1 for _, call in self.calls() if call["verdict"] in COUNTED)
        return calls + sum(1 for d in self.documents if d.counted)


def run_conformance(
    work: Path,
    jobs: int = 2,
    selected: Callable[[corpus.Document], bool] = lambda d: True,
    max_ops: int | None = None,
    static: bool = False,
    progress: Callable[[DocumentRun], None] | None = None,
) -> ConformanceRun:
    """Every selected document with an operation, `jobs` at a time, each in its own worker."""
    started = time.perf_counter()
    documents, skipped = select(selected)
    work.mkdir(parents=True, exist_ok=True)

    def one(document: corpus.Document) -> DocumentRun:
        run = run_document(document, work, max_ops, static)
        if progress is not None:
            progress(run)
        return run

    with ThreadPoolExecutor(max(1, jobs)) as pool:
        runs = list(pool.map(one, documents))
    runs.sort(key=lambda r: (corpus.SUITES.index(r.document.suite), r.document.rel))
    return ConformanceRun(runs, skipped, time.perf_counter() - started, work)


# --- reports ----------------------------------------------------------------------------------------------


def summary(run: ConformanceRun) -> dict[str, Any]:
    """Totals, every cause with its count and a few examples, and the documents not tested."""
    causes: dict[tuple[str, str], dict[str, Any]] = {}
    for document, call in run.calls():
        if call["verdict"] == "pass":
            continue
        entry = causes.setdefault((call["verdict"], call["cause"]), {"count": 0, "examples": []})
        entry["count"] += 1
        if len(entry["examples"]) < EXAMPLES:
            entry["examples"].append({"document": document.document.rel, **_example(call)})
    verdicts: Counter[str] = Counter(call["verdict"] for _, call in run.calls())
    unchecked = [(d, call) for d, call in run.calls() if call.get("unchecked")]
    ranked = sorted(causes.items(), key=lambda item: (item[0][0] not in COUNTED, -item[1]["count"], item[0][1]))
    return {
        "documents": len(run.documents),
        "documents_without_operations": run.skipped,
        "calls": sum(verdicts.values()),
        "verdicts": dict(verdicts),
        "counted_failures": run.counted_failures(),
        # Passes whose return value could not be checked against its annotation (only "did not raise").
        "passes_without_return_check": len(unchecked),
        "return_check_examples": [
            f"{d.document.rel} {call['method']}: {call['unchecked']}" for d, call in unchecked[:3]
        ],
        "seconds": round(run.seconds, 1),
        "causes": [{"verdict": v, "cause": c, **entry} for (v, c), entry in ranked],
        "documents_not_tested": [
            {"document": d.document.rel, "status": d.status, "problem": d.problem}
            for d in run.documents
            if d.status != "tested"
        ],
    }


def _example(call: dict[str, Any]) -> dict[str, Any]:
    return {key: call[key] for key in ("method", "operation", "mode", "evidence")}


HEADER = ["document", "ops", "calls", "pass", "fail", "harness", "excused", "s", "main causes"]


def _row(run: DocumentRun) -> list[str]:
    verdicts = run.verdicts()
    causes = run.causes().most_common(2)
    shown = "; ".join(f"{n}x {cause[:70]}" for (_, cause), n in causes)
    if run.status != "tested":
        shown = f"[{run.status}] {run.problem[:90]}" + (f"; {shown}" if shown else "")
    return [
        run.document.name,
        str(run.operations),
        f"{len(run.calls)}/{run.expected_calls}",
        str(verdicts["pass"]),
        str(verdicts["fail"]),
        str(verdicts["harness"]),
        str(verdicts["excused"]),
        f"{run.timings.get('total', 0.0):.0f}",
        shown,
    ]


def table(run: ConformanceRun) -> str:
    """One row per document: calls made of expected, verdicts, time, its main causes."""
    rows = [_row(d) for d in run.documents]
    widths = [max(len(r[i]) for r in rows + [HEADER]) for i in range(len(HEADER) - 1)]

    def line(cells: list[str]) -> str:
        padded = [c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths))]
        return "  ".join(padded + [cells[-1]])

    return "\n".join([line(HEADER), "-" * 100, *map(line, rows)])


def summary_text(data: dict[str, Any]) -> str:
    verdicts = data["verdicts"]
    lines = [
        f"{data['documents']} documents ({data['documents_without_operations']} more have no operation), "
        f"{data['calls']} calls: {verdicts.get('pass', 0)} passed, {verdicts.get('fail', 0)} failed, "
        f"{verdicts.get('harness', 0)} not tested (the check's own shortcoming), "
        f"{verdicts.get('excused', 0)} excused (document or Prism); "
        f"{data['counted_failures']} count against us; {data['seconds']:.0f}s",
        "",
        f"Passes whose return type could not be checked (they only did not raise): "
        f"{data['passes_without_return_check']} {data['return_check_examples']}",
        "",
        "Causes (verdict, count, cause; examples):",
    ]
    for cause in data["causes"]:
        lines.append(f"  {cause['verdict']:8} {cause['count']:5}  {cause['cause']}")
        for ex in cause["examples"]:
            lines.append(
                f"      {ex['document']} {ex['method']} ({ex['operation']}, {ex['mode']}): {ex['evidence'][:300]}"
            )
    if data["documents_not_tested"]:
        lines += ["", "Documents not (fully) tested:"]
        lines += [f"  {d['document']}: {d['status']}: {d['problem'][:400]}" for d in data["documents_not_tested"]]
    return "\n".join(lines)


def write_reports(run: ConformanceRun) -> str:
    """conformance.txt (table and summary) and conformance.json (summary and every call) in the work
    folder; returns the text."""
    data = summary(run)
    text = table(run) + "\n\n" + summary_text(data)
    (run.work / "conformance.txt").write_text(text + "\n", encoding="utf-8")
    documents = [
        {
            "document": d.document.rel,
            "status": d.status,
            "problem": d.problem,
            "operations": d.operations,
            "timings": {k: round(v, 2) for k, v in d.timings.items()},
            "calls": d.calls,
        }
        for d in run.documents
    ]
    payload = {"summary": data, "documents": documents}
    (run.work / "conformance.json").write_text(json.dumps(payload, indent=1) + "\n", encoding="utf-8")
    return text


def print_progress(run: DocumentRun) -> None:
    verdicts = run.verdicts()
    note = f" [{run.status}]" if run.status != "tested" else ""
    print(
        f"  {run.timings.get('total', 0.0):6.1f}s {run.document.rel}: {verdicts['pass']}/{len(run.calls)} passed, "
        f"{verdicts['fail']} failed, {verdicts['harness']} harness, {verdicts['excused']} excused{note}",
        file=sys.stderr,
        flush=True,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.conformance", description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=2, help="documents at a time (default 2)")
    parser.add_argument("--filter", default="", help="only documents whose path contains this")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep all of it (generated packages too)")
    parser.add_argument("--max-ops", type=int, default=None, help="call only the first N operations of a document")
    parser.add_argument("--static", action="store_true", help="Prism answers with examples, not from schemas")
    args = parser.parse_args(argv)
    if not corpus.SPECS.is_dir():
        print(f"{corpus.SPECS} is absent: nothing to check")
        return 0
    work = args.keep or Path(tempfile.mkdtemp(prefix="conformance-"))
    run = run_conformance(work, args.jobs, lambda d: args.filter in d.rel, args.max_ops, args.static, print_progress)
    print(write_reports(run))
    if args.keep is None:
        shutil.rmtree(work / "generated", ignore_errors=True)
    print(f"\nReports: {work / 'conformance.txt'}, {work / 'conformance.json'}")
    return 1 if run.counted_failures() else 0


if __name__ == "__main__":
    # Through the module's own name: corpus' forked generator runs find their function there.
    from tests import conformance

    sys.exit(conformance.main())
