"""The committed `Run` matches the LangSmith reference page attribute for attribute.

The page (../shared/seed/langsmith-run-reference.txt) lists each attribute as
"attribute\n<name>: <annotation>" and then the descriptions, one paragraph group per attribute,
in the same order. We compare against the source of generated/.../types/run.py (names, order,
annotations as written, attribute docstrings) and against the imported class (methods, Config).
"""

from __future__ import annotations

import ast
import inspect
import re
from pathlib import Path

import pytest

from tests.support import GENERATED, SHARED, import_generated

SEED = SHARED / "seed" / "langsmith-run-reference.txt"
RUN_MODULE = GENERATED / "langsmith_openapi_client" / "types" / "run.py"
SIBLINGS = [
    "CompletionCostDetails",
    "CompletionTokenDetails",
    "Event",
    "FeedbackStats",
    "PromptCostDetails",
    "PromptTokenDetails",
]


def seed_attributes() -> list[tuple[str, str]]:
    lines = SEED.read_text(encoding="utf-8").splitlines()
    found = []
    for index, line in enumerate(lines[:-1]):
        if line.strip() == "attribute":
            name, _, annotation = lines[index + 1].partition(": ")
            found.append((name.strip(), annotation.strip()))
    return found


def seed_descriptions(names: list[str]) -> dict[str, str]:
    """Description text per attribute: from "<name> is/..." to the next attribute's paragraph."""
    text = SEED.read_text(encoding="utf-8")
    tail = text[text.index("\n" + names[-1] + ": ") :]
    tail = tail[tail.index("\n\n") :]
    paragraphs = [p.strip() for p in tail.split("\n\n") if p.strip()]
    descriptions: dict[str, str] = {}
    order = iter(names)
    current = next(order)
    pending = next(order, None)
    for paragraph in paragraphs:
        if pending is not None and paragraph.startswith(pending + " "):
            current, pending = pending, next(order, None)
        descriptions[current] = (descriptions.get(current, "") + "\n\n" + paragraph).strip()
    return descriptions


def generated_classes() -> dict[str, list[tuple[str, str, str]]]:
    tree = ast.parse(RUN_MODULE.read_text(encoding="utf-8"))
    classes: dict[str, list[tuple[str, str, str]]] = {}
    for node in tree.body:
        if not isinstance(node, ast.ClassDef):
            continue
        fields = []
        body = node.body
        for position, statement in enumerate(body):
            if isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name):
                doc = ""
                following = body[position + 1] if position + 1 < len(body) else None
                if isinstance(following, ast.Expr) and isinstance(following.value, ast.Constant):
                    doc = inspect.cleandoc(str(following.value.value))
                fields.append((statement.target.id, ast.unparse(statement.annotation), doc))
        classes[node.name] = fields
    return classes


@pytest.fixture(scope="module")
def seed() -> list[tuple[str, str]]:
    if not SEED.is_file():
        pytest.fail(f"the seed page is missing: {SEED}")
    return seed_attributes()


def test_seed_page_parses_to_44_attributes(seed: list[tuple[str, str]]) -> None:
    assert len(seed) == 44
    assert seed[0] == ("id", "Optional[str]")


def test_run_attributes_match_the_seed_in_order(seed: list[tuple[str, str]]) -> None:
    run_fields = generated_classes()["Run"]
    assert [(name, annotation) for name, annotation, _ in run_fields] == seed


def test_run_attribute_docstrings_are_the_seed_descriptions(seed: list[tuple[str, str]]) -> None:
    expected = seed_descriptions([name for name, _ in seed])
    actual = {name: doc for name, _, doc in generated_classes()["Run"]}
    assert set(expected) == set(actual)
    for name, text in expected.items():
        assert " ".join(actual[name].split()) == " ".join(text.split()), name


def test_module_classes_and_all_order() -> None:
    tree = ast.parse(RUN_MODULE.read_text(encoding="utf-8"))
    class_names = [node.name for node in tree.body if isinstance(node, ast.ClassDef)]
    assert class_names == ["Run", *SIBLINGS]
    all_value = next(
        node.value for node in tree.body if isinstance(node, ast.Assign) and ast.unparse(node.targets[0]) == "__all__"
    )
    assert ast.literal_eval(all_value) == ["Run", *SIBLINGS]
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            assert [ast.unparse(base) for base in node.bases] == ["BaseModel"]


def test_every_run_field_is_optional_with_none_default() -> None:
    source = RUN_MODULE.read_text(encoding="utf-8")
    tree = ast.parse(source)
    run = next(node for node in tree.body if isinstance(node, ast.ClassDef) and node.name == "Run")
    assigns = [s for s in run.body if isinstance(s, ast.AnnAssign)]
    assert len(assigns) == 44
    for statement in assigns:
        assert ast.unparse(statement.annotation).startswith("Optional[")
        assert isinstance(statement.value, ast.Constant) and statement.value.value is None


def test_sibling_fields_come_from_the_spec() -> None:
    classes = generated_classes()
    assert [f[:2] for f in classes["Event"]] == [
        ("kwargs", "Optional[object]"),
        ("name", "Optional[str]"),
        ("time", "Optional[datetime]"),
    ]
    assert [f[:2] for f in classes["CompletionTokenDetails"]] == [("raw", "Optional[Dict[str, int]]")]
    assert [f[:2] for f in classes["PromptCostDetails"]] == [("raw", "Optional[Dict[str, float]]")]
    stats = dict(f[:2] for f in classes["FeedbackStats"])
    assert stats["sources"] == "Optional[List[object]]"
    assert stats["values"] == "Optional[Dict[str, int]]"


def test_run_surface_matches_the_reference_page() -> None:
    run_module = import_generated("langsmith_openapi_client.types.run")
    Run = run_module.Run
    assert Run.__module__.endswith("langsmith_openapi_client.types.run")
    assert Run.__mro__[1].__name__ == "BaseModel"
    for name in ("to_dict", "to_json", "model_dump", "model_dump_json", "construct", "model_construct"):
        assert callable(getattr(Run, name)), name
    assert inspect.isclass(Run.Config)
    assert isinstance(Run.model_config, dict)
    assert Run().model_fields_set == set()

    to_dict = inspect.signature(Run.to_dict)
    assert [(p.name, p.default) for p in to_dict.parameters.values()][1:] == [
        ("mode", "python"),
        ("use_api_names", True),
        ("exclude_unset", True),
        ("exclude_defaults", False),
        ("exclude_none", False),
        ("warnings", True),
    ]
    to_json = inspect.signature(Run.to_json)
    assert [(p.name, p.default) for p in to_json.parameters.values()][1:] == [
        ("indent", 2),
        ("use_api_names", True),
        ("exclude_unset", True),
        ("exclude_defaults", False),
        ("exclude_none", False),
        ("warnings", True),
    ]
    assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in list(to_json.parameters.values())[1:])
    assert re.search(r"as it would be received from or sent to the API", Run.to_json.__doc__ or "")
