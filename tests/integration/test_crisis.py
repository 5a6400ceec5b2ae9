"""One crisis decision everywhere: Rasa's CrisisDetector and the API's fallback (for when
Rasa is down) decide the same on the whole crisis development set, and the chat honours
it before any pending question."""
import httpx
import pytest

from evaluation.crisis_eval import load
from tests.app_env import rule_parse

pytestmark = pytest.mark.integration


def test_rasa_and_the_api_fallback_make_the_same_decision(stack):
    items = load("dev")
    different = []
    with httpx.Client(base_url=stack.rasa, timeout=30, params={"token": stack.rasa_token}) as rasa:
        for item in items:
            parse = rasa.post("/model/parse", json={"text": item["text"]}).json()
            ours = rule_parse(item["text"])["safety"]
            theirs = parse["safety"]
            if (theirs["level"], theirs["kind"]) != (ours["level"], ours["kind"]):
                different.append((item["text"], theirs, ours))
            if theirs["level"] == "crisis":
                assert parse["intent"]["name"] == "crisis"
    assert not different, different[:3]


def _chat(stack, sender, message):
    response = httpx.post(f"{stack.api}/api/chat", json={"sender": sender, "message": message}, timeout=60)
    assert response.status_code == 200, response.text
    return [m.get("text") or "" for m in response.json()["messages"]]


def test_danger_interrupts_a_pending_question_in_the_chat(stack):
    sender = "crisis-interrupt-1"
    first = _chat(stack, sender, "hash hjælp")
    assert any("?" in t for t in first)                    # the bot asks who it is for
    answer = _chat(stack, sender, "har lige slugt hele glasset med sovepiller")
    assert "112" in answer[0] and "Hjalp det?" not in answer
    assert any(t.startswith("Alarm 112") or t.startswith("Akuttelefonen") for t in answer[1:3])
