"""The corpus check: generate every document under ../shared/specs and check what comes out.

    python -m tests.corpus [--jobs N] [--filter S] [--keep DIR] [--list]

For each document of `real/`, `apis-guru-3.1/` and the two peer suites: generation succeeds (or, for the
documents listed in EXPECTED_FAILURES, fails exactly as listed: that exit code, that message, one line,
no traceback), every generated module imports, every operation of the report has a client method that
is callable on a `Client` and an `AsyncClient` instance, every webhook payload class exists, and the
package passes `mypy --strict`. tests/test_corpus.py asserts the same on one run of this module.

Which files are documents (`discover`): a .json/.yaml/.yml file that is not a generator config
(`config.yml`, `*.config.yml`) and
  - has an `openapi` or `swagger` key at the top, or
  - cannot be parsed at all (a broken document is still an input the generator must refuse clearly), or
  - has an OpenAPI top-level key (`paths`, `components`, `webhooks`) but no version, and no other file
    `$ref`s it (an OpenAPI-shaped input without `openapi:`; a file that is `$ref`'d is a fragment).
Everything else (JSON Schema fragments that documents `$ref`, datamodel-code-generator's alias and
template-data files, LICENSE) is not a document; `--list` shows every file with its classification.

Cost (2 cores): each document is generated in a process of its own, forked from one that has imported the
generator already (`run_generator_forked`), and import-checked in a fresh interpreter, `--jobs` at a time;
the documents of `real/` and `apis-guru-3.1/` are type-checked one mypy run each, as they are generated;
the peer-suite packages are type-checked in one mypy run, vendored side by side as subpackages of one
folder (the generated code imports itself only relatively, so a package keeps working under any name;
that also avoids the collisions of the many peer documents whose package name is the same).
The work folder keeps `generated/<slug>/` and `reports/<slug>.json` of every document.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import multiprocessing
import os
import re
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator

import yaml

REPO_ROOT = Path(__file__).resolve().parent.parent
SPECS = REPO_ROOT.parent / "shared" / "specs"
SUITES = (
    "real",
    "apis-guru-3.1",
    "peer-suites/datamodel-code-generator",
    "peer-suites/openapi-python-client",
)
# Big documents: type-checked one mypy run each. The peer suites are type-checked in one batch.
ONE_BY_ONE = ("real", "apis-guru-3.1")
DOCUMENT_SUFFIXES = (".json", ".yaml", ".yml")
OPENAPI_KEYS = ("paths", "components", "webhooks")
GENERATE_TIMEOUT = 600
IMPORT_TIMEOUT = 300
MYPY_TIMEOUT = 1200
BATCH_PACKAGE = "corpus_peers"


@dataclass(frozen=True)
class ExpectedFailure:
    exit_code: int
    message: str  # a substring of the one-line error
    reason: str  # why the document is invalid or unsupported on purpose


_NOT_OPENAPI = "OpenAPI-shaped (top-level `components`) but without `openapi:`: not an OpenAPI document"
_REMOTE = "a remote $ref (https://...): the generator never uses the network"
_LEAVES = "a $ref to a file outside the root document's folder, which the loader refuses by design"
_DANGLING = "a dangling $ref: {} is not defined"

_DMCG_FAILURES = {
    "array_called_fields_with_oneOf_items.yaml": ExpectedFailure(1, "not an OpenAPI document", _NOT_OPENAPI),
    "const.json": ExpectedFailure(1, "not an OpenAPI document", _NOT_OPENAPI),
    "json_pointer.yaml": ExpectedFailure(1, "not an OpenAPI document", _NOT_OPENAPI),
    "not.json": ExpectedFailure(1, "not an OpenAPI document", "the text `This is not JSON!`: a YAML string"),
    "complex_reference.json": ExpectedFailure(2, "invalid JSON", "invalid JSON on purpose (a trailing comma)"),
    "subclass_enum.json": ExpectedFailure(2, "invalid JSON", "invalid JSON (a trailing comma)"),
    "body_and_parameters_remote_ref.yaml": ExpectedFailure(1, "remote $ref", _REMOTE),
    "item_schema.yaml": ExpectedFailure(1, "remote $ref", _REMOTE),
    "read_only_write_only_allof_url_ref.yaml": ExpectedFailure(1, "remote $ref", _REMOTE),
    "read_only_write_only_url_ref.yaml": ExpectedFailure(1, "remote $ref", _REMOTE),
    "refs.yaml": ExpectedFailure(1, "remote $ref", _REMOTE),
    "external_ref_mapping/nested/level1.yaml": ExpectedFailure(1, "leaves the folder", _LEAVES),
    "external_relative_ref/model_b/module.openapi.yaml": ExpectedFailure(1, "leaves the folder", _LEAVES),
    "reference_same_hierarchy_directory/public/entities.yaml": ExpectedFailure(1, "leaves the folder", _LEAVES),
    "external_ref_mapping/api_absolute_path_template.yaml": ExpectedFailure(
        1, "no such file", "a template: its test replaces `__COMMON_ABSOLUTE_PATH__` in the $ref with a real path"
    ),
    "external_ref_mapping/api_file_uri_template.yaml": ExpectedFailure(
        1, "no such file", "a template: its test replaces `__COMMON_URI__` in the $ref with a file: URI"
    ),
    "duplicate_models2.yaml": ExpectedFailure(1, "points at nothing", _DANGLING.format("#/components/schemas/Cars")),
    "no_components.yaml": ExpectedFailure(1, "points at nothing", _DANGLING.format("`components` (none at all)")),
}
_OPC_FAILURES = {
    "documents_with_errors/missing-body-ref.yaml": ExpectedFailure(
        1, "points at nothing", _DANGLING.format("#/components/requestBodies/body")
    ),
    "documents_with_errors/circular-body-ref.yaml": ExpectedFailure(
        1,
        "#/components/requestBodies/body",
        "#/components/requestBodies/body is a $ref to itself: it never reaches a request body (a dangling $ref)",
    ),
}

# Documents that must not generate, keyed by their path under ../shared/specs: each is invalid on purpose,
# or needs what the generator refuses by design (the network, files outside the document's folder).
EXPECTED_FAILURES: dict[str, ExpectedFailure] = {
    **{"peer-suites/datamodel-code-generator/" + rel: failure for rel, failure in _DMCG_FAILURES.items()},
    **{"peer-suites/openapi-python-client/" + rel: failure for rel, failure in _OPC_FAILURES.items()},
}


@dataclass(frozen=True)
class ExpectedFinding:
    pointer: str  # a finding's JSON pointer starts with this
    message: str  # and its message contains this


# Documents that are invalid on purpose where the generator generates around the problem (as the design
# says: a spec violation that does not prevent sound code is a warning). They must generate like any
# other document, and the problem must be reported where it is, not dropped silently.
_OPC_FINDINGS = {
    "bad-status-code.yaml": (ExpectedFinding("/paths/~1/get/responses", "abcdef"),),
    "optional-path-param.yaml": (ExpectedFinding("/paths/~1{optional}/get/parameters/0", "required"),),
    "invalid-uuid-defaults.yaml": (
        ExpectedFinding("/paths/~1/post/parameters/0/schema", "'notauuid' is not a 'uuid'"),
        ExpectedFinding("/paths/~1/put/parameters/0/schema", "3 is not of type 'string'"),
    ),
}
EXPECTED_FINDINGS: dict[str, tuple[ExpectedFinding, ...]] = {
    "peer-suites/openapi-python-client/documents_with_errors/" + rel: found for rel, found in _OPC_FINDINGS.items()
}


# ---------------------------------------------------------------------------------------------------
# Discovery
# ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Document:
    path: Path
    rel: str  # relative to the specs folder, with "/"
    suite: str

    @property
    def name(self) -> str:
        return self.rel.removeprefix("peer-suites/")

    @property
    def slug(self) -> str:
        """A unique Python identifier for the document: its folders under tmp and its batch subpackage."""
        return "d_" + re.sub(r"[^0-9a-zA-Z]+", "_", self.rel).strip("_").lower()

    @property
    def one_by_one(self) -> bool:
        return self.suite in ONE_BY_ONE


@dataclass(frozen=True)
class Classified:
    rel: str
    document: bool
    why: str


def _parse(path: Path) -> tuple[bool, Any]:
    try:
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".json":
            return True, json.loads(text)
        return True, yaml.load(text, Loader=yaml.CSafeLoader)
    except (ValueError, yaml.YAMLError):
        return False, None


def _refs(node: Any) -> Iterator[str]:
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            ref = item.get("$ref")
            if isinstance(ref, str):
                yield ref
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def _referenced_files(parsed: dict[Path, Any]) -> set[Path]:
    """Files some other file `$ref`s (relative references only: remote ones point nowhere here)."""
    found: set[Path] = set()
    for path, data in parsed.items():
        for ref in _refs(data):
            target = ref.split("#", 1)[0]
            if target and "://" not in target and not target.startswith("file:"):
                found.add((path.parent / target).resolve())
    return found


def _candidate_files(specs: Path) -> Iterator[tuple[str, Path]]:
    for suite in SUITES:
        folder = specs / suite
        if folder.is_file():
            yield suite, folder
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            yield suite, path


def _why_not_candidate(path: Path) -> str | None:
    if path.suffix not in DOCUMENT_SUFFIXES:
        return "not YAML or JSON"
    if path.name == "config.yml" or path.name.endswith(".config.yml"):
        return "a generator config"
    return None


def classify(specs: Path = SPECS) -> tuple[list[Document], list[Classified]]:
    """Every file under the suites, and which of them are documents (see the module docstring)."""
    files = list(_candidate_files(specs))
    parsed: dict[Path, Any] = {}
    unparsable: set[Path] = set()
    for _, path in files:
        if _why_not_candidate(path) is None:
            ok, data = _parse(path)
            if ok:
                parsed[path] = data
            else:
                unparsable.add(path)
    referenced = _referenced_files(parsed)
    documents: list[Document] = []
    listing: list[Classified] = []
    for suite, path in files:
        rel = path.relative_to(specs).as_posix()
        why = _why_not_candidate(path) or _document_reason(path, parsed.get(path), path in unparsable, referenced)
        is_document = why.startswith("document")
        listing.append(Classified(rel, is_document, why))
        if is_document:
            documents.append(Document(path, rel, suite))
    return documents, listing


def _document_reason(path: Path, data: Any, unparsable: bool, referenced: set[Path]) -> str:
    if unparsable:
        return "document: cannot be parsed"
    if not isinstance(data, dict):
        return f"not a document: top level is {type(data).__name__}"
    if "openapi" in data or "swagger" in data:
        return "document"
    keys = [key for key in OPENAPI_KEYS if key in data]
    if path.resolve() in referenced:
        return "not a document: a fragment other files $ref"
    if keys:
        return f"document: OpenAPI-shaped ({', '.join(keys)}) without a version"
    return "not a document: no openapi/swagger key"


def discover(specs: Path = SPECS) -> list[Document]:
    return classify(specs)[0]


# ---------------------------------------------------------------------------------------------------
# Running
# ---------------------------------------------------------------------------------------------------


@dataclass
class Outcome:
    document: Document
    exit_code: int | None = None  # None: did not finish (timed out)
    stderr: str = ""
    error: str | None = None  # the error line when generation failed
    report: dict[str, Any] | None = None
    package_dir: Path | None = None
    imported: bool | None = None  # None: not tried
    import_problems: list[str] = field(default_factory=list)
    type_checked: bool | None = None
    type_errors: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)  # generate, import, mypy (one by one only)

    @property
    def seconds(self) -> float:
        return sum(self.timings.values())

    @property
    def expected(self) -> ExpectedFailure | None:
        return EXPECTED_FAILURES.get(self.document.rel)

    @property
    def generated(self) -> bool:
        return self.exit_code == 0 and self.package_dir is not None

    @property
    def package(self) -> str | None:
        return self.report.get("package") if self.report else None

    @property
    def operations(self) -> list[dict[str, Any]]:
        return list(self.report.get("operations", [])) if self.report else []

    @property
    def uncovered(self) -> list[str]:
        """Operations of the report without a client method, or whose method is missing on a client."""
        missing = [
            f"{op['method'].upper()} {op['path']}: {op.get('problem') or 'no client method'}"
            for op in self.operations
            if not op.get("client_method")
        ]
        return missing + [p for p in self.import_problems if p.startswith("method ")]

    @property
    def findings(self) -> Counter[str]:
        counts: Counter[str] = Counter()
        for finding in self.report.get("findings", []) if self.report else []:
            counts[finding.get("severity", "?")] += 1
        return counts

    def expected_failure_problem(self) -> str | None:
        """Why this outcome does not match its EXPECTED_FAILURES entry (None: it matches)."""
        expected = self.expected
        assert expected is not None
        if self.exit_code == 0:
            return "generated, but is listed as an expected failure"
        if self.exit_code != expected.exit_code:
            return f"exit code {self.exit_code}, expected {expected.exit_code}: {self.stderr.strip()[-400:]}"
        if "Traceback" in self.stderr:
            return f"a traceback instead of a clear error:\n{self.stderr[-1500:]}"
        if expected.message not in (self.error or "") or "error" not in (self.error or ""):
            return f"error {self.error!r} is not an error line containing {expected.message!r}"
        return None

    def missing_findings(self) -> list[ExpectedFinding]:
        """The EXPECTED_FINDINGS of this document that its report does not have."""
        found = self.report.get("findings", []) if self.report else []
        return [
            wanted
            for wanted in EXPECTED_FINDINGS.get(self.document.rel, ())
            if not any(
                str(f.get("pointer", "")).startswith(wanted.pointer) and wanted.message in str(f.get("message", ""))
                for f in found
            )
        ]


def _clean_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "MYPYPATH")}
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def _run(command: list[str], cwd: Path, timeout: float, stdin: str = "") -> subprocess.CompletedProcess[str] | None:
    try:
        return subprocess.run(
            command, cwd=cwd, env=_clean_env(), input=stdin, capture_output=True, text=True, timeout=timeout
        )
    except subprocess.TimeoutExpired:
        return None


def _error_line(stderr: str, report: dict[str, Any] | None) -> str:
    if report and report.get("error"):
        return str(report["error"])
    lines = [line for line in stderr.strip().splitlines() if line.strip()]
    return lines[-1] if lines else "(no message)"


def generate(document: Document, work: Path, outcome: Outcome) -> None:
    folder = work / "generated" / document.slug
    report_path = work / "reports" / f"{document.slug}.json"
    argv = ["generate", "--spec", str(document.path), "--output", str(folder), "--report", str(report_path)]
    folder.mkdir(parents=True, exist_ok=True)
    exit_code, stderr = run_generator_forked(argv, folder, work / "logs" / f"{document.slug}.txt", GENERATE_TIMEOUT)
    if exit_code is None:
        outcome.error = f"generation timed out after {GENERATE_TIMEOUT}s"
        return
    outcome.exit_code, outcome.stderr = exit_code, stderr
    if report_path.is_file():
        outcome.report = json.loads(report_path.read_text(encoding="utf-8"))
    if exit_code != 0:
        outcome.error = _error_line(stderr, outcome.report)
        return
    package = outcome.package
    if not package or not (folder / package / "__init__.py").is_file():
        outcome.error = f"exit 0, but no package {package!r} in {folder}"
        return
    outcome.package_dir = folder / package


# Each document is generated by `generator.cli.main` in a process of its own, as `python -m generator`
# would, but forked from a server process that has imported the generator already: starting an
# interpreter and importing the generator costs about a second of CPU, more than generating most
# documents of the corpus. (The import check below still gets a fresh interpreter: there, what is
# imported before the generated package could hide a problem.)
_FORKS = multiprocessing.get_context("forkserver")
# The stages `cli` imports on first use are preloaded too: importing black, Jinja and the validators
# anew in every fork cost more than generating a small document.
_FORKS.set_forkserver_preload(
    ["generator.cli", "generator.pipeline", "generator.render", "generator.formatting", "generator.validate"]
    + ["generator.validator_engine", "black", "jinja2", "tests.corpus"]
)


# What multiprocessing reports when the forkserver could not tell a child's exit status (it lost
# the pipe it reads it from). The generator never exits so (its codes are 0, 1, 2 and 130).
_STATUS_LOST = 255


def run_generator_forked(argv: list[str], cwd: Path, log: Path, timeout: float) -> tuple[int | None, str]:
    """(exit code, stderr) of `python -m generator ARGV` run in `cwd`; (None, "") when it timed out.
    A run whose status the forkserver lost (seen once in a full test run on this machine, after the
    run had printed its success line) is run once more; generating is idempotent."""
    log.parent.mkdir(parents=True, exist_ok=True)
    for _ in range(2):
        process = _FORKS.Process(target=_generator_process, args=(argv, str(cwd), str(log)))
        process.start()
        process.join(timeout)
        if process.exitcode is None:
            process.kill()
            process.join()
            return None, ""
        if process.exitcode != _STATUS_LOST:
            break
    return process.exitcode, log.read_text(encoding="utf-8", errors="replace")


def _generator_process(argv: list[str], cwd: str, log: str) -> None:
    """The body of one forked generator run: stderr to `log`, stdout discarded, exit with main's code."""
    from generator.cli import main

    os.chdir(cwd)
    sys.dont_write_bytecode = True  # as PYTHONDONTWRITEBYTECODE=1: no __pycache__ beside the output
    with open(log, "w", encoding="utf-8") as stderr, open(os.devnull, "w", encoding="utf-8") as stdout:
        # At the descriptor level, so that what child processes and C code write is caught too.
        os.dup2(stderr.fileno(), 2)
        os.dup2(stdout.fileno(), 1)
        sys.exit(main(argv))


# Run in a fresh interpreter with the output folder first on sys.path. Prints one JSON object.
IMPORT_CHECK = textwrap.dedent("""
    import importlib, inspect, json, pkgutil, sys, traceback
    folder, package = sys.argv[1], sys.argv[2]
    wanted = json.load(sys.stdin)
    methods, payloads = wanted["methods"], wanted["payloads"]
    sys.path.insert(0, folder)
    problems = []
    def last_line():
        return traceback.format_exc().strip().splitlines()[-1]
    try:
        root = importlib.import_module(package)
        names = [m.name for m in pkgutil.walk_packages(root.__path__, package + ".")]
    except Exception:
        print(json.dumps({"modules": 0, "problems": ["import " + package + ": " + last_line()]}))
        sys.exit(0)
    for name in names:
        try:
            importlib.import_module(name)
        except Exception:
            problems.append("import " + name + ": " + last_line())
    clients = []
    options = {"base_url", "timeout", "max_retries", "default_headers", "default_query", "http_client"}
    for kind in ("Client", "AsyncClient"):
        try:
            # Every credential the client takes (an API whose every operation needs one refuses none).
            client_class = getattr(root, kind)
            arguments = [n for n in inspect.signature(client_class).parameters if n not in options]
            clients.append((kind, client_class(**{n: "corpus-credential" for n in arguments})))
        except Exception:
            problems.append("client " + kind + "(): " + last_line())
    for method in methods:
        for kind, client in clients:
            target = client
            try:
                for part in method.split("."):
                    target = getattr(target, part)
            except Exception:
                problems.append("method " + kind + "()." + method + ": " + last_line())
                continue
            if not callable(target):
                problems.append("method " + kind + "()." + method + ": not callable")
    for payload in payloads:
        module, _, name = payload.rpartition(".")
        try:
            getattr(importlib.import_module(package + "." + module), name)
        except Exception:
            problems.append("webhook payload " + payload + ": " + last_line())
    print(json.dumps({"modules": len(names) + 1, "problems": problems}))
""")


# Importing pydantic and httpx is most of an import check's cost on a small package. So each corpus
# thread keeps one fresh interpreter that has imported them (and nothing of ours), and forks it once
# per check: a check still starts from a clean interpreter plus the libraries every generated
# package imports first thing anyway (its client imports httpx, its models pydantic), so nothing the
# package forgot to import is hidden. Requests are JSON lines on stdin; each check's exit code comes
# back as a line.
IMPORT_ZYGOTE = textwrap.dedent("""
    import io, json, os, sys, traceback
    import httpx, pydantic, typing_extensions
    check = compile(sys.argv[1], "<import-check>", "exec")
    for line in sys.stdin:
        request = json.loads(line)
        pid = os.fork()
        if pid == 0:
            code = 1
            try:
                os.dup2(os.open(request["stdout"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC), 1)
                os.dup2(os.open(request["stderr"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC), 2)
                sys.argv = ["-c", request["folder"], request["package"]]
                sys.stdin = io.StringIO(request["input"])
                exec(check, {"__name__": "__main__"})
                code = 0
            except SystemExit as stop:
                code = stop.code if isinstance(stop.code, int) else int(stop.code is not None)
            except BaseException:
                traceback.print_exc()
            finally:
                sys.stdout.flush()
                sys.stderr.flush()
                os._exit(code)
        print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]), flush=True)
""")


class ImportChecker:
    """One thread's import-check interpreter (IMPORT_ZYGOTE), started on first use, restarted after
    a check that timed out."""

    def __init__(self, work: Path):
        self._work = work
        self._process: subprocess.Popen[str] | None = None

    def run(self, folder: Path, package: str, stdin: str, logs: Path) -> subprocess.CompletedProcess[str] | None:
        """Like `python -c IMPORT_CHECK FOLDER PACKAGE` with `stdin`; None when it timed out."""
        if self._process is None:
            command = [sys.executable, "-c", IMPORT_ZYGOTE, IMPORT_CHECK]
            self._process = subprocess.Popen(
                command, cwd=self._work, env=_clean_env(), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                text=True, start_new_session=True,
            )  # fmt: skip
        assert self._process.stdin is not None and self._process.stdout is not None
        stdout, stderr = logs.with_suffix(".out"), logs.with_suffix(".err")
        request = {"folder": str(folder), "package": package, "input": stdin}
        request |= {"stdout": str(stdout), "stderr": str(stderr)}
        self._process.stdin.write(json.dumps(request) + "\n")
        self._process.stdin.flush()
        ready, _, _ = select.select([self._process.stdout], [], [], IMPORT_TIMEOUT)
        answer = self._process.stdout.readline() if ready else ""
        if not answer:  # timed out, or the interpreter itself died
            self.close()
            if ready:
                return subprocess.CompletedProcess([], -1, "", "the import-check interpreter died")
            return None
        return subprocess.CompletedProcess([], int(answer), _text_or_empty(stdout), _text_or_empty(stderr))

    def close(self) -> None:
        if self._process is not None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self._process.pid, signal.SIGKILL)
            self._process.wait()
            self._process = None


def _text_or_empty(path: Path) -> str:
    return path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""


_IMPORT_CHECKERS = threading.local()
_ALL_IMPORT_CHECKERS: list[ImportChecker] = []


def _import_checker(work: Path) -> ImportChecker:
    checker: ImportChecker | None = getattr(_IMPORT_CHECKERS, "checker", None)
    if checker is None:
        checker = _IMPORT_CHECKERS.checker = ImportChecker(work)
        _ALL_IMPORT_CHECKERS.append(checker)
    return checker


def import_check(outcome: Outcome, work: Path) -> None:
    assert outcome.package_dir is not None and outcome.report is not None
    methods = sorted({op["client_method"] for op in outcome.operations if op.get("client_method")})
    payloads = sorted({hook["payload"] for hook in outcome.report.get("webhooks", []) if hook.get("payload")})
    folder = outcome.package_dir.parent
    wanted = json.dumps({"methods": methods, "payloads": payloads})
    logs = work / "logs" / f"{outcome.document.slug}.import"
    result = _import_checker(work).run(folder, outcome.package_dir.name, wanted, logs)
    if result is None:
        outcome.imported, outcome.import_problems = False, [f"import check timed out after {IMPORT_TIMEOUT}s"]
        return
    try:
        data = json.loads(result.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        outcome.imported = False
        outcome.import_problems = [f"import check crashed (exit {result.returncode}): {result.stderr[-1500:]}"]
        return
    outcome.import_problems = list(data["problems"])
    # Missing methods count against coverage (`uncovered`); anything else (a module, a client, a webhook
    # payload class) against the import.
    outcome.imported = all(p.startswith("method ") for p in outcome.import_problems)


def mypy(cwd: Path, cache: Path, packages: list[str]) -> tuple[int | None, list[str]]:
    """(exit code, error lines) of `mypy --strict` on the packages found in cwd (None: timed out)."""
    command = [sys.executable, "-m", "mypy", "--strict", "--python-version", "3.10", "--no-color-output"]
    command += ["--no-error-summary", "--show-error-codes", "--cache-dir", str(cache)]
    for package in packages:
        command += ["-p", package]
    result = _run(command, cwd, MYPY_TIMEOUT)
    if result is None:
        return None, [f"mypy timed out after {MYPY_TIMEOUT}s"]
    lines = [line for line in (result.stdout + result.stderr).splitlines() if line.strip()]
    return result.returncode, lines


WARM_PACKAGE = "corpus_warm_up"


def warm_mypy_cache(work: Path) -> Path:
    """A mypy cache holding the runtime dependencies of every generated package (pydantic, httpx,
    typing_extensions): each one-by-one run starts from a copy of it, which saves it ~2s."""
    cache = work / "mypy-cache" / WARM_PACKAGE
    package = work / WARM_PACKAGE / WARM_PACKAGE
    package.mkdir(parents=True, exist_ok=True)
    (package / "__init__.py").write_text("import httpx\nimport pydantic\nimport typing_extensions\n", encoding="utf-8")
    mypy(package.parent, cache, [WARM_PACKAGE])
    return cache


def _fresh_cache(work: Path, name: str) -> Path:
    cache = work / "mypy-cache" / name
    shutil.rmtree(cache, ignore_errors=True)
    warm = work / "mypy-cache" / WARM_PACKAGE
    if warm.is_dir():
        shutil.copytree(warm, cache)
    return cache


def type_check_one(outcome: Outcome, work: Path) -> None:
    assert outcome.package_dir is not None
    cache = _fresh_cache(work, outcome.document.slug)
    code, lines = mypy(outcome.package_dir.parent, cache, [outcome.package_dir.name])
    outcome.type_checked = code == 0
    outcome.type_errors = [] if code == 0 else lines
    shutil.rmtree(cache, ignore_errors=True)


def type_check_batch(outcomes: list[Outcome], work: Path, jobs: int = 2) -> float:
    """One mypy run over every package, vendored as `corpus_peers.<slug>`; per package if that run
    cannot finish (a blocking error in one package stops mypy for all). Returns the seconds it took."""
    started = time.perf_counter()
    if not outcomes:
        return 0.0
    root = work / "batch"
    shutil.rmtree(root, ignore_errors=True)
    umbrella = root / BATCH_PACKAGE
    umbrella.mkdir(parents=True)
    (umbrella / "__init__.py").write_text("", encoding="utf-8")
    for outcome in outcomes:
        assert outcome.package_dir is not None
        shutil.copytree(outcome.package_dir, umbrella / outcome.document.slug)
    code, lines = mypy(root, _fresh_cache(work, BATCH_PACKAGE), [BATCH_PACKAGE])
    blocked = code not in (0, 1) or any("prevented further checking" in line for line in lines)
    if blocked:
        with ThreadPoolExecutor(max(1, jobs)) as pool:
            list(pool.map(lambda o: type_check_one(o, work), outcomes))
        return time.perf_counter() - started
    for outcome in outcomes:
        prefix = f"{BATCH_PACKAGE}/{outcome.document.slug}/"
        outcome.type_errors = [line for line in lines if line.startswith(prefix)]
        outcome.type_checked = not outcome.type_errors
    unattributed = [line for line in lines if not line.startswith(f"{BATCH_PACKAGE}/")]
    if code != 0 and unattributed:
        for outcome in outcomes:
            outcome.type_checked = False
            outcome.type_errors += unattributed
    return time.perf_counter() - started


def _timed(outcome: Outcome, phase: str, step: Callable[[], None]) -> None:
    started = time.perf_counter()
    step()
    outcome.timings[phase] = time.perf_counter() - started


def run_document(document: Document, work: Path) -> Outcome:
    outcome = Outcome(document)
    _timed(outcome, "generate", lambda: generate(document, work, outcome))
    if outcome.generated:
        _timed(outcome, "import", lambda: import_check(outcome, work))
        if document.one_by_one:
            _timed(outcome, "mypy", lambda: type_check_one(outcome, work))
    return outcome


@dataclass
class CorpusRun:
    outcomes: list[Outcome]
    seconds: float
    batch_seconds: float
    work: Path
    listing: list[Classified]

    def by_rel(self) -> dict[str, Outcome]:
        return {o.document.rel: o for o in self.outcomes}


def run_corpus(
    work: Path,
    jobs: int = 2,
    selected: Callable[[Document], bool] = lambda d: True,
    progress: Callable[[Outcome], None] | None = None,
) -> CorpusRun:
    started = time.perf_counter()
    documents, listing = classify()
    documents = [d for d in documents if selected(d)]
    # The big documents first: they dominate, and must not be the tail of the run.
    documents.sort(key=lambda d: (-d.path.stat().st_size if d.one_by_one else 0, d.rel))
    work.mkdir(parents=True, exist_ok=True)
    warm_mypy_cache(work)

    def one(document: Document) -> Outcome:
        outcome = run_document(document, work)
        if progress:
            progress(outcome)
        return outcome

    try:
        with ThreadPoolExecutor(max(1, jobs)) as pool:
            outcomes = list(pool.map(one, documents))
    finally:
        while _ALL_IMPORT_CHECKERS:
            _ALL_IMPORT_CHECKERS.pop().close()
    batch = [o for o in outcomes if o.generated and not o.document.one_by_one]
    batch_seconds = type_check_batch(batch, work, jobs)
    # The caches and the batch's copies are big (~140 MB) and say nothing the outcomes do not.
    for folder in ("mypy-cache", "batch"):
        shutil.rmtree(work / folder, ignore_errors=True)
    outcomes.sort(key=lambda o: (SUITES.index(o.document.suite), o.document.rel))
    return CorpusRun(outcomes, time.perf_counter() - started, batch_seconds, work, listing)


# ---------------------------------------------------------------------------------------------------
# The table
# ---------------------------------------------------------------------------------------------------


def _yes_no(value: bool | None) -> str:
    return "-" if value is None else ("yes" if value else "NO")


def _row(outcome: Outcome) -> list[str]:
    expected = outcome.expected
    if expected is not None:
        generated = "xfail" if outcome.expected_failure_problem() is None else "BAD-XFAIL"
    else:
        generated = _yes_no(outcome.generated)
    covered = total = 0
    if outcome.report:
        total = len(outcome.operations)
        covered = total - len(outcome.uncovered) if outcome.generated else 0
    findings = outcome.findings
    type_checked = _yes_no(outcome.type_checked)
    if outcome.type_checked is False:
        type_checked = f"NO({len(outcome.type_errors)})"
    return [
        outcome.document.name,
        generated,
        _yes_no(outcome.imported),
        type_checked,
        f"{covered}/{total}" if outcome.report else "-",
        f"{findings['error']}/{findings['warning']}/{findings['info']}" if outcome.report else "-",
        "+".join(f"{outcome.timings[phase]:.1f}" for phase in PHASES if phase in outcome.timings),
    ]


PHASES = ("generate", "import", "mypy")
HEADER = ["document", "generated", "imported", "type-checked", "operations", "findings E/W/I", "s gen+imp+mypy"]


def table(run: CorpusRun) -> str:
    rows = [_row(o) for o in run.outcomes]
    outcomes = run.outcomes
    ok_generated = sum(1 for o in outcomes if o.generated)
    xfail = sum(1 for o in outcomes if o.expected is not None and o.expected_failure_problem() is None)
    total_ops = sum(len(o.operations) for o in outcomes if o.generated)
    uncovered = sum(len(o.uncovered) for o in outcomes if o.generated)
    findings: Counter[str] = Counter()
    for o in outcomes:
        findings.update(o.findings)
    rows.append(
        [
            f"TOTAL {len(outcomes)} documents",
            f"{ok_generated}+{xfail}xf",
            str(sum(1 for o in outcomes if o.imported)),
            str(sum(1 for o in outcomes if o.type_checked)),
            f"{total_ops - uncovered}/{total_ops}",
            f"{findings['error']}/{findings['warning']}/{findings['info']}",
            "+".join(f"{sum(o.timings.get(p, 0.0) for o in outcomes):.0f}" for p in PHASES),
        ]
    )
    widths = [max(len(r[i]) for r in rows + [HEADER]) for i in range(len(HEADER))]

    def line(cells: list[str]) -> str:
        return "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths)))

    rule = "-" * len(line(HEADER))
    body = [line(HEADER), rule, *map(line, rows[:-1]), rule, line(rows[-1])]
    not_documents = sum(1 for c in run.listing if not c.document)
    body.append(
        f"({not_documents} files under the suites are not documents: fragments, configs, LICENSE; "
        f"`python -m tests.corpus --list` shows them.)\n"
        f"Peer suites type-checked in one mypy run: {run.batch_seconds:.0f}s. Wall time: {run.seconds:.0f}s."
    )
    return "\n".join(body)


def problems(run: CorpusRun) -> dict[str, list[str]]:
    """Every way the run differs from what the corpus check asserts, by kind (empty lists: all good)."""
    found: dict[str, list[str]] = {
        "generate": [],
        "expected": [],
        "import": [],
        "operations": [],
        "mypy": [],
        "findings": [],
    }
    for o in run.outcomes:
        name = o.document.rel
        if o.expected is not None:
            problem = o.expected_failure_problem()
            if problem:
                found["expected"].append(f"{name}: {problem}")
            continue
        if not o.generated:
            found["generate"].append(f"{name}: exit {o.exit_code}: {o.error}")
            continue
        imports = [p for p in o.import_problems if not p.startswith("method ")]
        found["import"] += [f"{name}: {p}" for p in imports]
        found["operations"] += [f"{name}: {p}" for p in o.uncovered]
        found["mypy"] += [f"{name}: {line}" for line in o.type_errors]
        found["findings"] += [
            f"{name}: no finding at {w.pointer} with {w.message!r}; the report has: "
            + "; ".join(f"{f.get('pointer')}: {f.get('message')}" for f in (o.report or {}).get("findings", []))
            for w in o.missing_findings()
        ]
    found["expected"] += [
        f"{rel}: listed in EXPECTED_FAILURES/EXPECTED_FINDINGS, not a document" for rel in _stale(run)
    ]
    return found


def _stale(run: CorpusRun) -> list[str]:
    """Listed paths that are not documents (only those of files under the suites can be judged)."""
    documents = {c.rel for c in run.listing if c.document}
    listed = set(EXPECTED_FAILURES) | set(EXPECTED_FINDINGS)
    return sorted(rel for rel in listed if rel not in documents)


def _print_listing(listing: list[Classified]) -> None:
    for item in listing:
        print(f"{'DOC ' if item.document else '    '} {item.rel}: {item.why}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.corpus", description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=2, help="documents generated at the same time (default 2)")
    parser.add_argument("--filter", default="", help="only documents whose path contains this")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it (default: a temporary one)")
    parser.add_argument("--list", action="store_true", help="classify every file; generate nothing")
    args = parser.parse_args(argv)
    if not SPECS.is_dir():
        print(f"{SPECS} is absent: nothing to check")
        return 0
    if args.list:
        _print_listing(classify()[1])
        return 0
    with tempfile.TemporaryDirectory(prefix="corpus-") as temporary:
        work = args.keep or Path(temporary)
        run = run_corpus(work, args.jobs, lambda d: args.filter in d.rel, print_progress)
        print(table(run))
        found = problems(run)
        for kind, items in found.items():
            for item in items:
                print(f"{kind}: {item}")
        return 1 if any(found.values()) else 0


def print_progress(outcome: Outcome) -> None:
    print(f"  {outcome.seconds:6.1f}s {outcome.document.rel}", file=sys.stderr, flush=True)


if __name__ == "__main__":
    # Through the module's own name: the forked generator runs find `_generator_process` there.
    from tests import corpus

    sys.exit(corpus.main())
