"""Acceptance of the foundation, against the real running servers."""
import sqlite3
import uuid

import httpx
import pytest

from api.retention import purge_tracker

pytestmark = pytest.mark.integration
ACCEPTANCE_TEXT = "min søn drikker for meget, hvor kan jeg få hjælp"


def _chat(stack, sender, message):
    response = httpx.post(f"{stack.api}/api/chat", json={"sender": sender, "message": message}, timeout=60)
    return response.status_code, response.json()["messages"]


def test_health_is_ok(stack):
    body = httpx.get(f"{stack.api}/api/health", timeout=10).json()
    assert body["status"] == "ok" and body["not_ready"] == []


def test_route_api_uses_the_real_model(stack):
    body = httpx.post(f"{stack.api}/api/route", json={"text": ACCEPTANCE_TEXT}, timeout=60).json()
    assert body["nlu"]["degraded"] is False and body["nlu"]["intent"] == "topic_misbrug"
    assert body["topics"][0] == "misbrug" and body["audience"] == "relative"
    assert body["services"] and body["crisis"] is False


def test_rest_channel_reply_names_a_service(stack):
    names = {s["name"] for s in httpx.get(f"{stack.api}/api/services", params={"per_page": 100}).json()["items"]}
    reply = httpx.post(f"{stack.rasa}/webhooks/rest/webhook",
                       json={"sender": uuid.uuid4().hex, "message": ACCEPTANCE_TEXT}, timeout=60).json()
    text = "\n".join(m.get("text", "") for m in reply)
    assert any(name in text for name in names), text


def test_chat_relay_puts_danger_first(stack):
    status, messages = _chat(stack, uuid.uuid4().hex, "jeg har lyst til at dø")
    assert status == 200 and "112" in messages[0]["text"]


@pytest.mark.parametrize("text", ["jeg er hjemløs og har ingen steder at sove", "min ven har angst",
                                  "min søn på 16 ryger hash hver dag"])
def test_same_answer_in_chat_and_route_api(stack, text):
    route = httpx.post(f"{stack.api}/api/route", json={"text": text}, timeout=60).json()
    _, messages = _chat(stack, uuid.uuid4().hex, text)
    chat = "\n".join(m.get("text", "") for m in messages)
    if route["follow_up"]:
        # a question whose answer changes the doors: first the doors that fit any answer
        assert messages[-1]["text"] == route["follow_up"]["question"]
        assert len(messages[-1]["buttons"]) == len(route["follow_up"]["options"])
    else:
        assert route["services"][0]["name"] in chat


def test_answering_the_question_gives_the_doors(stack):
    sender = uuid.uuid4().hex
    _, asked = _chat(stack, sender, "min ven har angst")
    assert asked[-1]["buttons"], asked
    payload = next(b["payload"] for b in asked[-1]["buttons"] if "30" in b["payload"])
    _, answered = _chat(stack, sender, payload)
    text = "\n".join(m.get("text", "") for m in answered)
    assert "Borgercenter Voksne" in text and answered[-1]["text"] == "Hjalp det?"


def test_identifiers_are_redacted_before_rasa_stores_anything(stack):
    sender = uuid.uuid4().hex
    _chat(stack, sender, "min søn drikker, ring til mig på 22 33 44 55 eller mail anna@example.dk cpr 010203-1234")
    with sqlite3.connect(stack.tracker_db) as db:
        stored = "\n".join(row[0] for row in db.execute("select data from events where sender_id = ?", (sender,)))
    assert stored, "the conversation was not stored at all"
    for secret in ("22 33 44 55", "anna@example.dk", "010203"):
        assert secret not in stored
    assert "[telefon]" in stored


def test_retention_deletes_old_conversations(stack):
    sender = uuid.uuid4().hex
    _chat(stack, sender, "hej")
    url = f"sqlite:///{stack.tracker_db}"
    purge_tracker(url, days=30)  # nothing of today is old: the conversation stays
    with sqlite3.connect(stack.tracker_db) as db:
        assert db.execute("select count(*) from events where sender_id = ?", (sender,)).fetchone()[0] > 0
    import time
    purge_tracker(url, days=1, now=time.time() + 2 * 86400)
    with sqlite3.connect(stack.tracker_db) as db:
        assert db.execute("select count(*) from events where sender_id = ?", (sender,)).fetchone()[0] == 0


def test_stopped_action_server_is_reported_and_answered_kindly(stack):
    stack.stop("actions")
    try:
        _answers_kindly_without_actions(stack)
    finally:
        stack.start_again("actions")            # the stack is shared: leave it as it was


def _answers_kindly_without_actions(stack):
    health = httpx.get(f"{stack.api}/api/health", timeout=10)
    assert health.status_code == 503 and health.json()["not_ready"] == ["actions"]
    status, messages = _chat(stack, uuid.uuid4().hex, "min datter ryger hash")
    assert messages and "112" in messages[0]["text"]
    # danger still gets the emergency doors, the same as /api/route gives
    text = "jeg vil ikke leve mere, jeg har samlet alle mine piller"
    status, messages = _chat(stack, uuid.uuid4().hex, text)
    route = httpx.post(f"{stack.api}/api/route", json={"text": text}, timeout=60).json()
    assert status == 200 and route["safety"] == "crisis"
    assert messages[0]["vejviser"]["safety"] == "crisis"
    shown = [m["vejviser"]["door"]["id"] for m in messages if "door" in m["vejviser"]]
    assert shown == [s["id"] for s in route["services"] if s["role"] != "safety_line"][:len(shown)] and shown
