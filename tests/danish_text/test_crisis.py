"""Crisis detection favours recall, but everyday hyperbole must not trip it."""
import pytest

from danish_text import detect_crisis

DANGER = [
    ("jeg har lyst til at dø", "selvmord"), ("jeg vil ikke leve mere", "selvmord"),
    ("jeg tænker på selvmord", "selvmord"), ("jeg vil tage mit eget liv", "selvmord"),
    ("i want to die", "selvmord"), ("i want to kill myself", "selvmord"),
    ("jeg skærer i mig selv", "selvskade"), ("self harm", "selvskade"),
    ("min ven har taget en overdosis", "overdosis"), ("hun har taget alle sine piller", "overdosis"),
    ("han er bevidstløs", "overdosis"), ("min mand slår mig", "vold"),
    ("han truer med at slå mig ihjel", "vold"), ("my husband hits me", "vold"),
    ("min far slår min mor", "vold"), ("jeg er bange for at gå hjem", "vold"),
    ("barnet bliver slået hver dag", "vold"), ("he keeps hitting me", "vold"),
    ("jeg orker ikke at leve mere", "selvmord"), ("jeg vil gøre skade på mig selv", "selvskade"),
    ("min nabo bliver slået af sin mand", "vold"), ("han har slået mig før", "vold"),
    ("børnene er alene hjemme og sulter", "barn_i_fare"),
]
HARMLESS = [
    "jeg skal slå græsset", "jeg keder mig ihjel", "jeg er dødtræt", "jeg griner mig ihjel",
    "min søn på 16 ryger hash", "jeg drikker for meget", "jeg er ensom", "hej hej",
    "min mor er død for to år siden og jeg savner hende", "jeg skal slå op i en bog",
    "det var en voldsom oplevelse", "min cykel er forsvundet", "hvordan får jeg nyt pas",
    "vi skal slå et telt op", "holdet blev slået 2-1", "min far var voldelig da jeg var lille",
    "kan du slå min adresse op", "lev uden vold nummer", "jeg fryser ihjel",
    "jeg kan ikke leve uden kaffe", "jeg kan ikke leve af min løn", "vi kan ikke leve sammen mere",
]


def _variants(text):
    return [text, text.replace("æ", "ae").replace("ø", "oe").replace("å", "aa"),
            text.replace("æ", "a").replace("ø", "o").replace("å", "a"), text.upper()]


@pytest.mark.parametrize("text,kind", DANGER)
def test_danger_is_found_in_every_spelling(text, kind):
    for variant in _variants(text):
        signal = detect_crisis(variant)
        assert signal is not None, variant
    assert detect_crisis(text).kind in {kind, "vold", "barn_i_fare"}


@pytest.mark.parametrize("text", HARMLESS)
def test_everyday_words_do_not_alarm(text):
    for variant in _variants(text):
        assert detect_crisis(variant) is None, variant


def test_signal_names_a_taxonomy_topic():
    assert detect_crisis("jeg har lyst til at dø").topic == "psykisk"
    assert detect_crisis("min mand slår mig").topic == "vold"
