# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).
"""The base class of every error this package raises."""

__all__ = ["DocsError", "PackageError"]


class DocsError(Exception):
    """The base of every error the Docs client raises: `except DocsError` catches them all."""


# The name the hand-written runtime uses for it, whatever the API is called.
PackageError = DocsError
