"""The route finder's login (cookie or token) and the browser channel's shapes, on the real
app; the socket.io channel is driven over long-polling, the way a client without websockets
(or behind a proxy that drops them) talks to it."""
from __future__ import annotations

import json
import time

import pytest
from fastapi.testclient import TestClient

from api import chat_relay, staff_session
from api.auth import hash_token
from api.socket_channel import to_rasa_protocol
from tests.app_env import configure, load_directory

TOKEN = "staff-token-for-anna"


@pytest.fixture
def app_client(monkeypatch, tmp_path):
    monkeypatch.setenv("ADMIN_TOKENS", f"anna:{hash_token(TOKEN)}")
    configure(monkeypatch, tmp_path)
    load_directory()
    staff_session._key.cache_clear()
    from api.main import create_app
    from api.socket_channel import build

    with TestClient(build(create_app())) as client:
        yield client


def test_the_finder_is_behind_the_staff_login(app_client):
    page = app_client.get("/finder", follow_redirects=False)
    assert page.status_code == 303 and page.headers["location"] == "/finder/login"
    assert app_client.post("/api/staff/login", json={"token": "wrong"}).status_code == 401
    assert app_client.post("/api/staff/login", json={"token": ""}).status_code == 422
    response = app_client.post("/api/staff/login", json={"token": TOKEN})
    assert response.status_code == 200 and response.json() == {"editor": "anna"}
    cookie = response.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie and TOKEN not in cookie
    finder = app_client.get("/finder", follow_redirects=False)
    assert finder.status_code == 200 and "Find døre" in finder.text
    app_client.post("/api/staff/logout")
    assert app_client.get("/finder", follow_redirects=False).status_code == 303


def test_a_bearer_token_opens_the_finder_too(app_client):
    assert app_client.get("/finder", headers={"Authorization": f"Bearer {TOKEN}"},
                          follow_redirects=False).status_code == 200
    assert app_client.get("/finder", headers={"Authorization": "Bearer nope"},
                          follow_redirects=False).status_code == 303


def test_a_staff_cookie_cannot_be_forged_or_outlive_its_time(app_client):
    good = staff_session.issue("anna")
    assert staff_session.editor_from_cookie(good) == "anna"
    body, _, signature = good.rpartition(".")
    import base64
    forged = base64.urlsafe_b64encode(b"mallory|9999999999").decode()
    assert staff_session.editor_from_cookie(f"{forged}.{signature}") is None
    assert staff_session.editor_from_cookie(good[:-1] + ("0" if good[-1] != "0" else "1")) is None
    assert staff_session.editor_from_cookie(staff_session.issue("anna", now=time.time() - 86400 * 2)) is None
    assert staff_session.editor_from_cookie("garbage") is None


def test_rasa_messages_are_folded_into_one_shape():
    raw = [{"recipient_id": "x", "text": "Her er stedet:"},
           {"recipient_id": "x", "text": "Livslinien\nRing 70 201 201"},
           {"recipient_id": "x", "custom": {"vejviser": {"door": {"id": "livslinien"}, "lang": "da"}}},
           {"recipient_id": "x", "text": "Hjalp det?", "buttons": [{"title": "Ja", "payload": "/affirm"}]}]
    folded = chat_relay.fold(raw)
    assert [m["text"] for m in folded] == ["Her er stedet:", "Livslinien\nRing 70 201 201", "Hjalp det?"]
    assert folded[1]["vejviser"]["door"] == {"id": "livslinien"}
    assert folded[0]["vejviser"] == {"lang": "da"}                     # read from the text
    assert folded[2]["buttons"] == [{"title": "Ja", "payload": "/affirm"}]
    assert chat_relay.fold([{"text": "Hi there, how can I help you today?"}])[0]["vejviser"]["lang"] == "en"
    # Rasa's socket.io shape: quick_replies, and our part in metadata (which Rasa widgets ignore)
    assert to_rasa_protocol(folded[2]) == {
        "text": "Hjalp det?", "quick_replies": [{"content_type": "text", "title": "Ja", "payload": "/affirm"}],
        "metadata": {"vejviser": {"lang": "da"}}}


def _packets(body: str) -> list[str]:
    return body.split("\x1e")          # Engine.IO v4 joins polled packets with a record separator


def test_the_socket_channel_speaks_rasas_protocol_over_long_polling(app_client):
    """session_request → session_confirm with the client's id kept (persistence); a message
    while Rasa is down gets a Danish 'cannot answer' with 112, and the turn is closed."""
    opened = app_client.get("/socket.io/?EIO=4&transport=polling")
    assert opened.status_code == 200 and opened.text.startswith("0")
    sid = json.loads(opened.text[1:])["sid"]
    url = f"/socket.io/?EIO=4&transport=polling&sid={sid}"
    assert app_client.post(url, content="40").text.lower() == "ok"
    assert _packets(app_client.get(url).text)[0].startswith("40")
    session = "abcdefgh12345678"
    app_client.post(url, content="42" + json.dumps(["session_request", {"session_id": session}]))
    confirm = _packets(app_client.get(url).text)[0]
    assert json.loads(confirm[2:]) == ["session_confirm", {"session_id": session}]
    app_client.post(url, content="42" + json.dumps(["user_uttered", {"message": "hej", "session_id": session}]))
    events = []
    while not any(name == "vejviser_done" for name, _ in events):
        events += [tuple(json.loads(p[2:])) for p in _packets(app_client.get(url).text) if p.startswith("42")]
    said = [data for name, data in events if name == "bot_uttered"]
    assert "112" in said[0]["text"] and said[0]["metadata"]["vejviser"]["error"] == "unavailable"


def test_a_malformed_session_id_gets_a_new_one(app_client):
    opened = app_client.get("/socket.io/?EIO=4&transport=polling")
    sid = json.loads(opened.text[1:])["sid"]
    url = f"/socket.io/?EIO=4&transport=polling&sid={sid}"
    app_client.post(url, content="40")
    app_client.get(url)
    app_client.post(url, content="42" + json.dumps(["session_request", {"session_id": "../../etc"}]))
    confirmed = json.loads(_packets(app_client.get(url).text)[0][2:])[1]["session_id"]
    assert confirmed != "../../etc" and chat_relay.SENDER.match(confirmed)


@pytest.mark.parametrize("message,error", [("", "empty"), ("   ", "empty"), ("x" * 2001, "too_long")])
def test_bad_chat_input_is_named_in_danish(message, error):
    assert chat_relay.check(message, 2000) == error
    assert chat_relay.error_text(error, 2000)[0].isupper()
