"""Delete conversations older than the configured retention from Rasa's tracker store.

Conversations about addiction, violence and mental health are sensitive: they are kept
only as long as configured (RETENTION_DAYS, default 30), then deleted for good.
"""
from __future__ import annotations

import json
import logging
import time
from typing import Any

from sqlalchemy import MetaData, Table, create_engine, delete, func, inspect, select

log = logging.getLogger(__name__)


def purge_tracker(url: str, days: int, now: float | None = None) -> int:
    """Delete whole conversations whose last event is older than `days` (never half of one);
    returns how many rows went. Works on the SQLite and the PostgreSQL tracker store alike."""
    engine = create_engine(url)
    try:
        if not inspect(engine).has_table("events"):
            return 0
        events = Table("events", MetaData(), autoload_with=engine)
        cutoff = (now or time.time()) - days * 86400
        with engine.begin() as conn:
            stale = (select(events.c.sender_id).group_by(events.c.sender_id)
                     .having(func.max(events.c.timestamp) < cutoff))
            deleted = conn.execute(delete(events).where(events.c.sender_id.in_(stale))).rowcount
    finally:
        engine.dispose()
    if deleted:
        log.info("retention: deleted %d tracker events older than %d days", deleted, days)
    return deleted or 0


def _events_table(engine: Any) -> Table | None:
    if not inspect(engine).has_table("events"):
        return None
    return Table("events", MetaData(), autoload_with=engine)


def conversation(url: str, sender_id: str) -> list[dict[str, Any]]:
    """Every stored event of one conversation (already redacted when it was written), for an
    access request."""
    engine = create_engine(url)
    try:
        events = _events_table(engine)
        if events is None:
            return []
        with engine.connect() as conn:
            rows = conn.execute(select(events.c.data).where(events.c.sender_id == sender_id)
                                .order_by(events.c.id)).all()
    finally:
        engine.dispose()
    return [json.loads(row[0]) for row in rows]


def erase_conversation(url: str, sender_id: str) -> int:
    """Delete one conversation for good (an erasure request); returns how many rows went."""
    engine = create_engine(url)
    try:
        events = _events_table(engine)
        if events is None:
            return 0
        with engine.begin() as conn:
            deleted = conn.execute(delete(events).where(events.c.sender_id == sender_id)).rowcount
    finally:
        engine.dispose()
    log.info("erasure: deleted one conversation (%d events)", deleted or 0)
    return deleted or 0
