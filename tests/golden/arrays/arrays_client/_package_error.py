# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).
"""The base class of every error this package raises."""

__all__ = ["ArraysError", "PackageError"]


class ArraysError(Exception):
    """The base of every error the Arrays client raises: `except ArraysError` catches them all."""


# The name the hand-written runtime uses for it, whatever the API is called.
PackageError = ArraysError
