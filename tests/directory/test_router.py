"""The router on real data, fed NLU the way Rasa's parse (or the API's fallback) gives it."""
import pytest

from directory.route_json import route_json
from directory.route_types import Context, NluResult
from directory.router import route
from tests.app_env import rule_parse


def _route(session, text, intent=None, confidence=0.9, **context):
    parse = rule_parse(text)
    if intent:
        parse["intent"] = {"name": intent, "confidence": confidence}
        parse["intent_ranking"] = [{"name": intent, "confidence": confidence}]
    return route(session, NluResult.from_parse(parse), Context(**context))


def test_relative_asking_about_cannabis_gets_relatives_offer_first(session):
    result = _route(session, "min søn på 16 ryger hash hver dag", "topic_misbrug")
    assert result.topics[0] == "misbrug" and result.audience == "relative" and result.age == 16
    assert result.doors[0].service.kind == "paaroerendetilbud"
    assert "søn" in result.doors[0].why


def test_crisis_puts_emergency_lines_first_with_112(session):
    result = _route(session, "jeg har lyst til at dø")
    assert result.crisis
    kinds = [d.service.kind for d in result.doors]
    assert kinds[0] == "akut"
    assert "alarm-112" in [d.service.id for d in result.doors[:3]]
    assert "livslinien" in [d.service.id for d in result.doors[:3]]


def test_no_emergency_lines_without_danger(session):
    result = _route(session, "jeg drikker for meget", "topic_misbrug")
    assert not result.crisis
    assert all(d.service.kind != "akut" for d in result.doors)


def test_a_keyword_only_door_is_shown_only_when_its_keyword_is_named(session):
    """The gambling lines share `misbrug` with alcohol and drugs: not a door for drinking."""
    drinking = _route(session, "jeg drikker for meget", "topic_misbrug")
    assert drinking.topics == ["misbrug"] and drinking.doors
    assert not any(d.service.keyword_only for d in drinking.doors)
    assert not {"stopspillet", "center-for-ludomani"} & {d.service.id for d in drinking.doors}
    gambling = _route(session, "min mand spiller alle vores penge væk på online casino", "topic_misbrug")
    assert "stopspillet" in [d.service.id for d in gambling.doors]


def test_two_keywords_bring_a_door_of_another_topic(session):
    """Read as a family matter, "gratis juridisk hjælp" still finds the legal-aid door: two of its
    keywords are named. One keyword of another topic's door does not ("advokat" alone)."""
    legal = _route(session, "jeg har brug for gratis juridisk hjælp til en sag med kommunen", "topic_familie")
    assert legal.topics[0] == "familie"
    assert "den-sociale-retshjaelp" in [d.service.id for d in legal.doors]
    one = _route(session, "min søn på 15 pjækker og jeg har talt med en advokat", "topic_familie")
    assert "den-sociale-retshjaelp" not in [d.service.id for d in one.doors]


def test_out_of_scope_gets_another_door(session):
    result = _route(session, "kan jeg få hjælp til at forny mit kørekort", "out_of_scope")
    assert result.doors and result.doors[0].service.kind == "anden_forvaltning"
    assert "Borgerservice" in result.doors[0].service.name


def test_unknown_out_of_scope_still_gets_the_general_entrance(session):
    result = _route(session, "hvad bliver vejret i morgen", "out_of_scope")
    assert [d.service.id for d in result.doors] == ["kk-hovedindgang"]


def test_vague_question_asks_back(session):
    result = _route(session, "hej hej", "greet")
    assert result.needs_clarification and result.clarifying_question and not result.doors


def test_low_confidence_offers_the_two_likeliest_readings(session):
    parse = rule_parse("det er svært med ham")
    parse["intent"] = {"name": "nlu_fallback", "confidence": 0.35}
    parse["intent_ranking"] = [{"name": "nlu_fallback", "confidence": 0.35},
                               {"name": "topic_familie", "confidence": 0.3},
                               {"name": "topic_psykisk", "confidence": 0.25}]
    result = route(session, NluResult.from_parse(parse), Context())
    assert result.needs_clarification and result.clarify_options == ["familie", "psykisk"]


def test_every_need_gets_a_door(session):
    result = _route(session, "jeg er hjemløs og har ingen penge og drikker", "topic_hjemloeshed")
    covered = {t for d in result.doors for t in d.service.topics}
    assert {"hjemloeshed", "oekonomi", "misbrug"} <= covered


def test_age_excludes_doors_that_do_not_fit(session):
    result = _route(session, "jeg er 25 og vil gerne have et fritidsjob", "topic_beskaeftigelse")
    assert "fritidsjob-med-mentor" not in [d.service.id for d in result.doors]


def test_context_overrides_the_text(session):
    result = _route(session, "min søn ryger hash", "topic_misbrug", audience="professional", age=30)
    assert result.audience == "professional" and result.age == 30


def test_english_answers_in_english(session):
    result = _route(session, "my son smokes weed", "topic_misbrug", lang="en")
    assert result.doors[0].why.startswith("You write")
    assert route_json(result)["services"][0]["description"] == result.doors[0].service.description_en


@pytest.mark.parametrize("text", ["", "🙂🙂🙂", "x" * 2000, "\x00\x01", "ﷺ ﷻ", "1234567890" * 50])
def test_any_string_gives_a_contract_shaped_answer(session, text):
    answer = route_json(_route(session, text))
    assert set(answer) >= {"text", "crisis", "needs_clarification", "topics", "audience", "age",
                           "district", "services", "clarifying_question", "nlu"}
    assert answer["services"] or answer["needs_clarification"]


def test_district_is_asked_only_when_a_door_differs_by_district(session):
    assert _route(session, "jeg er 70 og ensom", "topic_ensomhed").follow_up is None
    from datetime import date

    from directory.loader import service_row
    from directory.schema import ServiceIn
    local = ServiceIn(id="vaerested-valby", name="Værested i Valby", kind="tilbud", topics=["ensomhed"],
                      audiences=["self"], districts=["valby"], description="Et lokalt værested til test.",
                      source="test", verified_at=date(2026, 11, 23))
    session.add(service_row(local, "kk-sof-tilbud"))
    session.flush()
    asked = _route(session, "jeg er 70 og ensom", "topic_ensomhed").follow_up
    assert asked["slot"] == "district" and len(asked["options"]) == 10
    answered = _route(session, "jeg er 70 og ensom", "topic_ensomhed", district="valby")
    assert answered.follow_up is None and answered.doors[0].service.id == "vaerested-valby"


def test_doors_shown_before_a_question_fit_every_answer(session):
    result = _route(session, "min ven har angst", "topic_psykisk")
    assert result.follow_up and result.follow_up["slot"] == "age"
    certain = [d.service for d in result.doors if d.certain]
    assert certain and all(s.max_age is None and s.min_age is None for s in certain)
    assert result.doors[: len(certain)] == [d for d in result.doors if d.certain]


def test_a_role_word_settles_the_age_side_without_asking_or_claiming_an_age(session):
    """"min ven har angst" asks child or adult; "min ven i 8. klasse" has said it."""
    result = _route(session, "min ven i 8. klasse har angst", "topic_psykisk")
    assert (result.follow_up or {}).get("slot") != "age" and result.age is None
    assert all(d.service.min_age is None or d.service.min_age <= 14 for d in result.doors)
    older = _route(session, "jeg er pensionist og sidder alene hver dag", "topic_ensomhed")
    assert (older.follow_up or {}).get("slot") != "age" and older.age is None


def test_a_child_who_writes_gets_doors_made_for_young_people_first(session):
    quarrel = _route(session, "jeg er 13 og mine forældre skændes hele tiden", "topic_familie")
    assert "boernetelefonen" in [d.service.id for d in quarrel.doors[:2]]
    assert all((d.service.max_age or 99) <= 25 for d in quarrel.doors[:2])   # children's doors first
    assert all(not d.service.requires_referral for d in quarrel.doors[:3])
    hash_ = _route(session, "jeg er 14 og ryger hash hver dag", "topic_misbrug")
    assert hash_.doors[0].service.max_age is not None and hash_.doors[0].service.max_age <= 25
    adult = _route(session, "jeg er 43 og mine forældre skændes hele tiden", "topic_familie")
    assert "boernetelefonen" not in [d.service.id for d in adult.doors]


@pytest.mark.parametrize("text", ["jeg er 12 og min far drikker", "jeg er 11 og min mor tager stoffer",
                                  "i am 13 and my dad drinks every night"])
def test_a_child_writing_about_a_parent_gets_the_childrens_line_before_adult_lines(session, text):
    """The need is the parent's, but the one writing is a child: BørneTelefonen first,
    or second after a door made for young people."""
    ids = [d.service.id for d in _route(session, text, "topic_misbrug").doors]
    assert "boernetelefonen" in ids[:2]
    assert ids.index("boernetelefonen") < ids.index("alkolinjen") if "alkolinjen" in ids else True


def _danger(session, level, kind, text="…", **context):
    """The router honouring a decision bot/ made (level and kind), whatever the text."""
    nlu = NluResult(text=text, intent="crisis" if level == "crisis" else None, confidence=1.0,
                    safety={"level": level, "kind": kind})
    return route(session, nlu, Context(**context))


@pytest.mark.parametrize("kind,first_three", [
    ("selvmord", ["livslinien", "alarm-112", "akuttelefonen-1813"]),
    ("vold", ["alarm-112", "lev-uden-vold", "den-sociale-doegnvagt"]),
    ("barn_i_fare", ["alarm-112", "den-sociale-doegnvagt", "underretning-borgere"]),
    ("overdosis", ["alarm-112", "akuttelefonen-1813", "livslinien"]),
    ("psykose", ["alarm-112", "akuttelefonen-1813", "den-sociale-doegnvagt"]),
    (None, ["alarm-112", "den-sociale-doegnvagt", "livslinien"]),   # the neutral default, from the data
])
def test_emergency_doors_follow_the_kind_of_danger(session, kind, first_three):
    result = _danger(session, "crisis", kind)
    assert result.crisis and result.safety == "crisis"
    assert [d.service.id for d in result.doors[:3]] == first_three
    assert all(d.role == "emergency" for d in result.doors[:3])


def test_a_child_in_danger_gets_the_acute_report_line_of_the_district(session):
    result = _danger(session, "crisis", "barn_i_fare", district="valby")
    assert [d.service.id for d in result.doors[:3]] == [
        "alarm-112", "den-sociale-doegnvagt", "akut-underretning-valby-vesterbro"]
    professional = _danger(session, "crisis", "barn_i_fare", audience="professional")
    assert "underretning-professionelle" in [d.service.id for d in professional.doors[:3]]


def test_a_child_who_writes_also_gets_the_childrens_line(session):
    result = _danger(session, "crisis", "selvmord", age=14, audience="self")
    ids = [d.service.id for d in result.doors]
    assert ids[:2] == ["livslinien", "boernetelefonen"] and "alarm-112" in ids[:3]


def test_the_general_emergency_number_is_always_among_the_first_three(session):
    for kind in ("selvmord", "selvskade", "overdosis", "vold", "barn_i_fare", "psykose", None):
        for context in ({}, {"age": 13, "audience": "self"}, {"district": "amager-oest"}):
            result = _danger(session, "crisis", kind, **context)
            assert "alarm-112" in [d.service.id for d in result.doors[:3]], (kind, context)


def test_concern_gives_the_ordinary_doors_then_one_safety_line(session):
    parse = rule_parse("min kæreste er meget jaloux og kontrollerer min telefon")
    parse["intent"] = {"name": "topic_vold", "confidence": 0.9}
    parse["safety"] = {"level": "concern", "kind": "vold"}
    parse["crisis"] = None
    result = route(session, NluResult.from_parse(parse), Context())
    assert not result.crisis and result.safety == "concern"
    assert result.doors[-1].service.id == "lev-uden-vold" and result.doors[-1].role == "safety_line"
    assert [d.role for d in result.doors[:-1]] == ["door"] * (len(result.doors) - 1)
    assert result.doors[0].service.kind != "akut"
    assert route_json(result)["safety"] == "concern"


def test_concern_from_a_child_gets_the_childrens_line(session):
    result = _danger(session, "concern", "selvmord", text="alt er bare håbløst", age=15, audience="self")
    assert result.doors[-1].service.id == "boernetelefonen"


def test_the_router_does_not_second_guess_the_decision(session):
    """A classifier's crisis intent without bot/'s decision is not a crisis (decided once)."""
    nlu = NluResult(text="jeg keder mig ihjel", intent="crisis", confidence=0.99,
                    safety={"level": None, "kind": None})
    assert not route(session, nlu, Context()).crisis


def test_topic_head_leads_only_when_the_message_is_about_a_need(session):
    head = [{"topic": "oekonomi", "p": 0.6}]
    need = NluResult(text="borger 47 har gæld", intent="topic_misbrug", confidence=0.5, topic_scores=head)
    assert route(session, need, Context()).topics[:2] == ["oekonomi", "misbrug"]
    vague = NluResult(text="jeg har brug for hjælp", intent="vague_help", confidence=0.9, topic_scores=head)
    assert "oekonomi" not in route(session, vague, Context()).topics


def test_a_child_writing_about_danger_to_someone_else_gets_the_childrens_line(session):
    """The danger is the brother's, the writer is a child: the child line is their own door."""
    result = _route(session, "jeg går i 8. klasse og min mor slår min lillebror når hun er fuld")
    assert result.crisis and "boernetelefonen" in [d.service.id for d in result.doors[:3]]
    assert "alarm-112" in [d.service.id for d in result.doors[:3]]


@pytest.mark.parametrize("text,first", [
    ("vores bokseklub vil gerne tilbyde gratis træning til unge i risiko", "frivillig"),
    ("vi har et bageri og smider brød ud hver aften, kan det gå til et værested", "frivillig"),
    # becoming a foster family is the family door's
    ("vi vil gerne være plejefamilie, vi har selv to børn", "familie"),
])
def test_someone_who_offers_help_needs_the_volunteering_door_first(session, text, first):
    result = _route(session, text, "topic_familie" if "plejefamilie" in text else None, audience="volunteer")
    assert result.topics and result.topics[0] == first
