"""The committed generated package as a package: it type-checks under `mypy --strict`, is
black-formatted, can be vendored under another package, imports lazily, and its models behave
like the public LangSmith client's on realistic data.
"""

from __future__ import annotations

import ast
import datetime
import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
import warnings
from pathlib import Path
from typing import Any, Dict, Iterator, List

import pytest
import typing_extensions

from generator.project import RUNTIME_DEPENDENCIES
from tests.support import GENERATED, SHARED, import_generated

PACKAGE = "langsmith_openapi_client"
PACKAGE_DIR = GENERATED / PACKAGE
MODULES = sorted(PACKAGE_DIR.rglob("*.py"))
RUNS_PAYLOAD_TOOL = SHARED / "tools" / "make_runs_payload.py"
# What the generated package may import at run time besides the standard library: the runtime
# dependencies its pyproject.toml declares (pydantic_core comes with pydantic).
ALLOWED_THIRD_PARTY = {import_name for _, import_name, _ in RUNTIME_DEPENDENCIES} | {"pydantic_core"}

run_module = import_generated(f"{PACKAGE}.types.run")
Run = run_module.Run


def run_python(code: str, cwd: Path, *, path: List[Path]) -> subprocess.CompletedProcess[str]:
    """`code` in a fresh interpreter whose imports see only `path` (plus site-packages)."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP")}
    env["PYTHONPATH"] = os.pathsep.join(str(p) for p in path)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


# ---------------------------------------------------------------------------------------
# mypy --strict
# ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def mypy_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One cache for the module's mypy runs: the package is checked once, the snippets reuse it."""
    return tmp_path_factory.mktemp("mypy-cache")


def run_mypy(cache: Path, cwd: Path, *targets: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "MYPYPATH")}
    env["MYPYPATH"] = str(GENERATED)
    command = [
        sys.executable,
        "-m",
        "mypy",
        "--strict",
        "--no-color-output",
        "--no-error-summary",
        "--show-error-codes",
        "--cache-dir",
        str(cache),
        *targets,
    ]
    # cwd is a temporary folder: no config file of the repository applies, and no cache lands
    # inside generated/.
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


@pytest.mark.slow
@pytest.mark.xdist_group("generated-package-mypy")
def test_package_passes_mypy_strict(mypy_cache: Path, tmp_path: Path) -> None:
    result = run_mypy(mypy_cache, tmp_path, "-p", PACKAGE)
    assert result.returncode == 0, result.stdout + result.stderr


TYPED_USAGE = """
from __future__ import annotations

from datetime import datetime, timezone
from typing import Dict, List, Optional

import httpx

from langsmith_openapi_client import NOT_GIVEN, AsyncClient, Client, NotFoundError
from langsmith_openapi_client._pagination import AsyncCursorPage, SyncCursorPage
from langsmith_openapi_client._response import APIResponse, AsyncAPIResponse
from langsmith_openapi_client.types import Run as RunFromTypes
from langsmith_openapi_client.types.run import FeedbackStats, Run
from langsmith_openapi_client.types.query_trace_response import QueryTraceResponse
from langsmith_openapi_client.types.thread_list_item import ThreadListItem
from langsmith_openapi_client.types.thread_stats import ThreadStats
from langsmith_openapi_client.types.thread_trace_list_item import ThreadTraceListItem

START = datetime(2024, 1, 15, 10, 30, tzinfo=timezone.utc)


def sync_usage(client: Client) -> List[Optional[str]]:
    run: Run = client.runs.retrieve("r", project_id="p", start_time=START, selects=["ID", "NAME"])
    same: RunFromTypes = run
    started: Optional[datetime] = run.start_time
    stats: Optional[Dict[str, FeedbackStats]] = run.feedback_stats
    page: SyncCursorPage[Run] = client.runs.query(
        project_ids=["p"], selects=["ID", "STATUS"], page_size=10, filter=NOT_GIVEN, run_type="LLM"
    )
    ids = [r.id for r in page]
    trace: QueryTraceResponse = client.runs.list_by_trace(
        "t", project_id="p", min_start_time=START, max_start_time="2024-01-16T00:00:00Z"
    )
    threads: SyncCursorPage[ThreadListItem] = client.threads.query(project_id="p")
    traces: SyncCursorPage[ThreadTraceListItem] = client.threads.list_traces("t", project_id="p", selects=["NAME"])
    thread_stats: ThreadStats = client.threads.retrieve_stats("t", session_id="s", selects=["TURNS"])
    turns: Optional[int] = thread_stats.turns
    raw: APIResponse[Run] = client.runs.with_raw_response.retrieve("r", project_id="p", start_time=START)
    parsed: Run = raw.parse()
    status: int = raw.status_code
    first_page: SyncCursorPage[Run] = client.runs.with_raw_response.query(project_ids=["p"]).parse()
    try:
        client.runs.retrieve("r", project_id="p", start_time=START, extra_headers={"Prefer": "code=404"})
    except NotFoundError as exc:
        code: int = exc.status_code
    data: Dict[str, object] = run.to_dict()
    text: str = run.to_json()
    return ids


async def async_usage(client: AsyncClient) -> List[Optional[str]]:
    run: Run = await client.runs.retrieve("r", project_id="p", start_time=START)
    page: AsyncCursorPage[Run] = await client.runs.query(project_ids=["p"])
    ids = [r.id async for r in client.runs.query(project_ids=["p"])]
    thread_stats: ThreadStats = await client.threads.retrieve_stats("t", session_id="s")
    raw: AsyncAPIResponse[Run] = await client.runs.with_raw_response.retrieve("r", project_id="p", start_time=START)
    parsed: Run = await raw.parse()
    return ids


def construct() -> None:
    with Client(api_key="k", base_url="http://127.0.0.1:1", http_client=httpx.Client(), max_retries=0, timeout=1.5):
        pass
    AsyncClient(timeout=httpx.Timeout(2.0), default_headers={"X-Team": "a"})
"""

# Each line is a call the annotations must reject; the marker names the expected error code.
WRONG_USAGE = {
    'client.runs.retrieve("r", project_id="p", start_time="t", selects=["NOT_A_FIELD"])': "list-item",
    'client.runs.query(project_ids="p")': "arg-type",
    'client.runs.query(page_size="10")': "arg-type",
    'client.runs.query(run_type="AGENT")': "arg-type",
    'client.threads.retrieve_stats("t", session_id="s", selects=["ID"])': "list-item",
    'client.runs.retrieve("r", start_time="t")': "call-arg",
    'client.runs.retrieve(run_id="r", project_id="p", start_time="t", unknown=1)': "call-arg",
    'tokens: int = client.runs.retrieve("r", project_id="p", start_time="t").total_tokens': "assignment",
    'client.threads.list_traces("t", project_id="p").items[0].no_such_field': "attr-defined",
}


@pytest.mark.slow
@pytest.mark.xdist_group("generated-package-mypy")
def test_typed_usage_passes_mypy_strict(mypy_cache: Path, tmp_path: Path) -> None:
    (tmp_path / "typed_usage.py").write_text(TYPED_USAGE)
    result = run_mypy(mypy_cache, tmp_path, "typed_usage.py")
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
@pytest.mark.xdist_group("generated-package-mypy")
def test_wrong_types_are_rejected_by_mypy(mypy_cache: Path, tmp_path: Path) -> None:
    lines = ["from langsmith_openapi_client import Client", "", "client = Client()"]
    first = len(lines) + 1
    lines += list(WRONG_USAGE)
    (tmp_path / "wrong_usage.py").write_text("\n".join(lines) + "\n")

    result = run_mypy(mypy_cache, tmp_path, "wrong_usage.py")

    assert result.returncode == 1, result.stdout + result.stderr
    errors: Dict[int, List[str]] = {}
    for line in result.stdout.splitlines():
        parts = line.split(":", 3)
        if len(parts) == 4 and parts[2].strip() == "error":
            errors.setdefault(int(parts[1]), []).append(parts[3])
    for number, (code, expected) in enumerate(WRONG_USAGE.items(), start=first):
        found = errors.get(number, [])
        assert any(f"[{expected}]" in message for message in found), f"mypy accepted `{code}`: {found}"
    assert "NOT_A_FIELD" in " ".join(errors[first])


@pytest.mark.slow
@pytest.mark.xdist_group("generated-package-mypy")
def test_async_raw_response_of_paginated_methods_is_typed(mypy_cache: Path, tmp_path: Path) -> None:
    """`await client.runs.with_raw_response.query(...)` works at run time (it gives an
    AsyncAPIResponse whose `await .parse()` is the first page), so its annotation must say so."""
    usage = """
from langsmith_openapi_client import AsyncClient
from langsmith_openapi_client._pagination import AsyncCursorPage
from langsmith_openapi_client._response import AsyncAPIResponse
from langsmith_openapi_client.types.run import Run
from langsmith_openapi_client.types.thread_list_item import ThreadListItem
from langsmith_openapi_client.types.thread_trace_list_item import ThreadTraceListItem


async def raw_pages(client: AsyncClient) -> None:
    raw = await client.runs.with_raw_response.query(project_ids=["p"])
    first: AsyncCursorPage[Run] = await raw.parse()
    raw_traces = await client.threads.with_raw_response.list_traces("t", project_id="p")
    traces: AsyncCursorPage[ThreadTraceListItem] = await raw_traces.parse()
    raw_threads = await client.threads.with_raw_response.query(project_id="p")
    response: AsyncAPIResponse[AsyncCursorPage[ThreadListItem]] = raw_threads
"""
    (tmp_path / "async_raw_pages.py").write_text(usage)
    result = run_mypy(mypy_cache, tmp_path, "async_raw_pages.py")
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
@pytest.mark.xdist_group("generated-package-mypy")
def test_readme_examples_pass_mypy_strict(mypy_cache: Path, tmp_path: Path) -> None:
    """Every Python block of generated/README.md is a program that type-checks: the README shows
    names, arguments and results the package really has."""
    blocks = re.findall(r"^```python\n(.*?)^```$", (GENERATED / "README.md").read_text(encoding="utf-8"), re.M | re.S)
    assert len(blocks) >= 6
    names = []
    for number, block in enumerate(blocks):
        names.append(f"readme_example_{number}.py")
        (tmp_path / names[-1]).write_text(block)
    result = run_mypy(mypy_cache, tmp_path, *names)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
@pytest.mark.xdist_group("generated-package-mypy")
def test_copy_vendored_under_a_vendor_folder_passes_mypy_strict(mypy_cache: Path, tmp_path: Path) -> None:
    """Only the package folder travels: under `vendor_pkg/_vendor/`, imported through the parent
    package, it type-checks and runs without generated/ on any path."""
    vendor = tmp_path / "vendor_pkg" / "_vendor"
    vendor.mkdir(parents=True)
    (tmp_path / "vendor_pkg" / "__init__.py").write_text('"""A package that vendors the generated client."""\n')
    (vendor / "__init__.py").write_text("")
    shutil.copytree(PACKAGE_DIR, vendor / PACKAGE, ignore=shutil.ignore_patterns("__pycache__"))
    (tmp_path / "vendor_pkg" / "use.py").write_text(
        "from ._vendor.langsmith_openapi_client import Client, __version__\n"
        "from ._vendor.langsmith_openapi_client.types.run import Run\n\n\n"
        "def version() -> str:\n    return __version__\n\n\n"
        "def first_run(client: Client) -> Run:\n"
        '    return client.runs.retrieve("r", project_id="p", start_time="2025-01-01T00:00:00Z")\n'
    )
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "MYPYPATH")}
    command = [sys.executable, "-m", "mypy", "--strict", "--no-color-output", "--show-error-codes"]
    command += ["--python-version", "3.10", "--cache-dir", str(mypy_cache / "vendored"), "-p", "vendor_pkg"]
    checked = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    assert checked.returncode == 0, checked.stdout + checked.stderr

    script = """
import json, sys
import vendor_pkg.use as use
from vendor_pkg._vendor.langsmith_openapi_client._client import USER_AGENT
print(json.dumps({"version": use.version(), "agent": USER_AGENT,
                  "top": sorted(m for m in sys.modules if m.split(".")[0] in ("langsmith_openapi_client", "generator"))}))
"""
    result = run_python(script, tmp_path, path=[tmp_path])
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["top"] == [] and report["version"] == "0.9.0"
    assert report["agent"].startswith("langsmith_openapi_client/0.9.0 Python/")


# ---------------------------------------------------------------------------------------
# black
# ---------------------------------------------------------------------------------------


@pytest.mark.slow
def test_package_is_black_formatted(tmp_path: Path) -> None:
    formatting = pytest.importorskip("generator.formatting")  # the generator is installed with the tests
    mode = formatting.black_mode()
    targets = [f"--target-version={v.name.lower()}" for v in sorted(mode.target_versions, key=lambda v: v.value)]
    # An empty config, and the files named one by one: the repository's pyproject.toml
    # excludes generated/ from black, which would make a directory argument check nothing.
    config = tmp_path / "black.toml"
    config.write_text("[tool.black]\n")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "black",
            "--check",
            "--diff",
            f"--config={config}",
            f"--line-length={mode.line_length}",
            *targets,
            *[str(m) for m in MODULES],
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout[-5000:] + result.stderr[-2000:]
    assert f"{len(MODULES)} files would be left unchanged" in result.stderr


# ---------------------------------------------------------------------------------------
# Self-contained: relative imports only, vendorable under another package
# ---------------------------------------------------------------------------------------


def imports_of(module: Path) -> Iterator[tuple[int, int, str]]:
    """(line, level, module name) for every import statement, at any depth."""
    tree = ast.parse(module.read_text(encoding="utf-8"), str(module))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, 0, alias.name
        elif isinstance(node, ast.ImportFrom):
            yield node.lineno, node.level, node.module or ""


def test_modules_import_only_siblings_stdlib_and_runtime_dependencies() -> None:
    bad = []
    for module in MODULES:
        for line, level, name in imports_of(module):
            if level:
                continue
            top = name.split(".")[0]
            if top in sys.stdlib_module_names or top in ALLOWED_THIRD_PARTY or top == "__future__":
                continue
            bad.append(f"{module.relative_to(GENERATED)}:{line}: import {name}")
    assert not bad, "absolute imports outside the standard library and the runtime dependencies:\n" + "\n".join(bad)


def test_no_module_names_the_package_or_the_generator_in_code() -> None:
    offenders = []
    for module in MODULES:
        text = module.read_text(encoding="utf-8")
        tree = ast.parse(text)
        for node in ast.walk(tree):
            # import_module("langsmith_openapi_client.x") or __import__("generator") in any form.
            if isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
                target = node.args[0].value
                if isinstance(target, str) and target.split(".")[0] in (PACKAGE, "generator"):
                    offenders.append(f"{module.relative_to(GENERATED)}:{node.lineno}: {ast.unparse(node)}")
        for number, line in enumerate(text.splitlines(), start=1):
            stripped = line.strip()
            if stripped.startswith(("import ", "from ")) and (PACKAGE in stripped or " generator" in stripped):
                offenders.append(f"{module.relative_to(GENERATED)}:{number}: {stripped}")
    assert not offenders, "\n".join(offenders)


VENDORED_SCRIPT = """
import json, sys

import httpx

import vendor_pkg._openapi_client as sdk
from vendor_pkg._openapi_client import Client, NotFoundError
from vendor_pkg._openapi_client.types.run import Run

seen = []


def handler(request):
    seen.append((request.method, request.url.path, request.headers.get("x-api-key")))
    if request.url.path.endswith("/missing"):
        return httpx.Response(404, json={"title": "Not Found", "detail": "no such run"})
    if request.method == "POST":
        return httpx.Response(200, json={"items": [{"id": "r1", "run_type": "AGENT"}], "has_more": False})
    return httpx.Response(200, json={"id": "r0", "start_time": "2024-01-15T10:30:00Z", "sandbox": 1})


client = Client(api_key="k", base_url="http://vendored.invalid", http_client=httpx.Client(transport=httpx.MockTransport(handler)))
run = client.runs.retrieve("r0", project_id="p", start_time="2024-01-15T10:30:00Z")
assert isinstance(run, Run), type(run)
assert run.start_time.year == 2024 and run.to_dict()["sandbox"] == 1
runs = list(client.runs.query(project_ids=["p"]))
assert [r.run_type for r in runs] == ["AGENT"]
try:
    client.runs.retrieve("missing", project_id="p", start_time="t")
except NotFoundError as exc:
    assert exc.status_code == 404
else:
    raise AssertionError("no NotFoundError")
parsed = Run.model_validate({"id": "x", "run_type": "LLM"})
assert parsed.run_type == "LLM"
print(json.dumps({
    "modules": sorted(m for m in sys.modules if m.split(".")[0] in ("langsmith_openapi_client", "generator")),
    "run_module": type(run).__module__,
    "sdk_file": sdk.__file__,
    "seen": seen,
}))
"""


def test_vendored_copy_works_under_another_package(tmp_path: Path) -> None:
    vendor = tmp_path / "vendor_pkg"
    vendor.mkdir()
    (vendor / "__init__.py").write_text('"""A package that vendors the generated client."""\n')
    shutil.copytree(PACKAGE_DIR, vendor / "_openapi_client", ignore=shutil.ignore_patterns("__pycache__"))

    result = run_python(VENDORED_SCRIPT, tmp_path, path=[tmp_path])

    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["modules"] == [], "the vendored copy imported the original package or the generator"
    assert report["run_module"] == "vendor_pkg._openapi_client.types.run"
    assert Path(report["sdk_file"]).is_relative_to(tmp_path)
    assert report["seen"] == [
        ["GET", "/v2/runs/r0", "k"],
        ["POST", "/v2/runs/query", "k"],
        ["GET", "/v2/runs/missing", "k"],
    ]


# ---------------------------------------------------------------------------------------
# Lazy imports and packaging details
# ---------------------------------------------------------------------------------------

LAZY_SCRIPT = """
import json, sys

def loaded():
    return sorted(m for m in sys.modules if m == "pydantic" or m.startswith(("langsmith_openapi_client.", "pydantic.")))

import langsmith_openapi_client
steps = {"import": loaded()}
from langsmith_openapi_client import Client
steps["Client"] = loaded()
client = Client(api_key="k")
steps["instance"] = loaded()
client.runs
steps["runs"] = loaded()
import langsmith_openapi_client.types as types
steps["types"] = loaded()
types.ThreadStats
steps["ThreadStats"] = loaded()
steps["all"] = [name for name in langsmith_openapi_client.__all__ if getattr(langsmith_openapi_client, name, None) is None]
print(json.dumps(steps))
"""


@pytest.fixture(scope="module")
def lazy_steps(tmp_path_factory: pytest.TempPathFactory) -> Dict[str, List[str]]:
    result = run_python(LAZY_SCRIPT, tmp_path_factory.mktemp("lazy"), path=[GENERATED])
    assert result.returncode == 0, result.stdout + result.stderr
    steps: Dict[str, List[str]] = json.loads(result.stdout.strip().splitlines()[-1])
    return steps


def test_importing_the_package_loads_no_types_resources_or_pydantic(lazy_steps: Dict[str, List[str]]) -> None:
    loaded = lazy_steps["import"]
    assert not [m for m in loaded if m.startswith(f"{PACKAGE}.types")], loaded
    assert not [m for m in loaded if m.startswith(f"{PACKAGE}.resources")], loaded
    assert f"{PACKAGE}._client" not in loaded
    assert "pydantic" not in loaded


def test_client_loads_resources_and_types_on_first_use(lazy_steps: Dict[str, List[str]]) -> None:
    for step in ("Client", "instance"):
        assert f"{PACKAGE}._client" in lazy_steps[step]
        assert not [m for m in lazy_steps[step] if m.startswith((f"{PACKAGE}.types.", f"{PACKAGE}.resources."))]
    runs = lazy_steps["runs"]
    assert f"{PACKAGE}.resources.runs" in runs and f"{PACKAGE}.types.run" in runs
    assert f"{PACKAGE}.resources.threads" not in runs
    assert f"{PACKAGE}.types.thread_stats" not in lazy_steps["types"]
    assert f"{PACKAGE}.types.thread_stats" in lazy_steps["ThreadStats"]
    assert f"{PACKAGE}.types.thread_list_item" not in lazy_steps["ThreadStats"]
    assert lazy_steps["all"] == [], "names in __all__ that do not resolve"


def test_package_ships_py_typed_and_lists_it() -> None:
    assert (PACKAGE_DIR / "py.typed").is_file()
    # Each entry: the file's name, then the digests of its rendered and of its written text.
    manifest = (PACKAGE_DIR / ".generated-files").read_text().splitlines()
    listed = {line.split()[0] for line in manifest if line and not line.startswith("#")}
    assert "py.typed" in listed
    assert all((PACKAGE_DIR / name).is_file() for name in listed)
    # Everything but hand-written `lib/` is the generator's, so regeneration can replace it.
    owned = {str(m.relative_to(PACKAGE_DIR)) for m in MODULES if m.relative_to(PACKAGE_DIR).parts[0] != "lib"}
    assert owned <= listed, owned - listed


def test_types_package_exports_every_model() -> None:
    types = import_generated(f"{PACKAGE}.types")
    for name in types.__all__:
        value = getattr(types, name)
        # a class of that name, or a named enum's `Literal` alias (which has no name of its own)
        is_alias = typing_extensions.get_origin(value) is typing_extensions.Literal
        assert is_alias or (isinstance(value, type) and value.__name__ == name), name
    assert "Run" in types.__all__ and types.Run is Run
    assert len(typing_extensions.get_args(types.RunSelectField)) == 44


# ---------------------------------------------------------------------------------------
# The models on realistic data (../shared/tools/make_runs_payload.py)
# ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def runs_payload(tmp_path_factory: pytest.TempPathFactory) -> Dict[str, Any]:
    target = tmp_path_factory.mktemp("payload") / "runs.json"
    with target.open("w") as out:
        subprocess.run([sys.executable, str(RUNS_PAYLOAD_TOOL), "3"], stdout=out, check=True, timeout=60)
    payload: Dict[str, Any] = json.loads(target.read_text())
    assert len(payload["items"]) == 3
    return payload


def test_empty_run() -> None:
    run = Run()
    assert run.id is None and run.run_type is None
    assert run.to_dict() == {}
    assert run.to_json() == "{}"
    assert run.model_fields_set == set()
    dumped = run.model_dump()
    assert len(dumped) == len(Run.model_fields) == 44
    assert set(dumped.values()) == {None}


def test_realistic_runs_parse_into_typed_values(runs_payload: Dict[str, Any]) -> None:
    for item in runs_payload["items"]:
        run = Run.model_validate(item)
        # Strict pydantic-core validation accepts it too: the data fits the spec.
        Run.__pydantic_validator__.validate_python(item)
        assert run.id == item["id"] and run.trace_id == item["id"]
        assert run.run_type in ("LLM", "CHAIN", "TOOL") and run.status == "SUCCESS"
        assert isinstance(run.start_time, datetime.datetime) and run.start_time.tzinfo is not None
        assert run.end_time is not None and (run.end_time - run.start_time).total_seconds() == 1.5
        assert run.error is None and run.share_url is None and run.thread_evaluation_time is None
        assert run.events is not None and len(run.events) == 5
        assert all(isinstance(e, run_module.Event) and isinstance(e.time, datetime.datetime) for e in run.events)
        assert run.feedback_stats is not None
        assert isinstance(run.feedback_stats["correctness"], run_module.FeedbackStats)
        assert run.feedback_stats["correctness"].n == 3
        assert isinstance(run.completion_cost_details, run_module.CompletionCostDetails)
        assert run.completion_token_details is not None and run.completion_token_details.raw == {
            "reasoning": 50,
            "text": 100,
        }
        assert isinstance(run.prompt_cost_details, run_module.PromptCostDetails)
        assert isinstance(run.prompt_token_details, run_module.PromptTokenDetails)
        assert run.attachments == item["attachments"]
        assert run.inputs == item["inputs"] and run.extra == item["extra"]


def test_to_dict_uses_api_names_and_only_set_fields(runs_payload: Dict[str, Any]) -> None:
    item = runs_payload["items"][0]
    run = Run.model_validate(item)

    dumped = run.to_dict()
    assert list(dumped) == list(item)  # every field was set, in the model's order
    assert isinstance(dumped["start_time"], datetime.datetime)  # mode="python"
    assert isinstance(dumped["events"][0], dict)
    # Nested defaults the data did not set (FeedbackStat.errors) stay out, as received.
    assert dumped["feedback_stats"]["correctness"] == {"n": 3, "avg": 0.66, "values": {}}
    assert run.to_dict(mode="json") == item
    assert Run.model_validate({"id": "x"}).to_dict() == {"id": "x"}
    assert Run.model_validate({"id": "x", "name": None}).to_dict() == {"id": "x", "name": None}
    assert Run.model_validate({"id": "x", "name": None}).to_dict(exclude_none=True) == {"id": "x"}
    assert len(Run.model_validate({"id": "x"}).to_dict(exclude_unset=False)) == 44


def test_to_json_is_indented_api_json(runs_payload: Dict[str, Any]) -> None:
    item = runs_payload["items"][1]
    run = Run.model_validate(item)
    text = run.to_json()
    assert text.startswith('{\n  "id": ')
    assert json.loads(text) == item
    assert run.to_json(indent=None) == run.model_dump_json(by_alias=True, exclude_unset=True)


def test_model_dump_and_model_dump_json(runs_payload: Dict[str, Any]) -> None:
    run = Run.model_validate(runs_payload["items"][2])
    dumped = run.model_dump()
    assert set(dumped) == set(Run.model_fields)
    assert dumped["start_time"] == run.start_time
    assert json.loads(run.model_dump_json())["start_time"] == runs_payload["items"][2]["start_time"]
    assert "\n" not in run.model_dump_json()


def test_round_trips(runs_payload: Dict[str, Any]) -> None:
    for item in runs_payload["items"]:
        run = Run.model_validate(item)
        assert Run.model_validate(run.to_dict()) == run
        assert Run.model_validate(json.loads(run.to_json())) == run
        assert Run.model_validate_json(run.model_dump_json()) == run
    # The unvalidated constructors exist (pydantic's own; `construct` is its deprecated alias).
    assert Run.model_construct(id="x", name="n").to_dict() == {"id": "x", "name": "n"}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        assert Run.construct(id="x").id == "x"


def test_runs_query_response_parses_the_whole_payload(runs_payload: Dict[str, Any]) -> None:
    response_module = import_generated(f"{PACKAGE}.types.query_runs_response")
    page = response_module.QueryRunsResponse.model_validate(runs_payload)
    assert page.items is not None and len(page.items) == 3
    assert all(isinstance(run, Run) for run in page.items)
    assert page.next_cursor is None


# Dumping a value kept as received (a str where the model says datetime) makes pydantic warn;
# these tests are about the values, not that warning.
@pytest.mark.filterwarnings("ignore:Pydantic serializer warnings:UserWarning")
def test_data_the_spec_did_not_foresee_is_kept(runs_payload: Dict[str, Any]) -> None:
    item = dict(runs_payload["items"][0])
    item.update(
        run_type="AGENT",
        status="CANCELLED",
        sandbox={"id": "sbx-1"},
        name=None,
        inputs_preview=None,
        completion_tokens="150",  # a numeric string pydantic can still coerce
        events=[*item["events"], {"name": "handoff", "time": "later", "target": "agent-2"}],
        feedback_stats={**item["feedback_stats"], "tone": {"n": "two", "kind": "CATEGORICAL"}},
    )

    for run in (Run.model_validate(item), Run.model_validate_json(json.dumps(item))):
        assert run.run_type == "AGENT" and run.status == "CANCELLED"
        assert run.name is None and run.inputs_preview is None
        assert run.completion_tokens == 150
        assert isinstance(run.start_time, datetime.datetime)  # the rest still parsed
        dumped = run.to_dict()
        assert dumped["sandbox"] == {"id": "sbx-1"} and dumped["run_type"] == "AGENT"
        assert "name" in dumped and dumped["name"] is None
        assert run.events is not None and len(run.events) == 6
        assert all(isinstance(e, run_module.Event) for e in run.events)
        assert run.events[-1].time == "later" and run.events[-1].to_dict()["target"] == "agent-2"
        assert isinstance(run.events[0].time, datetime.datetime)
        assert run.feedback_stats is not None
        tone = run.feedback_stats["tone"]
        assert tone.n == "two" and tone.to_dict()["kind"] == "CATEGORICAL"
        assert run.feedback_stats["correctness"].n == 3
        assert Run.model_validate(run.to_dict()).to_dict() == dumped


def test_model_surface() -> None:
    for name in ("to_dict", "to_json", "model_dump", "model_dump_json", "construct", "model_construct"):
        assert callable(getattr(Run, name)), name
    assert Run.model_config["extra"] == "allow"
    assert Run.Config.extra == "allow"
    assert run_module.__all__[0] == "Run"
    assert list(Run.model_fields)[0] == "id"
