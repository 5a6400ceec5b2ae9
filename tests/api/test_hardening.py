"""Bad input never 500s, nothing is echoed, limits hold, and the headers are there: on the
real app and a real (temporary) directory, with Rasa stopped."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from api.auth import hash_token
from api.chat_relay import as_text
from api.settings import get_api_settings
from tests.app_env import configure, load_directory


@pytest.fixture
def app(monkeypatch, tmp_path):
    def make(**env):
        monkeypatch.setenv("ADMIN_TOKENS", f"anna:{hash_token('right-token')}")
        configure(monkeypatch, tmp_path)
        load_directory()
        for key, value in env.items():
            monkeypatch.setenv(key, str(value))
        get_api_settings.cache_clear()
        from api.main import create_app
        return TestClient(create_app(), raise_server_exceptions=False)
    return make


RAW = {"Content-Type": "application/json"}


@pytest.mark.parametrize("method,url,body", [
    ("POST", "/api/route", '{"text": "hej", "age": NaN}'),
    ("POST", "/api/route", '{"text": "hej", "age": 1e309}'),
    ("POST", "/api/route", '{"text": "hej", "age": -Infinity}'),
    ("GET", "/api/services?page=99999999999999999999", None),
    ("GET", "/hsds/services?page=99999999999999999999", None),
    ("GET", "/api/services?age=1e309", None),
    ("POST", "/api/route", "not json"),
    ("POST", "/api/route", '{"text": ["a list"]}'),
    ("POST", "/api/chat", '{"sender": "abcdefgh12", "message": {"nested": 1}}'),
])
def test_malformed_input_gets_422_not_500(app, method, url, body):
    with app() as client:
        response = client.request(method, url, content=body, headers=RAW)
    assert response.status_code == 422, response.text


def test_lone_surrogates_and_nul_are_read_as_text(app):
    with app() as client:
        response = client.post("/api/route", content='{"text": "\\ud800 jeg drikker for meget\\u0000"}', headers=RAW)
    assert response.status_code == 200 and "misbrug" in response.json()["topics"]


def test_a_422_does_not_echo_the_input(app):
    secret = "Mette Jensen 010203-1234 " * 200
    with app() as client:
        response = client.post("/api/route", json={"text": secret})
    assert response.status_code == 422
    assert "Mette" not in response.text and len(response.text) < 500


def test_a_body_over_the_limit_is_refused_before_it_is_read(app):
    with app() as client:
        response = client.post("/api/route", content=b'{"text": "' + b"a" * 200_000 + b'"}', headers=RAW)
        assert response.status_code == 413 and len(response.content) < 200
        chunked = client.post("/api/route", content=iter([b'{"text": "', b"a" * 70_000, b'"}']), headers=RAW)
        assert chunked.status_code == 413


def test_pages_and_api_carry_security_headers(app):
    with app() as client:
        for url in ("/", "/finder/login", "/api/taxonomy", "/docs"):
            headers = client.get(url).headers
            assert headers["x-content-type-options"] == "nosniff"
            assert headers["x-frame-options"] == "DENY"
            assert headers["referrer-policy"] == "no-referrer"
            assert "frame-ancestors 'none'" in headers["content-security-policy"]
        assert "script-src 'self';" in client.get("/").headers["content-security-policy"]


def test_cors_is_closed_unless_an_origin_is_configured(app):
    with app() as client:
        asked = client.options("/api/chat", headers={"Origin": "https://evil.example",
                                                     "Access-Control-Request-Method": "POST"})
        assert "access-control-allow-origin" not in asked.headers
    with app(CHAT_ALLOWED_ORIGINS="https://www.kk.dk") as client:
        allowed = client.options("/api/chat", headers={"Origin": "https://www.kk.dk",
                                                       "Access-Control-Request-Method": "POST"})
        assert allowed.headers["access-control-allow-origin"] == "https://www.kk.dk"
        refused = client.options("/api/chat", headers={"Origin": "https://evil.example",
                                                       "Access-Control-Request-Method": "POST"})
        assert refused.headers.get("access-control-allow-origin") != "https://evil.example"


def test_public_endpoints_are_rate_limited_per_client(app):
    with app(RATE_PER_MINUTE=5) as client:
        codes = [client.post("/api/route", json={"text": "hash"}).status_code for _ in range(7)]
        assert codes[:5] == [200] * 5 and codes[5:] == [429, 429]
        assert client.get("/api/taxonomy").status_code == 200            # reading is not limited
        assert int(client.post("/api/route", json={"text": "hash"}).headers["retry-after"]) > 0


def test_wrong_admin_tokens_lock_the_client_out(app):
    with app(WRONG_TOKENS_BEFORE_LOCKOUT=3) as client:
        wrong = {"Authorization": "Bearer wrong"}
        right = {"Authorization": "Bearer right-token"}
        assert client.get("/api/admin/changes", headers=right).status_code == 200
        assert [client.get("/api/admin/changes", headers=wrong).status_code for _ in range(3)] == [403] * 3
        assert client.get("/api/admin/changes", headers=right).status_code == 429  # even the right one, for a while
        assert client.post("/api/staff/login", json={"token": "right-token"}).status_code == 429


def test_health_says_what_is_wrong_without_internal_details(app):
    with app() as client:
        body = client.get("/api/health").text
    assert "127.0.0.1" not in body and "http" not in body and "Error" not in body and ".db" not in body


@pytest.mark.parametrize("typed,sent", [
    ("/restart", "restart"), ('/topic_misbrug{"age":"abc"}', 'topic_misbrug{"age":"abc"}'),
    ('/inform{"age": "abc"}', 'inform{"age": "abc"}'), ("/session_start", "session_start"),
    ("/affirm", "/affirm"), ('/inform{"age": 15}', '/inform{"age": 15}'), ("/topic_misbrug", "/topic_misbrug"),
    ('/inform{"audience": "relative"}', '/inform{"audience": "relative"}'), ("hej", "hej"),
])
def test_text_that_looks_like_a_command_is_text(typed, sent):
    assert as_text(typed) == sent


def test_health_is_503_when_the_conversation_store_is_down(app, monkeypatch, tmp_path):
    with app(TRACKER_DB_URL="postgresql://nobody@127.0.0.1:1/none") as client:
        response = client.get("/api/health")
    assert response.status_code == 503 and "tracker_store" in response.json()["not_ready"]
    assert "127.0.0.1" not in response.text


def test_with_rasa_down_danger_still_gets_the_emergency_doors_in_the_chat(app):
    text = "jeg vil ikke leve mere, jeg har samlet alle mine piller og tager dem i nat"
    with app() as client:
        chat = client.post("/api/chat", json={"sender": "abcdefgh12", "message": text})
        route = client.post("/api/route", json={"text": text}).json()
        ordinary = client.post("/api/chat", json={"sender": "abcdefgh12", "message": "min søn ryger hash"})
    assert chat.status_code == 200 and route["safety"] == "crisis"
    messages = chat.json()["messages"]
    assert messages[0]["vejviser"]["safety"] == "crisis" and "112" in messages[0]["text"]
    doors = [m["vejviser"]["door"]["id"] for m in messages if "door" in m["vejviser"]]
    assert doors and doors == [s["id"] for s in route["services"] if s["role"] != "safety_line"][:len(doors)]
    assert ordinary.status_code == 503 and "112" in ordinary.json()["messages"][0]["text"]


def test_a_broken_directory_database_gives_503_and_recovers_by_itself(app, tmp_path):
    from directory.db import get_engine

    with app() as client:
        db = tmp_path / "directory.db"
        good = db.read_bytes()
        get_engine().dispose()
        db.write_bytes(b"this is not a database" * 100)
        broken = client.post("/api/route", json={"text": "min søn ryger hash"})
        assert broken.status_code == 503 and "directory" in broken.json()["detail"]
        get_engine().dispose()
        db.write_bytes(good)
        assert client.post("/api/route", json={"text": "min søn ryger hash"}).status_code == 200
