"""Logging: `<PREFIX>_LOG=info` (one line per HTTP exchange) or `debug` (headers too), with every
credential redacted.

Only the package's own logger is switched on: httpx's would print URLs with an API key in the
query as they are.
"""

from __future__ import annotations

import logging
import os
import sys
from typing import AbstractSet, Dict, Mapping

import httpx

__all__ = ["setup_logging", "redact_headers", "redact_url", "REDACTED"]

REDACTED = "<redacted>"
# Headers that carry credentials whatever the API description calls its own.
_SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie"})
_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}


def setup_logging(package: str, env_var: str) -> None:
    """Send the package's log records to stderr at the level `env_var` names (info or debug);
    any other value, or none, leaves logging as the application configured it."""
    level = _LEVELS.get(os.environ.get(env_var, "").strip().lower())
    if level is None:
        return
    logger = logging.getLogger(package)
    if not logger.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("[%(asctime)s - %(name)s:%(lineno)d - %(levelname)s] %(message)s"))
        logger.addHandler(handler)
    logger.setLevel(level)


def redact_headers(headers: Mapping[str, str], secret: AbstractSet[str]) -> Dict[str, str]:
    """`headers` with the value of each credential header (lower-case names in `secret`, and
    the ones that always carry credentials) replaced by `<redacted>`."""
    return {
        name: REDACTED if name.lower() in _SECRET_HEADERS or name.lower() in secret else value
        for name, value in headers.items()
    }


def redact_url(url: httpx.URL, secret_params: AbstractSet[str]) -> str:
    """`url` with the value of each query parameter named in `secret_params` redacted."""
    if not secret_params or not url.query:
        return str(url)
    params = [(name, REDACTED if name in secret_params else value) for name, value in url.params.multi_items()]
    return str(url.copy_with(params=params))
