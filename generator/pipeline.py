"""The stages in order: load -> validate -> build IR -> render -> format -> write (or diff).

Validation runs beside build and render (a child process on large documents); formatting is
skipped for files the manifest already knows, and spread over worker processes when much is left.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from typing import TYPE_CHECKING

from .background import Validation, background_validation
from .cache import Cache, digest
from .config import Config
from .errors import Finding, GeneratorError, InvalidInput, Severity
from .documents import DocumentSet
from .parse import Limits
from .validate import REFERENCE_SOURCE, VALIDATOR_SOURCE, openapi_version

# The later stages (and Jinja, black) are imported once the validator's process has been forked,
# so that it does not carry them: that process is the largest of a run.
if TYPE_CHECKING:
    from .formatting import Formatter
    from .ir import Package
    from .render import RenderedFile
    from .write import WriteResult


@dataclass
class Options:
    spec: Path
    output: Path
    config: Config = field(default_factory=Config)
    templates: Path | None = None
    check: bool = False
    strict: bool = False
    limits: Limits = field(default_factory=Limits)
    report: Path | None = None
    cache: Cache = field(default_factory=lambda: Cache(None))


@dataclass
class Outcome:
    package: Package
    files: list[RenderedFile]
    findings: list[Finding]
    documents: dict[str, str]  # absolute path -> digest of every document read
    written: WriteResult | None = None
    diff: str = ""
    total_operations: int = 0
    notes: list[str] = field(default_factory=list)  # about the run itself (manifest, cache)


def generation_findings(findings: list[Finding]) -> list[Finding]:
    """Spec violations that do not stop us from generating sound code are warnings here."""
    result = []
    for finding in findings:
        if finding.source in (VALIDATOR_SOURCE, REFERENCE_SOURCE) and finding.severity is Severity.ERROR:
            finding = Finding(Severity.WARNING, finding.pointer, finding.message, finding.location, finding.source)
        result.append(finding)
    return result


def generate(options: Options) -> Outcome:
    # The validator's process starts first, so that it does not carry black; black's workers
    # start next, before this process holds the IR and the rendered files.
    with background_validation(options.spec, options.limits, options.cache) as validation:
        docs = DocumentSet(options.spec, options.limits)
        openapi_version(docs.root)  # not OpenAPI 3 at all: say so before anything else
        validation.use(docs)
        from .formatting import Formatter

        formatter = Formatter()
        try:
            if _expect_much_formatting(options, docs):
                formatter.start_workers()
            return _generate(options, docs, validation, formatter)
        finally:
            formatter.close()


def _expect_much_formatting(options: Options, docs: DocumentSet) -> bool:
    """A large document and no trusted manifest to skip formatting with: a cold run."""
    from .build import package_name
    from .formatting import PARALLEL_THRESHOLD, formatter_identity
    from .write import previous_manifest

    if len(docs.root.text) * 2 < PARALLEL_THRESHOLD:
        return False
    manifest = previous_manifest(options.output, package_name(docs, options.config), formatter_identity())
    return not manifest.entries


def _generate(options: Options, docs: DocumentSet, validation: Validation, formatter: Formatter) -> Outcome:
    from .build_operations import operation_sources
    from .write import diff_against, write_tree

    findings: list[Finding] = []
    notes: list[str] = []
    try:
        build_findings: list[Finding] = []
        package = build_checked(docs, options.config, build_findings)
        package, history_file = _with_history(package, options, notes)
        files = _render_and_format(package, options, formatter, notes, history_file)
        # openapi-spec-validator has been running beside the stages above; its findings come
        # first, and --strict still stops everything before a single file is written.
        findings.extend(generation_findings(validation.findings()))
        findings.extend(f.at(docs.root.locate(f.pointer)) if f.location is None else f for f in build_findings)
        if options.strict and findings:
            raise StrictFailure(findings)
    except GeneratorError as failure:
        if options.report is not None:
            findings = findings or generation_findings(validation.findings(default=[]))
            _report(options, docs, None, findings, failure.render())
        raise
    documents = {str(path): doc.digest for path, doc in docs.documents.items()}
    # The history is read as well as written: a run is replayed only while it is unchanged.
    documents[str(options.output / history_file.path)] = digest(history_file.text.encode("utf-8"))
    outcome = Outcome(package, files, findings, documents, total_operations=len(operation_sources(docs)))
    outcome.notes = notes
    if options.check:
        outcome.diff = diff_against(options.output, files)
    else:
        outcome.written = write_tree(options.output, files)
    if options.report is not None:
        _report(options, docs, package, findings, None)
    return outcome


def build_checked(docs: DocumentSet, config: Config, findings: list[Finding]) -> Package:
    """The IR of a loaded document; schemas nested too deep for Python's stack are refused."""
    from .build import build_package

    try:
        return build_package(docs, config, findings)
    except RecursionError:
        # A backstop: schemas nested (through `$ref`s) deeper than Python's stack allows.
        raise InvalidInput(
            "schemas are nested, through $refs, deeper than the generator can follow",
            location=docs.root.locate(""),
        ) from None


def _with_history(package: Package, options: Options, notes: list[str]) -> tuple[Package, RenderedFile]:
    """The package with each name's "Since" and the changelog, and the history file to write."""
    from .history import update_history
    from .manifest import HISTORY_NAME
    from .render import RenderedFile

    update = update_history(package, options.output)
    notes.extend(update.notes)
    return update.package, RenderedFile(f"{package.name}/{HISTORY_NAME}", update.text, is_python=False)


def _render_and_format(
    package: Package, options: Options, formatter: Formatter, notes: list[str], history_file: RenderedFile
) -> list[RenderedFile]:
    """Rendered files, formatted by black where needed (the manifest on disk says which files it
    would not change) as soon as each is rendered, plus the new manifest. A module whose inputs
    are those it was last rendered from (the local cache keeps their digests) is not rendered
    again when its file on disk is still the one written then."""
    from .formatting import formatter_identity
    from .render import RenderedFile, render_package
    from .write import known_outputs, previous_manifest, with_manifest

    identity = formatter_identity()
    manifest = previous_manifest(options.output, package.name, identity)
    notes.extend(manifest.warnings)
    known = known_outputs(options.output, package.name, manifest)
    index_key = digest(str(options.output.resolve()), package.name)
    index = options.cache.get("rendered", index_key)
    rendered_before: dict[str, list[str]] = index if isinstance(index, dict) else {}

    def reuse(path: str, key: str) -> RenderedFile | None:
        on_disk = known.get(path)
        if on_disk is None or rendered_before.get(path) != [key, on_disk[0]]:
            return None
        return RenderedFile(path, on_disk[1], True, rendered_digest=on_disk[0], render_key=key)

    stream = formatter.stream(known)
    render_package(package, options.templates, options.cache, on_rendered=stream.submit, reuse=reuse)
    stream.submit(history_file)
    files = stream.results()
    index = {f.path: [f.render_key, f.rendered_digest] for f in files if f.render_key is not None}
    options.cache.put("rendered", index_key, index)
    return with_manifest(files, identity)


def _report(
    options: Options, docs: DocumentSet, package: Package | None, findings: list[Finding], failure: str | None
) -> None:
    from .build_operations import operation_sources
    from .report import build_report, write_report

    assert options.report is not None
    try:
        sources = operation_sources(docs)
    except GeneratorError:
        sources = []
    write_report(options.report, build_report(str(options.spec), sources, package, findings, failure))


class StrictFailure(GeneratorError):
    def __init__(self, findings: list[Finding]):
        super().__init__(f"--strict: {len(findings)} finding(s) would be tolerated otherwise")
        self.findings = findings
