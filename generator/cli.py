"""Stage 7: the command line. The only place that prints findings or chooses exit codes.

    python -m generator validate SPEC
    python -m generator generate [--spec S] [--config C] [--output DIR] [--check] [--strict]
Exit codes: 0 fine; 1 invalid or refused input, errors found, or --check found a difference;
2 the input cannot be read or parsed.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

from .config import DEFAULT_CONFIG_PATH, Config, load_config
from .errors import Finding, GeneratorError, Severity
from .load import DocumentSet
from .pipeline import Options, StrictFailure, generate
from .validate import validate_document


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return int(args.handler(args))
    except StrictFailure as failure:
        _print_findings(failure.findings)
        print(failure.render(), file=sys.stderr)
        return 1
    except GeneratorError as error:
        print(error.render(), file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except (RecursionError, MemoryError) as exc:
        # Hostile input must end in one clear line, never a traceback.
        print(f"error: the input needs more {_resource(exc)} than the generator allows", file=sys.stderr)
        return 1


def _resource(exc: BaseException) -> str:
    return "nesting" if isinstance(exc, RecursionError) else "memory"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m generator", description="OpenAPI -> typed Python client")
    commands = parser.add_subparsers(dest="command", required=True)

    validate = commands.add_parser("validate", help="check a document and print every finding")
    validate.add_argument("spec", type=Path)
    validate.set_defaults(handler=_validate)

    gen = commands.add_parser("generate", help="write the client package")
    gen.add_argument("--spec", type=Path, help="OpenAPI document (default: from the config)")
    gen.add_argument(
        "--config", type=Path, help=f"config file (default: {DEFAULT_CONFIG_PATH} when --spec is not given)"
    )
    gen.add_argument("--output", type=Path, help="folder that receives <package>/ (default: from the config)")
    gen.add_argument("--templates", type=Path, help="folder of templates that override the built-in ones")
    gen.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 with a diff if the output would change"
    )
    gen.add_argument("--strict", action="store_true", help="fail on any finding instead of generating around it")
    gen.add_argument("--report", type=Path, help="write a JSON report: every operation, its client method, findings")
    gen.set_defaults(handler=_generate)
    return parser


def _validate(args: argparse.Namespace) -> int:
    docs = DocumentSet(args.spec)
    findings = validate_document(docs)
    _print_findings(findings, stream=sys.stdout)
    counts = Counter(f.severity.value for f in findings)
    print(f"{args.spec}: {counts['error']} error(s), {counts['warning']} warning(s), {counts['info']} info")
    return 1 if counts["error"] else 0


def _generate(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    config = _config_for(args)
    spec = args.spec or config.spec
    output = args.output or config.output
    if spec is None:
        raise GeneratorError("no spec given: pass --spec or set `spec:` in the config")
    if output is None:
        raise GeneratorError("no output folder given: pass --output or set `output:` in the config")
    outcome = generate(
        Options(
            spec=spec,
            output=output,
            config=config,
            templates=args.templates,
            check=args.check,
            strict=args.strict,
            report=args.report,
        )
    )
    _print_findings(outcome.findings)
    operations = len(outcome.package.all_operations())
    schemas = sum(len(m.models) for m in outcome.package.type_modules)
    counts = Counter(f.severity.value for f in outcome.findings)
    summary = (
        f"{outcome.package.name}: {operations}/{outcome.total_operations} operation(s) generated in "
        f"{len(outcome.package.resources)} resource(s), {len(outcome.package.webhooks)} webhook(s), "
        f"{schemas} model(s), {len(outcome.files)} file(s); findings: {counts['error']} error(s), "
        f"{counts['warning']} warning(s)"
    )
    elapsed = time.perf_counter() - started
    if args.check:
        if outcome.diff:
            sys.stdout.write(outcome.diff)
            print(f"{summary}\n{output}: out of date (run `make generate`)", file=sys.stderr)
            return 1
        print(f"{summary}\n{output}: in sync ({elapsed:.1f}s)", file=sys.stderr)
        return 0
    assert outcome.written is not None
    written = outcome.written
    print(
        f"{summary}\n{output}: {len(written.written)} written, {len(written.unchanged)} unchanged, "
        f"{len(written.removed)} removed ({elapsed:.1f}s)",
        file=sys.stderr,
    )
    return 0


def _config_for(args: argparse.Namespace) -> Config:
    if args.config is not None:
        return load_config(args.config)
    if args.spec is None and DEFAULT_CONFIG_PATH.is_file():
        return load_config(DEFAULT_CONFIG_PATH)
    return Config()


def _print_findings(findings: list[Finding], stream=None) -> None:  # type: ignore[no-untyped-def]
    stream = stream or sys.stderr
    order = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
    for finding in sorted(findings, key=lambda f: (order[f.severity], f.location.line if f.location else 0)):
        print(finding.render(), file=stream)


if __name__ == "__main__":
    sys.exit(main())
