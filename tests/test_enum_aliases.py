"""Named enums are importable `Literal` aliases, and deprecated operations warn when called.

tests/fixtures/enum_aliases.yaml is generated once into a temporary folder and imported. Its enums
are reached every way the builder must follow (`$ref`, an `allOf` wrapper, array items of a query
parameter, a request body's property, a whole array body, a nested request object, a response
model) and come in every value kind (strings, integers, mixed, floats, nullable); one's class-like
name is an object's too. The rule under test (generator/build_enums.py): every named enum gets
`Name: TypeAlias = Literal[...]` in `types/<name>.py`, exported lazily from `types/`; what the
client sends is annotated with the name; response models spell the values out, as the seed's
`Run` does.
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
import subprocess
import sys
import textwrap
import typing
import warnings
from pathlib import Path
from types import ModuleType
from typing import Iterator

import pytest
import typing_extensions
from typing_extensions import Literal

from generator.build import build_package
from generator.config import Config
from generator.ir import AliasRef, LiteralOf, Nullable, Operation, Response
from generator.documents import DocumentSet
from generator.render_context import deprecation_message
from tests import golden_tool
from tests.http_servers import RecordingServer
from tests.support import GENERATED

STEM = "enum_aliases"
PACKAGE = f"{STEM}_client"
LEGACY_WARNING = "GET /gadgets/legacy is deprecated: Use `gadgets.list` instead; this one goes away in 2.0."


@pytest.fixture(scope="module")
def output(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("enum-aliases")
    golden_tool.generate_fixture(STEM, folder)
    sys.path.insert(0, str(folder))
    try:
        yield folder
    finally:
        sys.path.remove(str(folder))
        for name in [m for m in sys.modules if m == PACKAGE or m.startswith(f"{PACKAGE}.")]:
            del sys.modules[name]


@pytest.fixture(scope="module")
def package(output: Path) -> ModuleType:
    return importlib.import_module(PACKAGE)


def module(dotted: str) -> ModuleType:
    return importlib.import_module(f"{PACKAGE}.{dotted}")


def source(output: Path, relative: str) -> str:
    return (output / PACKAGE / relative).read_text(encoding="utf-8")


# --- the aliases ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, own_module, values",
    [
        ("Color", "color", ("red", "green", "blue")),
        ("Priority", "priority", (1, 2, 3)),  # integers
        ("Mode", "mode", ("auto", 0, 1, True)),  # mixed
        ("Shade", "shade", ("light", "dark")),  # null is the argument's Optional, not an alias value
        ("Phase", "phase", ("draft", "live")),  # used by a response model only: named all the same
        ("Status2", "status_2", ("on", "off")),  # `Status` is an object's class
    ],
)
def test_each_named_enum_is_a_literal_alias_exported_from_types(
    package: ModuleType, name: str, own_module: str, values: tuple[object, ...]
) -> None:
    types = module("types")
    assert name in types.__all__
    alias = getattr(types, name)
    assert typing_extensions.get_origin(alias) is Literal
    assert typing_extensions.get_args(alias) == values
    defined_in = module(f"types.{own_module}")
    assert defined_in.__all__ == [name] and getattr(defined_in, name) is alias


def test_a_class_keeps_its_name_and_floats_get_no_alias(package: ModuleType) -> None:
    types = module("types")
    assert isinstance(types.Status, type) and types.Status.__name__ == "Status"
    assert "Ratio" not in types.__all__  # `Literal` cannot hold 0.5: the argument stays a union
    parameters = inspect.signature(module("resources.gadgets").GadgetsResource.list).parameters
    assert parameters["ratio"].annotation == "Union[int, float, str, bool, None] | NotGiven"


def test_the_types_package_imports_an_alias_module_only_when_asked(output: Path) -> None:
    code = textwrap.dedent(f"""
        import sys
        import {PACKAGE}.types as types
        assert "{PACKAGE}.types.color" not in sys.modules
        from {PACKAGE}.types import Color
        assert "{PACKAGE}.types.color" in sys.modules and "Color" in dir(types)
    """)
    subprocess.run([sys.executable, "-c", code], cwd=output, check=True, timeout=60)


# --- who uses the name ----------------------------------------------------------------------


def test_arguments_and_request_bodies_name_the_alias(package: ModuleType, output: Path) -> None:
    for resource in (module("resources.gadgets").GadgetsResource, module("resources.gadgets").AsyncGadgetsResource):
        annotations = {
            name: parameter.annotation
            for method in (resource.list, resource.create, resource.set_palette)
            for name, parameter in inspect.signature(method).parameters.items()
        }
        assert annotations["colors"] == "List[Color] | NotGiven"  # array items of a query parameter
        assert annotations["priority"] == "Priority | NotGiven"  # through `allOf: [$ref]`
        assert annotations["mode"] == "Mode | NotGiven"
        assert annotations["shade"] == "Optional[Shade] | NotGiven"
        assert annotations["state"] == "Status2 | NotGiven"
        assert annotations["color"] == "Color"  # a body property, through `allOf: [$ref]`
        assert annotations["spare_colors"] == "List[Color] | NotGiven"
        assert annotations["body"] == "List[Color]"  # a whole array body
    assert "Literal[" not in source(output, "resources/gadgets.py")
    spec_param = module("types.gadget_spec_param").GadgetSpecParam
    assert "    color: Color\n\n    priority: Priority\n" in source(output, "types/gadget_spec_param.py")
    hints = typing.get_type_hints(spec_param)
    assert hints["color"] == Literal["red", "green", "blue"]


def test_response_models_spell_the_values_out(package: ModuleType, output: Path) -> None:
    text = source(output, "types/gadget.py")
    assert 'color: Literal["red", "green", "blue"]\n' in text
    assert 'phase: Optional[Literal["draft", "live"]] = None\n' in text
    gadget = module("types").Gadget.model_validate({"id": "g1", "color": "green", "phase": "live"})
    assert (gadget.color, gadget.phase) == ("green", "live")


def test_the_builder_names_only_named_schemas(tmp_path: Path) -> None:
    """An enum a `$ref` reaches inside a property (not a schema of its own) stays inline."""
    spec = tmp_path / "spec.yaml"
    spec.write_text(textwrap.dedent("""
        openapi: 3.0.3
        info: {title: T, version: "1"}
        paths:
          /things:
            get:
              parameters:
                - {name: kind, in: query, schema: {$ref: "#/components/schemas/Thing/properties/kind"}}
                - {name: size, in: query, schema: {$ref: "#/components/schemas/Size"}}
              responses:
                "204": {description: ok}
        components:
          schemas:
            Size: {type: string, nullable: true, enum: [S, M]}
            Thing:
              type: object
              properties:
                kind: {type: string, enum: [a, b]}
    """))
    package = build_package(DocumentSet(spec), Config(), [])
    ((_, op),) = package.all_operations()
    kind, size = op.parameters
    assert kind.type == LiteralOf(("a", "b"))
    assert size.type == Nullable(AliasRef("types.size", "Size", LiteralOf(("S", "M"))))
    assert [a.name for m in package.type_modules for a in m.aliases] == ["Size"]


# --- type checking --------------------------------------------------------------------------

USAGE = """
from typing import List

from {package} import Client
from {package}.types import Color, Priority, Status2

palette: List[Color] = ["red", "blue"]
urgent: Priority = 3
client = Client(base_url="http://127.0.0.1:9")
client.gadgets.set_palette(body=palette)
client.gadgets.list(colors=palette, priority=urgent, state="off", shade=None)
client.gadgets.create(color=palette[0], spec={{"color": "green", "priority": 1}})
"""

WRONG = {
    'client.gadgets.create(color="purple")': "arg-type",
    "client.gadgets.list(priority=4)": "arg-type",
    'late: Status2 = "maybe"': "assignment",
}


def test_the_aliases_type_check_under_mypy_strict(output: Path) -> None:
    wrong = "\n".join(WRONG)
    (output / "usage.py").write_text(USAGE.format(package=PACKAGE), encoding="utf-8")
    (output / "wrong.py").write_text(USAGE.format(package=PACKAGE) + wrong + "\n", encoding="utf-8")
    command = [sys.executable, "-m", "mypy", "--strict", "--no-color-output", "--show-error-codes"]
    command += ["--cache-dir", str(output / ".mypy_cache")]
    good = subprocess.run([*command, PACKAGE, "usage.py"], cwd=output, capture_output=True, text=True)
    assert good.returncode == 0, good.stdout + good.stderr
    bad = subprocess.run([*command, "wrong.py"], cwd=output, capture_output=True, text=True)
    errors = [line for line in bad.stdout.splitlines() if ": error:" in line]
    assert len(errors) == len(WRONG), bad.stdout
    for (_, code), error in zip(WRONG.items(), errors):
        assert f"[{code}]" in error


# --- deprecated operations ------------------------------------------------------------------


def test_a_deprecated_operation_warns_when_called_sync_and_async(package: ModuleType) -> None:
    gadget = {"id": "g1", "color": "red"}
    with RecordingServer() as server:
        server.reply([gadget], [gadget], [gadget])
        client = package.Client(base_url=server.url, max_retries=0)
        with pytest.warns(DeprecationWarning) as caught:
            (legacy,) = client.gadgets.list_legacy()
        assert [str(w.message) for w in caught] == [LEGACY_WARNING]
        assert caught[0].filename == __file__  # attributed to the caller's line
        with warnings.catch_warnings():
            warnings.simplefilter("error", DeprecationWarning)
            (current,) = client.gadgets.list(colors=["red", "blue"], priority=2)
        client.close()

        async def call_async() -> object:
            async with package.AsyncClient(base_url=server.url, max_retries=0) as async_client:
                with pytest.warns(DeprecationWarning, match="GET /gadgets/legacy is deprecated"):
                    (found,) = await async_client.gadgets.list_legacy()
                return found

        async_legacy = asyncio.run(call_async())
    assert legacy.color == current.color == async_legacy.color == "red"  # the call itself unchanged
    assert [r.path for r in server.requests] == ["/gadgets/legacy", "/gadgets", "/gadgets/legacy"]
    assert server.requests[1].raw_query == "colors=red&colors=blue&priority=2"
    assert package.resources.gadgets.GadgetsResource.list_legacy.__deprecated__ == LEGACY_WARNING


def test_the_deprecation_message_is_one_line_and_says_what_to_use() -> None:
    def op(description: str, summary: str = "") -> Operation:
        return Operation("old", "post", "/old", summary, description, (), None, Response("none", None), deprecated=True)

    assert deprecation_message(op("Old.\n\nPlease use\n`new()`   instead.")) == (
        "POST /old is deprecated: Please use `new()` instead."
    )
    assert deprecation_message(op("", "Superseded by /new")) == "POST /old is deprecated: Superseded by /new"
    assert deprecation_message(op("Creates a thing.")) == "POST /old is deprecated."
    long = deprecation_message(op("Use " + "x" * 500))
    assert "\n" not in long and len(long) < 250 and long.endswith("...")


# --- the committed client --------------------------------------------------------------------


def test_the_committed_client_names_run_select_field() -> None:
    package = GENERATED / "langsmith_openapi_client"
    runs = (package / "resources" / "runs.py").read_text(encoding="utf-8")
    assert runs.count("selects: List[RunSelectField] | NotGiven = NOT_GIVEN,") == 6  # 3 methods, sync and async
    assert "Literal[" not in runs
    run = (package / "types" / "run.py").read_text(encoding="utf-8")
    assert "run_type: Optional[Literal['TOOL', 'CHAIN', 'LLM', 'RETRIEVER', 'EMBEDDING', 'PROMPT', 'PARSER']]" in (
        run.replace('"', "'")
    )
    assert "status: Optional[Literal['SUCCESS', 'ERROR', 'PENDING']]" in run.replace('"', "'")
