"""Validation beside the other stages, and remembered between runs.

The findings of a set of documents depend only on their bytes (and names, which findings
print), the validator libraries and our own code: they are kept in the local cache under that
key, so a run whose documents did not change (a config or template change, a regeneration into
another folder) does not validate again, nor import the validators at all.

Otherwise, large documents are validated in a forked child while this process loads, builds,
renders and formats; small ones in-process (forking costs more).
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.connection
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .cache import Cache, digest
from .errors import Finding, GeneratorError
from .fingerprint import generator_fingerprint
from .documents import DocumentSet
from .parse import Limits

# Documents smaller than this are validated in-process.
_BACKGROUND_THRESHOLD = 256 * 1024
_CACHE_NAMESPACE = "findings"


def findings_key(docs: DocumentSet) -> str:
    names_and_digests = [part for doc in docs.documents.values() for part in (doc.display_name, doc.digest)]
    return digest(generator_fingerprint(), "validate", *names_and_digests)


def cached_findings(docs: DocumentSet, cache: Cache) -> list[Finding] | None:
    stored = cache.get(_CACHE_NAMESPACE, findings_key(docs))
    if not isinstance(stored, list):
        return None
    try:
        return [Finding.from_json(item) for item in stored]
    except (KeyError, TypeError, ValueError):
        return None


def remember_findings(docs: DocumentSet, cache: Cache, findings: list[Finding]) -> None:
    cache.put(_CACHE_NAMESPACE, findings_key(docs), [finding.to_json() for finding in findings])


def validate_now(docs: DocumentSet) -> list[Finding]:
    from .validate import validate_document  # imports the validator libraries: only when needed

    return validate_document(docs)


class Validation:
    """The validator's findings: from the cache, computed now, or by a child process.

    For a large document the child starts before this process has even loaded it (`start`):
    it loads the document itself, and imports the validator libraries (half a second) while
    this process builds and renders."""

    def __init__(self, cache: Cache):
        self._cache = cache
        self._docs: DocumentSet | None = None
        self._result: list[Finding] | BaseException | None = None
        self._from_cache = False
        self._process: Any = None
        self._connection: multiprocessing.connection.Connection | None = None

    def start(self, spec: Path, limits: Limits) -> None:
        try:
            large = spec.stat().st_size >= _BACKGROUND_THRESHOLD
        except OSError:
            return  # loading it will say why
        if large and _can_fork():
            context = multiprocessing.get_context("fork")
            receiver, sender = context.Pipe(duplex=False)
            self._process = context.Process(target=_validate_in_child, args=(spec, limits, self._cache, sender))
            self._process.start()
            sender.close()
            self._connection = receiver

    def use(self, docs: DocumentSet) -> None:
        """The documents as this process loaded them (validated here if no child does)."""
        self._docs = docs
        if self._process is None:
            self._result = cached_findings(docs, self._cache)
            self._from_cache = self._result is not None

    def findings(self, default: list[Finding] | None = None) -> list[Finding]:
        """Wait for the findings; validation errors surface here. `default` is returned instead
        when validation itself failed (used on the error path, where another error wins)."""
        if self._result is None:
            self._result = self._collect()
            if isinstance(self._result, list) and not self._from_cache and self._docs is not None:
                remember_findings(self._docs, self._cache, self._result)
        if isinstance(self._result, BaseException):
            if default is not None:
                return default
            raise self._result
        return list(self._result)

    def _collect(self) -> list[Finding] | BaseException:
        if self._connection is None:
            assert self._docs is not None
            try:
                return validate_now(self._docs)
            except GeneratorError as error:
                return error
        try:
            outcome, self._from_cache, warnings = self._connection.recv()
        except EOFError:
            outcome, warnings = GeneratorError("internal error: the validator process ended without an answer"), []
        self._process.join()
        self._cache.warnings.extend(w for w in warnings if w not in self._cache.warnings)
        return outcome  # type: ignore[no-any-return]

    def close(self) -> None:
        if self._process is not None and self._process.is_alive():
            self._process.terminate()
            self._process.join()
        if self._connection is not None:
            self._connection.close()


def _can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def _validate_in_child(spec: Path, limits: Limits, cache: Cache, connection: multiprocessing.connection.Connection) -> None:
    from_cache = False
    try:
        docs = DocumentSet(spec, limits)
        cached = cached_findings(docs, cache)
        from_cache = cached is not None
        outcome: list[Finding] | BaseException = cached if cached is not None else validate_now(docs)
    except GeneratorError as error:
        outcome = error
    except BaseException as error:  # noqa: BLE001 - reported in the parent, never lost
        outcome = GeneratorError(f"internal error in openapi-spec-validator: {type(error).__name__}: {error}")
    connection.send((outcome, from_cache, cache.warnings))
    connection.close()


@contextmanager
def background_validation(spec: Path, limits: Limits, cache: Cache) -> Iterator[Validation]:
    """A validation started now (in a child for a large document); closed on the way out."""
    validation = Validation(cache)
    validation.start(spec, limits)
    try:
        yield validation
    finally:
        validation.close()
