"""The production profile for real: PostgreSQL for the directory and Rasa's tracker store,
Redis as the lock store, two Rasa instances behind the API. A conversation whose Rasa
instance dies goes on at the other one, with its context (the question it was asked); a
PostgreSQL outage makes health say so (never a silent fall-back to memory), and when the
server is back the conversations go on where they were.
PostgreSQL is a server of the test's own (evaluation.stack.PrivatePostgres), so that it can be
stopped; needs TEST_POSTGRES_URL and TEST_REDIS_URL (.ci/run sets both and installs the
binaries)."""
from __future__ import annotations

import os
import time
import uuid
import zlib

import httpx
import pytest
from sqlalchemy import create_engine, text

pytestmark = [pytest.mark.integration, pytest.mark.postgres]
NEEDS = ("TEST_POSTGRES_URL", "TEST_REDIS_URL")


@pytest.fixture(scope="module")
def postgres():
    missing = [name for name in NEEDS if not os.environ.get(name)]
    if missing:
        pytest.skip(f"the production profile needs {', '.join(missing)} (.ci/run sets them)")
    from evaluation.stack import PrivatePostgres

    server = PrivatePostgres().start()
    try:
        yield server
    finally:
        server.remove()


@pytest.fixture(scope="module")
def production(tmp_path_factory, postgres):
    from evaluation.stack import MODEL, ProductionStack

    if not MODEL.exists():
        pytest.fail("no trained model: run `make test`")
    stack = ProductionStack(tmp_path_factory.mktemp("production"), postgres.url, os.environ["TEST_REDIS_URL"])
    try:
        stack.start()
        yield stack
    finally:
        stack.stop()


def _chat(stack, sender, message):
    response = httpx.post(f"{stack.api}/api/chat", json={"sender": sender, "message": message}, timeout=60)
    return response.status_code, response.json()["messages"]


def test_a_conversation_goes_on_when_its_rasa_instance_dies(production):
    sender = uuid.uuid4().hex
    status, asked = _chat(production, sender, "hash")
    buttons = [b for m in asked for b in (m.get("buttons") or [])]
    assert status == 200 and buttons, asked                      # a follow-up question was asked
    # the instance this conversation went to (the API's own order) stops
    production.stop(["rasa", "rasa2"][zlib.crc32(sender.encode()) % 2])
    status, answered = _chat(production, sender, buttons[0]["payload"])
    doors = [m for m in answered if "door" in (m.get("vejviser") or {})]
    assert status == 200 and doors, answered                     # the answer to that question: doors
    # the conversation is in PostgreSQL, redacted like everywhere
    engine = create_engine(production.tracker_url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.connect() as conn:
        count = conn.execute(text("select count(*) from events where sender_id = :s"), {"s": sender}).scalar()
    engine.dispose()
    assert count and count > 4
    health = httpx.get(f"{production.api}/api/health", timeout=30).json()
    assert health["status"] == "ok" and "1 of 2" in health["rasa"]["detail"]


def _health(stack):
    response = httpx.get(f"{stack.api}/api/health", timeout=30)
    return response.status_code, response.json()


def test_a_postgresql_outage_is_loud_and_the_conversation_goes_on_after_it(production, postgres):
    sender = uuid.uuid4().hex
    status, asked = _chat(production, sender, "min bror drikker hver dag")
    buttons = [b for m in asked for b in (m.get("buttons") or [])]
    assert status == 200 and buttons, asked
    postgres.stop("immediate")                                   # the database server goes away
    try:
        code, health = _health(production)
        assert code == 503 and "tracker_store" in health["not_ready"], health
        assert "127.0.0.1" not in str(health) and "Error" not in str(health)    # no internal details
        code, said = _chat(production, uuid.uuid4().hex, "jeg har brug for hjælp til min gæld")
        assert code != 200, f"a turn was answered while the conversation store was down: {said}"
    finally:
        postgres.start()
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline and _health(production)[0] != 200:
        time.sleep(2)
    assert _health(production)[0] == 200, "health did not recover when PostgreSQL came back"
    # the conversation stored before the outage goes on: the answer to its question gives doors
    for _ in range(10):                                          # the pools reconnect on first use
        status, answered = _chat(production, sender, buttons[0]["payload"])
        if status == 200:
            break
        time.sleep(2)
    doors = [m for m in answered if "door" in (m.get("vejviser") or {})]
    assert status == 200 and doors, answered
