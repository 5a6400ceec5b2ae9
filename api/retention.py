"""Delete conversations older than the configured retention from Rasa's tracker store.

Conversations about addiction, violence and mental health are sensitive: they are kept
only as long as configured (RETENTION_DAYS, default 30), then deleted for good.
"""
from __future__ import annotations

import logging
import time

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
