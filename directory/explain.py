"""Plain-language sentences: why this door, how to get in touch, what to ask next.

Short sentences in the "du" form, warm and plain, in Danish or English. The wording
lives in the text catalogue (directory/texts.yaml); this module decides which sentence
fits and fills in the person's own words.

A door's `why` is two things: what the person wrote, said back in their own words
("Du skriver, at din mand drikker, og at børnene ser det."), and what the door does for
exactly that ("Det hjælper netop familie og venner, når en, du holder af, drikker …").
Relation words are said back as the person wrote them ("hendes stedfar"), and neutrally
when it is not certain whose relative it is; needs are never named by a taxonomy code or
label.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from danish_text.fold import tokens
from danish_text.redact import has_placeholder, redact
from danish_text.spot import Matcher, relation_word, spot
from directory.models import Service
from directory.route_types import NluResult, Route
from directory.taxonomy import Taxonomy
from directory.texts import entry, has, say


def topic_label(taxonomy: Taxonomy, code: str, lang: str) -> str:
    """A topic's label without its parenthesis: "Misbrug (alkohol, …)" → "Misbrug" (for buttons)."""
    return re.sub(r"\s*\(.*?\)", "", taxonomy.label("topics", code, lang))


def topic_words(code: str, lang: str) -> str:
    """A need in plain words for a sentence ("alkohol, stoffer eller piller"), never its label."""
    return say(f"topics.{code}", lang) if has(f"topics.{code}") else say("why.about_default", lang)


def how_to_contact(service: Service, lang: str = "da", entrance: Service | None = None) -> str:
    """How to reach the door; without a sourced contact, ask the general entrance for it (with
    the entrance's phone as the directory holds it, when it is given)."""
    parts = []
    if service.phone:
        parts.append(say("contact.call", lang, phone=service.phone))
    if service.email:
        parts.append(say("contact.write", lang, email=service.email))
    if service.url:
        parts.append(service.url)
    if service.address:
        parts.append(service.address)
    if parts:
        return ". ".join(parts) + "."
    line = (say("contact.general_entrance", lang, phone=entrance.phone) if entrance is not None and entrance.phone
            else say("contact.general_entrance_unknown", lang))
    return say("contact.ask_for", lang, entrance=line, name=service.name)


# --- the person's own words ------------------------------------------------------------

# "får" (gets) folds to "far" (father): the verb keeps its own key when it is spelled out.
_FAAR = "får"


@dataclass(frozen=True)
class _Word:
    text: str                 # as written
    toks: tuple[str, ...]     # folded tokens (danish_text.fold.tokens)

    @property
    def key(self) -> str:
        return _FAAR if self.text.lower() in ("får", "faar") else "".join(self.toks)


_SENTENCE = re.compile(r"[^.!?;:\n]+[.!?;:\n]*")
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_POSSESSIVES_FIRST = {"min", "mit", "mine", "my"}
_POSSESSIVES_OURS = {"vores", "vor", "our"}
_POSSESSIVES_THIRD = {"hans": ("hans", "his"), "hendes": ("hendes", "her"), "deres": ("deres", "their"),
                      "his": ("hans", "his"), "her": ("hendes", "her"), "their": ("deres", "their")}
_POSSESSIVES = (_POSSESSIVES_FIRST | _POSSESSIVES_OURS | set(_POSSESSIVES_THIRD)
                | {"din", "dit", "dine", "jeres", "sin", "sit", "sine", "your"})
_DANISH_POSSESSIVE = {"c": "din", "n": "dit", "pl": "dine"}
_SUBJECTS = {"da": {"jeg", "jg", "du", "han", "hun", "vi", "de", "den", "det", "der", "man"},
             "en": {"i", "im", "ive", "id", "we", "he", "she", "they", "it", "you", "there"}}
_CONJUNCTIONS = {"og", "men", "and", "but"}
# Relatives named without "min": "mor drikker", "far døde".
_NAME_LIKE = {"mor", "far", "mormor", "morfar", "farmor", "farfar", "mom", "mum", "dad"}
_WH = {"da": {"hvordan", "hvad", "hvor", "hvem", "hvorfor", "hvornar", "hvilken", "hvilket", "hvilke"},
       "en": {"how", "what", "where", "who", "why", "when", "which"}}
# Verbs that open a yes/no question when a subject follows ("kan jeg …", "er der …").
_AUX = {"da": {"kan", "er", "har", "ma", "skal", "vil", "findes", "gives", "bor", "gar", "tor", "burde",
               "bliver", "hjalper", "kender", "ved", _FAAR},
        "en": {"can", "could", "should", "would", "will", "do", "is", "are", "am", "have", "has", "may",
               "must", "shall"}}
# Of those, the ones that mostly open a question ("kan udsatte få …?").
_QUESTION_VERBS = {"da": {"kan", "er", "har", "ma", "skal", "vil", "findes", "gives", "tor", "burde", "bliver", _FAAR},
                   "en": _AUX["en"]}
# A message that opens with one of these has left out "jeg": "har ikke råd til tandlæge".
_OPENING_VERBS = {"da": {"har", "er", "vil", "kan", "skal", "bor", "ryger", "drikker", "tager", "sover",
                         "mangler", "bliver", "foler", "savner", "tranger", "sidder", "lever", "onsker",
                         "soger", "leder", "skylder", "orker", "hader", "ved", "tror", "tanker", _FAAR},
                  "en": {"need", "want", "have", "live", "sleep", "drink", "smoke", "feel", "cant", "cannot"}}
# Adverbs that go before the verb in a subordinate clause: "at du ikke kan sove".
_ADVERBS = {"ikke", "aldrig", "altid", "ogsa", "bare", "stadig", "snart", "gerne", "ofte", "tit", "nok",
            "virkelig", "allerede", "faktisk", "kun", "heller", "hellere", "slet", "lige", "egentlig",
            "desvarre", "selv"}
# After a verb that can also open a question ("kan", "har"), "jeg" is left out only when one
# of these follows: "har ikke råd", "har brug for", not "kan udsatte få …".
_AFTER_LEFT_OUT_SUBJECT = _ADVERBS | {"brug", "det", "ondt", "lyst", "svart", "ingen", "intet", "mistet", "faet"}
# Danish past tense verbs that do not end in -ede: "min mor døde", "min far var voldelig".
_PAST = {"dode", "slog", "var", "blev", "fik", "gik", "sagde", "drak", "tog", "kom", "havde", "ville",
         "kunne", "skulle", "matte", "fandt", "sad", "lod", "stjal", "sov", "gav", "la", "sa"}
# Object pronouns between a verb and its adverb: "føler mig ikke" → "ikke føler dig".
_OBJECTS = {"mig", "dig", "sig", "os", "jer", "ham", "hende", "dem"}
# First person said back as second person.
_SWAP = {"da": {"jeg": "du", "jg": "du", "mig": "dig", "min": "din", "mit": "dit", "mine": "dine",
                "vi": "I", "os": "jer", "vores": "jeres", "vor": "jeres"},
         "en": {"i": "you", "im": "you're", "me": "you", "my": "your", "mine": "yours", "myself": "yourself",
                "we": "you", "us": "you", "our": "your", "ours": "yours", "ourselves": "yourselves",
                "am": "are"}}
_SWAP_APOSTROPHE = {"ive": "you've", "id": "you'd", "ill": "you'll"}
# Words that only one of the two languages uses, to tell which one a message is in.
_ONLY = {"en": {"i'm", "im", "my", "the", "is", "are", "and", "to", "you", "your", "me", "we", "our", "he",
                "she", "they", "it", "have", "has", "was", "of", "with", "can", "do", "dont", "not", "no",
                "am", "a", "an", "need", "want", "how", "what", "where", "who", "why", "when", "this",
                "that", "get", "in", "on", "be", "been", "would", "like", "some", "just", "out"},
         "da": {"jeg", "og", "er", "har", "min", "mit", "mine", "det", "en", "et", "at", "til", "pa", "ikke",
                "med", "om", "af", "som", "der", "vi", "hun", "han", "kan", "vil", "skal", "hvordan", "hvad",
                "hvor", "hvem", "mig", "os", "vores", "sig", "sin", "hjalp", "ingen", "meget", "efter"}}
MAX_CLAUSE_WORDS = 16
MAX_HEARD_WORDS = 26


def _words(text: str) -> list[_Word]:
    found = [_Word(w, tuple(tokens(w))) for w in _WORD.findall(text)]
    return [w for w in found if w.toks]


def _segments(text: str) -> list[list[_Word]]:
    """The message cut at sentence ends and commas."""
    return [words for sentence in _SENTENCE.findall(text) for part in sentence.split(",")
            if (words := _words(part))]


def _language(words: list[_Word]) -> str:
    keys = [w.text.lower() for w in words] + [w.key for w in words]
    english = sum(k in _ONLY["en"] for k in keys)
    return "en" if english > sum(k in _ONLY["da"] for k in keys) else "da"


def _subject_len(keys: list[str], i: int, lang: str) -> int:
    """How many words the subject starting at `i` has: "jeg", "min søn", "min lille datter",
    "min søn på 16"; 0 when no subject starts there."""
    if i >= len(keys):
        return 0
    if keys[i] in _SUBJECTS[lang]:
        n = 1
    elif keys[i] in _POSSESSIVES and i + 1 < len(keys):
        n = 3 if (i + 2 < len(keys) and not relation_word(keys[i + 1]) and relation_word(keys[i + 2])) else 2
    elif relation_word(keys[i]) and (keys[i] in _NAME_LIKE or keys[i].endswith(("en", "et", "ne"))):
        n = 1                                                     # "mor drikker", "børnene ser det", not "dreng 5"
    elif keys[i] == "the" and i + 1 < len(keys) and relation_word(keys[i + 1]):
        n = 2                                                     # "and the kids see it"
    else:
        return 0
    if i + n + 1 < len(keys) and keys[i + n] in ("pa", "of") and keys[i + n + 1].isdigit():
        n += 2
    return n


def _split(words: list[_Word], lang: str) -> list[list[_Word]]:
    """A segment cut at "og"/"and" where a new subject follows: "min mand drikker | og børnene
    ser det"; "… drikker og lyver om det" stays one clause."""
    if len(words) > 1 and words[0].key in _CONJUNCTIONS:
        words = words[1:]                                         # ", og vores mor har …"
    keys = [w.key for w in words]
    out, start = [], 0
    for i in range(1, len(words) - 1):
        s = _subject_len(keys, i + 1, lang) if keys[i] in _CONJUNCTIONS and i > start else 0
        # a new clause has a verb after its subject: not "… my money and my phone"
        if s and i + 1 + s < len(keys) and (lang != "da" or keys[i + 1] in _SUBJECTS["da"]
                                            or _verb_like(keys, i + 1 + s)):
            out.append(words[start:i])
            start = i + 1
    out.append(words[start:])
    return [c for c in out if c]


def _reorder_adverbs(pairs: list[list[str]], start: int) -> list[list[str]]:
    """Danish subordinate word order: "at du kan ikke sove" → "at du ikke kan sove"."""
    def before_verb(pairs: list[list[str]], verb: int) -> list[list[str]]:
        keys = [k for k, _ in pairs]
        at = verb + 1 + (verb + 2 < len(keys) and keys[verb + 1] in _OBJECTS and keys[verb + 2] != "selv")
        n = 0
        while n < 2 and at + n < len(keys) and keys[at + n] in _ADVERBS:
            n += 1                                                # "kan ikke selv" → "ikke selv kan"
        if n:
            return pairs[:verb] + pairs[at:at + n] + pairs[verb:at] + pairs[at + n:]
        return pairs

    s = _subject_len([k for k, _ in pairs], start, "da")
    if s:
        pairs = before_verb(pairs, start + s)
    # a second verb after "og" with the same subject: "og tør ikke handle" → "og ikke tør handle"
    for k in range(start + 2, len(pairs) - 1):
        if pairs[k - 1][0] in ("og", "men") and not _subject_len([p[0] for p in pairs], k, "da"):
            pairs = before_verb(pairs, k)
    return pairs


def _verb_like(keys: list[str], at: int) -> bool:
    """Does a finite verb follow the subject ("min mor drikker", "min far døde")? Skips "med
    autisme" in "min datter med autisme skal …"."""
    if at + 1 < len(keys) and keys[at] in ("med", "uden"):
        at += 2
    if at >= len(keys):
        return False
    key = keys[at]
    return key in _AUX["da"] or key in _PAST or key.endswith(("r", "ede"))


def _clause(words: list[_Word], opening: bool, lang: str) -> tuple[str, str] | None:
    """A clause said back in the second person: ("said", "din mand drikker") or ("asked",
    "om du kan få hjælp"); None when it is neither a plain statement nor a question."""
    keys = [w.key for w in words]
    pairs = [[w.key, w.text] for w in words]
    whether = ["", say("why.whether", lang)]
    kind, start = "said", 0
    if keys[0] in _WH[lang] and len(keys) > 1:
        kind, start = "asked", 1
        s = _subject_len(keys, 2, lang)
        if _subject_len(keys, 1, lang):
            pass                                                  # "hvordan jeg …": already indirect
        elif s and lang == "en" and keys[1] == "do":
            pairs = [pairs[0]] + pairs[2:]                        # "how do i get" → "how you get"
        elif s and (lang == "da" or keys[1] in _AUX["en"]):
            pairs = [pairs[0]] + pairs[2:2 + s] + [pairs[1]] + pairs[2 + s:]
        elif keys[0] in ("hvem", "who") and (keys[1] in _AUX[lang] or (lang == "da" and keys[1].endswith("er"))):
            if lang == "da":
                pairs = [pairs[0], ["der", "der"]] + pairs[1:]    # "hvem kan hjælpe" → "hvem der kan hjælpe"
        else:
            return None
    elif keys[0] in _AUX[lang] and lang == "da" and len(keys) > 2 and keys[1] == "i":
        kind, start = "asked", 1                                  # "kan i hjælpe mig" → "om I kan hjælpe dig"
        pairs = [whether, ["de", "I"], pairs[0]] + pairs[2:]
    elif keys[0] in _AUX[lang] and (s := _subject_len(keys, 1, lang)):
        kind, start = "asked", 1
        verb = [] if lang == "en" and keys[0] == "do" else [pairs[0]]
        pairs = [whether] + pairs[1:1 + s] + verb + pairs[1 + s:]
    elif (s := _subject_len(keys, 0, lang)):
        if lang == "da" and keys[0] not in _SUBJECTS["da"] and not _verb_like(keys, s):
            return None                                           # "mor bekymret for søn 16": a note, no verb
    elif opening and keys[0] in _OPENING_VERBS[lang] and (
            keys[0] not in _QUESTION_VERBS[lang] or (len(keys) > 1 and keys[1] in _AFTER_LEFT_OUT_SUBJECT)):
        pairs = [["jeg" if lang == "da" else "i", say("why.you", lang)]] + pairs
    else:
        return None
    if lang == "da":
        pairs = pairs[:start] + _reorder_adverbs(pairs[start:], 0)
    out: list[str] = []
    for i, (key, text) in enumerate(pairs):
        swapped = _SWAP[lang].get(key)
        if lang == "en" and key in _SWAP_APOSTROPHE and ("'" in text or "’" in text):
            swapped = _SWAP_APOSTROPHE[key]
        if lang == "en" and key == "was" and out and out[-1] == "you":
            swapped = "were"
        if swapped is None and i == 0 and text[:1].isupper() and text[1:].islower() and (
                key in _WH[lang] or key in _AUX[lang] or key in _POSSESSIVES or key in _SUBJECTS[lang]
                or relation_word(key) or key in _OPENING_VERBS[lang]):
            swapped = text.lower()
        out.append(swapped or text)
    if len(out) > MAX_CLAUSE_WORDS:
        return None
    return kind, " ".join(out)


def _anchored(words: list[_Word], tiers: list[list[tuple[str, ...]]]) -> int | None:
    """How central the clause is: 0 when it holds a word of the main need, 1 of another need
    of the message, 2 of a need spotted only by the rules, 3 a relation word; None otherwise."""
    toks = [t for w in words for t in w.toks]
    for rank, hits in enumerate(tiers):
        if any(any(tuple(toks[i:i + len(hit)]) == hit for i in range(len(toks) - len(hit) + 1)) for hit in hits):
            return rank
    return len(tiers) if any(relation_word(w.key) for w in words) else None


def _surface(words: list[_Word], hit: tuple[str, ...]) -> tuple[str, int] | None:
    """A spotted need word (folded) as the person wrote it, and where it stands."""
    flat = [(t, i) for i, w in enumerate(words) for t in w.toks]
    for at in range(len(flat) - len(hit) + 1):
        if tuple(t for t, _ in flat[at:at + len(hit)]) == hit:
            first, last = flat[at][1], flat[at + len(hit) - 1][1]
            return " ".join(w.text for w in words[first:last + 1]).lower(), first
    return None


def _quotable(words: list[_Word], hits: list[tuple[str, ...]]) -> list[str]:
    """The need words to quote, as written: the first two in the text, a word inside a
    longer phrase left out ("psykisk" in "psykisk vold")."""
    found = {s: at for hit in hits if (spotted := _surface(words, hit)) for s, at in [spotted]
             if not relation_word("".join(tokens(s)))}       # "stedfar" is the who, not the need
    keep = [s for s in found if not any(s != other and f" {s} " in f" {other} " for other in found)]
    return sorted(keep, key=lambda s: found[s])[:2]


def _who(words: list[_Word], relation: str | None, lang: str, text_lang: str) -> str | None:
    """The relative as the person named them, with their possessive turned to "din"/"your":
    "min stedfar" → "din stedfar", "hendes stedfar" → "hendes stedfar". Neutral ("en, du holder
    af") when no possessive says whose it is or the word has no safe translation."""
    if not relation:
        return None
    for i, word in enumerate(words):
        if relation_word(word.key) != relation:
            continue
        if i + 1 < len(words) and relation_word(words[i + 1].key):
            continue                                              # "min søns far" is not "din søn"
        owner = next((words[j].key for j in (i - 1, i - 2) if j >= 0 and words[j].key in _POSSESSIVES), None)
        if owner is None or owner not in (_POSSESSIVES_FIRST | _POSSESSIVES_OURS | set(_POSSESSIVES_THIRD)):
            continue
        known = entry(f"relations.{word.key}")
        if known:
            said, genus = known[lang], known.get("genus", "c")
        elif text_lang == lang:
            said, genus = word.text.lower(), "c"
        else:
            break
        if owner in _POSSESSIVES_THIRD:
            mine = _POSSESSIVES_THIRD[owner][0 if lang == "da" else 1]
        elif lang == "en":
            mine = "your"
        else:
            mine = "jeres" if owner in _POSSESSIVES_OURS else _DANISH_POSSESSIVE.get(genus, "din")
        return f"{mine} {said}"
    return say("why.someone_close", lang)


@lru_cache(maxsize=512)
def _heard(text: str, lang: str, relation: str | None, topics: tuple[str, ...], crisis: bool) -> str | None:
    if crisis or not text.strip():
        return None
    found = spot(text)
    ordered = [t for t in topics if t in found.topic_words] + [t for t in found.topic_words if t not in topics]
    hits = list(dict.fromkeys(tuple(hit.split()) for t in ordered for hit in found.topic_words[t]))

    def words_of(codes) -> list[tuple[str, ...]]:
        return [tuple(hit.split()) for t in codes for hit in found.topic_words.get(t, ())]

    tiers = [words_of(topics[:1]), words_of(topics[1:]), words_of(t for t in found.topic_words if t not in topics)]
    segments = _segments(text)
    every = [w for segment in segments for w in segment]
    text_lang = _language(every)
    # a text with something removed ([navn], [cpr] …) is not said back clause by clause
    if text_lang == lang and redact(text) == text and not has_placeholder(text):
        clauses = [(c, i == 0 and j == 0) for i, segment in enumerate(segments)
                   for j, c in enumerate(_split(segment, text_lang))]
        results = [(_clause(words, opening, text_lang), _anchored(words, tiers)) for words, opening in clauses]
        # the clauses with a need or a relation in them, the main need first; in a short
        # message that can be said back whole, every clause ("… og at det bliver værre")
        whole = len(clauses) <= 2 and all(r for r, _ in results)
        kept = [(rank if rank is not None else 9, at, r) for at, (r, rank) in enumerate(results)
                if r and (rank is not None or whole)]

        def best(kind: str, n: int) -> list[str]:
            chosen = sorted(k for k in kept if k[2][0] == kind)[:n]
            return [r[1] for _, _, r in sorted(chosen, key=lambda k: k[1])]

        said, asked = best("said", 2), best("asked", 1)
        if said:
            if len(said) > 1 and len((said[0] + " " + said[1]).split()) <= MAX_HEARD_WORDS:
                return say("why.heard_two", lang, first=said[0], second=said[1])
            return say("why.heard_one", lang, clause=said[0])
        if asked:
            return say("why.asked", lang, clause=asked[0])
    who = _who(every, relation, lang, text_lang)
    quoted = _quotable(every, hits)
    words = say("why.and", lang).join(say("why.quote", lang, word=w) for w in quoted)
    if who and quoted:
        return say("why.about_who_words", lang, who=who, words=words)
    if who:
        return say("why.about_who", lang, who=who)
    if quoted:
        return say("why.about_words", lang, words=words)
    return None


def heard(route: Route) -> str | None:
    """What the person wrote, said back in their own words; None in a crisis (the emergency
    answer has its own words) or when nothing can be said back safely."""
    return _heard(route.text or "", route.lang, route.relation, tuple(route.topics), route.crisis)


# --- why a door fits ---------------------------------------------------------------------

def _practical(service: Service, lang: str, anonymous: bool = True) -> str:
    """Ages, anonymity and referral, as the end of the sentence about the door."""
    said = ""
    low, high = service.min_age, service.max_age
    if low is not None and high is not None:
        said += say("why.ages_between", lang, low=low, high=high)
    elif low is not None:
        said += say("why.ages_from", lang, low=low)
    elif high is not None:
        said += say("why.ages_up_to", lang, high=high)
    if service.anonymous and anonymous:
        said += say("why.anonymous", lang)
    if service.requires_referral:
        said += say("why.referral", lang)
    return said


def fits(service: Service, route: Route, keyword_count: int = 0) -> str:
    """One sentence on what this door does for what the person wrote."""
    lang = route.lang
    if route.crisis and service.kind == "akut":
        # the chat says once that it sounds serious; each emergency door says what it is for
        described = (service.description_en if lang == "en" and service.description_en
                     else service.description) or ""
        if described.strip():
            # "Anonym rådgivning …, og du kan være anonym" says it twice
            return (described.strip().rstrip(".")
                    + _practical(service, lang, anonymous="anonym" not in described.lower()) + ".")
    if route.safety == "concern" and service.kind == "akut" and not route.crisis:
        return say("why.concern_line", lang) + _practical(service, lang) + "."
    if service.kind == "anden_forvaltning":
        return say("why.fit_anden_forvaltning", lang, name=service.name) + _practical(service, lang) + "."
    # the need the door shares with the message; a door found by its keywords alone is
    # not described by a need the person did not name
    topic = next((t for t in route.topics if t in service.topics), None)
    about = topic_words(topic or "", lang)
    if service.kind == "paaroerendetilbud":
        situation = say(f"close_to.{topic}" if has(f"close_to.{topic}") else "close_to.default", lang)
        sentence = say("why.fit_paaroerendetilbud", lang, situation=situation)
    elif route.audience == "volunteer" and service.kind == "frivillig":
        sentence = say("why.fit_volunteer", lang)
    elif topic is None and keyword_count and not service.topics:
        sentence = say("why.fit_general", lang)
    elif set(service.audiences) == {"professional"}:
        sentence = say("why.fit_professional", lang, about=about)
    else:
        key = f"why.fit_{service.kind}" if has(f"why.fit_{service.kind}") else "why.fit_tilbud"
        sentence = say(key, lang, about=about)
    return sentence + _practical(service, lang) + "."


def why(service: Service, route: Route, taxonomy: Taxonomy, keyword_count: int) -> str:
    """What the person wrote, in their words, and why this door fits it: one or two sentences."""
    said = heard(route)
    fit = fits(service, route, keyword_count)
    return f"{said} {fit}" if said else fit


# --- a warm word first ---------------------------------------------------------------------
# Folded word lists (danish_text.fold): a whole token, a prefix ("x*") or a phrase.
_GRIEF = Matcher(("sorg", "sorgen", "sorger over", "sorge over", "i sorg", "begravelse*", "bisattelse*",
                  "dodsfald*", "afdode", "enke", "enkemand", "gaet bort", "gik bort", "grief", "grieving",
                  "funeral*", "bereave*", "widow*", "passed away"))
# Death and loss words count only with a relative named ("min mor døde", "mistet min mand"),
# not "min telefon er død" or "mistet mit job", and never about the writer's own death.
_DEATH = ("dod", "dode", "doden", "died", "dead")
_LOSS = ("mistet", "miste", "mister", "lost", "lose", "losing")
_OWN_DEATH = Matcher(("vare dod", "er jeg dod", "hellere dod", "be dead", "was dead", "were dead", "am dead"))
_FEAR = Matcher(("bange", "frygter", "frygt", "skramt", "skrammer", "utryg", "utrygt", "tor ikke", "ikke tor",
                 "afraid", "scared", "frightened", "terrified", "fear", "fearful"))
_WAITING = Matcher(("ventet", "ventetid", "ventetiden", "venter stadig", "stadig venter", "i manedsvis",
                    "i ugevis", "i arevis", "i flere maneder", "i mange maneder", "ingen svar", "intet svar",
                    "ikke faet svar", "ikke faet noget svar", "ikke hort noget", "waited", "been waiting",
                    "still waiting", "for months", "no answer", "no reply", "no response", "heard nothing"))
_BETWEEN = {"til", "med", "for", "om", "af", "pa", "to", "with", "touch", "contact", "kontakten", "kontakt"}


def _grieves(toks: list[str], strong_only: bool) -> bool:
    if _GRIEF.says(toks):
        return True
    if strong_only or _OWN_DEATH.says(toks):
        return False
    relatives = [i for i, t in enumerate(toks) if relation_word(t)]
    if relatives and any(t in _DEATH for t in toks):
        return True
    for i, tok in enumerate(toks):
        if tok in _LOSS:
            for j in range(i + 1, min(i + 4, len(toks))):
                if toks[j] in _BETWEEN:
                    break
                if j in relatives:
                    return True
    return False


def feeling(text: str, strong_only: bool = False) -> str | None:
    """"grief", "fear" or "waiting" when the message says so; `strong_only` (when there is a
    risk) leaves out death words that could be about the writer's own life."""
    toks = tokens(text or "")
    if _grieves(toks, strong_only):
        return "grief"
    if _FEAR.says(toks):
        return "fear"
    if _WAITING.says(toks):
        return "waiting"
    return None


def acknowledgment(route: Route) -> str | None:
    """A short, warm sentence before the answer (grief, fear, a long wait); never on a crisis
    answer, which has its own."""
    if route.crisis:
        return None
    found = feeling(route.text, strong_only=route.safety is not None)
    return say(f"ack.{found}", route.lang) if found else None


# --- questions -----------------------------------------------------------------------------

def clarify_options(nlu: NluResult, taxonomy: Taxonomy) -> list[str]:
    """The two most likely topics from the classifier's ranking, as taxonomy codes."""
    options = []
    for entry_ in nlu.intent_ranking:
        name = entry_.get("name") or ""
        if name.startswith("topic_") and name[6:] in taxonomy.topics and entry_.get("confidence", 0) > 0.05:
            options.append(name[6:])
        if len(options) == 2:
            break
    return options


def clarifying_question(route: Route, taxonomy: Taxonomy) -> str:
    words = [topic_words(code, route.lang) for code in route.clarify_options]
    if len(words) >= 2:
        return say("clarify.two", route.lang, first=words[0], second=words[1])
    if words:
        return say("clarify.one", route.lang, first=words[0])
    return say("clarify.open", route.lang)


ANSWER_KEYS = {("audience", "self"): "answers.audience_self", ("audience", "relative"): "answers.audience_relative",
               ("audience", "professional"): "answers.audience_professional",
               ("age", 15): "answers.age_under", ("age", 30): "answers.age_over"}


def follow_up_question(slot: str, answers: tuple, lang: str, audience: str, taxonomy: Taxonomy) -> dict:
    """A follow-up question with one quick reply per answer; free text is accepted too."""
    key = "age_self" if slot == "age" and audience == "self" else slot

    def label(answer) -> str:
        if slot == "district":
            return taxonomy.label("districts", answer, lang)
        return say(ANSWER_KEYS[(slot, answer)], lang)

    return {"slot": slot, "question": say(f"follow_up.{key}", lang),
            "options": [{"title": label(a), "value": a} for a in answers]}
