"""Stage 7: the command line. The only place that prints findings or chooses exit codes.

    python -m generator validate SPEC
    python -m generator generate [--spec S] [--config C] [--output DIR] [--check] [--strict]
    python -m generator diff OLD NEW [--format text|markdown|json] [--fail-on-breaking] [--config C]
Exit codes: 0 fine; 1 invalid or refused input, errors found, or --check found a difference;
2 the input cannot be read or parsed.

A command whose inputs and outputs have not changed since it last ran says what it said then,
without loading anything heavy (`replay`); the stages are imported only for a real run.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from . import replay
from .cache import Cache, default_cache_folder, digest
from .config import DEFAULT_CONFIG_PATH, Config, find_config
from .errors import Finding, GeneratorError, Severity
from .fingerprint import folder_digest

DISTRIBUTION = "openapi-client-generator"


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    cache = Cache(None if args.no_cache else default_cache_folder())
    try:
        return int(args.handler(args, cache))
    except GeneratorError as error:
        _print_findings(getattr(error, "findings", []))
        print(error.render(), file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except (RecursionError, MemoryError) as exc:
        # Hostile input must end in one clear line, never a traceback.
        print(f"error: the input needs more {_resource(exc)} than the generator allows", file=sys.stderr)
        return 1
    finally:
        for warning in cache.warnings:
            print(f"warning: {warning}", file=sys.stderr)


def _resource(exc: BaseException) -> str:
    return "nesting" if isinstance(exc, RecursionError) else "memory"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m generator", description="OpenAPI -> typed Python client")
    parser.add_argument("--version", action=_PrintVersion)
    commands = parser.add_subparsers(dest="command", required=True)
    no_cache = argparse.ArgumentParser(add_help=False)
    no_cache.add_argument(
        "--no-cache", action="store_true", help="neither read nor write the local cache (see README: Caches)"
    )

    validate = commands.add_parser("validate", parents=[no_cache], help="check a document and print every finding")
    validate.add_argument("spec", type=Path)
    validate.set_defaults(handler=_validate)

    gen = commands.add_parser("generate", parents=[no_cache], help="write the client package")
    gen.add_argument("--spec", type=Path, help="OpenAPI document (default: from the config)")
    gen.add_argument(
        "--config",
        type=Path,
        help=(
            "config file: YAML, or a pyproject.toml (or other .toml file) with a [tool.openapi-client-generator]"
            " table (default: that table in ./pyproject.toml when it has one, else"
            f" {DEFAULT_CONFIG_PATH} when --spec is not given)"
        ),
    )
    gen.add_argument("--output", type=Path, help="folder that receives <package>/ (default: from the config)")
    gen.add_argument("--templates", type=Path, help="folder of templates that override the built-in ones")
    gen.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 with a diff if the output would change"
    )
    gen.add_argument("--strict", action="store_true", help="fail on any finding instead of generating around it")
    gen.add_argument("--report", type=Path, help="write a JSON report: every operation, its client method, findings")
    gen.set_defaults(handler=_generate)

    diff = commands.add_parser(
        "diff", parents=[no_cache], help="what changed between two descriptions for users of the client"
    )
    diff.add_argument("old", help="the earlier description: a file, or git:REV:PATH (e.g. git:HEAD:spec/api.yaml)")
    diff.add_argument("new", help="the later description, likewise")
    diff.add_argument("--format", choices=("text", "markdown", "json"), default="text")
    diff.add_argument("--fail-on-breaking", action="store_true", help="exit 1 when any change breaks client code")
    diff.add_argument(
        "--config", type=Path, help="the generator config that names methods and models (default: as for generate)"
    )
    diff.set_defaults(handler=_diff)
    return parser


class _PrintVersion(argparse.Action):
    """`--version`: like argparse's action="version", but the version is looked up only when asked
    for: importing importlib.metadata costs more than the rest of a no-op run."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: Any) -> None:
        help_text = "print the version and exit"
        super().__init__(option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS, nargs=0, help=help_text)

    def __call__(self, parser: argparse.ArgumentParser, *args: Any) -> None:
        print(f"{DISTRIBUTION} {installed_version()}")
        parser.exit()


def installed_version() -> str:
    """The installed distribution's version, "unknown" when it is not installed (a checkout run
    with PYTHONPATH)."""
    import importlib.metadata

    try:
        return importlib.metadata.version(DISTRIBUTION)
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


# --- validate ------------------------------------------------------------------------------------


def _validate(args: argparse.Namespace, cache: Cache) -> int:
    key = replay.run_key("validate", str(args.spec))
    record = replay.lookup(cache, key)
    if record is None:
        record = _validate_for_real(args, cache)
        replay.store(cache, key, record)
    for line in record.stdout:
        print(line)
    return record.exit_code


def _validate_for_real(args: argparse.Namespace, cache: Cache) -> replay.RunRecord:
    from .background import Validation
    from .documents import DocumentSet

    docs = DocumentSet(args.spec)
    validation = Validation(cache)
    validation.use(docs)
    findings = validation.findings()
    counts = Counter(f.severity.value for f in findings)
    lines = [f.render() for f in _sorted(findings)]
    lines.append(f"{args.spec}: {counts['error']} error(s), {counts['warning']} warning(s), {counts['info']} info")
    documents = {path: doc.digest for path, doc in docs.documents.items()}
    return replay.RunRecord(replay.record_documents(documents), [], lines, 1 if counts["error"] else 0)


# --- diff ----------------------------------------------------------------------------------------


def _diff(args: argparse.Namespace, cache: Cache) -> int:
    """Exit 0, or 1 with --fail-on-breaking when a change breaks; 2 when an input cannot be read
    (so that 1 always means "breaking")."""
    from .diff_report import RENDERERS, diff_descriptions
    from .parse import Limits

    try:
        config, _ = find_config(args.config, spec_given=True)
        result = diff_descriptions(args.old, args.new, config, Limits())
    except GeneratorError as error:
        _print_findings(getattr(error, "findings", []))
        print(error.render(), file=sys.stderr)
        return 2
    except (RecursionError, MemoryError) as exc:
        print(f"error: an input needs more {_resource(exc)} than the generator allows", file=sys.stderr)
        return 2
    sys.stdout.write(RENDERERS[args.format](result))
    return 1 if args.fail_on_breaking and result.breaking else 0


# --- generate ------------------------------------------------------------------------------------


def _generate(args: argparse.Namespace, cache: Cache) -> int:
    started = time.perf_counter()
    config, config_digest = _config_for(args)
    spec = args.spec or config.spec
    output = args.output or config.output
    if spec is None:
        raise GeneratorError("no spec given: pass --spec or set `spec:` in the config")
    if output is None:
        raise GeneratorError("no output folder given: pass --output or set `output:` in the config")
    key = _generate_key(args, spec, output, config_digest)
    record = replay.lookup(cache, key) if key is not None else None
    if record is None:
        record = _generate_for_real(args, cache, config, spec, output)
        if key is not None and record.exit_code == 0:
            replay.store(cache, key, record)
    else:
        record.stdout = []  # nothing written and nothing to diff: the output is in sync
    return _finish(record, args.check, output, time.perf_counter() - started)


def _generate_key(args: argparse.Namespace, spec: Path, output: Path, config_digest: str) -> str | None:
    """The replay key of this generate run; None when it must run for real (a report to write)."""
    if args.report is not None:
        return None
    templates = folder_digest(args.templates) if args.templates is not None else "built-in templates"
    strict = "strict" if args.strict else "lenient"
    return replay.run_key("generate", str(spec), str(output.resolve()), config_digest, templates, strict)


def _generate_for_real(
    args: argparse.Namespace, cache: Cache, config: Config, spec: Path, output: Path
) -> replay.RunRecord:
    from .pipeline import Options, generate

    options = Options(spec, output, config, args.templates, args.check, args.strict, report=args.report, cache=cache)
    outcome = generate(options)
    messages = [f.render() for f in _sorted(outcome.findings)]
    messages += [f"warning: {note}" for note in outcome.notes]
    messages.append(_summary(outcome))
    manifest = outcome.files[-1]
    record = replay.RunRecord(
        documents=replay.record_documents(outcome.documents),
        messages=messages,
        stdout=[],
        exit_code=0,
        package_dir=str((output / Path(manifest.path).parent).resolve()),
        manifest=digest(manifest.text),
        files=len(outcome.files),
    )
    if args.check and outcome.diff:
        record.stdout = [outcome.diff]
        record.exit_code = 1
    elif outcome.written is not None:
        record.stdout = [_write_counts(outcome.written)]
    return record


def _summary(outcome: Any) -> str:
    package = outcome.package
    operations = len(package.all_operations())
    schemas = sum(len(m.models) for m in package.type_modules)
    counts = Counter(f.severity.value for f in outcome.findings)
    return (
        f"{package.name}: {operations}/{outcome.total_operations} operation(s) generated in "
        f"{len(package.resources)} resource(s), {len(package.webhooks)} webhook(s), "
        f"{schemas} model(s), {len(outcome.files)} file(s); findings: {counts['error']} error(s), "
        f"{counts['warning']} warning(s)"
    )


def _write_counts(written: Any) -> str:
    return f"{len(written.written)} written, {len(written.unchanged)} unchanged, {len(written.removed)} removed"


def _finish(record: replay.RunRecord, check: bool, output: Path, elapsed: float) -> int:
    for line in record.messages:
        print(line, file=sys.stderr)
    if record.exit_code != 0:
        sys.stdout.write("".join(record.stdout))
        print(f"{output}: out of date (run the same command without --check to update it)", file=sys.stderr)
        return record.exit_code
    if check:
        print(f"{output}: in sync ({elapsed:.1f}s)", file=sys.stderr)
    else:
        counts = record.stdout[0] if record.stdout else f"0 written, {record.files} unchanged, 0 removed"
        print(f"{output}: {counts} ({elapsed:.1f}s)", file=sys.stderr)
    return 0


def _config_for(args: argparse.Namespace) -> tuple[Config, str]:
    """The config and a digest of where it came from (its path and bytes). Which file is used is
    decided by `find_config` (README "Config"): --config, ./pyproject.toml's table, spec/config.yaml."""
    config, path = find_config(args.config, spec_given=args.spec is not None)
    if path is None:
        return config, "no config"
    return config, digest(str(path.resolve()), replay.file_digest(path) or "unreadable")


def _sorted(findings: list[Finding]) -> list[Finding]:
    order = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
    return sorted(findings, key=lambda f: (order[f.severity], f.location.line if f.location else 0))


def _print_findings(findings: list[Finding]) -> None:
    for finding in _sorted(findings):
        print(finding.render(), file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
