"""Validation beside the other stages, and remembered between runs.

The findings of a set of documents depend only on their bytes (and names, which findings
print), the validator libraries and our own code: they are kept in the local cache under that
key, so a run whose documents did not change (a config or template change, a regeneration into
another folder) does not validate again, nor import the validators at all.

Otherwise, large documents are validated in a forked child while this process builds, renders
and formats; small ones in-process (forking costs more).
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.connection
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from .cache import Cache, digest
from .errors import Finding, GeneratorError
from .fingerprint import generator_fingerprint
from .load import DocumentSet

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
    """The validator's findings: from the cache, computed now, or by a child process."""

    def __init__(self, docs: DocumentSet, cache: Cache):
        self._docs = docs
        self._cache = cache
        self._result: list[Finding] | BaseException | None = cached_findings(docs, cache)
        self._process: Any = None
        self._connection: multiprocessing.connection.Connection | None = None
        if self._result is None and len(docs.root.text) >= _BACKGROUND_THRESHOLD and _can_fork():
            context = multiprocessing.get_context("fork")
            receiver, sender = context.Pipe(duplex=False)
            self._process = context.Process(target=_validate_in_child, args=(docs, sender))
            self._process.start()
            sender.close()
            self._connection = receiver

    def findings(self, default: list[Finding] | None = None) -> list[Finding]:
        """Wait for the findings; validation errors surface here. `default` is returned instead
        when validation itself failed (used on the error path, where another error wins)."""
        if self._result is None:
            self._result = self._collect()
            if isinstance(self._result, list):
                remember_findings(self._docs, self._cache, self._result)
        if isinstance(self._result, BaseException):
            if default is not None:
                return default
            raise self._result
        return list(self._result)

    def _collect(self) -> list[Finding] | BaseException:
        if self._connection is None:
            try:
                return validate_now(self._docs)
            except GeneratorError as error:
                return error
        try:
            outcome = self._connection.recv()
        except EOFError:
            outcome = GeneratorError("internal error: the validator process ended without an answer")
        self._process.join()
        return outcome  # type: ignore[no-any-return]

    def close(self) -> None:
        if self._process is not None and self._process.is_alive():
            self._process.terminate()
            self._process.join()
        if self._connection is not None:
            self._connection.close()


def _can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def _validate_in_child(docs: DocumentSet, connection: multiprocessing.connection.Connection) -> None:
    try:
        outcome: list[Finding] | BaseException = validate_now(docs)
    except GeneratorError as error:
        outcome = error
    except BaseException as error:  # noqa: BLE001 - reported in the parent, never lost
        outcome = GeneratorError(f"internal error in openapi-spec-validator: {type(error).__name__}: {error}")
    connection.send(outcome)
    connection.close()


@contextmanager
def background_validation(docs: DocumentSet, cache: Cache) -> Iterator[Validation]:
    validation = Validation(docs, cache)
    try:
        yield validation
    finally:
        validation.close()
