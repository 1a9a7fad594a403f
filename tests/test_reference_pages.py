"""The reference pages (reference/<module>.md beside api.md) and "Since vX" in docstrings.

The page of `Run` must carry every fact the seed page (../shared/seed/langsmith-run-reference.txt)
carries. Annotations: the page spells each one as the generated module does (double-quoted string
literals, as black writes them), the seed with single quotes. The fact is the type, so the two are
compared as Python: both parsed and unparsed by `ast`, which spells every literal alike and leaves
everything else as written.

Until the history stage stamps versions, these tests build the flagship's IR themselves and stamp
a version on every item (`stamped`); the `run_page` fixture says where the Run page comes from.
"""

from __future__ import annotations

import ast
import dataclasses
import inspect
import json
import os
import posixpath
import re
import subprocess
import sys
from pathlib import Path
from typing import Any, TypeVar

import black
import pytest

from generator.build import build_package
from generator.config import Config, load_config
from generator.ir import Package
from generator.documents import DocumentSet
from generator.render import render_package
from tests.support import REPO_ROOT, import_generated
from tests.test_run_seed import SEED, SIBLINGS, seed_attributes, seed_descriptions

PACKAGE = "langsmith_openapi_client"
RUN_HEADING = f"## `{PACKAGE}.types.run.Run`"
FIXTURES = REPO_ROOT / "tests" / "fixtures"
MODE = black.Mode(target_versions={black.TargetVersion.PY310}, line_length=120)
T = TypeVar("T")


# --- building and rendering --------------------------------------------------------------------


def stamped(item: T, version: str) -> T:
    """`item` with `since` set to `version` on it and on everything inside it that has one."""
    if isinstance(item, tuple):
        return tuple(stamped(x, version) for x in item)  # type: ignore[return-value]
    if not dataclasses.is_dataclass(item) or isinstance(item, type):
        return item
    changes = {f.name: stamped(getattr(item, f.name), version) for f in dataclasses.fields(item) if f.init}
    if "since" in changes:
        changes["since"] = version
    return dataclasses.replace(item, **changes)


def flagship(version: str = "0.9.0") -> Package:
    config = load_config(REPO_ROOT / "spec" / "config.yaml")
    package = build_package(DocumentSet(REPO_ROOT / "spec" / "langsmith.yaml"), config, [])
    return stamped(package, version) if version else package


def fixture_package(stem: str, version: str = "0.9.0") -> Package:
    config_path = FIXTURES / f"{stem}.config.yaml"
    config = load_config(config_path) if config_path.is_file() else Config(package=f"{stem}_client")
    package = build_package(DocumentSet(FIXTURES / f"{stem}.yaml"), config, [])
    return stamped(package, version) if version else package


def rendered(package: Package) -> dict[str, str]:
    return {f.path: f.text for f in render_package(package)}


def later(package: Package) -> Package:
    """The flagship as if `Run.trace_id` and `client.runs.list_by_trace` came in 0.10.0."""
    module = next(m for m in package.type_modules if m.module == "types.run")
    run = module.models[0]
    fields = tuple(dataclasses.replace(f, since="0.10.0") if f.name == "trace_id" else f for f in run.fields)
    module = dataclasses.replace(module, models=(dataclasses.replace(run, fields=fields), *module.models[1:]))
    runs = package.resources[0]
    operations = tuple(
        dataclasses.replace(op, since="0.10.0") if op.name == "list_by_trace" else op for op in runs.operations
    )
    return dataclasses.replace(
        package,
        type_modules=tuple(module if m.module == "types.run" else m for m in package.type_modules),
        resources=(dataclasses.replace(runs, operations=operations), *package.resources[1:]),
    )


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    return rendered(flagship())


@pytest.fixture(scope="module")
def run_page(pages: dict[str, str]) -> str:
    """The committed page (test_drift.py keeps it what the generator writes today)."""
    return (REPO_ROOT / "generated" / "reference" / "types" / "run.md").read_text(encoding="utf-8")


# --- reading the pages -------------------------------------------------------------------------


def section(page: str, heading: str) -> str:
    """From `heading` (a whole line) to the next heading of the same or a higher level."""
    level = heading.split(" ")[0]
    lines = page.splitlines()
    start = lines.index(heading)
    end = next(
        (
            i
            for i in range(start + 1, len(lines))
            if re.match(r"#+ ", lines[i]) and len(lines[i].split(" ")[0]) <= len(level)
        ),
        len(lines),
    )
    return "\n".join(lines[start:end])


def attributes(class_section: str) -> list[tuple[str, str, str]]:
    """(name, annotation, text under it) for each `#### `name: annotation`` of a class section."""
    found = []
    for match in re.finditer(r"^#### `([^`:]+): ([^`]+)`\n(.*?)(?=^#{2,4} |\Z)", class_section, re.M | re.S):
        found.append((match.group(1), match.group(2), " ".join(match.group(3).split())))
    return found


def as_python(annotation: str) -> str:
    return ast.unparse(ast.parse(annotation, mode="eval"))


def module_annotations(source: str, class_name: str) -> dict[str, str]:
    tree = ast.parse(source)
    node = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == class_name)
    return {
        s.target.id: ast.unparse(s.annotation)
        for s in node.body
        if isinstance(s, ast.AnnAssign) and isinstance(s.target, ast.Name)
    }


def github_anchor(heading: str) -> str:
    text = heading.lstrip("#").strip().lower()
    return "".join(c for c in text if c.isalnum() or c in "-_ ").replace(" ", "-")


# --- (a) the Run page carries every fact of the seed page ----------------------------------------


def test_run_page_is_headed_by_the_import_path_since_and_constructor(run_page: str) -> None:
    assert run_page.splitlines()[1] == f"# `{PACKAGE}.types.run`"
    headings = [line for line in run_page.splitlines() if line.startswith("## ")]
    assert headings[0] == RUN_HEADING
    run = section(run_page, RUN_HEADING)
    assert run.splitlines()[2] == "Class · Since v0.9"
    assert f"```python\nfrom {PACKAGE}.types.run import Run\n\nRun()\n```" in run
    assert "### Bases\n\n- `BaseModel`\n" in run


def test_run_page_attributes_are_the_seed_attributes(run_page: str, pages: dict[str, str]) -> None:
    seed = seed_attributes()
    assert len(seed) == 44
    on_page = attributes(section(run_page, RUN_HEADING))
    assert [name for name, _, _ in on_page] == [name for name, _ in seed]
    in_module = module_annotations(pages[f"{PACKAGE}/types/run.py"], "Run")
    for (name, annotation, _), (_, seed_annotation) in zip(on_page, seed):
        assert as_python(annotation) == seed_annotation, name
        assert as_python(annotation) == in_module[name], name
    statuses = dict((name, annotation) for name, annotation, _ in on_page)
    assert (
        statuses["run_type"]
        == 'Optional[Literal["TOOL", "CHAIN", "LLM", "RETRIEVER", "EMBEDDING", "PROMPT", "PARSER"]]'
    )


def test_run_page_attribute_descriptions_are_the_seed_descriptions(run_page: str) -> None:
    names = [name for name, _ in seed_attributes()]
    expected = seed_descriptions(names)
    on_page = {name: text for name, _, text in attributes(section(run_page, RUN_HEADING))}
    for name in names:
        assert on_page[name] == " ".join(expected[name].split()), name


def test_run_page_lists_what_base_model_gives(run_page: str) -> None:
    run = section(run_page, RUN_HEADING)
    inherited = section(run, "### Attributes inherited from `BaseModel`")
    assert "- `model_fields_set: set[str]`:" in inherited
    assert "- `model_config: ConfigDict`:" in inherited
    # The seed's `model_construct: construct`, and true of the runtime (checked on the class).
    assert "- `model_construct: construct`:" in inherited
    run_class = import_generated("langsmith_openapi_client.types.run").Run
    assert run_class.model_construct == run_class.construct
    built = run_class.model_construct(events=[{"name": "token"}])
    assert type(built.events[0]).__name__ == "Event"
    methods = section(run, "### Methods")
    seed_text = SEED.read_text(encoding="utf-8")
    for name, sentence in (
        ("to_dict", "Recursively generate a dictionary representation of the model, optionally specifying which fields to include or exclude."),
        ("to_json", "Generates a JSON string representing this model as it would be received from or sent to the API (but with indentation)."),
    ):  # fmt: skip
        assert sentence in seed_text
        assert re.search(rf"^- `{name}\(.*\n\n  {re.escape(sentence)}$", methods, re.M), name
    for name in ("model_dump", "model_dump_json"):
        described = re.search(rf"^- `{name}\(\.\.\.\) -> [^`]+`\n\n  (.+)$", methods, re.M)
        assert described is not None, name
        assert re.search(
            r"Usage docs: https://docs\.pydantic\.dev/2\.\d+/concepts/serialization/#\S+$", described.group(1)
        )
    assert [m.group(1) for m in re.finditer(r"^- `(\w+)\(", methods, re.M)] == [
        "to_dict", "to_json", "construct", "model_dump", "model_dump_json"
    ]  # fmt: skip
    assert section(run, "### Classes").splitlines()[2].startswith("- `Config`: ")


def _signature_text(function: Any) -> str:
    """`name(...) -> R` as the page writes it: defaults as Python (double-quoted), no annotations."""
    parts = []
    for parameter in inspect.signature(function).parameters.values():
        if parameter.name == "self":
            continue
        if parameter.kind is parameter.KEYWORD_ONLY and "*" not in parts:
            parts.append("*")
        if parameter.kind is parameter.VAR_KEYWORD:
            parts.append(f"**{parameter.name}")
        elif parameter.default is parameter.empty:
            parts.append(parameter.name)
        else:
            default = f'"{parameter.default}"' if isinstance(parameter.default, str) else repr(parameter.default)
            parts.append(f"{parameter.name}={default}")
    returns = inspect.signature(function).return_annotation
    return f"{function.__name__}({', '.join(parts)}) -> {returns}"


def test_run_page_methods_and_config_are_the_runtime_s(run_page: str) -> None:
    models = import_generated(f"{PACKAGE}._models")
    methods = section(section(run_page, RUN_HEADING), "### Methods")
    for method in (models.BaseModel.to_dict, models.BaseModel.to_json, models.BaseModel.construct):
        assert f"- `{_signature_text(method)}`" in methods
        described = re.search(rf"^- `{re.escape(_signature_text(method))}`.*\n\n  (.+)$", methods, re.M)
        assert described is not None and described.group(1) == " ".join(inspect.getdoc(method).split())  # type: ignore[union-attr]
    inherited = section(section(run_page, RUN_HEADING), "### Attributes inherited from `BaseModel`")
    config_line = next(line for line in inherited.splitlines() if line.startswith("- `model_config"))
    shown = re.findall(r"`(\w+)=([^`]+)`", config_line)
    assert {key for key, _ in shown} == {"extra", "populate_by_name", "protected_namespaces", "defer_build"}
    for key, value in shown:
        assert ast.literal_eval(value) == models.BaseModel.model_config[key], key
        assert getattr(models.BaseModel.Config, key) == models.BaseModel.model_config[key], key


def test_run_page_sibling_classes_follow_in_module_order(run_page: str) -> None:
    headings = [line for line in run_page.splitlines() if line.startswith("## ")]
    assert headings == [f"## `{PACKAGE}.types.run.{name}`" for name in ["Run", *SIBLINGS]]
    for name in SIBLINGS:
        sibling = section(run_page, f"## `{PACKAGE}.types.run.{name}`")
        assert sibling.splitlines()[2] == "Class · Since v0.9"
        assert f"\n{name}()\n" in sibling
        assert "- `BaseModel`" in sibling and "- `Config`:" in sibling
    feedback = attributes(section(run_page, f"## `{PACKAGE}.types.run.FeedbackStats`"))
    assert feedback, "FeedbackStats lists its attributes"


def test_run_page_says_which_methods_use_run(run_page: str, pages: dict[str, str]) -> None:
    used_in = section(section(run_page, RUN_HEADING), "### Used in")
    calls = re.findall(r"^- \[`client\.([\w.]+)`\]\(\.\./resources/runs\.md#([\w-]+)\): (.+)$", used_in, re.M)
    assert [(call, role) for call, _, role in calls] == [
        ("runs.query", "return value"),
        ("runs.retrieve", "return value"),
        ("runs.list_by_trace", "return value"),
    ]
    resource_page = pages["reference/resources/runs.md"]
    for call, fragment, _ in calls:
        assert fragment == github_anchor(f"`client.{call}`")
        assert f"## `client.{call}`" in resource_page.splitlines()
    # Event is only ever reached through Run's fields: still used by the same methods.
    event = section(section(run_page, f"## `{PACKAGE}.types.run.Event`"), "### Used in")
    assert "client.runs.retrieve" in event


# --- (b) resource pages --------------------------------------------------------------------------


def _method_code(source: str, class_name: str, method: str) -> tuple[dict[str, str], str]:
    """(argument -> annotation without `| NotGiven`, return annotation) of a generated method."""
    tree = ast.parse(source)
    owner = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == class_name)
    function = next(n for n in owner.body if isinstance(n, ast.FunctionDef) and n.name == method)
    arguments = {}
    for argument in [*function.args.args[1:], *function.args.kwonlyargs]:
        annotation = argument.annotation
        if isinstance(annotation, ast.BinOp) and ast.unparse(annotation.right) == "NotGiven":
            annotation = annotation.left
        arguments[argument.arg] = ast.unparse(annotation)  # type: ignore[arg-type]
    return arguments, ast.unparse(function.returns)  # type: ignore[arg-type]


def test_resource_pages_show_every_method_as_the_code_has_it(pages: dict[str, str]) -> None:
    package = flagship()
    api = pages["api.md"]
    for path, resource in package.resources_by_path():
        page = pages[f"reference/resources/{resource.module.split('.')[-1]}.md"]
        assert page.splitlines()[1] == f"# `client.{path}`"
        assert f"The module `{PACKAGE}.{resource.module}`" in page
        source = pages[f"{PACKAGE}/resources/{resource.module.split('.')[-1]}.py"]
        for op in resource.operations:
            method = section(page, f"## `client.{path}.{op.name}`")
            assert f"`{op.http_method.upper()} {op.path}`" in method.splitlines()[2]
            code = re.search(r"```python\n(.*?)\n```", method, re.S).group(1)  # type: ignore[union-attr]
            arguments, returns = _method_code(source, f"{resource.class_name}Resource", op.name)
            call_line = next(line for line in api.splitlines() if f"`client.{path}.{op.name}(" in line)
            one_line = re.sub(r",\n\)", ")", re.sub(r"\(\n\s*", "(", code)).replace(",\n    ", ", ")
            assert f"`{one_line}`" in call_line
            assert code.endswith(f") -> {returns}")
            listed = re.findall(
                r"^- `(\w+): ([^`]+)` \((path|query|header|cookie|body), (required|optional)", method, re.M
            )
            assert [name for name, *_ in listed] == list(arguments), op.name
            for name, annotation, where, needed in listed:
                assert as_python(annotation) == arguments[name], name
                parameter = next((p for p in op.parameters if p.name == name), None)
                assert where == (parameter.location if parameter else "body"), name
            returned = re.search(r"^\*\*Returns\*\* `([^`]+)`", method, re.M)
            assert returned is not None and returned.group(1) == returns


def test_runs_page_describes_arguments_pagination_and_links(pages: dict[str, str]) -> None:
    page = pages["reference/resources/runs.md"]
    retrieve = section(page, "## `client.runs.retrieve`")
    assert "- `run_id: str` (path, required): UUID of the run to fetch." in retrieve
    assert "- `project_id: str` (query, required): UUID of the tracing project the run was logged to." in retrieve
    assert (
        "- `selects: List[RunSelectField]` (query, optional; see [`RunSelectField`](../types/run_select_field.md#"
        in retrieve
    )
    assert f"**Returns** `Run`. See [`Run`](../types/run.md#{github_anchor(RUN_HEADING)})." in retrieve
    query = section(page, "## `client.runs.query`")
    assert "- `page_size: int` (body, optional, default `100`)" in query
    assert "**Returns** `SyncCursorPage[Run]`: one page of items" in query
    assert "`cursor` in the body" in query and "`AsyncPaginator[Run, AsyncCursorPage[Run]]`" in query
    assert "Search runs\n\nReturns one page of runs" in query


def _links(text: str) -> list[str]:
    return [url for url in re.findall(r"\]\(([^)\s]+)\)", text) if not url.startswith("http")]


@pytest.mark.parametrize(
    "stem", ["", "c_no_operation_id", "c_streaming", "c_bodies", "enum_aliases", "c_webhooks_only"]
)
def test_every_link_of_api_md_and_the_pages_leads_somewhere(stem: str, pages: dict[str, str]) -> None:
    files = pages if not stem else rendered(fixture_package(stem))
    documents = {path: text for path, text in files.items() if path == "api.md" or path.startswith("reference/")}
    reference = {path for path in documents if path.startswith("reference/")}
    assert reference, "there are reference pages"
    linked_from_api = {posixpath.normpath(url.split("#")[0]) for url in _links(documents["api.md"])}
    assert reference <= linked_from_api, sorted(reference - linked_from_api)
    for path, text in documents.items():
        for url in _links(text):
            target, _, fragment = url.partition("#")
            resolved = posixpath.normpath(posixpath.join(posixpath.dirname(path), target)) if target else path
            assert resolved in files, f"{path}: {url}"
            if fragment:
                headings = [github_anchor(line) for line in files[resolved].splitlines() if line.startswith("#")]
                assert fragment in headings, f"{path}: {url}"


def test_request_typed_dicts_and_enum_aliases_have_sections() -> None:
    files = rendered(fixture_package("enum_aliases"))
    spec = files["reference/types/gadget_spec_param.md"]
    heading = "## `enum_aliases_client.types.gadget_spec_param.GadgetSpecParam`"
    assert heading in spec.splitlines()
    assert "TypedDict · Since v0.9" in spec
    assert "- `TypedDict` (`total=False`" in spec
    assert "#### `color: Color`" in spec and "#### `priority: Priority`" in spec
    assert "- [`client.gadgets.create`](../resources/gadgets.md#clientgadgetscreate): argument" in spec
    color = files["reference/types/color.md"]
    assert "Type alias · Since v0.9" in color
    assert '```python\nColor: TypeAlias = Literal["red", "green", "blue"]\n```' in color
    assert 'Values: `"red"`, `"green"`, `"blue"`.' in color


def test_attribute_notes_say_what_the_annotation_does_not() -> None:
    """Required (no default), the JSON key of a renamed field, the spec's default."""
    keywords = rendered(fixture_package("c_keywords_30"))["reference/types/product.md"]
    assert "#### `discount: Optional[Money]`\n\nrequired\n\nRequired, but null when" in keywords
    assert "#### `subtitle: Optional[str]`\n\nOptional and nullable." in keywords
    collisions = rendered(fixture_package("c_name_collisions"))["reference/types/keywords.md"]
    assert '#### `class_: Optional[builtins.str]`\n\nJSON key `"class"`' in collisions
    defaults = rendered(fixture_package("c_defaults_formats"))["reference/types/event.md"]
    assert '#### `severity: Optional[Literal["low", "high"]]`\n\ndefault `"low"`' in defaults


# --- (c) "Since" in docstrings -------------------------------------------------------------------


def _docstrings(source: str) -> dict[str, str]:
    """Class, method and attribute docstrings by dotted name ("Run", "Run.id", "RunsResource.query")."""
    found: dict[str, str] = {}
    for node in ast.parse(source).body:
        if not isinstance(node, ast.ClassDef):
            continue
        found[node.name] = ast.get_docstring(node) or ""
        for position, statement in enumerate(node.body):
            if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef)):
                found[f"{node.name}.{statement.name}"] = ast.get_docstring(statement) or ""
            elif isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name):
                following = node.body[position + 1] if position + 1 < len(node.body) else None
                is_doc = isinstance(following, ast.Expr) and isinstance(following.value, ast.Constant)
                found[f"{node.name}.{statement.target.id}"] = inspect.cleandoc(following.value.value) if is_doc else ""  # type: ignore[union-attr]
    return found


def test_since_ends_class_docstrings_and_only_there_when_all_is_one_version(pages: dict[str, str]) -> None:
    run = _docstrings(pages[f"{PACKAGE}/types/run.py"])
    for name in ["Run", *SIBLINGS]:
        assert run[name].endswith("\n\nSince v0.9") or run[name] == "Since v0.9", name
    assert not [name for name, doc in run.items() if "." in name and "Since" in doc]
    runs = _docstrings(pages[f"{PACKAGE}/resources/runs.py"])
    for class_name in ("RunsResource", "AsyncRunsResource"):
        assert (
            runs[class_name]
            == "Individual runs (LLM calls, tool calls, chain steps) and the traces they form.\n\nSince v0.9"
        )
        for method in ("query", "retrieve", "list_by_trace"):
            assert "Since" not in runs[f"{class_name}.{method}"]


def test_since_shows_on_members_that_came_later() -> None:
    files = rendered(later(flagship()))
    run = _docstrings(files[f"{PACKAGE}/types/run.py"])
    assert run["Run.trace_id"] == "trace_id is the root trace UUID; for a root run it matches id.\n\nSince v0.10"
    assert [name for name, doc in run.items() if "Since v0.10" in doc] == ["Run.trace_id"]
    runs = _docstrings(files[f"{PACKAGE}/resources/runs.py"])
    for class_name in ("RunsResource", "AsyncRunsResource"):
        assert runs[f"{class_name}.list_by_trace"].endswith("\n\nSince v0.10")
        assert "Since" not in runs[f"{class_name}.retrieve"]
    page = section(files["reference/types/run.md"], RUN_HEADING)
    trace_id = section(page, "#### `trace_id: Optional[str]`")
    assert trace_id.splitlines()[2] == "Since v0.10"
    assert page.count("Since v0.10") == 1
    methods = files["reference/resources/runs.md"]
    assert (
        section(methods, "## `client.runs.list_by_trace`").splitlines()[2]
        == "`GET /v2/traces/{trace_id}/runs` · Since v0.10"
    )
    assert "Since" not in section(methods, "## `client.runs.retrieve`")


def test_a_class_without_description_still_says_since() -> None:
    package = flagship()
    module = next(m for m in package.type_modules if m.module == "types.run")
    bare = dataclasses.replace(module.models[0], description="")
    module = dataclasses.replace(module, models=(bare, *module.models[1:]))
    package = dataclasses.replace(
        package, type_modules=tuple(module if m.module == "types.run" else m for m in package.type_modules)
    )
    source = rendered(package)[f"{PACKAGE}/types/run.py"]
    assert 'class Run(BaseModel):\n    """Since v0.9"""\n\n    id: Optional[str] = None\n' in source


def test_no_since_anywhere_without_history() -> None:
    files = rendered(flagship(version=""))
    for path, text in files.items():
        assert "Since v" not in text, path
    assert "Class\n" in files["reference/types/run.md"]


_SINCE_PARAGRAPH = re.compile(r"(?:^|\n\n)Since v[\d.]+$")


def _code_without_since(source: str) -> str:
    """The module's AST with every docstring cleaned (`inspect.cleandoc`) and its "Since vX"
    paragraph removed (a docstring that held only that, removed whole)."""
    tree = ast.parse(source)
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if not isinstance(body, list):
            continue
        kept = []
        for statement in body:
            if isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant):
                if isinstance(statement.value.value, str):
                    statement.value.value = _SINCE_PARAGRAPH.sub("", inspect.cleandoc(statement.value.value))
                    if not statement.value.value:
                        continue
            kept.append(statement)
        node.body = kept  # type: ignore[attr-defined]
    return ast.dump(tree)


@pytest.mark.parametrize("stem", ["objects", "enum_aliases", "c_streaming", "c_no_operation_id", "c_parameter_styles"])
def test_since_adds_docstring_lines_and_nothing_else(stem: str) -> None:
    """With history, the package differs from the one without only by its "Since" lines (what
    the golden trees held before there was history is the output without it)."""
    plain = {f.path: f.text for f in render_package(fixture_package(stem, version="")) if f.is_python}
    dated = {f.path: f.text for f in render_package(fixture_package(stem, version="0.9.0")) if f.is_python}
    assert set(plain) == set(dated)
    changed = [path for path in plain if plain[path] != dated[path]]
    assert changed, "some docstring says since when"
    for path in changed:
        assert _code_without_since(dated[path]) == _code_without_since(plain[path]), path
        assert "Since v0.9" in dated[path] and "Since v" not in plain[path], path


@pytest.mark.parametrize("stem", ["", "enum_aliases", "c_streaming", "c_bodies", "c_no_operation_id"])
def test_docstrings_with_since_are_black_clean(stem: str) -> None:
    package = later(flagship()) if not stem else fixture_package(stem)
    for file in render_package(package):
        if file.is_python and not file.builtin_runtime:  # the runtime is copied, not rendered
            assert black.format_str(file.text, mode=MODE) == file.text, file.path


def test_functional_typed_dicts_say_since_in_their_comment(tmp_path: Path) -> None:
    spec = tmp_path / "odd.yaml"
    spec.write_text(
        """
openapi: 3.0.3
info: {title: Odd, version: 1.0.0}
paths:
  /things:
    post:
      operationId: createThing
      tags: [things]
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              properties:
                spec:
                  type: object
                  description: What to make.
                  required: [min-size]
                  properties:
                    min-size: {type: integer, description: Smallest size.}
      responses:
        "204": {description: made}
""",
        encoding="utf-8",
    )
    package = stamped(build_package(DocumentSet(spec), Config(package="odd_client"), []), "1.2.0")
    files = rendered(package)
    source = files["odd_client/types/things_create_params.py"]
    assert "# What to make.\n# Since v1.2\nSpecParam = TypedDict(" in source
    assert black.format_str(source, mode=MODE) == source
    page = files["reference/types/things_create_params.md"]
    assert "TypedDict · Since v1.2" in page
    assert '#### `"min-size": Required[int]`\n\nSmallest size.' in page


# --- (d) determinism -----------------------------------------------------------------------------


def _reference(files: dict[str, str]) -> dict[str, str]:
    return {path: text for path, text in files.items() if path.startswith("reference/") or path == "api.md"}


def test_pages_are_the_same_every_time(pages: dict[str, str]) -> None:
    assert _reference(rendered(flagship())) == _reference(pages)
    script = (
        "import json, sys; from tests.test_reference_pages import flagship, rendered, _reference; "
        "json.dump(_reference(rendered(flagship())), sys.stdout)"
    )
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    out = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO_ROOT, env=env, capture_output=True, text=True, check=True
    )
    assert json.loads(out.stdout) == _reference(pages)


def test_every_type_module_and_resource_has_a_page(pages: dict[str, str]) -> None:
    package = flagship()
    expected = {f"reference/{m.module.replace('.', '/')}.md" for m in package.type_modules}
    expected |= {f"reference/{r.module.replace('.', '/')}.md" for _, r in package.resources_by_path()}
    assert {path for path in pages if path.startswith("reference/")} == expected
