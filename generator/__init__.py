"""openapi-client-generator: OpenAPI 3.0/3.1 description -> typed Python client package.

The stages, one module each: load, validate, build (build_types, build_operations), render,
formatting, write; `pipeline` runs them in order and `cli` is the command line.
"""
