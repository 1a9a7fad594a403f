"""The corpus check (`make corpus`; also part of `make test`): every document under ../shared/specs
generates, imports, covers every operation with a client method, and type-checks; the documents that
are invalid on purpose fail exactly as tests/corpus.py lists them. How and why: tests/corpus.py.

One run of the whole corpus (~330 documents, the longest part of `make test`) serves every test of this module
that takes the `corpus_run` fixture; they are all on one xdist worker (`on_the_corpus_run`), so it runs once;
the table is printed (visible with `-s`, which `make corpus` passes, along with a line per document as it
finishes) and written to `corpus-table.txt` in the pytest temporary folder, next to the generated
packages and their reports.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

import pytest

from tests import corpus


def on_the_corpus_run(test: Callable[..., None]) -> Callable[..., None]:
    """For the tests of the corpus run: slow, and all on one xdist worker (`make test` runs with
    `--dist loadgroup`), so that the session fixture runs the corpus once, not once per worker."""
    return pytest.mark.slow(pytest.mark.xdist_group("corpus")(test))


@pytest.fixture(scope="session")
def corpus_run(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> corpus.CorpusRun:
    if not corpus.SPECS.is_dir():
        pytest.skip(f"{corpus.SPECS} is absent: the corpus check needs the shared documents")
    work = tmp_path_factory.mktemp("corpus")
    # With -s (`make corpus`) a line per document shows that the long run is moving.
    progress = corpus.print_progress if request.config.getoption("capture") == "no" else None
    run = corpus.run_corpus(work, jobs=2, progress=progress)
    text = corpus.table(run)
    (work / "corpus-table.txt").write_text(text + "\n", encoding="utf-8")
    print("\n" + text)
    return run


def _report(items: list[str], what: str) -> str:
    shown = "\n".join(items[:60])
    more = f"\n... and {len(items) - 60} more" if len(items) > 60 else ""
    return f"{len(items)} {what}:\n{shown}{more}\n(one document again: {REPRODUCE})"


REPRODUCE = "python -m tests.corpus --filter PATH --keep DIR"


@on_the_corpus_run
def test_summary(corpus_run: corpus.CorpusRun, capsys: pytest.CaptureFixture[str]) -> None:
    outcomes = corpus_run.outcomes
    line = (
        f"corpus: {len(outcomes)} documents, {sum(o.generated for o in outcomes)} generated, "
        f"{sum(1 for o in outcomes if o.type_checked)} type-checked, in {corpus_run.seconds:.0f}s; "
        f"table: {corpus_run.work / 'corpus-table.txt'}"
    )
    with capsys.disabled():
        print("\n" + line)


@on_the_corpus_run
def test_every_suite_has_documents(corpus_run: corpus.CorpusRun) -> None:
    suites = {o.document.suite for o in corpus_run.outcomes}
    assert suites == set(corpus.SUITES)
    assert "real/langsmith.json" in corpus_run.by_rel()


@on_the_corpus_run
def test_expected_failures_fail_with_a_clear_error(corpus_run: corpus.CorpusRun) -> None:
    problems = corpus.problems(corpus_run)["expected"]
    assert not problems, _report(problems, "documents do not fail as EXPECTED_FAILURES says")


@on_the_corpus_run
def test_every_document_generates(corpus_run: corpus.CorpusRun) -> None:
    problems = corpus.problems(corpus_run)["generate"]
    assert not problems, _report(problems, "documents did not generate")


@on_the_corpus_run
def test_every_generated_module_imports(corpus_run: corpus.CorpusRun) -> None:
    problems = corpus.problems(corpus_run)["import"]
    assert not problems, _report(problems, "import problems")


@on_the_corpus_run
def test_every_operation_has_a_client_method(corpus_run: corpus.CorpusRun) -> None:
    problems = corpus.problems(corpus_run)["operations"]
    assert not problems, _report(problems, "operations without a working client method")


@on_the_corpus_run
def test_every_package_type_checks(corpus_run: corpus.CorpusRun) -> None:
    problems = corpus.problems(corpus_run)["mypy"]
    documents = sorted({p.split(": ", 1)[0] for p in problems})
    assert not problems, _report(documents, "documents fail mypy --strict") + "\n\n" + _report(problems, "lines")


@on_the_corpus_run
def test_invalid_documents_generated_around_report_the_problem(corpus_run: corpus.CorpusRun) -> None:
    problems = corpus.problems(corpus_run)["findings"]
    assert not problems, _report(problems, "problems of EXPECTED_FINDINGS not reported where they are")


def test_corpus_module_lists_only_documents() -> None:
    """The EXPECTED_ lists name documents (a typo would silently exempt nothing)."""
    if not corpus.SPECS.is_dir():
        pytest.skip(f"{corpus.SPECS} is absent")
    documents = {d.rel for d in corpus.discover()}
    listed = set(corpus.EXPECTED_FAILURES) | set(corpus.EXPECTED_FINDINGS)
    assert listed <= documents, sorted(listed - documents)
    assert not set(corpus.EXPECTED_FAILURES) & set(corpus.EXPECTED_FINDINGS)


def test_discovery_counts_fragments_and_configs_out(tmp_path: Path) -> None:
    """The document rule on a small tree (no ../shared needed)."""
    suite = tmp_path / "peer-suites" / "datamodel-code-generator"
    (suite / "schemas").mkdir(parents=True)
    (suite / "api.yaml").write_text(
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n"
        "components: {schemas: {A: {$ref: 'schemas/a.yaml#/A'}}}\n"
    )
    (suite / "schemas" / "a.yaml").write_text("A: {type: string}\n")
    (suite / "fragment.yaml").write_text("components: {schemas: {}}\n")
    (suite / "refd.yaml").write_text("paths: {}\n")
    (suite / "uses_refd.yaml").write_text("openapi: 3.0.3\npaths: {$ref: 'refd.yaml#/paths'}\n")
    (suite / "broken.json").write_text('{"openapi": "3.0.0",}')
    (suite / "aliases.json").write_text('{"name": "name_"}')
    (suite / "x.config.yml").write_text("openapi: not really\n")
    (suite / "LICENSE").write_text("MIT")
    documents = {d.rel.removeprefix("peer-suites/datamodel-code-generator/") for d in corpus.discover(tmp_path)}
    assert documents == {"api.yaml", "fragment.yaml", "uses_refd.yaml", "broken.json"}


def test_import_check_reports_broken_packages_and_survives_a_dying_one(tmp_path: Path) -> None:
    """The forking import checker tells a package that imports from one that does not, and a check
    that kills its own process from one that succeeds after it."""
    client = "class Client:\n    def __init__(self, api_key: str | None = None) -> None:\n        self.runs = self\n    def list(self) -> None: ...\nAsyncClient = Client\n"
    packages = {
        "good_pkg": {"__init__.py": client, "types.py": "X = 1\n"},
        "broken_pkg": {"__init__.py": client, "types.py": "from .missing import X\n"},
        "dying_pkg": {"__init__.py": "import os\nos._exit(3)\n"},
    }
    outcomes = {}
    for package, files in packages.items():
        folder = tmp_path / "generated" / package
        (folder / package).mkdir(parents=True)
        for name, text in files.items():
            (folder / package / name).write_text(text)
        outcome = corpus.Outcome(corpus.Document(tmp_path / f"{package}.yaml", f"real/{package}.yaml", "real"))
        outcome.package_dir = folder / package
        outcome.report = {"operations": [{"client_method": "runs.list"}, {"client_method": "runs.gone"}]}
        outcomes[package] = outcome
    (tmp_path / "logs").mkdir()
    try:
        for package in ("good_pkg", "broken_pkg", "dying_pkg", "good_pkg"):
            corpus.import_check(outcomes[package], tmp_path)
            if package == "good_pkg":
                good = outcomes[package]
                assert good.imported is True, good.import_problems
                assert [p.split(":")[0] for p in good.import_problems] == [
                    "method Client().runs.gone",
                    "method AsyncClient().runs.gone",
                ]
    finally:
        for checker in corpus._ALL_IMPORT_CHECKERS:
            checker.close()
        corpus._ALL_IMPORT_CHECKERS.clear()
    assert outcomes["broken_pkg"].imported is False
    assert any("broken_pkg.types" in p and "missing" in p for p in outcomes["broken_pkg"].import_problems)
    assert outcomes["dying_pkg"].imported is False
    assert "exit 3" in outcomes["dying_pkg"].import_problems[0]
