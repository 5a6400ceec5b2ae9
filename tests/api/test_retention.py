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


def test_an_editor_can_read_and_erase_one_conversation(monkeypatch, tmp_path):
    from fastapi.testclient import TestClient

    from api.auth import hash_token
    from tests.app_env import configure, load_directory

    monkeypatch.setenv("ADMIN_TOKENS", f"anna:{hash_token('anna-token')}")
    configure(monkeypatch, tmp_path)
    load_directory()
    engine = create_engine(f"sqlite:///{tmp_path / 'tracker.db'}")
    events = Table("events", MetaData(), Column("id", Integer, primary_key=True), Column("sender_id", String(64)),
                   Column("timestamp", Float), Column("data", String(200)))
    events.create(engine)
    with engine.begin() as conn:
        conn.execute(events.insert(), [
            {"sender_id": "conversation-1", "timestamp": time.time(), "data": '{"event": "user", "text": "hej"}'},
            {"sender_id": "conversation-2", "timestamp": time.time(), "data": '{"event": "user", "text": "hash"}'}])
    engine.dispose()
    from api.main import create_app

    auth = {"Authorization": "Bearer anna-token"}
    with TestClient(create_app()) as client:
        assert client.get("/api/admin/conversations/conversation-1").status_code == 401
        read = client.get("/api/admin/conversations/conversation-1", headers=auth)
        assert read.status_code == 200 and read.json()["events"] == [{"event": "user", "text": "hej"}]
        assert client.delete("/api/admin/conversations/conversation-1", headers=auth).json()["deleted_events"] == 1
        assert client.get("/api/admin/conversations/conversation-1", headers=auth).status_code == 404
        assert client.get("/api/admin/conversations/conversation-2", headers=auth).status_code == 200
        assert client.get("/api/admin/conversations/..%2F..", headers=auth).status_code in (404, 422)
