"""The OpenAPI constructs a generated client must handle, one fixture per group (3.0 and 3.1
keywords, allOf, unions, recursion, maps, enums, readOnly/writeOnly, defaults and formats, bodies,
parameter styles, webhooks, dotted names, operations without operationId, name collisions).

Each fixture in `CONSTRUCT_STEMS` (tests/fixtures/<stem>.yaml, golden tree in tests/golden/<stem>/)
and the multi-file description in tests/fixtures/multi_file/ is generated into a temporary folder,
imported as `<stem>_client`, and exercised the way a user would: realistic JSON parsed into its
models, and client methods called against an `httpx.MockTransport` with the exact request
asserted (path, query, headers, cookies, bodies). One `mypy --strict` run covers every package,
plus a small file of typed usage.
"""

from __future__ import annotations

import asyncio
import base64
import datetime
import email
import email.policy
import importlib
import inspect
import io
import json
import keyword
import os
import re
import subprocess
import sys
import textwrap
import typing
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any, Callable, Dict, Iterator, List, Optional

import httpx
import pydantic
import pytest
import typing_extensions

from tests import golden_tool

# The fixture packages are generated once per module: one xdist worker runs them all (`--dist loadgroup`).
pytestmark = pytest.mark.xdist_group("constructs")

CONSTRUCT_STEMS = (
    "c_keywords_30",
    "c_keywords_31",
    "c_all_of",
    "c_unions",
    "c_recursive",
    "c_additional_properties",
    "c_enums",
    "c_read_write_only",
    "c_defaults_formats",
    "c_bodies",
    "c_parameter_styles",
    "c_webhooks_only",
    "c_dotted_names",
    "c_no_operation_id",
    "c_name_collisions",
)
# A description split over several files; its root document is not a top-level fixture.
MULTI_FILE = "multi_file"
MULTI_FILE_ROOT = golden_tool.FIXTURES / MULTI_FILE / "openapi.yaml"
ALL_STEMS = (*CONSTRUCT_STEMS, MULTI_FILE)

BASE_URL = "https://api.example.test"
UTC = datetime.timezone.utc


# ---------------------------------------------------------------------------------------------
# generating and importing the fixture packages
# ---------------------------------------------------------------------------------------------


def package_name(stem: str) -> str:
    """What golden_tool names a fixture's package (`<stem>_client`)."""
    return f"{stem}_client"


def generate(stem: str, output: Path, workdir: Path) -> None:
    if stem != MULTI_FILE:
        golden_tool.generate_fixture(stem, output)
        return
    config = workdir / f"{stem}.config.yaml"
    config.write_text(f"package: {package_name(stem)}\n", encoding="utf-8")
    argv = ["generate", "--spec", str(MULTI_FILE_ROOT), "--config", str(config), "--output", str(output)]
    code, out, err = golden_tool.run_generator(argv)
    if code != 0:
        raise RuntimeError(f"generating {MULTI_FILE_ROOT} failed with exit code {code}:\n{out}{err}")


class Packages:
    """Each fixture generated (once, on first use) into its own folder on sys.path."""

    def __init__(self, root: Path):
        self.root = root
        self._loaded: Dict[str, ModuleType] = {}
        self._paths: List[str] = []

    def folder(self, stem: str) -> Path:
        return self.root / stem

    def __call__(self, stem: str) -> ModuleType:
        if stem not in self._loaded:
            workdir = self.root / ".configs"
            workdir.mkdir(exist_ok=True)
            generate(stem, self.folder(stem), workdir)
            self._paths.append(str(self.folder(stem)))
            sys.path.insert(0, str(self.folder(stem)))
            self._loaded[stem] = importlib.import_module(package_name(stem))
        return self._loaded[stem]

    def module(self, stem: str, dotted: str) -> ModuleType:
        return importlib.import_module(f"{self(stem).__name__}.{dotted}")

    def types(self, stem: str) -> ModuleType:
        return self.module(stem, "types")

    def close(self) -> None:
        for path in self._paths:
            if path in sys.path:
                sys.path.remove(path)


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Packages]:
    found = Packages(tmp_path_factory.mktemp("constructs"))
    yield found
    found.close()


# ---------------------------------------------------------------------------------------------
# helpers: a recording mock transport, bodies, dumps
# ---------------------------------------------------------------------------------------------


Responder = Callable[[httpx.Request], httpx.Response]


def no_content(_: httpx.Request) -> httpx.Response:
    return httpx.Response(204)


def json_response(data: Any, status: int = 200) -> Responder:
    return lambda _: httpx.Response(status, json=data)


@dataclass
class Mocked:
    client: Any
    requests: List[httpx.Request]

    @property
    def last(self) -> httpx.Request:
        assert self.requests, "no request was sent"
        return self.requests[-1]


def mocked(package: ModuleType, respond: Responder = no_content) -> Mocked:
    requests: List[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        request.read()
        requests.append(request)
        return respond(request)

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = package.Client(base_url=BASE_URL, http_client=http_client, max_retries=0)  # no security schemes
    return Mocked(client, requests)


def mocked_async(package: ModuleType, respond: Responder = no_content) -> Mocked:
    requests: List[httpx.Request] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        await request.aread()
        requests.append(request)
        return respond(request)

    http_client = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    client = package.AsyncClient(base_url=BASE_URL, http_client=http_client, max_retries=0)
    return Mocked(client, requests)


def raw_target(request: httpx.Request) -> str:
    """Path and query exactly as sent on the wire."""
    return request.url.raw_path.decode("ascii")


def json_body(request: httpx.Request) -> Any:
    assert request.headers["content-type"].startswith("application/json"), request.headers
    return json.loads(request.content)


@dataclass(frozen=True)
class Part:
    name: Optional[str]
    filename: Optional[str]
    content_type: Optional[str]
    data: bytes


def multipart_parts(request: httpx.Request) -> List[Part]:
    content_type = request.headers["content-type"]
    assert content_type.startswith("multipart/form-data; boundary="), content_type
    raw = b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + request.content
    message = email.message_from_bytes(raw, policy=email.policy.HTTP)
    parts = []
    for part in message.iter_parts():
        parts.append(
            Part(
                name=part.get_param("name", header="content-disposition"),
                filename=part.get_filename(),
                content_type=part["content-type"],
                data=part.get_payload(decode=True),
            )
        )
    return parts


def dumped(value: Any) -> Any:
    """A parsed value back as JSON data (API names), to check that nothing was lost."""
    if isinstance(value, pydantic.BaseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True, warnings=False)
    if isinstance(value, (list, tuple)):
        return [dumped(v) for v in value]
    if isinstance(value, dict):
        return {k: dumped(v) for k, v in value.items()}
    return value


def required_fields(model: type[pydantic.BaseModel]) -> set[str]:
    return {(f.alias or name) for name, f in model.model_fields.items() if f.is_required()}


def api_names(model: type[pydantic.BaseModel]) -> set[str]:
    return {(f.alias or name) for name, f in model.model_fields.items()}


def attribute_for(model: type[pydantic.BaseModel], api_name: str) -> str:
    """The Python attribute of the field sent/received as `api_name`."""
    matches = [name for name, f in model.model_fields.items() if (f.alias or name) == api_name]
    assert len(matches) == 1, f"{model.__name__}: {len(matches)} fields for {api_name!r}"
    return matches[0]


def keyword_arguments(method: Callable[..., Any]) -> set[str]:
    return {p.name for p in inspect.signature(method).parameters.values() if p.kind is p.KEYWORD_ONLY}


# ---------------------------------------------------------------------------------------------
# OpenAPI 3.0 keywords: nullable, $ref siblings ignored
# ---------------------------------------------------------------------------------------------

PRODUCT_ID = "1b4e28ba-2fa1-11d2-883f-0016d3cca427"


def test_30_nullable_fields_accept_null(packages: Packages) -> None:
    types = packages.types("c_keywords_30")
    product = types.Product.model_validate(
        {
            "id": PRODUCT_ID,
            "name": "Garden hose",
            "subtitle": None,
            "price": {"amount": "19.90", "currency": "EUR"},
            "discount": None,
            "category": None,
            "main_category": None,
            "tags": None,
            "rating": None,
            "dimensions": None,
        }
    )
    assert product.subtitle is None and product.discount is None and product.category is None
    assert product.main_category is None and product.tags is None and product.rating is None
    assert product.dimensions is None
    assert isinstance(product.price, types.Money) and product.price.amount == "19.90"
    # `discount` is required and nullable: it must be present, and it may be null.
    assert {"id", "name", "price", "discount"} == required_fields(types.Product)


def test_30_values_of_nullable_fields_parse(packages: Packages) -> None:
    types = packages.types("c_keywords_30")
    product = types.Product.model_validate(
        {
            "id": PRODUCT_ID,
            "name": "Rake",
            "price": {"amount": "12.00", "currency": "EUR"},
            "discount": {"amount": "2.00", "currency": "EUR"},
            "category": "garden",
            "main_category": "garden",
            "tags": ["outdoor"],
            "rating": 4.5,
            "dimensions": {"width": 30, "height": 150.5},
        }
    )
    assert isinstance(product.discount, types.Money) and product.discount.amount == "2.00"
    assert product.category == "garden" and product.main_category == "garden"
    assert product.tags == ["outdoor"] and product.rating == 4.5
    assert product.dimensions.width == 30 and product.dimensions.height == 150.5


def test_30_client_round_trip(packages: Packages) -> None:
    types = packages.types("c_keywords_30")
    data = {"id": PRODUCT_ID, "name": "Rake", "price": {"amount": "1", "currency": "EUR"}, "discount": None}
    api = mocked(packages("c_keywords_30"), json_response(data))
    product = api.client.products.retrieve(PRODUCT_ID)
    assert api.last.method == "GET" and raw_target(api.last) == f"/products/{PRODUCT_ID}"
    assert isinstance(product, types.Product) and product.discount is None


# ---------------------------------------------------------------------------------------------
# OpenAPI 3.1 keywords: type arrays, const, $ref with siblings, prefixItems
# ---------------------------------------------------------------------------------------------

PLACE = {
    "object": "place",
    "schema_version": 2,
    "id": "paris",
    "name": "Paris",
    "alias": None,
    "population": None,
    "elevation": 35,
    "location": [2.3522, 48.8566],
    "bounding_box": [[2.22, 48.81], [2.47, 48.90]],
    "range": [5, "km"],
    "address": {"street": "Place de l'Hôtel de Ville", "city": "Paris"},
    "mailing_address": {"street": "29 rue de Rivoli", "postal_code": "75004"},
    "previous_name": None,
}


def test_31_type_arrays_const_and_prefix_items(packages: Packages) -> None:
    types = packages.types("c_keywords_31")
    place = types.Place.model_validate(PLACE)
    assert place.object == "place" and place.schema_version == 2
    assert place.id == "paris" and place.alias is None and place.population is None
    assert place.elevation == 35
    assert tuple(place.location) == (2.3522, 48.8566)
    assert [tuple(corner) for corner in place.bounding_box] == [(2.22, 48.81), (2.47, 48.90)]
    assert tuple(place.range) == (5, "km")
    assert isinstance(place.address, types.Address) and place.address.city == "Paris"
    assert place.mailing_address.postal_code == "75004"
    assert {"object", "id", "name", "location", "population"} <= required_fields(types.Place)


def test_31_type_array_keeps_each_json_type(packages: Packages) -> None:
    types = packages.types("c_keywords_31")
    numeric = types.Place.model_validate({**PLACE, "id": 75056, "elevation": "n/a", "population": 2102650})
    assert numeric.id == 75056 and isinstance(numeric.id, int)
    assert numeric.elevation == "n/a" and numeric.population == 2102650


def test_31_ref_sibling_constraint_applies(packages: Packages) -> None:
    """`$ref` + `required: [postal_code]` (3.1): the mailing address requires a postal code."""
    types = packages.types("c_keywords_31")
    mailing_class = type(types.Place.model_validate(PLACE).mailing_address)
    assert issubclass(mailing_class, pydantic.BaseModel)
    assert "postal_code" in required_fields(mailing_class)
    assert {"street", "city", "postal_code"} == api_names(mailing_class)


def test_31_unknown_const_value_survives(packages: Packages) -> None:
    types = packages.types("c_keywords_31")
    place = types.Place.model_validate({**PLACE, "object": "region"})
    assert place.object == "region" and place.name == "Paris"


def test_31_union_path_parameter(packages: Packages) -> None:
    api = mocked(packages("c_keywords_31"), json_response(PLACE))
    api.client.places.retrieve(75056)
    assert raw_target(api.last) == "/places/75056"
    api.client.places.retrieve("paris")
    assert raw_target(api.last) == "/places/paris"


# ---------------------------------------------------------------------------------------------
# allOf
# ---------------------------------------------------------------------------------------------

DOG = {
    "id": "dog_1",
    "created_at": "2024-03-01T10:00:00Z",
    "updated_at": None,
    "name": "Rex",
    "owner": "ada",
    "breed": "collie",
    "status": "available",
}


def test_all_of_merges_every_member(packages: Packages) -> None:
    types = packages.types("c_all_of")
    assert {"id", "created_at", "updated_at", "name", "status", "owner", "breed", "good_boy"} == api_names(types.Dog)
    # required from every member, including a member that only adds `required: [owner]`
    assert {"id", "created_at", "name", "owner", "breed"} == required_fields(types.Dog)
    dog = types.Dog.model_validate(DOG)
    assert dog.created_at == datetime.datetime(2024, 3, 1, 10, tzinfo=UTC)
    assert dog.good_boy is True  # the default of a property merged in from NewDog
    assert types.Dog.model_validate({**DOG, "status": "fostered"}).status == "fostered"


def test_all_of_inline_members_merge(packages: Packages) -> None:
    types = packages.types("c_all_of")
    kennel = types.Kennel.model_validate({"dogs": [DOG], "address": {"street": "Main St 1", "city": "Bern"}})
    assert isinstance(kennel.dogs[0], types.Dog)
    assert kennel.address.street == "Main St 1" and kennel.address.city == "Bern"


def test_all_of_request_body_flattens_members(packages: Packages) -> None:
    types = packages.types("c_all_of")
    api = mocked(packages("c_all_of"), json_response(DOG, 201))
    assert {"name", "status", "owner", "breed", "good_boy"} <= keyword_arguments(api.client.dogs.create)
    dog = api.client.dogs.create(name="Rex", breed="collie", owner="ada")
    assert api.last.method == "POST" and raw_target(api.last) == "/dogs"
    assert json_body(api.last) == {"name": "Rex", "breed": "collie", "owner": "ada"}
    assert isinstance(dog, types.Dog) and dog.id == "dog_1"


# ---------------------------------------------------------------------------------------------
# oneOf / anyOf, with and without a discriminator
# ---------------------------------------------------------------------------------------------


def test_discriminator_mapping_picks_the_member(packages: Packages) -> None:
    """Both members accept any `kind` string; only the discriminator can tell them apart."""
    types = packages.types("c_unions")
    drawing = types.Drawing.model_validate(
        {
            "shapes": [
                {"kind": "circle", "radius": 2.0},
                {"kind": "square", "label": "lid"},
                {"kind": "square"},
            ],
            "background": {"kind": "square", "label": "paper"},
        }
    )
    assert [type(s).__name__ for s in drawing.shapes] == ["Circle", "Square", "Square"]
    assert isinstance(drawing.background, types.Square)


def test_discriminator_without_mapping_uses_schema_names(packages: Packages) -> None:
    types = packages.types("c_unions")
    drawing = types.Drawing.model_validate(
        {"shapes": [], "pets": [{"pet_type": "Dog", "lives": 1}, {"pet_type": "Cat", "lives": 9}]}
    )
    assert [type(p).__name__ for p in drawing.pets] == ["Dog", "Cat"]


def test_discriminated_any_of_with_literal_tags(packages: Packages) -> None:
    types = packages.types("c_unions")
    drawing = types.Drawing.model_validate(
        {"shapes": [], "blocks": [{"type": "image", "url": "https://x.test/a.png"}, {"type": "text", "text": "hi"}]}
    )
    assert isinstance(drawing.blocks[0], types.ImageBlock) and isinstance(drawing.blocks[1], types.TextBlock)


def test_unknown_discriminator_values_survive(packages: Packages) -> None:
    types = packages.types("c_unions")
    shapes = [{"kind": "triangle", "sides": [3, 4, 5]}, {"kind": "circle", "radius": 1.0}]
    blocks = [{"type": "video", "src": "https://x.test/v.mp4"}, {"type": "text", "text": "ok"}]
    drawing = types.Drawing.model_validate({"shapes": shapes, "blocks": blocks})
    assert dumped(drawing.shapes) == shapes
    assert dumped(drawing.blocks) == blocks
    assert isinstance(drawing.shapes[1], types.Circle) and isinstance(drawing.blocks[1], types.TextBlock)


def test_unions_without_discriminator(packages: Packages) -> None:
    types = packages.types("c_unions")
    first = types.Drawing.model_validate({"shapes": [], "stroke": 3, "point": {"r": 1.0, "theta": 0.5}, "tags": "a"})
    assert first.stroke == 3 and isinstance(first.stroke, int)
    assert type(first.point).__name__ == "Polar" and first.point.theta == 0.5
    assert first.tags == "a"
    second = types.Drawing.model_validate({"shapes": [], "stroke": "red", "point": {"x": 1, "y": 2}, "tags": ["a"]})
    assert second.stroke == "red" and type(second.point).__name__ == "Cartesian" and second.tags == ["a"]


def test_nullable_discriminated_union(packages: Packages) -> None:
    types = packages.types("c_unions")
    assert types.Drawing.model_validate({"shapes": [], "highlight": None}).highlight is None
    highlight = types.Drawing.model_validate({"shapes": [], "highlight": {"kind": "square"}}).highlight
    assert isinstance(highlight, types.Square)


def test_union_response_is_parsed_by_the_client(packages: Packages) -> None:
    types = packages.types("c_unions")
    api = mocked(packages("c_unions"), json_response({"kind": "square", "side": 2.5}))
    shape = api.client.shapes.retrieve("s_1")
    assert raw_target(api.last) == "/shapes/s_1"
    assert isinstance(shape, types.Square) and shape.side == 2.5


# ---------------------------------------------------------------------------------------------
# recursive and mutually recursive schemas
# ---------------------------------------------------------------------------------------------


def test_self_recursive_model_parses_nested_data(packages: Packages) -> None:
    types = packages.types("c_recursive")
    data = {
        "id": "c1",
        "body": "root",
        "parent": {"id": "c0", "body": "above", "parent": None},
        "replies": [{"id": "c2", "body": "reply", "replies": [{"id": "c3", "body": "deeper", "replies": []}]}],
        "reactions": {"+1": {"id": "c4", "body": "agreed"}},
    }
    api = mocked(packages("c_recursive"), json_response(data))
    comment = api.client.comments.retrieve("c1")
    assert isinstance(comment, types.Comment)
    assert isinstance(comment.parent, types.Comment) and comment.parent.parent is None
    assert isinstance(comment.replies[0].replies[0], types.Comment) and comment.replies[0].replies[0].body == "deeper"
    assert isinstance(comment.reactions["+1"], types.Comment)
    assert dumped(comment) == data


def test_mutually_recursive_models(packages: Packages) -> None:
    types = packages.types("c_recursive")
    folder = types.Folder.model_validate(
        {
            "name": "root",
            "files": [{"name": "a.txt", "folder": {"name": "root", "files": [{"name": "b.txt"}]}}],
            "subfolders": [{"name": "docs", "subfolders": [{"name": "old"}]}],
        }
    )
    assert isinstance(folder.files[0], types.File) and isinstance(folder.files[0].folder, types.Folder)
    assert folder.files[0].folder.files[0].name == "b.txt"
    assert isinstance(folder.subfolders[0].subfolders[0], types.Folder)


def test_recursion_through_a_union_and_through_all_of(packages: Packages) -> None:
    types = packages.types("c_recursive")
    expression = types.BinaryOperation.model_validate(
        {
            "type": "binary",
            "operator": "*",
            "left": {"type": "number", "value": 2},
            "right": {
                "type": "binary",
                "operator": "+",
                "left": {"type": "number", "value": 3},
                "right": {"type": "number", "value": 4},
            },
        }
    )
    assert isinstance(expression.left, types.NumberLiteral)
    assert isinstance(expression.right, types.BinaryOperation)
    assert isinstance(expression.right.right, types.NumberLiteral) and expression.right.right.value == 4
    category = types.Category.model_validate({"slug": "a", "children": [{"slug": "b", "children": [{"slug": "c"}]}]})
    assert isinstance(category.children[0].children[0], types.Category)


def test_unknown_node_in_a_recursive_union_survives(packages: Packages) -> None:
    types = packages.types("c_recursive")
    data = {
        "type": "binary",
        "operator": "+",
        "left": {"type": "call", "name": "sqrt", "args": [{"type": "number", "value": 2}]},
        "right": {"type": "number", "value": 1},
    }
    expression = types.BinaryOperation.model_validate(data)
    assert isinstance(expression.right, types.NumberLiteral)
    assert dumped(expression) == data


# ---------------------------------------------------------------------------------------------
# additionalProperties
# ---------------------------------------------------------------------------------------------

DASHBOARD = {
    "id": "d1",
    "name": "Latency",
    "labels": {"team": "infra"},
    "stats": {"p50": {"count": 10, "mean": 12.5}, "p99": {"count": 10, "mean": None}},
    "series": {"api": [1.0, 2.5], "db": []},
    "matrix": {"mon": {"09": 3, "10": 4}},
    "sparse": {"a": 1.5, "b": None},
    "settings": {"theme": "dark", "latency": {"count": 2, "mean": 1.0}},
    "panel": {"title": "Overview", "layout": {"cols": 2}, "pinned": True},
    "strict": {"x": 1.0, "y": 2.0, "z": 3.0},
    "owner_team": "infra",
}


def test_typed_maps_parse_their_values(packages: Packages) -> None:
    types = packages.types("c_additional_properties")
    dashboard = types.Dashboard.model_validate(DASHBOARD)
    assert dashboard.labels == {"team": "infra"}
    assert all(isinstance(s, types.Stat) for s in dashboard.stats.values())
    assert dashboard.stats["p50"].mean == 12.5 and dashboard.stats["p99"].mean is None
    assert dashboard.series == {"api": [1.0, 2.5], "db": []}
    assert dashboard.matrix == {"mon": {"09": 3, "10": 4}}
    assert dashboard.sparse == {"a": 1.5, "b": None}


def test_models_keep_extra_keys(packages: Packages) -> None:
    types = packages.types("c_additional_properties")
    dashboard = types.Dashboard.model_validate(DASHBOARD)
    assert dashboard.model_extra == {"owner_team": "infra"}
    assert dashboard.panel.title == "Overview"
    assert dashboard.panel.model_extra == {"layout": {"cols": 2}, "pinned": True}
    # typed extra keys: values of additionalProperties: {$ref: Stat} become Stat
    assert dashboard.settings.theme == "dark"
    assert isinstance(dashboard.settings.model_extra["latency"], types.Stat)
    # additionalProperties: false in the spec; a server that adds a key must not break the client
    assert dashboard.strict.x == 1.0 and dumped(dashboard.strict) == {"x": 1.0, "y": 2.0, "z": 3.0}
    assert dumped(dashboard) == DASHBOARD


def test_map_request_body_and_map_response(packages: Packages) -> None:
    types = packages.types("c_additional_properties")
    api = mocked(packages("c_additional_properties"), json_response(DASHBOARD, 201))
    api.client.dashboards.create(name="Latency", labels={"team": "infra"}, thresholds={"p99": 250.0})
    assert json_body(api.last) == {"name": "Latency", "labels": {"team": "infra"}, "thresholds": {"p99": 250.0}}
    api = mocked(packages("c_additional_properties"), json_response({"p50": {"count": 1}, "p90": {"count": 2}}))
    stats = api.client.dashboards.get_stats("d1")
    assert raw_target(api.last) == "/dashboards/d1/stats"
    assert set(stats) == {"p50", "p90"} and all(isinstance(v, types.Stat) for v in stats.values())


# ---------------------------------------------------------------------------------------------
# enums: strings, integers, mixed, with null, open to unknown values
# ---------------------------------------------------------------------------------------------

JOB = {
    "id": "j1",
    "state": "running",
    "priority": 2,
    "retry_policy": 3,
    "cancel_reason": None,
    "sampling": 0.5,
    "flags": ["urgent"],
    "step_states": {"build": "succeeded"},
    "http_class": "in-flight",
}


def test_enum_values_parse(packages: Packages) -> None:
    types = packages.types("c_enums")
    job = types.Job.model_validate(JOB)
    assert job.state == "running" and job.priority == 2 and job.retry_policy == 3
    assert job.cancel_reason is None and job.sampling == 0.5 and job.flags == ["urgent"]
    assert job.step_states == {"build": "succeeded"} and job.http_class == "in-flight"
    assert types.Job.model_validate({**JOB, "retry_policy": "auto"}).retry_policy == "auto"


def test_unknown_enum_values_survive(packages: Packages) -> None:
    types = packages.types("c_enums")
    data = {
        **JOB,
        "state": "paused",
        "priority": 7,
        "retry_policy": "always",
        "cancel_reason": "quota",
        "flags": ["urgent", "slow"],
        "step_states": {"build": "skipped", "test": "running"},
        "http_class": "1xx",
    }
    job = types.Job.model_validate(data)
    assert job.state == "paused" and job.priority == 7 and job.retry_policy == "always"
    assert job.cancel_reason == "quota" and job.flags == ["urgent", "slow"] and job.http_class == "1xx"
    assert job.step_states == {"build": "skipped", "test": "running"}


def test_yaml_1_1_booleans_stay_strings(packages: Packages) -> None:
    """`enum: [on, off, auto]` under `type: string`: YAML 1.2 (which OpenAPI recommends) reads
    on/off as strings, YAML 1.1 as booleans; the values must be the strings "on" and "off"."""
    types = packages.types("c_enums")
    power = typing.get_type_hints(types.Job)["power"]
    (literal,) = [
        a for a in typing.get_args(power) if typing.get_origin(a) in (typing.Literal, typing_extensions.Literal)
    ]
    assert typing.get_args(literal) == ("on", "off", "auto")
    assert types.Job.model_validate({**JOB, "power": "on"}).power == "on"
    api = mocked(packages("c_enums"), json_response([]))
    api.client.jobs.list(power="off")
    assert raw_target(api.last) == "/jobs?power=off"


def test_enum_query_parameters_and_open_responses(packages: Packages) -> None:
    api = mocked(packages("c_enums"), json_response([{**JOB, "state": "paused"}]))
    jobs = api.client.jobs.list(state="running", priority=2, order="desc")
    assert raw_target(api.last) == "/jobs?state=running&priority=2&order=desc"
    assert jobs[0].state == "paused"
    api = mocked(packages("c_enums"), json_response("archived"))
    assert api.client.jobs.get_state("j1") == "archived"


# ---------------------------------------------------------------------------------------------
# readOnly / writeOnly
# ---------------------------------------------------------------------------------------------

USER = {
    "id": "u1",
    "email": "ada@example.test",
    "display_name": "Ada",
    "created_at": "2024-01-01T00:00:00Z",
    "login_count": 3,
    "role": "admin",
}


def test_read_only_properties_are_not_request_arguments(packages: Packages) -> None:
    api = mocked(packages("c_read_write_only"), json_response(USER, 201))
    for method in (api.client.users.create, api.client.users.replace):
        accepted = keyword_arguments(method)
        assert {"email", "password", "display_name", "role"} <= accepted
        assert not {"id", "created_at", "login_count"} & accepted
    with pytest.raises(TypeError):
        api.client.users.create(email="ada@example.test", password="s3cret", id="u1")
    api.client.users.create(email="ada@example.test", password="s3cret")
    assert json_body(api.last) == {"email": "ada@example.test", "password": "s3cret"}
    api.client.users.replace("u1", email="ada@example.test", password="n3w", display_name="Ada")
    assert api.last.method == "PUT" and raw_target(api.last) == "/users/u1"
    assert json_body(api.last) == {"email": "ada@example.test", "password": "n3w", "display_name": "Ada"}


def test_nested_read_only_properties_are_left_out_of_request_types(packages: Packages) -> None:
    api = mocked(packages("c_read_write_only"), json_response(USER, 201))
    profile = typing.get_type_hints(api.client.users.create)["profile"]
    (request_type,) = [t for t in typing.get_args(profile) if typing_extensions.is_typeddict(t)]
    assert set(request_type.__annotations__) == {"bio"}
    api.client.users.create(email="ada@example.test", password="s3cret", profile={"bio": "Hi"})
    assert json_body(api.last) == {"email": "ada@example.test", "password": "s3cret", "profile": {"bio": "Hi"}}
    types = packages.types("c_read_write_only")
    user = types.User.model_validate({**USER, "profile": {"bio": "Hi", "verified": True}})
    assert user.profile.verified is True  # responses keep it


def test_write_only_properties_are_not_required_in_responses(packages: Packages) -> None:
    """The server never returns `password` (writeOnly), so the response model may not require it."""
    types = packages.types("c_read_write_only")
    assert "password" not in required_fields(types.User)
    assert {"id", "email", "created_at"} <= required_fields(types.User)
    user = types.User.model_validate(USER)
    assert user.id == "u1" and user.created_at == datetime.datetime(2024, 1, 1, tzinfo=UTC)


# ---------------------------------------------------------------------------------------------
# defaults and formats
# ---------------------------------------------------------------------------------------------

EVENT_ID = "5f0c6b4e-8a3b-4f7e-9d2c-1a2b3c4d5e6f"


def test_defaults_are_present(packages: Packages) -> None:
    types = packages.types("c_defaults_formats")
    minimal = {"id": EVENT_ID, "name": "deploy", "occurred_at": "2024-05-01T12:30:00Z"}
    event = types.Event.model_validate(minimal)
    assert (event.severity, event.retries, event.score, event.public, event.title) == ("low", 3, 0.5, False, "Untitled")
    assert event.tags == [] and event.meta == {} and event.note is None
    other = types.Event.model_validate(minimal)
    other.tags.append("x")
    assert event.tags == []  # each instance has its own default list
    window = types.Event.model_validate({**minimal, "window": {"start": "09:00:00"}}).window
    assert window.days == 7 and window.start == "09:00:00"


MISFIT_DEFAULTS_ROOT = """\
openapi: 3.1.0
info: {title: Misfit defaults, version: '1'}
paths: {}
components:
  schemas:
    Job:
      type: object
      properties:
        window:
          type: object
          properties:
            days: {type: integer}
          default: {days: 7}
    Remote:
      $ref: parts/remote.yaml#/Remote
"""
MISFIT_DEFAULTS_PART = """\
Remote:
  type: object
  properties:
    count:
      type: integer
      default: three
"""


def test_a_default_that_does_not_fit_is_reported_where_it_is_written(tmp_path: Path) -> None:
    """The warning points at the property's `default` keyword, in the file that holds it, not at
    the start of the root document."""
    spec = tmp_path / "spec" / "openapi.yaml"
    (spec.parent / "parts").mkdir(parents=True)
    spec.write_text(MISFIT_DEFAULTS_ROOT, encoding="utf-8")
    (spec.parent / "parts" / "remote.yaml").write_text(MISFIT_DEFAULTS_PART, encoding="utf-8")
    code, _, err = golden_tool.run_generator(["generate", "--spec", str(spec), "--output", str(tmp_path / "out")])
    assert code == 0, err
    warning = re.compile(
        r"^(?P<file>.+):(?P<line>\d+):(?P<col>\d+): warning: (?P<pointer>\S+): default .* does not fit"
    )
    found = [match for match in map(warning.match, err.splitlines()) if match]
    assert len(found) == 2, err
    for match in found:
        assert match["pointer"].endswith("/default") and (match["line"], match["col"]) != ("1", "1"), match[0]
        written = Path(match["file"]).read_text(encoding="utf-8").splitlines()[int(match["line"]) - 1]
        assert written[: int(match["col"]) - 1].strip() == "default:", f"{match[0]} is not at the default's value"
    assert {(m["pointer"], Path(m["file"]).name) for m in found} == {
        ("/components/schemas/Job/properties/window/default", "openapi.yaml"),
        ("/Remote/properties/count/default", "remote.yaml"),
    }


def test_formats_parse(packages: Packages) -> None:
    types = packages.types("c_defaults_formats")
    checksum = base64.b64encode(b"\x00\xffchecksum").decode()
    event = types.Event.model_validate(
        {
            "id": EVENT_ID,
            "name": "deploy",
            "occurred_at": "2024-05-01T12:30:00+02:00",
            "day": "2024-05-01",
            "sequence": 9007199254740993,
            "weight": 0.1,
            "ratio": 1.5,
            "checksum": checksum,
            "homepage": "https://example.test/",
            "duration": "PT5M",
        }
    )
    assert event.occurred_at == datetime.datetime(2024, 5, 1, 10, 30, tzinfo=UTC)
    assert event.occurred_at.utcoffset() == datetime.timedelta(hours=2)
    assert event.day == datetime.date(2024, 5, 1)
    assert event.sequence == 9007199254740993 and event.weight == 0.1 and event.ratio == 1.5
    assert event.checksum == checksum and event.id == EVENT_ID and event.duration == "PT5M"


def test_formats_in_requests(packages: Packages) -> None:
    api = mocked(packages("c_defaults_formats"), json_response([]))
    since = datetime.datetime(2024, 5, 1, 8, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=2)))
    api.client.events.list(since=since, day=datetime.date(2024, 5, 1), source_id=EVENT_ID)
    # `+` must be percent-encoded, or the server reads a space
    assert raw_target(api.last) == (
        f"/events?since=2024-05-01T08%3A00%3A00%2B02%3A00&day=2024-05-01&source_id={EVENT_ID}"
    )
    api = mocked(
        packages("c_defaults_formats"),
        json_response({"id": EVENT_ID, "name": "x", "occurred_at": "2024-05-01T00:00:00Z"}, 201),
    )
    api.client.events.create(
        name="deploy",
        occurred_at=datetime.datetime(2024, 5, 1, 6, 30, tzinfo=UTC),
        day=datetime.date(2024, 5, 2),
        sequence=9007199254740993,
        weight=0.25,
        checksum="AP8=",
    )
    assert json_body(api.last) == {
        "name": "deploy",
        "occurred_at": "2024-05-01T06:30:00+00:00",
        "day": "2024-05-02",
        "sequence": 9007199254740993,
        "weight": 0.25,
        "checksum": "AP8=",
    }


# ---------------------------------------------------------------------------------------------
# request and response bodies: multipart, octet-stream, text, urlencoded
# ---------------------------------------------------------------------------------------------


def test_multipart_upload_with_files(packages: Packages) -> None:
    types = packages.types("c_bodies")
    api = mocked(packages("c_bodies"), json_response({"id": "doc_1", "filename": "report.pdf", "bytes": 12}, 201))
    document = api.client.documents.upload(
        file=("report.pdf", b"%PDF-1.7\n\x00\xff", "application/pdf"),
        purpose="search",
        attachments=[("notes.txt", b"hello", "text/plain"), ("raw.bin", io.BytesIO(b"\x01\x02"))],
        metadata={"author": "Ada", "pages": 3},
        tags=["q1", "finance"],
        priority=2,
    )
    assert api.last.method == "POST" and raw_target(api.last) == "/documents"
    parts = multipart_parts(api.last)
    assert [(p.name, p.filename) for p in parts] == [
        ("file", "report.pdf"),
        ("purpose", None),
        ("attachments", "notes.txt"),
        ("attachments", "raw.bin"),
        ("metadata", None),
        ("tags", None),
        ("tags", None),
        ("priority", None),
    ]
    by_name = {(p.name, p.filename): p for p in parts}
    assert by_name["file", "report.pdf"].content_type == "application/pdf"
    assert by_name["file", "report.pdf"].data == b"%PDF-1.7\n\x00\xff"
    assert by_name["attachments", "notes.txt"].content_type == "text/plain"
    assert by_name["attachments", "raw.bin"].data == b"\x01\x02"
    assert [p.data for p in parts if p.name in ("purpose", "tags", "priority")] == [b"search", b"q1", b"finance", b"2"]
    assert by_name["metadata", None].content_type == "application/json"
    assert json.loads(by_name["metadata", None].data) == {"author": "Ada", "pages": 3}
    assert isinstance(document, types.Document) and document.bytes == 12


def test_multipart_file_described_with_content_media_type(packages: Packages) -> None:
    """3.1 writes a file part as `contentMediaType` (no `format: binary`); it is still a file."""
    api = mocked(packages("c_bodies"))
    upload = api.client.images.upload
    annotation = str(inspect.signature(upload).parameters["image"].annotation)
    assert "FileTypes" in annotation or "bytes" in annotation, annotation
    upload(image=("cat.png", b"\x89PNG\r\n", "image/png"), caption="a cat")
    parts = multipart_parts(api.last)
    assert [(p.name, p.filename, p.content_type) for p in parts] == [
        ("image", "cat.png", "image/png"),
        ("caption", None, None),
    ]
    assert parts[0].data == b"\x89PNG\r\n" and parts[1].data == b"a cat"


def test_octet_stream_and_other_binary_bodies(packages: Packages) -> None:
    api = mocked(packages("c_bodies"))
    payload = bytes(range(256))
    api.client.documents.put_content("doc_1", content=payload)
    assert api.last.method == "PUT" and raw_target(api.last) == "/documents/doc_1/content"
    assert api.last.headers["content-type"] == "application/octet-stream" and api.last.content == payload
    api.client.documents.put_content("doc_1", content=io.BytesIO(payload))
    assert api.last.content == payload
    api.client.thumbnails.put("img_1", content=b"\x89PNG")
    assert api.last.headers["content-type"] == "image/png" and api.last.content == b"\x89PNG"
    api = mocked(
        packages("c_bodies"),
        lambda _: httpx.Response(200, content=payload, headers={"content-type": "application/octet-stream"}),
    )
    assert api.client.documents.get_content("doc_1") == payload


def test_text_plain_body_and_text_response(packages: Packages) -> None:
    markdown = "# Einkaufsliste\n\n- Äpfel\n"
    api = mocked(
        packages("c_bodies"),
        lambda _: httpx.Response(200, text=markdown, headers={"content-type": "text/markdown; charset=utf-8"}),
    )
    result = api.client.notes.create(content="Einkaufsliste: Äpfel")
    assert api.last.headers["content-type"].split(";")[0] == "text/plain"
    assert api.last.content == "Einkaufsliste: Äpfel".encode()
    assert result == markdown


def test_urlencoded_form_body(packages: Packages) -> None:
    api = mocked(packages("c_bodies"), json_response({"access_token": "t0k", "expires_in": 3600}))
    token = api.client.auth.create_token(grant_type="client_credentials", scope=["read", "write"])
    assert api.last.headers["content-type"] == "application/x-www-form-urlencoded"
    assert api.last.content == b"grant_type=client_credentials&scope=read&scope=write"
    assert token.access_token == "t0k" and token.expires_in == 3600


# ---------------------------------------------------------------------------------------------
# parameters: style / explode in path, query, header, cookie
# ---------------------------------------------------------------------------------------------


def test_path_styles(packages: Packages) -> None:
    api = mocked(packages("c_parameter_styles"))
    api.client.styles.get_matrix("blue", ["black", "brown"], {"x": 100, "y": 200})
    assert raw_target(api.last) == "/matrix/;color=blue/;shades=black;shades=brown/;point=x,100,y,200"
    api.client.styles.get_label("blue", ["black", "brown"], ["a", "b"])
    assert raw_target(api.last) == "/label/.blue/.black,brown/.a.b"
    api.client.styles.get_simple([3, 4, 5])
    assert raw_target(api.last) == "/simple/3,4,5"
    api.client.styles.get_label("a/b c", ["x"], ["y"])
    assert raw_target(api.last) == "/label/.a%2Fb%20c/.x/.y"


SEARCH_ARGUMENTS: Dict[str, Any] = {
    "id": [1, 2],
    "fields": ["a", "b"],
    "point": {"lat": 1.5, "lon": 2.5},
    "bbox": {"w": 10, "h": 20},
    "words": ["hello", "world"],
    "tags": ["x", "y"],
    "filter": {"status": "open", "owner": "me"},
    "redirect": "https://x.test/a?b=c",
    "q": "a b&c+d",
    "x_tags": ["a", "b"],
    "x_dims": {"w": 10, "h": 20},
    "x_dims_exploded": {"w": 10, "h": 20},
    "x_verbose": True,
    "session_id": "abc",
    "prefs": ["dark", "compact"],
}


SEARCH_TARGET = (
    "/search?id=1&id=2&fields=a,b&lat=1.5&lon=2.5&bbox=w,10,h,20&words=hello%20world&tags=x|y"
    "&filter[status]=open&filter[owner]=me&redirect=https://x.test/a?b=c&q=a%20b%26c%2Bd"
)


def _assert_search_request(request: httpx.Request) -> None:
    assert raw_target(request) == SEARCH_TARGET
    assert request.headers["X-Tags"] == "a,b"
    assert request.headers["X-Dims"] == "w,10,h,20"
    assert request.headers["X-Dims-Exploded"] == "w=10,h=20"
    assert request.headers["X-Verbose"] == "true"
    assert request.headers["Cookie"] == "session_id=abc; prefs=dark,compact"
    assert request.headers["Accept"] == "application/json"


def test_query_header_and_cookie_styles(packages: Packages) -> None:
    api = mocked(packages("c_parameter_styles"))
    assert "accept" not in keyword_arguments(api.client.styles.search)  # OpenAPI ignores it
    api.client.styles.search(**SEARCH_ARGUMENTS)
    _assert_search_request(api.last)


def test_query_styles_async(packages: Packages) -> None:
    api = mocked_async(packages("c_parameter_styles"))
    asyncio.run(api.client.styles.search(**SEARCH_ARGUMENTS))
    _assert_search_request(api.last)


# ---------------------------------------------------------------------------------------------
# a description in several files
# ---------------------------------------------------------------------------------------------

PET = {
    "id": 7,
    "name": "Rex",
    "owner": {"name": "Ada", "pets": [{"id": 8, "name": "Tom"}]},
    "tags": [{"label": "good"}],
}


def test_multi_file_models_parse(packages: Packages) -> None:
    types = packages.types(MULTI_FILE)
    pet = types.Pet.model_validate(PET)
    assert isinstance(pet.owner, types.Owner) and isinstance(pet.tags[0], types.Tag)
    assert isinstance(pet.owner.pets[0], types.Pet) and pet.owner.pets[0].name == "Tom"
    assert types.Error.model_validate({"message": "no"}).message == "no"


def test_multi_file_one_class_per_schema(packages: Packages) -> None:
    """`components/schemas/Pet: {$ref: schemas/pet.yaml}` and every other `$ref` to that file are
    the same schema, so the client has one `Pet` (and one `Owner`) class."""
    types = packages.types(MULTI_FILE)
    folder = packages.folder(MULTI_FILE) / package_name(MULTI_FILE) / "types"
    lines = [line for path in folder.glob("*.py") for line in path.read_text(encoding="utf-8").splitlines()]
    definitions = {name: sum(line.startswith(f"class {name}(") for line in lines) for name in ("Pet", "Owner", "Tag")}
    assert definitions == {"Pet": 1, "Owner": 1, "Tag": 1}
    api = mocked(packages(MULTI_FILE), json_response(PET))
    pet = api.client.pets.retrieve(7)
    assert isinstance(pet, types.Pet) and isinstance(pet.owner, types.Owner)


def test_multi_file_requests(packages: Packages) -> None:
    api = mocked(packages(MULTI_FILE), json_response([PET]))
    pets = api.client.pets.list(limit=5)
    assert raw_target(api.last) == "/pets?limit=5" and pets[0].name == "Rex"
    api = mocked(packages(MULTI_FILE), json_response(PET, 201))
    api.client.pets.create(name="Rex", owner={"name": "Ada"}, tags=[{"label": "good"}])
    assert json_body(api.last) == {"name": "Rex", "owner": {"name": "Ada"}, "tags": [{"label": "good"}]}
    api.client.pets.retrieve(7)
    assert raw_target(api.last) == "/pets/7"


def test_multi_file_refs_may_not_leave_the_root_folder(tmp_path: Path) -> None:
    (tmp_path / "spec").mkdir()
    (tmp_path / "shared.yaml").write_text("Thing: {type: object, properties: {a: {type: string}}}\n")
    root = tmp_path / "spec" / "openapi.yaml"
    root.write_text(textwrap.dedent("""\
            openapi: 3.1.0
            info: {title: Escape, version: "1"}
            paths: {}
            components:
              schemas:
                Thing: {$ref: "../shared.yaml#/Thing"}
            """))
    output = tmp_path / "out"
    code, out, err = golden_tool.run_generator(["generate", "--spec", str(root), "--output", str(output)])
    assert code != 0 and "leaves the folder" in out + err
    assert not output.exists() or not any(output.iterdir())


# ---------------------------------------------------------------------------------------------
# a document with only webhooks
# ---------------------------------------------------------------------------------------------


def test_webhook_only_document_generates_payload_models(packages: Packages) -> None:
    package = packages("c_webhooks_only")
    types = packages.types("c_webhooks_only")
    event = types.InvoiceEvent.model_validate({"type": "invoice.paid", "data": {"id": "in_1", "amount_due": 1200}})
    assert isinstance(event.data, types.Invoice) and event.data.currency == "usd"
    payloads = [getattr(types, name) for name in types.__all__]
    (cancelled,) = [m for m in payloads if "subscription_id" in m.model_fields]
    payload = cancelled.model_validate(
        {"subscription_id": "sub_1", "cancelled_at": "2024-02-01T00:00:00Z", "reason": "requested"}
    )
    assert payload.cancelled_at == datetime.datetime(2024, 2, 1, tzinfo=UTC) and payload.reason == "requested"
    assert package.Client(base_url=BASE_URL).base_url == httpx.URL(BASE_URL)


# ---------------------------------------------------------------------------------------------
# dotted schema names
# ---------------------------------------------------------------------------------------------


def test_dotted_schema_names(packages: Packages) -> None:
    types = packages.types("c_dotted_names")
    assert {"QueryRunResponse", "QueryRunEvent", "QueryRunFeedbackStat", "QueryRunsQueryResponse"} <= set(types.__all__)
    response = {
        "runs": [
            {
                "id": "0f8fad5b-d9cb-469f-a165-70867728950e",
                "name": "chain",
                "status": "SUCCESS",
                "events": [{"name": "start", "time": "2024-01-01T00:00:00Z"}],
                "feedback_stats": {"correctness": {"n": 2, "avg": 0.5}},
                "cost": {"total": 0.002},
            }
        ],
        "next_cursor": None,
    }
    api = mocked(packages("c_dotted_names"), json_response(response))
    page = api.client.runs.query(project_ids=["p1"], status="SUCCESS")
    assert api.last.method == "POST" and raw_target(api.last) == "/v2/runs/query"
    assert json_body(api.last) == {"project_ids": ["p1"], "status": "SUCCESS"}
    assert isinstance(page, types.QueryRunsQueryResponse)
    run = page.runs[0]
    assert isinstance(run, types.QueryRunResponse) and isinstance(run.events[0], types.QueryRunEvent)
    assert isinstance(run.feedback_stats["correctness"], types.QueryRunFeedbackStat) and run.cost.total == 0.002


# ---------------------------------------------------------------------------------------------
# operations without operationId
# ---------------------------------------------------------------------------------------------

PROJECT = {"id": "p1", "name": "Alpha"}
RUN = {"id": "r1", "project_id": "p1"}


def test_crud_method_names_from_method_and_path(packages: Packages) -> None:
    def respond(request: httpx.Request) -> httpx.Response:
        if request.method == "DELETE":
            return httpx.Response(204)
        listing = request.method == "GET" and raw_target(request) == "/v1/projects"
        return httpx.Response(200, json=[PROJECT] if listing else PROJECT)

    api = mocked(packages("c_no_operation_id"), respond)
    projects = api.client.projects

    def sent() -> tuple[str, str]:
        return api.last.method, raw_target(api.last)

    assert projects.list()[0].name == "Alpha" and sent() == ("GET", "/v1/projects")
    projects.create(name="Alpha")
    assert sent() == ("POST", "/v1/projects") and json_body(api.last) == {"name": "Alpha"}
    assert projects.retrieve("p1").id == "p1" and sent() == ("GET", "/v1/projects/p1")
    projects.update("p1", name="Beta")
    assert sent() == ("PATCH", "/v1/projects/p1") and json_body(api.last) == {"name": "Beta"}
    assert projects.delete("p1") is None and sent() == ("DELETE", "/v1/projects/p1")


def test_sub_resources_from_nested_paths(packages: Packages) -> None:
    """`/projects/{project_id}/runs[/{run_id}]` is `client.projects.runs.list/create/retrieve/delete`."""
    api = mocked(
        packages("c_no_operation_id"),
        lambda r: httpx.Response(204) if r.method == "DELETE" else httpx.Response(200, json=RUN),
    )
    runs = api.client.projects.runs
    runs.create("p1", inputs={"q": "hi"})
    assert (api.last.method, raw_target(api.last)) == ("POST", "/v1/projects/p1/runs")
    assert json_body(api.last) == {"inputs": {"q": "hi"}}
    assert runs.retrieve("p1", "r1").id == "r1"
    assert (api.last.method, raw_target(api.last)) == ("GET", "/v1/projects/p1/runs/r1")
    runs.delete("p1", "r1")
    assert (api.last.method, raw_target(api.last)) == ("DELETE", "/v1/projects/p1/runs/r1")
    api = mocked(packages("c_no_operation_id"), json_response([RUN]))
    assert api.client.projects.runs.list("p1")[0].id == "r1"
    assert (api.last.method, raw_target(api.last)) == ("GET", "/v1/projects/p1/runs")


def test_action_paths_are_named_after_the_action(packages: Packages) -> None:
    """`POST /projects/{project_id}/archive` is `client.projects.archive(project_id)`."""
    api = mocked(packages("c_no_operation_id"))
    api.client.projects.archive("p1")
    assert (api.last.method, raw_target(api.last)) == ("POST", "/v1/projects/p1/archive")


# ---------------------------------------------------------------------------------------------
# name collisions
# ---------------------------------------------------------------------------------------------

KEYWORDS = {
    "from": "a",
    "class": "b",
    "import": "c",
    "None": "d",
    "True": True,
    "type": "e",
    "id": "f",
    "_id": "g",
    "list": [1, 2],
    "str": "h",
    "dict": {"k": "v"},
    "json": "i",
    "copy": True,
    "schema": "j",
    "validate": False,
    "model_config": "k",
    "model_dump": "l",
    "fields": ["m"],
    "Config": "n",
    "to_dict": "o",
    "BaseModel": "p",
    "Optional": "q",
    "datetime": "2024-01-01T00:00:00Z",
    "date": "2024-01-02",
    "3d_model": "r",
    "first.name": "s",
    "last-name": "t",
    "display name": "u",
    "@type": "v",
    "$ref": "w",
    "__init__": "x",
    "userId": "y",
    "user_id": "z",
    "status": {"code": 200},
    "other_status": {"text": "ok"},
    "client": {"name": "acme"},
    "base": {"kind": "root"},
    "klass": {"teacher": "Ms. Frizzle"},
    "items": {"size": 3},
    "settings": {"enabled": True},
}


def test_property_names_are_safe_and_round_trip(packages: Packages) -> None:
    types = packages.types("c_name_collisions")
    model = types.Keywords
    assert api_names(model) == set(KEYWORDS)
    for name in model.model_fields:
        assert name.isidentifier() and not keyword.iskeyword(name) and not name.startswith("_"), name
    keywords = model.model_validate(KEYWORDS)
    assert keywords.to_dict(mode="json") == {**KEYWORDS}  # every key back under its API name
    assert getattr(keywords, attribute_for(model, "from")) == "a"
    assert getattr(keywords, attribute_for(model, "_id")) == "g"
    assert getattr(keywords, attribute_for(model, "id")) == "f"
    assert getattr(keywords, attribute_for(model, "datetime")) == datetime.datetime(2024, 1, 1, tzinfo=UTC)
    assert getattr(keywords, attribute_for(model, "date")) == datetime.date(2024, 1, 2)
    # the model's own methods are not hidden by fields of the same name
    assert callable(keywords.model_dump) and callable(keywords.copy) and callable(keywords.to_dict)


def test_properties_referring_to_renamed_classes(packages: Packages) -> None:
    """Schemas named like keywords, builtins or runtime classes keep working as field types."""
    types = packages.types("c_name_collisions")
    keywords = types.Keywords.model_validate(KEYWORDS)
    expected = {
        "client": "name",
        "base": "kind",
        "klass": "teacher",
        "items": "size",
        "settings": "enabled",
        "status": "code",
        "other_status": "text",
    }
    for api_name, inner in expected.items():
        value = getattr(keywords, attribute_for(types.Keywords, api_name))
        assert isinstance(value, pydantic.BaseModel), (api_name, value)
        assert inner in type(value).model_fields, (api_name, type(value))
        assert dumped(value) == KEYWORDS[api_name]


def test_schemas_mapping_to_one_python_name_stay_distinct_and_public(packages: Packages) -> None:
    """`user-profile`, `user_profile` and `UserProfile` (and `Status` / `status`) are different
    schemas: each gets its own class, and each class is importable from `types` under its own name."""
    types = packages.types("c_name_collisions")
    exported = {name: getattr(types, name) for name in types.__all__}
    owners: Dict[str, List[str]] = {}
    for name, cls in exported.items():
        for field in ("nickname", "handle", "avatar", "code", "text"):
            if field in getattr(cls, "model_fields", {}):
                owners.setdefault(field, []).append(name)
    assert {field: len(names) for field, names in owners.items()} == {
        "nickname": 1, "handle": 1, "avatar": 1, "code": 1, "text": 1
    }  # fmt: skip
    response = packages.module("c_name_collisions", "types.profiles_list_response").ProfilesListResponse
    parsed = response.model_validate({"a": {"nickname": "n"}, "b": {"handle": "h"}, "c": {"avatar": "a.png"}})
    assert {type(parsed.a), type(parsed.b), type(parsed.c)} <= set(exported.values())


def test_schemas_named_like_runtime_classes(packages: Packages) -> None:
    """Schemas `Client`, `BaseModel` and `NotGiven` neither replace nor break the runtime's own."""
    package = packages("c_name_collisions")
    types = packages.types("c_name_collisions")
    assert issubclass(package.Client, packages.module("c_name_collisions", "_base_client").SyncAPIClient)
    assert isinstance(package.NOT_GIVEN, package.NotGiven)
    exported = [getattr(types, name) for name in types.__all__]
    assert all(issubclass(cls, pydantic.BaseModel) for cls in exported)
    api = mocked(package, json_response({"name": "acme"}))
    # operationId `copy` under tag `copy`: both renamed, since the client has a copy() of its own
    copied = api.client.copy_.copy_(class_="premium", body="b", content="c", timeout_=1.5)
    assert json_body(api.last) == {"class": "premium", "body": "b", "content": "c", "timeout": 1.5}
    assert type(copied) in exported and copied.name == "acme"
    assert isinstance(api.client.copy(), package.Client)


def test_schema_named_like_a_resource_class(packages: Packages) -> None:
    """A schema `UsersResource` returned by the `users` resource must not clash with the
    generated `UsersResource` class in resources/users.py."""
    types = packages.types("c_name_collisions")
    api = mocked(packages("c_name_collisions"), json_response({"user_id": "u1"}))
    user = api.client.users.get_links("u1")
    assert raw_target(api.last) == "/users/u1/links"
    assert isinstance(user, types.UsersResource) and user.user_id == "u1"


def test_parameter_names_that_collide(packages: Packages) -> None:
    api = mocked(packages("c_name_collisions"), json_response({"user_id": "u1"}))
    api.client.users.retrieve(
        "u 1/2",
        id_2="q",
        from_=datetime.date(2024, 1, 2),
        type_="t",
        class_="c",
        self_="s",
        timeout_=5,
        extra_headers_="e",
        spec="sp",
        param_2fa_code="123",
        page_size=10,
        sort_by="name",
        x_request_id="header-value",
        x_request_id_2="query-value",
        timeout=3.0,
    )
    assert api.last.method == "GET"
    assert raw_target(api.last) == (
        "/users/u%201%2F2?id=q&from=2024-01-02&type=t&class=c&self=s&timeout=5&extra_headers=e&spec=sp"
        "&2fa_code=123&page.size=10&sort-by=name&x_request_id=query-value"
    )
    assert api.last.headers["X-Request-ID"] == "header-value"


# ---------------------------------------------------------------------------------------------
# mypy --strict over every fixture package (one run), plus typed usage
# ---------------------------------------------------------------------------------------------

TYPED_USAGE = '''\
"""What users of these packages write; every line must type-check."""

from __future__ import annotations

import io
from typing import Optional, Union

from c_bodies_client import Client as BodiesClient
from c_enums_client import Client as EnumsClient
from c_name_collisions_client import Client as CollisionsClient
from c_read_write_only_client import Client as AccountsClient
from c_unions_client import Client as DrawingClient
from c_unions_client.types import Circle, Square


def bodies(client: BodiesClient) -> None:
    client.images.upload(image=("cat.png", b"png", "image/png"))
    client.thumbnails.put("i1", content=io.BytesIO(b"png"))
    client.documents.put_content("d1", content=io.BytesIO(b"pdf"))
    client.documents.upload(file=("a.pdf", b"pdf", "application/pdf"), purpose="search")
    data: bytes = client.documents.get_content("d1")
    text: str = client.notes.create(content="hello")


def unions(client: DrawingClient) -> Union[Circle, Square]:
    return client.shapes.retrieve("s1")


def enums(client: EnumsClient) -> str:
    client.jobs.list(power="on", state="queued", priority=1)
    return client.jobs.get_state("j1")


def accounts(client: AccountsClient) -> str:
    return client.users.create(email="a@b.test", password="pw").id


def collisions(client: CollisionsClient) -> Optional[str]:
    client.users.retrieve("u1", spec="name", class_="premium", from_="2024-01-02")
    return client.users.get_links("u1").user_id
'''


def _with_source(root: Path, error: str) -> str:
    """The error and the source line it points at."""
    path, line, *_ = error.split(":", 2)
    try:
        source = (root / path).read_text(encoding="utf-8").splitlines()[int(line) - 1].strip()
    except (OSError, ValueError, IndexError):
        return error
    return f"{error}\n    {source}"


@pytest.mark.slow
def test_fixture_packages_and_typed_usage_pass_mypy_strict(packages: Packages) -> None:
    """One mypy run over every fixture package and a file of typed usage; errors grouped by package."""
    for stem in ALL_STEMS:
        packages(stem)
    usage = packages.root / "typed_usage.py"
    usage.write_text(TYPED_USAGE, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "MYPYPATH")}
    env["MYPYPATH"] = os.pathsep.join([str(packages.root), *(str(packages.folder(stem)) for stem in ALL_STEMS)])
    targets = [arg for stem in ALL_STEMS for arg in ("-p", package_name(stem))]
    command = [sys.executable, "-m", "mypy", "--strict", "--no-color-output", "--no-error-summary"]
    command += ["--show-error-codes", "--cache-dir", str(packages.root / ".mypy_cache")]
    command += [*targets, "-m", usage.stem]
    result = subprocess.run(command, cwd=packages.root, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode in (0, 1), result.stdout + result.stderr
    errors = [line for line in result.stdout.splitlines() if ": error: " in line]
    by_source: Dict[str, List[str]] = {}
    for error in errors:
        by_source.setdefault(error.split(os.sep, 1)[0].split(":", 1)[0], []).append(_with_source(packages.root, error))
    report = "\n\n".join(f"== {source}\n" + "\n".join(lines) for source, lines in sorted(by_source.items()))
    assert not errors, f"mypy --strict: {len(errors)} error(s) in {sorted(by_source)}\n\n{report}"
