"""The JSON that `python -m generator diff --format json` prints fits the JSON Schema README.md
documents, and the schema lists exactly the kinds of change the diff knows."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from generator.cli import main
from generator.spec_diff import KINDS
from tests.support import REPO_ROOT


def readme_schema() -> dict[str, Any]:
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    match = re.search(r"```json diff-output-schema\n(.*?)\n```", readme, re.DOTALL)
    assert match, "README.md has no diff-output-schema block"
    schema: dict[str, Any] = json.loads(match.group(1))
    jsonschema.Draft202012Validator.check_schema(schema)
    return schema


def test_the_documented_kinds_are_the_diffs_kinds() -> None:
    documented = readme_schema()["$defs"]["change"]["properties"]["kind"]["enum"]
    assert sorted(documented) == sorted(KINDS)


def test_the_json_output_fits_the_documented_schema(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec_path = REPO_ROOT / "spec" / "langsmith.yaml"
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    schemas = spec["components"]["schemas"]
    del schemas["Run"]["properties"]["app_path"]  # a response property removed
    schemas["RunType"]["enum"].append("AGENT")  # a named enum gains a value
    schemas["Run"]["properties"]["name"]["description"] = "Renamed."  # documentation
    del spec["paths"]["/v2/threads/{thread_id}/stats"]  # a method removed
    changed = tmp_path / "changed.yaml"
    changed.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")

    config = str(REPO_ROOT / "spec" / "config.yaml")
    assert main(["diff", str(spec_path), str(changed), "--format", "json", "--config", config]) == 0
    output = json.loads(capsys.readouterr().out)
    jsonschema.validate(output, readme_schema())
    kinds = {c["kind"] for c in output["changes"]}
    assert {"property-removed", "enum-value-added", "description-changed", "operation-removed"} <= kinds
    assert output["breaking"] is True
