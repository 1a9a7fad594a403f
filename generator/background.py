"""openapi-spec-validator, run beside the other stages on large documents.

On the public LangSmith description the validator takes ~9 s and black ~20 s of CPU; running the
validator in a forked process while this one builds, renders and formats saves most of the former
on a machine with two cores. Small documents are validated in-process (forking costs more).
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.connection
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from .errors import Finding, GeneratorError
from .load import DocumentSet
from .validate import validate_document

# Documents smaller than this are validated in-process.
_BACKGROUND_THRESHOLD = 256 * 1024


class Validation:
    """The validator's findings, computed now or by a child process."""

    def __init__(self, docs: DocumentSet):
        self._docs = docs
        self._result: list[Finding] | BaseException | None = None
        self._process: Any = None
        self._connection: multiprocessing.connection.Connection | None = None
        if len(docs.root.text) >= _BACKGROUND_THRESHOLD and "fork" in multiprocessing.get_all_start_methods():
            receiver, sender = multiprocessing.get_context("fork").Pipe(duplex=False)
            self._process = multiprocessing.get_context("fork").Process(target=_validate_in_child, args=(docs, sender))
            self._process.start()
            sender.close()
            self._connection = receiver

    def findings(self, default: list[Finding] | None = None) -> list[Finding]:
        """Wait for the findings; validation errors surface here. `default` is returned instead
        when validation itself failed (used on the error path, where another error wins)."""
        if self._result is None:
            self._result = self._collect()
        if isinstance(self._result, BaseException):
            if default is not None:
                return default
            raise self._result
        return list(self._result)

    def _collect(self) -> list[Finding] | BaseException:
        if self._connection is None:
            try:
                return validate_document(self._docs)
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


def _validate_in_child(docs: DocumentSet, connection: multiprocessing.connection.Connection) -> None:
    try:
        outcome: list[Finding] | BaseException = validate_document(docs)
    except GeneratorError as error:
        outcome = error
    except BaseException as error:  # noqa: BLE001 - reported in the parent, never lost
        outcome = GeneratorError(f"internal error in openapi-spec-validator: {type(error).__name__}: {error}")
    connection.send(outcome)
    connection.close()


@contextmanager
def background_validation(docs: DocumentSet) -> Iterator[Validation]:
    validation = Validation(docs)
    try:
        yield validation
    finally:
        validation.close()
