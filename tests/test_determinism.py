"""Deterministic output: byte-identical trees whatever PYTHONHASHSEED, TZ,
LC_ALL and the working directory (and however the paths are spelled), with no timestamps and no
absolute paths in any generated file."""

from __future__ import annotations

import os
import re
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest

from tests.hostile import REPO, document, generate, generator_argv, generator_env, tree_bytes, write_spec
from tests.test_hostile import everywhere, place_enum_values, place_parameters


def varied_document() -> dict[str, Any]:
    """Non-ASCII names, many schemas and operations, sets of names that hash differently."""
    doc = everywhere("Ünïcödé 日本語 — naïve façade")
    doc["components"]["schemas"].update(place_enum_values()["components"]["schemas"])
    doc["paths"].update(place_parameters()["paths"])
    for i in range(30):
        doc["components"]["schemas"][f"Model{i}"] = {
            "type": "object",
            "properties": {
                f"p{j}": {"type": ["string", "null"], "enum": [f"v{k}" for k in range(j)] or None} for j in range(6)
            },
        }
    return doc


def run_generator(spec: Path, output: Path, cwd: Path, **env: str) -> None:
    proc = subprocess.run(
        generator_argv("generate", "--spec", spec, "--output", output),
        cwd=cwd,
        env=generator_env(**env),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr


@pytest.mark.slow
def test_output_is_byte_identical_across_environments_and_working_directories(tmp_path: Path) -> None:
    spec = write_spec(tmp_path / "project" / "spec", varied_document())
    trees = []
    run_generator(spec, tmp_path / "a", cwd=REPO, PYTHONHASHSEED="0", TZ="UTC", LC_ALL="C.UTF-8")
    trees.append(tree_bytes(tmp_path / "a"))
    run_generator(
        Path("openapi.json"),
        Path("../../b"),
        cwd=spec.parent,
        PYTHONHASHSEED="12345",
        TZ="Pacific/Chatham",
        LC_ALL="C",
        LANG="C",
    )
    trees.append(tree_bytes(tmp_path / "b"))
    run_generator(
        Path("project/spec/../spec/./openapi.json"),
        tmp_path / "c",
        cwd=tmp_path,
        PYTHONHASHSEED="random",
        TZ="America/St_Johns",
        LC_ALL="tr_TR.UTF-8",
        LANG="tr_TR.UTF-8",
    )
    trees.append(tree_bytes(tmp_path / "c"))
    assert trees[0], "nothing was generated"
    for other in trees[1:]:
        assert sorted(other) == sorted(trees[0])
        differing = [name for name in trees[0] if trees[0][name] != other[name]]
        assert not differing, f"files differ between environments: {differing[:10]}"


def test_a_second_run_in_the_same_process_writes_nothing(tmp_path: Path) -> None:
    spec = write_spec(tmp_path / "spec", varied_document())
    first = generate(spec, tmp_path / "out")
    assert first.code == 0, first.err
    before = tree_bytes(tmp_path / "out")
    mtimes = {p: p.stat().st_mtime_ns for p in (tmp_path / "out").rglob("*")}
    second = generate(spec, tmp_path / "out")
    assert second.code == 0, second.err
    assert tree_bytes(tmp_path / "out") == before
    assert {p: p.stat().st_mtime_ns for p in (tmp_path / "out").rglob("*")} == mtimes
    assert ": 0 written," in second.err


def test_no_timestamps_or_absolute_paths_in_generated_files(tmp_path: Path) -> None:
    workdir = tmp_path / "unusual-folder-name-4f2e"
    spec = write_spec(workdir / "spec", varied_document())
    run = generate(spec, workdir / "out")
    assert run.code == 0, run.err
    forbidden = [str(tmp_path), str(workdir), "unusual-folder-name-4f2e", str(REPO), os.path.expanduser("~")]
    today = [time.strftime(fmt) for fmt in ("%Y-%m-%d", "%d/%m/%Y", "%m/%d/%Y", "%b %d", "%d %b")]
    clock = re.compile(rb"\b\d{2}:\d{2}:\d{2}\b")
    for rel, data in tree_bytes(run.output).items():
        text = data.decode("utf-8")
        for needle in forbidden:
            assert needle not in text, f"{rel} contains the path {needle!r}"
        for stamp in today:
            assert stamp not in text, f"{rel} contains today's date {stamp!r}"
        assert not clock.search(data), f"{rel} contains a time of day"


def test_spec_fixtures_generate_identically_twice() -> None:
    """Two in-process runs over the same fixture: identical bytes (no state leaks between runs)."""
    import tempfile

    fixture = REPO / "tests" / "fixtures" / "objects.yaml"
    with tempfile.TemporaryDirectory() as first, tempfile.TemporaryDirectory() as second:
        assert generate(fixture, Path(first), fast=False).code == 0
        assert generate(fixture, Path(second), fast=False).code == 0
        assert tree_bytes(Path(first)) == tree_bytes(Path(second))
