"""Where a message denies what it says: the scope of "ikke", "ingen", "aldrig", "not".

"Jeg har ingen selvmordstanker", "han har aldrig slået mig" and "jeg cutter ik" use the
words of danger to say the opposite. A bag of words cannot see that, and neither can a
phrase rule, so the crisis model marks the words a negation governs (a few words on,
and the finite verb just before it, as Danish puts "ikke" after the verb) and lets the
learned weights decide what a denied word means. The despair idioms that contain a
negation ("vil ikke leve", "orker ikke mere") are not special-cased: their marked words
are features like any other, and the training data teaches that they are danger.

A scope ends at punctuation and at a conjunction that starts a new clause ("men", "og",
"fordi"), so "han har aldrig slået mig, men i aften truede han" keeps the threat.
"""
from __future__ import annotations

import re

from danish_text.fold import fold

NEGATORS = frozenset({
    "ikke", "ik", "ikk", "ikek", "ike", "aldrig", "ingen", "intet", "hverken", "afviser", "benagter",
    "not", "no", "never", "dont", "don't", "isnt", "isn't", "hasnt", "hasn't", "havent", "haven't",
    "didnt", "didn't", "doesnt", "doesn't", "wont", "won't", "nor", "neither",
})
# Words that start a new clause and so end a negation's reach.
_CLAUSE = frozenset({"men", "og", "fordi", "selvom", "mens", "but", "and", "because", "while", "though",
                     "although", "sa", "nu", "da"})
# "ikke mere", "ikke længere": the negation ends there ("kan ikke mere, har taget alle pillerne").
_LAST = frozenset({"mere", "langere", "anymore"})
# "kan ikke stoppe med at skære", "can't stop cutting", "kan ikke lade være": a negated stop
# affirms the act that follows, so such a negation governs nothing (fourteenth round).
_STOP = frozenset({"stoppe", "stop", "stopper", "lade"})
FORWARD = 5      # words a negation reaches after itself ("ikke tanker om at gøre skade")
BACKWARD = 1     # and before it (the finite verb: "jeg cutter ikke")
_PIECE = re.compile(r"[a-z0-9']+|[.,;:!?()\n]+")


def scoped_words(text: str) -> list[tuple[str, bool]]:
    """The folded words of a message, each with whether a negation governs it
    (the negation words themselves are not marked)."""
    pieces = _PIECE.findall(fold(text))
    words: list[str] = []
    breaks: set[int] = set()           # word positions a clause boundary precedes
    for piece in pieces:
        if piece[0].isalnum() or piece[0] == "'":
            if piece in _CLAUSE:
                breaks.add(len(words))
            words.append(piece)
        else:
            breaks.add(len(words))
    marked = [False] * len(words)
    for i, word in enumerate(words):
        if word not in NEGATORS or _stops(words, i + 1):
            continue
        j = i + 1
        while j < len(words) and j <= i + FORWARD and j not in breaks:
            marked[j] = words[j] not in NEGATORS
            if words[j] in _LAST:
                break
            j += 1
        k = i
        while k > 0 and i - k < BACKWARD and k not in breaks:
            k -= 1
            marked[k] = words[k] not in NEGATORS
    return list(zip(words, marked))


def _stops(words: list[str], j: int) -> bool:
    """Does a stop ("stoppe", "holde op", "lade være") follow a negation at word j?"""
    return j < len(words) and (words[j] in _STOP or (words[j] == "holde" and words[j + 1:j + 2] == ["op"]))


def negated_words(text: str) -> list[str]:
    """The words a negation governs, in order."""
    return [w for w, negated in scoped_words(text) if negated]
