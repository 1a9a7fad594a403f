"""What the client asks for and how it reads the answer, against a server that enforces the spec.

tests/fixtures/c_media_types.yaml holds the operations a spec-driven server refuses when the client
gets them wrong: downloads, HTML and audio that are not JSON (a server honouring `Accept` answers
406 to `Accept: application/json`), a path template carrying a literal query
(`/reports/{report_id}?beta=true`, where an encoded `?` names another resource), and a union whose
members share the discriminator value `message` (pydantic refuses such a discriminated union on
every body). Its package is generated once, and every method is called through the sync and async
clients against Prism started from the same fixture; the unit tests above them check the IR the
builder makes of the same document.
"""

from __future__ import annotations

import asyncio
import importlib
import sys
from typing import Any, Callable, Iterator, List

import httpx
import pytest

from generator.build import build_package
from generator.config import Config
from generator.errors import Finding
from generator.documents import DocumentSet
from tests import golden_tool
from tests.http_servers import PrismServer, started_prism

FIXTURE = golden_tool.FIXTURES / "c_media_types.yaml"
PACKAGE = "c_media_types_client"  # golden_tool's name for the fixture's package


def operations() -> dict[str, Any]:
    package = build_package(DocumentSet(FIXTURE), Config(), [])
    return {op.operation_id: op for _, op in package.all_operations()}


# --- the builder (fast) ---------------------------------------------------------------------


def test_accept_lists_every_declared_media_type_the_parsed_one_first() -> None:
    ops = operations()
    assert ops["downloadFile"].response.accept == "application/octet-stream"
    assert ops["getPage"].response.accept == "text/html"
    assert ops["createSpeech"].response.accept == "audio/mpeg, audio/wav"
    # JSON is what the method returns; CSV is declared too, at a lower weight.
    assert ops["getReport"].response.accept == "application/json, text/csv;q=0.9"
    assert (ops["getReport"].response.kind, ops["downloadFile"].response.kind) == ("json", "binary")
    assert ops["getPage"].response.kind == "text"


def test_a_literal_query_in_the_path_is_split_from_the_template() -> None:
    op = operations()["getReportBeta"]
    assert op.path == "/reports/{report_id}?beta=true"  # what the docs show
    assert (op.url_path, op.literal_query) == ("/reports/{report_id}", (("beta", "true"),))
    assert operations()["getReport"].literal_query == ()


def test_members_sharing_a_tag_make_a_plain_union_with_a_warning() -> None:
    findings: List[Finding] = []
    package = build_package(DocumentSet(FIXTURE), Config(), findings)
    union = next(op for _, op in package.all_operations() if op.operation_id == "listItems").response.type.item
    assert union.kind == "union" and union.discriminator is None and union.tags == ()
    (warning,) = [f for f in findings if "discriminator" in f.message]
    assert warning.pointer == "/components/schemas/Item"
    assert "'message'" in warning.message and "InputMessage, OutputMessage" in warning.message


# --- the generated client against Prism -----------------------------------------------------


@pytest.fixture(scope="module")
def media_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    output = tmp_path_factory.mktemp("media")
    golden_tool.generate_fixture("c_media_types", output)
    sys.path.insert(0, str(output))
    try:
        yield importlib.import_module(PACKAGE)
    finally:
        sys.path.remove(str(output))
        for name in [n for n in sys.modules if n == PACKAGE or n.startswith(f"{PACKAGE}.")]:
            del sys.modules[name]


@pytest.fixture(scope="module")
def prism() -> Iterator[PrismServer]:
    with started_prism(FIXTURE) as server:
        yield server


class Recorder:
    """Every response the client received, for Prism's verdict on the request."""

    def __init__(self) -> None:
        self.responses: List[httpx.Response] = []

    def sync_hook(self, response: httpx.Response) -> None:
        self.responses.append(response)

    async def async_hook(self, response: httpx.Response) -> None:
        self.responses.append(response)

    @property
    def last(self) -> httpx.Response:
        response = self.responses[-1]
        assert "sl-violations" not in response.headers, response.headers["sl-violations"]
        assert response.status_code == 200, (response.request.url, response.status_code, response.text)
        return response


CALLS: List[tuple[str, Callable[[Any], Any], str, Callable[[Any, Any], bool]]] = [
    # (name, call, the Accept header sent, a check of the returned value)
    ("download", lambda c: c.files.download("f_1"), "application/octet-stream", lambda v, _: v == b"hello"),
    ("html page", lambda c: c.pages.retrieve("p_1"), "text/html", lambda v, _: v == "<p>hi</p>"),
    ("audio", lambda c: c.audio.create_speech(text="hi"), "audio/mpeg, audio/wav", lambda v, _: v == b"ID3"),
    (
        "json or csv",
        lambda c: c.reports.retrieve("r_1"),
        "application/json, text/csv;q=0.9",
        lambda v, pkg: (v.id, v.rows) == ("r_1", 2),
    ),
    (
        "literal query",
        lambda c: c.reports.get_beta("r_1", view="full"),
        "application/json",
        lambda v, pkg: v.id == "r_1",
    ),
    (
        "shared tag",
        lambda c: c.conversations.list_items("c_1"),
        "application/json",
        lambda v, pkg: [type(item).__name__ for item in v] == ["InputMessage", "OutputMessage", "FunctionCall"],
    ),
]


@pytest.mark.slow
@pytest.mark.xdist_group("media_types_prism")
@pytest.mark.parametrize("variant", ["sync", "async"])
@pytest.mark.parametrize("name, call, accept, check", CALLS, ids=[c[0] for c in CALLS])
def test_every_operation_is_accepted_and_parsed(
    media_client: Any,
    prism: PrismServer,
    variant: str,
    name: str,
    call: Callable[[Any], Any],
    accept: str,
    check: Callable[[Any, Any], bool],
) -> None:
    recorder = Recorder()
    if variant == "sync":
        with httpx.Client(event_hooks={"response": [recorder.sync_hook]}) as http_client:
            value = call(media_client.Client(base_url=prism.url, http_client=http_client, max_retries=0))
    else:

        async def run() -> Any:
            async with httpx.AsyncClient(event_hooks={"response": [recorder.async_hook]}) as http_client:
                client = media_client.AsyncClient(base_url=prism.url, http_client=http_client, max_retries=0)
                return await call(client)

        value = asyncio.run(run())
    response = recorder.last
    assert response.request.headers["accept"] == accept
    assert check(value, media_client), repr(value)


@pytest.mark.slow
@pytest.mark.xdist_group("media_types_prism")
def test_the_literal_query_goes_in_the_query(media_client: Any, prism: PrismServer) -> None:
    recorder = Recorder()
    with httpx.Client(event_hooks={"response": [recorder.sync_hook]}) as http_client:
        client = media_client.Client(base_url=prism.url, http_client=http_client, max_retries=0)
        client.reports.get_beta("r/1?x", view="short")
        client.reports.get_beta("r_2", extra_query={"beta": "false"})
    first, second = (r.request.url for r in recorder.responses)
    assert (first.raw_path, second.raw_path) == (b"/reports/r%2F1%3Fx?beta=true&view=short", b"/reports/r_2?beta=false")
