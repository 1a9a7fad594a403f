"""When to retry a request, and how long to wait first."""

from __future__ import annotations

import datetime
import email.utils
import random

import httpx

__all__ = ["should_retry", "retry_delay"]

INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
# A server asking for a longer pause is better answered with an error than a silent hang.
MAX_RETRY_AFTER = 60.0


def should_retry(response: httpx.Response) -> bool:
    """Whether an error response is worth another attempt."""
    header = str(response.headers.get("x-should-retry", "")).lower()
    if header in ("true", "false"):  # the server knows best
        return header == "true"
    status = response.status_code
    # Timeouts, lock conflicts, rate limits and server errors are usually transient.
    return status in (408, 409, 429) or status >= 500


def retry_delay(retries_taken: int, response: httpx.Response | None) -> float:
    """Seconds to wait before the next attempt: what the server asked for when reasonable,
    else exponential backoff with jitter."""
    requested = _requested_delay(response)
    if requested is not None and 0 <= requested <= MAX_RETRY_AFTER:
        return requested
    delay = min(INITIAL_RETRY_DELAY * 2.0**retries_taken, MAX_RETRY_DELAY)
    # Jitter, so that clients failing together do not retry together.
    return delay * (1 - 0.25 * random.random())


def _requested_delay(response: httpx.Response | None) -> float | None:
    """The pause from `retry-after-ms`, or `Retry-After` (seconds or an HTTP date)."""
    if response is None:
        return None
    try:
        return float(response.headers["retry-after-ms"]) / 1000
    except (KeyError, ValueError):
        pass
    value = str(response.headers.get("retry-after", "")).strip()
    try:
        return float(value)
    except ValueError:
        pass
    try:
        date = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if date.tzinfo is None:
        date = date.replace(tzinfo=datetime.timezone.utc)
    return (date - datetime.datetime.now(datetime.timezone.utc)).total_seconds()
