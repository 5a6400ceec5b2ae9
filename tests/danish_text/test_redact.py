"""Redaction: identifiers in every written form go, what the dialogue needs stays."""
import re

import pytest

from danish_text import redact
from tests.danish_text.pii_corpus import corpus


@pytest.mark.parametrize("text", [
    "mit cpr er 010203-1234", "cpr 0102031234", "ring på 22 33 44 55", "ring 22334455",
    "+45 22 33 44 55", "skriv til anna.b+x@mail.dk", "0045 22334455",
])
def test_identifiers_are_removed(text):
    cleaned = redact(text)
    for secret in ("010203", "0102031234", "22 33 44 55", "22334455", "anna.b"):
        assert secret not in cleaned


@pytest.mark.parametrize("text,secret", [
    ("CPR: 010203–1234", "1234"), ("cpr 010203/1234", "1234"), ("personnummer 010203 1234", "1234"),
    ("cpr-nr. 0102031234", "0102031234"),
    ("skriv til anna (at) mail punktum dk", "anna"), ("anna snabel-a gmail.com", "anna"),
    ("jeg hedder mette og er 16", "mette"), ("Mit navn er Ali Hassan", "Hassan"),
    ("tak for hjælpen\nHilsen Mette", "Mette"), ("Mvh\nKaren Jensen", "Karen"),
    ("Min mor drikker.\n\nSofie Hansen", "Sofie"),
    ("min søn Oliver går på Katrinedals Skole og er 16", "Oliver"),
    ("min søn går på Katrinedals Skole", "Katrinedals"), ("hun går på Lundehusskolen", "Lundehus"),
    ("jeg bor på Nørrebrogade 12, 3. tv", "Nørrebrogade"), ("Jagtvej 69B", "Jagtvej"),
    ("reg.nr 1234 kontonr 12345678", "12345678"), ("sagsnr. 2024-00123", "00123"),
    ("bilen AB 12 345 holder her", "AB 12 345"), ("pas nr 206123456", "206123456"),
    ("dreng 13, Oliver, virker sulten", "Oliver"), ("my name is Peter Smith", "Smith"),
])
def test_each_written_form_is_removed(text, secret):
    assert secret not in redact(text)


@pytest.mark.parametrize("text", [
    "min søn på 16 bor i 2400 og det koster 250 kr, ring 112",
    "borger 47 uden bolig, drikker, har gæld", "Jeg er bange for min mand",
    "gæld på 250.000 kr", "jeg har 340.000 i gæld", "statistik for 2015-2023", "kan gå 200-300 meter",
    "Vores skole holder trivselsuge", "min datter på 8 går i folkeskole", "ring 1813 eller 112",
    "Borger 47, ingen bolig.\nMisbrug", "far i tlf, datter 17 ryger hash",
])
def test_what_the_dialogue_needs_stays(text):
    assert redact(text) == text


def test_placeholders_say_what_was_removed():
    assert redact("ring 22334455 eller skriv a@b.dk") == "ring [telefon] eller skriv [email]"
    assert redact("jeg bor på Jagtvej 12, 2200 København N") == "jeg bor på [adresse], 2200"   # the district stays


def _present(secret: str, text: str) -> bool:
    return re.search(rf"(?<![\wæøå]){re.escape(secret)}(?![\wæøå])", text) is not None


def test_a_generated_corpus_of_600_messages_keeps_nothing_identifying():
    items = corpus(600)
    leaks = [(item.text, secret, redact(item.text)) for item in items for secret in item.secrets
             if _present(secret, redact(item.text))]
    lost = [(item.text, keep) for item in items for keep in item.keep if not _present(keep, redact(item.text))]
    assert leaks == [], leaks[:5]
    assert lost == [], lost[:5]
