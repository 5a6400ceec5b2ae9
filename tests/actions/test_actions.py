import pytest
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.actions import ActionFindRoute, ActionHumanHandoff, ActionRecordFeedback, ActionSetLanguage
from directory.db import session_scope
from directory.models import Feedback
from tests.app_env import rule_parse


def _texts(dispatcher):
    return [m.get("text") or "" for m in dispatcher.messages]


def _tracker_from_rules(make_tracker, text, intent, **kw):
    parse = rule_parse(text)
    return make_tracker(text, intent, entities=parse["entities"], crisis=parse["crisis"],
                        safety=parse["safety"], **kw)


def test_find_route_names_doors_with_contact_and_date(directory_db, dispatcher, domain, make_tracker):
    tracker = _tracker_from_rules(make_tracker, "min søn på 16 ryger hash", "topic_misbrug")
    events = ActionFindRoute().run(dispatcher, tracker, domain)
    texts = _texts(dispatcher)
    assert any("Pårørendetilbud ved misbrug" in t for t in texts)
    assert any("Sidst kontrolleret" in t for t in texts)
    assert dispatcher.messages[-1]["text"] == "Hjalp det?"
    assert [b["payload"] for b in dispatcher.messages[-1]["buttons"]] == ["/affirm", "/deny", "/human_handoff"]
    assert SlotSet("awaiting_feedback", True) in events


def test_crisis_message_starts_with_112(directory_db, dispatcher, domain, make_tracker):
    tracker = _tracker_from_rules(make_tracker, "jeg vil ikke leve mere", "crisis")
    ActionFindRoute().run(dispatcher, tracker, domain)
    texts = _texts(dispatcher)
    assert "112" in texts[0]
    assert texts[1].startswith("Livslinien") and "70 201 201" in texts[1]
    assert "Hjalp det?" not in texts                       # no "did it help?" on a crisis answer
    assert sum("godt, at du skriver" in t for t in texts) == 1   # one warm sentence, not once per door
    assert sum("112" in t for t in texts) <= 2              # the line and the 112 door, not on every door


def test_concern_shows_one_safety_line_after_the_doors(directory_db, dispatcher, domain, make_tracker):
    text = "jeg er 30 år og skar i mig selv som teenager. nu har jeg svært ved at få hjælp til min angst"
    tracker = make_tracker(text, "topic_psykisk", entities=rule_parse(text)["entities"],
                           safety={"level": "concern", "kind": "selvskade"})
    ActionFindRoute().run(dispatcher, tracker, domain)
    texts = _texts(dispatcher)
    assert texts[-2].startswith("Hvis det bliver for svært: Livslinien")
    assert texts[-1] == "Hjalp det?" and "Livslinien" not in " ".join(texts[:-2])


def test_concern_keeps_its_safety_line_when_a_question_follows(directory_db, dispatcher, domain, make_tracker):
    tracker = make_tracker("jeg skar i mig selv som teenager og har svært ved at få hjælp til min angst",
                           "topic_psykisk", safety={"level": "concern", "kind": "selvskade"})
    ActionFindRoute().run(dispatcher, tracker, domain)
    texts = _texts(dispatcher)
    assert dispatcher.messages[-1].get("buttons")           # the follow-up question is last
    assert texts[-2].startswith("Hvis det bliver for svært: Livslinien")


def test_vague_question_gets_buttons_and_free_text(directory_db, dispatcher, domain, make_tracker):
    tracker = _tracker_from_rules(make_tracker, "jeg har brug for hjælp", "vague_help")
    ActionFindRoute().run(dispatcher, tracker, domain)
    [message] = dispatcher.messages
    assert message["buttons"][-1]["payload"] == "/vague_help"
    assert all(b["payload"].startswith("/") for b in message["buttons"])


def test_english_question_gets_english(directory_db, dispatcher, domain, make_tracker):
    tracker = _tracker_from_rules(make_tracker, "my son is 16 and smokes weed every day, what can i do",
                                  "topic_misbrug")
    events = ActionFindRoute().run(dispatcher, tracker, domain)
    assert SlotSet("lang", "en") in events
    assert dispatcher.messages[-1]["text"] == "Did that help?"


def test_feedback_is_stored_without_personal_data(directory_db, dispatcher, domain, make_tracker):
    tracker = make_tracker("ja", "affirm", slots={"awaiting_feedback": True, "lang": "da",
                                                  "last_route": {"topics": ["misbrug"], "kinds": ["tilbud"],
                                                                 "ids": ["misbrugsbehandling"]}})
    ActionRecordFeedback().run(dispatcher, tracker, domain)
    with session_scope() as session:
        [row] = session.query(Feedback).all()
        assert row.helpful and row.topics == "misbrug" and row.service_ids == "misbrugsbehandling"
        assert {c.name for c in Feedback.__table__.columns} == {"id", "day", "helpful", "topics", "kinds",
                                                                 "service_ids", "lang"}


def test_no_after_no_answer_offers_a_human(directory_db, dispatcher, domain, make_tracker):
    tracker = make_tracker("nej", "deny", slots={"awaiting_feedback": True, "lang": "da"})
    ActionRecordFeedback().run(dispatcher, tracker, domain)
    assert dispatcher.messages[0]["buttons"][0]["payload"] == "/human_handoff"


def test_human_handoff_gives_entrance_and_after_hours_from_directory(directory_db, dispatcher, domain, make_tracker):
    ActionHumanHandoff().run(dispatcher, make_tracker("menneske", "human_handoff"), domain)
    text = _texts(dispatcher)[0]
    assert "33 66 33 66" in text and "33 17 33 33" in text and "112" in text


def test_stopped_database_gives_a_safe_answer(monkeypatch, tmp_path, dispatcher, domain, make_tracker):
    from tests.app_env import configure
    configure(monkeypatch, tmp_path, database_url="postgresql://nobody@127.0.0.1:1/none")
    tracker = _tracker_from_rules(make_tracker, "jeg drikker for meget", "topic_misbrug")
    ActionFindRoute().run(dispatcher, tracker, domain)
    assert "112" in _texts(dispatcher)[0]


def test_asks_who_it_is_for_when_that_changes_the_doors(directory_db, dispatcher, domain, make_tracker):
    tracker = _tracker_from_rules(make_tracker, "hash hjælp", "topic_misbrug")
    events = ActionFindRoute().run(dispatcher, tracker, domain)
    question = dispatcher.messages[-1]
    assert question["text"].startswith("Så jeg kan finde")
    assert [b["payload"] for b in question["buttons"]][0] == '/inform{"audience": "self"}'
    pending = next(e for e in events if e.get("name") == "pending_parse")["value"]
    assert pending["text"] == "hash hjælp"


def test_the_answer_routes_the_asked_about_need(directory_db, dispatcher, domain, make_tracker):
    pending = {"text": "hash hjælp", "intent": {"name": "topic_misbrug", "confidence": 0.9},
               "entities": [{"entity": "topic", "value": "misbrug"}], "intent_ranking": []}
    tracker = make_tracker("det er min søn", "inform", entities=[{"entity": "audience", "value": "relative"},
                                                                 {"entity": "relation", "value": "søn"}],
                           slots={"pending_parse": pending, "audience": "relative", "lang": "da"})
    events = ActionFindRoute().run(dispatcher, tracker, domain)
    texts = _texts(dispatcher)
    assert any("Pårørendetilbud ved misbrug" in t for t in texts)
    assert {"event": "slot", "name": "pending_parse", "value": None, "timestamp": None} in events


def test_danger_while_a_question_is_pending_is_not_taken_as_an_answer(directory_db, dispatcher, domain, make_tracker):
    pending = {"text": "hash hjælp", "intent": {"name": "topic_misbrug", "confidence": 0.9},
               "entities": [{"entity": "topic", "value": "misbrug"}], "intent_ranking": []}
    tracker = _tracker_from_rules(make_tracker, "jeg vil ikke leve mere", "crisis",
                                  slots={"pending_parse": pending})
    ActionFindRoute().run(dispatcher, tracker, domain)
    assert "112" in _texts(dispatcher)[0]


def test_a_weak_crisis_guess_on_an_answer_is_still_an_answer(directory_db, dispatcher, domain, make_tracker):
    pending = {"text": "hash hjælp", "intent": {"name": "topic_misbrug", "confidence": 0.9},
               "entities": [{"entity": "topic", "value": "misbrug"}], "intent_ranking": []}
    tracker = make_tracker("mig selv", "crisis", confidence=0.82,
                           entities=[{"entity": "audience", "value": "self"}],
                           slots={"pending_parse": pending, "audience": "self", "lang": "da"})
    ActionFindRoute().run(dispatcher, tracker, domain)
    texts = _texts(dispatcher)
    assert "112" not in texts[0] and dispatcher.messages[-1]["text"] == "Hjalp det?"


def test_an_earlier_need_does_not_steer_the_next(directory_db, dispatcher, domain, make_tracker):
    """Slots from "min søn på 16 …" must not make the writer's own debt a 16-year-old relative's."""
    tracker = _tracker_from_rules(make_tracker, "jeg har gæld jeg ikke kan betale", "topic_oekonomi",
                                  slots={"age": 16.0, "audience": "relative", "lang": "da"})
    ActionFindRoute().run(dispatcher, tracker, domain)
    asked = dispatcher.messages[-1]
    assert any('"age"' in b["payload"] for b in asked.get("buttons") or [])   # age unknown again: asked
    assert not any("Ungerådgivning" in t for t in _texts(dispatcher))


def test_a_finished_route_clears_the_need_slots(directory_db, dispatcher, domain, make_tracker):
    tracker = _tracker_from_rules(make_tracker, "min søn på 16 ryger hash", "topic_misbrug",
                                  slots={"district": "valby", "lang": "da"})
    events = ActionFindRoute().run(dispatcher, tracker, domain)
    for slot in ("audience", "age", "district"):
        assert SlotSet(slot, None) in events


def test_what_the_person_wrote_is_said_back_once_before_the_doors(directory_db, dispatcher, domain, make_tracker):
    tracker = _tracker_from_rules(make_tracker, "min mand drikker og børnene ser det", "topic_misbrug",
                                  slots={"lang": "da"})
    ActionFindRoute().run(dispatcher, tracker, domain)
    texts = _texts(dispatcher)
    heard = "Du skriver, at din mand drikker, og at børnene ser det."
    assert texts[0].startswith(heard)
    assert sum(heard in t for t in texts) == 1                 # once, not once per door
    assert any("Det hjælper netop familie og venner, når en, du holder af, drikker" in t for t in texts)


@pytest.mark.parametrize("text,intent,warm", [
    ("min mand døde i foråret og jeg har ingen penge til huslejen", "topic_oekonomi",
     "Jeg er ked af at høre om dit tab."),
    ("jeg er bange for min eksmand", "nlu_fallback", "Det lyder utrygt, og det er godt, at du skriver."),
    ("I have waited for months for help with my debt", "topic_oekonomi",
     "That's a long time to carry this – I'm glad you wrote."),
])
def test_a_warm_word_comes_first_and_once(directory_db, dispatcher, domain, make_tracker, text, intent, warm):
    ActionFindRoute().run(dispatcher, _tracker_from_rules(make_tracker, text, intent), domain)
    texts = _texts(dispatcher)
    assert texts[0].startswith(warm)
    assert sum(warm in t for t in texts) == 1


@pytest.mark.parametrize("text,intent", [("jeg er bange og vil ikke leve mere", "crisis"),
                                         ("min søn på 16 ryger hash", "topic_misbrug")])
def test_no_warm_word_on_a_crisis_answer_or_without_a_reason(directory_db, dispatcher, domain, make_tracker,
                                                              text, intent):
    ActionFindRoute().run(dispatcher, _tracker_from_rules(make_tracker, text, intent), domain)
    joined = " ".join(_texts(dispatcher))
    assert not any(w in joined for w in ("utrygt", "dit tab", "lang tid at stå"))


def test_the_warm_word_is_not_repeated_with_the_answer(directory_db, dispatcher, domain, make_tracker):
    pending = {"text": "jeg har ventet i månedsvis på hjælp til hash", "intent": {"name": "topic_misbrug",
                                                                                  "confidence": 0.9},
               "entities": [{"entity": "topic", "value": "misbrug"}], "intent_ranking": []}
    tracker = make_tracker("mig selv", "inform", entities=[{"entity": "audience", "value": "self"}],
                           slots={"pending_parse": pending, "audience": "self", "lang": "da"})
    ActionFindRoute().run(dispatcher, tracker, domain)
    texts = _texts(dispatcher)
    assert texts[-1] == "Hjalp det?" and not any("lang tid at stå" in t for t in texts)


def test_something_else_after_a_clarifying_question_offers_free_text_and_a_person(
        directory_db, dispatcher, domain, make_tracker):
    """'Noget andet' never loops: the second unclear turn gets free text and the human entrance."""
    first = ActionFindRoute().run(dispatcher, make_tracker("hjælp", "vague_help"), domain)
    assert SlotSet("clarified", True) in first and dispatcher.messages[-1]["buttons"]
    again = CollectingDispatcher()
    events = ActionFindRoute().run(again, make_tracker("/vague_help", "vague_help", slots={"clarified": True}), domain)
    texts = _texts(again)
    assert texts[0].startswith("Det er helt i orden. Skriv med dine egne ord")
    assert "33 66 33 66" in texts[1]                                  # the entrance, from the directory
    assert [b["payload"] for b in again.messages[-1]["buttons"]] == ["/human_handoff"]
    assert SlotSet("clarified", False) in events                      # the next unclear turn may ask again


def test_a_clear_answer_after_a_clarifying_question_ends_the_clarifying(directory_db, dispatcher, domain,
                                                                       make_tracker):
    tracker = _tracker_from_rules(make_tracker, "min søn på 16 ryger hash", "topic_misbrug",
                                  slots={"clarified": True})
    events = ActionFindRoute().run(dispatcher, tracker, domain)
    assert SlotSet("clarified", False) in events and dispatcher.messages[-1]["text"] == "Hjalp det?"


@pytest.mark.parametrize("text, slot, lang", [("hi", None, "en"), ("Hello!", None, "en"), ("hej", None, "da"),
                                              ("bye", "da", "da"), ("tak", "en", "en")])
def test_small_talk_sets_the_language_rasas_responses_use(dispatcher, domain, make_tracker, text, slot, lang):
    events = ActionSetLanguage().run(dispatcher, make_tracker(text, "greet", slots={"lang": slot}), domain)
    assert events == [SlotSet("lang", lang)] and not dispatcher.messages
