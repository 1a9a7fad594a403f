"""Helpers for the hostile-input suite (tests/test_hostile.py, test_fuzz.py, test_offline.py,
test_limits.py, test_safe_writes.py, test_determinism.py).

- `payloads(sentinel)`: strings that try to break out of every kind of Python literal, comment,
  docstring or template and touch a sentinel file;
- `generate(...)`: `python -m generator generate` in-process (black results and the Jinja
  environment are memoised: same output, a fraction of the time), returning exit code, output;
- `imported(...)`: import every module of a generated package, then forget it again;
- `literal_values`, `model_classes`, `fields_by_api_name`: what the imported code really says;
- `run_with_peak_memory(...)`: a subprocess and its peak RSS (getrusage(RUSAGE_CHILDREN)).
"""

from __future__ import annotations

import ast
import contextlib
import importlib
import inspect
import io
import json
import os
import subprocess
import sys
import typing
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any, Iterator

from generator.write import PROJECT_FOLDERS

import yaml

REPO = Path(__file__).resolve().parent.parent.parent
PYTHON = sys.executable

# --- hostile text ------------------------------------------------------------------------------


def touch_code(sentinel: Path) -> str:
    """A Python expression that, if it ever runs, creates `sentinel`."""
    return f"__import__('pathlib').Path({str(sentinel)!r}).touch()"


def payloads(sentinel: Path) -> dict[str, str]:
    """Named strings that try every way out of a literal, docstring, comment or template."""
    touch = touch_code(sentinel)
    return {
        "triple_double": f'"""\n{touch}\n"""',
        "triple_single": f"'''\n{touch}\n'''",
        "escaped_close": f'\\"""; {touch}; """',
        "backslash_close": f'x\\\\"""\n{touch}\n#',
        "trailing_backslash": f"{touch}\\",
        "lone_quotes": "\"'\"\"'''\"",
        "carriage_return": f"x\r{touch}\r",
        "crlf": f"x\r\n{touch}\r\n",
        "line_separators": f"x\u2028{touch}\u2029y",
        "nel_vt_ff_fs": f"x\x85{touch}\x0b\x0c\x1c",
        "nul": f"x\x00{touch}",
        "comment_close": f"*/ {touch} /*",
        "jinja_expression": "{{ " + touch + " }}",
        "jinja_statement": "{% if true %}" + touch + "{% endif %}{# c #}",
        "jinja_raw": "{% raw %}{{ 7*7 }}{% endraw %}",
        "newline_code": f"\n{touch}\n",
        "indented_code": f"x\n    {touch}\n",
        "comment_newline": f"# x\n{touch}",
        "break_single": f"');{touch};('",
        "break_double": f'");{touch};("',
        "format_braces": "{" + touch + "}{0}%s%(x)s",
        "dunder_init": "__init__",
        "dunder_import": "__import__",
        "dunder_class": "__class__",
        "keyword_import": "import",
        "keyword_class": "class",
        "keyword_none": "None",
        "soft_keyword": "match",
        "builtin_name": "object",
        "digits_first": "1st",
        "only_digits": "42",
        "empty": "",
        "blank": "  ",
        "non_ascii": "Ünïcödé 日本語",
        "bidi_override": "abc\u202edcba",
        "zero_width": "a\u200bb",
        "tab": "a\tb",
        "pointer_chars": "~1/~0%25",
    }


def no_injected_code(source: str) -> list[str]:
    """Calls of `__import__` or `exec`/`eval`/`compile` in generated code (there must be none)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            if node.func.id in ("__import__", "exec", "eval", "compile"):
                found.append(f"{node.func.id}() at line {node.lineno}")
        if isinstance(node, ast.Name) and node.id == "__import__":
            found.append(f"__import__ at line {node.lineno}")
    return found


# --- documents ---------------------------------------------------------------------------------


def document(**parts: Any) -> dict[str, Any]:
    """A minimal OpenAPI 3.1 document plus `parts` (top-level keys)."""
    doc: dict[str, Any] = {"openapi": "3.1.0", "info": {"title": "Hostile", "version": "1.0"}, "paths": {}}
    doc.update(parts)
    return doc


def write_spec(folder: Path, doc: Any, fmt: str = "json", name: str = "openapi") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.{fmt}"
    if fmt == "json":
        path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    else:
        path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=1_000_000), encoding="utf-8")
    return path


# --- running the generator -----------------------------------------------------------------------


@dataclass
class Run:
    code: int
    out: str
    err: str
    output: Path

    @property
    def packages(self) -> list[Path]:
        if not self.output.is_dir():
            return []
        return sorted(
            p
            for p in self.output.iterdir()
            if p.is_dir() and not p.name.startswith(".") and p.name not in PROJECT_FOLDERS
        )

    @property
    def package(self) -> Path:
        (package,) = self.packages
        return package

    def error_lines(self) -> list[str]:
        return [line for line in self.err.splitlines() if ": warning: " not in line and ": info: " not in line]


_BLACK_CACHE: dict[str, str] = {}
_ENVIRONMENTS: dict[Any, Any] = {}


@contextlib.contextmanager
def _fast_pipeline() -> Iterator[None]:
    """Memoise black (deterministic: same text in, same text out) and the Jinja environment."""
    from generator import formatting, render
    from generator.manifest import short_digest

    original_format_one = formatting.format_one

    def format_one(file: Any) -> Any:
        if file.text not in _BLACK_CACHE:
            _BLACK_CACHE[file.text] = original_format_one(file).text
        return file.with_text(_BLACK_CACHE[file.text], short_digest(file.text))

    original_make = render.make_environment

    def make_environment(user_templates: Path | None, cache: Any = None) -> Any:
        if user_templates is not None:
            return original_make(user_templates, cache)
        if "builtin" not in _ENVIRONMENTS:
            _ENVIRONMENTS["builtin"] = original_make(None)
        return _ENVIRONMENTS["builtin"]

    formatting.format_one = format_one  # type: ignore[assignment]
    render.make_environment = make_environment  # type: ignore[assignment]
    try:
        yield
    finally:
        formatting.format_one = original_format_one  # type: ignore[assignment]
        render.make_environment = original_make  # type: ignore[assignment]


def cli(*argv: object, fast: bool = True) -> tuple[int, str, str]:
    """`python -m generator ARGV` in this process: (exit code, stdout, stderr)."""
    from generator.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.ExitStack() as stack:
        if fast:
            stack.enter_context(_fast_pipeline())
        stack.enter_context(contextlib.redirect_stdout(out))
        stack.enter_context(contextlib.redirect_stderr(err))
        code = main([str(a) for a in argv])
    return code, out.getvalue(), err.getvalue()


def generate(spec: Path, output: Path, *extra: object, config: dict[str, Any] | None = None, fast: bool = True) -> Run:
    argv: list[object] = ["generate", "--spec", spec, "--output", output, *extra]
    if config is not None:
        config_path = spec.parent / "hostile-config.yaml"
        config_path.write_text(yaml.safe_dump(config), encoding="utf-8")
        argv += ["--config", config_path]
    code, out, err = cli(*argv, fast=fast)
    return Run(code, out, err, output)


def generate_doc(folder: Path, doc: Any, *extra: object, fmt: str = "json", **kwargs: Any) -> Run:
    spec = write_spec(folder / "spec", doc, fmt)
    return generate(spec, folder / "out", *extra, **kwargs)


# --- the generated code, imported ----------------------------------------------------------------


def python_files(package: Path) -> list[Path]:
    return sorted(p for p in package.rglob("*.py") if "__pycache__" not in p.parts)


def module_name(output: Path, file: Path) -> str:
    parts = list(file.relative_to(output).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _forget(package: str) -> None:
    for name in [n for n in sys.modules if n == package or n.startswith(package + ".")]:
        del sys.modules[name]


@contextlib.contextmanager
def imported(output: Path, package: str) -> Iterator[dict[str, ModuleType]]:
    """Every module of `output/package`, imported (no bytecode written); forgotten afterwards."""
    _forget(package)
    sys.path.insert(0, str(output))
    importlib.invalidate_caches()
    saved = sys.dont_write_bytecode
    sys.dont_write_bytecode = True
    try:
        modules = {}
        for file in python_files(output / package):
            name = module_name(output, file)
            modules[name] = importlib.import_module(name)
        yield modules
    finally:
        sys.dont_write_bytecode = saved
        sys.path.remove(str(output))
        _forget(package)


def model_classes(modules: dict[str, ModuleType]) -> list[type]:
    import pydantic

    found = []
    for name, module in sorted(modules.items()):
        if ".types." not in f"{name}.":
            continue
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and issubclass(value, pydantic.BaseModel)
                and value.__module__ == module.__name__
            ):
                found.append(value)
    return found


def fields_by_api_name(classes: list[type]) -> dict[str, list[tuple[type, Any]]]:
    """API (JSON) name -> [(model class, pydantic FieldInfo)], for every field of every model."""
    result: dict[str, list[tuple[type, Any]]] = {}
    for cls in classes:
        with contextlib.suppress(Exception):
            cls.model_rebuild()  # type: ignore[attr-defined]
        for name, info in cls.model_fields.items():  # type: ignore[attr-defined]
            result.setdefault(name if info.alias is None else info.alias, []).append((cls, info))
    return result


def literal_values(annotation: Any) -> tuple[Any, ...] | None:
    """The values of the first `Literal[...]` inside an annotation (None when there is none)."""
    if typing.get_origin(annotation) is typing.Literal:
        return typing.get_args(annotation)
    for arg in typing.get_args(annotation):
        found = literal_values(arg)
        if found is not None:
            return found
    return None


def same_value(a: Any, b: Any) -> bool:
    """Equal and of the same JSON type, all the way down (True is not 1, 1 is not 1.0)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(same_value(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(same_value(x, y) for x, y in zip(a, b))
    if isinstance(a, float) and a != a:
        return b != b
    return bool(a == b)


def client_of(modules: dict[str, ModuleType], package: str, handler: Any, **kwargs: Any) -> Any:
    """The generated sync client, talking to `handler` (an httpx.MockTransport callback)."""
    import httpx

    client_module = modules[f"{package}._client"]
    transport = httpx.MockTransport(handler)
    if "api_key" in inspect.signature(client_module.Client).parameters:
        kwargs.setdefault("api_key", "key")
    else:  # the API has no apiKey security scheme
        kwargs.pop("api_key", None)
    return client_module.Client(http_client=httpx.Client(transport=transport), **kwargs)


def resource_methods(modules: dict[str, ModuleType], package: str) -> dict[str, list[str]]:
    """Resource class name -> its public method names (sync classes only)."""
    found: dict[str, list[str]] = {}
    for name, module in modules.items():
        if not name.startswith(f"{package}.resources."):
            continue
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and value.__module__ == module.__name__
                and value.__name__.endswith("Resource")
                and not value.__name__.startswith("Async")
            ):
                found[value.__name__] = sorted(
                    m
                    for m in vars(value)
                    if not m.startswith("_") and m not in ("with_raw_response", "with_streaming_response")
                )
    return found


# --- subprocesses, memory measured ------------------------------------------------------------------

# A wrapper process: its only child is the command, so RUSAGE_CHILDREN is that command (and the
# processes it waited for), not whatever else the test process has run before.
_PEAK_MEMORY = """
import json, resource, subprocess, sys
proc = subprocess.run(sys.argv[1:], capture_output=True, text=True)
peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"code": proc.returncode, "peak_kib": peak_kib, "out": proc.stdout, "err": proc.stderr}))
"""


@dataclass
class MemoryRun:
    code: int
    peak_mib: float  # peak resident set size of the command, interpreter start-up included
    out: str
    err: str


def run_with_peak_memory(argv: list[str], timeout: float = 300) -> MemoryRun:
    """Run `argv` in a fresh wrapper process that reports its peak RSS. The timeout only keeps a
    hang from stopping the suite; it is far above what any run needs."""
    proc = subprocess.run([PYTHON, "-c", _PEAK_MEMORY, *argv], capture_output=True, text=True, timeout=timeout)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    return MemoryRun(data["code"], data["peak_kib"] / 1024, data["out"], data["err"])


def generator_argv(*args: object) -> list[str]:
    return [PYTHON, "-m", "generator", *[str(a) for a in args]]


def generator_env(**overrides: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "COV_", "PYTEST"))}
    env["PYTHONPATH"] = str(REPO)
    env.update(overrides)
    return env


def tree_bytes(root: Path) -> dict[str, bytes]:
    """Every file under `root` (no caches), relative path -> bytes; symlinks as 'link -> target'."""
    result: dict[str, bytes] = {}
    if not root.exists():
        return result
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        if "__pycache__" in path.parts:
            continue
        if path.is_symlink():
            result[rel] = b"link -> " + os.readlink(path).encode()
        elif path.is_file():
            result[rel] = path.read_bytes()
    return result
