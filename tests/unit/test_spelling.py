"""How IR types are written as annotations, and the imports each annotation brings (spelling.py,
imports.py): checked on IR values directly, without rendering a package."""

from __future__ import annotations

import pytest

from generator.errors import GeneratorError
from generator.imports import RESOURCE_BLOCKS, TYPE_MODULE_BLOCKS, Imports
from generator.ir import (
    Body,
    Field,
    ListOf,
    LiteralOf,
    MapOf,
    ModelRef,
    Nullable,
    Operation,
    Pagination,
    Primitive,
    Response,
    TupleOf,
    UnionOf,
)
from generator.naming import MODULE_RESERVED, class_name
from generator.spelling import SPELLED_NAMES, Spelling

RUN = ModelRef("types.run", "Run")
EVENT = ModelRef("types.event", "Event")


def spelled(t, request=False, plain=False, module="types.thing", hidden=frozenset()):
    """(annotation, import blocks) of `t` in a type module."""
    spelling = Spelling(module, {"Thing"}, hidden)
    text = spelling.type(t, request=request, plain=plain)
    return text, spelling.imports.blocks(TYPE_MODULE_BLOCKS)


@pytest.mark.parametrize(
    ("name", "expected"),
    [("string", "str"), ("integer", "int"), ("number", "float"), ("boolean", "bool"), ("any", "object")],
)
def test_scalars_are_builtins_and_need_no_import(name: str, expected: str) -> None:
    assert spelled(Primitive(name)) == (expected, [])


def test_a_datetime_read_is_a_datetime_and_one_sent_may_also_be_text() -> None:
    assert spelled(Primitive("date-time")) == ("datetime", ["from datetime import datetime"])
    assert spelled(Primitive("date-time"), request=True) == (
        "Union[str, datetime]",
        ["from datetime import datetime\nfrom typing import Union"],
    )


def test_binary_is_bytes_when_read_and_a_file_when_sent() -> None:
    assert spelled(Primitive("binary")) == ("bytes", [])
    assert spelled(Primitive("binary"), request=True) == ("FileTypes", ["from .._types import FileTypes"])


def test_containers_import_their_typing_names_once() -> None:
    text, blocks = spelled(MapOf(ListOf(TupleOf((Primitive("string"), Primitive("integer"))))))
    assert text == "Dict[str, List[Tuple[str, int]]]"
    assert blocks == ["from typing import Dict, List, Tuple"]


def test_a_tuple_with_more_items_after_its_positions_is_a_list_of_anything() -> None:
    assert spelled(TupleOf((Primitive("string"),), rest=Primitive("integer")))[0] == "List[object]"


def test_enum_values_become_a_literal_unless_one_is_a_float() -> None:
    assert spelled(LiteralOf(("a", 1, True, None))) == (
        "Literal['a', 1, True, None]".replace("'", '"'),
        ["from typing_extensions import Literal"],
    )
    text, blocks = spelled(LiteralOf((1.5, "x")))
    assert text == "Union[int, float, str, bool, None]"
    assert blocks == ["from typing import Union"]


def test_literals_equal_in_python_but_of_other_types_are_spelled_apart() -> None:
    spelling = Spelling("types.thing")
    # True == 1 == 1.0 in Python: nothing may confuse their annotations.
    assert [spelling.type(LiteralOf((v,))) for v in (True, 1, "1")] == ["Literal[True]", "Literal[1]", 'Literal["1"]']


def test_a_class_of_another_module_is_imported_relative_to_this_one() -> None:
    text, blocks = spelled(ListOf(RUN))
    assert text == "List[Run]"
    assert blocks == ["from typing import List", "from .run import Run"]


def test_a_class_of_the_same_module_is_not_imported() -> None:
    assert spelled(RUN, module="types.run") == ("Run", [])


def test_an_imported_class_named_like_one_of_the_modules_own_goes_by_a_prefixed_name() -> None:
    spelling = Spelling("types.thing", {"Run"})
    assert spelling.type(RUN) == "RunRun"
    assert spelling.imports.blocks(TYPE_MODULE_BLOCKS) == ["from .run import Run as RunRun"]


def test_builtins_a_field_hides_are_spelled_through_the_builtins_module() -> None:
    text, blocks = spelled(MapOf(Primitive("string")), hidden=frozenset({"str"}))
    assert text == "Dict[builtins.str, builtins.str]"
    assert blocks == ["import builtins\nfrom typing import Dict"]


def test_a_hidden_datetime_is_spelled_through_the_datetime_module() -> None:
    text, blocks = spelled(Primitive("date-time"), hidden=frozenset({"datetime"}))
    assert text == "_datetime.datetime"
    assert blocks[0].startswith("import datetime as _datetime\n")


def test_null_is_none_and_a_nullable_type_is_optional() -> None:
    assert spelled(Primitive("null"))[0] == "None"
    assert spelled(Nullable(Primitive("integer"))) == ("Optional[int]", ["from typing import Optional"])


def test_an_optional_field_is_optional_once() -> None:
    spelling = Spelling("types.thing")
    assert spelling.field(Field("a", "a", Nullable(Primitive("string")), required=False)) == "Optional[str]"
    assert spelling.field(Field("b", "b", Primitive("string"), required=False)) == "Optional[str]"
    assert spelling.field(Field("c", "c", Primitive("null"), required=False)) == "None"
    assert spelling.field(Field("d", "d", Primitive("any"), required=False)) == "Optional[object]"
    assert spelling.field(Field("e", "e", Primitive("string"), required=True)) == "str"


def test_a_required_typed_dict_key_says_required() -> None:
    spelling = Spelling("types.thing_param")
    assert spelling.key(Field("a", "a", Primitive("date"), required=True)) == "Required[Union[str, date]]"
    assert spelling.key(Field("b", "b", Primitive("date"), required=False)) == "Union[str, date]"


def test_a_discriminated_union_carries_its_discriminator_only_where_pydantic_parses_it() -> None:
    union = UnionOf((RUN, EVENT), discriminator="kind")
    text, blocks = spelled(union)
    assert text == 'Annotated[Union[Run, Event], FieldInfo(discriminator="kind")]'
    assert "from typing_extensions import Annotated\nfrom pydantic import Field as FieldInfo" in blocks
    assert spelled(union, plain=True)[0] == "Union[Run, Event]"
    assert spelled(union, request=True)[0] == "Union[Run, Event]"


def test_a_union_told_apart_by_schema_names_is_tagged() -> None:
    union = UnionOf((RUN, EVENT), tag_property="type", tags=(("run", "Run"), ("event", "Event")))
    text, blocks = spelled(union)
    assert text == (
        'Annotated[Union[Annotated[Run, Tag("Run")], Annotated[Event, Tag("Event")]], '
        'Discriminator(discriminate_by("type", {"run": "Run", "event": "Event"}))]'
    )
    assert blocks[1] == (
        "from typing_extensions import Annotated\nfrom pydantic import Discriminator, Field as FieldInfo, Tag"
    )
    assert blocks[2] == "from .._models import discriminate_by\nfrom .event import Event\nfrom .run import Run"


def test_a_sealed_spelling_refuses_an_annotation_whose_import_was_not_planned() -> None:
    spelling = Spelling("types.thing")
    spelling.type(ListOf(RUN))
    spelling.seal()
    assert spelling.type(ListOf(RUN)) == "List[Run]"  # planned: fine
    with pytest.raises(GeneratorError, match="did not import"):
        spelling.type(MapOf(Primitive("string")))
    with pytest.raises(GeneratorError, match="did not import"):
        spelling.type(EVENT)


def operation(**changes: object) -> Operation:
    values: dict[str, object] = dict(
        name="list",
        http_method="get",
        path="/runs",
        summary="",
        description="",
        parameters=(),
        body=None,
        response=Response("json", ListOf(RUN)),
    )
    values.update(changes)
    return Operation(**values)  # type: ignore[arg-type]


def test_a_paginated_method_returns_pages_of_its_items() -> None:
    op = operation(pagination=Pagination(RUN, "query", "cursor"))
    spelling = Spelling("resources.runs")
    assert spelling.returns(op, "sync") == "SyncCursorPage[Run]"
    assert spelling.returns(op, "async") == "AsyncPaginator[Run, AsyncCursorPage[Run]]"
    assert spelling.imports.blocks(RESOURCE_BLOCKS) == [
        "from .._pagination import AsyncCursorPage, AsyncPaginator, SyncCursorPage\nfrom ..types.run import Run"
    ]


def test_a_method_that_may_stream_returns_either_the_value_or_the_stream() -> None:
    op = operation(response=Response("json", RUN, events=EVENT, stream_field="stream"))
    spelling = Spelling("resources.runs")
    assert spelling.returns(op, "sync") == "Union[Run, Stream[Event]]"
    assert spelling.returns(op, "async", "true") == "AsyncStream[Event]"
    assert spelling.returns(op, "sync", "false") == "Run"
    flag = Field("stream", "stream", Nullable(Primitive("boolean")), required=False)
    assert spelling.stream_flag(flag, "false") == "Optional[Literal[False]] | NotGiven"
    assert spelling.stream_flag(flag, "true") == "Literal[True]"


def test_casts_and_arguments() -> None:
    spelling = Spelling("resources.runs")
    assert spelling.cast_to(operation(response=Response("none", None))) == "type(None)"
    assert spelling.cast_to(operation(response=Response("text", None))) == "str"
    assert spelling.argument(Primitive("integer"), required=False) == "int | NotGiven"
    body = Body("binary", "application/octet-stream", required=False)
    assert spelling.content(body, required=False) == "FileContent | NotGiven"
    assert spelling.imports.blocks(RESOURCE_BLOCKS) == ["from .._types import NotGiven, FileContent"]


def test_import_lines_too_long_for_one_line_take_one_name_per_line() -> None:
    imports = Imports("types.thing")
    for i in range(12):
        imports.add(f"types.some_module_{i:02}", f"ClassNumber{i:02}")
        imports.add("types.big", f"LongClassName{i:02}")
    lines = imports.blocks(TYPE_MODULE_BLOCKS)[0].split("\n")
    assert lines[0] == "from .big import ("
    assert lines[1] == "    LongClassName00,"
    assert lines[13] == ")"
    assert lines[14] == "from .some_module_00 import ClassNumber00"


def test_runtime_names_keep_their_declared_order_and_library_names_sort_ignoring_case() -> None:
    imports = Imports("resources.runs")
    for name in ("RequestOptions", "FileTypes", "NOT_GIVEN"):
        imports.add("_types", name)
    for name in ("overload", "Dict", "cast", "TYPE_CHECKING"):
        imports.add("typing", name)
    assert imports.blocks(RESOURCE_BLOCKS) == [
        "from typing import cast, Dict, overload, TYPE_CHECKING",
        "from .._types import NOT_GIVEN, FileTypes, RequestOptions",
    ]


def test_an_unknown_module_or_runtime_name_is_an_internal_error() -> None:
    with pytest.raises(ValueError):
        Imports("types.thing").add("os", "path")
    with pytest.raises(ValueError):
        Imports("types.thing").add("_types", "Nope")


def test_no_class_may_take_a_name_an_annotation_spells() -> None:
    spelled_names = {name for names in SPELLED_NAMES.values() for name in names}
    assert spelled_names <= MODULE_RESERVED
    for name in ("Dict", "Optional", "FileTypes", "AsyncPaginator"):
        assert class_name(name) != name
