"""Negation scope: denied words are marked, and a phrase rule on denied words is no guard."""
import pytest

from danish_text.crisis import detect_crisis
from danish_text.crisis_model import features
from danish_text.negation import negated_words, scoped_words


@pytest.mark.parametrize("text,denied", [
    ("jeg har ingen selvmordstanker", {"selvmordstanker"}),
    ("han har aldrig slået mig", {"slat", "mig"}),
    ("jeg cutter ik", {"cutter"}),                       # Danish puts "ikke" after the verb
    ("I'm not suicidal, just tired", {"suicidal"}),
])
def test_a_negation_marks_the_words_it_governs(text, denied):
    assert denied <= set(negated_words(text))


@pytest.mark.parametrize("text", [
    "KAN IKKE STOPPE MED AT SKÆRE",
    "jeg kan ikke lade være med at kradse mig til blods",
    "han kan ikke holde op med at slå hende",
])
def test_a_negated_stop_affirms_the_act(text):
    from danish_text.crisis_concepts import concepts

    assert negated_words(text) == []
    assert "cancel_negation" not in concepts(text)


def test_a_scope_ends_at_a_new_clause_and_after_ikke_mere():
    assert "truede" not in negated_words("han har aldrig slået mig, men i aften truede han")
    assert "truede" not in negated_words("han har aldrig slået mig og nu truede han")
    assert "pillerne" not in negated_words("kan ikke mere har taget alle pillerne")
    assert [w for w, neg in scoped_words("ikke") if neg] == []


@pytest.mark.parametrize("text", [
    "ingen selvmordstanker, vil bare klage over afslaget",
    "Jeg har IKKE tanker om at gøre skade på mig selv, jeg vil bare have hjælp til gæld",
    "nej jeg cutter ik og har aldrig gjort det",
])
def test_a_rule_on_denied_words_is_no_guard(text):
    assert detect_crisis(text) is not None                       # the plain rules still see the words
    assert detect_crisis(text, respect_negation=True) is None     # the guard does not


@pytest.mark.parametrize("text", [
    "jeg vil ikke leve mere",                                    # the negation is part of the danger
    "kan ikke mere, har taget alle pillerne",
    "han har aldrig slået mig før, men nu står han med en kniv",
    "min mand slår mig",
])
def test_danger_said_with_a_negation_keeps_its_rule(text):
    assert detect_crisis(text, respect_negation=True) is not None


def test_denied_words_are_features_of_their_own():
    feats = features("jeg har ingen selvmordstanker")
    assert "n:selvmordstanker" in feats and "w:selvmordstanker" in feats
    assert not any(k.startswith("n:") for k in features("jeg har selvmordstanker"))
