import pytest

from danish_text import fold, tokens


@pytest.mark.parametrize("variant", ["søn", "soen", "son", "SØN", "Søn"])
def test_spellings_of_son_fold_to_one_form(variant):
    assert fold(variant) == "son"


@pytest.mark.parametrize("a,b", [("pårørende", "paaroerende"), ("pårørende", "parorende"),
                                 ("hjemløs", "hjemloes"), ("gæld", "gaeld"), ("Østerbro", "osterbro")])
def test_written_folded_and_stripped_forms_meet(a, b):
    assert fold(a) == fold(b)


def test_tokens_drop_punctuation_and_emoji():
    assert tokens("Min søn 🙁 drikker!!") == ["min", "son", "drikker"]


def test_fold_keeps_distinct_words_distinct():
    assert fold("mor") != fold("mur")
