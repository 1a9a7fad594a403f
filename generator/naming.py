"""Every identifier in the generated code comes from here: spec text in, safe Python names out.

The rules, in one place:
- ASCII letters, digits and underscores only; anything else separates words;
- never a keyword, never a name the generated code itself uses in that scope;
- never empty and never starting with a digit;
- unique in its scope after all of the above (a numeric suffix breaks ties, in spec order).
"""

from __future__ import annotations

import keyword
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from .imports import RUNTIME_NAMES
from .spelling import reserved_names

_WORD_BOUNDARY = re.compile(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])|[A-Z]")
_SEPARATORS = re.compile(r"[^A-Za-z0-9]+")

# Attribute names pydantic's BaseModel (and our runtime's BaseModel) already use; a field with one
# of these names would shadow a method, so it gets a trailing underscore and an alias instead.
MODEL_RESERVED = frozenset(
    {
        "construct", "copy", "dict", "from_orm", "json", "parse_file", "parse_obj", "parse_raw",
        "schema", "schema_json", "update_forward_refs", "validate", "to_dict", "to_json",
        "Config", "fields", "model_config", "model_fields", "model_computed_fields",
        "model_extra", "model_fields_set", "model_construct", "model_copy", "model_dump",
        "model_dump_json", "model_json_schema", "model_parametrized_name", "model_post_init",
        "model_rebuild", "model_validate", "model_validate_json", "model_validate_strings",
        # names the model modules import; a field named so would hide them from annotations
        "Dict", "List", "Optional", "Union", "Tuple", "Literal", "BaseModel", "FieldInfo",
    }
)  # fmt: skip

# Names a generated module binds at module level: a class may not take them, nor an argument (the
# method body may need the name). Every name an annotation can spell (spelling.py) and every
# runtime name a module imports (imports.py), then the names the templates write themselves, and
# a few no module uses any more, kept so that the names of classes and arguments stay stable.
MODULE_RESERVED = (
    reserved_names()
    | frozenset(name for names in RUNTIME_NAMES.values() for name in names)
    | frozenset(
        {
            "Any", "NotRequired", "Field", "Client", "AsyncClient", "Param", "Headers", "Query", "Body",
            "APIResponse", "AsyncAPIResponse", "Iterable", "Mapping", "Sequence", "IO", "annotations",
            "httpx", "typing", "typing_extensions", "pydantic", "cached_property", "type", "dict", "list",
            "tuple", "set", "None", "Unpack",
        }
    )
)  # fmt: skip

# Attributes of the generated clients and resources: a resource or method may not take them.
# `deprecated` is the decorator of deprecated methods: a method of that name, defined in the class
# body, would take its place for the methods after it.
CLIENT_RESERVED = frozenset(
    {
        "aclose", "auth_cookies", "auth_headers", "auth_query", "close", "copy", "default_headers",
        "request", "request_page", "with_options", "api_key", "base_url", "max_retries", "timeout",
        "user_agent", "with_raw_response", "deprecated", "with_streaming_response",
    }
)  # fmt: skip

# The client's own methods for endpoints the spec lacks (`client.get(path, ...)`): no resource
# may take them. Resource methods may (`client.pets.delete(...)` is what users expect).
HTTP_VERB_METHODS = frozenset({"get", "post", "put", "patch", "delete"})

# Parameter names the generated methods use themselves.
# `options` collects the per-call options (RequestOptions, whose keys are reserved too).
ARGUMENT_RESERVED = frozenset(
    {"self", "options", "extra_headers", "extra_query", "extra_body", "timeout", "cls", "httpx", "cast"}
)

# Module names that cannot be files on common file systems (Windows device names) or that the
# runtime owns.
_FILE_RESERVED = frozenset(
    {"con", "prn", "aux", "nul"} | {f"com{i}" for i in range(10)} | {f"lpt{i}" for i in range(10)}
)


def ascii_words(text: str) -> list[str]:
    """Split any text into ASCII words, transliterating accents where possible."""
    return list(_ascii_words(text))


@lru_cache(maxsize=4096)  # the same names come back for every schema, parameter and method
def _ascii_words(text: str) -> tuple[str, ...]:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words: list[str] = []
    for chunk in _SEPARATORS.split(folded):
        words.extend(_WORD_BOUNDARY.findall(chunk))
    return tuple(words)


def snake_case(text: str) -> str:
    return "_".join(word.lower() for word in ascii_words(text))


def pascal_case(text: str) -> str:
    return "".join(word[:1].upper() + word[1:] for word in ascii_words(text))


def _make_safe(name: str, fallback: str, reserved: Iterable[str] = ()) -> str:
    if not name:
        name = fallback
    if name[0].isdigit():
        name = f"{fallback}_{name}" if fallback.islower() else f"{fallback}{name}"
    if keyword.iskeyword(name) or name in reserved or name.startswith("__"):
        name = f"{name}_"
    return name


def field_name(api_name: str) -> str:
    """Attribute name for a JSON property: `id` stays `id`, `from` becomes `from_`."""
    if api_name.isidentifier() and api_name.isascii() and not api_name.startswith("_"):
        name = api_name
    else:
        name = snake_case(api_name)
    return _make_safe(name, "field", MODEL_RESERVED)


def argument_name(api_name: str) -> str:
    return _make_safe(snake_case(api_name), "param", ARGUMENT_RESERVED | MODULE_RESERVED)


def method_name(text: str) -> str:
    return _make_safe(snake_case(text), "call", ARGUMENT_RESERVED | CLIENT_RESERVED)


def resource_name(text: str) -> str:
    return _make_safe(snake_case(text), "api", ARGUMENT_RESERVED | CLIENT_RESERVED | HTTP_VERB_METHODS)


def class_name(text: str) -> str:
    return _make_safe(pascal_case(text), "Model", MODULE_RESERVED)


# File and folder names stay well under every file system's limit (255 bytes), with room for
# the `_2` that `unique` may add.
MAX_MODULE_NAME = 64


def module_name(text: str) -> str:
    name = _make_safe(snake_case(text)[:MAX_MODULE_NAME].rstrip("_"), "module")
    if name in _FILE_RESERVED:
        name = f"{name}_"
    return name


class FoldedNames(set):  # type: ignore[type-arg]
    """Names taken so far that must also differ by more than case (file names on macOS and
    Windows), with their lower-case forms kept beside them so each check is one lookup."""

    def __init__(self, names: Iterable[str] = ()):
        super().__init__(names)
        self.folded = {name.lower() for name in self}

    def add(self, name: str) -> None:
        super().add(name)
        self.folded.add(name.lower())


def unique(name: str, taken: set[str]) -> str:
    """`name`, or `name_2`, `name_3`, ...: the first not in `taken` (which is updated); when
    `taken` is `FoldedNames`, the first that differs from every taken name by more than case."""
    folded = isinstance(taken, FoldedNames)
    candidate, counter = name, 1
    while (candidate.lower() in taken.folded) if folded else (candidate in taken):  # type: ignore[attr-defined]
        counter += 1
        joiner = "" if name[-1:].isalpha() and name[:1].isupper() else "_"
        candidate = f"{name}{joiner}{counter}"
    taken.add(candidate)
    return candidate


_IRREGULAR_SINGULARS = {
    "children": "child", "people": "person", "data": "data", "men": "man", "women": "woman",
    "indices": "index", "statuses": "status", "aliases": "alias", "analyses": "analysis",
}  # fmt: skip


def singular(word: str) -> str:
    """English singular of a plural noun, for naming the item type of an array property."""
    lower = word.lower()
    for plural, single in _IRREGULAR_SINGULARS.items():
        if lower.endswith(plural):
            return word[: len(word) - len(plural)] + _match_case(single, word[-len(plural) :])
    if lower.endswith("ies") and len(word) > 3:
        return word[:-3] + _match_case("y", word[-3:])
    if lower.endswith(("sses", "shes", "ches", "xes", "zes")):
        return word[:-2]
    if lower.endswith("s") and not lower.endswith(("ss", "us", "is")) and len(word) > 1:
        return word[:-1]
    return word


def _match_case(replacement: str, original: str) -> str:
    return replacement.upper() if original.isupper() else replacement


def pointer_token(pointer: str) -> str:
    """The last token of a JSON pointer, unescaped: the schema's own name."""
    return pointer.rsplit("/", 1)[-1].replace("~1", "/").replace("~0", "~")
