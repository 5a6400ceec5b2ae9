"""Properties of the redactor and the folding, on text hypothesis makes up: they never fail,
redaction is stable, and what the dialogue reads (ages, relation words) survives it."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from danish_text import fold, redact, tokens

TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400)
WORDS = st.lists(st.sampled_from(["min", "søn", "på", "16", "ryger", "hash", "Mette", "cpr", "010203-1234",
                                  "22334455", "Jagtvej", "12", ",", ".", "\n", "hilsen", "jeg", "hedder",
                                  "2400", "København", "NV", "@", "mail.dk", "år", "mor", "far", "Oliver"]),
                 max_size=40).map(" ".join)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_redaction_and_folding_never_fail_on_any_text(text):
    cleaned = redact(text)
    assert isinstance(cleaned, str) and len(cleaned) <= len(text) + 200
    assert isinstance(fold(text), str) and isinstance(tokens(text), list)


@settings(max_examples=300)
@given(WORDS)
def test_redaction_is_stable(text):
    once = redact(text)
    assert redact(once) == once


@settings(max_examples=200)
@given(st.integers(min_value=1, max_value=110), st.sampled_from(["søn", "datter", "mor", "far", "kæreste"]),
       st.sampled_from(["ryger hash", "drikker", "har det svært", "er blevet hjemløs"]))
def test_an_age_and_a_relation_word_survive(age, relation, need):
    text = f"min {relation} på {age} {need}"
    assert redact(text) == text
