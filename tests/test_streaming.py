"""Streamed answers: server-sent events typed from the spec, and responses read only when asked.

tests/fixtures/c_streaming.yaml has the shapes that matter: operations answering one JSON object or,
when the body's `stream` is true, `text/event-stream` (like OpenAI's chat completions and responses,
the event type a plain object or a discriminated union), an operation that only streams events, a
download, and an operation whose event stream no boolean `stream` selects. Its package is generated
once; every call goes over HTTP to a RecordingServer on 127.0.0.1 that writes event streams in small
pieces (chunked transfer encoding, flushed), so frames arrive split at arbitrary bytes. The decoder
itself is also fed every possible split of a stream that uses every line ending and field kind.

The OpenAI description (../shared/specs/apis-guru-3.1/openai.com/2.3.0.json) is generated too (about
11 s) and its chat completions and responses are streamed from the same server. `mypy --strict` checks
the fixture's package with a usage file that pins the overloads' return types with `assert_type`
(about 4 s); the same check on the OpenAI package adds 8 s of mypy, so it runs by hand:
`.venv/bin/python -m tests.test_streaming`.
"""

from __future__ import annotations

import asyncio
import gc
import importlib
import itertools
import json
import subprocess
import sys
import textwrap
import time
import tracemalloc
from pathlib import Path
from types import ModuleType
from typing import Any, Dict, Iterator, List

import pytest

from generator.build import build_package
from generator.config import Config
from generator.documents import DocumentSet
from tests import golden_tool
from tests.http_servers import RecordingServer, Reply
from tests.support import SHARED, import_generated

FIXTURE = golden_tool.FIXTURES / "c_streaming.yaml"
PACKAGE = "c_streaming_client"
OPENAI_SPEC = SHARED / "specs" / "apis-guru-3.1" / "openai.com" / "2.3.0.json"
OPENAI_PACKAGE = "openai_streaming_client"
EVENT_STREAM = {"Content-Type": "text/event-stream"}


def _import_from(folder: Path, package: str) -> Iterator[ModuleType]:
    sys.path.insert(0, str(folder))
    try:
        yield importlib.import_module(package)
    finally:
        sys.path.remove(str(folder))
        for name in [n for n in sys.modules if n == package or n.startswith(f"{package}.")]:
            del sys.modules[name]


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder holding the fixture's package (and, for the mypy test, the OpenAI one)."""
    output = tmp_path_factory.mktemp("streaming")
    golden_tool.generate_fixture("c_streaming", output)
    return output


@pytest.fixture(scope="module")
def pkg(generated: Path) -> Iterator[ModuleType]:
    yield from _import_from(generated, PACKAGE)


@pytest.fixture(scope="module")
def openai_folder(generated: Path) -> Path:
    config = generated / "openai.config.yaml"
    config.write_text(f"package: {OPENAI_PACKAGE}\n", encoding="utf-8")
    argv = ["generate", "--spec", str(OPENAI_SPEC), "--config", str(config), "--output", str(generated)]
    code, out, err = golden_tool.run_generator(argv)
    assert code == 0, out + err
    return generated


@pytest.fixture(scope="module")
def openai(openai_folder: Path) -> Iterator[ModuleType]:
    yield from _import_from(openai_folder, OPENAI_PACKAGE)


@pytest.fixture
def server() -> Iterator[RecordingServer]:
    with RecordingServer() as running:
        yield running


def in_pieces(data: bytes, size: int = 7) -> List[bytes]:
    """`data` cut every `size` bytes: inside JSON, UTF-8 characters and CRLF pairs alike."""
    return [data[i : i + size] for i in range(0, len(data), size)]


def sse(*pieces: bytes, size: int = 7) -> Reply:
    return Reply(200, headers=EVENT_STREAM, chunks=in_pieces(b"".join(pieces), size))


def frame(data: object, event: str = "", line_end: bytes = b"\n") -> bytes:
    head = f"event: {event}".encode() + line_end if event else b""
    text = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)
    return head + b"".join(b"data: " + line.encode() + line_end for line in text.split("\n")) + line_end


def endless(first: bytes) -> Iterator[bytes]:
    """`first`, then a keep-alive comment every 10 ms for up to a minute: a stream that ends only
    when the client hangs up (the server's `disconnected` tells when it did)."""
    yield first
    for _ in range(6000):
        time.sleep(0.01)
        yield b": keep-alive\n\n"


def chunk(id: str, content: str, **extra: object) -> Dict[str, object]:
    delta = {"index": 0, "delta": {"content": content}, "finish_reason": None}
    return {"id": id, "object": "chat.completion.chunk", "choices": [delta], **extra}


# --- the decoder: the WHATWG HTML "event stream interpretation" -------------------------------

STANDARD_STREAM = (
    b"\xef\xbb\xbf: a comment, after the byte order mark\r\n"
    b"event: greeting\r\n"
    b"id: 1\r\n"
    b"data: h\xc3\xa9llo \xe2\x82\xac\r\n"  # two- and three-byte UTF-8 characters
    b"data:  one space is the separator, the other is data\r\n"
    b"\r\n"
    b"data\n"  # a field without a colon: its value is empty
    b"\n"
    b"retry: 1500\r"
    b"retry: soon\r"  # not digits: ignored
    b"data:cr line ends, no space after the colon\r"
    b"unknown: ignored\r"
    b"\r"
    b"event: no data, not dispatched\n\n"
    b'id: 2\ndata: {"k":\ndata: 1}\n\n'
    b"data: the stream ends before this event does\n"
)
STANDARD_EVENTS = [
    ("greeting", "héllo €\n one space is the separator, the other is data", "1", None),
    ("message", "", "1", None),
    ("message", "cr line ends, no space after the colon", "1", 1500),
    ("message", '{"k":\n1}', "2", 1500),
]


def decode(pkg: ModuleType, pieces: List[bytes]) -> List[tuple[str, str, Any, Any]]:
    decoder = importlib.import_module(f"{PACKAGE}._streaming").SSEDecoder()
    events = [event for piece in pieces for event in decoder.feed(piece)]
    return [(e.event, e.data, e.id, e.retry) for e in events]


def test_the_decoder_follows_the_standard(pkg: ModuleType) -> None:
    assert decode(pkg, [STANDARD_STREAM]) == STANDARD_EVENTS


def test_the_decoder_gives_the_same_events_however_the_bytes_are_split(pkg: ModuleType) -> None:
    for cut in range(1, len(STANDARD_STREAM)):
        pieces = [STANDARD_STREAM[:cut], STANDARD_STREAM[cut:]]
        assert decode(pkg, pieces) == STANDARD_EVENTS, f"split at byte {cut}"
    assert decode(pkg, in_pieces(STANDARD_STREAM, 1)) == STANDARD_EVENTS


def test_a_cr_then_lf_in_the_next_piece_is_one_line_end(pkg: ModuleType) -> None:
    # A lone CR ends a line; the LF arriving later must not end another (an empty line would
    # dispatch the event early, with half its data).
    assert decode(pkg, [b"data: a\r", b"\ndata: b\r", b"\n\r", b"\n"]) == [("message", "a\nb", None, None)]


# --- what the builder makes of the document --------------------------------------------------


def test_the_builder_finds_event_streams_and_the_stream_argument() -> None:
    package = build_package(DocumentSet(FIXTURE), Config(), [])
    ops = {op.operation_id: op.response for _, op in package.all_operations()}
    chat = ops["createChatCompletion"]
    assert (chat.kind, chat.stream_field, chat.events.name) == ("json", "stream", "ChatCompletionChunk")
    assert chat.accept == "application/json, text/event-stream;q=0.9"
    listen = ops["listenEvents"]
    assert (listen.kind, listen.type, listen.stream_field, listen.accept) == ("events", None, "", "text/event-stream")
    assert listen.events.kind == "union" and listen.events.discriminator == "type"
    # No boolean `stream` says when the events come: the method returns the audio's bytes.
    speech = ops["createSpeech"]
    assert (speech.kind, speech.events, speech.accept) == (
        "binary",
        None,
        "application/octet-stream, text/event-stream;q=0.9",
    )


# --- server-sent events over HTTP ------------------------------------------------------------


def chat_stream() -> bytes:
    return b"".join(
        [
            b": the server is thinking\r\n\r\n",
            frame(chunk("c1", "Hel", usage_next_year={"tokens": 3}), line_end=b"\r\n"),
            # data over two lines, joined with a newline (JSON whitespace), a multibyte character split
            frame(json.dumps(chunk("c2", "lé"), ensure_ascii=False).replace(', "choices"', ',\n"choices"')),
            frame("[DONE]"),
            frame(chunk("after-done", "never read")),
        ]
    )


def test_stream_true_iterates_typed_chunks(pkg: ModuleType, server: RecordingServer) -> None:
    server.reply(sse(chat_stream()))
    client = pkg.Client(base_url=server.url)
    stream = client.chat.create_completion(model="m", messages=[{"role": "user", "content": "hi"}], stream=True)
    chunks = list(stream)

    chunk_class = importlib.import_module(f"{PACKAGE}.types.chat_completion_chunk").ChatCompletionChunk
    assert [type(c) for c in chunks] == [chunk_class, chunk_class]
    assert [(c.id, c.choices[0].delta.content) for c in chunks] == [("c1", "Hel"), ("c2", "lé")]
    assert chunks[0].to_dict()["usage_next_year"] == {"tokens": 3}  # a field the spec lacks is kept
    assert stream.response.is_closed
    assert server.last.json()["stream"] is True
    assert server.last.header("Accept") == "text/event-stream"


def test_the_default_returns_the_json_model(pkg: ModuleType, server: RecordingServer) -> None:
    server.reply(
        {
            "id": "c1",
            "object": "chat.completion",
            "choices": [{"index": 0, "message": {"role": "assistant", "content": "hi"}}],
        }
    )
    client = pkg.Client(base_url=server.url)
    completion = client.chat.create_completion(model="m", messages=[])
    assert type(completion).__name__ == "ChatCompletion" and completion.choices[0].message.content == "hi"
    assert "stream" not in server.last.json()
    assert server.last.header("Accept") == "application/json, text/event-stream;q=0.9"


def response_events() -> bytes:
    created = {"type": "response.created", "response": {"id": "r1", "output_text": ""}}
    delta = {"type": "response.output_text.delta", "delta": "Hi", "sequence_number": 1}
    unknown = {"type": "response.audio.delta", "delta": "AAAA"}  # an event type the spec lacks
    done = {"type": "response.completed", "response": {"id": "r1", "output_text": "Hi"}}
    return frame(created, "response.created") + frame(delta) + frame(unknown) + frame(done, "response.completed")


def test_a_union_of_event_types_is_discriminated_and_unknown_types_are_kept(
    pkg: ModuleType, server: RecordingServer
) -> None:
    server.reply(sse(response_events()))
    events = list(pkg.Client(base_url=server.url).responses.create(input="hi", stream=True))
    assert [type(e).__name__ for e in events] == [
        "ResponseCreatedEvent",
        "ResponseTextDeltaEvent",
        "dict",
        "ResponseCompletedEvent",
    ]
    assert events[1].delta == "Hi" and events[2] == {"type": "response.audio.delta", "delta": "AAAA"}
    assert events[3].response.output_text == "Hi"


def test_an_operation_that_only_streams_returns_a_stream(pkg: ModuleType, server: RecordingServer) -> None:
    server.reply(sse(response_events()))
    with pkg.Client(base_url=server.url).events.listen(topic="t") as stream:
        kinds = [getattr(event, "type", None) or event["type"] for event in stream]
    assert kinds == ["response.created", "response.output_text.delta", "response.audio.delta", "response.completed"]
    assert server.last.header("Accept") == "text/event-stream" and server.last.query == [("topic", "t")]


@pytest.mark.parametrize(
    "error_frame, message",
    [
        (frame({"message": "overloaded", "code": 529}, "error"), "overloaded"),
        (frame({"error": {"message": "rate limited", "type": "requests"}}), "rate limited"),
    ],
    ids=["error event", "error member"],
)
def test_an_error_in_the_stream_raises_a_typed_error(
    pkg: ModuleType, server: RecordingServer, error_frame: bytes, message: str
) -> None:
    server.reply(sse(frame(chunk("c1", "Hel")), error_frame, frame(chunk("c2", "never"))))
    stream = pkg.Client(base_url=server.url).chat.create_completion(model="m", messages=[], stream=True)
    received = []
    with pytest.raises(pkg.APIError) as caught:
        for item in stream:
            received.append(item.id)
    error = caught.value
    assert type(error).__name__ == "APIStreamError" and message in str(error)
    assert received == ["c1"]
    assert error.body == json.loads(error_frame.split(b"data: ")[1])  # the event's data, decoded
    assert error.response.status_code == 200 and stream.response.is_closed


def test_an_answer_that_is_not_an_event_stream_is_an_error_not_an_empty_stream(
    pkg: ModuleType, server: RecordingServer
) -> None:
    # A server (or a proxy) answering JSON or HTML to `stream=True`: decoded as events it would
    # give none, and the loop would end as if the answer had been empty.
    server.reply({"id": "c1", "choices": []}, Reply(200, b"<html>maintenance</html>", {"Content-Type": "text/html"}))
    stream = pkg.Client(base_url=server.url).chat.create_completion(model="m", messages=[], stream=True)
    with pytest.raises(pkg.APIResponseValidationError, match="application/json") as caught:
        list(stream)
    assert caught.value.body == '{"id": "c1", "choices": []}' and stream.response.is_closed

    async def main() -> None:
        async with pkg.AsyncClient(base_url=server.url) as client:
            stream = await client.chat.create_completion(model="m", messages=[], stream=True)
            with pytest.raises(pkg.APIResponseValidationError, match="text/html"):
                [item async for item in stream]

    asyncio.run(main())


def test_breaking_out_of_the_loop_closes_the_connection(pkg: ModuleType, server: RecordingServer) -> None:
    server.reply(Reply(200, headers=EVENT_STREAM, chunks=endless(frame(chunk("c1", "Hel")))))
    stream = pkg.Client(base_url=server.url).chat.create_completion(model="m", messages=[], stream=True)
    for item in stream:
        assert item.id == "c1"
        break
    assert stream.response.is_closed
    assert server.disconnected.wait(30), "the server kept writing to an open connection"


def test_the_async_stream_types_events_and_closes_on_leaving_async_with(
    pkg: ModuleType, server: RecordingServer
) -> None:
    server.reply(sse(chat_stream()), Reply(200, headers=EVENT_STREAM, chunks=endless(frame(chunk("c1", "x")))))

    async def main() -> None:
        async with pkg.AsyncClient(base_url=server.url) as client:
            stream = await client.chat.create_completion(model="m", messages=[], stream=True)
            assert [c.id async for c in stream] == ["c1", "c2"]
            assert stream.response.is_closed

            stream = await client.chat.create_completion(model="m", messages=[], stream=True)
            async with stream:
                async for item in stream:
                    assert item.id == "c1"
                    break
            assert stream.response.is_closed

    asyncio.run(main())
    assert server.disconnected.wait(30), "the server kept writing to an open connection"


def test_the_async_stream_raises_the_typed_error(pkg: ModuleType, server: RecordingServer) -> None:
    server.reply(sse(frame(chunk("c1", "Hel")), frame({"message": "gone"}, "error")))

    async def main() -> List[str]:
        received: List[str] = []
        async with pkg.AsyncClient(base_url=server.url) as client:
            stream = await client.chat.create_completion(model="m", messages=[], stream=True)
            with pytest.raises(pkg.APIError, match="gone"):
                async for item in stream:
                    received.append(item.id)
            assert stream.response.is_closed
        return received

    assert asyncio.run(main()) == ["c1"]


# --- streaming responses: the body read only when asked for ---------------------------------

MEGABYTE = 1 << 20


def test_a_download_goes_to_a_file_without_holding_the_body(
    pkg: ModuleType, server: RecordingServer, tmp_path: Path
) -> None:
    piece = bytes(range(256)) * 4096  # 1 MiB, made before measuring; the server sends it 32 times
    server.reply(Reply(200, headers={"Content-Type": "application/octet-stream"}, chunks=itertools.repeat(piece, 32)))
    client = pkg.Client(base_url=server.url)
    target = tmp_path / "download.bin"
    gc.collect()
    tracemalloc.start()
    try:
        with client.files.with_streaming_response.download("f1") as response:
            assert response.status_code == 200 and response.headers["content-type"] == "application/octet-stream"
            assert not response.http_response.is_stream_consumed  # nothing read before asked
            response.stream_to_file(target)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert target.stat().st_size == 32 * MEGABYTE
    assert target.read_bytes()[:512] == piece[:512]
    # 32 MiB went through; a client holding the body would have peaked above that.
    assert peak < 8 * MEGABYTE, f"peak {peak / MEGABYTE:.1f} MiB"
    assert response.http_response.is_closed
    assert server.last.header("Accept") == "application/octet-stream"


def test_leaving_the_with_block_closes_an_unread_body(pkg: ModuleType, server: RecordingServer) -> None:
    server.reply(Reply(200, headers={"Content-Type": "application/octet-stream"}, chunks=endless(b"x" * 100)))
    client = pkg.Client(base_url=server.url)
    with client.with_streaming_response.files.download("f1") as response:
        assert next(response.iter_bytes()) == b"x" * 100
    assert response.http_response.is_closed
    assert server.disconnected.wait(30), "the server kept writing to an open connection"


def test_parse_read_and_iteration_of_a_streaming_response(pkg: ModuleType, server: RecordingServer) -> None:
    body = {"id": "c1", "choices": []}
    server.reply(body, body, body, sse(chat_stream()))
    client = pkg.Client(base_url=server.url)
    with client.chat.with_streaming_response.create_completion(model="m", messages=[]) as response:
        assert response.parse().id == "c1"
        assert response.read() == json.dumps(body).encode()
    with client.with_streaming_response.chat.create_completion(model="m", messages=[]) as response:
        assert list(response.iter_lines()) == [json.dumps(body)]
    with client.with_streaming_response.chat.create_completion(model="m", messages=[]) as response:
        assert "".join(response.iter_text(3)) == json.dumps(body)
    # An event stream's parse() is the Stream, reading the body as it iterates.
    with client.with_streaming_response.chat.create_completion(model="m", messages=[], stream=True) as response:
        assert [c.id for c in response.parse()] == ["c1", "c2"]


def test_the_raw_response_of_a_stream_parses_to_the_stream(pkg: ModuleType, server: RecordingServer) -> None:
    server.reply(sse(chat_stream()), Reply(200, b"bytes", {"Content-Type": "application/octet-stream"}))
    client = pkg.Client(base_url=server.url)
    raw = client.with_raw_response.chat.create_completion(model="m", messages=[], stream=True)
    assert raw.headers["content-type"] == "text/event-stream"
    assert [c.id for c in raw.parse()] == ["c1", "c2"]
    assert client.with_raw_response.files.download("f").parse() == b"bytes"


def test_async_streaming_responses(pkg: ModuleType, server: RecordingServer, tmp_path: Path) -> None:
    piece = b"y" * MEGABYTE
    server.reply(
        Reply(200, headers={"Content-Type": "application/octet-stream"}, chunks=itertools.repeat(piece, 8)),
        Reply(200, headers={"Content-Type": "application/octet-stream"}, chunks=itertools.repeat(piece, 8)),
        {"id": "c1", "choices": []},
    )

    async def main() -> List[int]:
        async with pkg.AsyncClient(base_url=server.url) as client:
            async with client.files.with_streaming_response.download("f") as response:
                await response.stream_to_file(tmp_path / "async.bin")
            assert response.http_response.is_closed
            async with client.with_streaming_response.files.download("f") as response:
                sizes = [len(piece) async for piece in response.iter_bytes()]
            async with client.with_streaming_response.chat.create_completion(model="m", messages=[]) as response:
                assert (await response.parse()).id == "c1"
            return sizes

    sizes = asyncio.run(main())
    assert (tmp_path / "async.bin").stat().st_size == 8 * MEGABYTE
    assert sum(sizes) == 8 * MEGABYTE and max(sizes) < MEGABYTE  # it came in pieces, as it arrived


# --- the committed LangSmith client ----------------------------------------------------------

RUN_ID = "f47ac10b-58cc-4372-a567-0e02b2c3d479"


def test_the_langsmith_client_has_streaming_responses(server: RecordingServer) -> None:
    client_module = import_generated("langsmith_openapi_client")
    run = {"id": RUN_ID, "name": "r", "run_type": "LLM"}
    server.reply(run, run, {"items": [run], "next_cursor": None})
    client = client_module.Client(api_key="k", base_url=server.url)
    with client.runs.with_streaming_response.retrieve(RUN_ID, project_id="p", start_time="t") as response:
        assert response.parse().name == "r"
    with client.with_streaming_response.runs.retrieve(RUN_ID, project_id="p", start_time="t") as response:
        assert json.loads(response.read())["run_type"] == "LLM"
    # A paginated method gives the first page's response; parse() gives the page.
    with client.with_streaming_response.runs.query(project_ids=["p"]) as response:
        assert [r.id for r in response.parse().items] == [RUN_ID]
    assert server.requests[0].header("X-API-Key") == "k"


def test_the_async_langsmith_client_has_streaming_responses(server: RecordingServer) -> None:
    client_module = import_generated("langsmith_openapi_client")
    run = {"id": RUN_ID, "name": "r"}
    server.reply(run, {"items": [run], "next_cursor": None}, run)

    async def main() -> None:
        async with client_module.AsyncClient(api_key="k", base_url=server.url) as client:
            async with client.runs.with_streaming_response.retrieve(RUN_ID, project_id="p", start_time="t") as response:
                assert (await response.parse()).name == "r"
            async with client.with_streaming_response.runs.query(project_ids=["p"]) as response:
                assert [r.id for r in (await response.parse()).items] == [RUN_ID]
            raw = await client.with_raw_response.runs.retrieve(RUN_ID, project_id="p", start_time="t")
            assert (await raw.parse()).id == RUN_ID

    asyncio.run(main())


# --- the OpenAI description ------------------------------------------------------------------


def test_openai_chat_completions_stream_typed_chunks(openai: ModuleType, server: RecordingServer) -> None:
    usage = {"prompt_tokens": 1, "completion_tokens": 2, "total_tokens": 3}
    last = chunk("c3", "", usage=usage, created=1, model="gpt")
    server.reply(
        sse(
            frame(chunk("c1", "Hel", created=1, model="gpt")),
            frame(chunk("c2", "lo", created=1, model="gpt")),
            frame(last),
            frame("[DONE]"),
        ),
        {"id": "c", "object": "chat.completion", "created": 1, "model": "gpt", "choices": [], "usage": usage},
    )
    client = openai.Client(bearer_token="sk-test", base_url=server.url)
    messages = [{"role": "user", "content": "hi"}]
    chunks = list(client.chat.create_completion(model="gpt", messages=messages, stream=True))
    assert [type(c).__name__ for c in chunks] == ["CreateChatCompletionStreamResponse"] * 3
    assert "".join(c.choices[0].delta.content for c in chunks) == "Hello"
    assert chunks[2].usage.total_tokens == 3
    assert server.requests[0].json()["stream"] is True

    completion = client.chat.create_completion(model="gpt", messages=messages)
    assert type(completion).__name__ == "CreateChatCompletionResponse" and completion.usage.total_tokens == 3


def test_openai_responses_stream_a_discriminated_union(openai: ModuleType, server: RecordingServer) -> None:
    delta = {
        "type": "response.output_text.delta",
        "item_id": "i",
        "output_index": 0,
        "content_index": 0,
        "delta": "Hi",
        "sequence_number": 1,
        "logprobs": [],
    }
    future = {"type": "response.teleported", "sequence_number": 2}
    error = {"type": "error", "code": "server_error", "message": "boom", "param": None, "sequence_number": 3}
    server.reply(
        sse(frame(delta, "response.output_text.delta"), frame(future, "response.teleported"), frame(error, "error"))
    )

    async def main() -> List[Any]:
        received: List[Any] = []
        async with openai.AsyncClient(bearer_token="sk-test", base_url=server.url) as client:
            with pytest.raises(openai.APIError, match="boom"):
                async for event in await client.responses.create(model="gpt", input="hi", stream=True):
                    received.append(event)
        return received

    received = asyncio.run(main())
    assert type(received[0]).__name__ == "ResponseTextDeltaEvent" and received[0].delta == "Hi"
    assert received[1] == {"type": "response.teleported", "sequence_number": 2}


USAGE_FIXTURE = """
    from __future__ import annotations

    from pathlib import Path
    from typing import Union

    from typing_extensions import assert_type

    from c_streaming_client import AsyncClient, Client
    from c_streaming_client._response import APIResponse, AsyncAPIResponse
    from c_streaming_client._streaming import AsyncStream, Stream
    from c_streaming_client.types.chat_completion import ChatCompletion
    from c_streaming_client.types.chat_completion_chunk import ChatCompletionChunk
    from c_streaming_client.types.response import Response
    from c_streaming_client.types.response_completed_event import ResponseCompletedEvent
    from c_streaming_client.types.response_created_event import ResponseCreatedEvent
    from c_streaming_client.types.response_text_delta_event import ResponseTextDeltaEvent

    Event = Union[ResponseCreatedEvent, ResponseTextDeltaEvent, ResponseCompletedEvent]


    def sync_calls(client: Client, flag: bool) -> None:
        chat = client.chat
        assert_type(chat.create_completion(model="m", messages=[], stream=True), Stream[ChatCompletionChunk])
        assert_type(chat.create_completion(model="m", messages=[]), ChatCompletion)
        assert_type(chat.create_completion(model="m", messages=[], stream=False), ChatCompletion)
        assert_type(chat.create_completion(model="m", messages=[], stream=None), ChatCompletion)
        either = chat.create_completion(model="m", messages=[], stream=flag)
        assert_type(either, Union[ChatCompletion, Stream[ChatCompletionChunk]])
        for chunk in chat.create_completion(model="m", messages=[], stream=True):
            assert_type(chunk, ChatCompletionChunk)
        assert_type(client.responses.create(input="x", stream=True), Stream[Event])
        assert_type(client.responses.create(input="x"), Response)
        with client.events.listen() as events:
            for event in events:
                assert_type(event, Event)
        with client.files.with_streaming_response.download("f") as response:
            assert_type(response, APIResponse[bytes])
            response.stream_to_file(Path("out.bin"))
            for piece in response.iter_bytes(1024):
                assert_type(piece, bytes)
        with client.with_streaming_response.chat.create_completion(model="m", messages=[], stream=True) as response:
            assert_type(response.parse(), Stream[ChatCompletionChunk])
        assert_type(client.with_raw_response.files.download("f"), APIResponse[bytes])
        assert_type(client.audio.create_speech(input="x"), bytes)


    async def async_calls(client: AsyncClient, flag: bool) -> None:
        chat = client.chat
        stream = await chat.create_completion(model="m", messages=[], stream=True)
        assert_type(stream, AsyncStream[ChatCompletionChunk])
        async for chunk in stream:
            assert_type(chunk, ChatCompletionChunk)
        assert_type(await chat.create_completion(model="m", messages=[]), ChatCompletion)
        either = await chat.create_completion(model="m", messages=[], stream=flag)
        assert_type(either, Union[ChatCompletion, AsyncStream[ChatCompletionChunk]])
        async with client.files.with_streaming_response.download("f") as response:
            assert_type(response, AsyncAPIResponse[bytes])
            await response.stream_to_file("out.bin")
            async for piece in response.iter_bytes():
                assert_type(piece, bytes)
        async with client.with_streaming_response.events.listen() as response:
            assert_type(await response.parse(), AsyncStream[Event])
"""

USAGE_OPENAI = """
    from __future__ import annotations

    from typing import Union

    from typing_extensions import assert_type

    from openai_streaming_client import AsyncClient, Client
    from openai_streaming_client._streaming import AsyncStream, Stream
    from openai_streaming_client.types.create_chat_completion_response import CreateChatCompletionResponse
    from openai_streaming_client.types.create_chat_completion_stream_response import (
        CreateChatCompletionStreamResponse as Chunk,
    )
    from openai_streaming_client.types.response import Response


    def sync_calls(client: Client, flag: bool) -> None:
        stream = client.chat.create_completion(model="gpt-4o", messages=[], stream=True)
        assert_type(stream, Stream[Chunk])
        for chunk in stream:
            assert_type(chunk, Chunk)
        assert_type(client.chat.create_completion(model="gpt-4o", messages=[]), CreateChatCompletionResponse)
        either = client.chat.create_completion(model="gpt-4o", messages=[], stream=flag)
        assert_type(either, Union[CreateChatCompletionResponse, Stream[Chunk]])
        assert_type(client.responses.create(input="hi"), Response)
        for event in client.responses.create(input="hi", stream=True):
            print(event.type)


    async def async_calls(client: AsyncClient) -> None:
        stream = await client.chat.create_completion(model="gpt-4o", messages=[], stream=True)
        assert_type(stream, AsyncStream[Chunk])
        async with client.chat.with_streaming_response.create_completion(model="gpt-4o", messages=[]) as response:
            assert_type(await response.parse(), CreateChatCompletionResponse)
"""


def type_check(folder: Path, package: str, usage: str) -> subprocess.CompletedProcess[str]:
    """`mypy --strict` over `package` and a usage file beside it, in `folder`."""
    (folder / f"usage_{package}.py").write_text(textwrap.dedent(usage), encoding="utf-8")
    cache = folder / f".mypy_cache_{package}"
    command = [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(cache), package, f"usage_{package}.py"]
    return subprocess.run(command, cwd=folder, capture_output=True, text=True, timeout=600)


def test_the_overloads_type_check(generated: Path) -> None:
    result = type_check(generated, PACKAGE, USAGE_FIXTURE)
    assert result.returncode == 0, result.stdout + result.stderr


def check_openai_by_hand() -> int:
    """The same check on the OpenAI package: 8 s of mypy on top of generating it (11 s), too much
    for the suite. Run `.venv/bin/python -m tests.test_streaming`."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="streaming-openai-") as folder:
        config = Path(folder) / "openai.config.yaml"
        config.write_text(f"package: {OPENAI_PACKAGE}\n", encoding="utf-8")
        argv = ["generate", "--spec", str(OPENAI_SPEC), "--config", str(config), "--output", folder]
        code, out, err = golden_tool.run_generator(argv)
        if code != 0:
            print(out + err)
            return code
        result = type_check(Path(folder), OPENAI_PACKAGE, USAGE_OPENAI)
        print(result.stdout + result.stderr)
        return result.returncode


if __name__ == "__main__":
    sys.exit(check_openai_by_hand())
