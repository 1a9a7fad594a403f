"""No network, no reading outside the spec's folder.

Two independent witnesses watch every run:
- a TCP server on 127.0.0.1 that records every connection; its URL is put in `$ref`s, `servers`,
  `externalDocs`, `$schema`, `$id`, `jsonSchemaDialect`, `$dynamicRef` and every other URL field;
  it answers with a schema that would show up in the output if anything used it;
- a Python audit hook that records every `socket.connect` and every file `open` while the
  generator runs, so a fetch or a read cannot go unnoticed even if it never reaches the server.
A file outside the spec folder holds a marker; its content must never reach the output.

`$ref`s to http(s), `file:` URLs, absolute paths and relative paths that leave the folder are
refused with exit code 1 and a one-line error naming the reference; openapi-spec-validator is
called so that it cannot fetch or read anything itself (checked with our own refusal switched off).
"""

from __future__ import annotations

import json
import os
import socket
import sys
import threading
from pathlib import Path
from typing import Any, Iterator

import pytest

from tests.hostile import cli, document, generate, generate_doc, tree_bytes, write_spec

MARKER = "OUTSIDE-SECRET-7f3a9c"


class RecordingServer:
    """Accepts TCP connections on 127.0.0.1, records what arrives, answers with a JSON schema."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.hits: list[bytes] = []
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        body = json.dumps({"type": "object", "properties": {MARKER: {"type": "string"}}}).encode()
        while True:
            try:
                connection, _ = self.sock.accept()
            except OSError:
                return
            with connection:
                connection.settimeout(2)
                try:
                    self.hits.append(connection.recv(65536) or b"<connected>")
                    connection.sendall(
                        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s"
                        % (len(body), body)
                    )
                except OSError:
                    self.hits.append(b"<connected>")

    def close(self) -> None:
        self.sock.close()


class Witness:
    """Audit-hook observations: sockets connected and files opened during a run."""

    def __init__(self) -> None:
        self.active = False
        self.connects: list[Any] = []
        self.opened: list[str] = []

    def __call__(self, event: str, args: tuple[Any, ...]) -> None:
        if not self.active:
            return
        if event == "socket.connect":
            self.connects.append(args[1])
        elif event == "open" and isinstance(args[0], (str, bytes, os.PathLike)):
            self.opened.append(os.fsdecode(args[0]))
        elif event == "http.client.connect" or (event == "urllib.Request" and not str(args[0]).startswith("file:")):
            self.connects.append((event, args))  # file: URLs show up as `open` events


_WITNESS = Witness()
sys.addaudithook(_WITNESS)  # audit hooks cannot be removed; it only records while active


@pytest.fixture(scope="module")
def server() -> Iterator[RecordingServer]:
    recording = RecordingServer()
    yield recording
    recording.close()


@pytest.fixture
def witness(server: RecordingServer) -> Iterator[Witness]:
    server.hits.clear()
    _WITNESS.connects.clear()
    _WITNESS.opened.clear()
    _WITNESS.active = True
    try:
        yield _WITNESS
    finally:
        _WITNESS.active = False
    assert server.hits == [], f"the server was contacted: {server.hits[:3]}"
    assert _WITNESS.connects == [], f"sockets were connected: {_WITNESS.connects[:3]}"


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A folder beside the spec folder holding a secret schema (YAML and JSON)."""
    folder = tmp_path / "outside"
    folder.mkdir()
    secret = {"Secret": {"type": "object", "properties": {MARKER: {"type": "string", "default": MARKER}}}}
    (folder / "secret.yaml").write_text(json.dumps(secret), encoding="utf-8")
    (folder / "secret.json").write_text(json.dumps(secret), encoding="utf-8")
    return folder


def assert_untouched(outside: Path, run_output: Path, witness: Witness, *texts: str) -> None:
    for text in texts:
        assert MARKER not in text
    for rel, data in tree_bytes(run_output).items():
        assert MARKER.encode() not in data, f"the outside file's content reached {rel}"
    read = [p for p in witness.opened if Path(p).resolve().is_relative_to(outside.resolve())]
    assert read == [], f"files outside the spec folder were opened: {read}"


def with_property_ref(ref: str) -> dict[str, Any]:
    return document(components={"schemas": {"Thing": {"type": "object", "properties": {"x": {"$ref": ref}}}}})


def refused_refs(server: RecordingServer, outside: Path, spec_folder: Path) -> dict[str, str]:
    relative = os.path.relpath(outside / "secret.yaml", spec_folder)
    return {
        "http": f"{server.url}/schema.json#/Secret",
        "https": f"https://127.0.0.1:{server.port}/schema.json",
        "network_path": f"//127.0.0.1:{server.port}/schema.json",
        "uppercase_scheme": f"HTTP://127.0.0.1:{server.port}/schema.json",
        "file_url": (outside / "secret.yaml").as_uri() + "#/Secret",
        "file_url_localhost": "file://localhost" + str(outside / "secret.yaml"),
        "absolute_path": str(outside / "secret.yaml") + "#/Secret",
        "relative_escape": f"{relative}#/Secret",
        "encoded_escape": relative.replace("..", "%2e%2e") + "#/Secret",
        "dot_segments": f"./sub/../{relative}#/Secret",
        "ftp": "ftp://127.0.0.1/x.json",
        "data_url": "data:application/json,{}",
        "jar_url": "jar:file:///x.jar!/a.json",
        "windows_drive": "C:\\Windows\\win.ini",
        "unc": "\\\\127.0.0.1\\share\\x.json",
        "nul_byte": "a\x00.json#/X",
    }


@pytest.mark.parametrize(
    "case",
    [
        "http", "https", "network_path", "uppercase_scheme", "file_url", "file_url_localhost", "absolute_path",
        "relative_escape", "encoded_escape", "dot_segments", "ftp", "data_url", "jar_url", "windows_drive",
        "unc", "nul_byte",
    ],
)  # fmt: skip
def test_reference_leaving_the_folder_is_refused(
    case: str, server: RecordingServer, outside: Path, witness: Witness, tmp_path: Path
) -> None:
    spec_folder = tmp_path / "project" / "spec"
    ref = refused_refs(server, outside, spec_folder)[case]
    run = generate_doc(tmp_path / "project", with_property_ref(ref))
    if case in ("windows_drive", "unc"):  # on POSIX these are odd but local file names: no such file
        assert run.code == 1, run.err
    else:
        assert run.code == 1, run.err
        assert "refused" in run.err, run.err
    (line,) = run.error_lines()
    assert "/components/schemas/Thing/properties/x" in line and ":" in line.split(" error:")[0], line
    assert not run.output.exists(), "nothing may be written when the document is refused"
    assert_untouched(outside, run.output, witness, run.out, run.err)


def test_symlink_out_of_the_folder_is_refused(outside: Path, witness: Witness, tmp_path: Path) -> None:
    spec_folder = tmp_path / "project" / "spec"
    spec_folder.mkdir(parents=True)
    (spec_folder / "link.yaml").symlink_to(outside / "secret.yaml")
    (spec_folder / "linked_dir").symlink_to(outside, target_is_directory=True)
    for ref in ("link.yaml#/Secret", "linked_dir/secret.json#/Secret"):
        spec = write_spec(spec_folder, with_property_ref(ref))
        run = generate(spec, tmp_path / "out")
        assert run.code == 1 and "leaves the folder" in run.err, run.err
        assert_untouched(outside, run.output, witness, run.out, run.err)


@pytest.mark.parametrize(
    "where",
    ["unused_component", "path_item", "parameter", "response", "request_body", "nested_file", "validate_command"],
)
def test_remote_reference_anywhere_is_refused_even_when_unused(
    where: str, server: RecordingServer, witness: Witness, tmp_path: Path
) -> None:
    remote = {"$ref": f"{server.url}/x.json"}
    doc = document()
    ok = {"responses": {"200": {"description": "ok"}}}
    spec_folder = tmp_path / "spec"
    if where in ("unused_component", "validate_command"):
        doc["components"] = {"responses": {"Unused": remote}, "schemas": {"Unused": remote}}
    elif where == "path_item":
        doc["paths"] = {"/a": remote}
    elif where == "parameter":
        doc["paths"] = {"/a": {"get": {**ok, "parameters": [remote]}}}
    elif where == "response":
        doc["paths"] = {"/a": {"get": {"responses": {"200": remote}}}}
    elif where == "request_body":
        doc["paths"] = {"/a": {"post": {**ok, "requestBody": remote}}}
    else:
        write_spec(spec_folder, {"Other": {"type": "object", "properties": {"x": remote}}}, name="other")
        doc["components"] = {"schemas": {"Local": {"$ref": "other.json#/Other"}}}
    spec = write_spec(spec_folder, doc)
    if where == "validate_command":
        code, out, err = cli("validate", spec)
    else:
        run = generate(spec, tmp_path / "out")
        code, out, err = run.code, run.out, run.err
        assert not run.output.exists()
    assert code == 1, out + err
    assert "remote $ref" in err and "refused" in err, err


def test_urls_that_are_not_references_are_never_fetched(
    server: RecordingServer, outside: Path, witness: Witness, tmp_path: Path
) -> None:
    url = server.url
    schema = {
        "$schema": f"{url}/meta",
        "$id": f"{url}/ids/thing",
        "type": "object",
        "externalDocs": {"url": f"{url}/docs"},
        "properties": {
            "a": {"type": "string", "$comment": f"{url}/comment"},
            "b": {"$dynamicRef": f"{url}/dyn#meta"},
            "c": {"type": "string", "format": "uri", "default": f"{url}/default", "examples": [{"$ref": f"{url}/e"}]},
            "d": {"type": "object", "example": {"$ref": f"{url}/example"}, "x-ref": {"$ref": f"{url}/ext"}},
        },
    }
    doc = document(
        jsonSchemaDialect=f"{url}/dialect",
        servers=[
            {"url": f"{url}/server"},
            {"url": "{scheme}://127.0.0.1:" + str(server.port), "variables": {"scheme": {"default": "http"}}},
        ],
        externalDocs={"url": f"{url}/external-docs"},
        info={
            "title": "Offline",
            "version": "1",
            "termsOfService": f"{url}/tos",
            "contact": {"url": f"{url}/contact"},
            "license": {"name": "x", "url": f"{url}/license"},
        },
        tags=[{"name": "things", "externalDocs": {"url": f"{url}/tag-docs"}}],
        paths={
            "/things": {
                "get": {
                    "tags": ["things"],
                    "operationId": "listThings",
                    "externalDocs": {"url": f"{url}/op-docs"},
                    "responses": {
                        "200": {
                            "description": "ok",
                            "links": {"self": {"operationRef": f"{url}/op-ref"}},
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Thing"},
                                    "examples": {"one": {"externalValue": f"{url}/example.json"}},
                                }
                            },
                        }
                    },
                }
            }
        },
        components={
            "schemas": {"Thing": schema},
            "securitySchemes": {
                "oidc": {"type": "openIdConnect", "openIdConnectUrl": f"{url}/.well-known/openid-configuration"},
                "oauth": {
                    "type": "oauth2",
                    "flows": {"clientCredentials": {"tokenUrl": f"{url}/token", "scopes": {}}},
                },
            },
        },
    )
    spec = write_spec(tmp_path / "spec", doc)
    code, out, err = cli("validate", spec)
    assert code in (0, 1), err  # findings are fine; fetching is not
    run = generate(spec, tmp_path / "out")
    assert run.code == 0, run.err
    assert_untouched(outside, run.output, witness, run.out, run.err)
    client = (run.package / "_client.py").read_text(encoding="utf-8")
    assert f"DEFAULT_BASE_URL = {f'{url}/server'!r}".replace("'", '"') in client


def test_relative_reference_under_a_remote_id_stays_local(
    witness: Witness, tmp_path: Path, server: RecordingServer
) -> None:
    """A 3.1 `$id` pointing at the server must not make a relative `$ref` a remote one."""
    spec_folder = tmp_path / "spec"
    write_spec(spec_folder, {"Local": {"type": "object", "properties": {"kept": {"type": "string"}}}}, name="local")
    schema = {"$id": f"{server.url}/base/", "type": "object", "properties": {"x": {"$ref": "local.json#/Local"}}}
    spec = write_spec(spec_folder, document(components={"schemas": {"Thing": schema}}))
    code, out, err = cli("validate", spec)
    assert code in (0, 1), err
    run = generate(spec, tmp_path / "out")
    assert run.code == 0, run.err
    assert any("kept" in text.decode() for text in tree_bytes(run.package).values())


def test_validator_cannot_fetch_or_read_even_without_the_loaders_refusal(
    server: RecordingServer, outside: Path, witness: Witness, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Defence in depth: with the loader's `$ref` check switched off, openapi-spec-validator meets
    remote and outside references itself, and must still neither connect nor read."""
    from generator.documents import DocumentSet
    from generator.validate import validate_document

    monkeypatch.setattr(DocumentSet, "_check_references", lambda self, document: None)
    refs = [
        f"{server.url}/a.json",
        f"https://127.0.0.1:{server.port}/b.json",
        (outside / "secret.yaml").as_uri(),
        os.path.relpath(outside / "secret.json", tmp_path / "spec"),
        f"ftp://127.0.0.1:{server.port}/c.json",
    ]
    for index, ref in enumerate(refs):
        responses = {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": ref}}}}}
        doc = document(paths={"/a": {"get": {"responses": responses}}})
        spec = write_spec(tmp_path / "spec", doc, name=f"case{index}")
        findings = validate_document(DocumentSet(spec))
        assert all(MARKER not in f.message for f in findings)
    assert_untouched(outside, tmp_path / "nothing", witness)


def test_multi_file_references_inside_the_folder_still_work(witness: Witness, tmp_path: Path) -> None:
    spec_folder = tmp_path / "spec"
    write_spec(
        spec_folder / "schemas", {"Pet": {"type": "object", "properties": {"name": {"type": "string"}}}}, name="pets"
    )
    doc = document(components={"schemas": {"Pet": {"$ref": "schemas/pets.json#/Pet"}}})
    spec = write_spec(spec_folder, doc)
    code, out, err = cli("validate", spec)
    assert code == 0, out + err
    run = generate(spec, tmp_path / "out")
    assert run.code == 0, run.err
    assert "class Pet(BaseModel)" in (run.package / "types" / "pet.py").read_text(encoding="utf-8")
