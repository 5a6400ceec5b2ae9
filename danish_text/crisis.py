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
    # "det har slået hende helt ud med stress", "det slår mig helt ud": knocked flat, not hit (nineteenth round)
    r"sla[rt]? (?:\w+ )?helt ud",
)]


@dataclass(frozen=True)
class CrisisSignal:
    kind: str          # selvmord, selvskade, overdosis, vold, barn_i_fare, akut_fare
    topic: str         # taxonomy topic whose emergency lines fit
    matched: str       # the folded words that matched, for the log and the tests


# Where one sentence ends and the next begins (at . ! ? and line breaks): the crisis model reads long
# messages sentence by sentence at these breaks, and so do the rules here.
SENTENCE_BREAK = re.compile(r"(?<=[.!?\n])\s+|\s*\n+\s*")


def folded_text(text: str) -> str:
    """The folded words of a text joined by single spaces (apostrophes kept for English
    contractions): what every pattern here, and the concept lexicon, is matched against."""
    return " ".join(re.findall(r"[a-z0-9']+", fold(text)))


def _all_found(text: str, *patterns: re.Pattern[str], unless: tuple[re.Pattern[str], ...] = ()) -> bool:
    """Does the folded text hold every one of the patterns, and none of `unless`? (The phrase rules
    that decide alone are each a conjunction: a danger and what makes it now, its look-alikes aside.)"""
    words = folded_text(text)
    return all(p.search(words) for p in patterns) and not any(p.search(words) for p in unless)


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


# ... or a week's or a month's doses at once ("har taget hele ugens doseringsæske", "took the whole week's
# dose this morning"; sixteenth round: seven danger messages in every set, nothing else).
_DOSES_TAKEN = re.compile(
    r"\b" + _TAKEN + r" " + _NOT_DENIED + r"(?:whole|hele|all|alle) (?:\w+ ){0,2}(?:week'?s|weeks|ugens|manedens|month'?s"
    r"|doseringsaskens?|dosisaske\w*|pilleaske\w*|dosette\w*)\b")
# ... and neither yields to a denial before the verb ("har ikke taget 30 panodiler").
_DENIED_BEFORE = re.compile(r"\b(?:ikke|ik|aldrig|not|never|didn'?t|haven'?t|hasn'?t)\b(?: \w+){0,2} $")


def overdose_taken(text: str) -> bool:
    """"tog 30 panodiler i morges", "har slugt hele glasset sovepiller": an overdose taken, in words."""
    words = folded_text(text)
    for match in [*_OVERDOSE_TAKEN.finditer(words), *_DOSES_TAKEN.finditer(words)]:
        if _DENIED_BEFORE.search(words[max(0, match.start() - 30):match.start()]):
            continue                    # "har ikke taget hele ugens piller"
        after = " ".join(words[match.end():].split()[:8])
        if not _NOT_NOW.search(after) and not _NOT_NOW.search(words[max(0, match.start() - 40):match.start()]):
            return True
    return False


# A deep cut with a wound that bleeds or gapes, said outright ("cut deeper than ever, can see yellow
# stuff. tape it?", "har skåret for dybt, det bløder gennem håndklædet"): self-harm with an injury
# now, which people also ask about as a first-aid question. Twelfth round: every evaluation item
# (17) and every training message (12) it matched was danger; the model had read three as calm.
# A figurative cut ("skar dybt i budgettet") has no wound, and the long past yields.
# (sixteenth round: also a cut named as a noun, "snittet er dybere end det plejer", and a wound bound with a
# tea towel or that makes one dizzy; on every set still nothing but danger, the budget cut aside)
_CUT_DEEP = r"\b(?:cut|cutted|skar|skaret|skare|cuttede|cuttet|snit|snittet|snittene)\b(?: \w+){0,4} (?:deep|deeper|dybt|dybere)\b"
_WOUND = (r"\b(?:blod\w*|blo(?:der|dte|de|dt)|bleed\w*|blood\w*|pumps?|pumper|soaking|gaber|gab|sy|syes|sys|syet|sting|"
          r"stitches|tape|yellow|gult|gul|fedt\w*|handklad\w*|towel\w*|bandage\w*|forbinding\w*|viskestykke\w*|strammet|svimmel)\b")
# ... or a wound one means to sew up oneself ("kan man sy sig selv?? der er et gab på låret"; sixteenth round:
# three danger messages in every set, nothing else)
_SEW_SELF = r"\b(?:sy|sys|syes|sew|stitch)\w* (?:\w+ ){0,2}(?:mig|sig|myself|it)\b"
_OPEN_WOUND = r"\b(?:gab|gaber|flange\w*|snit\w*|wound|cut|sar|saret|blod\w*|bloder|bleed\w*)\b"
_DEEP_CUT_NOW = re.compile(_CUT_DEEP + r".*" + _WOUND + r"|" + _WOUND + r".*" + _CUT_DEEP
                           + r"|" + _SEW_SELF + r".*" + _OPEN_WOUND + r"|" + _OPEN_WOUND + r".*" + _SEW_SELF)
# ... and the figure of speech: cuts in a budget, a firm that bleeds staff or money (thirteenth
# round: "der er skåret dybt i budgettet og vi bløder medarbejdere" raised the alarm in fresh14).
_FIGURATIVE_CUT = re.compile(
    r"\b(?:dybt|dybere|deep|deeper) (?:ind )?(?:i|into) (?:\w+ )?(?:budget\w*|okonomi\w*|bevilling\w*|udgift\w*|"
    r"omkostning\w*|normering\w*|costs?|spending)\b"
    r"|\b(?:bloder|blodte|bleeding|bleeds) (?:\w+ )?(?:medarbejdere|personale|penge|kunder|staff|money|customers)\b")


def deep_cut_now(text: str) -> bool:
    """"har skåret for dybt, det bløder igennem håndklædet": self-harm with an injury now, in words."""
    return _all_found(text, _DEEP_CUT_NOW, unless=(_NOT_NOW, _FIGURATIVE_CUT))


# A goodbye put as an errand: a practical question about what happens after one's own death, or about
# who will find one ("hvad sker der med huslejen hvis man dør", "so my body gets found quickly"), with a
# time that is near or a means or preparations named ("i aften", "pillerne er talt op", "I've decided").
# Sixteenth round: the read splits held five such messages, all missed (P 0.04-0.13): the model has
# too few of them to learn the errand, and teaching it them moved other messages at the edge.
_AFTER_DEATH = re.compile(
    r"\b(?:nar|hvis|efter|inden) (?:man|jeg) (?:er )?(?:dod|dor|doer)\b|\befter (?:min|ens) dod\b"
    r"|\b(?:nar|hvis) (?:man|jeg) ikke (?:lever|er i live) (?:langere|mere)\b"
    r"|\bnar jeg (?:er|ikke er) (?:vak|borte|her (?:mere|lange?re))\b(?! (?:pa|i|fra|til|over)\b)"
    r"|\b(?:when|if|after|once) i(?:'?m| am)? (?:die|dead|gone)\b(?! (?:on|for|to|at|away|abroad)\b)"
    r"|\b(?:my|the) body (?:\w+ ){0,2}(?:found|finds?)\b|\b(?:who|the one who|whoever) finds me\b"
    r"|\b(?:den|hvem|dem|nogen|jer|du|dig|(?:min|mit|mine) \w+) (?:\w+ ){0,2}der finder mig\b(?! (?:\w+ )?(?:attraktiv|sod|sjov|pa[e]?n|interessant|irriterende|underlig|ma?e?rkelig)\w*)|\bfinder (?:mit lig|min krop)\b|\bmit lig\b"
    r"|\bfinde[rs]? mig (?:forst|i tide|hurtigt|i morgen|efter)\b|\bnogen (?:\w+ ){0,3}finder mig\b(?! (?:en|et|noget|nogle|a)\b)")
_NEAR_OR_READY = re.compile(
    r"\b(?:i aften|i nat|i morgen|tonight|tomorrow|this weekend|i weekenden|inden (?:i morgen|weekenden|fredag)"
    r"|(?:man|tirs|ons|tors|fre|lor|son)dag(?:s)? ?(?:aften|nat)?|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?: night| evening)?|planning it|planlagt|har besluttet|have decided|i'?ve decided|bestemt mig"
    r"|(?:pills|tablets|piller|pillerne|tabletter|tabletterne)\b(?: \w+){0,3} (?:counted|ready|klar|talt|lagt)"
    r"|(?:counted|talt|samlet|gemt) (?:\w+ ){0,3}(?:pills|tablets|piller|pillerne|tabletter|sovepiller)"
    r"|(?:for|inden) jeg gor det|before i do it|til den tid"
    r"|reb|rope|noose|have everything|har alt (?:klar|parat)|alt er klar|everything is ready"
    r"|givet (?:\w+ ){0,2}(?:hund|hunden|kat|katten) (?:vak|til)|opsagt|betalt (?:\w+ ){0,2}(?:bisattelse|begravelse)\w* (?:forud|pa forhand))\b")
_NOT_MINE = re.compile(r"\b(?:min|vores|hans|hendes|my|our|his|her) (?:far|mor|mand|kone|bror|soster|father|mother|dad|mum|mom|husband|wife)"
                       r" (?:\w+ ){0,3}(?:dode|dod|died|passed)\b|\bdodsbo\w*|\btestamente\w*|\bwill\b|\blivsforsikring\w*|\bdonor\w*"
                       # an operation or an illness one may not survive is no plan ("jeg skal opereres til den tid")
                       r"|\bopere\w*|\boperation\w*|\bkemo\w*|\bkraft\w*|\bcancer\b|\bhospice\w*|\bterminal\w*|\bpalliat\w*")


def goodbye_errand(text: str) -> bool:
    """"Who gets my cat when I'm not here any more? It is tonight": a goodbye put as an errand."""
    return _all_found(text, _AFTER_DEATH, _NEAR_OR_READY, unless=(_NOT_MINE,))


# Self-harm done today, said outright in one sentence ("i dag gik det galt, og jeg har brændt mig med
# strygejernet", "I cut myself again just now"): danger however calmly the letter around it asks about a
# waiting list. Sixteenth round: on every evaluation set, every training message, the understanding sets
# and the routing set it matched 19 danger messages and nothing else once an accident and the long past
# are set aside (a finger cut while chopping onions, "da jeg var 15"); the model had read one of them (a
# letter that opens with treatment long ago) as concern.
_HARMED_MYSELF = re.compile(
    r"\b(?:(?:har|have|has|i'?ve|jeg) (?:lige |just |nu )?(?:brandt|skaret|skar|cuttet|cuttede|snittet|burned|burnt|cut)"
    r"|i (?:just )?(?:burned|burnt|cut)) (?:mig|myself)\b")
_JUST_NOW = re.compile(r"\b(?:i dag|i aften|i nat|lige nu|nu|for (?:en|et|\w+) (?:time|timer|minutter|kvarter) siden|tonight"
                       r"|today|just now|right now|an hour ago|minutes ago)\b")
_ACCIDENT = re.compile(r"\b(?:uheld|by accident|accidentally|fingeren|finger|mens jeg|while (?:cooking|shaving)|kokkekniv\w*"
                       r"|lavede mad|barber\w*|shaving)\b")


def self_harm_done_now(text: str) -> bool:
    """"i dag … har jeg brændt mig med strygejernet": self-harm done now, in one sentence."""
    for sentence in SENTENCE_BREAK.split(text.strip()):
        words = folded_text(sentence)
        if (_HARMED_MYSELF.search(words) and _JUST_NOW.search(words) and not _ACCIDENT.search(words)
                and not _NOT_NOW.search(words)):
            return True
    return False


# Orders to harm heard from voices, the radio or the television ("stemmerne siger jeg skal stikke mor",
# "har fået besked gennem radioen om at jeg skal ofre mig i nat"): acute psychosis with a command to
# harm, however calmly it is told. Sixteenth round: 12 danger messages in every set and nothing else,
# once fiction (a novel's hero who hears voices) and a denial ("de siger ikke noget om at skade") are
# set aside; as a concept with written examples it had lost other messages at the edge (fifteenth).
_SOURCE = r"(?:stemme\w*|radio\w*|fjernsyn\w*|tv|tv'et|voices?|the radio|television)"
_HARM_ORDERED = (r"(?:ofre|draebe|drabe|slaa ihjel|sla ihjel|kill|poison\w*|forgift\w*|stikke|skyde|shoot|stab|hurt|skade"
                 r"|sacrifice|for good|saette ild|satte ild|set fire|straffe|punish)")
_COMMANDED_HARM = re.compile(
    r"\b" + _SOURCE + r"\b(?: [\w']+){0,6} (?:siger|sagde|sagt|befaler|befalede|beordre\w*|told|tells|says|said|orders?"
    r"|commands?|besked)\b(?: [\w']+){0,8} " + _HARM_ORDERED
    + r"|\b(?:besked\w*|orders?|told|commands?|befaling\w*) (?:\w+ ){0,3}(?:gennem|fra|through|from|via) (?:\w+ )?" + _SOURCE
    + r"\b(?: [\w']+){0,14} " + _HARM_ORDERED)
_NOT_AN_ORDER = re.compile(r"\b(?:roman\w*|bog|bogen|forfatter\w*|film\w*|novel|book|character|hovedperson\w*|ikke noget om"
                           r"|not about|doesn'?t say)\b")


def commanded_harm(text: str) -> bool:
    """"the radio tells me … to stop him for good": an order to harm from voices or a device."""
    return _all_found(text, _COMMANDED_HARM, unless=(_NOT_AN_ORDER,))


# A forced marriage with the journey near, against the person's will ("skal sendes til hjemlandet for at
# blive gift, rejsen er om 3 dage", "we fly on Saturday"; not a wedding tomorrow one needs a dress for):
# child-protection guidance names it as acute. Sixteenth round: five danger messages in every set and
# nothing else.
_MARRIED_OFF = re.compile(
    r"\b(?:tvangsgift\w*|tvangsaegteskab\w*|tvangsagteskab\w*|blive gift|giftes|gifte (?:hende|ham|mig) (?:bort|vak)"
    r"|forced (?:to )?marr\w*|marry (?:me|her|him) off|arrangere\w* (?:agteskab|aegteskab)|sende (?:hende|ham|mig) (?:til|hjem)\w*)")
_JOURNEY_NEAR = re.compile(
    r"\b(?:om \d+ dage|om (?:to|tre|fire|fem) dage|i morgen|rejsen|flyet|flyver|pa fredag|paa fredag|next week|i naeste uge"
    r"|i naste uge|this weekend|tomorrow|in \w+ days|billet\w*)")
_AGAINST_WILL = re.compile(
    r"\b(?:tvang\w*|tvinge\w*|tvunget|forced|gifte (?:hende|ham|mig) (?:bort|vak)|marry (?:me|her|him) off"
    r"|mod (?:min|hendes|hans|sin) vilje|against (?:my|her|his) will"
    r"|taget (?:mit|hendes|hans) pas|taken (?:my|her|his) passport|hjemland\w*|home country|aeresrelat\w*|aresrelat\w*"
    r"|tor ikke|bange|scared|afraid|i skjul|fatter\w*|cousin)\b")


def married_off_soon(text: str) -> bool:
    """"familien vil sende hende til hjemlandet for at blive gift, rejsen er om 3 dage"."""
    return _all_found(text, _MARRIED_OFF, _JOURNEY_NEAR, _AGAINST_WILL)


# Pills saved up ("jeg har gemt mine piller sammen i flere uger, og når han er kørt på fredag, tager jeg dem
# alle sammen", "i've been saving my pills since march … that's when"): stockpiling, the means gathered.
# Pills gathered to hand in, old ones, and "har ikke tænkt sig at bruge dem" aside. Sixteenth round: saved
# and "I'll take them all", two danger messages; eighteenth round, after fresh19's read: saved alone, 53
# danger messages in every set and nothing else (the one concern item says she will not use them).
_PILLS_SAVED = re.compile(r"\b(?:gemt|samlet|sparet|saved|collected|hoarded|stashed|saving|gemmer|samler|sparer|collecting"
                          r"|hoarding|stashing) (?:\w+ ){0,4}\w*(?:piller|pillerne|tabletter|tabletterne|pills|tablets)\b")
_NOT_TO_TAKE = re.compile(r"\b(?:aflever\w*|apotek\w*|destru\w*|gamle|old|expired|udlobne|ikke (?:har )?tankt sig at bruge"
                          r"|not (?:going|planning) to (?:use|take)|won'?t (?:use|take) them)\b")


def pills_saved_to_take(text: str) -> bool:
    """"har gemt mine piller …": pills stockpiled, not to hand in."""
    return _all_found(text, _PILLS_SAVED, unless=(_NOT_TO_TAKE,))


# A rope got, had or ready, and nothing in the message it is for ("jeg har købt reb, det er ikke noget I
# skal bekymre jer om", "Bgr. nævner at han har reb i rygsækken"): a means without an ordinary use. Every
# rope with a use (climbing, a swing, a tree, moving, scouts, a boat, tools, a lamp, a play, the
# recycling station) and "hænger i et tyndt reb økonomisk" aside. Eighteenth round: 43 danger messages in
# every set and nothing else.
_ROPE_GOT = re.compile(
    r"(?:^|\b(?:har|havde|jeg|han|hun|he|she|i|i've|ive)(?: \w+){0,2} )(?:kobt|kobte|kobet|kober|fundet|fat|faet|skaffet|gemt"
    r"|bought|got|found|hid|hidden|has|have|had|har)(?: \w+){0,2} (?:et |en |a |an )?(?:\w+ )?"
    r"(?:reb|rebet|rope|strik|strikken|snor|snoren)\b"
    r"|\b(?:reb|rebet|rope|strikken|snoren)(?: er| is)? (?:kobt|klar|ready|bought)\b")
_ROPE_USE = re.compile(
    r"\b(?:klatr\w*|climb\w*|sele\w*|karabin\w*|carabin\w*|spejd\w*|scout\w*|gynge\w*|swing\w*|tovsving\w*"
    r"|hangekoj\w*|hammock\w*|flyt\w*|moving|move|sofa\w*|fald\w*|gren\w*|stige\w*|ladder|flagstang\w*"
    r"|torresnor\w*|knob|knude\w*|knot\w*|lampe\w*|lamp|motorsav\w*|slojd|lejr\w*|camp\w*|sejl\w*|sail\w*"
    r"|teater\w*|forestilling\w*|play|hobby\w*|varktoj\w*|tool\w*|storskrald\w*|genbrug\w*|aflever\w*"
    r"|trahytte\w*|rebstige\w*|awning|markise\w*|telt\w*|tent|tov|tovtrak\w*|hejs\w*|fortojning\w*|anker\w*"
    r"|sengegalge\w*|okonomisk|tyndt|skibsreb\w*|legeplads\w*|doner\w*|svingbane\w*)\b")


def rope_without_a_use(text: str) -> bool:
    """"har købt reb" with nothing it is for: a means got without an ordinary use."""
    return _all_found(text, _ROPE_GOT, unless=(_ROPE_USE,))


# Hurt by someone lately, and they come back today ("jeg har også et blåt øje igen fra i går … for han
# kommer hjem kl 17", "tog kvælertag på mig i aftes og nu skriver han at han kommer tilbage i aften"), however
# ordinary the question around it: violence with its next time named. Eighteenth round, after fresh18's
# read: six danger messages in every set and nothing else.
_HURT = re.compile(r"\b(?:blat oje|blat ojne|blaat oje|black eye|bla marker|blamarker\w*|bruise\w*|slog mig|slar mig|slaet mig|hit me|hits me"
                   r"|kvalt|kvalte mig|kvalertag|strangle\w*|choked|chokes|sparkede mig|sparker mig|kicked me|skubbede mig ned|brakket)\b")
_RECENT = re.compile(r"\b(?:i gar|i nat|i morges|i aftes|i dag|yesterday|last night|this morning|today|igen)\b")
_RETURNS = re.compile(r"\b(?:han|hun|he|she|manden|min mand|karesten|far|stedfar|eksen|ex)\b (?:kommer|comes|gets|er) (?:hjem|home|tilbage|back)"
                      r"(?: \w+){0,3} (?:kl|klokken|i aften|i dag|tonight|today|at|om \w+ time|snart|soon)\b")


def hurt_and_he_returns(text: str) -> bool:
    """"blåt øje igen fra i går … han kommer hjem kl 17": violence, and its next time named."""
    return _all_found(text, _HURT, _RECENT, _RETURNS)


# A self-harm wound gone bad ("Jeg skar i mine lår i fredags og det er gået betændt … feber og
# kuldegysninger. Jeg tør ikke gå til lægen"): an injury that needs care now, however the letter goes on
# (an accident, a finger cut cooking, aside). Eighteenth round, after fresh18's read: three danger
# messages in every set and nothing else.
_CUT = re.compile(r"\b(?:skar|skaret|skarer|cuttede|cuttet|cutter|cut|cutting|snittede)\b(?: \w+){0,2} (?:i |mig|my|myself|pa )?(?:\w+ )?"
                  r"(?:mig|mine|min|mit|arm\w*|lar\w*|laar\w*|ben|handled\w*|thigh\w*|arm|arms|wrist\w*|myself)\b")
_INFECTED = re.compile(r"\b(?:betandt|betaendt|betand\w*|infice\w*|infected|infection|feber|fever|pus|puds|kuldegys\w*|chills"
                       r"|rodt og varmt|red and hot|lugter)\b")


def cut_and_infected(text: str) -> bool:
    """"skar i mine lår … gået betændt … feber": a self-harm wound infected."""
    return _all_found(text, _CUT, _INFECTED, unless=(_ACCIDENT,))


# Someone not seen or not opening for days, with a smell from the door or the light on day and night ("ikke
# set 5 dage, post hober sig op, lugt fra døren"): a person who may lie helpless now. Post piling up alone
# is a worry, not this. Eighteenth round: three danger messages in every set and nothing else.
_UNSEEN = re.compile(r"\b(?:ikke (?:har |er )?(?:set|abnet|abner|svaret|svarer|vaeret ude|varet ude)|not (?:seen|answered|answering|opened)"
                     r"|hasn'?t (?:been seen|opened|answered))\b(?: \w+){0,5} (?:\d+|to|tre|fire|fem|et par|flere|en|two|three|several|a few) "
                     r"(?:dage|dogn|days|uge|uger|week|weeks)\b")
_SIGN = re.compile(r"\b(?:lugt\w*|lugter|smell\w*|stank|stinker|lys tandt hele tiden|lyset brander hele tiden|fluer|flies)\b")


def unseen_with_a_sign(text: str) -> bool:
    """"ikke set i en uge … lugt fra døren": someone who may lie helpless behind the door."""
    return _all_found(text, _UNSEEN, _SIGN)


# Things one will not need after a near time ("Jeg har ikke brug for den efter næste uge", "I won't need the
# apartment after this weekend", "skal ikke bruge dem efter i aften"), a move, a sale, a holiday or a stay in
# hospital aside: a goodbye put as an errand. Eighteenth round, after fresh19's read: ten danger messages in
# every set and nothing else.
_NO_NEED_AFTER = re.compile(
    r"\b(?:har ikke brug for|skal ikke bruge|skal ikke have brug for|far ikke brug for|won'?t need|will not need|don'?t need"
    r"|ikke (?:skal bruge|har brug for|far brug for|skal have brug for))\b(?: \w+){0,3} "
    r"(?:efter|after|fra|from) (?:i nat|i aften|i morgen|weekenden|denne weekend|naste uge|this weekend|the weekend|tonight|tomorrow|next week"
    r"|mandag|tirsdag|onsdag|torsdag|fredag|lordag|sondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")
_LEAVING_FOR = re.compile(r"\b(?:flytter|flytning|flyttet|flytte|moving|move|moved|ferie|vacation|holiday|udlandet|abroad|saelger|salger|selling|sold"
                     r"|solgt|nyt job|new job|ny bil|new car|ny lejlighed|new flat|new apartment|operation|indlagt|hospital\w*)\b")


def no_need_after(text: str) -> bool:
    """"har ikke brug for den efter næste uge": a goodbye put as an errand."""
    return _all_found(text, _NO_NEED_AFTER, unless=(_LEAVING_FOR,))


# Bleeding that will not stop ("bare et par ridser, men det bløder stadig efter en time", "it won't stop
# bleeding"), an accident, a nosebleed, a tooth, a fall and a period aside: an injury that needs care now,
# however it is played down. Eighteenth round, after fresh19's read: 42 danger messages in every set and
# nothing else.
_STILL_BLEEDING = re.compile(r"\b(?:bloder stadig|bloder stadigvak|still bleeding|won'?t stop bleeding|will not stop bleeding|stopper ikke med at blode"
                             r"|vil ikke stoppe med at blode)\b")
_ORDINARY_BLEEDING = re.compile(r"\b(?:naseblod|nosebleed\w*|menstruation|mens|tandlage\w*|tand|tooth|faldt|fell|cykel\w*|bike|knae|kna|knee)\b")


def still_bleeding(text: str) -> bool:
    """"det bløder stadig efter en time": bleeding that will not stop."""
    return _all_found(text, _STILL_BLEEDING, unless=(_ACCIDENT, _ORDINARY_BLEEDING))


# A weapon at a counter, in a waiting room or "right now", in a staff note however few its words
# ("Skranke 2: kniv. hjælp", "mand med kniv i venteområdet"): aggression toward staff is danger now.
# Drills, role-play, fiction, a butcher's or cook's knives, a knife handed in or found, and a
# stabbing long past are not. Seventeenth round.
_WEAPON = re.compile(r"\b(?:kniv|kniven|knive|knivene|machete\w*|pistol\w*|gevaer\w*|gevar\w*|oekse|oeksen|okse"
                     r"|oksen|vaaben\w*|vaben\w*|skydevaaben|skydevaben|knife|knives|gun|guns|axe)\b")
_AT_HAND = re.compile(
    r"\b(?:skranke\w*|venteomr\w*|venterum\w*|ventevaer\w*|ventevar\w*|ventesal\w*|forhal\w*|reception\w*"
    r"|lige nu|right now|hjaelp|hjalp|help|112|i bygningen|at the counter|waiting room)\b")
_NOT_A_THREAT = re.compile(
    r"\b(?:oevelse\w*|ovelse\w*|rollespil\w*|scenari\w*|figurant\w*|attrap\w*|teater\w*|drama\w*|scene\w*|\w*film\w*"
    r"|krimi\w*|roman\w*|bog|bogen|\w*spil|spillet|game|slagter\w*|kok|kokke\w*|koekken\w*|kokken\w*|sikkerhedskontrol|ingen (?:konkret |aktuel )?(?:trussel|konflikt|fare)"
    r"|beskytte sig|(?:gaa|ga|gaar|gar) med (?:en )?kniv|baere\w* (?:en )?kniv|bare\w* (?:en )?kniv"
    r"|ikke (?:noget )?vaaben|ikke (?:noget )?vaben|uden vaaben|uden vaben|fundet|glemt|kursus\w*|workshop|temadag\w*"
    r"|motorsav\w*|braende\w*|brande\w*|kolonihave\w*|traefaeld\w*|trafald\w*|jagt\w*|jaeger\w*"
    r"|statistik\w*|(?:19|20)\d\d|siden|sidste aar|sidste ar|dengang|drill|exercise|training|role.?play|replika\w*"
    r"|aflevere\w*|afleveret|indleveret|handed in|found)\b")
_NOTE_WORDS = 40        # a short note; a long letter with a knife and "help" in it is too often a film or the past


def weapon_at_hand(text: str) -> bool:
    """"Skranke 2: kniv. hjælp": a weapon where staff or citizens are, now."""
    words = folded_text(text)
    return (len(words.split()) <= _NOTE_WORDS and bool(_WEAPON.search(words) and _AT_HAND.search(words))
            and not _NOT_A_THREAT.search(words))


# A threat to come and finish it, with the time near ("he texted me he's coming tonight to 'finish it'",
# "kommer tilbage i nat for at 'gøre det færdigt'"), however practical the question around it (a lock
# to change). Seventeenth round.
_COMING_NEAR = re.compile(
    r"\b(?:kommer|coming|come|comes|pa vej|on (?:his|her|their|the) way|ankommer|dukker op)\b(?: [\w']+){0,6}"
    r" (?:i aften|i nat|tonight|i dag|today|nu|now|senere i dag|later today|inden (?:i morgen|aften))\b")
_FINISH_IT = re.compile(
    r"\b(?:gore|goere|gor|goer|gjore|gjort) det (?:faerdigt|fardigt)(?! med\b)|\b(?:gore|goere|gor|goer|gjore|gjort) det af med"
    r" (?:mig|hende|ham|os|dig)|finish (?:it|me|her|him|the job)(?! (?:with|on|in|off)\b)|finish what (?:he|she|they) started"
    r"|\bend (?:it|me|her)\b|gore en ende pa|sla[a]? (?:mig|hende|ham|os|dig) ihjel|kill (?:me|her|him|us|you)\b"
    r"|sort (?:it|me|her|him) out|noget der gor ondt|noget der goer ondt|\bskyde (?:mig|hende|ham|os|dig)\b"
    # "… for at afslutte det han startede i marts" (eighteenth round, after fresh18's read)
    r"|\b(?:afslutte|fuldfore|gore faerdigt|gore fardigt) (?:det|hvad) (?:han|hun|de) (?:startede|begyndte|pabegyndte)\b")


def threat_to_come(text: str) -> bool:
    """"he's coming tonight to 'finish it'": a threat with the time near."""
    return _all_found(text, _COMING_NEAR, _FINISH_IT)


# A dream told as a dream, and woken from ("drømte i nat at jeg stod på kanten af et tag … vågnede helt
# svedig", "havde drømt … faldt til ro"): a context that cancels the danger words in it, not a wish
# ("drømmer om at være død" is none of this). Seventeenth round: four such messages in every set, all
# calm; the model had flagged three.
_DREAM_TOLD = re.compile(r"\b(?:dromte|droemte|havde dromt|havde droemt|dreamt|dreamed|had a (?:bad )?dream)\b")
_WOKE = re.compile(r"\b(?:vagnede|vaagnede|woke|faldt til ro|sov igen|ellers (?:er jeg )?(?:fin|ok)|men ellers)\b")
# ... unless the writer says what they mean to do now ("da jeg vågnede, tænkte jeg: jeg vil gøre det i aften")
_INTENT_NOW = re.compile(r"\b(?:jeg vil|jeg skal|i'?ll|i will|i want to|i'?m going to|gor det|goer det|gore det)\b")


def dream_told(text: str) -> bool:
    """"drømte i nat at … vågnede": a dream, told and woken from."""
    return _all_found(text, _DREAM_TOLD, _WOKE, unless=(_INTENT_NOW,))


# A drill, a role-play or a staged scene ("øvelse i morgen kl 10: simuleret trussel m kniv ved skranke 2",
# "rollespil med gummikniv", "fire drill … pretends to be unconscious"): no danger and no worry, whatever
# the scene holds, unless the writer says it is not one ("Det er IKKE en øvelse"). Eighteenth round: 38
# messages in every set, all calm; the model had flagged two.
_DRILL = re.compile(r"\b(?:\w*ovelse\w*|drill|drills|rollespil\w*|role ?play\w*|roleplay\w*|gummikniv\w*|figurant\w*"
                    r"|iscenesat\w*|teaterblod|falsk blod|fake blood|rubber knife|larp|kun en test|only a test|just a test)\b")
_NOT_A_DRILL = re.compile(r"\b(?:ikke|ik|not|no|ingen)(?: \w+)?(?: en| a)? (?:\w*ovelse\w*|drill|rollespil)\b")


def drill_or_play(text: str) -> bool:
    """"øvelse … simuleret trussel", "rollespil med gummikniv": a scene staged, not danger."""
    return _all_found(text, _DRILL, unless=(_NOT_A_DRILL,))


# Something or someone missing, and back ("min kat var væk i to dage men hun kom hjem i nat", "went missing
# … Police found him … he's fine", "hund væk hos hr P, fundet igen"): a worry that is over, at most a
# concern (the writer who came home to danger is not this: "da jeg kom hjem lå mor …"). Eighteenth round:
# 13 messages in every set, none danger; the model had flagged four.
_MISSING = re.compile(r"\b(?:forsvund\w*|vak|stak af|stukket af|missing|ikke kommet hjem|bortlob\w*|lost)\b")
_BACK = re.compile(r"\b(?:(?:han|hun|den|det|he|she|it) (?:kom|er kommet|came) (?:hjem|tilbage|home|back)|kommet hjem igen"
                   r"|fundet igen|fandt (?:ham|hende|den|dem) igen|found (?:him|her|it) again|(?:han|hun|he|she)'?s fine"
                   r"|(?:han|hun) har det fint|all fine|alt er fint|dukkede op igen"
                   # nineteenth round, after fresh20's read: "høreapparatet er væk. Fundet 02.20 i sengetøjet"
                   r"|fundet (?:kl )?\d{1,2} ?\d{2}|fundet i (?:sengetojet|lommen|jakken|tasken|skuffen|bilen|sofaen))\b")


def found_again(text: str) -> bool:
    """"var væk … kom hjem i nat", "missing … he's fine": the lost one is back."""
    words = folded_text(text)
    missing = _MISSING.search(words)
    return bool(missing and _BACK.search(words, missing.end()))


# Killing said of a thing, a wait or a form ("Den her ventetid slår mig ihjel", "det knæ slår mig ihjel",
# "I slår mig ihjel med de blanketter", "eksamen tog livet af hende", "kan ikke mere med det her skema"):
# a figure of speech, at most a concern. A person who kills ("han slår mig ihjel", even after "det" or "i
# går") is never this. Eighteenth round: 18 messages in every set, all calm; the model had flagged five.
_WORD = r"(?!(?:han|hun|du|de|i|far|mor|faren|moren|fars|mors|manden|konen|kaeresten|karesten|min|mit|hans|hendes)\b)\w+"
_THING_KILLS = re.compile(
    r"\b(?:det|den|denne|dette)(?: her)?(?: " + _WORD + r")? (?:slar|slog) (?:mig|os) ihjel\b"
    r"|\bi slar mig ihjel med\b"
    r"|\b(?:eksamen\w*|ventetid\w*|skema\w*|blanket\w*|formular\w*|kna\w*|ryg\w*|hovedpine\w*|hedebolge\w*|varmen"
    r"|trafik\w*|ko|koen|lektier\w*|opgave\w*|arbejde\w*|matematik\w*|terminsprov\w*|arsopgorelse\w*)"
    r"(?: " + _WORD + r"){0,3} (?:slar|slog) (?:mig|os|hende|ham) ihjel\b"
    r"|\b(?:eksamen\w*|ventetid\w*|skema\w*|opgave\w*|arbejde\w*)(?: " + _WORD + r"){0,3} tog livet af\b"
    r"|\b(?:kan|orker) (?:ikke|ik|ikk) (?:mere |mer )?(?:med )?(?:det her |den her |de her |det |den |de |dit |jeres )?"
    r"(?:skema\w*|blanket\w*|formular\w*|ventetid\w*|papir\w*|lektier\w*|opgave\w*|mitid|hjemmeside\w*|printer\w*|computer\w*"
    r"|sag|sagen|skole|skolen|eksamen\w*|ko|koen|kaen|system\w*)\b")


def figure_of_speech(text: str) -> bool:
    """"den her ventetid slår mig ihjel": killing said of a thing."""
    return _all_found(text, _THING_KILLS)


# Danger inside a story: a film, a series, a book, a play or a game "where" or "about" it happens ("har
# lige set den serie hvor hun skærer i sig selv", "Min søn har læst en bog hvor en pige tager sit eget
# liv"): at most a concern, unless the writer says they will too ("… og nu vil jeg også"). Eighteenth
# round: 128 messages in every set, none danger or concern; the model had flagged three.
_FICTION = re.compile(r"\b(?:film|filmen|kortfilm|gyserfilm|serie|serien|series|show|afsnit|episode|sason|season|bog|bogen|book"
                      r"|roman|romanen|novel|novelle|novellen|stykke|stykket|teaterstykke\w*|game|computerspil"
                      r"|podcast\w*|dokumentar\w*|krimi|krimien|krimiserie\w*|tegneserie\w*)\b(?: \w+){0,2} (?:hvor|om|where|about|in which)\b")
_OWN_TOO = re.compile(r"\b(?:ogsa|too|as well|selv har|har selv|jeg har ogsa|like her|ligesom (?:hende|ham))\b")


def fiction_told(text: str) -> bool:
    """"en serie hvor hun skærer i sig selv": danger told of a story."""
    return _all_found(text, _FICTION, unless=(_INTENT_NOW, _OWN_TOO))


# Old or leftover medicine to hand in ("hvor afleverer man gamle piller? … en hel pose med gamle stesolid",
# "Where can I dispose of leftover pills from my late mother's cabinet?"): at most a concern, unless the
# writer says what they will do ("… jeg vil"). Eighteenth round: 16 messages in every set, all calm; the
# model had flagged two.
_DISPOSE = re.compile(r"\b(?:hvor|how|where|kan man|can i|hvordan)(?: \w+){0,4} (?:aflever\w*|dispose\w*|get rid of|smide\w*|smid|kassere\w*)\b"
                      r"|\bafleverer dem pa apoteket\b|\bafleveret (?:\w+ ){0,3}pa apoteket\b")
_MEDICINE = re.compile(r"\b(?:gamle|gammel|udlobet|udlobne|expired|old|leftover|overskydende|afdodes?|late)\b(?: \w+){0,4} "
                       r"(?:\w*piller\w*|pilleglas|medicin\w*|tabletter|\w*pills|medicine\w*)\b|\bmedicinrester\b"
                       r"|\b(?:piller|medicin)\w* (?:\w+ )?tilbage\b")


def medicine_disposed(text: str) -> bool:
    """"hvor afleverer man gamle piller": old medicine to hand in."""
    return _all_found(text, _DISPOSE, _MEDICINE, unless=(_INTENT_NOW,))


# The writer says there is no danger now ("Ingen akut fare vurderet ved besøg i dag", "Det er ikke akut, men
# …", "no one was hurt", "all fine"): a staff note or a worried letter that weighs it, at most a concern.
# Eighteenth round: 93 messages in every set, 57 calm and 36 concern, none danger.
_SAID_CALM = re.compile(r"\b(?:ingen akut\w*|ikke akut\w*|intet akut\w*|ingen fare|no danger|not in danger|ingen trussel|no threat|ingen reel\w*"
                        r"|ingen kom til skade|no one was hurt|nobody was hurt|ingen skader|er helt fine|all fine|everyone is fine)\b")


def said_to_be_calm(text: str) -> bool:
    """"Ingen akut fare", "ikke akut, men …": the writer says it is no danger now."""
    return _all_found(text, _SAID_CALM)


# A pet gone ("min hamster er væk, tror den er død under gulvet", "hans kat er stukket af fra altanen i nat"):
# grief or worry for an animal, at most a concern; "hvem skal have min hund når jeg er væk" is not this.
# Eighteenth round, after fresh19's read: 78 messages in every set, all calm.
_PET = r"(?:kat|katten|hund|hunden|hamster\w*|kanin\w*|marsvin\w*|undulat\w*|papegoj\w*|cat|dog|puppy|kitten|fugl\w*|skildpadde\w*)"
_GAP = r"(?: (?!(?:jeg|nar|when|if|hvis|i|me|du|han|hun|vi|we)\b)\w+){0,2}"
_PET_GONE = re.compile(r"\b" + _PET + r"\b" + _GAP + r" (?:er|var|is|has|har|was)(?: \w+)? (?:vak|forsvundet|stukket af|missing|gone|run away|ran away|lost)\b"
                       r"|\b" + _PET + r"\b" + _GAP + r" (?:stak af|slap ud|lob vak|ran away|got out|escaped|forsvandt|disappeared)\b")


def pet_gone(text: str) -> bool:
    """"min kat er stukket af": a pet gone, not a person."""
    return _all_found(text, _PET_GONE)


# A wish to die, with the way known ("jeg vil bare forsvinde … og jeg ved hvordan", "har tænkt på at tage
# mit liv, har en plan"): suicide-prevention guidance names a plan as the sign that makes it acute.
# Seventeenth round.
_OWN_DEATH_WISH = re.compile(
    r"\b(?:vil|will|want to|wanna|skal) (?:bare |just |helst )?(?:do|doe|die|forsvinde|disappear|ende det|end it|ikke leve)\b"
    r"|\bikk?e? (?:leve|live) (?:mere?|lange?re)\b|\btage (?:mit|sit) (?:eget )?liv\b|\bkill (?:myself|himself|herself)\b"
    r"|\bbetter off without me\b|\bsla mig selv ihjel\b|\bslaa mig selv ihjel\b")
_WAY_KNOWN = re.compile(
    r"\b(?:jeg ved (?:godt |praecis |precis |allerede )?(?:hvordan(?! man\b| du\b| i\b| vi\b)|hvor jeg skal hen)"
    r"|i know (?:exactly )?how(?! to apply| you\b)|(?<!ikke )(?<!ingen )har en plan"
    r"|(?<!dont )(?<!don't )(?<!not )(?<!no )(?:have|has) a plan)\b")


def wish_with_a_way(text: str) -> bool:
    """"vil bare forsvinde … og jeg ved hvordan": a wish to die and the way to do it known."""
    return _all_found(text, _OWN_DEATH_WISH, _WAY_KNOWN)


# A child who tells of sexual abuse and goes home to, or is fetched by, the abuser today ("det er ham,
# der henter hende i dag efter skole kl. 14"): child-protection guidance calls it acute. Seventeenth round.
_ABUSE_TOLD = re.compile(
    r"\b(?:(?:haft|har) sex med|rorer ved|roerer ved|rort ved|roert ved|krank\w*|kraenk\w*|overgreb\w*|voldtag\w*"
    r"|gor de ting|goer de ting|touches (?:me|her|him))\b")
_FETCHED_TODAY = re.compile(
    r"\b(?:henter (?:hende|ham|barnet|pigen|drengen|mig)\b(?: \w+){0,4} (?:i dag|i aften|kl \d+|om \d+ min\w*)"
    r"|skal hjem (?:til \w+ )?(?:i dag|i aften)|picks? (?:her|him|me) up (?:today|tonight|at)"
    r"|kommer igen (?:i aften|i nat))\b")


def abuser_fetches_today(text: str) -> bool:
    """"hendes onkel … har haft sex med hende … det er ham, der henter hende i dag": a child told of
    abuse, going back to it today."""
    return _all_found(text, _ABUSE_TOLD, _FETCHED_TODAY)


# What a poison line, a doctor or a pharmacy has already called harmless ("jeg ringede til Giftlinjen, og de
# sagde at det var ufarligt", "giftlinjen said it's fine but im paranoid"): the writer asks after the danger
# was weighed by someone who could weigh it.
_TOLD_HARMLESS = re.compile(
    r"\b(?:giftlinj\w*|giftlinien\w*|poison (?:control|line|centre|center)|lagen|lagevagten|vagtlagen|1813|apoteke\w*"
    r"|sundhedsplejersken)(?: \w+){0,5} (?:sagde|siger|sagt|said|says|told (?:me|us))(?: [\w']+){0,5}"
    r" (?:ufarlig\w*|harmless|fine|ok|okay|ikke (?:\w+ )?farlig\w*|not dangerous|nothing to worry)\b")


def told_harmless(text: str) -> bool:
    """"Giftlinjen sagde at det var ufarligt": the danger was weighed by someone who could weigh it."""
    return _all_found(text, _TOLD_HARMLESS)


# Keys lost ("mor har tabt sine nøgler og koden til nøgleboksen virker ikke", "har mistet nøglerne og kan ikke
# komme ind"): a door that will not open, not a danger, unless no one answers behind it.
_KEYS_LOST = re.compile(r"\b(?:tabt|mistet|glemt|lost|forlagt|kan ikke finde)(?: \w+){0,2}"
                        r" (?:nogler|noglerne|noglen|keys|noglebrik\w*)\b")
_NO_ANSWER = re.compile(r"\b(?:svarer|reagerer|abner|answering|responding) (?:\w+ )?(?:ikke|not)\b|\bligger\b|\bfaldet\b"
                        r"|\bbevidstlos\w*|\bunconscious\b|\blugt\w*|\bsmell\w*")


def keys_lost(text: str) -> bool:
    """"Har tabt nøglerne og kan ikke komme ind": a door that will not open, with an answer behind it."""
    return _all_found(text, _KEYS_LOST, unless=(_NO_ANSWER,))


# The writer, or the one asked, says there is no plan or no intent ("ingen plan, afviste at han vil gøre noget",
# "har ik en plan eller noget, bare tom", "ik fordi jeg vil gøre noget, spørger bare", "no plan, I just feel
# empty"): thoughts of death without a plan are the concern the issue names, not danger now. Not when the
# denial is taken back ("I told the doctor I had no plans. That was a lie") or is about something else
# ("ingen anden plan", "ingen planer om at ringe til nogen").
_NO_PLAN = re.compile(
    r"\b(?:ingen|no|uden|without) (?:konkret\w* |concrete |specific |real )?(?:plan|plans|planer)\b(?! (?:om|for|til|to) )"
    r"|\bhar (?:ik|ikke|ikk|not|no) (?:\w+ )?(?:en|nogen|nogle|any) (?:konkret\w* )?(?:plan|planer|plans)\b"
    r"|\bikke (?:nogen|en) (?:konkret\w* )?(?:plan|planer)\b"
    r"|\b(?:ik|ikke|ikk) fordi jeg vil gore noget\b|\bjeg gor ikke noget ved det\b"
    r"|\b(?:im|i'm|i am) not going to do (?:anything|it)\b|\bhar ikke (?:taenkt|tankt) mig at gore noget\b"
    r"|\bwon'?t do anything\b|\bafviste at (?:han|hun) vil gore noget\b")
_TAKEN_BACK = re.compile(r"\b(?:that was a lie|was lying|det var (?:en )?logn|jeg loj|loj for)\b|\banden plan\b")


def no_plan_said(text: str) -> bool:
    """"Tænker på ikke at vågne, men ingen plan": thoughts of death without a plan or intent."""
    return _all_found(text, _NO_PLAN, unless=(_TAKEN_BACK,))


# The harm has stopped, said outright ("det er ikke sket igen", "he is calm now", "i'm safe at a friend's place",
# "han er i sikkerhed nu"): a worry about what was, the concern the issue names, unless a rule that decides
# alone sees danger now. Nineteenth round: 16 concern and 2 calm messages in every set, no danger ("jeg tror
# ikke faderen er i sikkerhed" is not said: the words must say the harm stopped).
_HARM_STOPPED = re.compile(
    r"\b(?:ikke sket (?:igen|siden|for nylig)|not happened (?:again|since)|hasn'?t happened (?:again|since)"
    r"|(?:he|she)(?: is|'?s) (?:calm|ok|okay|fine|safe) now|(?:han|hun) er (?:rolig|ok|okay|i sikkerhed) nu"
    r"|i'?m safe (?:now|at))\b")


def harm_stopped(text: str) -> bool:
    """"Han har sagt undskyld og det er ikke sket igen": the harm said to have stopped."""
    return _all_found(text, _HARM_STOPPED)


# Someone released today or soon who has said he will come to the writer ("Han blir løsladt idag og har sagt
# til min bror at jeg er den første han besøger", "bliver løsladt i morgen og har skrevet at han kommer forbi"):
# a threat with its day. Nineteenth round: five danger messages in every set and nothing else.
_RELEASED_SOON = re.compile(r"\b(?:losladt|loesladt|kommer ud|released|gets out|lukket ud)\b(?: \w+){0,3}"
                            r" (?:i dag|idag|i morgen|imorgen|today|tomorrow|pa (?:man|tirs|ons|tors|fre|lor|son)dag)\b")
_COMES_TO_ME = re.compile(r"\b(?:han|hun|he|she) (?:\w+ ){0,2}(?:besoger|kommer (?:\w+ )?(?:forbi|hjem til mig|efter mig|direkte hjem)"
                          r"|finder mig|visits me|is coming (?:for|after) me|will come (?:for|after) me)\b"
                          r"|\bden forste (?:han|hun) (?:besoger|opsoger)\b")


# ... and said as a threat or a fear (a brother who is released and comes home to his sister is no danger)
_THREAT_OR_FEAR = re.compile(r"\b(?:bange|tor ikke|afraid|scared|truet|truer|trussel\w*|threat\w*|volds ?alarm\w*|voldelig\w*"
                             r"|gor det (?:af med|fardigt)|ihjel|kill\w*|krisecenter\w*|tilhold\w*|restraining)\b")


def released_and_coming(text: str) -> bool:
    """"Bliver løsladt i morgen og har skrevet at han kommer forbi og gør det af med mig": a threat with its day."""
    return _all_found(text, _RELEASED_SOON, _COMES_TO_ME, _THREAT_OR_FEAR)


# A question about the right dose ("what's the max paracetamol per day for an adult?", "skal han tage 1 eller 2
# om aftenen, der står 1 på æsken", "is it okay to take 6 if I still can't sleep?", "skal hun tage dem nu eller
# springe over?"): ordinary medicine, unless the question is how many it takes to be enough, not to wake, or
# the pills are already taken ("hvor mange panodil skal man tage før det er nok"). Nineteenth round: 18 calm
# messages in every set; the 5 danger ones all say what the dose is for.
_DOSE_QUESTION = re.compile(
    r"\bhvor (?:mange|meget) (?:\w+ )?(?:ma|kan|skal|bor) (?:jeg|man|han|hun|vi|de) (?:\w+ )?tage\b"
    r"|\bmax\w* (?:\w+ )?(?:dosis|dose|per day|pr dag|om dagen)\b|\bis it (?:ok|okay|safe|fine) to take\b"
    r"|\bhow (?:many|much) (?:\w+ )?(?:can|should|may) (?:i|he|she|you) take\b"
    r"|\b(?:skal|ma|kan) (?:jeg |han |hun )?tage (?:\w+ )?(?:1|en|et|2|to) eller (?:2|to|3|tre)\b"
    r"|\bskal (?:hun|han|jeg) tage dem nu\b|\bregne (?:\w+ )?dosis\w*\b")
_DOSE_FOR_DEATH = re.compile(r"\b(?:nok|for altid|forever|vagne|vaagne|wake|do|dor|doer|die|dead|dodelig\w*|lethal|ihjel"
                             r"|overdos\w*|(?:har )?taget (?:[5-9]|\d\d+)|took (?:[5-9]|\d\d+)|har slugt|swallowed)\b")


def dose_question(text: str) -> bool:
    """"Hvad er max paracetamol per dag?": a question about the right dose, not about enough."""
    return _all_found(text, _DOSE_QUESTION, unless=(_DOSE_FOR_DEATH,))


# A fault in the home ("elevatoren har været i stykker i tre uger", "varmen er gået og udlejer svarer ikke",
# "vandrør sprunget i køkkenet"): a practical trouble however urgent it reads, at most a concern, unless
# someone lies fallen or does not answer. Nineteenth round: 13 calm messages in every set, none danger.
_HOME_FAULT = re.compile(r"\b(?:elevator\w*|lift\w*|varmen|varmtvand\w*|radiator\w*|fyret|vandror\w*|toilet\w*|heating|boiler)\b"
                         r"(?: (?!han\b|hun\b|he\b|she\b|jeg\b|de\b)\w+){0,4} (?:i stykker|ude af drift|virker ikke|broken|out of order|defekt|gat"
                         r"|sprunget|stoppet)\b")


def home_fault(text: str) -> bool:
    """"Elevatoren har været i stykker i tre uger": a fault in the home, with an answer behind the door."""
    return _all_found(text, _HOME_FAULT, unless=(_NO_ANSWER,))


# Tools, weapons and chemicals to hand in, dispose of or lock away ("Må vi aflevere knivene i metalcontaineren?",
# "dunke med sprøjtegift … hvem henter den slags", "en dunk myresyre … skal hentes eller låses inde", "bg vil
# aflevere en kniv han har fundet i sandkassen"): the thing leaves, at most a concern, unless there is a
# threat, a plan or a refusal ("vil ikke aflevere den", "den er til ham selv"). Nineteenth round: 43 calm
# messages in every set; the five danger ones each carry a threat, a refusal or 112. (Poison as a compound,
# "sprøjtegift", "rottegift": a bare "gift" is also "married".)
_TO_DISPOSE = re.compile(r"\b(?:aflever\w*|genbrug\w*|hentes|henter den slags|lases inde|lase \w+ inde|smide \w+ ud|smides ud"
                         r"|bortskaf\w*|destruer\w*|dispose\w*|hand in|handed in|udleveret mod)\b")
_TOOL_OR_POISON = re.compile(r"\b(?:kniv\w*|knive|sabl\w*|reb|motorsav|\w{3,}gift\w*|\w*syre|dunke?|vaben|gevar\w*|bosse\w*|patron\w*"
                             r"|hammer|okse|okser|vinkelsliber|vaerktoj|varktoj)\b")
_KEPT_FOR_HARM = re.compile(r"\b(?:ikke (?:vil )?aflevere|vil ikke aflevere|til (?:mig|ham|hende) selv|truer|truet|threat\w*|112"
                            r"|plan for|last inde)\b")


def things_to_dispose(text: str) -> bool:
    """"Hvem henter gamle dunke med sprøjtegift?": a tool, a weapon or a poison that leaves."""
    return _all_found(text, _TO_DISPOSE, _TOOL_OR_POISON, unless=(_KEPT_FOR_HARM,))


# One's own last day named, with nothing after it that it is the last day of ("søndag bliver min sidste dag, og
# jeg har allerede lagt reservenøglen …", "I have decided that Friday is my last day and I already have what I
# need"): a goodbye with its date. Not the last day at work, in Denmark or of a course ("min sidste dag på
# lageret", "my last day in Copenhagen"). Nineteenth round: three danger messages in every set, nothing else.
_MY_LAST_DAY = re.compile(r"\b(?:is|er|bliver|blir|will be) (?:my|min) (?:very )?(?:last|sidste) (?:day|dag)\b"
                          r"(?! (?:pa|at|i|in|hos|on|som|as|for|med|with|of|af|here|her|there|der)\b)")


# ... nor the last day before something new ("… så starter jeg i nyt job", "afskedsreception på fredag")
_SOMETHING_NEW = re.compile(r"\b(?:nyt job|new job|ny stilling|new position|starter (?:pa|i|hos)|starting (?:at|in)|opsagt|fratrad\w*"
                            r"|afsked\w*|farewell|leaving (?:the|my) (?:company|job)|moving|flytter|ferie\w*|holiday|vacation"
                            r"|pension\w*|retire\w*)\b")


def my_last_day(text: str) -> bool:
    """"Søndag bliver min sidste dag": one's own last day, not the last day of something."""
    return _all_found(text, _MY_LAST_DAY, unless=(_SOMETHING_NEW,))


# One's own door left unlocked for whoever comes ("døren bliver ikke låst i nat", "døren er ikke låst, så I skal
# ikke ringe efter låsesmeden", "left the door unlocked for whoever comes"): so that one is found. Not a door left
# open once (a cat ran out), nor a stairwell that is not locked at night. Nineteenth round: five danger messages
# in every set, nothing else.
_DOOR_LEFT_OPEN = re.compile(r"\bdoren (?:er|bliver|vil vare|star) (?:ikke last|ulast|aben|abent)\b|\bleft the door (?:unlocked|open)\b"
                             r"|\b(?:skal|vil|will) (?:\w+ )?(?:lade|leave) (?:doren|the door) (?:sta )?(?:aben|abent|ulast|unlocked|open)\b")
_FOR_WHOEVER_COMES = re.compile(r"\b(?:i nat|i aften|tonight|whoever|whover|hvem der end|sa i (?:skal|kan|ikke)|reservenoglen)\b")


def door_left_open(text: str) -> bool:
    """"Døren bliver ikke låst i nat": one's own door left open so that one is found."""
    return _all_found(text, _DOOR_LEFT_OPEN, _FOR_WHOEVER_COMES)


# A bruise or a break on a baby that no one can explain ("baby 4 mdr har blåt mærke på kinden, forældre har
# ingen forklaring", "spædbarn 7 uger … far kan ikke forklare det"): child-protection guidance names bruises on
# a baby who cannot yet move as a sign of abuse that cannot wait. Nineteenth round: 6 danger messages in every
# set and nothing else (a mother's bruise with a baby at home, no explanation asked, is not this).
_INFANT = re.compile(r"\b(?:baby\w*|spadbarn\w*|spabarn\w*|nyfodt\w*|newborn|infant|\d+ (?:uger|mdr|maneder|weeks|months)(?: gammel\w*"
                     r"| old)?)\b")
_BRUISED = re.compile(r"\b(?:bla\w* marke\w*|bruis\w*|brud|brakket|broken|knoglebrud|hav(?:et|else))\b")
_UNEXPLAINED = re.compile(r"\b(?:ingen forklaring|kan ikke forklare|ikke kan forklare|kan ikke forklares|no explanation|can'?t explain|unexplained"
                          r"|uforklarlig\w*)\b")


def infant_bruised(text: str) -> bool:
    """"Baby 4 mdr har blåt mærke på kinden, forældre har ingen forklaring": a baby's bruise no one explains."""
    return _all_found(text, _INFANT, _BRUISED, _UNEXPLAINED)


# Pills bought at several pharmacies or shops ("har købt paracetamol på flere apoteker i dag", "bought enough
# paracetamol from three different pharmacies so nobody would notice"): the pack limit got round, a means
# gathered. Nineteenth round, after fresh20's read: two danger messages in every set, nothing else.
_PHARMACY_ROUND = re.compile(r"\b(?:fra|from|pa|at|in) (?:\w+ ){0,2}(?:forskellige|flere|tre|to|fire|different|several|multiple|three"
                             r"|two|four) (?:apoteker|pharmacies|butikker|shops|stores|supermarkeder|supermarkets)\b")
_PILLS_NAMED = re.compile(r"\b(?:\w*piller|tabletter|pills|tablets|paracetamol|panodil|pamol|pinex|ipren|ibuprofen|treo|kodimagnyl)\b")


def pills_from_several_shops(text: str) -> bool:
    """"Har købt paracetamol på flere apoteker i dag": a means gathered round the pack limit."""
    return _all_found(text, _PHARMACY_ROUND, _PILLS_NAMED)
