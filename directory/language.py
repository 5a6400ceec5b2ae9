"""Tell English from Danish, so English questions get English answers.

langdetect ships its language profiles inside the package: nothing is downloaded.
Short or mixed messages stay Danish; only a clear English message switches, or a short
greeting, thanks or goodbye that only English uses ("hi", "thank you", "bye"), so an
English speaker is greeted in English from the first word.
"""
from __future__ import annotations

from langdetect import DetectorFactory, LangDetectException, detect_langs

DetectorFactory.seed = 0
_ENGLISH_MARKERS = {"i", "my", "the", "is", "are", "and", "to", "help", "where", "how", "what",
                    "can", "need", "want", "me", "you", "do", "with", "for", "have", "has"}


# Short small talk that is English and not Danish ("hej", "tak", "hallo" and "hey" are Danish too).
_ENGLISH_SMALL_TALK = {"hi", "hi there", "hello", "hello there", "good morning", "good afternoon",
                       "good evening", "thanks", "thank you", "thank you so much", "thanks a lot",
                       "many thanks", "bye", "goodbye", "bye bye", "see you", "have a nice day"}


def detect_lang(text: str, default: str = "da") -> str:
    words = text.lower().split()
    if len(words) < 3:
        return "en" if " ".join(w.strip("?!.,'") for w in words) in _ENGLISH_SMALL_TALK else default
    # langdetect alone calls short Danish without æøå English now and then; ask for
    # English function words as well.
    if " ".join(w.strip("?!.,'") for w in words) in _ENGLISH_SMALL_TALK:
        return "en"
    if sum(w.strip("?!.,'") in _ENGLISH_MARKERS for w in words) < 2:
        return "da"
    try:
        best = detect_langs(text)[0]
    except LangDetectException:
        return default
    return "en" if best.lang == "en" and best.prob > 0.7 else "da"
