"""The package's history across versions: "Since" for every name, the changelog, and `make
generate`'s summary of what the spec's changes mean for users of the client.

Each test generates a small API into tmp_path, changes it, bumps the version and generates again,
the way a team ships releases; it then reads the history file, CHANGELOG.md and the docstrings."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.cli import main
from tests.support import REPO_ROOT

PACKAGE = "shop_client"
HISTORY = f"{PACKAGE}/.api-history.json"


def _spec() -> dict[str, Any]:
    item = {
        "type": "object",
        "description": "A thing for sale.",
        "required": ["id"],
        "properties": {
            "id": {"type": "string", "description": "Its identifier."},
            "price": {"type": "number", "description": "Price in cents."},
            "colour": {"type": "string", "enum": ["red", "blue"]},
        },
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": "Shop", "version": "1"},
        "paths": {
            "/items/{item_id}": {
                "get": {
                    "operationId": "getItem",
                    "tags": ["items"],
                    "parameters": [{"name": "item_id", "in": "path", "required": True, "schema": {"type": "string"}}],
                    "responses": {
                        "200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Item"}}}}
                    },
                }
            }
        },
        "components": {"schemas": {"Item": item}},
    }


class Project:
    """A spec, a config naming its version, and the output folder, in tmp_path."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.spec_path = folder / "openapi.yaml"
        self.config_path = folder / "config.yaml"
        self.output = folder / "out"

    def generate(self, spec: dict[str, Any], version: str, *extra: str) -> int:
        self.spec_path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
        config = {"package": PACKAGE, "version": version, "spec": "openapi.yaml", "output": "out"}
        self.config_path.write_text(yaml.safe_dump(config), encoding="utf-8")
        return main(["generate", "--config", str(self.config_path), "--no-cache", *extra])

    def history(self) -> dict[str, Any]:
        data: dict[str, Any] = json.loads((self.output / HISTORY).read_text(encoding="utf-8"))
        return data

    def changelog(self) -> str:
        return (self.output / "CHANGELOG.md").read_text(encoding="utf-8")

    def model_source(self) -> str:
        return (self.output / PACKAGE / "types" / "item.py").read_text(encoding="utf-8")


@pytest.fixture
def project(tmp_path: Path) -> Project:
    return Project(tmp_path)


def _entry(changelog: str, version: str) -> str:
    """The changelog's section for `version`, up to the next one."""
    start = changelog.index(f"\n## {version}\n")
    end = changelog.find("\n## ", start + 1)
    return changelog[start : end if end != -1 else None]


def test_a_version_bump_records_new_names_and_writes_a_changelog_entry(project: Project) -> None:
    assert project.generate(_spec(), "1.0.0") == 0
    first = project.history()
    assert first["since"]["types.item.Item"] == "1.0.0"
    assert first["since"]["types.item.Item.price"] == "1.0.0"
    assert first["since"]["client.items.retrieve"] == "1.0.0"
    assert "The first version the history records." in _entry(project.changelog(), "1.0.0")

    spec = _spec()
    item = spec["components"]["schemas"]["Item"]
    del item["properties"]["price"]
    item["properties"]["stock"] = {"type": "integer", "description": "How many are left."}
    item["properties"]["colour"]["enum"].append("green")
    assert project.generate(spec, "2.0.0") == 0

    history = project.history()
    assert history["since"]["types.item.Item.stock"] == "2.0.0"
    assert history["since"]["types.item.Item.id"] == "1.0.0"
    assert history["since"]["types.item.Item.price"] == "1.0.0", "a name that disappeared keeps its past"
    entry = _entry(project.changelog(), "2.0.0")
    assert "Changes since 1.0.0: 1 breaking, 2 other" in entry
    assert "they call for a **major** version step" in entry
    breaking = entry[entry.index("### Breaking") : entry.index("### Added and changed")]
    assert "Item.price removed" in breaking
    assert "Item.stock added" in entry[entry.index("### Added and changed") :]
    assert "value 'green' added" in entry
    assert "The first version the history records." in _entry(project.changelog(), "1.0.0")
    # The docstrings: the class since 1.0, the new field since 2.0, the old ones say nothing more.
    source = project.model_source()
    assert "Since v1.0" in source
    stock = source[source.index("stock:") :]
    assert "Since v2.0" in stock[: stock.index('"""', stock.index('"""') + 3) + 3]
    assert source.count("Since v2.0") == 1


def test_the_current_versions_entry_follows_the_spec_and_a_bump_freezes_it(project: Project) -> None:
    project.generate(_spec(), "1.0.0")
    spec = _spec()
    spec["components"]["schemas"]["Item"]["properties"]["stock"] = {"type": "integer"}
    project.generate(spec, "1.1.0")
    spec["components"]["schemas"]["Item"]["properties"]["weight"] = {"type": "number"}
    project.generate(spec, "1.1.0")  # the spec changed again before 1.1.0 shipped
    entry = _entry(project.changelog(), "1.1.0")
    assert "Item.stock added" in entry and "Item.weight added" in entry
    assert project.history()["since"]["types.item.Item.weight"] == "1.1.0"

    spec["components"]["schemas"]["Item"]["properties"]["price"]["description"] = "Price in euro cents."
    project.generate(spec, "1.1.1")
    changelog = project.changelog()
    assert _entry(changelog, "1.1.0") == entry, "a released version's entry is frozen"
    patch = _entry(changelog, "1.1.1")
    assert "0 breaking, 0 other, 1 in the documentation" in patch
    assert "**patch**" in patch
    assert changelog.index("## 1.1.1") < changelog.index("## 1.1.0") < changelog.index("## 1.0.0")


def test_a_frozen_version_cannot_be_generated_again(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    project.generate(_spec(), "1.0.0")
    project.generate(_spec(), "1.1.0")
    before = (project.output / HISTORY).read_bytes()
    assert project.generate(_spec(), "1.0.0") == 1
    assert "version 1.0.0 already has a frozen changelog entry" in capsys.readouterr().err
    assert (project.output / HISTORY).read_bytes() == before


def test_a_bump_smaller_than_the_changes_call_for_is_a_warning(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    project.generate(_spec(), "1.0.0")
    spec = _spec()
    del spec["components"]["schemas"]["Item"]["properties"]["price"]
    capsys.readouterr()
    assert project.generate(spec, "1.0.1") == 0
    err = capsys.readouterr().err
    assert "warning: version 1.0.1 is a patch step from 1.0.0, but its changes (1 breaking) call for a major step" in err


def test_a_damaged_history_stops_the_run_and_writes_nothing(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    project.generate(_spec(), "1.0.0")
    (project.output / HISTORY).write_text("{not json", encoding="utf-8")
    readme = (project.output / "README.md").read_bytes()
    assert project.generate(_spec(), "1.1.0") == 1
    assert "the package history is damaged" in capsys.readouterr().err
    assert (project.output / HISTORY).read_text(encoding="utf-8") == "{not json"
    assert (project.output / "README.md").read_bytes() == readme


def test_check_fails_when_a_version_bump_is_not_generated_yet(project: Project) -> None:
    project.generate(_spec(), "1.0.0")
    assert project.generate(_spec(), "1.0.0", "--check") == 0
    assert project.generate(_spec(), "1.1.0", "--check") == 1


def test_a_hand_edited_history_is_read_again_not_replayed(project: Project) -> None:
    """The no-op replay must not hide an edit of the history (it is an input too)."""
    config_args = ["generate", "--config", str(project.config_path)]
    project.generate(_spec(), "1.0.0")
    assert main(config_args) == 0
    path = project.output / HISTORY
    data = json.loads(path.read_text(encoding="utf-8"))
    data["since"]["types.item.Item.price"] = "0.5.0"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert main(config_args) == 0
    assert "Since v0.5" in project.model_source()


@pytest.mark.skipif(shutil.which("git") is None or shutil.which("make") is None, reason="needs git and make")
def test_make_generate_says_what_changed_since_the_last_commit(tmp_path: Path) -> None:
    """The repository's own Makefile, in a throw-away checkout holding a copy of spec/."""
    shutil.copy(REPO_ROOT / "Makefile", tmp_path / "Makefile")
    shutil.copytree(REPO_ROOT / "spec", tmp_path / "spec")
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@t", "-c", "commit.gpgsign=false"]
    subprocess.run([*git, "init", "-q"], cwd=tmp_path, check=True)
    subprocess.run([*git, "add", "spec"], cwd=tmp_path, check=True)
    subprocess.run([*git, "commit", "-q", "-m", "spec"], cwd=tmp_path, check=True)
    spec_path = tmp_path / "spec" / "langsmith.yaml"
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    run = spec["components"]["schemas"]["Run"]["properties"]
    del run["app_path"]
    run["agent_id"] = {"type": "string", "description": "The agent that made the run."}
    spec_path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")

    make = ["make", "-s", "generate", f"PY={sys.executable}", "GENERATOR_STAMP="]
    done = subprocess.run(make, cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    summary = lines.index(next(line for line in lines if line.startswith("git:HEAD:spec/langsmith.yaml -> ")))
    assert "2 change(s) for client users, 1 breaking" in lines[summary]
    assert lines[summary + 1].startswith("BREAKING") and "Run.app_path removed" in lines[summary + 1]
    assert "Run.agent_id added" in lines[summary + 2]
    assert (tmp_path / "generated" / "langsmith_openapi_client" / "types" / "run.py").is_file()
