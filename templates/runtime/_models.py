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
"""

from __future__ import annotations

import functools
import json
import types
import typing
from typing import TYPE_CHECKING, Any, Callable, ClassVar, Dict, List, Mapping, Optional, Sequence, Union

import pydantic
import typing_extensions
from pydantic import ConfigDict, TypeAdapter, ValidationError
from pydantic.fields import FieldInfo
from typing_extensions import Annotated, Literal, Self, get_args, get_origin

__all__ = ["BaseModel", "validate_type", "construct_type", "discriminate_by"]

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
        return cls.model_construct(_fields_set=fields_set, **values)

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
