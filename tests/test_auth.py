"""Authentication: every security scheme sent the way OpenAPI defines it, per operation.

The builder (fast): credential names and environment variables, collisions, shared credentials,
unsupported schemes reported at their pointer, and the requirement each operation gets.
The generated clients (tests/fixtures/auth/*.yaml, generated once per module): requests made
against a `RecordingServer` on 127.0.0.1 and checked as they arrived on the wire, for apiKey in
a header, the query and a cookie, http bearer, http basic (RFC 7617), OAuth 2 and OpenID Connect,
AND/OR requirements, `security: []`, an optional `{}` alternative, and environment variables.
"""

from __future__ import annotations

import asyncio
import base64
import importlib
import inspect
import json
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any, Dict, Iterator, List

import httpx
import pytest

from generator.build import build_package
from generator.config import Config
from generator.errors import Finding, Severity
from generator.ir import Credential, Package, SecurityRequirement
from generator.documents import DocumentSet
from tests import golden_tool
from tests.http_servers import RecordedRequest, RecordingServer, Reply, started_prism

# The fixture packages are generated once per module: one xdist worker runs them all.
pytestmark = pytest.mark.xdist_group("auth")

FIXTURES = golden_tool.FIXTURES / "auth"
STEMS = ("schemes", "per_operation", "none")

# --- the builder (fast) ---------------------------------------------------------------------


def build(tmp_path: Path, schemes: Dict[str, Any], config: Config = Config(), **document: Any) -> Package:
    return build_with_findings(tmp_path, schemes, [], config, **document)


def build_with_findings(
    tmp_path: Path, schemes: Dict[str, Any], findings: List[Finding], config: Config = Config(), **document: Any
) -> Package:
    spec: Dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {"title": "Acme", "version": "1"},
        "paths": document.pop("paths", {}),
        "components": {"securitySchemes": schemes},
        **document,
    }
    path = tmp_path / "openapi.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    return build_package(DocumentSet(path), config, findings)


def api_key(name: str, location: str = "header") -> Dict[str, str]:
    return {"type": "apiKey", "in": location, "name": name}


def credentials(package: Package) -> Dict[str, str]:
    return {c.argument: c.env for c in package.client.credentials}


def test_credentials_are_named_after_what_the_user_holds(tmp_path: Path) -> None:
    package = build(
        tmp_path,
        {
            "API Key": api_key("X-API-Key"),
            "Tenant ID": api_key("X-Tenant-Id"),
            "Bearer Auth": {"type": "http", "scheme": "bearer"},
            "Organization ID": api_key("X-Organization-Id"),
            "Basic": {"type": "http", "scheme": "Basic"},  # scheme names ignore case
            "OAuth": {"type": "oauth2", "flows": {}},
        },
    )
    assert credentials(package) == {
        "api_key": "ACME_API_KEY",
        "tenant_id": "ACME_TENANT_ID",
        "bearer_token": "ACME_BEARER_TOKEN",
        "organization_id": "ACME_ORGANIZATION_ID",
        "username": "ACME_USERNAME",
        "password": "ACME_PASSWORD",
        "access_token": "ACME_ACCESS_TOKEN",
    }
    kinds = {s.key: (s.kind, s.location, s.name) for s in package.client.security_schemes}
    assert kinds["Tenant ID"] == ("api_key", "header", "X-Tenant-Id")
    assert kinds["Basic"] == ("basic", "header", "Authorization")
    assert kinds["OAuth"] == ("bearer", "header", "Authorization")


def test_the_config_names_the_api_keys_variable(tmp_path: Path) -> None:
    package = build(tmp_path, {"k": api_key("X-API-Key"), "t": api_key("X-Team")}, Config(api_key_env="MY_KEY"))
    assert credentials(package) == {"api_key": "MY_KEY", "team": "ACME_TEAM"}


def test_an_api_key_variable_without_an_api_key_is_a_warning(tmp_path: Path) -> None:
    findings: List[Finding] = []
    package = build_with_findings(
        tmp_path, {"b": {"type": "http", "scheme": "bearer"}}, findings, Config(api_key_env="MY_KEY")
    )
    assert credentials(package) == {"bearer_token": "ACME_BEARER_TOKEN"}
    assert [(f.pointer, f.message) for f in findings] == [
        (
            "/components/securitySchemes",
            "the config's client.api_key_env 'MY_KEY' has no effect: no apiKey scheme the client can send",
        )
    ]


def test_the_api_key_is_the_first_that_says_key_else_the_first(tmp_path: Path) -> None:
    says_key = build(tmp_path, {"Tenant": api_key("X-Tenant"), "Access": api_key("X-Access-Key")})
    assert [c.argument for c in says_key.client.credentials] == ["tenant", "api_key"]
    by_scheme_name = build(tmp_path, {"Tenant": api_key("X-Tenant"), "TokenKey": api_key("token", "query")})
    assert [c.argument for c in by_scheme_name.client.credentials] == ["tenant", "api_key"]
    none_says_key = build(tmp_path, {"auth_header": api_key("Authorization"), "Team": api_key("X-Team")})
    assert [c.argument for c in none_says_key.client.credentials] == ["api_key", "team"]


def test_names_never_collide_with_each_other_or_the_clients_own(tmp_path: Path) -> None:
    package = build(
        tmp_path,
        {
            "Key": api_key("X-API-Key"),
            "Bearer": api_key("Bearer-Token"),  # derived names yield to bearer_token
            "Http": {"type": "http", "scheme": "bearer"},
            "Timeout": api_key("Timeout"),
            "BaseUrl": api_key("X-Base-Url", "query"),
            "Class": api_key("X-Class"),
            "Os": api_key("os", "cookie"),
            "Digits": api_key("2FA"),
            "Tenant1": api_key("X-Tenant-Id"),
            "Tenant2": api_key("tenant_id", "query"),
            "Runs": api_key("X-Runs"),  # `client.runs` is a resource
        },
        paths={"/runs": {"get": {"operationId": "list_runs", "responses": {"204": {"description": "ok"}}}}},
    )
    names = [c.argument for c in package.client.credentials]
    assert names == [
        "api_key",
        "bearer_token_2",
        "bearer_token",
        "timeout_",
        "base_url_",
        "class_",
        "os_",
        "key_2_fa",
        "tenant_id",
        "tenant_id_2",
        "runs_2",
    ]
    assert all(name.isidentifier() for name in names)
    assert "runs" in [r.attribute for r in package.resources]
    envs = [c.env for c in package.client.credentials]
    assert len(set(envs)) == len(envs) and "ACME_BASE_URL" not in envs


def test_schemes_sent_the_same_way_share_their_credentials(tmp_path: Path) -> None:
    package = build(
        tmp_path,
        {
            "OAuth": {"type": "oauth2", "flows": {}},
            "OpenId": {"type": "openIdConnect", "openIdConnectUrl": "https://id.example.test"},
            "Basic1": {"type": "http", "scheme": "basic"},
            "Basic2": {"type": "http", "scheme": "basic"},
            "Key": api_key("X-API-Key"),
            "SameKey": api_key("x-api-key"),  # header names ignore case
            "QueryKey": api_key("x-api-key", "query"),
        },
    )
    assert [c.argument for c in package.client.credentials] == [
        "access_token",
        "username",
        "password",
        "api_key",
        "api_key_2",
    ]
    by_key = {s.key: s.credentials for s in package.client.security_schemes}
    assert by_key["OAuth"] == by_key["OpenId"] == (Credential("access_token", "ACME_ACCESS_TOKEN"),)
    assert by_key["Basic1"] == by_key["Basic2"] and by_key["Key"] == by_key["SameKey"] != by_key["QueryKey"]


def test_a_scheme_the_client_cannot_send_is_a_warning_at_its_pointer(tmp_path: Path) -> None:
    findings: List[Finding] = []
    package = build_with_findings(
        tmp_path,
        {
            "Digest": {"type": "http", "scheme": "digest"},
            "Mtls": {"type": "mutualTLS"},
            "Nameless": {"type": "apiKey", "in": "header"},
            "Key": api_key("X-API-Key"),
        },
        findings,
    )
    assert [s.key for s in package.client.security_schemes] == ["Key"]
    warnings = {f.pointer: f.message for f in findings if f.severity is Severity.WARNING}
    assert set(warnings) == {
        "/components/securitySchemes/Digest",
        "/components/securitySchemes/Mtls",
        "/components/securitySchemes/Nameless",
    }
    assert "'digest'" in warnings["/components/securitySchemes/Digest"]
    assert "http_client=" in warnings["/components/securitySchemes/Mtls"]


def test_a_requirement_naming_an_undefined_scheme_is_a_warning(tmp_path: Path) -> None:
    findings: List[Finding] = []
    op = {"security": [{"Key": []}, {"Missing": []}], "responses": {"204": {"description": "ok"}}}
    build_with_findings(tmp_path, {"Key": api_key("X-API-Key")}, findings, paths={"/a": {"get": op}})
    assert [(f.severity, f.pointer) for f in findings] == [(Severity.WARNING, "/paths/~1a/get/security/1/Missing")]


def test_operations_spell_out_only_a_requirement_that_differs(tmp_path: Path) -> None:
    def op(operation_id: str, **more: Any) -> Dict[str, Any]:
        return {"operationId": operation_id, "responses": {"204": {"description": "ok"}}, **more}

    package = build(
        tmp_path,
        {"Key": api_key("X-API-Key"), "Tenant": api_key("X-Tenant-Id")},
        security=[{"Key": []}],
        paths={
            "/a": {"get": op("inherits"), "put": op("same", security=[{"Key": []}])},
            "/b": {"get": op("public", security=[]), "put": op("optional", security=[{"Key": []}, {}])},
            "/c": {"get": op("both", security=[{"Key": [], "Tenant": []}])},
        },
    )
    assert package.client.security == SecurityRequirement((("Key",),))
    ops = {op.operation_id: op.security for _, op in package.all_operations()}
    assert ops == {
        "inherits": None,
        "same": None,
        "public": SecurityRequirement(()),
        "optional": SecurityRequirement((("Key",), ())),
        "both": SecurityRequirement((("Key", "Tenant"),)),
    }


def test_without_a_document_requirement_the_commonest_one_is_the_clients() -> None:
    package = build_package(DocumentSet(FIXTURES / "per_operation.yaml"), Config(), [])
    assert package.client.security == SecurityRequirement((("bearerToken",),))
    ops = {op.operation_id: op.security for _, op in package.all_operations()}
    assert ops == {
        "list_projects": None,
        "create_project": None,
        "list_apps": SecurityRequirement((("oauth2",),)),
        "status": SecurityRequirement(declared=False),  # says nothing: every credential held is sent
    }


def test_a_document_without_schemes_has_no_credentials() -> None:
    package = build_package(DocumentSet(FIXTURES / "none.yaml"), Config(), [])
    assert package.client.credentials == () and package.client.security_schemes == ()


# --- the generated clients against a recording server ---------------------------------------


class Generated:
    """Each fixture of tests/fixtures/auth generated (once) into its own folder on sys.path."""

    def __init__(self, root: Path):
        self.root = root
        self.modules: Dict[str, ModuleType] = {}

    def folder(self, stem: str) -> Path:
        return self.root / stem

    def __call__(self, stem: str) -> ModuleType:
        if stem not in self.modules:
            config = self.root / f"{stem}.config.yaml"
            config.write_text(f"package: auth_{stem}_client\n", encoding="utf-8")
            spec = FIXTURES / f"{stem}.yaml"
            argv = ["generate", "--spec", str(spec), "--config", str(config), "--output", str(self.folder(stem))]
            code, out, err = golden_tool.run_generator(argv)
            assert code == 0, out + err
            sys.path.insert(0, str(self.folder(stem)))
            self.modules[stem] = importlib.import_module(f"auth_{stem}_client")
        return self.modules[stem]


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Generated]:
    found = Generated(tmp_path_factory.mktemp("auth"))
    yield found
    for stem in found.modules:
        sys.path.remove(str(found.folder(stem)))


@pytest.fixture
def server() -> Iterator[RecordingServer]:
    with RecordingServer(responder=lambda _: Reply(204)) as srv:
        yield srv


@pytest.fixture(autouse=True)
def no_credentials_in_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        if name.startswith(("AUTH_SCHEMES_", "PER_OPERATION_")):
            monkeypatch.delenv(name)


def client(generated: Generated, server: RecordingServer, stem: str = "schemes", **credentials: str) -> Any:
    return generated(stem).Client(base_url=server.url, max_retries=0, **credentials)


def sent(request: RecordedRequest) -> Dict[str, Any]:
    """What a request carried to authenticate."""
    return {
        "authorization": request.header_values("Authorization"),
        "x-api-key": request.header_values("X-API-Key"),
        "x-tenant-id": request.header_values("X-Tenant-Id"),
        "cookie": request.header_values("Cookie"),
        "query": request.raw_query,
    }


def nothing(**but: Any) -> Dict[str, Any]:
    return {"authorization": [], "x-api-key": [], "x-tenant-id": [], "cookie": [], "query": "", **but}


ALL = dict(
    api_key="k-1",
    tenant_id="t-1",
    client_key="c 1",
    session_id="s-1",
    bearer_token="b-1",
    username="Aladdin",
    password="open sesame",
    access_token="a-1",
)


def test_api_key_in_a_header(generated: Generated, server: RecordingServer) -> None:
    with client(generated, server, **ALL) as c:
        c.default.inherited()
    assert server.last.path == "/default"
    assert sent(server.last) == nothing(**{"x-api-key": ["k-1"]})


def test_api_key_in_the_query_and_in_a_cookie(generated: Generated, server: RecordingServer) -> None:
    with client(generated, server, **ALL) as c:
        c.query.key()
        c.cookie.session()
    query, cookie = server.requests
    assert sent(query) == nothing(query="client-key=c%201")
    assert sent(cookie) == nothing(cookie=["session_id=s-1"])


def test_bearer_oauth2_and_openid_connect_send_bearer_tokens(generated: Generated, server: RecordingServer) -> None:
    with client(generated, server, **ALL) as c:
        c.bearer.bearer()
        c.oauth.oauth()
        c.oidc.oidc()
    assert [sent(r) for r in server.requests] == [
        nothing(authorization=["Bearer b-1"]),
        nothing(authorization=["Bearer a-1"]),
        nothing(authorization=["Bearer a-1"]),
    ]


def test_basic_sends_base64_of_username_colon_password(generated: Generated, server: RecordingServer) -> None:
    with client(generated, server, username="Aladdin", password="open sesame") as c:
        c.basic.basic()
    assert sent(server.last) == nothing(authorization=["Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ=="])  # RFC 7617, 2
    with client(generated, server, username="test", password="123\u00a3") as c:
        c.basic.basic()
    assert server.last.header("Authorization") == "Basic dGVzdDoxMjPCow=="  # RFC 7617, 2.1: UTF-8
    with client(generated, server, username="sk_live") as c:  # a key as the user, no password
        c.basic.basic()
    assert server.last.header("Authorization") == "Basic " + base64.b64encode(b"sk_live:").decode()


def test_and_sends_every_scheme_of_the_alternative(generated: Generated, server: RecordingServer) -> None:
    with client(generated, server, api_key="k-1", tenant_id="t-1", bearer_token="b-1") as c:
        c.both_headers.api_key_and_tenant()
    assert sent(server.last) == nothing(**{"x-api-key": ["k-1"], "x-tenant-id": ["t-1"]})


def test_or_sends_the_first_alternative_held_in_full(generated: Generated, server: RecordingServer) -> None:
    # `either`: basic, or the API key with the tenant, or a bearer token.
    holders: List[Dict[str, str]] = [
        ALL,
        dict(api_key="k-1", tenant_id="t-1", bearer_token="b-1"),
        dict(api_key="k-1", bearer_token="b-1", username="u"),  # no tenant; username without password is basic
        dict(api_key="k-1", bearer_token="b-1"),
    ]
    for credentials in holders:
        with client(generated, server, **credentials) as c:
            c.either.either()
    basic_all = "Basic " + base64.b64encode(b"Aladdin:open sesame").decode()
    assert [sent(r) for r in server.requests] == [
        nothing(authorization=[basic_all]),
        nothing(**{"x-api-key": ["k-1"], "x-tenant-id": ["t-1"]}),
        nothing(authorization=["Basic " + base64.b64encode(b"u:").decode()]),
        nothing(authorization=["Bearer b-1"]),
    ]


def test_when_no_alternative_is_held_what_is_held_is_sent(generated: Generated, server: RecordingServer) -> None:
    with client(generated, server, api_key="k-1", session_id="s-1") as c:
        c.both_headers.api_key_and_tenant()  # needs the tenant too: the server's 401 will say so
        c.bearer.bearer()
    assert [sent(r) for r in server.requests] == [nothing(**{"x-api-key": ["k-1"]}), nothing()]


def test_security_empty_and_an_empty_alternative_send_nothing(generated: Generated, server: RecordingServer) -> None:
    with client(generated, server, **ALL) as c:
        c.public.public()
    with client(generated, server, api_key="k-1") as c:
        c.optional.optional()
    with client(generated, server, bearer_token="b-1") as c:
        c.optional.optional()
    assert [sent(r) for r in server.requests] == [nothing(), nothing(), nothing(authorization=["Bearer b-1"])]


def test_an_alternative_with_a_scheme_the_client_cannot_send_is_skipped(
    generated: Generated, server: RecordingServer
) -> None:
    with client(generated, server, **ALL) as c:
        c.digest_or_bearer.digest_or_bearer()
    assert sent(server.last) == nothing(authorization=["Bearer b-1"])


def test_each_credential_defaults_to_its_environment_variable(
    generated: Generated, server: RecordingServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AUTH_SCHEMES_API_KEY", "env-key")
    monkeypatch.setenv("AUTH_SCHEMES_TENANT_ID", "env-tenant")
    monkeypatch.setenv("AUTH_SCHEMES_USERNAME", "env-user")
    monkeypatch.setenv("AUTH_SCHEMES_PASSWORD", "env-pass")
    with client(generated, server) as c:
        assert (c.api_key, c.tenant_id, c.username, c.password, c.bearer_token) == (
            "env-key",
            "env-tenant",
            "env-user",
            "env-pass",
            None,
        )
        c.both_headers.api_key_and_tenant()
        c.basic.basic()
    with client(generated, server, api_key="explicit") as c:
        c.default.inherited()
    assert [sent(r) for r in server.requests] == [
        nothing(**{"x-api-key": ["env-key"], "x-tenant-id": ["env-tenant"]}),
        nothing(authorization=["Basic " + base64.b64encode(b"env-user:env-pass").decode()]),
        nothing(**{"x-api-key": ["explicit"]}),
    ]


def test_with_options_changes_a_credential(generated: Generated, server: RecordingServer) -> None:
    with client(generated, server, bearer_token="old") as c:
        c.with_options(bearer_token="new").bearer.bearer()
        c.bearer.bearer()
    assert [r.header("Authorization") for r in server.requests] == ["Bearer new", "Bearer old"]


def test_the_async_client_authenticates_the_same_way(generated: Generated, server: RecordingServer) -> None:
    async def main() -> None:
        async with generated("schemes").AsyncClient(base_url=server.url, **ALL) as c:
            await c.either.either()
            await c.public.public()
            await c.query.key()

    asyncio.run(main())
    basic = "Basic " + base64.b64encode(b"Aladdin:open sesame").decode()
    assert [sent(r) for r in server.requests] == [
        nothing(authorization=[basic]),
        nothing(),
        nothing(query="client-key=c%201"),
    ]


def test_operations_follow_the_commonest_requirement_unless_they_differ(
    generated: Generated, server: RecordingServer
) -> None:
    with client(generated, server, "per_operation", bearer_token="b-1", access_token="a-1") as c:
        c.projects.list()
        c.projects.create()
        c.apps.list()
        c.status.status()  # declares nothing: every credential held is sent (the last one wins here)
    assert [r.header_values("Authorization") for r in server.requests] == [
        ["Bearer b-1"],
        ["Bearer b-1"],
        ["Bearer a-1"],
        ["Bearer a-1"],
    ]
    resource = (generated.folder("per_operation") / "auth_per_operation_client/resources/projects.py").read_text()
    assert "security=" not in resource  # the client's requirement, stated once in _client.py
    apps = (generated.folder("per_operation") / "auth_per_operation_client/resources/apps.py").read_text()
    assert apps.count('security=(("oauth2",),)') == 2  # sync and async


def test_a_client_without_schemes_takes_no_credentials(generated: Generated, server: RecordingServer) -> None:
    module = generated("none")
    parameters = inspect.signature(module.Client).parameters
    assert "api_key" not in parameters and "base_url" in parameters
    with module.Client(base_url=server.url) as c:
        c.ping.ping()
    assert server.last.header("Authorization") is None and server.last.header("X-API-Key") is None


def test_the_readme_and_the_docstring_describe_each_credential(generated: Generated) -> None:
    module = generated("schemes")
    readme = (generated.folder("schemes") / "README.md").read_text(encoding="utf-8")
    expected = {
        "api_key": ("AUTH_SCHEMES_API_KEY", "sent in the `X-API-Key` header"),
        "tenant_id": ("AUTH_SCHEMES_TENANT_ID", "sent in the `X-Tenant-Id` header"),
        "client_key": ("AUTH_SCHEMES_CLIENT_KEY", "sent as the `client-key` query parameter"),
        "session_id": ("AUTH_SCHEMES_SESSION_ID", "sent as the `session_id` cookie"),
        "bearer_token": ("AUTH_SCHEMES_BEARER_TOKEN", "sent as `Authorization: Bearer <bearer_token>`"),
        "username": ("AUTH_SCHEMES_USERNAME", "`Authorization: Basic <base64 of username:password>`"),
        "password": ("AUTH_SCHEMES_PASSWORD", "`Authorization: Basic <base64 of username:password>`"),
        "access_token": ("AUTH_SCHEMES_ACCESS_TOKEN", "sent as `Authorization: Bearer <access_token>`"),
    }
    docstring = module.Client.__init__.__doc__ or ""
    for argument, (env, how) in expected.items():
        assert f"| `{env}` | `{argument}` | none |" in readme
        bullet = next(line for line in readme.splitlines() if line.startswith(f"- `{argument}`: "))
        assert how in bullet
        line = next(line.strip() for line in docstring.splitlines() if line.strip().startswith(f"{argument}: "))
        assert how in line and f"`{env}`" in line
    assert "| `AUTH_SCHEMES_BASE_URL` | `base_url` |" in readme
    assert 'Client(api_key="<api_key>", base_url="https://auth.example.test")' in readme
    generated("none")
    none_readme = (generated.folder("none") / "README.md").read_text(encoding="utf-8")
    assert "declares no security scheme" in none_readme and "api_key" not in none_readme


# What a user writes: every credential is a typed, optional keyword argument and attribute.
TYPED_USAGE = """
from typing import Optional

from auth_none_client import Client as NoAuthClient
from auth_per_operation_client import AsyncClient as PerOperationClient
from auth_schemes_client import Client


def basic(username: str, password: Optional[str]) -> Optional[str]:
    client = Client(username=username, password=password, api_key=None, tenant_id="t")
    client.basic.basic()
    return client.with_options(bearer_token="b").bearer_token


def tokens() -> PerOperationClient:
    return PerOperationClient(bearer_token="b", access_token="a", base_url="https://example.test")


def none() -> None:
    NoAuthClient(base_url="https://example.test").ping.ping()
"""


@pytest.mark.slow
def test_the_generated_packages_and_typed_usage_pass_mypy_strict(generated: Generated) -> None:
    for stem in STEMS:
        generated(stem)
    (generated.root / "typed_usage.py").write_text(TYPED_USAGE, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "MYPYPATH")}
    env["MYPYPATH"] = os.pathsep.join([str(generated.root), *(str(generated.folder(stem)) for stem in STEMS)])
    command = [sys.executable, "-m", "mypy", "--strict", "--no-color-output", "--show-error-codes"]
    command += ["--cache-dir", str(generated.root / ".mypy_cache")]
    command += [arg for stem in STEMS for arg in ("-p", f"auth_{stem}_client")] + ["-m", "typed_usage"]
    result = subprocess.run(command, cwd=generated.root, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr


# --- an independent judge: Prism checks each request against the security requirements -------

PRISM_CALLS = {
    "inherited": (lambda c: c.default.inherited(), True),
    "api key and tenant": (lambda c: c.both_headers.api_key_and_tenant(), True),
    "query": (lambda c: c.query.key(), True),
    "cookie": (lambda c: c.cookie.session(), True),
    "bearer": (lambda c: c.bearer.bearer(), True),
    "basic": (lambda c: c.basic.basic(), True),
    "oauth2": (lambda c: c.oauth.oauth(), True),
    "openIdConnect": (lambda c: c.oidc.oidc(), True),
    "either": (lambda c: c.either.either(), True),
    "security: []": (lambda c: c.public.public(), False),
    "optional": (lambda c: c.optional.optional(), False),
}


@pytest.mark.slow
def test_prism_accepts_what_each_operation_sends(generated: Generated) -> None:
    """Prism (the spec-driven mock) answers 401 to a request that does not meet the operation's
    security requirement: every call passes with the credentials, and those that need some fail
    without them."""
    module = generated("schemes")
    with started_prism(FIXTURES / "schemes.yaml") as prism:
        refused = {}
        for name, (call, needs_credentials) in PRISM_CALLS.items():
            with module.Client(base_url=prism.url, max_retries=0, **ALL) as holder:
                call(holder)  # raises for a 401
            with module.Client(base_url=prism.url, max_retries=0) as anonymous:
                try:
                    call(anonymous)
                    refused[name] = False
                except module.AuthenticationError:
                    refused[name] = True
        assert refused == {name: needs for name, (_, needs) in PRISM_CALLS.items()}


# --- redirects: credentials never reach another origin ---------------------------------------

# Each operation and what it sends to authenticate at the origin that redirects.
CREDENTIAL_CALLS = [
    ("default", "inherited", {"x-api-key": ["k-1"]}),
    ("both_headers", "api_key_and_tenant", {"x-api-key": ["k-1"], "x-tenant-id": ["t-1"]}),
    ("query", "key", {"query": "client-key=c%201"}),
    ("cookie", "session", {"cookie": ["session_id=s-1"]}),
    ("bearer", "bearer", {"authorization": ["Bearer b-1"]}),
    ("oauth", "oauth", {"authorization": ["Bearer a-1"]}),
]


def redirecting_to(target: str, status: int = 302) -> RecordingServer:
    return RecordingServer(responder=lambda r: Reply(status, headers={"Location": target + "/landing"}))


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_a_redirect_to_another_origin_carries_no_credential(
    generated: Generated, server: RecordingServer, status: int
) -> None:
    with redirecting_to(server.url, status) as origin, client(generated, origin, **ALL) as c:
        for resource, method, _ in CREDENTIAL_CALLS:
            getattr(getattr(c, resource), method)()
        with client(generated, origin, username="Aladdin", password="open sesame") as basic:
            basic.basic.basic()
    assert [sent(r) for r in origin.requests] == [nothing(**what) for _, _, what in CREDENTIAL_CALLS] + [
        nothing(authorization=["Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ=="])
    ]
    # The redirect was followed, to the other origin's own URL, with nothing to authenticate.
    assert [r.path for r in server.requests] == ["/landing"] * (len(CREDENTIAL_CALLS) + 1)
    assert [sent(r) for r in server.requests] == [nothing()] * (len(CREDENTIAL_CALLS) + 1)


def test_async_redirect_to_another_origin_carries_no_credential(generated: Generated, server: RecordingServer) -> None:
    async def main(origin: RecordingServer) -> None:
        async with generated("schemes").AsyncClient(base_url=origin.url, max_retries=0, **ALL) as c:
            await c.default.inherited()
            await c.query.key()
            await c.cookie.session()

    with redirecting_to(server.url) as origin:
        asyncio.run(main(origin))
    assert [sent(r) for r in origin.requests] == [
        nothing(**{"x-api-key": ["k-1"]}),
        nothing(query="client-key=c%201"),
        nothing(cookie=["session_id=s-1"]),
    ]
    assert [sent(r) for r in server.requests] == [nothing()] * 3


def test_a_same_origin_redirect_keeps_the_credentials(generated: Generated, server: RecordingServer) -> None:
    moves = iter([Reply(307, headers={"Location": "/moved"}), Reply(204)])
    server.responder = lambda r: next(moves)
    with client(generated, server, **ALL) as c:
        c.both_headers.api_key_and_tenant()
    first, moved = server.requests
    assert (first.path, moved.path) == ("/both-headers", "/moved")
    assert sent(moved) == sent(first) == nothing(**{"x-api-key": ["k-1"], "x-tenant-id": ["t-1"]})


def test_https_to_http_on_the_same_host_is_another_origin(generated: Generated) -> None:
    # No TLS server here: the decision itself, on a response the client did not send.
    module = generated("schemes")
    base_client = importlib.import_module("auth_schemes_client._base_client")
    with module.Client(base_url="https://api.example.test", **ALL) as c:
        spec = base_client.RequestSpec("get", "/default")
        prepared = c._prepare(spec)
        request = c._build_request(prepared, 0)
        for location, keeps in [("http://api.example.test/x", False), ("https://api.example.test:443/x", True)]:
            response = httpx.Response(302, headers={"Location": location}, request=request)
            follow = c._redirect(prepared, response)
            assert follow.url == httpx.URL(location)
            assert (follow.headers.get("X-API-Key") == "k-1") is keeps


def test_redirects_stop_after_twenty(generated: Generated) -> None:
    loop = RecordingServer(responder=lambda r: Reply(302, headers={"Location": "/again"}))
    with loop, client(generated, loop, **ALL) as c:
        with pytest.raises(generated("schemes").APIConnectionError):
            c.default.inherited()
    assert len(loop.requests) == 21  # the request and twenty redirects


def test_logs_redact_credentials_in_headers_the_query_and_cookies(
    generated: Generated, server: RecordingServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("DEBUG", logger="auth_schemes_client")
    with client(generated, server, **ALL) as c:
        c.query.key()
        c.cookie.session()
        c.both_headers.api_key_and_tenant()
        c.bearer.bearer()
    log = caplog.text
    assert "HTTP Request: GET" in log and "Request: GET" in log
    for secret in ["k-1", "t-1", "c 1", "c%201", "s-1", "b-1"]:
        assert secret not in log, secret
    assert "client-key=%3Credacted%3E" in log or "client-key=<redacted>" in log
