"""Retention deletes whole conversations, on SQLite and (in CI) PostgreSQL alike."""
import time

from sqlalchemy import Column, Float, Integer, MetaData, String, Table, create_engine, select

from api.retention import purge_tracker


def test_a_conversation_goes_whole_or_not_at_all(database_url):
    engine = create_engine(database_url)
    events = Table("events", MetaData(), Column("id", Integer, primary_key=True), Column("sender_id", String(64)),
                   Column("timestamp", Float), Column("data", String(200)))
    events.create(engine)
    now = time.time()
    old, recent = now - 40 * 86400, now - 3600
    with engine.begin() as conn:
        conn.execute(events.insert(), [
            {"sender_id": "ongoing", "timestamp": old, "data": "first turn, long ago"},
            {"sender_id": "ongoing", "timestamp": recent, "data": "a turn today"},
            {"sender_id": "finished", "timestamp": old, "data": "long ago"},
            {"sender_id": "finished", "timestamp": old + 60, "data": "long ago, later"}])
    assert purge_tracker(database_url, days=30, now=now) == 2
    with engine.connect() as conn:
        left = sorted(conn.execute(select(events.c.sender_id, events.c.data)).all())
    engine.dispose()
    assert left == [("ongoing", "a turn today"), ("ongoing", "first turn, long ago")]
