"""Admin API on a real database: auth, change log, optimistic locking."""
import pytest
from fastapi.testclient import TestClient

from api.auth import hash_token
from tests.app_env import configure, load_directory

TOKEN = "test-token-for-anna"
SERVICE = {"id": "test-vaerested", "name": "Testværested", "kind": "tilbud", "topics": ["ensomhed"],
           "audiences": ["self"], "description": "Et værested, der kun findes i testen.",
           "source": "test", "verified_at": "2026-11-23"}


@pytest.fixture
def admin(monkeypatch, tmp_path, database_url):
    monkeypatch.setenv("ADMIN_TOKENS", f"anna:{hash_token(TOKEN)},bo:{hash_token('bo-token')}")
    configure(monkeypatch, tmp_path, database_url=database_url)
    load_directory()
    from api.main import create_app

    with TestClient(create_app()) as client:
        yield client


def _auth(token=TOKEN):
    return {"Authorization": f"Bearer {token}"}


def test_no_token_401_wrong_token_403_and_nothing_changes(admin):
    before = admin.get("/api/services/livslinien").json()
    body = {"service": {**SERVICE, "id": "livslinien", "name": "Hacked"}, "version": 1}
    assert admin.put("/api/admin/services/livslinien", json=body).status_code == 401
    assert admin.put("/api/admin/services/livslinien", json=body, headers=_auth("nope")).status_code == 403
    assert admin.post("/api/admin/services", json={"service": SERVICE}).status_code == 401
    assert admin.get("/api/services/livslinien").json() == before
    assert admin.get("/api/services/test-vaerested").status_code == 404


def test_create_update_retire_verify_are_logged(admin):
    created = admin.post("/api/admin/services", json={"service": SERVICE}, headers=_auth())
    assert created.status_code == 201 and created.json()["version"] == 1
    changed = admin.put("/api/admin/services/test-vaerested", headers=_auth(),
                        json={"service": {**SERVICE, "name": "Nyt navn"}, "version": 1})
    assert changed.status_code == 200 and changed.json()["version"] == 2
    assert admin.get("/api/services/test-vaerested").json()["name"] == "Nyt navn"
    verified = admin.post("/api/admin/services/test-vaerested/verify", json={"version": 2}, headers=_auth("bo-token"))
    assert verified.json()["version"] == 3
    retired = admin.post("/api/admin/services/test-vaerested/retire", json={"version": 3}, headers=_auth())
    assert retired.json()["status"] == "inactive"
    assert "test-vaerested" not in {s["id"] for s in admin.get("/api/services", params={"per_page": 100}).json()["items"]}
    log = admin.get("/api/admin/changes", params={"service_id": "test-vaerested"}, headers=_auth()).json()
    name_change = next(c for c in log if c["action"] == "update" and c["field_name"] == "name")
    assert (name_change["previous_value"], name_change["replacement_value"], name_change["updated_by"]) == \
        ("Testværested", "Nyt navn", "anna")
    assert {c["action"] for c in log} == {"create", "update", "verify", "retire"}
    assert any(c["action"] == "verify" and c["updated_by"] == "bo" for c in log)


def test_stale_version_is_a_conflict_and_changes_nothing(admin):
    admin.post("/api/admin/services", json={"service": SERVICE}, headers=_auth())
    first = admin.put("/api/admin/services/test-vaerested", headers=_auth(),
                      json={"service": {**SERVICE, "name": "Annas navn"}, "version": 1})
    assert first.status_code == 200
    second = admin.put("/api/admin/services/test-vaerested", headers=_auth("bo-token"),
                       json={"service": {**SERVICE, "name": "Bos navn"}, "version": 1})
    assert second.status_code == 409 and "version 2" in second.json()["detail"]
    assert admin.get("/api/services/test-vaerested").json()["name"] == "Annas navn"


def test_unknown_code_is_refused(admin):
    bad = {**SERVICE, "topics": ["ukendt"]}
    response = admin.post("/api/admin/services", json={"service": bad}, headers=_auth())
    assert response.status_code == 422 and "unknown topic 'ukendt'" in response.text


def test_editing_an_unknown_service_is_404(admin):
    response = admin.post("/api/admin/services/nope/retire", json={"version": 1}, headers=_auth())
    assert response.status_code == 404
