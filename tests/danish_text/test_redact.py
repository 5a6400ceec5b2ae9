import pytest

from danish_text import redact


@pytest.mark.parametrize("text", [
    "mit cpr er 010203-1234", "cpr 0102031234", "ring på 22 33 44 55", "ring 22334455",
    "+45 22 33 44 55", "skriv til anna.b+x@mail.dk", "0045 22334455",
])
def test_identifiers_are_removed(text):
    cleaned = redact(text)
    assert not any(ch.isdigit() for ch in cleaned.replace("[", "").split("]")[-1]) or "[" in cleaned
    for secret in ("010203", "0102031234", "22 33 44 55", "22334455", "anna.b"):
        assert secret not in cleaned


def test_ordinary_numbers_stay():
    text = "min søn på 16 bor i 2400 og det koster 250 kr, ring 112"
    assert redact(text) == text


def test_placeholders_say_what_was_removed():
    assert redact("ring 22334455 eller skriv a@b.dk") == "ring [telefon] eller skriv [email]"
