"""The fast validator finds what the plain openapi-spec-validator finds, in the same words and
places: every finding identical, with its FILE:LINE:COL.

`validate_document(docs, fast=False)` runs openapi-spec-validator the way the library runs it
(jsonschema in Python, `jsonschema_path` navigation); `fast=True` adds the pre-crawled
registries, the jsonschema-rs pre-check and `SpecPath`. Both are run on documents with and
without findings, and on documents broken at random: the Rust pre-check may only ever say
"valid" where Python agrees.
"""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema.exceptions import SchemaError
from openapi_schema_validator import OAS30Validator, OAS31Validator, oas30_format_checker, oas31_format_checker

from generator.errors import GeneratorError
from generator.documents import DocumentSet
from generator.parse_yaml import YamlPositions
from generator.positions import JsonPositions
from generator.validate import validate_document
from generator.validator_engine import _meta_check, _surely_valid, document_check, reference_document_check
from tests.golden_tool import FIXTURES

SPECS = Path(__file__).resolve().parent.parent.parent / "shared" / "specs"
PEERS = SPECS / "peer-suites"
# Documents with validator findings of several kinds (bad defaults, unresolved path parameters,
# invalid schemas, dangling references, duplicate operationIds), and clean ones.
SHARED_DOCUMENTS = [
    "openapi-python-client/baseline_openapi_3.0.json",
    "openapi-python-client/baseline_openapi_3.1.yaml",
    "openapi-python-client/3.1_specific.openapi.yaml",
    "openapi-python-client/openapi_3.1_enums.yaml",
    *(f"openapi-python-client/documents_with_errors/{name}" for name in (
        "bad-status-code.yaml", "circular-body-ref.yaml", "invalid-uuid-defaults.yaml",
        "missing-body-ref.yaml", "optional-path-param.yaml",
    )),
    "datamodel-code-generator/allof_required_inherited_dataclass_metadata.yaml",
    "datamodel-code-generator/allof_required_fields.yaml",
    "datamodel-code-generator/aliases.json",
]  # fmt: skip


def findings(path: Path, fast: bool) -> list[str] | str:
    try:
        docs = DocumentSet(path)
        return [finding.render() for finding in validate_document(docs, fast=fast)]
    except GeneratorError as error:
        return error.render()


FIXTURE_DOCUMENTS = sorted(p for p in FIXTURES.glob("*.yaml") if not p.name.endswith(".config.yaml"))


@pytest.mark.parametrize("path", FIXTURE_DOCUMENTS + [FIXTURES / "multi_file" / "openapi.yaml"], ids=lambda p: p.stem)
def test_fixtures_give_the_same_findings(path: Path) -> None:
    assert findings(path, fast=True) == findings(path, fast=False)


@pytest.mark.parametrize("name", SHARED_DOCUMENTS)
def test_shared_documents_give_the_same_findings(name: str) -> None:
    path = PEERS / name
    fast = findings(path, fast=True)
    assert fast == findings(path, fast=False)


@pytest.mark.slow
def test_the_langsmith_description_gives_the_same_27_findings() -> None:
    path = SPECS / "real" / "langsmith.json"
    fast = findings(path, fast=True)
    assert len(fast) == 27 and fast == findings(path, fast=False)


# --- broken at random: the Rust pre-check never hides an error ---------------------------------


def mutations(value: Any, rng: random.Random) -> Any:
    """`value` with a few random changes of the kinds authors make (wrong types, typos)."""
    value = copy.deepcopy(value)
    nodes: list[tuple[Any, Any]] = []
    stack = [value]
    while stack:
        node = stack.pop()
        items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
        for key, child in items:
            nodes.append((node, key))
            stack.append(child)
    for _ in range(rng.randint(1, 3)):
        if not nodes:
            break
        parent, key = rng.choice(nodes)
        parent[key] = rng.choice([None, 7, -1, 2.5, "text", "", [], {}, True, ["a", "a"], {"type": "nope"}])
    return value


def _schemas(version: str) -> list[Any]:
    documents = [p for p in FIXTURE_DOCUMENTS if yaml.safe_load(p.read_text(encoding="utf-8"))["openapi"].startswith(version)]
    found = []
    for path in documents:
        schemas = yaml.safe_load(path.read_text(encoding="utf-8")).get("components", {}).get("schemas", {})
        found.extend(schemas.values())
    return found


@pytest.mark.parametrize(
    "version, validator_class, format_checker",
    [("3.0", OAS30Validator, oas30_format_checker), ("3.1", OAS31Validator, oas31_format_checker)],
)
def test_broken_schemas_get_the_meta_schema_errors_python_gives(version: str, validator_class: Any, format_checker: Any) -> None:
    """The library's own check (`check_schema`) against ours on the same broken schemas."""
    fast = _meta_check(validator_class, format_checker)
    rng, schemas = random.Random(version), _schemas(version)
    checked = invalid = 0
    while checked < 400:
        broken = mutations(rng.choice(schemas), rng)
        expected, got = _first_error(validator_class.check_schema, broken, format_checker), _first_error(fast, broken)
        assert got == expected, json.dumps(broken)[:300]
        checked += 1
        invalid += expected is not None
    assert invalid > checked // 5, "the mutations must break schemas for this test to mean anything"


def _first_error(check: Any, schema: Any, *format_checker: Any) -> str | None:
    try:
        check(schema, *format_checker)
    except SchemaError as error:
        return f"{list(error.absolute_path)}: {error.message}"
    return None


@pytest.mark.parametrize("version", ["3.0", "3.1"])
def test_broken_documents_get_the_errors_python_gives(version: str) -> None:
    fast, python = document_check(version), reference_document_check(version)
    documents = [
        yaml.safe_load(p.read_text(encoding="utf-8"))
        for p in FIXTURE_DOCUMENTS
        if yaml.safe_load(p.read_text(encoding="utf-8"))["openapi"].startswith(version)
    ]
    rng = random.Random(version)
    checked = invalid = 0
    while checked < 150:
        broken = mutations(rng.choice(documents), rng)
        expected = [(list(e.absolute_path), e.message) for e in python.iter_errors(broken)]
        got = [(list(e.absolute_path), e.message) for e in fast.iter_errors(broken)]
        assert got == expected
        checked += 1
        invalid += bool(expected)
    assert invalid > checked // 5, "the mutations must break documents for this test to mean anything"


def test_the_rust_pre_check_doubts_what_it_cannot_read() -> None:
    check = document_check("3.1")
    assert not _surely_valid(check._rust, {"openapi": "3.1.0", "info": {"title": "t", "version": float("nan")}})
    assert not _surely_valid(check._rust, {"openapi": "3.1.0", "x-big": 10**40})


# --- positions in JSON documents --------------------------------------------------------------


def random_json(rng: random.Random, depth: int = 0) -> Any:
    roll = rng.random()
    if depth > 4 or roll < 0.35:
        return rng.choice([1, -2.5e3, "s", 'q"uo\\te', "é\u2028", True, None, ""])
    if roll < 0.65:
        return [random_json(rng, depth + 1) for _ in range(rng.randint(0, 4))]
    keys = ["a", "b/c", "d~e", "", "é", "x y", "1"]
    return {rng.choice(keys): random_json(rng, depth + 1) for _ in range(rng.randint(0, 4))}


def pointers(value: Any, prefix: str = "") -> list[str]:
    found = [prefix]
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, child in items:
        found += pointers(child, f"{prefix}/{str(key).replace('~', '~0').replace('/', '~1')}")
    return found


def test_json_positions_are_the_positions_yaml_gives() -> None:
    rng = random.Random(11)
    for round_ in range(300):
        data = {"root": random_json(rng)}
        text = json.dumps(data, indent=rng.choice([None, 1, 2]), ensure_ascii=rng.random() < 0.5)
        fast, slow = JsonPositions(text), YamlPositions(text)
        for pointer in pointers(data) + ["/missing", "/root/missing/deeper"]:
            assert fast.find(pointer) == slow.find(pointer), (round_, pointer, text)


def test_a_reference_cycle_gives_the_same_findings(tmp_path: Path) -> None:
    """`$ref`s that lead back to themselves: the library's recursion ends, and so does ours."""
    spec = tmp_path / "cycle.yaml"
    spec.write_text(
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      responses:\n"
        "        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/A'}}}}\n"
        "components:\n  schemas:\n    A: {$ref: '#/components/schemas/B'}\n    B: {$ref: '#/components/schemas/A'}\n",
        encoding="utf-8",
    )
    fast = findings(spec, fast=True)
    assert fast == findings(spec, fast=False)
    assert any("too deeply nested" in line for line in fast)
