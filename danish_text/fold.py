"""Fold the many ways Danish gets typed into one form.

Citizens write "søn", "soen" and "son" for the same word; OCR and phones do worse.
Everything that compares Danish words (features, keyword spotting, search) compares
folded forms, while the original text is kept for display.
"""
from __future__ import annotations

import re
import unicodedata

# Order matters: digraphs first, so "aa" and "å" meet in "a", "oe" and "ø" in "o".
_DIGRAPHS = (("aa", "a"), ("ae", "a"), ("oe", "o"))
_LETTERS = str.maketrans({"æ": "a", "ø": "o", "å": "a", "ä": "a", "ö": "o", "ü": "u", "é": "e"})
_TOKEN = re.compile(r"[a-z0-9]+")


def fold(text: str) -> str:
    """Lower-case, map æ/ae→a, ø/oe→o, å/aa→a and drop other accents and punctuation runs."""
    text = unicodedata.normalize("NFC", text or "").lower().translate(_LETTERS)
    if not text.isascii():          # (ASCII has no accents to drop: most words, most of the time)
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    for digraph, single in _DIGRAPHS:
        text = text.replace(digraph, single)
    return text


def tokens(text: str) -> list[str]:
    """Folded word tokens (letters and digits), the unit every spotting rule works on."""
    return _TOKEN.findall(fold(text))
