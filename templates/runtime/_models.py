"""The base class of every generated model, and lenient validation of responses.

Responses are validated by pydantic-core as usual. Only when that fails (the API is ahead of
the spec: a new enum value, a null where the spec says string, a new field shape) does the
model fall back to checking its fields one by one, keeping every value that does not fit as
it was received, so that a client built from last month's spec keeps working.

Why not a `model_validator(mode="wrap")` on BaseModel: it runs a Python function for every
model instance, which measured 65% slower on valid data (a Run-sized model, 5,000 rows),
and inside a `Union[Cat, Dog]` it made the first member accept every dict. So the model's own
schema stays pure pydantic-core, and the wrap validators are added only to the types used on
the fallback path (`_lenient_annotation`), which runs only for data that already failed.
For the same reason `_request_id` is a plain attribute, not a pydantic private attribute: those
make pydantic call Python code for every instance, nested ones included.

Lenient inside, strict at the top: a body whose JSON kind cannot be the declared type at all
(an array where `Run` is declared, `null` where a list is) is not "the API is ahead of the
spec" but something else answering (`body_fits` tells; the caller raises).
"""

from __future__ import annotations

import contextlib
import datetime
import enum
import functools
import gc
import json
import types
import typing
from typing import TYPE_CHECKING, Any, Callable, ClassVar, Dict, FrozenSet, Iterator, List, Mapping, Optional
from typing import Sequence, Set, Union

import pydantic
import pydantic_core
import typing_extensions
from pydantic import ConfigDict, TypeAdapter, ValidationError
from pydantic.fields import FieldInfo
from typing_extensions import Annotated, Literal, Self, get_args, get_origin

__all__ = [
    "BaseModel",
    "validate_type",
    "validate_items",
    "construct_type",
    "discriminate_by",
    "decode_json",
    "body_fits",
    "json_kind",
    "attach_request_id",
    "collection_paused",
]

_ModelT = typing.TypeVar("_ModelT", bound="BaseModel")

# typing_extensions has its own Literal/Annotated on some Python versions; generated code
# may use either module's.
_LITERALS = (typing.Literal, typing_extensions.Literal)
_ANNOTATED = (typing.Annotated, typing_extensions.Annotated)


class _Config:
    """The pydantic-v1 style view of `model_config`, for code and documentation that look
    for `Model.Config`. pydantic v2 reads `model_config`; this class only describes it.
    """

    extra = "allow"
    populate_by_name = True
    protected_namespaces = ()
    arbitrary_types_allowed = False
    defer_build = True


class BaseModel(pydantic.BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        protected_namespaces=(),
        arbitrary_types_allowed=False,
        defer_build=True,
    )

    if TYPE_CHECKING:
        # Attached below the class; declared here so type checkers know about it.
        Config: ClassVar[type[_Config]]

        _request_id: Optional[str]
        """The `x-request-id` header of the response this model came from (None when the
        response had none, or the model was not returned by a method): quote it when
        reporting a problem with a call. Never part of `to_dict()`/`to_json()`."""

    @classmethod
    def construct(cls, _fields_set: Optional[Set[str]] = None, **values: Any) -> Self:
        """A model from trusted data, without validation: nested dicts and lists become the
        nested model classes their fields declare (pydantic's own `model_construct` would keep
        them as dicts); API names and Python names are both accepted; unknown keys are kept."""
        return _construct_nested(cls, values, _fields_set)

    # The same for code written against pydantic's name (as the public LangSmith client has it).
    model_construct = construct

    @classmethod
    def model_validate(cls, obj: Any, **kwargs: Any) -> Self:
        """Validate `obj`; data the spec did not foresee is kept as received instead of raising
        (only input that is not a mapping at all still raises `ValidationError`)."""
        try:
            return super().model_validate(obj, **kwargs)
        except ValidationError:
            if not isinstance(obj, Mapping):
                raise
            return cls._construct_leniently(obj)

    @classmethod
    def model_validate_json(cls, json_data: str | bytes | bytearray, **kwargs: Any) -> Self:
        try:
            return super().model_validate_json(json_data, **kwargs)
        except ValidationError:
            try:
                data = json.loads(json_data)
            except ValueError:
                data = None
            if not isinstance(data, Mapping):
                raise
            return cls._construct_leniently(data)

    @classmethod
    def _construct_leniently(cls, data: Mapping[str, Any]) -> Self:
        remaining: Dict[str, Any] = dict(data)
        values: Dict[str, Any] = {}
        fields_set: set[str] = set()
        for name, field in cls.model_fields.items():
            key = _input_key(name, field, remaining)
            if key is None:
                if field.is_required():
                    # Absent in the data: None reads better than an AttributeError, and the
                    # field stays out of fields_set so dumps with exclude_unset omit it.
                    values[name] = None
                continue
            values[name] = _validate_or_keep(_field_adapter(cls, name), remaining.pop(key))
            fields_set.add(name)
        for key, value in remaining.items():
            # An extra key spelled like a field's Python name cannot be kept.
            if key not in values:
                values[key] = value
                fields_set.add(key)  # pydantic counts extra keys as set, too
        return _construct_flat(cls, fields_set, values)

    @classmethod
    def _could_be(cls, data: Mapping[str, Any]) -> bool:
        """Whether `data` may be this model rather than another member of a union: its
        required fields are present and its tag fields (one-value Literals) match."""
        for name, field in cls.model_fields.items():
            key = _input_key(name, field, data)
            if key is None:
                if field.is_required():
                    return False
                continue
            tag = _literal_tag(field.annotation)
            if tag and data[key] != tag[0]:
                return False
        return True

    def to_dict(
        self,
        *,
        mode: Literal["json", "python"] = "python",
        use_api_names: bool = True,
        exclude_unset: bool = True,
        exclude_defaults: bool = False,
        exclude_none: bool = False,
        warnings: bool = True,
    ) -> dict[str, object]:
        # One line, so the reference docs show the sentence as it stands.
        """Recursively generate a dictionary representation of the model, optionally specifying which fields to include or exclude."""
        return self.model_dump(
            mode=mode,
            by_alias=use_api_names,
            exclude_unset=exclude_unset,
            exclude_defaults=exclude_defaults,
            exclude_none=exclude_none,
            warnings=warnings,
        )

    def to_json(
        self,
        *,
        indent: int | None = 2,
        use_api_names: bool = True,
        exclude_unset: bool = True,
        exclude_defaults: bool = False,
        exclude_none: bool = False,
        warnings: bool = True,
    ) -> str:
        """Generates a JSON string representing this model as it would be received from or sent to the API (but with indentation)."""
        return self.model_dump_json(
            indent=indent,
            by_alias=use_api_names,
            exclude_unset=exclude_unset,
            exclude_defaults=exclude_defaults,
            exclude_none=exclude_none,
            warnings=warnings,
        )


# pydantic v2 rejects a class body that defines both `Config` and `model_config`, and it only
# looks at the body being created, so attaching it afterwards keeps `Run.Config` visible
# without affecting how subclasses are built.
BaseModel.Config = _Config
# Set after the class is built for the same reason: in the class body pydantic would make it a
# private attribute (a per-instance hook, see the module docstring). As a class attribute it is
# the default every instance reads until `attach_request_id` sets its own, in the instance's
# `__dict__`, which pydantic neither dumps nor compares.
type.__setattr__(BaseModel, "_request_id", None)


def attach_request_id(value: object, request_id: Optional[str]) -> None:
    """Record the response's request id on a returned model (or on each model of a list)."""
    for item in value if isinstance(value, list) else (value,):
        if isinstance(item, BaseModel):
            # Straight into the instance dict: pydantic's __setattr__ costs ~1 us per item.
            item.__dict__["_request_id"] = request_id


def _input_key(name: str, field: FieldInfo, data: Mapping[str, Any]) -> str | None:
    """The key of `data` that holds the field: its API name first, then its Python name."""
    for key in (field.validation_alias, field.alias, name):
        if isinstance(key, str) and key in data:
            return key
    return None


def _literal_tag(annotation: Any) -> tuple[Any, ...]:
    """`(value,)` when the annotation is `Literal[value]` (optionally Optional), else `()`."""
    args = [a for a in get_args(annotation) if a is not type(None)]
    if get_origin(annotation) in (Union, types.UnionType) and len(args) == 1:
        annotation = args[0]
    if get_origin(annotation) in _LITERALS and len(get_args(annotation)) == 1:
        return get_args(annotation)
    return ()


def _annotated(annotation: Any, metadata: Sequence[Any]) -> Any:
    # Built from a tuple: `Annotated[x, *metadata]` is Python 3.11+ syntax.
    params = (annotation, *metadata)
    return Annotated[params]


def _lenient_model(
    model: type[BaseModel],
    in_union: bool,
    value: Any,
    handler: pydantic.ValidatorFunctionWrapHandler,
) -> Any:
    try:
        return handler(value)
    except ValidationError:
        if in_union:
            # Only a plausible member may take the data leniently; otherwise the first
            # member would swallow data meant for the others (and non-dicts fail over
            # to the other members, or make the union keep the raw value).
            if isinstance(value, Mapping) and model._could_be(value):
                return model._construct_leniently(value)
            raise
        if isinstance(value, Mapping):
            return model._construct_leniently(value)
        return value  # one odd item must not cost its siblings in a list


def _keep_raw_on_error(value: Any, handler: pydantic.ValidatorFunctionWrapHandler) -> Any:
    try:
        return handler(value)
    except ValidationError:
        return value


_KEEP_RAW = pydantic.WrapValidator(_keep_raw_on_error)


def _lenient_annotation(annotation: Any, in_union: bool = False) -> Any:
    """`annotation` with every BaseModel in it wrapped in a validator that falls back to
    `_construct_leniently`, so one bad item in a `List[Event]` does not lose the others.
    """
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        wrap = functools.partial(_lenient_model, annotation, in_union)
        return Annotated[annotation, pydantic.WrapValidator(wrap)]
    origin, args = get_origin(annotation), get_args(annotation)
    if origin is None or origin in _LITERALS or not args:
        return annotation
    if origin in _ANNOTATED:
        inner = _lenient_annotation(args[0], in_union)
        return annotation if inner is args[0] else _annotated(inner, args[1:])
    is_union = origin in (Union, types.UnionType)
    # Optional[X] is a union, but not a choice between models.
    choice = is_union and sum(arg is not type(None) for arg in args) > 1
    new_args = tuple(_lenient_annotation(arg, choice) for arg in args)
    if origin in (list, dict):
        # Each item (each map value) stands alone: one that fails is kept as received, and
        # its siblings are still validated (e.g. an unknown member of a discriminated union).
        new_args = (*new_args[:-1], _annotated(new_args[-1], (_KEEP_RAW,)))
    if all(new is old for new, old in zip(new_args, args)):
        return annotation
    if is_union:
        return Union[new_args]
    try:
        return origin[new_args]  # list[...], dict[...], collections.abc.Sequence[...]
    except TypeError:
        return annotation


@functools.lru_cache(maxsize=None)
def _field_adapter(model: type[pydantic.BaseModel], name: str) -> TypeAdapter[Any]:
    field = model.model_fields[name]
    # Constraints and the discriminator belong to the field's type; alias and default do not.
    metadata: List[Any] = list(field.metadata)
    if field.discriminator is not None:
        metadata.append(pydantic.Field(discriminator=field.discriminator))
    annotation = _lenient_annotation(field.annotation)
    return TypeAdapter(_annotated(annotation, metadata) if metadata else annotation)


def _validate_or_keep(adapter: TypeAdapter[Any], value: object) -> Any:
    try:
        return adapter.validate_python(value)
    except ValidationError:
        return value


@functools.lru_cache(maxsize=None)
def _cached_adapters(type_: Any) -> tuple[TypeAdapter[Any], TypeAdapter[Any]]:
    return TypeAdapter(type_), TypeAdapter(_lenient_annotation(type_))


def validate_type(type_: Any, value: object) -> Any:
    """`value` validated as `type_` (any annotation), or kept as received where it does not fit.

    Used for every response body, so parsing never fails on data the spec did not foresee.
    """
    if type_ is object or type_ is Any:
        return value
    if isinstance(type_, type) and issubclass(type_, pydantic.BaseModel):
        try:
            return type_.model_validate(value)
        except ValidationError:
            return value
    try:
        strict, lenient = _cached_adapters(type_)
    except TypeError:  # an unhashable annotation cannot be cached
        strict, lenient = TypeAdapter(type_), TypeAdapter(_lenient_annotation(type_))
    try:
        return strict.validate_python(value)
    except ValidationError:
        return _validate_or_keep(lenient, value)


# The name other generated clients use for the same thing.
construct_type = validate_type


@functools.lru_cache(maxsize=None)
def _list_adapter(type_: Any) -> TypeAdapter[List[Any]]:
    return TypeAdapter(List[type_])


def validate_items(type_: Any, items: List[Any]) -> List[Any]:
    """Each of `items` as `validate_type(type_, item)` would give it.

    The whole list goes through pydantic-core in one call while every item fits (one Python call
    per item costs more than validating a Run-sized item); when one does not, each item is
    validated on its own, so the odd one is kept as received and its siblings still parse.
    """
    if type_ is object or type_ is Any:
        return list(items)
    try:
        adapter = _list_adapter(type_)
    except TypeError:  # an unhashable annotation cannot be cached
        return [validate_type(type_, item) for item in items]
    try:
        return adapter.validate_python(items)
    except ValidationError:
        return [validate_type(type_, item) for item in items]


def decode_json(content: bytes) -> object:
    """The JSON value of a response body; `ValueError` (saying where and why) when it is not JSON.

    pydantic-core's decoder builds Python objects faster than `json` and dedupes the keys that
    repeat in every item of a list; `json` still gets the bodies it refuses but `json` takes
    (UTF-16/32, lone surrogates in escapes).
    """
    try:
        return pydantic_core.from_json(content, cache_strings="keys")
    except ValueError as error:
        try:
            return json.loads(content)
        except ValueError:
            raise error from None


# Below this size a body becomes too few objects for the collector's passes to matter.
_PAUSE_COLLECTOR_FROM_BYTES = 256 * 1024


@contextlib.contextmanager
def collection_paused(body_size: int) -> Iterator[None]:
    """Keep Python's cyclic garbage collector out of the way while a large body becomes objects.

    Every 700 new containers the collector runs, and as the heap grows its passes walk every live
    object, the half-built result included, again and again: for 10,000 runs (25 MB) that was
    about two thirds of the parsing time (bench/parse.py). Decoded JSON and models are trees, so
    no cycle is missed by waiting. Pausing alone only moves the cost: the young generations then
    hold every new object, and the next collections walk them all two or three times (measured
    as long as the parse itself). So afterwards `gc.freeze(); gc.unfreeze()` files every tracked
    object in the oldest generation without walking it, where it waits for the next full
    collection like any long-lived data.

    Process-wide effects, all small: other threads' cycles wait as long as the parse (hundreds of
    ms for 25 MB); young objects of other code are filed as old too, so cyclic garbage among them
    waits for the next full collection; a `gc.disable()` made by another thread meanwhile is
    undone at the end. A collector disabled by the application is left alone, and an application
    that uses `gc.freeze()` itself (pre-fork servers) is never unfrozen: then only the pause.
    """
    if body_size < _PAUSE_COLLECTOR_FROM_BYTES or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        if gc.get_freeze_count() == 0:
            gc.freeze()
            gc.unfreeze()
        gc.enable()


_NOTHING: FrozenSet[str] = frozenset()
_SCALARS = frozenset({"string", "number", "boolean"})
_EVERY_KIND = _SCALARS | {"object", "array", "null"}
_SCALAR_TYPES = (str, bytes, int, float, enum.Enum, datetime.date, datetime.time, datetime.timedelta)


def json_kind(value: object) -> str:
    """The JSON type of a decoded value: object, array, string, number, boolean or null."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def body_fits(type_: Any, value: object) -> bool:
    """Whether a decoded body's JSON kind can be `type_` at all (the fields inside are not looked at).

    All scalars count as one kind: a number where a string is declared (or a new enum value) is
    the API being ahead of the spec and is kept leniently, but an array is not a `Run`.
    """
    try:
        kinds = _json_kinds(type_)
    except TypeError:  # unhashable annotation
        kinds = _json_kinds.__wrapped__(type_)
    return json_kind(value) in kinds


@functools.lru_cache(maxsize=None)
def _json_kinds(type_: Any) -> FrozenSet[str]:
    """The JSON kinds a body declared as `type_` may have; every kind when in doubt."""
    origin, args = get_origin(type_), get_args(type_)
    if type_ is None or type_ is type(None):
        return frozenset({"null"})
    if origin in _ANNOTATED:
        return _json_kinds(args[0])
    if origin in (Union, types.UnionType):
        return frozenset().union(*(_json_kinds(arg) for arg in args))
    if origin in _LITERALS:
        return (frozenset({"null"}) if None in args else _NOTHING) | (_SCALARS if set(args) - {None} else _NOTHING)
    kind_class = origin if isinstance(origin, type) else type_
    if not isinstance(kind_class, type) or type_ is object:
        return _EVERY_KIND  # Any, TypeVars, forward references: validation decides
    if issubclass(kind_class, _SCALAR_TYPES):  # before Sequence: str is one
        return _SCALARS
    if issubclass(kind_class, (pydantic.BaseModel, Mapping)) or typing_extensions.is_typeddict(kind_class):
        return frozenset({"object"})
    if issubclass(kind_class, (Sequence, typing.AbstractSet)) and not issubclass(kind_class, bytes):
        return frozenset({"array"})
    return _EVERY_KIND


def _complete(model: type[pydantic.BaseModel]) -> None:
    # Until its first validation a model's annotations may still be forward references.
    if not getattr(model, "__pydantic_fields_complete__", True):
        model.model_rebuild()


def _construct_nested(model: type[_ModelT], values: Mapping[str, Any], fields_set: Optional[Set[str]]) -> _ModelT:
    _complete(model)
    remaining: Dict[str, Any] = dict(values)
    built: Dict[str, Any] = {}
    given: set[str] = set()
    for name, field in model.model_fields.items():
        key = _input_key(name, field, remaining)
        if key is not None:
            built[name] = _construct_value(field.annotation, remaining.pop(key))
            given.add(name)
    for key, value in remaining.items():
        if key not in built:  # kept as an extra, like validation does
            built[key] = value
            given.add(key)
    return _construct_flat(model, given if fields_set is None else set(fields_set), built)


def _construct_flat(model: type[_ModelT], fields_set: Set[str], values: Dict[str, Any]) -> _ModelT:
    """pydantic's own `model_construct` (ours is `construct`): the values are set as they are."""
    return pydantic.BaseModel.model_construct.__func__(model, _fields_set=fields_set, **values)  # type: ignore[attr-defined, no-any-return]


def _construct_value(annotation: Any, value: Any) -> Any:
    """`value` with the dicts the annotation says are models built as those models (no validation)."""
    origin, args = get_origin(annotation), get_args(annotation)
    if origin in _ANNOTATED:
        return _construct_value(args[0], value)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return _construct_nested(annotation, value, None) if isinstance(value, Mapping) else value
    if origin in (Union, types.UnionType):
        return _construct_union_member(args, value)
    if isinstance(value, list) and isinstance(origin, type) and issubclass(origin, Sequence) and args:
        return [_construct_value(args[0], item) for item in value]
    if isinstance(value, Mapping) and isinstance(origin, type) and issubclass(origin, Mapping) and len(args) == 2:
        return {key: _construct_value(args[1], item) for key, item in value.items()}
    return value


def _construct_union_member(members: Sequence[Any], value: Any) -> Any:
    # The first member the value plausibly is (a model's required fields and tags match, or a
    # container of the same kind); with none, the value stays as given.
    for member in members:
        if isinstance(member, type) and issubclass(member, BaseModel):
            if isinstance(value, Mapping):
                _complete(member)
                if member._could_be(value):
                    return _construct_nested(member, value, None)
        elif json_kind(value) in ("array", "object") and body_fits(member, value):
            return _construct_value(member, value)
    return value


def discriminate_by(api_name: str, tags: Mapping[str, str]) -> Callable[[Any], Optional[str]]:
    """The tag of a union member, for a discriminator whose members have no `Literal` field.

    `api_name` is the property the API sets (e.g. "kind"); `tags` maps its values to the member
    class names used as pydantic `Tag`s. An unknown value gives None: validation of that member
    fails, and the lenient fallback keeps the data as received.
    """

    def tag_of(value: Any) -> Optional[str]:
        if isinstance(value, Mapping):
            raw = value.get(api_name)
        elif isinstance(value, pydantic.BaseModel):
            name = next((n for n, f in type(value).model_fields.items() if (f.alias or n) == api_name), api_name)
            raw = getattr(value, name, None)
        else:
            return None
        return tags.get(raw) if isinstance(raw, str) else None

    return tag_of
