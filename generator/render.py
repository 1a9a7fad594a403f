"""Stage 4: IR -> source text through Jinja templates (a user's folder may override any of them).

Every spec-derived value reaches the output through one of three gates defined here:
identifiers (checked again at render time), `pyrepr` for literals, `docstring`/`comment` for text.
"""

from __future__ import annotations

import base64
import math
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import jinja2

from .cache import Cache, digest
from .docs_context import example_credentials, first_call, first_line, paginated_call, resource_docs
from .docs_context import enum_docs, type_module_docs
from .errors import GeneratorError
from .reference_pages import reference_pages
from .versions import canonical_version
from .fingerprint import BUILTIN_TEMPLATES, folder_digest, generator_fingerprint
from .ir import Package, module_file
from .layout import fits, layout, layout_parameter
from .imports import import_line, relative_module
from .render_context import (
    deprecation_message,
    import_cycles,
    plain_keys,
    resource_context,
    type_exports,
    type_module_context,
)
from .spelling import Spelling, returns_cast

RUNTIME_FOLDER = "runtime"


@dataclass(frozen=True)
class RenderedFile:
    path: str  # relative to the output folder, "/"-separated
    text: str
    is_python: bool = True
    # Set by the format stage: digest of the text as the templates rendered it.
    rendered_digest: str | None = None
    # A built-in runtime file, copied as it is: already black's output (tests/test_layout.py).
    builtin_runtime: bool = False
    # A digest of everything a per-module template was given (see `render_package`).
    render_key: str | None = None

    def with_text(self, text: str, rendered_digest: str) -> RenderedFile:
        return RenderedFile(self.path, text, self.is_python, rendered_digest, self.builtin_runtime, self.render_key)


# --- the three gates -----------------------------------------------------------------------


def pyrepr(value: object) -> str:
    """A Python literal equal to a JSON value, byte for byte once evaluated."""
    if isinstance(value, float):
        if math.isnan(value):
            return 'float("nan")'
        if math.isinf(value):
            return 'float("inf")' if value > 0 else 'float("-inf")'
        return repr(value)
    if isinstance(value, str):
        return _string_literal(value)
    if value is None or isinstance(value, (bool, int)):
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(pyrepr(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{pyrepr(str(k))}: {pyrepr(v)}" for k, v in value.items()) + "}"
    raise GeneratorError(f"cannot write {type(value).__name__} value as a literal")


def _string_literal(text: str) -> str:
    """`repr(text)` with the quotes black would choose: double, unless that needs more
    backslashes (so black leaves the literal as it is)."""
    literal = repr(text)
    if literal[0] == '"' or text.count('"') > text.count("'"):
        return literal
    if "'" not in text:
        return f'"{literal[1:-1]}"'
    return '"' + "".join('\\"' if c == '"' else "'" if c == "'" else repr(c)[1:-1] for c in text) + '"'


_DOCSTRING_ESCAPES = {
    "\\": "\\\\",
    '"': '\\"',
    "\r": "\\r",
    "\x00": "\\x00",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
    "\x0b": "\\x0b",
    "\x0c": "\\x0c",
    "\x85": "\\x85",
    "\x1c": "\\x1c",
    "\x1d": "\\x1d",
    "\x1e": "\\x1e",
}


def docstring(text: str, indent: int = 4) -> str:
    """A complete triple-quoted literal holding `text`, safe whatever the text contains."""
    lines = [_escape_doc_line(line.rstrip()) for line in str(text).strip().replace("\r\n", "\n").split("\n")]
    while len(lines) > 1 and not lines[-1]:
        lines.pop()
    pad = " " * indent
    if len(lines) == 1:
        # black keeps a quote that ends the text away from the closing quotes
        return f'"""{lines[0]} """' if lines[0].endswith('"') else f'"""{lines[0]}"""'
    body = "\n".join((pad + line) if line else "" for line in _dedented(lines[1:]))
    return f'"""{lines[0]}\n{body}\n{pad}"""'


def _dedented(lines: list[str]) -> list[str]:
    """Lines without the indentation they all share (leading tabs expanded first), as black
    prints a docstring's lines after the first."""
    expanded = []
    for line in lines:
        content = line.lstrip()
        expanded.append(line[: len(line) - len(content)].expandtabs() + content if content else line)
    common = min((len(line) - len(line.lstrip()) for line in expanded if line.lstrip()), default=0)
    return [line[common:] if line.lstrip() else "" for line in expanded]


# Everything `_DOCSTRING_ESCAPES` names, and every other control character but the tab.
_NEEDS_DOC_ESCAPE = re.compile("[" + re.escape("".join(_DOCSTRING_ESCAPES)) + "\x00-\x08\x0a-\x1f\x7f]")


def _escape_doc_line(line: str) -> str:
    return _NEEDS_DOC_ESCAPE.sub(_doc_escape, line)


def _doc_escape(match: re.Match[str]) -> str:
    char = match.group()
    return _DOCSTRING_ESCAPES.get(char) or f"\\x{ord(char):02x}"


def comment(text: str) -> str:
    """One line of text, safe after a `#`."""
    flat = " ".join(str(text).split())
    return "".join(c if c.isprintable() else " " for c in flat)


def identifier(name: str) -> str:
    """Identifiers were sanitised by the naming stage; refuse to render one that is not."""
    if not (isinstance(name, str) and name.isidentifier() and name.isascii()):
        raise GeneratorError(f"internal error: {name!r} is not a safe identifier")
    return name


# The project files (pyproject.toml, README.md, api.md) have gates of their own.


def toml_string(text: str) -> str:
    """A TOML basic string holding `text` exactly: quotes, backslashes and every control
    character escaped (TOML allows none of them raw), so spec text cannot add a key."""
    escaped = []
    for char in str(text):
        if char in '"\\':
            escaped.append("\\" + char)
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            escaped.append(f"\\u{ord(char):04X}")
        else:
            escaped.append(char)
    return '"' + "".join(escaped) + '"'


def md_code(text: str) -> str:
    """An inline Markdown code span showing `text` on one line, whatever backticks it holds."""
    flat = " ".join(str(text).split())
    longest = max((len(run) for run in re.findall("`+", flat)), default=0)
    fence = "`" * (longest + 1)
    padded = f" {flat} " if flat.startswith("`") or flat.endswith("`") else flat
    return f"{fence}{padded}{fence}"


def md_text(text: str) -> str:
    """Spec prose as one line of Markdown: its inline markup kept, but no HTML, no line break,
    nothing that would start a heading, list or table cell."""
    flat = " ".join(str(text).split())
    flat = flat.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("|", "\\|")
    flat = "".join(c if c.isprintable() else " " for c in flat)
    # At the start of a line these would open a heading, list, quote or rule: escape them.
    numbered = re.match(r"\d+(?=[.)])", flat)
    if numbered:  # "1." would start a numbered list; "1\." is the same text
        return flat[: numbered.end()] + "\\" + flat[numbered.end() :]
    return "\\" + flat if re.match(r"[#>*+=_`~-]", flat) else flat


# --- the environment -------------------------------------------------------------------------


def make_environment(user_templates: Path | None, cache: Cache | None = None) -> jinja2.Environment:
    """The Jinja environment: a user's templates first, then ours. With a `cache`, compiled
    templates are kept between runs (Jinja compiling them took a quarter of a second)."""
    loaders: list[jinja2.BaseLoader] = []
    if user_templates is not None:
        loaders.append(jinja2.FileSystemLoader(str(user_templates)))
    loaders.append(jinja2.FileSystemLoader(str(BUILTIN_TEMPLATES)))
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=False,  # noqa: S701 - we emit Python, escaped by our own filters
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        bytecode_cache=CompiledTemplates(cache) if cache is not None and cache.folder is not None else None,
    )
    env.filters.update(pyrepr=pyrepr, docstring=docstring, comment=comment, identifier=identifier, layout=layout)
    env.filters.update(toml_string=toml_string, md_code=md_code, md_text=md_text, first_line=first_line)
    env.filters.update(since_label=since_label, pep440=pep440)
    env.globals.update(
        # The Markdown files name types without a module of their own: unprefixed class names.
        annotation=lambda t: Spelling("").type(t),
        returns=lambda op, variant: Spelling("").returns(op, variant),
        returns_cast=returns_cast,
        import_line=import_line,
        deprecation_message=deprecation_message,
        plain_keys=plain_keys,
        relative_module=relative_module,
        fits=fits,
        layout_parameter=layout_parameter,
    )
    return env


class CompiledTemplates(jinja2.BytecodeCache):
    """Compiled templates in the local cache, keyed by each template's name and source and the
    Python version (its checksums and warnings apply like any other entry's)."""

    def __init__(self, cache: Cache):
        self.cache = cache

    def _key(self, bucket: jinja2.bccache.Bucket) -> str:
        return digest(bucket.key, bucket.checksum, sys.version)

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        stored = self.cache.get("templates", self._key(bucket))
        if isinstance(stored, str):
            bucket.bytecode_from_string(base64.b64decode(stored))  # Jinja checks its own magic

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.cache.put("templates", self._key(bucket), base64.b64encode(bucket.bytecode_to_string()).decode())


Reuse = Callable[[str, str], "RenderedFile | None"]


def render_package(
    package: Package,
    user_templates: Path | None = None,
    cache: Cache | None = None,
    on_rendered: Callable[[RenderedFile], None] | None = None,
    reuse: Reuse | None = None,
) -> list[RenderedFile]:
    """Every file of the package; `on_rendered` sees each as soon as it exists (the resources,
    the largest files, come first, so that black, started on them, finishes evenly).

    A resource or type module is rendered from its own context only (not the whole package), so
    a digest of that context, the templates and the generator (`render_key`) says when its
    output cannot have changed: `reuse(path, key)` may then give the file as it already is."""
    env = make_environment(user_templates, cache)
    base_key = digest(generator_fingerprint(), folder_digest(user_templates) if user_templates else "built-in")
    out = _Renderer(env, package.name, base_key, on_rendered, reuse)
    _render_code(out, package)
    rendered = {f.path for f in out.files}
    # A runtime file never replaces a rendered one (the package __init__ is always rendered).
    for runtime_file in _runtime_files(env, package.name):
        if runtime_file.path not in rendered:
            out.add(runtime_file)
    if package.project.write_files:
        for project_file in project_files(env, package):
            out.add(project_file)
    return out.files


def _render_code(out: _Renderer, package: Package) -> None:
    """The package's own modules, the resources (the largest files) first."""
    resources = sorted((r for _, r in package.resources_by_path()), key=lambda r: -len(r.operations))
    for resource in resources:
        context = resource_context(resource)
        out.render_module("resources/resource.py.jinja", module_file(resource.module), resource=resource, **context)
    out.render("__init__.py.jinja", "__init__.py", package=package)
    out.render("_client.py.jinja", "_client.py", package=package, resources=package.resources)
    exports = type_exports(package.type_modules)
    out.render("types/__init__.py.jinja", "types/__init__.py", package=package, exports=exports)
    cycles = import_cycles(package.type_modules)
    for module in package.type_modules:
        context = type_module_context(module, cycles)
        out.render_module("types/module.py.jinja", module_file(module.module), module=module, **context)
    out.render("resources/__init__.py.jinja", "resources/__init__.py", package=package)
    out.render("_version.py.jinja", "_version.py", package=package)
    out.render("_package_error.py.jinja", "_package_error.py", package=package)


class _Renderer:
    """Renders the package's files in order, giving each to `on_rendered` as soon as it exists."""

    def __init__(
        self,
        env: jinja2.Environment,
        root: str,
        base_key: str,
        on_rendered: Callable[[RenderedFile], None] | None,
        reuse: Reuse | None,
    ):
        self.env = env
        self.root = root
        self.base_key = base_key
        self.on_rendered = on_rendered
        self.reuse = reuse
        self.files: list[RenderedFile] = []

    def render(self, template: str, path: str, render_key: str | None = None, **context: object) -> None:
        text = _render_template(self.env, template, path, context)
        self.add(RenderedFile(f"{self.root}/{path}", text, render_key=render_key))

    def render_module(self, template: str, path: str, **context: object) -> None:
        described = repr(context)
        # The IR is frozen dataclasses, whose reprs show all they hold; an object whose repr is
        # only its address would make the key say nothing, so such a context is never reused.
        key = digest(self.base_key, template, described) if " at 0x" not in described else None
        reused = self.reuse(f"{self.root}/{path}", key) if self.reuse is not None and key is not None else None
        if reused is None:
            self.render(template, path, render_key=key, **context)
        else:
            self.add(reused)

    def add(self, file: RenderedFile) -> None:
        self.files.append(file)
        if self.on_rendered is not None:
            self.on_rendered(file)


# Beside the package folder: what makes the output folder an installable, documented project.
PROJECT_FILES = ("pyproject.toml", "README.md", "api.md", "CHANGELOG.md")


def project_files(env: jinja2.Environment, package: Package) -> list[RenderedFile]:
    resources = resource_docs(package)
    methods = [method for resource in resources for method in resource.methods]
    context = {
        "package": package,
        # What the README shows only when the API has it.
        "event_streams": [m for m in methods if m.operation.response.events is not None],
        "uploads": [m for m in methods if m.operation.body and m.operation.body.kind in ("multipart", "binary")],
        "deprecated_methods": [m for m in methods if m.operation.deprecated],
        "resources": resources,
        "type_modules": type_module_docs(package),
        "enums": enum_docs(package),
        "first_call": first_call(package),
        "paginated_call": paginated_call(package),
        "example_credentials": example_credentials(package.client),
    }
    files = [
        RenderedFile(name, _render_template(env, f"project/{name}.jinja", name, context), is_python=False)
        for name in PROJECT_FILES
    ]
    for page in reference_pages(package):
        text = _render_template(env, page.template, page.path, page.context)
        files.append(RenderedFile(page.path, text, is_python=False))
    return files


def pep440(version: str) -> str:
    """A version as it is, once it is known to be canonical PEP 440 (digits, letters, dots, "+",
    "!"): the gate for versions that come from the history file, which people can edit."""
    if canonical_version(version) != version:
        raise GeneratorError(f"{version[:100]!r} in the package history is not a canonical PEP 440 version")
    return version


def since_label(version: str) -> str:
    """How "Since" shows a version: "0.9.0" as "v0.9" (the changelog's semver hint puts every
    addition in a minor or major release, so a first appearance has patch 0), others in full."""
    if not version:
        return ""
    parts = pep440(version).split(".")
    if len(parts) == 3 and parts[2] == "0" and all(p.isdigit() for p in parts):
        return f"v{parts[0]}.{parts[1]}"
    return f"v{version}"


def _render_template(env: jinja2.Environment, template: str, path: str, context: dict[str, object]) -> str:
    try:
        return env.get_template(template).render(**context)
    except jinja2.TemplateSyntaxError as error:
        raise GeneratorError(f"template {error.filename or template}:{error.lineno}: {error.message}") from None
    except jinja2.TemplateError as error:
        raise GeneratorError(f"template {template} failed while rendering {path}: {error}") from None


def _runtime_files(env: jinja2.Environment, root: str) -> list[RenderedFile]:
    """The hand-written runtime, copied verbatim (looked up through the same loader chain)."""
    files = []
    runtime_names = sorted(
        name
        for name in env.list_templates()
        if name.startswith(f"{RUNTIME_FOLDER}/") and not name.endswith((".pyc", "/"))
    )
    assert env.loader is not None
    for name in runtime_names:
        source, filename, _ = env.loader.get_source(env, name)
        relative = name[len(RUNTIME_FOLDER) + 1 :]
        builtin = filename is not None and Path(filename).resolve().is_relative_to(BUILTIN_TEMPLATES.resolve())
        files.append(RenderedFile(f"{root}/{relative}", source, relative.endswith(".py"), builtin_runtime=builtin))
    return files
