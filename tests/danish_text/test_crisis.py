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
    ("tør ik tage hjem i aften, stedfar har truet", "vold"),
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


@pytest.mark.parametrize("text", [
    "har det okay nu, tog bare 35 pamoler i nat",
    "min veninde har slugt hele glasset sovepiller",
    "took like 20 pills an hour ago but i feel ok",
    "jeg har taget alle mine sertralin",
    "tog ca 25 stk ipren for lidt siden",
])
def test_an_overdose_taken_is_read_however_calmly_it_is_said(text):
    from danish_text.crisis import overdose_taken
    assert overdose_taken(text)


@pytest.mark.parametrize("text", [
    "jeg tog 20 mg sertralin som lægen sagde",          # a dose, not a count
    "min mor tog alle sine piller med på ferie",         # taken along
    "jeg tog ikke 30 piller, jeg tog 2",                 # denied
    "hun tager 12 piller om dagen",                      # a daily dose
    "tog 12 piller om dagen da jeg var indlagt",
    "jeg tog 30 piller for 5 år siden og fik hjælp",     # long past
    "spiste en hel pakke kiks og drak to glas vin",      # no pills
])
def test_an_overdose_taken_is_not_a_dose_pills_taken_along_or_the_past(text):
    from danish_text.crisis import overdose_taken
    assert not overdose_taken(text)


@pytest.mark.parametrize("text,now", [
    ("har skåret for dybt igen, det bløder igennem to håndklæder", True),
    ("cut way too deep tonight, it keeps bleeding through the towel", True),
    ("skar dybere end sidst, kan se noget gult, kan man tape det?", True),
    ("regeringen skar dybt i ydelserne i år", False),                  # figurative, no wound
    ("vi har skåret dybt i budgettet og bløder penge hver måned", False),    # figurative, with "bleeds"
    ("the firm cut deep into costs and is bleeding staff", False),
    ("for 4 år siden skar jeg dybt og det blødte, nu går det godt", False),  # long past
    ("skar mig i fingeren med kartoffelskrælleren, det bløder lidt", False),  # not deep
])
def test_a_deep_cut_that_bleeds_is_self_harm_now(text, now):
    from danish_text.crisis import deep_cut_now
    assert deep_cut_now(text) is now
