"""The stages in order: load -> validate -> build IR -> render -> format -> write (or diff)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .build import build_package
from .config import Config
from .errors import Finding, GeneratorError, Severity
from .formatting import format_files
from .ir import Package
from .load import DocumentSet, Limits
from .render import RenderedFile, render_package
from .validate import VALIDATOR_SOURCE, validate_document
from .write import WriteResult, diff_against, recover_interrupted, with_manifest, write_tree


@dataclass
class Options:
    spec: Path
    output: Path
    config: Config = field(default_factory=Config)
    templates: Path | None = None
    check: bool = False
    strict: bool = False
    limits: Limits = field(default_factory=Limits)


@dataclass
class Outcome:
    package: Package
    files: list[RenderedFile]
    findings: list[Finding]
    written: WriteResult | None = None
    diff: str = ""


def generation_findings(findings: list[Finding]) -> list[Finding]:
    """Spec violations that do not stop us from generating sound code are warnings here."""
    result = []
    for finding in findings:
        if finding.source == VALIDATOR_SOURCE and finding.severity is Severity.ERROR:
            finding = Finding(Severity.WARNING, finding.pointer, finding.message, finding.location, finding.source)
        result.append(finding)
    return result


def generate(options: Options) -> Outcome:
    docs = DocumentSet(options.spec, options.limits)
    findings = generation_findings(validate_document(docs))
    if options.strict and findings:
        raise StrictFailure(findings)
    build_findings: list[Finding] = []
    package = build_package(docs, options.config, build_findings)
    findings.extend(f.at(docs.root.locate(f.pointer)) if f.location is None else f for f in build_findings)
    if options.strict and build_findings:
        raise StrictFailure(findings)
    files = with_manifest(format_files(render_package(package, options.templates)))
    outcome = Outcome(package, files, findings)
    if options.check:
        outcome.diff = diff_against(options.output, files)
    else:
        from .write import package_root

        recover_interrupted(options.output, package_root(files))
        outcome.written = write_tree(options.output, files)
    return outcome


class StrictFailure(GeneratorError):
    def __init__(self, findings: list[Finding]):
        super().__init__(f"--strict: {len(findings)} finding(s) would be tolerated otherwise")
        self.findings = findings
