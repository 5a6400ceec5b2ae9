"""POST /api/route when Rasa is down: the rule fallback answers, marked degraded."""
import pytest

KEYS = {"text", "crisis", "safety", "needs_clarification", "topics", "audience", "age", "district",
        "services", "clarifying_question", "nlu"}


def test_contract_shape_and_ranking(client):
    response = client.post("/api/route", json={"text": "min søn på 16 ryger hash hver dag"})
    assert response.status_code == 200
    body = response.json()
    assert KEYS <= set(body)
    assert body["topics"][0] == "misbrug" and body["audience"] == "relative" and body["age"] == 16
    assert body["nlu"]["degraded"] is True
    assert 1 <= len(body["services"]) <= 5
    service = body["services"][0]
    assert {"id", "name", "kind", "topics", "why", "contact", "verified_at"} <= set(service)
    assert set(service["contact"]) >= {"phone", "url", "address"}


def test_crisis_even_without_rasa(client):
    body = client.post("/api/route", json={"text": "jeg vil ikke leve mere"}).json()
    assert body["crisis"] is True and body["safety"] == "crisis" and body["services"][0]["kind"] == "akut"
    assert body["services"][0]["role"] == "emergency"


def test_indirect_danger_without_rasa_gets_the_doors_for_its_kind(client):
    """The fallback runs the same crisis model as the bot: means and a count, no keyword."""
    body = client.post("/api/route", json={"text": "har lige slugt 40 pamol med en halv flaske vodka"}).json()
    assert body["safety"] == "crisis"
    assert [s["id"] for s in body["services"][:2]] == ["alarm-112", "akuttelefonen-1813"]


def test_concern_and_calm_without_rasa(client):
    concern = client.post("/api/route", json={"text": "jeg har ikke skadet mig selv i to år men trangen "
                                                      "kommer stadig nogle gange, hvem kan jeg tale med"}).json()
    assert concern["crisis"] is False and concern["safety"] == "concern"
    assert concern["services"][-1]["role"] == "safety_line"
    calm = client.post("/api/route", json={"text": "min kat er forsvundet fra lejligheden"}).json()
    assert calm["crisis"] is False and calm["safety"] is None


def test_identifiers_never_come_back(client):
    body = client.post("/api/route", json={"text": "min søn drikker, ring 22334455 cpr 010203-1234"}).json()
    assert "22334455" not in body["text"] and "010203" not in body["text"]


@pytest.mark.parametrize("payload,fragment", [
    ({"text": ""}, "empty"), ({"text": "   "}, "empty"), ({"text": "x" * 2001}, "limit"), ({}, "required"),
])
def test_bad_text_gives_a_clear_422(client, payload, fragment):
    response = client.post("/api/route", json=payload)
    assert response.status_code == 422
    assert fragment in response.text.lower()


def test_context_fields_override(client):
    body = client.post("/api/route", json={"text": "min søn ryger hash", "age": 30, "audience": "self",
                                           "district": "valby"}).json()
    assert (body["age"], body["audience"], body["district"]) == (30, "self", "valby")


def test_english_is_answered_in_english(client):
    body = client.post("/api/route", json={"text": "i drink too much and need help", "lang": "en"}).json()
    assert body["services"][0]["why"].startswith("You")


@pytest.mark.parametrize("text", ["🙂", "жопа", "\u202e\u0000", "a" * 2000, "ﾟ･✿ヾ╲(｡◕‿◕｡)╱✿･ﾟ", "\\u0000 ' OR 1=1 --"])
def test_never_500(client, text):
    assert client.post("/api/route", json={"text": text}).status_code == 200


def test_doors_carry_every_field_of_the_directory_schema(client):
    """Only added keys: the contract's keys stay, the directory's fields (opening hours,
    languages, application process, source date …) come along."""
    from directory.schema import ServiceIn

    body = client.post("/api/route", json={"text": "jeg vil ikke leve mere"}).json()
    door = body["services"][0]
    assert set(ServiceIn.model_fields) - {"schedules"} <= set(door)
    assert {"opening_hours", "how_to_contact", "role", "why"} <= set(door)
    assert door["application_process"] and len(door["verified_at"]) == len("2026-11-23")


def test_the_warm_word_is_in_the_route_contract_too(client):
    """The route finder and other clients get the acknowledgment the chat says first."""
    grief = client.post("/api/route", json={"text": "min mand døde i foråret og jeg kan ikke finde ud af noget"}).json()
    assert grief["acknowledgment"] == "Jeg er ked af at høre om dit tab."
    plain = client.post("/api/route", json={"text": "min søn på 16 ryger hash hver dag"}).json()
    assert plain["acknowledgment"] is None
    danger = client.post("/api/route", json={"text": "jeg vil ikke leve mere"}).json()
    assert danger["acknowledgment"] is None
