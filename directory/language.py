"""Tell English from Danish, so English questions get English answers.

langdetect ships its language profiles inside the package: nothing is downloaded.
Short or mixed messages stay Danish; only a clear English message switches.
"""
from __future__ import annotations

from langdetect import DetectorFactory, LangDetectException, detect_langs

DetectorFactory.seed = 0
_ENGLISH_MARKERS = {"i", "my", "the", "is", "are", "and", "to", "help", "where", "how", "what",
                    "can", "need", "want", "me", "you", "do", "with", "for", "have", "has"}


def detect_lang(text: str, default: str = "da") -> str:
    words = text.lower().split()
    if len(words) < 3:
        return default
    # langdetect alone calls short Danish without æøå English now and then; ask for
    # English function words as well.
    if sum(w.strip("?!.,'") in _ENGLISH_MARKERS for w in words) < 2:
        return "da"
    try:
        best = detect_langs(text)[0]
    except LangDetectException:
        return default
    return "en" if best.lang == "en" and best.prob > 0.7 else "da"
