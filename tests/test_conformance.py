"""The conformance check over HTTP on a bounded sample (the whole corpus: `make corpus`).

A few small, varied documents are generated, mocked with Prism and every operation called twice through
the generated client (tests/conformance.py says how and which verdicts exist). Every call must pass or
be excused with evidence (the document's or Prism's fault). The other tests here check the pieces that
decide verdicts, on inputs small enough to read: the regex writer, the value synthesiser, the rules.
"""

from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest

from generator.documents import DocumentSet, lookup_pointer
from tests import conformance, corpus
from tests.conformance_regex import PatternUnsupported, example
from tests.conformance_schemas import Node, SchemaCheck, to_wire
from tests.conformance_values import Synthesiser
from tests.conformance_verdicts import Observation, classify

# Small and varied: a 3.1 document with every body kind, parameter style and union the openapi-python-client
# suite tests; a real APIs.guru document; datamodel-code-generator's anyOf unions in bodies and responses.
SAMPLE = (
    "peer-suites/openapi-python-client/baseline_openapi_3.1.yaml",
    "apis-guru-3.1/exoapi.dev/1.0.0.json",
    "peer-suites/datamodel-code-generator/anyof.yaml",
)
# Prism is started per document; the sample runs in a group of its own (`make test`: --dist loadgroup).
slow_group = [pytest.mark.slow, pytest.mark.xdist_group("conformance")]


@pytest.fixture(scope="module")
def sample_run(tmp_path_factory: pytest.TempPathFactory) -> conformance.ConformanceRun:
    if not corpus.SPECS.is_dir():
        pytest.skip(f"{corpus.SPECS} is absent: the sample needs the shared documents")
    work = tmp_path_factory.mktemp("conformance")
    run = conformance.run_conformance(work, jobs=2, selected=lambda d: d.rel in SAMPLE)
    conformance.write_reports(run)
    return run


@pytest.mark.slow
@pytest.mark.xdist_group("conformance")
def test_sample_documents_are_all_called(sample_run: conformance.ConformanceRun) -> None:
    assert sorted(d.document.rel for d in sample_run.documents) == sorted(SAMPLE)
    for document in sample_run.documents:
        assert document.status == "tested", f"{document.document.rel}: {document.status}: {document.problem}"
        assert len(document.calls) == document.expected_calls > 0, document.document.rel


@pytest.mark.slow
@pytest.mark.xdist_group("conformance")
def test_sample_calls_pass_or_are_not_the_clients_fault(sample_run: conformance.ConformanceRun) -> None:
    counted = [
        f"{d.document.rel} {call['method']} ({call['operation']}, {call['mode']}): {call['verdict']}: "
        f"{call['cause']}\n    {call['evidence'][:600]}"
        for d, call in sample_run.calls()
        if call["verdict"] in conformance.COUNTED
    ]
    report = sample_run.work / "conformance.txt"
    assert not counted, f"{len(counted)} calls count against us (report: {report}):\n" + "\n".join(counted)


# --- the pieces -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "pattern, low, high",
    [
        (r"^[a-z]{2,4}$", 0, None),
        (r"^\d{3}-\d{4}$", 0, None),
        (r"^[A-Z][a-z]+(?: [A-Z][a-z]+)*$", 10, 20),
        (r"^[^\s@]+@[^\s@]+\.[^\s@]+$", 0, None),
        (r"^(?<year>\d{4})-\d\d$", 0, None),  # an ECMAScript named group
        (r"^(a|b)\1$", 0, None),
        (r"[0-9a-f]{24}", 30, 40),  # unanchored: padded to the length
    ],
)
def test_regex_examples_match_and_fit(pattern: str, low: int, high: int | None) -> None:
    values = {example(pattern, low, high, variant) for variant in range(3)}
    python = pattern.replace("(?<", "(?P<")
    for value in values:
        assert re.search(python, value) and low <= len(value) <= (high or len(value)), value
    assert len(values) > 1 or pattern == r"^(a|b)\1$"  # variants differ (for uniqueItems)


def test_regex_refuses_what_it_cannot_match() -> None:
    with pytest.raises(PatternUnsupported):
        example(r"^[a-z]{2}$", 5, None)


DOCUMENT = """
openapi: 3.1.0
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Pet:
      type: object
      required: [kind]
      properties: {kind: {type: string}}
      discriminator: {propertyName: kind, mapping: {cat: '#/components/schemas/Cat', dog: '#/components/schemas/Dog'}}
    Cat:
      allOf: [{$ref: '#/components/schemas/Pet'}, {type: object, properties: {meows: {type: boolean}}}]
    Dog:
      allOf: [{$ref: '#/components/schemas/Pet'}, {type: object, required: [barks], properties: {barks: {type: integer, minimum: 3, multipleOf: 2}}}]
    Owner:
      type: object
      required: [id, pets, since, code, ratio]
      properties:
        id: {type: string, format: uuid, readOnly: true}
        pets: {type: array, minItems: 1, uniqueItems: true, items: {oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}], discriminator: {propertyName: kind}}}
        since: {type: string, format: date-time}
        code: {type: string, pattern: '^[A-Z]{3}-\\d{2}$'}
        ratio: {type: number, exclusiveMinimum: 0, maximum: 1, multipleOf: 0.25}
        gender: {type: string, enum: [MALE, FEMALE], maxLength: 1}
        tags: {type: object, additionalProperties: {type: integer}}
"""


def test_synthesised_values_satisfy_their_schemas(tmp_path: Path) -> None:
    path = tmp_path / "doc.yaml"
    path.write_text(DOCUMENT)
    docs = DocumentSet(path)
    check = SchemaCheck(docs, openapi_31=True)
    synth = Synthesiser(docs, check)
    pointer = "/components/schemas/Owner"
    node = Node(lookup_pointer(docs.root.data, pointer), docs.root, pointer)
    for full in (False, True):
        value = synth.value(node, full=full)
        assert check.errors(to_wire(value), node, ignore_required=frozenset(synth.read_only)) == [], value
        assert "id" not in value and ("id",) in synth.read_only  # readOnly: never sent
        assert value["since"].utcoffset() is not None and value["since"].utcoffset().total_seconds() != 0
        # The union's own discriminator has no mapping: members are tagged by schema name.
        assert all(pet["kind"] in ("Cat", "Dog") for pet in value["pets"])
        assert re.fullmatch(r"[A-Z]{3}-\d{2}", value["code"])
    assert "gender" not in value  # no enum value meets maxLength 1: an optional property left out
    subtype = Node(lookup_pointer(docs.root.data, "/components/schemas/Pet"), docs.root, "/components/schemas/Pet")
    assert synth.value(subtype, full=False) == {"kind": "cat"}  # the base is sent as its first mapped subtype
    assert value["tags"]  # a map gets an entry when full


def _response(status: int, headers: dict[str, str], body: bytes = b"") -> httpx.Response:
    request = httpx.Request("GET", "http://127.0.0.1/items?name=a%20b")
    return httpx.Response(status, headers=headers, content=body, request=request)


def test_a_prism_rejection_of_valid_input_is_the_clients_fault() -> None:
    response = _response(
        422,
        {
            "sl-violations": '[{"location":["request","query","n"],"severity":"Error","code":"type","message":"must be integer"}]'
        },
    )
    obs = Observation(full=False, request=response.request, response=response, sent={"query": {"n": 3}})
    verdict = classify(obs)
    assert (verdict.verdict, verdict.cause) == ("fail", "request rejected by Prism: query type")
    obs.pre_check = lambda: ["query parameter 'n': (root): type: 'x' is not of type 'integer'"]
    assert classify(obs).verdict == "harness"  # our own input was wrong: not the client's fault


def test_a_response_that_breaks_the_document_excuses_a_parse_failure() -> None:
    violation = '[{"location":["response","body"],"severity":"Error","code":"type","message":"must be string"}]'
    response = _response(200, {"sl-violations": violation, "content-type": "application/json"}, b"5")
    obs = Observation(full=True, request=response.request, response=response, declared=["200 application/json"])
    obs.return_check = lambda: "string_type at (root): Input should be a valid string"
    assert classify(obs).verdict == "excused"
    obs.response = _response(200, {"content-type": "application/json"}, b"5")
    assert classify(obs).verdict == "fail"
