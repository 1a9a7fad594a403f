"""The generators being compared, how each is invoked, and what we note about each run's output."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import yaml  # installed with the generator, whose venv runs this harness

from measure import Measurement, measure

REPO = Path(__file__).resolve().parent.parent
OURS_PYTHON = REPO / ".venv" / "bin" / "python"
PEERS_BIN = REPO / "bench" / ".venv-peers" / "bin"
# Variables that `make bench` exports to its recipe; a `make` we start in a clone must not inherit them.
MAKE_VARIABLES = ("MAKEFLAGS", "MFLAGS", "MAKELEVEL", "MAKEOVERRIDES")
CHANGED_SCHEMA = "query.RunResponse"
ADDED_PROPERTY = {"bench_added": {"type": "string", "description": "added by the benchmark"}}


class BenchError(Exception):
    """A run that makes the numbers meaningless (ours failed, or a peer wrote nothing)."""


@dataclass(frozen=True)
class Tool:
    label: str
    command: Callable[[Path, Path], list[str]]  # (document, output folder) -> argv
    is_peer: bool  # lives in the peers' venv, whose bin/ goes first on PATH (opc's ruff hooks look there)
    regenerate_flags: tuple[str, ...] = ()  # what it needs to write over its own previous output


def ours_command(document: Path, out: Path) -> list[str]:
    return [str(OURS_PYTHON), "-m", "generator", "generate", "--spec", str(document), "--output", str(out)]


def opc_command(document: Path, out: Path) -> list[str]:
    # --meta none writes the package itself (no pyproject) into --output-path, which must not exist
    # yet unless --overwrite is given; everything else, post-hooks included, is its default.
    opc = str(PEERS_BIN / "openapi-python-client")
    return [opc, "generate", "--path", str(document), "--output-path", str(out / "client"), "--meta", "none"]


def dmcg_command(document: Path, out: Path) -> list[str]:
    dmcg = str(PEERS_BIN / "datamodel-codegen")
    return [
        *(dmcg, "--input", str(document), "--input-file-type", "openapi"),
        *("--output", str(out / "models"), "--output-model-type", "pydantic_v2.BaseModel"),
    ]


OURS = Tool("ours", ours_command, is_peer=False)
OPC = Tool("openapi-python-client", opc_command, is_peer=True, regenerate_flags=("--overwrite",))
DMCG = Tool("datamodel-code-generator (models only)", dmcg_command, is_peer=True)


def peers_installed() -> bool:
    return (PEERS_BIN / "openapi-python-client").exists() and (PEERS_BIN / "datamodel-codegen").exists()


def clean_env(cache_root: Path) -> dict[str, str]:
    """The caller's environment, with every cache we know of pointed into cache_root."""
    env = {name: value for name, value in os.environ.items() if name not in MAKE_VARIABLES}
    env["OPENAPI_CLIENT_GENERATOR_CACHE_DIR"] = str(cache_root / "generator")
    env["XDG_CACHE_HOME"] = str(cache_root / "xdg")  # black's cache, and any other tool's
    return env


def run_tool(
    tool: Tool, document: Path, out: Path, cache_root: Path, *, regenerate: bool = False, sample_pss: bool = False
) -> tuple[Measurement, list[str]]:
    """Run one generator on one document; return the measurement and notes on what it wrote."""
    env = clean_env(cache_root)
    if tool.is_peer:
        env["PATH"] = f"{PEERS_BIN}{os.pathsep}{env['PATH']}"
    command = tool.command(document, out) + (list(tool.regenerate_flags) if regenerate else [])
    out.mkdir(parents=True, exist_ok=True)
    result = measure(command, cwd=out, env=env, sample_pss=sample_pss)
    notes = output_notes(result, out)
    if result.exit_code != 0 and (not tool.is_peer or count_files(out) == 0):
        raise BenchError(f"{tool.label} exited {result.exit_code}: {' '.join(command)}\n{result.output[-3000:]}")
    return result, notes


def output_files(folder: Path) -> list[Path]:
    # Caches the tools leave beside their output are not output.
    ignored = {"__pycache__", ".ruff_cache"}
    return [path for path in folder.rglob("*") if path.is_file() and not ignored & set(path.relative_to(folder).parts)]


def count_files(folder: Path) -> int:
    return len(output_files(folder))


def tree_digest(folder: Path) -> dict[str, str]:
    """Every output file's path (relative to folder) and the SHA-256 of its bytes."""
    return {
        path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in output_files(folder)
    }


def output_notes(result: Measurement, out: Path) -> list[str]:
    """What a reader needs to trust the timing: how much was written, and what a tool left out."""
    return [f"{count_files(out)} files", *summary_notes(result)]


def summary_notes(result: Measurement) -> list[str]:
    ours_summary = re.finditer(r"\d+ written, \d+ unchanged, \d+ removed|\bin sync\b", result.output)
    notes = [match.group(0) for match in ours_summary]
    opc_counts = {
        "endpoint(s) dropped": "Endpoint will not be generated",
        "response(s) omitted": "response will be omitted",
        "post-hook(s) skipped: not on PATH": "is not in PATH",
        "post-hook(s) failed": "ruff failed",
    }
    for label, text in opc_counts.items():
        if count := result.output.count(text):
            notes.append(f"{count} {label}")
    return notes


def contains_text(folder: Path, text: str) -> bool:
    return any(text in path.read_text(errors="replace") for path in folder.rglob("*.py"))


def largest_document(folder: Path) -> Path:
    documents = [path for path in folder.rglob("*") if path.suffix in {".json", ".yaml", ".yml"}]
    return max(documents, key=lambda path: path.stat().st_size)


def write_changed_copy(document: Path, folder: Path) -> Path:
    """A copy of the document with one property added to CHANGED_SCHEMA, in the same format."""
    is_json = document.suffix == ".json"
    text = document.read_text(encoding="utf-8")
    spec = json.loads(text) if is_json else yaml.safe_load(text)
    spec["components"]["schemas"][CHANGED_SCHEMA]["properties"].update(ADDED_PROPERTY)
    copy = folder / document.name
    # Compact separators: langsmith.json round-trips byte for byte, so the added property is the only change.
    changed = (
        json.dumps(spec, ensure_ascii=False, separators=(",", ":"))
        if is_json
        else yaml.safe_dump(spec, sort_keys=False)
    )
    copy.write_text(changed, encoding="utf-8")
    return copy


def copy_like_a_checkout(source: Path, target: Path) -> Path:
    # shutil.copy, not copy2: a CI checkout has fresh modification times, so a generator must not
    # be able to lean on the ones of the previous run.
    shutil.copytree(source, target, symlinks=True, copy_function=shutil.copy)
    return target
