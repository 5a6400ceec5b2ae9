"""Why a door fits, in the person's own words: on real data, routed the way the API does it."""
import re
from pathlib import Path

import pytest
import yaml

from danish_text.fold import fold
from directory import explain
from directory.language import detect_lang
from directory.route_types import Context, NluResult
from directory.router import route
from tests.app_env import rule_parse
from tests.directory.conftest import TAXONOMY

ROOT = Path(__file__).resolve().parents[2]
DEVSET = yaml.load((ROOT / "tests" / "eval" / "devset.yaml").read_text(encoding="utf-8"),
                   Loader=yaml.CSafeLoader)["items"]


def _route(session, text, intent=None, lang="da", **context):
    parse = rule_parse(text)
    if intent:
        parse["intent"] = {"name": intent, "confidence": 0.9}
        parse["intent_ranking"] = [{"name": intent, "confidence": 0.9}]
    return route(session, NluResult.from_parse(parse), Context(lang=lang, **context))


@pytest.mark.parametrize("text,intent,lang,heard", [
    ("min mand drikker og børnene ser det", "topic_misbrug", "da",
     "Du skriver, at din mand drikker, og at børnene ser det."),
    ("min søn på 16 ryger hash hver dag", "topic_misbrug", "da",
     "Du skriver, at din søn på 16 ryger hash hver dag."),
    ("min veninde har en spiseforstyrrelse og vil ikke have hjælp", "topic_psykisk", "da",
     "Du skriver, at din veninde har en spiseforstyrrelse og ikke vil have hjælp."),
    ("hendes stedfar drikker hver aften", "topic_misbrug", "da",
     "Du skriver, at hendes stedfar drikker hver aften."),
    ("kan jeg få anonym rådgivning om mit forbrug af alkohol", "topic_misbrug", "da",
     "Du spørger, om du kan få anonym rådgivning om dit forbrug af alkohol."),
    ("my husband drinks and the kids see it", "topic_misbrug", "en",
     "You write that your husband drinks and that the kids see it."),
    ("my daughter has cerebral palsy and we need respite care", "topic_handicap", "en",
     "You write that your daughter has cerebral palsy and that you need respite care."),
    ("jeg har haft angst i flere år og det bliver værre", "topic_psykisk", "da",
     "Du skriver, at du har haft angst i flere år, og at det bliver værre."),
    ("where can i sleep tonight", "topic_hjemloeshed", "en", "You ask where you can sleep tonight."),
])
def test_the_reason_says_back_what_the_person_wrote(session, text, intent, lang, heard):
    result = _route(session, text, intent, lang=lang)
    assert result.doors
    for door in result.doors:
        assert door.why.startswith(heard + " "), door.why
        assert door.why.count(". ") <= 2            # what they wrote, and why this door: short


def test_the_door_part_says_what_it_does_for_that_need(session):
    result = _route(session, "min mand drikker og børnene ser det", "topic_misbrug")
    relatives = next(d for d in result.doors if d.service.kind == "paaroerendetilbud")
    assert "hjælper netop familie og venner, når en, du holder af, drikker" in relatives.why
    english = _route(session, "my husband drinks and the kids see it", "topic_misbrug", lang="en")
    assert all(not re.search(r"\b(du|og|det)\b", d.why) for d in english.doors)


@pytest.mark.parametrize("text,lang,expected,wrong", [
    # said back in the words the person used, not the lexicon's "far"
    ("hendes stedfar drikker hver aften", "da", "hendes stedfar", ["din far", "din stedfar"]),
    # a Danish message answered in English: the relation translated, the need word quoted
    ("min stedfar drikker hver aften", "en", 'your stepfather and mention "drikker"', ["your father"]),
    # an English message answered in Danish
    ("my son is in a gang", "da", 'Du skriver om din søn og nævner "gang"', ["din far"]),
    # no safe English word for it: said neutrally
    ("min svigerdatter tager kokain", "en", "someone close to you", ["daughter"]),
    # whose mother? not said: no "din mor"
    ("mor bekymret for søn 16 hash", "da", 'Du nævner "hash"', ["din mor", "din søn"]),
])
def test_the_relation_is_the_persons_own_and_never_a_wrong_one(session, text, lang, expected, wrong):
    result = _route(session, text, "topic_misbrug", lang=lang)
    assert result.doors
    for door in result.doors:
        assert expected in door.why, door.why
        assert not any(w in door.why for w in wrong), door.why


def test_a_message_that_cannot_be_said_back_still_gets_a_reason(session):
    result = _route(session, "hvornår kommer skraldebilen på min vej", "out_of_scope")
    assert result.doors[0].why.startswith("Det er ikke Socialforvaltningen, men")


def test_no_echo_in_a_crisis_and_no_identifiers_said_back(session):
    crisis = _route(session, "jeg vil ikke leve mere")
    assert crisis.crisis and not any("Du skriver" in d.why for d in crisis.doors)
    with_cpr = _route(session, "min søn 010203-1234 ryger hash", "topic_misbrug")
    assert not any("010203" in d.why for d in with_cpr.doors)
    assert "din søn" in with_cpr.doors[0].why


def _code_like(code: str) -> bool:
    """A code no sentence would use as a word: "oekonomi", "anden_forvaltning", "amager-oest"."""
    return "_" in code or "-" in code or fold(code) != code


CODES = {code for vocabulary in ("topics", "kinds", "audiences", "districts")
         for code in getattr(TAXONOMY, vocabulary)} | set(TAXONOMY.dangers)
# Labels as the old code pasted them ("psykisk sårbarhed og sindslidelse", "money and debt");
# one-word labels ("Misbrug") are ordinary words.
LABELS = {re.sub(r"\s*\(.*?\)", "", TAXONOMY.label(vocabulary, code, lang)).lower()
          for vocabulary in ("topics", "kinds", "audiences") for code in getattr(TAXONOMY, vocabulary)
          for lang in ("da", "en")}
LABELS = {label for label in LABELS if " " in label}


# the wording does not depend on the database: SQLite only (the router's SQL is tested on both)
@pytest.mark.parametrize("engine", ["sqlite"], indirect=True)
def test_no_taxonomy_code_or_label_in_any_reason_over_the_development_set(session):
    checked = 0
    for item in DEVSET:
        text = item["text"]
        for lang in {detect_lang(text), "en"}:
            for door in _route(session, text, lang=lang).doors:
                why = door.why.lower()
                codes = [c for c in CODES if (_code_like(c) or (lang == "da" and c in TAXONOMY.audiences))
                         and re.search(rf"(?<![\w-]){re.escape(c)}(?![\w-])", why)]
                assert not codes, (text, lang, door.why)
                assert not [label for label in LABELS if label in why], (text, lang, door.why)
                checked += 1
    assert checked > 500


@pytest.mark.parametrize("text,feeling", [
    ("min mor døde i sidste måned og jeg kan ikke betale begravelsen", "grief"),
    ("vores familie har det svært efter far døde", "grief"),
    ("jeg har mistet min mand og sidder alene", "grief"),
    ("jeg er i sorg og kan ikke overskue noget", "grief"),
    ("my wife died last year and I am so alone", "grief"),
    ("I lost my son and can't stop drinking", "grief"),
    ("jeg er bange for min eksmand", "fear"),
    ("min kone tør ikke gå ud", "fear"),
    ("jeg frygter at miste min lejlighed", "fear"),
    ("I am scared of my neighbour", "fear"),
    ("i'm afraid to go home", "fear"),
    ("jeg har ventet på en bolig i et år", "waiting"),
    ("jeg har været ked af det i månedsvis", "waiting"),
    ("jeg har skrevet tre gange og fået ingen svar", "waiting"),
    ("I have waited for help since march", "waiting"),
    ("no answer from the kommune for months", "waiting"),
])
def test_grief_fear_and_waiting_are_heard(text, feeling):
    assert explain.feeling(text) == feeling


@pytest.mark.parametrize("text", [
    "min telefon er død", "jeg har mistet mit job", "jeg keder mig ihjel på arbejdet", "jeg er dødtræt",
    "min søn ryger hash", "jeg venter et barn og har ingen bolig", "det var uventet",
    "I lost my keys", "my phone is dead", "jeg vil hellere være død end at se min mand drikke",
    "det er frygtelig dyrt", "jeg sørger for min mor hver dag",
])
def test_no_warm_word_where_nothing_calls_for_it(text):
    assert explain.feeling(text) is None


def test_the_warm_word_is_danish_or_english_and_never_on_a_crisis(session):
    grief = _route(session, "min mor døde og jeg har ingen penge til begravelsen", "topic_oekonomi")
    assert explain.acknowledgment(grief) == "Jeg er ked af at høre om dit tab."
    english = _route(session, "I am scared and have no money", "topic_oekonomi", lang="en")
    assert explain.acknowledgment(english) == "That sounds frightening, and it's good that you wrote."
    crisis = _route(session, "jeg er bange og vil ikke leve mere")
    assert crisis.crisis and explain.acknowledgment(crisis) is None
    plain = _route(session, "min søn ryger hash", "topic_misbrug")
    assert explain.acknowledgment(plain) is None


def test_a_redacted_name_is_never_said_back():
    from directory.explain import _heard

    said = _heard("jeg hedder [navn] og min mor drikker hver dag", "da", "mor", ("misbrug",), False)
    assert said and "navn" not in said and "mor" in said
