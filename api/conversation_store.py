"""Whether Rasa's conversation store (its tracker store's database) can be reached.

Rasa wraps every tracker store in a fail-safe that, when the database is down, quietly
keeps conversations in memory: a turn loses its context and nothing of it is kept. So the
API asks first: while the store is unreachable no turn is relayed to Rasa (the chat answers
as when Rasa is down: the emergency doors for danger, otherwise "try again"), and health
says 503. A ping is remembered for `TTL` seconds, so a busy chat costs about one ping per
TTL; the engine is made once per URL.
"""
from __future__ import annotations

import logging
import time
from functools import lru_cache

from fastapi.concurrency import run_in_threadpool
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.exc import SQLAlchemyError

from api.settings import get_api_settings

log = logging.getLogger("vejviser.conversation_store")
TTL = 2.0
CONNECT_TIMEOUT = 2
_last: dict[str, tuple[float, bool]] = {}


@lru_cache(maxsize=4)
def _engine(url: str) -> Engine:
    args = {"connect_timeout": CONNECT_TIMEOUT} if url.startswith("postgresql") else {}
    return create_engine(url, pool_pre_ping=True, pool_size=1, max_overflow=1, connect_args=args)


def ping(url: str) -> bool:
    try:
        with _engine(url).connect() as conn:
            conn.execute(text("select 1"))
    except SQLAlchemyError as exc:
        log.warning("conversation store not reachable (%s)", type(exc).__name__)
        _engine(url).dispose()       # start over with fresh connections when it is back
        return False
    return True


async def reachable(fresh: bool = False) -> bool:
    """True when the tracker store's database answers (checked at most every TTL seconds)."""
    url = get_api_settings().tracker_db_url
    at, ok = _last.get(url, (0.0, False))
    if fresh or time.monotonic() - at > TTL:
        ok = await run_in_threadpool(ping, url)
        _last[url] = (time.monotonic(), ok)
    return ok
