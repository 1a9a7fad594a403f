"""Property-based fuzzing: documents built from arbitrary text still give safe, exact code.

Hypothesis builds OpenAPI documents whose names, texts and values are arbitrary Unicode mixed with
the fragments that break generated code most often (quotes, backslashes, line breaks of every kind,
NUL, template syntax, keywords, dunders). For each document the generator must succeed, every file
must parse, call no `__import__`/`exec`/`eval`, import without running anything (a sentinel file is
never created), and the enum values, consts and defaults of the imported models, the path templates
and the parameter names of the generated requests must equal the spec's exactly.

Runs are deterministic (`derandomize=True`, no example database), so CI sees the same examples
every time: `EXAMPLES` in total across the tests below.
"""

from __future__ import annotations

import ast
import importlib.util
import keyword
import re
import tempfile
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.build_operations import IGNORED_HEADERS
from tests.hostile import (
    document,
    fields_by_api_name,
    generate_doc,
    imported,
    literal_values,
    model_classes,
    no_injected_code,
    python_files,
    same_value,
    touch_code,
)

SENTINEL_DIR = Path("/tmp") / "openapi-fuzz-sentinel"
SENTINEL = SENTINEL_DIR / "INJECTED"
TOUCH = touch_code(SENTINEL)

FRAGMENTS = [
    '"""', "'''", '"', "'", "\\", "\\\\", "\n", "\r", "\r\n", "\t", "\x00", "\x0b", "\x0c", "\x1c", "\x85",
    "\u2028", "\u2029", "\u202e", "\ufeff", "{{", "}}", "{%", "%}", "{#", "#}", "{", "}", "#", "*/", "/*",
    "%s", "%(x)s", "~0", "~1", "/", ".", "..", "-", "_", "__", "__init__", "__class__", "0", "1e5", " ",
    "é", "日本", "ß", "İ", TOUCH, f"\n{TOUCH}\n", f'"""\n{TOUCH}\n"""', *keyword.kwlist, "match", "type",
    "object", "self", "cls", "None",
]  # fmt: skip

SETTINGS = dict(
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)
EXAMPLES = {"documents": 100, "values": 60, "yaml": 30}

hostile_text = st.one_of(
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=12),
    st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=4).map("".join),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=3)), max_size=4).map("".join),
)
names = st.lists(hostile_text, min_size=1, max_size=4, unique=True)
json_scalars = st.one_of(
    hostile_text,
    st.integers(min_value=-(2**70), max_value=2**70),
    st.booleans(),
    st.none(),
    st.floats(allow_nan=False, allow_infinity=False),
)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(hostile_text, inner, max_size=3)),
    max_leaves=6,
)
enum_values = st.one_of(
    st.lists(hostile_text, min_size=1, max_size=5, unique=True),
    st.lists(st.integers(min_value=-1000, max_value=1000), min_size=1, max_size=4, unique=True),
    st.lists(st.one_of(hostile_text, st.integers(-5, 5)), min_size=1, max_size=5, unique_by=lambda v: (type(v), v)),
)


@pytest.fixture(autouse=True)
def sentinel_never_created() -> Any:
    SENTINEL_DIR.mkdir(exist_ok=True)
    SENTINEL.unlink(missing_ok=True)
    yield
    assert not SENTINEL.exists(), "an injected statement ran: the sentinel file was created"


@st.composite
def documents(draw: Any) -> dict[str, Any]:
    schemas: dict[str, Any] = {}
    for schema_name in draw(names):
        properties = {}
        for prop in draw(names):
            kind = draw(st.sampled_from(["string", "enum", "const", "default", "array", "object"]))
            schema: dict[str, Any] = {"description": draw(hostile_text)}
            if kind == "string":
                schema["type"] = "string"
            elif kind == "enum":
                schema["enum"] = draw(enum_values)
            elif kind == "const":
                schema["const"] = draw(st.one_of(hostile_text, st.integers(-10, 10), st.booleans()))
            elif kind == "default":
                schema["default"] = draw(json_values)
            elif kind == "array":
                schema.update(type="array", items={"type": "string", "enum": draw(enum_values)})
            else:
                schema.update(type="object", properties={draw(hostile_text): {"type": "integer"}})
            properties[prop] = schema
        schemas[schema_name] = {
            "type": "object",
            "title": draw(hostile_text),
            "description": draw(hostile_text),
            "properties": properties,
        }
    paths: dict[str, Any] = {}
    for index, segment in enumerate(draw(names)):
        parameters = [
            {"name": name, "in": location, "schema": {"type": "string"}, "description": draw(hostile_text)}
            for name in draw(names)
            for location in draw(st.lists(st.sampled_from(["query", "header", "cookie"]), max_size=2, unique=True))
        ]
        operation = {
            "operationId": draw(hostile_text),
            "summary": draw(hostile_text),
            "description": draw(hostile_text),
            "tags": draw(st.lists(hostile_text, max_size=2)),
            "parameters": parameters,
            "responses": {"200": {"description": draw(hostile_text)}},
        }
        paths[f"/{index}/{segment}"] = {draw(st.sampled_from(["get", "post", "put", "delete"])): operation}
    return document(
        info={"title": draw(hostile_text), "version": draw(hostile_text), "description": draw(hostile_text)},
        servers=[{"url": "https://api.example.com/" + draw(hostile_text)}],
        tags=[{"name": name, "description": draw(hostile_text)} for name in draw(names)],
        paths=paths,
        webhooks={name: {"post": {"responses": {"200": {"description": "ok"}}}} for name in draw(names)},
        components={"schemas": schemas},
    )


def check_generated(doc: dict[str, Any], fmt: str = "json") -> None:
    with tempfile.TemporaryDirectory(prefix="fuzz-") as folder:
        run = generate_doc(Path(folder), doc, fmt=fmt)
        assert run.code == 0, run.err
        (package,) = run.packages
        if importlib.util.find_spec(package.name) is not None:
            return  # the derived name is taken by something installed; nothing to import safely
        for file in python_files(package):
            source = file.read_text(encoding="utf-8")
            ast.parse(source)
            assert not no_injected_code(source), file
        with imported(run.output, package.name) as modules:
            check_models(doc, fields_by_api_name(model_classes(modules)))
            check_request_specs(doc, modules, package.name)


def check_models(doc: dict[str, Any], fields: dict[str, list[tuple[type, Any]]]) -> None:
    """Every enum/const/default of the spec is held, exactly, by a model field of that API name."""
    for schema in doc["components"]["schemas"].values():
        for api_name, prop in schema["properties"].items():
            candidates = fields.get(api_name, [])
            assert candidates, f"no model field for the property {api_name!r}"
            if "enum" in prop or "const" in prop:
                wanted = tuple(prop["enum"]) if "enum" in prop else (prop["const"],)
                # Compared as multisets: typing caches Literal[...] objects and treats two with the
                # same values in another order as equal, so within one process `Literal["", "Y"]`
                # can come back as an earlier `Literal["Y", ""]` (the generated source keeps the
                # spec's order; the golden trees check that byte for byte).
                assert any(
                    (values := literal_values(info.annotation)) is not None
                    and len(values) == len(wanted)
                    and all(any(same_value(a, b) for a in values) for b in wanted)
                    and all(any(same_value(a, b) for b in wanted) for a in values)
                    for _, info in candidates
                ), f"{api_name!r}: no field has Literal{wanted!r}: {[i.annotation for _, i in candidates]}"
            if "default" in prop:
                assert any(
                    same_value(info.default, prop["default"]) for _, info in candidates
                ), f"{api_name!r}: no field has the default {prop['default']!r}"


def check_request_specs(doc: dict[str, Any], modules: dict[str, Any], package: str) -> None:
    """The generated `RequestSpec`s name the spec's paths, methods and parameter names exactly."""
    wanted = []
    for path, item in doc["paths"].items():
        # A `?` in the path starts a literal query, sent as query parameters.
        template, _, literal_query = path.partition("?")
        for method, op in item.items():
            params = {(p["in"], p["name"]) for p in op["parameters"]}
            params = {
                (where, name) for where, name in params if not (where == "header" and name.lower() in IGNORED_HEADERS)
            }
            params |= {("path", name) for name in re.findall(r"{([^{}]+)}", template)}
            literal = [("query", name) for name, _ in parse_qsl(literal_query, keep_blank_values=True)]
            wanted.append((method, template, tuple(sorted([*params, *literal]))))
    got = []
    for name, module in modules.items():
        if name.startswith(f"{package}.resources."):
            tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
            got.extend(
                request_spec_of(call)
                for call in ast.walk(tree)
                if isinstance(call, ast.Call) and getattr(call.func, "id", "") == "RequestSpec"
            )
    # The sync and the async class each build one RequestSpec per operation.
    assert sorted(got) == sorted(wanted * 2), (sorted(got), sorted(wanted))


def request_spec_of(call: ast.Call) -> tuple[str, str, tuple[tuple[str, str], ...]]:
    """`RequestSpec("get", "/path", path_params=(path_param("id", id),), ...)` as (method, path, params)."""
    method, path = (ast.literal_eval(arg) for arg in call.args[:2])
    params = []
    for keyword_ in call.keywords:
        if keyword_.arg and keyword_.arg.endswith("_params") and isinstance(keyword_.value, ast.Tuple):
            where = keyword_.arg[: -len("_params")]
            for param in keyword_.value.elts:
                assert isinstance(param, ast.Call)
                # Each location has its own factory: a path parameter built by query_param would be a bug.
                assert getattr(param.func, "id", "") == f"{where}_param", ast.unparse(param)
                params.append((where, ast.literal_eval(param.args[0])))
    return method, path, tuple(sorted(params))


@pytest.mark.slow
@settings(max_examples=EXAMPLES["documents"], **SETTINGS)  # type: ignore[arg-type]
@given(documents())
def test_fuzzed_documents_generate_safe_exact_code(doc: dict[str, Any]) -> None:
    check_generated(doc)


@settings(max_examples=EXAMPLES["values"], **SETTINGS)  # type: ignore[arg-type]
@given(
    st.lists(
        st.tuples(hostile_text, enum_values, json_values, st.one_of(hostile_text, st.integers(), st.booleans())),
        min_size=1,
        max_size=6,
        unique_by=lambda t: t[0],
    )
)
@pytest.mark.slow
def test_fuzzed_enum_const_and_default_values_are_exact(properties: list[tuple[str, list[Any], Any, Any]]) -> None:
    schema_properties: dict[str, Any] = {}
    for index, (name, enum, default, const) in enumerate(properties):
        schema_properties[name] = {"enum": enum}
        schema_properties[f"default {index}"] = {"default": default}
        schema_properties[f"const {index}"] = {"const": const}
    doc = document(components={"schemas": {"Values": {"type": "object", "properties": schema_properties}}})
    check_generated(doc)


@pytest.mark.slow
@settings(max_examples=EXAMPLES["yaml"], **SETTINGS)  # type: ignore[arg-type]
@given(documents())
def test_fuzzed_yaml_documents_generate_safe_exact_code(doc: dict[str, Any]) -> None:
    import yaml

    text = yaml.safe_dump(doc, allow_unicode=True)
    if yaml.safe_load(text) != doc:
        return  # a string PyYAML cannot round-trip; the JSON test covers that document
    check_generated(doc, fmt="yaml")


# --- malformed structure: any node of a real document replaced by any JSON value --------------------

FIXTURES = Path(__file__).resolve().parent / "fixtures"
ERROR_LINE = re.compile(r"^(?P<file>.+?):(?P<line>\d+):(?P<col>\d+): error: (?P<pointer>#|/[^:]*): (?P<message>.+)$")


def _fixture_documents() -> list[dict[str, Any]]:
    import yaml

    from generator.parse import Limits, read_document

    docs = []
    for path in sorted(FIXTURES.glob("*.yaml")):
        if path.name.endswith(".config.yaml"):
            continue
        data = read_document(path, path.name, Limits()).data
        if (
            isinstance(data, dict)
            and "openapi" in data
            and not any(isinstance(v, str) and ".yaml#" in v for v in yaml.safe_dump(data).split())
        ):
            docs.append(data)
    return docs


FIXTURE_DOCUMENTS = _fixture_documents()


def _pointers(data: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(data, dict):
        for key, value in data.items():
            found.extend(_pointers(value, (*prefix, key)))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found.extend(_pointers(value, (*prefix, index)))
    return found


@st.composite
def malformed_documents(draw: Any) -> dict[str, Any]:
    import copy

    doc = copy.deepcopy(draw(st.sampled_from(FIXTURE_DOCUMENTS)))
    for _ in range(draw(st.integers(1, 3))):
        pointers = [p for p in _pointers(doc) if p and p[0] != "openapi"]
        where = draw(st.sampled_from(pointers))
        parent = doc
        for token in where[:-1]:
            parent = parent[token]
        parent[where[-1]] = draw(
            st.one_of(json_values, st.sampled_from([{}, [], None, "", 0, True, {"$ref": "#/nowhere"}]))
        )
    return doc


EXAMPLES["malformed"] = 60


@pytest.mark.slow
@settings(max_examples=EXAMPLES["malformed"], **SETTINGS)  # type: ignore[arg-type]
@given(malformed_documents())
def test_malformed_documents_generate_or_fail_with_one_clear_line(doc: dict[str, Any]) -> None:
    """Whatever node is replaced by whatever value: exit 0 and code that imports, or exit 1 with
    one `FILE:LINE:COL: error: POINTER: message` line; never an exception or an internal error."""
    with tempfile.TemporaryDirectory(prefix="malformed-") as folder:
        run = generate_doc(Path(folder), doc)
        if run.code == 0:
            (package,) = run.packages
            for file in python_files(package):
                ast.parse(file.read_text(encoding="utf-8"))
            if importlib.util.find_spec(package.name) is None:
                with imported(run.output, package.name):
                    pass
            return
        assert run.code == 1, run.err
        errors = run.error_lines()
        assert len(errors) == 1 and ERROR_LINE.match(errors[0]), run.err
        assert "internal error" not in errors[0], errors[0]
        assert not run.output.exists()
