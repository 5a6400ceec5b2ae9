"""A light Danish stemmer for search: "hjemløse", "hjemløs" and "hjemløsheden" meet.

Only common inflection suffixes are removed, and never below four letters, so search
stays predictable; double final consonants are reduced ("sønnen" → "søn"). Works on
folded words (see fold.py).
"""
from __future__ import annotations

_SUFFIXES = ("hederne", "heden", "ernes", "erne", "enes", "ene", "ens", "ers", "er", "en", "et", "es",
             "e", "s")
MIN_STEM = 3


def stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM:
            word = word[: -len(suffix)]
            break
    if len(word) > MIN_STEM and word[-1] == word[-2] and word[-1] not in "aeiouy":
        word = word[:-1]
    return word
