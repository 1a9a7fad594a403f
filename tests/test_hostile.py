"""Hostile text in every place a string can come from, through every gate: it never leaves the
docstring, comment, string literal or template it is put in, and never runs.

Each hostile string (tests/hostile `payloads`) tries to leave a docstring, a comment, a string
literal or a Jinja template and touch a sentinel file. Two groupings, so that a failure is easy to
place and collisions between hostile names are exercised too:

- `test_payload_everywhere[payload]`: one document with that payload as the schema name,
  property name, parameter names, operationId, summary, description, tag, server URL, webhook
  name, enum value, default, const, header name, path and info text;
- `test_place_with_every_payload[place]`: one document with every payload at one place.

For every generated package: every file parses, calls no `__import__`/`exec`/`eval`, imports,
and the sentinel is never created; the enum values, consts and defaults the imported models hold
equal the spec's (same type, same bytes); the request the client sends carries the spec's path,
query names, header names and body keys; `DEFAULT_BASE_URL` is the spec's server URL.
"""

from __future__ import annotations

import ast
import dataclasses
import functools
import inspect
import json
import re
import textwrap
import tomllib
import typing
from pathlib import Path
from typing import Any, Callable
from urllib.parse import parse_qsl, quote, unquote, urlsplit

import pytest
from pydantic_core import PydanticUndefined

from tests.hostile import (
    client_of,
    document,
    fields_by_api_name,
    generate_doc,
    imported,
    literal_values,
    model_classes,
    no_injected_code,
    payloads,
    python_files,
    resource_methods,
    same_value,
    touch_code,
)

SENTINEL_DIR = Path("/tmp") / "openapi-hostile-sentinel"
SENTINEL = SENTINEL_DIR / "INJECTED"
PAYLOADS = payloads(SENTINEL)
OTHER = "other-value"
TOKEN_CHARS = set("!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


@pytest.fixture(autouse=True)
def sentinel_never_created() -> Any:
    SENTINEL_DIR.mkdir(exist_ok=True)
    SENTINEL.unlink(missing_ok=True)
    yield
    assert not SENTINEL.exists(), "an injected statement ran: the sentinel file was created"


def ref_to(name: str) -> str:
    """`#/components/schemas/<name>` for any name: JSON-pointer escaped, then URI-encoded."""
    return "#/components/schemas/" + quote(name.replace("~", "~0").replace("/", "~1"), safe="")


def header_name(text: str) -> str:
    return "X-" + text


def key_header(text: str) -> str:
    return "X-Key-" + text


def sendable_header(name: str) -> bool:
    return bool(name) and set(name) <= TOKEN_CHARS


# --- the checks every generated package must pass -------------------------------------------------


def check_sources(package: Path) -> list[str]:
    """Every file parses and calls nothing that could run injected text; returns all strings."""
    strings: list[str] = []
    for file in python_files(package):
        source = file.read_text(encoding="utf-8")
        tree = ast.parse(source, filename=str(file))
        assert not no_injected_code(source), f"{file}: {no_injected_code(source)}"
        strings.extend(n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str))
    return strings


def check_text_kept(strings: list[str], text: str, where: str) -> None:
    """Hostile prose stays prose: the code it carries is in some string constant, verbatim."""
    touch = touch_code(SENTINEL)
    if touch in text:
        assert any(touch in s for s in strings), f"{where}: the text {text!r} is not in any string literal"
    for marker in ("{{", "{%", '"""', "'''"):
        if marker in text:
            assert any(marker in s for s in strings), f"{where}: {marker!r} of {text!r} was lost"


def check_field(fields: dict[str, list[tuple[type, Any]]], api_name: str, schema: dict[str, Any]) -> None:
    """The imported model field for `api_name` holds the spec's enum/const values and default."""
    assert api_name in fields, f"no model field with the API name {api_name!r}; have {sorted(fields)[:20]}"
    for cls, info in fields[api_name]:
        where = f"{cls.__module__}.{cls.__name__} field {api_name!r}"
        expected = schema.get("enum") or ([schema["const"]] if "const" in schema else None)
        if expected is not None:
            values = literal_values(info.annotation)
            assert values is not None, f"{where}: no Literal in {info.annotation!r}"
            wanted = tuple(v for v in expected if v is not None)
            assert len(values) == len(wanted) and all(
                same_value(a, b) for a, b in zip(values, wanted)
            ), f"{where}: Literal{values!r} != spec {wanted!r}"
        if "default" in schema:
            assert same_value(info.default, schema["default"]), f"{where}: default {info.default!r} != spec"


def argument_value(annotation: Any) -> Any:
    literal = literal_values(annotation)
    return literal[0] if literal else "v"


@dataclasses.dataclass
class Sent:
    http_method: str  # as the generated RequestSpec says
    path: str  # the path template, as the generated RequestSpec says
    params: dict[str, tuple[str, str]]  # argument -> (location, API name), as generated
    request: Any  # what reached the transport (None when the call failed)
    error: BaseException | None = None


def request_spec(method: Any) -> tuple[str, str, dict[str, tuple[str, str]]]:
    """HTTP method, path template and argument -> (location, API name) from `RequestSpec(...)`."""
    tree = ast.parse(textwrap.dedent(inspect.getsource(method)))
    (call,) = [c for c in ast.walk(tree) if isinstance(c, ast.Call) and getattr(c.func, "id", "") == "RequestSpec"]
    found: dict[str, tuple[str, str]] = {}
    # RequestSpec(method, path, ...): the first two arguments are positional.
    constants = {"method": ast.literal_eval(call.args[0]), "path": ast.literal_eval(call.args[1])}
    for keyword in call.keywords:
        if keyword.arg and keyword.arg.endswith("_params") and isinstance(keyword.value, ast.Tuple):
            for param in keyword.value.elts:
                assert isinstance(param, ast.Call)
                if isinstance(param.args[1], ast.Constant):
                    continue  # a literal query from the path template, not an argument
                assert isinstance(param.args[1], ast.Name)
                location = keyword.arg[: -len("_params")]
                found[param.args[1].id] = (location, ast.literal_eval(param.args[0]))
    return constants["method"], constants["path"], found


def call_everything(modules: dict[str, Any], package: str, api_key: str | None = "key") -> list[Sent]:
    """Call every sync method once, every argument given (except header/cookie parameters whose
    names no HTTP request can carry); returns what was sent."""
    import httpx

    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(204)

    client = client_of(modules, package, handler, base_url="https://api.test", api_key=api_key)
    by_class = {}
    for attribute, value in vars(type(client)).items():
        if isinstance(value, functools.cached_property) and not attribute.startswith("with_"):
            by_class[type(getattr(client, attribute)).__name__] = attribute
    results = []
    for class_name, methods in resource_methods(modules, package).items():
        resource = getattr(client, by_class[class_name])
        for method_name in methods:
            method = getattr(resource, method_name)
            hints = typing.get_type_hints(method)
            http_method, path, params = request_spec(method)
            positional, keywords = [], {}
            for name, parameter in inspect.signature(method).parameters.items():
                if parameter.kind is parameter.VAR_KEYWORD:  # **options: extra_headers, timeout, ...
                    continue
                location, api_name = params.get(name, ("body", name))
                if location in ("header", "cookie") and not sendable_header(api_name):
                    continue
                value = argument_value(hints.get(name))
                if parameter.kind is parameter.POSITIONAL_OR_KEYWORD:
                    positional.append(value)
                else:
                    keywords[name] = value
            count = len(sent)
            try:
                method(*positional, **keywords)
            except Exception as exc:  # noqa: BLE001 - reported by the caller's checks
                results.append(Sent(http_method, path, params, None, exc))
                continue
            assert len(sent) == count + 1
            results.append(Sent(http_method, path, params, sent[-1]))
    return results


def sent_path(sent: Sent) -> str:
    assert sent.request is not None, f"{sent.http_method.upper()} {sent.path!r} was not sent: {sent.error!r}"
    return request_path(sent.request)


def filled(path: str) -> str:
    """The path the client must request when every path parameter is "v"."""
    return re.sub(r"\{[^{}]*\}", "v", path)


def request_path(request: Any) -> str:
    return unquote(request.url.raw_path.decode("ascii").split("?", 1)[0])


# --- one payload everywhere -------------------------------------------------------------------------


def everywhere(p: str) -> dict[str, Any]:
    schema = {
        "type": "object",
        "title": p,
        "description": p,
        "properties": {
            p: {"type": "string", "description": p, "default": p, "example": p, "title": p},
            "choice": {"type": "string", "enum": [p, OTHER], "default": p, "description": p},
            "fixed": {"const": p},
            "listed": {"type": "array", "items": {"type": "string"}, "default": [p, OTHER]},
            "mapped": {"type": "object", "additionalProperties": {"type": "string"}, "default": {p: p}},
        },
    }
    operation = {
        "operationId": p,
        "summary": p,
        "description": p,
        "tags": [p],
        "parameters": [
            {"name": "thing_id", "in": "path", "required": True, "schema": {"type": "string"}, "description": p},
            {"name": p, "in": "query", "schema": {"type": "string", "enum": [p, OTHER]}, "description": p},
            {"name": header_name(p), "in": "header", "schema": {"type": "string"}, "description": p},
        ],
        "requestBody": {"description": p, "content": {"application/json": {"schema": {"$ref": ref_to(p)}}}},
        "responses": {"204": {"description": p}},
    }
    webhook = {
        "post": {
            "summary": p,
            "requestBody": {"content": {"application/json": {"schema": {"$ref": ref_to(p)}}}},
            "responses": {"200": {"description": p}},
        }
    }
    return document(
        info={"title": p, "version": p, "description": p, "summary": p},
        servers=[
            {
                "url": f"https://api.example.com/{p}/{{version}}",
                "description": p,
                "variables": {"version": {"default": p, "enum": [p], "description": p}},
            }
        ],
        tags=[{"name": p, "description": p}],
        paths={
            "/things/{thing_id}": {"summary": p, "post": operation},
            f"/raw/{p}": {"get": {"operationId": f"{p} raw", "tags": [p], "responses": {"204": {"description": p}}}},
        },
        webhooks={p: webhook},
        components={
            "schemas": {p: schema},
            "securitySchemes": {p: {"type": "apiKey", "in": "header", "name": key_header(p), "description": p}},
        },
    )


@pytest.mark.parametrize("key", sorted(PAYLOADS))
def test_payload_everywhere(key: str, tmp_path: Path) -> None:
    p = PAYLOADS[key]
    doc = everywhere(p)
    run = generate_doc(tmp_path, doc)
    assert run.code == 0, run.err
    package = run.package
    strings = check_sources(package)
    for text_place in ("description", "summary", "title"):
        check_text_kept(strings, p, f"{key} as {text_place}")
    check_project_files(run.output, package.name, p)
    with imported(run.output, package.name) as modules:
        fields = fields_by_api_name(model_classes(modules))
        for api_name, schema in doc["components"]["schemas"][p]["properties"].items():
            check_field(fields, api_name, schema)
        client_module = modules[f"{package.name}._client"]
        assert client_module.DEFAULT_BASE_URL == f"https://api.example.com/{p}/{p}"
        key = "key" if sendable_header(key_header(p)) else None  # no HTTP request can carry that header
        sent = {s.http_method: s for s in call_everything(modules, package.name, api_key=key)}
    assert sorted(sent) == ["get", "post"]
    assert [sent["post"].path, sent["get"].path] == list(doc["paths"]), "path templates differ from the spec's"
    post = sent["post"]
    declared = sorted(post.params.values())
    assert declared == [("header", header_name(p)), ("path", "thing_id"), ("query", p)], declared
    request = post.request
    assert request is not None, post.error
    assert request_path(request) == "/things/v"
    query = parse_qsl(request.url.query.decode("ascii"), keep_blank_values=True)
    assert query == [(p, p)], f"query {query!r} is not the parameter {p!r}"
    if sendable_header(header_name(p)) and sendable_header(key_header(p)):
        for name, value in ((header_name(p), "v"), (key_header(p), "key")):
            raw = [(n, v) for n, v in request.headers.raw if n.lower() == name.lower().encode()]
            assert raw == [(name.encode("ascii"), value.encode("ascii"))], (name, request.headers.raw)
    body = json.loads(request.content)
    assert list(body) == list(doc["components"]["schemas"][p]["properties"]), body
    # Last, as it fails for every payload the runtime cannot put in a URL yet (see the report).
    assert sent_path(sent["get"]) == filled(f"/raw/{p}")


def check_project_files(output: Path, package: str, title: str) -> None:
    """Spec text in the title and version reaches pyproject.toml as values only, and the
    Markdown files keep the templates' structure (the payload adds no heading or HTML)."""
    from generator.versions import version_from_spec

    project = tomllib.loads((output / "pyproject.toml").read_text(encoding="utf-8"))
    assert sorted(project) == ["build-system", "project", "tool"]
    assert sorted(project["project"]) == [
        "classifiers", "dependencies", "description", "name", "readme", "requires-python", "version"
    ]
    assert project["project"]["description"] == f"A typed Python client for the {title} API"
    assert project["project"]["version"] == version_from_spec(title)[0]
    assert project["project"]["name"] == package.replace("_", "-")
    readme_sections = [
        "Installation", "Authentication", "A first call", "Errors", "Retries and timeouts",
        "The HTTP client, connections and redirects", "Pagination", "Raw responses", "Streaming responses",
        "Endpoints the description lacks", "Logging", "Types", "Forward compatibility", "Vendoring",
    ]
    for name in ("README.md", "api.md"):
        text = (output / name).read_text(encoding="utf-8")
        prose = re.sub(r"```.*?```", "", text, flags=re.S)
        assert len(re.findall(r"^# ", prose, re.M)) == 1, name
        sections = re.findall(r"^## (.*)$", prose, re.M)
        if name == "README.md":
            assert sections == readme_sections
        else:
            assert all(s.startswith("`client.") or s in ("Webhooks", "Models") for s in sections), sections
        assert prose.count("<!--") == 1 and prose.count("-->") == 1, name


# --- every payload at one place ---------------------------------------------------------------------

ALL = sorted(PAYLOADS.values())


def op(**extra: Any) -> dict[str, Any]:
    return {"responses": {"204": {"description": "done"}}, **extra}


def place_schema_names() -> dict[str, Any]:
    schemas = {p: {"type": "object", "description": p, "properties": {"value": {"const": p}}} for p in ALL}
    return document(components={"schemas": schemas})


def place_property_names() -> dict[str, Any]:
    properties = {p: {"type": "string", "default": p, "enum": [p, OTHER]} for p in ALL}
    return document(components={"schemas": {"Thing": {"type": "object", "properties": properties}}})


def place_parameters() -> dict[str, Any]:
    parameters = [
        {"name": name, "in": location, "schema": {"type": "string", "enum": [p]}}
        for p in ALL
        for location, name in (("query", p), ("header", header_name(p)), ("cookie", p))
    ]
    return document(paths={"/things": {"get": op(operationId="listThings", parameters=parameters)}})


def place_path_parameters() -> dict[str, Any]:
    names = [p for p in ALL if p and not set(p) & set("{}/")]
    path = "/items/" + "/".join("{" + n + "}" for n in names)
    parameters = [{"name": n, "in": "path", "required": True, "schema": {"type": "string"}} for n in names]
    return document(paths={path: {"get": op(operationId="getItem", parameters=parameters)}})


def place_operation_ids() -> dict[str, Any]:
    paths = {f"/op{i}": {"post": op(operationId=p, summary=p, tags=["ops"])} for i, p in enumerate(ALL)}
    return document(paths=paths)


def place_tags() -> dict[str, Any]:
    paths = {f"/tag{i}": {"get": op(tags=[p], description=p)} for i, p in enumerate(ALL)}
    return document(tags=[{"name": p, "description": p} for p in ALL], paths=paths)


def place_paths() -> dict[str, Any]:
    paths = {f"/p/{p}": {"get": op(operationId=f"path{i}")} for i, p in enumerate(ALL)}
    return document(paths=paths)


def place_webhooks() -> dict[str, Any]:
    hook = lambda p: {  # noqa: E731
        "post": op(
            requestBody={
                "content": {"application/json": {"schema": {"type": "object", "properties": {p: {"const": p}}}}}
            }
        )
    }
    return document(webhooks={p: hook(p) for p in ALL})


def place_enum_values() -> dict[str, Any]:
    properties = {
        "word": {"type": "string", "enum": ALL},
        "single": {"const": ALL[0]},
        "listed": {"type": "array", "items": {"type": "string"}, "default": ALL},
        "mapped": {"type": "object", "default": {p: p for p in ALL}},
        "typed": {"enum": [*ALL, 0, 1, True, False, -1]},
    }
    return document(components={"schemas": {"Thing": {"type": "object", "properties": properties}}})


def place_discriminator() -> dict[str, Any]:
    schemas: dict[str, Any] = {}
    members = []
    for i, p in enumerate(ALL[:8]):
        cat, dog = f"Cat{i}", f"Dog{i}"
        for name in (cat, dog):
            schemas[name] = {
                "type": "object",
                "required": [p],
                "properties": {p: {"type": "string", "enum": [name]}, "extra": {"type": "string"}},
            }
        schemas[f"Pet{i}"] = {
            "oneOf": [{"$ref": ref_to(cat)}, {"$ref": ref_to(dog)}],
            "discriminator": {"propertyName": p},
        }
        members.append((f"Pet{i}", p))
    schemas["Owner"] = {
        "type": "object",
        "properties": {f"pet{i}": {"$ref": ref_to(name)} for i, (name, _) in enumerate(members)},
    }
    return document(components={"schemas": schemas})


def place_media_types() -> dict[str, Any]:
    body = {"type": "object", "properties": {"a": {"type": "string"}}}
    media = {f"application/{quote(p, safe='')}+json": {"schema": body} for p in ALL[:1]}
    media['application/json; charset="\\""""'] = {"schema": body}
    return document(paths={"/m": {"post": op(operationId="media", requestBody={"content": media})}})


PLACES: dict[str, Callable[[], dict[str, Any]]] = {
    "schema_names": place_schema_names,
    "property_names": place_property_names,
    "parameter_names": place_parameters,
    "path_parameter_names": place_path_parameters,
    "operation_ids": place_operation_ids,
    "tags": place_tags,
    "paths": place_paths,
    "webhook_names": place_webhooks,
    "enum_values_and_defaults": place_enum_values,
    "discriminator_property_names": place_discriminator,
    "media_types": place_media_types,
}


@pytest.mark.parametrize("place", sorted(PLACES))
def test_place_with_every_payload(place: str, tmp_path: Path) -> None:
    doc = PLACES[place]()
    run = generate_doc(tmp_path, doc)
    assert run.code == 0, run.err
    check_sources(run.package)
    with imported(run.output, run.package.name) as modules:
        check_all_fields(fields_by_api_name(model_classes(modules)), doc)
        if place in ("parameter_names", "path_parameter_names", "paths", "operation_ids", "tags"):
            check_requests(place, doc, call_everything(modules, run.package.name))


def check_all_fields(fields: dict[str, list[tuple[type, Any]]], doc: dict[str, Any]) -> None:
    """Per API name, the Literal values and defaults of all models equal those of all schemas."""
    wanted: dict[str, list[str]] = {}
    for schema in (doc.get("components") or {}).get("schemas", {}).values():
        for api_name, prop in (schema.get("properties") or {}).items():
            if any(k in prop for k in ("enum", "const", "default")):
                values = prop.get("enum") or ([prop["const"]] if "const" in prop else None)
                wanted.setdefault(api_name, []).append(repr((values, prop.get("default"))))
    for api_name, expected in wanted.items():
        assert api_name in fields, f"no model field with the API name {api_name!r}"
        got = []
        for _, info in fields[api_name]:
            values = literal_values(info.annotation)
            default = None if info.default is PydanticUndefined else info.default
            got.append(repr((list(values) if values is not None else None, default)))
        assert sorted(got) == sorted(expected), f"{api_name!r}: models {sorted(got)} != spec {sorted(expected)}"


def check_requests(place: str, doc: dict[str, Any], sent: list[Sent]) -> None:
    operations = [(path, method) for path, item in doc["paths"].items() for method in item]
    assert len(sent) == len(operations), f"{len(sent)} requests for {len(operations)} operations"
    assert sorted(s.path for s in sent) == sorted(path for path, _ in operations)
    for one in sent:
        assert sent_path(one) == filled(one.path)
    if place == "parameter_names":
        (one,) = sent
        (parameters,) = [item["get"]["parameters"] for item in doc["paths"].values()]
        assert sorted(one.params.values()) == sorted((p["in"], p["name"]) for p in parameters)
        query = parse_qsl(one.request.url.query.decode("ascii"), keep_blank_values=True)
        assert sorted(query) == sorted((p, p) for p in ALL)
        for p in ALL:
            if sendable_header(header_name(p)):
                assert one.request.headers.get(header_name(p)) == p
        cookies = one.request.headers.get("cookie", "")
        assert sorted(c.split("=", 1)[0] for c in cookies.split("; ") if c) == sorted(
            p for p in ALL if sendable_header(p)
        ), cookies


# --- one escaping path -------------------------------------------------------------------------------


def test_templates_never_print_spec_text_unfiltered() -> None:
    """In templates, every `{{ ... }}` that could carry spec text ends in one of the three gates.

    Names that the naming stage made (`.name`, `.module`, `.class_name`, `.attribute`,
    `.argument`) and template-local values are allowed; raw spec text (descriptions, api names,
    paths, values) must pass through `pyrepr`, `docstring`, `comment` or `identifier`."""
    templates = Path(__file__).resolve().parent.parent / "templates"
    raw_fields = re.compile(
        r"\.(description|summary|api_name|path|default|values|title|version|content_type|media_type|"
        r"default_base_url|api_key_env|base_url_env|operation_id|discriminator|style)\b"
    )
    gates = r"\|\s*(pyrepr|docstring|comment|identifier|toml_string|md_code|md_text|since_label|pep440)"
    # Macros of the reference pages that take spec text and pass every such argument through a
    # gate themselves (checked below: each one's body uses md_text).
    gated_macros = {"prose": "macros.md.jinja", "header": "model.md.jinja", "argument": "resource.md.jinja"}
    for macro, file in gated_macros.items():
        body = (templates / "project" / "reference" / file).read_text(encoding="utf-8")
        definition = body[body.index(f"{{% macro {macro}(") :]
        assert re.search(r"md_text|ref\.prose", definition[: definition.index("endmacro")]), macro
    problems = []
    for template in sorted(templates.rglob("*.jinja")):
        text = template.read_text(encoding="utf-8")
        for match in re.finditer(r"\{\{(.*?)\}\}", text, re.S):
            expression = match.group(1)
            called = re.match(r"\s*-?\s*(?:ref\.)?(\w+)\(", expression)
            if called and called.group(1) in gated_macros:
                continue
            if raw_fields.search(expression) and not re.search(gates, expression):
                line = text.count("\n", 0, match.start()) + 1
                problems.append(f"{template.relative_to(templates)}:{line}: {{{{{expression.strip()}}}}}")
    assert not problems, "spec text printed without a gate:\n" + "\n".join(problems)


@pytest.mark.parametrize("key", sorted(PAYLOADS))
def test_docstring_gate_round_trips(key: str) -> None:
    """`docstring(text)` is one string literal whose value is the text (stripped, lines rstripped)."""
    from generator.render import docstring

    text = PAYLOADS[key]
    literal = docstring(text, indent=4)
    tree = ast.parse(f"def f():\n    {literal}\n")
    (function,) = tree.body
    assert isinstance(function, ast.FunctionDef) and len(function.body) == 1
    value = function.body[0].value  # type: ignore[attr-defined]
    expected = "\n".join(line.rstrip() for line in text.strip().replace("\r\n", "\n").split("\n"))
    got = "\n".join(line.strip() for line in value.value.split("\n")).strip()
    assert got == "\n".join(line.strip() for line in expected.split("\n")).strip()


@pytest.mark.parametrize("key", sorted(PAYLOADS))
def test_comment_gate_is_one_line(key: str) -> None:
    from generator.render import comment

    text = comment(PAYLOADS[key])
    source = f"x = 1  # {text}\n"
    assert len(source.splitlines()) == 1
    assert ast.dump(ast.parse(source)) == ast.dump(ast.parse("x = 1\n"))


@pytest.mark.parametrize("key", sorted(PAYLOADS))
def test_toml_gate_round_trips(key: str) -> None:
    from generator.render import toml_string

    text = PAYLOADS[key]
    assert tomllib.loads(f"value = {toml_string(text)}\nafter = 1\n") == {"value": text, "after": 1}


@pytest.mark.parametrize("key", sorted(PAYLOADS))
def test_markdown_gates_stay_inline(key: str) -> None:
    from generator.render import md_code, md_text

    text = PAYLOADS[key]
    code, prose = md_code(text), md_text(text)
    assert "\n" not in code and "\n" not in prose and "\r" not in code + prose
    fence = re.match("`+", code)
    assert fence is not None and code.endswith(fence.group()) and fence.group() not in code[len(fence.group()) : -len(fence.group())]
    assert code[len(fence.group()) : -len(fence.group())].strip() == " ".join(text.split())
    assert "<" not in prose and ">" not in prose and not re.search(r"(?<!\\)\|", prose)


@pytest.mark.parametrize("key", sorted(PAYLOADS))
def test_pyrepr_gate_round_trips(key: str) -> None:
    from generator.render import pyrepr

    value = [PAYLOADS[key], {PAYLOADS[key]: [1, 2.5, True, None, -0.0]}, 10**40]
    assert same_value(ast.literal_eval(pyrepr(value)), value)


@pytest.mark.parametrize("key", sorted(PAYLOADS))
def test_identifier_sanitiser_gives_safe_names(key: str) -> None:
    import keyword

    from generator import naming

    text = PAYLOADS[key]
    for make in (naming.field_name, naming.argument_name, naming.method_name, naming.resource_name,
                 naming.class_name, naming.module_name):  # fmt: skip
        name = make(text)
        assert name.isidentifier() and name.isascii(), (make.__name__, name)
        assert not keyword.iskeyword(name), (make.__name__, name)
        assert not (name.startswith("__") and name.endswith("__")), (make.__name__, name)
    # pydantic treats a leading underscore as a private attribute, not a field
    assert not naming.field_name(text).startswith("_")


# --- unusable documents: one clear FILE:LINE:COL error line, no traceback, output untouched -----

ERROR_LINE = re.compile(r"^(?P<file>.+?):(?P<line>\d+):(?P<col>\d+): error: (?P<pointer>#|/[^:]*): (?P<message>.+)$")
MINIMAL = '{"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {}'

# name -> (file name, text, exit code, JSON pointer the error names, part of the message)
UNUSABLE: dict[str, tuple[str, str | bytes, int, str, str]] = {
    "not_utf8": ("spec.yaml", b"openapi: 3.1.0\ninfo: {title: \xff}\n", 2, "#", "not UTF-8"),
    "utf16": ("spec.json", '{"openapi": "3.1.0"}'.encode("utf-16"), 2, "#", "not UTF-8"),
    "json_syntax": ("spec.json", MINIMAL + ",}", 2, "#", "invalid JSON"),
    "json_truncated": ("spec.json", MINIMAL, 2, "#", "invalid JSON"),
    "yaml_syntax": ("spec.yaml", "openapi: 3.1.0\ninfo: {title: [}\n", 2, "#", "invalid YAML"),
    "yaml_tab_indent": ("spec.yaml", "openapi: 3.1.0\ninfo:\n\ttitle: t\n", 2, "#", "invalid YAML"),
    "yaml_two_documents": ("spec.yaml", "openapi: 3.1.0\n---\nopenapi: 3.0.0\n", 2, "#", "invalid YAML"),
    "yaml_python_tag": ("spec.yaml", "openapi: !!python/object/apply:os.system ['true']\n", 2, "#", "invalid YAML"),
    "yaml_binary": (
        "spec.yaml",
        "openapi: 3.1.0\ninfo: {title: !!binary aGk=, version: '1'}\n",
        1,
        "/info/title",
        "bytes",
    ),
    "yaml_set": ("spec.yaml", "openapi: 3.1.0\nx-s: !!set {a, b}\n", 1, "/x-s", "set"),
    "yaml_timestamp": ("spec.yaml", "openapi: 3.1.0\nx-t: !!timestamp 2020-01-01\n", 1, "/x-t", "date"),
    "yaml_alias": ("spec.yaml", "openapi: 3.1.0\nx-a: &a [1]\nx-b: *a\n", 1, "/x-a", "anchors and aliases"),
    "lone_surrogate": ("spec.json", MINIMAL + ', "x-s": "\\ud800"}', 1, "/x-s", "surrogate"),
    "huge_integer": ("spec.json", MINIMAL + ', "x-n": ' + "9" * 5000 + "}", 2, "#", "digits"),
    "empty": ("spec.yaml", "", 1, "#", "not a mapping"),
    "top_level_list": ("spec.json", "[]", 1, "#", "not a mapping"),
    "top_level_string": ("spec.yaml", "just text\n", 1, "#", "not a mapping"),
    "no_version": ("spec.json", '{"info": {"title": "t", "version": "1"}, "paths": {}}', 1, "#", "no 'openapi'"),
    "version_number": (
        "spec.yaml",
        "openapi: 3.1\ninfo: {title: t, version: '1'}\npaths: {}\n",
        1,
        "#",
        "no 'openapi'",
    ),
    "swagger2": (
        "spec.json",
        '{"swagger": "2.0", "info": {"title": "t", "version": "1"}, "paths": {}}',
        1,
        "/swagger",
        "Swagger",
    ),
    "openapi4": (
        "spec.json",
        '{"openapi": "4.0.0", "info": {"title": "t", "version": "1"}, "paths": {}}',
        1,
        "/openapi",
        "not supported",
    ),
    "remote_ref": (
        "spec.json",
        MINIMAL + ', "components": {"schemas": {"A": {"$ref": "https://example.com/a.json"}}}}',
        1,
        "/components/schemas/A",
        "refused",
    ),
    "outside_ref": (
        "spec.json",
        MINIMAL + ', "components": {"schemas": {"A": {"$ref": "../a.json#/A"}}}}',
        1,
        "/components/schemas/A",
        "leaves the folder",
    ),
    "dangling_ref": (
        "spec.json",
        MINIMAL
        + ', "components": {"schemas": {"A": {"type": "object", "properties": {"b": {"$ref": "#/components/schemas/Nope"}}}}}}',
        1,
        "/components/schemas/A/properties/b",
        "points at nothing",
    ),
    "missing_file_ref": (
        "spec.json",
        MINIMAL
        + ', "components": {"schemas": {"A": {"type": "object", "properties": {"b": {"$ref": "nope.json#/B"}}}}}}',
        1,
        "/components/schemas/A/properties/b",
        "no such file",
    ),
    "anchor_fragment_ref": (
        "spec.json",
        MINIMAL + ', "components": {"schemas": {"A": {"type": "object", "properties": {"b": {"$ref": "#thing"}}}}}}',
        1,
        "/components/schemas/A/properties/b",
        "JSON-pointer",
    ),
    "too_deep": ("spec.json", MINIMAL + ', "x-d": ' + "[" * 200 + "]" * 200 + "}", 2, "/x-d/0/0", "nesting deeper"),
}


@pytest.mark.parametrize("case", sorted(UNUSABLE))
@pytest.mark.parametrize("command", ["generate", "validate"])
def test_unusable_document_ends_with_one_clear_line(case: str, command: str, tmp_path: Path) -> None:
    from tests.hostile import cli

    name, text, code, pointer, message = UNUSABLE[case]
    spec = tmp_path / "spec" / name
    spec.parent.mkdir()
    spec.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    output = tmp_path / "out"
    previous = output / "t_client" / "keep.txt"
    previous.parent.mkdir(parents=True)
    previous.write_text("previous output\n", encoding="utf-8")
    if command == "generate":
        exit_code, out, err = cli("generate", "--spec", spec, "--output", output)
    else:
        exit_code, out, err = cli("validate", spec)
    assert exit_code == code, out + err
    assert "Traceback" not in out + err
    errors = [line for line in (out + err).splitlines() if " error: " in line or line.startswith("error:")]
    assert len(errors) == 1, errors
    match = ERROR_LINE.match(errors[0])
    assert match, f"not FILE:LINE:COL: error: POINTER: message: {errors[0]!r}"
    assert match["file"] == str(spec) and int(match["line"]) >= 1 and int(match["col"]) >= 1, errors[0]
    assert match["pointer"].startswith(pointer), (pointer, errors[0])
    assert message in match["message"], errors[0]
    assert sorted(p.name for p in output.rglob("*")) == ["keep.txt", "t_client"], "the output folder was touched"


def test_static_path_characters_reach_the_server_exactly(tmp_path: Path) -> None:
    """The focused form of the path checks above: a path's own characters (not only parameter
    values) must arrive as the spec writes them, percent-encoded where a URL needs it."""
    paths = ["/files/a#b", "/files/100%", "/files/q?x=1", "/files/line\nbreak", "/files/sp ace", "/files/%41"]
    doc = document(paths={p: {"get": op(operationId=f"case{i}")} for i, p in enumerate(paths)})
    run = generate_doc(tmp_path, doc)
    assert run.code == 0, run.err
    with imported(run.output, run.package.name) as modules:
        sent = call_everything(modules, run.package.name)
    got = {s.path: (request_path(s.request) if s.request is not None else repr(s.error)) for s in sent}
    # A `?` starts a literal query the document wants sent (`/responses/{id}?beta=true`).
    templates = {p: p.partition("?")[0] for p in paths}
    assert got == {t: t for t in templates.values()}
    queries = {s.path: s.request.url.query for s in sent if s.request is not None}
    assert queries == {t: b"x=1" if p == "/files/q?x=1" else b"" for p, t in templates.items()}
