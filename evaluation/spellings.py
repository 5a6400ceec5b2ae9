"""The three spellings every evaluation set is read in: as written, with æ/ø/å as ae/oe/aa
(folded), and with æ/ø/å as a/o/a (stripped), as people type without Danish letters."""
from collections.abc import Callable

FOLD = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa"})
STRIP = str.maketrans({"æ": "a", "ø": "o", "å": "a", "Æ": "A", "Ø": "O", "Å": "A"})
VARIANTS: dict[str, Callable[[str], str]] = {"written": lambda t: t, "folded": lambda t: t.translate(FOLD),
                                             "stripped": lambda t: t.translate(STRIP)}
