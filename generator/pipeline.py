"""The stages in order: load -> validate -> build IR -> render -> format -> write (or diff)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .build import build_package
from .config import Config
from .errors import Finding, GeneratorError, InvalidInput, Severity
from .formatting import format_files
from .ir import Package
from .load import DocumentSet, Limits
from .render import RenderedFile, render_package
from .background import Validation, background_validation
from .validate import REFERENCE_SOURCE, VALIDATOR_SOURCE, openapi_version
from .build_operations import operation_sources
from .report import build_report, write_report
from .write import WriteResult, diff_against, package_root, recover_interrupted, with_manifest, write_tree


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


@dataclass
class Outcome:
    package: Package
    files: list[RenderedFile]
    findings: list[Finding]
    written: WriteResult | None = None
    diff: str = ""
    total_operations: int = 0


def generation_findings(findings: list[Finding]) -> list[Finding]:
    """Spec violations that do not stop us from generating sound code are warnings here."""
    result = []
    for finding in findings:
        if finding.source in (VALIDATOR_SOURCE, REFERENCE_SOURCE) and finding.severity is Severity.ERROR:
            finding = Finding(Severity.WARNING, finding.pointer, finding.message, finding.location, finding.source)
        result.append(finding)
    return result


def generate(options: Options) -> Outcome:
    docs = DocumentSet(options.spec, options.limits)
    openapi_version(docs.root)  # not OpenAPI 3 at all: say so before anything else
    with background_validation(docs) as validation:
        return _generate(options, docs, validation)


def _generate(options: Options, docs: DocumentSet, validation: Validation) -> Outcome:
    findings: list[Finding] = []
    try:
        build_findings: list[Finding] = []
        try:
            package = build_package(docs, options.config, build_findings)
        except RecursionError:
            # A backstop: schemas nested (through `$ref`s) deeper than Python's stack allows.
            raise InvalidInput(
                "schemas are nested, through $refs, deeper than the generator can follow",
                location=docs.root.locate(""),
            ) from None
        files = with_manifest(format_files(render_package(package, options.templates)))
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
    outcome = Outcome(package, files, findings, total_operations=len(operation_sources(docs)))
    if options.check:
        outcome.diff = diff_against(options.output, files)
    else:
        recover_interrupted(options.output, package_root(files))
        outcome.written = write_tree(options.output, files)
    if options.report is not None:
        _report(options, docs, package, findings, None)
    return outcome


def _report(
    options: Options, docs: DocumentSet, package: Package | None, findings: list[Finding], failure: str | None
) -> None:
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
