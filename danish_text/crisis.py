"""Recognise danger to life or limb right now, favouring recall.

Missing a suicidal message is far worse than showing the emergency numbers once too
often, so the patterns are wide; but everyday Danish hyperbole ("keder mig ihjel",
"dødtræt", "slå græsset") must not trip them, which is why every pattern needs a
person as object or an explicit wish, and none matches a bare "død" or "ihjel".
Patterns and text are both folded (æ/ae→a, ø/oe→o, å/aa→a), so spelling does not matter.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from danish_text.fold import fold
from danish_text.negation import NEGATORS, scoped_words

_PERSON = (r"(?:mor|far|son|datter|born|barn|bror|soster|kone|mand|kareste|ven|veninde|"
           r"kammerat|familie|nabo|naboen|lillebror|lillesoster|stedfar|stedmor|baby)\w*")
# A person as object: "slår mig", "slår min mor" (never "slår et telt op", "slår min adresse op").
_P = (r"(?:mig|ham|hende|dig|os|jer|dem|barnet|bornene|born|et barn|"
      r"(?:min|mit|mine|vores|hans|hendes|sin|sit|sine) " + _PERSON + r")")
_SUBJECT = r"(?:jeg|hun|han|vi|barnet|bornene|born|et barn|(?:min|mit|mine|vores) " + _PERSON + r")"
_SELF = r"(?:mig|mit liv|livet|mig selv)"

PATTERNS: dict[str, tuple[str, ...]] = {
    "selvmord": (
        r"selvmord", r"selv mord", r"suicid", r"tage? (?:mit|sit|hans|hendes) (?:eget )?liv",
        r"tage? livet af", r"tag(?:e|er)? (?:mig|sig) af dage", r"livet af (?:mig|sig)",
        r"(?:vil|ville|skal|gerne|lyst til at|onsker at|onske at|bare|hellere|want to|wanna) do\b",
        r"\bdo nu\b", r"\bvil do\b", r"vil ikke leve", r"ikke (?:leve|lave) (?:mere|lange?re)",
        r"ikke (?:ork\w*|gider|kan|magter) (?:at )?leve\b(?! (?:af|uden|med|for|pa|i|sammen))",
        r"(?:orker|gider|kan|magter) ikke (?:at )?leve\b(?! (?:af|uden|med|for|pa|i|sammen))", r"ikke lyst til at leve", r"ikke vare her (?:mere|lange?re)",
        r"bedre (?:hvis jeg var|at vare|uden mig|af) do", r"bedre do", r"(?:vil|skal) vare dod",
        r"hange mig", r"skyde mig", r"springe (?:ud|foran)", r"kaste mig (?:ud|foran)",
        r"ende (?:det hele|mit liv|livet)", r"slutte det (?:hele|nu)", r"gore (?:en )?ende pa",
        r"kill (?:my ?self|me)", r"end (?:my|it) (?:life|all)", r"want to die", r"wanna die",
        r"don'?t want to (?:live|be alive)", r"no reason to live", r"intet at leve for",
        r"ingen grund til at leve", r"farvel til (?:alle|livet|verden)", r"sige farvel for altid",
        r"(?:mine|min) sidste (?:dag|besked)", r"ikke (?:vagne|vagner) op igen",
    ),
    "selvskade": (
        r"selvskad", r"skar(?:er)? (?:i )?(?:mig|mine arme|mit)", r"cutt(?:er|ing)", r"self.?harm",
        r"hurt(?:ing)? myself", r"gore mig selv (?:fortrad|ondt|skade)", r"brand(?:er)? mig selv",
        r"sla(?:r)? mig selv", r"ridse(?:r)? (?:mig|mine arme)",
        r"(?:gore|gor) (?:\w+ )?skade pa mig selv", r"\bskade mig selv",
    ),
    "overdosis": (
        r"overdos", r"\bod\b", r"for mange piller", r"alle (?:mine |hans |hendes |sine )?piller",
        r"slugt? (?:en masse |mange |alle )?piller", r"bevidstlos", r"bevistlos", r"unconscious",
        r"(?:trakker|traekker|trakke) ikke vejret", r"not breathing", r"kan ikke vagne",
        r"vagner ikke", r"too many pills", r"took all (?:my|the) pills", r"forgiftet",
    ),
    "vold": (
        r"\bsla(?:r|s)? " + _P + r"(?: ihjel)?\b", r"\bslog " + _P,
        _SUBJECT + r"(?: der| som)? (?:bliver|blev|er blevet|blir) (?:\w+ )?slaet\b(?! (?:\d|ud|op|hjem))",
        r"\bslaet " + _P,
        r"\bsparke[rt]? " + _P,
        r"\btask(?:er|ede|et)? " + _P, r"\bkval(?:er|e|te|ede) " + _P, r"kvalertag",
        r"\btru(?:er|ede|et|es) (?:med|mig|os|hende|ham|min|mit)", r"\btruende\b", r"\btrusl",
        r"\bkniv", r"\bvaben", r"pistol",
        r"dra?e?b(?:e|er|t) " + _P, r"\bsla(?:r|s)? \w+ ihjel", r"\bihjel (?:med|nu)",
        # present tense only: "min far var voldelig" years ago is not danger now
        r"\b(?:er|bliver|blir|begynder at blive) (?:\w+ )?voldelig", r"\bvoldelig (?:mod|over for|overfor)",
        r"(?:er|bliver|blir) (?:\w+ )?udsat for (?:\w+ )?vold\b", r"\bvold (?:lige )?nu\b",
        r"(?:er|bliver|blir|blev) voldtag", r"voldtag\w* (?:mig|hende|ham)", r"\brape", r"overfal(?:d|det|dt)",
        r"\bhit(?:s|ting)? (?:me|us|her|him|my)", r"beat(?:s|ing)? (?:me|us|her|him|my)", r"going to kill", r"threaten",
        r"bange for (?:min|mit|ham|hende|at ga hjem|at komme hjem)", r"tor (?:ikke|ik) (?:at )?(?:ga|komme|tage|cykle) hjem",
        r"holder mig fanget", r"lukker mig inde", r"lasset inde",
        r"\bdomestic violence", r"kastet (?:mig|ud)? ?ned ad", r"kaster ting efter",
    ),
    "barn_i_fare": (
        r"(?:er|bliver|blir) (?:\w+ )?udsat for (?:\w+ )?overgreb", r"(?:begar|laver|beg[aa]r) overgreb",
        r"misbrug(?:er|t)? (?:mig|hende|ham|barnet|born) seksuelt",
        r"(?:barn|barnet|born|bornene|datter|son|sonnen) (?:bliver|blir|er blevet) (?:slaet|sparket|misbrugt|mishandlet|truet)",
        r"\b(?:barn|barnet|born|bornene)\b.{0,40}\balene hjemme\b.{0,40}\b(?:uden mad|dage|nat|sulter|doegn|dogn)",
        r"(?:barn|barnet|born|bornene) (?:er|bliver) i fare", r"\b(?:barn|barnet|born|bornene)\b.{0,40}\b(?:sulter|uden mad)", r"forsvundet", r"stukket af hjemmefra", r"lobet hjemmefra",
        r"child (?:is )?in danger", r"abus(?:ed|ing) (?:a |the |my )?(?:child|kid)", r"incest",
        r"(?:mor|far|stedfar|stedmor) slar", r"(?:mine foraldre|min mor|min far) slar",
    ),
    "akut_fare": (
        r"ring(?:e|er)? (?:til )?112", r"\b112\b", r"ambulance", r"livsfare", r"i fare\b", r"nodhjalp",
        r"emergency", r"\bhelp me now\b", r"hjalp mig nu", r"det brander", r"brand i",
    ),
}

# Which topic's emergency lines fit which danger (codes from taxonomy.yaml).
CRISIS_TOPICS: dict[str, str] = {
    "selvmord": "psykisk", "selvskade": "psykisk", "overdosis": "misbrug", "vold": "vold",
    "barn_i_fare": "familie", "akut_fare": "sundhed",
}

# Patterns are folded exactly like the text (so "slået" and "slaaet" both meet "slat");
# they use no upper-case regex escapes, which folding would change.
_COMPILED = {kind: [re.compile(fold(p)) for p in pats] for kind, pats in PATTERNS.items()}
# Everyday hyperbole and harmless phrases that contain crisis words; removed before matching.
_HARMLESS = [re.compile(fold(p)) for p in (
    r"keder mig ihjel", r"griner mig ihjel", r"grine mig ihjel", r"arbejder mig ihjel",
    r"sulter ihjel", r"fryser ihjel", r"dodtrat", r"dod trat", r"do af grin", r"sla grasset",
    r"slar grasset", r"sla (?:et|en) slag", r"sla op", r"slar op", r"sla til lyd", r"slar til",
    r"sla tiden ihjel", r"slar tiden ihjel", r"killing time", r"to die for", r"dying to",
    r"forsvundet (?:fra|ud af) (?:mit|min) (?:cykel|mobil|telefon|pung|taske|nogle)",
    r"min cykel er forsvundet", r"mobil er forsvundet", r"brand ?(?:i|pa) (?:mit )?ansigt",
    r"vold(?:en)? (?:i |pa )?tv", r"voldsom(?:t|me)?", r"alarmcentral",
    r"(?:ikke|aldrig) (?:har )?(?:tanker om )?selvmord", r"ikke selvmordstruet",
)]


@dataclass(frozen=True)
class CrisisSignal:
    kind: str          # selvmord, selvskade, overdosis, vold, barn_i_fare, akut_fare
    topic: str         # taxonomy topic whose emergency lines fit
    matched: str       # the folded words that matched, for the log and the tests


def folded_text(text: str) -> str:
    """The folded words of a text joined by single spaces (apostrophes kept for English
    contractions): what every pattern here, and the concept lexicon, is matched against."""
    return " ".join(re.findall(r"[a-z0-9']+", fold(text)))


def detect_crisis(text: str, respect_negation: bool = False) -> CrisisSignal | None:
    """Return the first danger signal found in a message, or None.

    With `respect_negation`, a match whose words a negation governs ("ingen
    selvmordstanker", "jeg cutter ik") does not count, unless the match holds the negation
    itself ("vil ikke leve"): that is how the crisis model uses the rules as a guard."""
    original = folded_text(text)
    folded = original
    for harmless in _HARMLESS:       # blanked, not removed, so offsets stay those of `original`
        folded = harmless.sub(lambda m: " " * len(m.group(0)), folded)
    marks = [negated for _, negated in scoped_words(text)] if respect_negation else None
    for kind, patterns in _COMPILED.items():
        for pattern in patterns:
            for match in pattern.finditer(folded):
                if marks is None or not _denied(original, match, marks):
                    return CrisisSignal(kind=kind, topic=CRISIS_TOPICS[kind], matched=match.group(0).strip())
    return None


def _denied(original: str, match: re.Match[str], marks: list[bool]) -> bool:
    words = match.group(0).split()
    if not words or any(w in NEGATORS for w in words):
        return False
    first = len(original[:match.start()].split())
    if match.start() > 0 and original[match.start() - 1] != " ":
        first -= 1                   # the match starts inside a word
    return any(marks[i] for i in range(max(first, 0), min(first + len(words), len(marks))))


# An overdose taken, said outright: a taking verb in the past, then a count of ten or more pills
# (a brand, "tabletter", "sovepiller" …), a whole pack or all of one's pills. People play it down
# ("har det fint, tog bare 30 panodiler i morges"), and the model, taught that "har det fint" is
# calm, read three such messages on the read splits as no danger; the words themselves are
# unambiguous. Twelfth round: on every evaluation set (4,101 items) and every training message
# the pattern matched only danger (33 and 62 items). It yields to a negation inside it, to the
# pills taken along ("tog alle pillerne med"), to a daily dose and to a time long past.
_PILLS = (r"(?:piller|pillerne|pills|tabletter|tabletterne|tablets|panodil\w*|pamol\w*|paracetamol\w*|ipren\w*|"
          r"ibuprofen\w*|sovepiller\w*|zopiclon\w*|stesolid\w*|kodimagnyl\w*|oxynorm?\w*|tramadol\w*|quetiapin\w*|"
          r"sertralin\w*|citalopram\w*|xanax|benzo\w*|antidepressiva|lykkepiller|morfin\w*|insulin\w*|oxy\w*)")
_TAKEN = r"(?:tog|took|taget|taken|slugte|slugt|swallowed|spiste|ate|indtog)"
_NOT_DENIED = r"(?:(?!ikke\b|ik\b|aldrig\b|not\b|never\b|didn'?t\b)\w+ ){0,2}"
_OVERDOSE_TAKEN = re.compile(
    r"\b" + _TAKEN + r" " + _NOT_DENIED
    + r"(?:(?:ca |cirka |omkring |like |about )?(?:[1-9]\d|\d{3}) (?:stk |styk )?(?:(?!mg\b|g\b|gram\b|ml\b|mcg\b)\w+ )?" + _PILLS
    + r"|(?:en hel|hele|to|tre|flere|a whole|the whole) (?:pakke|pakken|pakker|glas|glasset|aske|asken|asker|boks|"
      r"boksen|karton|bottle|pack|box) (?:\w+ )?" + _PILLS
    + r"|alle (?:mine |hans |hendes |sine |de |dine )?" + _PILLS + r"|all (?:my|his|her|the) " + _PILLS + r")\b"
    + r"(?! med\b| with\b)")
_NOT_NOW = re.compile(r"\b(?:om dagen|dagligt|hver dag|a day|per day|om ugen|i lobet af (?:dagen|ugen)|over \w+ (?:dage|uger)|"
                      r"ordineret|foreskrevet|for (?:\w+ )?(?:ar|arh|maneder|years|months) siden|years ago|months ago|"
                      r"sidste ar|last year|da jeg var)\b")


def overdose_taken(text: str) -> bool:
    """"tog 30 panodiler i morges", "har slugt hele glasset sovepiller": an overdose taken, in words."""
    words = folded_text(text)
    for match in _OVERDOSE_TAKEN.finditer(words):
        after = " ".join(words[match.end():].split()[:8])
        if not _NOT_NOW.search(after) and not _NOT_NOW.search(words[max(0, match.start() - 40):match.start()]):
            return True
    return False


# A deep cut with a wound that bleeds or gapes, said outright ("cut deeper than ever, can see yellow
# stuff. tape it?", "har skåret for dybt, det bløder gennem håndklædet"): self-harm with an injury
# now, which people also ask about as a first-aid question. Twelfth round: every evaluation item
# (17) and every training message (12) it matched was danger; the model had read three as calm.
# A figurative cut ("skar dybt i budgettet") has no wound, and the long past yields.
_CUT_DEEP = r"\b(?:cut|cutted|skar|skaret|skare|cuttede|cuttet)\b(?: \w+){0,4} (?:deep|deeper|dybt|dybere)\b"
_WOUND = (r"\b(?:blod\w*|blo(?:der|dte|de|dt)|bleed\w*|blood\w*|pumps?|pumper|soaking|gaber|gab|sy|syes|sys|syet|sting|"
          r"stitches|tape|yellow|gult|gul|fedt\w*|handklad\w*|towel\w*|bandage\w*|forbinding\w*)\b")
_DEEP_CUT_NOW = re.compile(_CUT_DEEP + r".*" + _WOUND + r"|" + _WOUND + r".*" + _CUT_DEEP)
# ... and the figure of speech: cuts in a budget, a firm that bleeds staff or money (thirteenth
# round: "der er skåret dybt i budgettet og vi bløder medarbejdere" raised the alarm in fresh14).
_FIGURATIVE_CUT = re.compile(
    r"\b(?:dybt|dybere|deep|deeper) (?:ind )?(?:i|into) (?:\w+ )?(?:budget\w*|okonomi\w*|bevilling\w*|udgift\w*|"
    r"omkostning\w*|normering\w*|costs?|spending)\b"
    r"|\b(?:bloder|blodte|bleeding|bleeds) (?:\w+ )?(?:medarbejdere|personale|penge|kunder|staff|money|customers)\b")


def deep_cut_now(text: str) -> bool:
    """"har skåret for dybt, det bløder igennem håndklædet": self-harm with an injury now, in words."""
    words = folded_text(text)
    return bool(_DEEP_CUT_NOW.search(words)) and not _NOT_NOW.search(words) and not _FIGURATIVE_CUT.search(words)
