"""openapi-client-generator: OpenAPI 3.0/3.1 description -> typed Python client package.

The stages, each a few small modules (README "The pipeline" lists them): load (parse, documents),
validate, build (build*, naming), render (render, spelling, imports), formatting, write;
`pipeline` runs them in order and `cli` is the command line.
"""
