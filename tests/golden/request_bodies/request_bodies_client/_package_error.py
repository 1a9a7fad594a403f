# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).
"""The base class of every error this package raises."""

__all__ = ["RequestBodiesError", "PackageError"]


class RequestBodiesError(Exception):
    """The base of every error the RequestBodies client raises: `except RequestBodiesError` catches them all."""


# The name the hand-written runtime uses for it, whatever the API is called.
PackageError = RequestBodiesError
