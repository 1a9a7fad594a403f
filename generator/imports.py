"""The import block of a generated module: what it imports, collected while its annotations are
spelled (spelling.py) and while its context is planned (render_context.py), written as finished
lines the templates only place.

Lines are grouped standard library, third party, this package; the runtime's modules and names in
the fixed order below (the order generated modules have always had), generated modules after them
sorted by path, names sorted.
"""

from __future__ import annotations

from .layout import fits

# The runtime modules a generated module imports from, in the order of their lines, each with the
# names it gives in the order they are listed.
RUNTIME_NAMES: dict[str, tuple[str, ...]] = {
    "_base_client": ("RequestSpec",),
    "_models": ("BaseModel", "discriminate_by"),
    "_qs": ("cookie_param", "header_param", "path_param", "query_param"),
    "_resource": ("AsyncAPIResource", "SyncAPIResource"),
    "_response": (
        "async_to_raw_response_wrapper",
        "async_to_streamed_response_wrapper",
        "to_raw_response_wrapper",
        "to_streamed_response_wrapper",
    ),
    "_streaming": ("AsyncStream", "Stream"),
    "_pagination": ("AsyncCursorPage", "AsyncPaginator", "SyncCursorPage"),
    "_types": ("NOT_GIVEN", "NotGiven", "FileContent", "FileTypes", "RequestOptions"),
}

# The other modules a generated module imports from, and the section each goes in. Modules
# imported whole (`import builtins`) come first in their section.
LIBRARY_SECTIONS: dict[str, str] = {
    "builtins": "stdlib",
    "datetime": "stdlib",
    "functools": "stdlib",
    "typing": "stdlib",
    "typing_extensions": "typing_extensions",
    "pydantic": "pydantic",
}

# How sections are grouped into blocks (one blank line apart): type modules put the third-party
# lines together, resource modules one block each.
TYPE_MODULE_BLOCKS = (("stdlib",), ("typing_extensions", "pydantic"), ("local",))
RESOURCE_BLOCKS = (("stdlib",), ("typing_extensions",), ("pydantic",), ("local",))


def relative_module(from_module: str, to_module: str) -> str:
    """`from <this> import ...` for package-relative dotted modules (vendoring-safe)."""
    from_parts = from_module.split(".")[:-1]
    to_parts = to_module.split(".")
    common = 0
    while common < len(from_parts) and common < len(to_parts) - 1 and from_parts[common] == to_parts[common]:
        common += 1
    dots = "." * (len(from_parts) - common + 1)
    return dots + ".".join(to_parts[common:])


def import_line(from_module: str, imported: list[tuple[str, str]], indent: int = 0, reexport: bool = False) -> str:
    """`from MODULE import A, B as C` at `indent` columns; one name per line when too long.
    `imported` holds (name, local name) pairs; `reexport` spells `A as A` (a public re-export)."""
    names = [name if local == name and not reexport else f"{name} as {local}" for name, local in imported]
    joined = f"from {from_module} import {', '.join(names)}"
    if fits(joined, indent):
        return joined
    inner = "".join(f"{' ' * (indent + 4)}{name},\n" for name in names)
    return f"from {from_module} import (\n{inner}{' ' * indent})"


class Imports:
    """The names one generated module (`module`, dotted and package-relative) imports."""

    def __init__(self, module: str):
        self.module = module
        self._whole: dict[str, str] = {}  # module imported whole -> its local name
        self._names: dict[str, dict[str, str]] = {}  # from-module -> name -> local name

    def add(self, from_module: str, name: str, local: str | None = None) -> None:
        """`from_module` is a library module, a runtime module ("_types") or a generated one
        ("types.run"); the last two are package-relative and written relative to this module."""
        if from_module not in LIBRARY_SECTIONS and from_module not in RUNTIME_NAMES and "." not in from_module:
            raise ValueError(f"internal error: {from_module!r} is no module generated code imports from")
        if from_module in RUNTIME_NAMES and name not in RUNTIME_NAMES[from_module]:
            raise ValueError(f"internal error: the runtime's {from_module} has no {name!r}")
        self._names.setdefault(from_module, {})[name] = local or name

    def add_whole(self, module: str, local: str) -> None:
        self._whole[module] = local

    def has(self, from_module: str, name: str) -> bool:
        return name in self._names.get(from_module, {})

    def has_whole(self, module: str) -> bool:
        return module in self._whole

    def generated(self) -> list[str]:
        """The generated modules imported from (dotted), in the order of their lines."""
        modules = [m for m in self._names if m not in LIBRARY_SECTIONS and m not in RUNTIME_NAMES]
        return sorted(modules, key=lambda m: relative_module(self.module, m))

    def blocks(self, grouping: tuple[tuple[str, ...], ...], leave_out: frozenset[str] = frozenset()) -> list[str]:
        """The import lines, one string per non-empty block; `leave_out` names generated modules
        imported elsewhere (at the bottom of a module in an import cycle)."""
        sections = self._sections(leave_out)
        blocks = ["\n".join(line for name in group for line in sections.get(name, [])) for group in grouping]
        return [block for block in blocks if block]

    def generated_lines(self, only: frozenset[str]) -> list[str]:
        """The lines importing from the generated modules in `only`."""
        return [self._line(m) for m in self.generated() if m in only]

    def _sections(self, leave_out: frozenset[str]) -> dict[str, list[str]]:
        sections: dict[str, list[str]] = {}
        for module in sorted(self._whole):
            local = self._whole[module]
            line = f"import {module}" if local == module else f"import {module} as {local}"
            sections.setdefault(LIBRARY_SECTIONS[module], []).append(line)
        for module in LIBRARY_SECTIONS:
            if module in self._names:
                sections.setdefault(LIBRARY_SECTIONS[module], []).append(self._line(module))
        local_lines = [self._line(m) for m in RUNTIME_NAMES if m in self._names]
        local_lines += [self._line(m) for m in self.generated() if m not in leave_out]
        if local_lines:
            sections["local"] = local_lines
        return sections

    def _line(self, from_module: str) -> str:
        names = self._names[from_module]
        if from_module in LIBRARY_SECTIONS:
            # case-insensitive, as the templates always sorted them (`cast` before `Dict`)
            return import_line(from_module, sorted(names.items(), key=lambda item: item[0].lower()))
        if from_module in RUNTIME_NAMES:
            ordered = [(n, names[n]) for n in RUNTIME_NAMES[from_module] if n in names]
            return import_line(relative_module(self.module, from_module), ordered)
        return import_line(relative_module(self.module, from_module), sorted(names.items()))
