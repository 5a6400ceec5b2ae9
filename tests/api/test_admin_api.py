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
    listed = admin.get("/api/services", params={"per_page": 100}).json()["items"]
    assert "test-vaerested" not in {s["id"] for s in listed}
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


PLACE = {"id": "test-sted", "name": "Teststedet", "location_type": "physical", "address_1": "Testvej 1",
         "postal_code": "2500", "city": "Valby", "accessibility": ["trappefri adgang"], "source": "test"}
HOURS = [{"days": ["mo", "we"], "opens_at": "10:00", "closes_at": "14:00", "notes": None}]


def test_an_update_keeps_places_hours_and_languages_and_the_public_view_shows_them(admin):
    admin.post("/api/admin/services", json={"service": SERVICE}, headers=_auth())
    full = {**SERVICE, "locations": [PLACE], "schedules": HOURS, "languages": ["da", "en"],
            "source_date": "2026-10", "application_process": "Kom forbi."}
    changed = admin.put("/api/admin/services/test-vaerested", headers=_auth(), json={"service": full, "version": 1})
    assert changed.status_code == 200, changed.text
    read = admin.get("/api/admin/services/test-vaerested", headers=_auth()).json()
    assert (read["locations"], read["schedules"], read["languages"], read["version"]) == \
        ([PLACE], HOURS, ["da", "en"], 2)
    public = admin.get("/api/services/test-vaerested").json()
    assert public["locations"] == [PLACE] and public["languages"] == ["da", "en"]
    assert [h["weekday"] for h in public["opening_hours"]] == [1, 3]
    assert (public["source_date"], public["application_process"]) == ("2026-10", "Kom forbi.")
    log = admin.get("/api/admin/changes", params={"service_id": "test-vaerested"}, headers=_auth()).json()
    hours = next(c for c in log if c["action"] == "update" and c["field_name"] == "schedules")
    assert hours["previous_value"] == "" or hours["previous_value"] is None
    assert "10:00" in hours["replacement_value"]
    assert {c["field_name"] for c in log if c["action"] == "update"} == \
        {"locations", "schedules", "languages", "source_date", "application_process"}


def test_two_simultaneous_edits_from_one_version_cannot_both_win(admin):
    """Two real requests, interleaved: Bo's request has read version 1 and passed the version
    check when Anna's request (also from version 1) commits; Bo's write must then get 409, not
    overwrite Anna's. SQLAlchemy events only hold Bo's flush until Anna has committed."""
    import threading

    from sqlalchemy import event
    from sqlalchemy.orm import Session

    from directory.models import Service

    admin.post("/api/admin/services", json={"service": SERVICE}, headers=_auth())
    bo_has_read, anna_committed = threading.Event(), threading.Event()

    def hold(session, _context, _instances):
        names = {s.name for s in session.dirty if isinstance(s, Service)}
        if "Bos navn" in names and not session.info.get("held"):
            session.info["held"] = True
            bo_has_read.set()
            assert anna_committed.wait(10)
        if "Annas navn" in names:
            session.info["anna"] = True
            assert bo_has_read.wait(10)

    def committed(session):
        if session.info.get("anna"):
            anna_committed.set()

    def put(name, token, out):
        out[name] = admin.put("/api/admin/services/test-vaerested", headers=_auth(token),
                              json={"service": {**SERVICE, "name": name}, "version": 1})

    event.listen(Session, "before_flush", hold)
    event.listen(Session, "after_commit", committed)
    responses = {}
    try:
        bo = threading.Thread(target=put, args=("Bos navn", "bo-token", responses))
        bo.start()
        put("Annas navn", TOKEN, responses)
        bo.join(20)
    finally:
        event.remove(Session, "before_flush", hold)
        event.remove(Session, "after_commit", committed)
    assert responses["Annas navn"].status_code == 200
    stale = responses["Bos navn"]
    assert stale.status_code == 409, stale.text
    assert "version 1" in stale.json()["detail"] and "reload" in stale.json()["detail"]
    assert admin.get("/api/services/test-vaerested").json()["name"] == "Annas navn"
    log = admin.get("/api/admin/changes", params={"service_id": "test-vaerested"}, headers=_auth()).json()
    assert [c["updated_by"] for c in log if c["action"] == "update"] == ["anna"]
