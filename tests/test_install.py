"""The generator installs like any tool: clean checkout -> sdist -> wheel -> a fresh venv, then run
from a folder that has nothing to do with the repository.

Nothing is downloaded: the sdist and the wheel are built with the setuptools of the test venv
(pinned in the `test` extra) without build isolation, the wheel is installed with `--no-deps
--no-index`, and the generator's third-party dependencies are borrowed from the test venv.

The unit tests at the bottom cover how the built-in templates and the version are found.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import zipfile
import zipimport
from importlib.machinery import ModuleSpec
from pathlib import Path

import pytest

import generator
from generator import cli, fingerprint
from generator.errors import GeneratorError
from tests import golden_tool
from tests.conftest import REPO_ROOT

PACKAGE = "generator"
# Where a source checkout keeps the templates: beside the generator package.
CHECKOUT_TEMPLATES = Path(generator.__file__).resolve().parent.parent / "templates"
TEMPLATES_IN_WHEEL = f"{PACKAGE}/templates"
TIMEOUT = 300


def _run(argv: list[object], cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        [str(a) for a in argv], cwd=cwd, env=env, capture_output=True, text=True, timeout=TIMEOUT, check=False
    )
    assert proc.returncode == 0, f"{argv} exited {proc.returncode}:\n{proc.stdout}{proc.stderr}"
    return proc


def _clean_checkout(target: Path) -> Path:
    """The repository's files as a commit of the working tree would hold them: tracked files and
    new ones that git does not ignore (a file added for this change counts before it is
    committed); no .venv, egg-info, caches or build folders that could hide a packaging gap."""
    listed = _run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=REPO_ROOT).stdout
    for name in filter(None, listed.split("\0")):
        source = REPO_ROOT / name
        if source.is_file():  # a tracked file deleted in the working tree is gone from the commit too
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    return target


def _build(kind: str, source: Path, dist: Path) -> Path:
    """`kind` ("sdist" or "wheel") of the project in `source`, built by setuptools' PEP 517
    backend in a subprocess, as pip or `python -m build` would but without isolation."""
    script = f"import sys; from setuptools import build_meta; print(build_meta.build_{kind}(sys.argv[1]))"
    proc = _run([sys.executable, "-c", script, dist], cwd=source)
    return dist / proc.stdout.strip().splitlines()[-1]


def _unpack_sdist(sdist: Path, target: Path) -> Path:
    with tarfile.open(sdist) as archive:
        if hasattr(tarfile, "data_filter"):  # refuses links and paths out of `target`; not in older Pythons
            archive.extractall(target, filter="data")
        else:
            archive.extractall(target)  # noqa: S202 - our own sdist, just built
    (root,) = target.iterdir()
    return root


def _site_packages(python: Path) -> Path:
    code = "import sysconfig; print(sysconfig.get_paths()['purelib'])"
    return Path(_run([python, "-c", code], cwd=python.parent).stdout.strip())


def _fresh_venv(folder: Path, wheel: Path) -> Path:
    """A new venv holding only the wheel, plus read access to this venv's third-party packages."""
    _run([sys.executable, "-m", "venv", "--without-pip", folder], cwd=folder.parent)
    python = folder / "bin" / "python"
    pip = [sys.executable, "-m", "pip", "--python", python, "--disable-pip-version-check"]
    _run([*pip, "install", "--quiet", "--no-deps", "--no-index", wheel], cwd=folder.parent)
    # A plain path line in a .pth file only appends that folder to sys.path: the .pth files inside
    # it are not run. So the test venv's editable install of this repository (a .pth that installs
    # an import hook pointing at the checkout) stays invisible, and `generator` can only come from
    # the wheel, while jinja2, black, the validators... are found without downloading anything.
    borrowed = sorted({sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]})
    (_site_packages(python) / "_borrowed_test_dependencies.pth").write_text("\n".join(borrowed) + "\n")
    return folder


def _outside_env(tmp: Path) -> dict[str, str]:
    """The environment of a user's shell: no PYTHONPATH leading back to the repository, and a
    generator cache of its own."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env["OPENAPI_CLIENT_GENERATOR_CACHE_DIR"] = str(tmp / "cache")
    return env


def _project_version(checkout: Path) -> str:
    match = re.search(r'^version = "([^"]+)"$', (checkout / "pyproject.toml").read_text(encoding="utf-8"), re.M)
    assert match is not None, "no version in pyproject.toml"
    return match[1]


class Installed:
    def __init__(self, checkout: Path, sdist: Path, wheel: Path, venv: Path, workdir: Path) -> None:
        self.checkout, self.sdist, self.wheel, self.venv, self.workdir = checkout, sdist, wheel, venv, workdir
        self.env = _outside_env(workdir.parent)

    def run(self, program: str, *args: object) -> subprocess.CompletedProcess[str]:
        return _run([self.venv / "bin" / program, *args], cwd=self.workdir, env=self.env)


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    tmp = tmp_path_factory.mktemp("install")
    checkout = _clean_checkout(tmp / "checkout")
    sdist = _build("sdist", checkout, tmp / "sdist")
    # The wheel comes from the unpacked sdist, not the checkout: so the sdist must carry it all.
    wheel = _build("wheel", _unpack_sdist(sdist, tmp / "unpacked"), tmp / "wheel")
    venv = _fresh_venv(tmp / "venv", wheel)
    workdir = tmp / "user-project"
    workdir.mkdir()
    for name in ("langsmith.yaml", "config.yaml"):
        shutil.copy2(checkout / "spec" / name, workdir / name)
    return Installed(checkout, sdist, wheel, venv, workdir)


# The slow tests share one build and install (module fixture), so one xdist worker runs them all.
@pytest.mark.slow
@pytest.mark.xdist_group("install")
@pytest.mark.parametrize("archive", ["sdist", "wheel"])
def test_every_template_file_is_packaged(installed: Installed, archive: str) -> None:
    templates = installed.checkout / "templates"
    expected = {p.relative_to(templates).as_posix() for p in templates.rglob("*") if _is_source_file(p)}
    assert expected, "no templates in the checkout"
    if archive == "wheel":
        with zipfile.ZipFile(installed.wheel) as wheel:
            prefix = f"{TEMPLATES_IN_WHEEL}/"
            packaged = {n[len(prefix) :] for n in wheel.namelist() if n.startswith(prefix)}
    else:
        with tarfile.open(installed.sdist) as sdist:
            prefix = f"{installed.sdist.name[: -len('.tar.gz')]}/templates/"
            packaged = {m.name[len(prefix) :] for m in sdist.getmembers() if m.isfile() and m.name.startswith(prefix)}
    assert sorted(expected - packaged) == [], f"template files missing from the {archive} (see pyproject.toml)"


def _is_source_file(path: Path) -> bool:
    return path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"


@pytest.mark.slow
@pytest.mark.xdist_group("install")
def test_version_of_the_installed_command(installed: Installed) -> None:
    version = _project_version(installed.checkout)
    assert installed.run("openapi-client-generator", "--version").stdout == f"openapi-client-generator {version}\n"
    assert installed.run("python", "-m", "generator", "--version").stdout == f"openapi-client-generator {version}\n"


@pytest.mark.slow
@pytest.mark.xdist_group("install")
def test_the_fresh_venv_imports_the_wheel_not_the_checkout(installed: Installed) -> None:
    code = "import generator, generator.fingerprint as f; print(generator.__file__); print(f.BUILTIN_TEMPLATES)"
    module, templates = map(Path, installed.run("python", "-c", code).stdout.splitlines())
    for path in (module.resolve(), templates.resolve()):
        assert path.is_relative_to(installed.venv.resolve()), f"{path} is not inside the fresh venv"
        assert not path.is_relative_to(REPO_ROOT), f"{path} comes from the repository"
    assert (templates / "runtime" / "_base_client.py").is_file()


@pytest.mark.slow
@pytest.mark.xdist_group("install")
def test_the_installed_command_writes_the_committed_generated_tree(installed: Installed) -> None:
    output = installed.workdir / "out"
    args = ("generate", "--spec", "langsmith.yaml", "--config", "config.yaml", "--output", "out")
    installed.run("openapi-client-generator", *args)
    expected = golden_tool.read_tree(installed.checkout / "generated")
    actual = golden_tool.read_tree(output)
    assert expected, "generated/ is empty in the checkout"
    assert actual == expected, golden_tool.tree_diff(expected, actual, label="generated")
    # And again, as CI would run it: in sync, nothing on stdout.
    check = installed.run("openapi-client-generator", *args, "--check")
    assert check.stdout == ""


# --- unit tests: how the templates and the version are found --------------------------------------


def test_a_checkout_uses_its_own_templates() -> None:
    """The tests run from a checkout, installed editable (generator.templates is templates/) or
    not at all: either way the templates are the ones beside this generator package. (From a
    wheel: tests/test_install.py::test_the_fresh_venv_imports_the_wheel_not_the_checkout.)"""
    assert fingerprint.builtin_templates() == CHECKOUT_TEMPLATES
    assert fingerprint.BUILTIN_TEMPLATES == CHECKOUT_TEMPLATES
    assert (CHECKOUT_TEMPLATES / "runtime" / "py.typed").is_file()


def _found_as(monkeypatch: pytest.MonkeyPatch, spec: ModuleSpec | None) -> None:
    """Make the import system answer `spec` for generator.templates (and as usual for the rest)."""
    real_find_spec = importlib.util.find_spec

    def find_spec(name: str, package: str | None = None) -> ModuleSpec | None:
        return spec if name == f"{PACKAGE}.templates" else real_find_spec(name, package)

    monkeypatch.setattr(importlib.util, "find_spec", find_spec)


def test_builtin_templates_fall_back_to_the_checkout_when_not_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    _found_as(monkeypatch, None)
    assert fingerprint.builtin_templates() == CHECKOUT_TEMPLATES


def _package_at(folder: Path) -> ModuleSpec:
    spec = ModuleSpec(f"{PACKAGE}.templates", None, is_package=True)
    spec.submodule_search_locations = [str(folder)]
    return spec


def test_builtin_templates_of_a_wheel_are_inside_the_package(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    installed = tmp_path / "site-packages" / PACKAGE / "templates"
    installed.mkdir(parents=True)
    monkeypatch.setattr(fingerprint, "_GENERATOR_FOLDER", installed.parent.resolve())
    _found_as(monkeypatch, _package_at(installed))
    assert fingerprint.builtin_templates() == installed.resolve()


def test_templates_of_another_checkout_are_not_used(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """This checkout on PYTHONPATH, while the editable install of another one answers for
    `generator.templates`: the templates beside this code win."""
    other = tmp_path / "other-checkout" / "templates"
    other.mkdir(parents=True)
    _found_as(monkeypatch, _package_at(other))
    assert fingerprint.builtin_templates() == CHECKOUT_TEMPLATES


def test_templates_inside_a_zip_are_refused(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    archive = tmp_path / "generator.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr(f"{PACKAGE}/templates/__init__.py", "")
    spec = zipimport.zipimporter(str(archive / PACKAGE)).find_spec(f"{PACKAGE}.templates")
    assert spec is not None and spec.submodule_search_locations
    _found_as(monkeypatch, spec)
    with pytest.raises(GeneratorError, match="not a folder on the file system"):
        fingerprint.builtin_templates()


def test_version_option(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        cli.main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out == f"openapi-client-generator {importlib.metadata.version(cli.DISTRIBUTION)}\n"


def test_version_of_a_checkout_that_is_not_installed(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def not_installed(name: str) -> str:
        raise importlib.metadata.PackageNotFoundError(name)

    monkeypatch.setattr(importlib.metadata, "version", not_installed)
    with pytest.raises(SystemExit):
        cli.main(["--version"])
    assert capsys.readouterr().out == "openapi-client-generator unknown\n"
