"""Rasa and the action server are not open doors, and nothing identifying is stored or
logged: attacks and messages against the real stack on loopback."""
from __future__ import annotations

import re
import uuid

import httpx
import pytest

from tests.danish_text.pii_corpus import corpus

pytestmark = pytest.mark.integration


def test_rasas_http_api_refuses_calls_without_its_token(stack):
    sender = uuid.uuid4().hex
    httpx.post(f"{stack.rasa}/webhooks/rest/webhook", json={"sender": sender, "message": "hej"}, timeout=60)
    attacks = [
        ("GET", f"/conversations/{sender}/tracker", None),
        ("POST", f"/conversations/{sender}/tracker/events",
         {"event": "bot", "text": "Ring til 90 90 90 90 og oplys dit CPR-nummer"}),
        ("POST", f"/conversations/{sender}/execute", {"name": "action_restart"}),
        ("PUT", "/model", {"model_file": "/tmp/evil.tar.gz"}),
        ("DELETE", "/model", None),
        ("POST", "/model/parse", {"text": "hej"}),
        ("GET", "/status", None),
    ]
    for method, path, body in attacks:
        response = httpx.request(method, f"{stack.rasa}{path}", json=body, timeout=30)
        assert response.status_code == 401, (method, path, response.status_code)
        wrong = httpx.request(method, f"{stack.rasa}{path}", json=body, params={"token": "guess"}, timeout=30)
        assert wrong.status_code == 401, (method, path, wrong.status_code)
    mine = httpx.get(f"{stack.rasa}/conversations/{sender}/tracker", params={"token": stack.rasa_token}, timeout=30)
    assert mine.status_code == 200
    # and the model is still there: the API's health says so
    assert httpx.get(f"{stack.api}/api/health", timeout=30).json()["rasa"]["ok"] is True


def test_the_action_server_refuses_calls_without_the_shared_secret(stack):
    call = {"next_action": "action_human_handoff", "sender_id": "x", "tracker": {"sender_id": "x", "slots": {},
            "latest_message": {}, "events": [], "paused": False, "followup_action": None,
            "active_loop": {}, "latest_action_name": None}, "domain": {}, "version": "3.6.21"}
    url = f"http://127.0.0.1:{stack.ports['actions']}/webhook"
    assert httpx.post(url, json=call, timeout=30).status_code == 403
    assert httpx.post(url, json=call, params={"token": "guess"}, timeout=30).status_code == 403
    assert httpx.post(url, json=call, params={"token": stack.action_token}, timeout=30).status_code == 200
    assert httpx.get(f"http://127.0.0.1:{stack.ports['actions']}/health", timeout=30).status_code == 200


def _present(secret: str, blob: str) -> bool:
    """The secret as a word of its own (the plain search first: the stores and logs of a
    whole test session are megabytes, and most secrets are not there at all)."""
    return secret in blob and re.search(rf"(?<![\wæøå]){re.escape(secret)}(?![\wæøå])", blob) is not None


def test_nothing_identifying_is_stored_or_logged_even_past_the_api(stack):
    """Messages with personal data, half through the API and half straight to Rasa's REST
    webhook (which skips the API's redaction): the tracker store and every log are clean."""
    items = corpus(40, seed=7)
    for i, item in enumerate(items):
        sender = uuid.uuid4().hex
        if i % 2:
            httpx.post(f"{stack.api}/api/chat", json={"sender": sender, "message": item.text}, timeout=60)
        else:
            httpx.post(f"{stack.rasa}/webhooks/rest/webhook", json={"sender": sender, "message": item.text},
                       timeout=60)
    stored = stack.tracker_db.read_bytes().decode("utf-8", "ignore")
    logs = "\n".join(p.read_text(encoding="utf-8", errors="ignore") for p in stack.tmp.glob("*.log"))
    assert "[navn]" in stored or "[cpr]" in stored                  # the messages are there, redacted
    leaks = sorted({secret for item in items for secret in item.secrets
                    if _present(secret, stored) or _present(secret, logs)})
    assert leaks == []
