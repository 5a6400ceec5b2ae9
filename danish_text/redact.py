"""Remove personal identifiers before a message is stored or logged.

Conversations about addiction, violence and mental health are sensitive personal data
(GDPR art. 9). The assistant never needs a name, CPR number, phone number, address or
account number to find a door, so they are replaced by placeholders before anything is
kept: in the API before a message reaches Rasa, and again in Rasa's tracker store for
anything that came another way. What the dialogue needs stays: ages ("min søn på 16"),
relation words, a postcode (it names the district), years, amounts, 112 and 1813.

The rules are patterns, not a model: each names the form it catches. CPR numbers are
caught in every written form without the modulus-11 check (numbers issued since 2007
need not pass it).
"""
from __future__ import annotations

import re

_UPPER = "A-ZÆØÅ"
_LOWER = "a-zæøåéü"
_NAME = rf"[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?"
_NAMES = rf"{_NAME}(?:\s+{_NAME}){{0,2}}"

# e-mail, also spelled out: "anna (at) mail.dk", "anna snabel-a mail punktum dk"
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_EMAIL_SPELLED = re.compile(
    r"[\w.+-]+\s*(?i:\(at\)|\[at\]|\{at\}|\s+snabel-?a\s+)\s*[\w-]+"
    r"(?:\s*(?i:\.|\(dot\)|\[dot\]|\s+punktum\s+|\s+dot\s+)\s*[a-z]{2,4})+\b"
    r"|[\w.+-]+\s+at\s+[\w-]+\.(?:dk|com|net|org|nu|se|no|eu|info|io)\b")
# CPR: ddmmyy + four digits, with '-', '–', '/', '.', a space or nothing between; also
# after "cpr"/"personnummer" whatever the separators
_CPR = re.compile(r"(?<!\d)(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d{2}\s?[-–—/. ]?\s?\d{4}(?!\d)")
_CPR_WORD = re.compile(r"\b(?:cpr|cpr-?nr|cpr-?nummer|personnummer|personnr)\.?\s*(?:nr\.?|er|:)?\s*[\d\s–—/.-]{6,14}\d",
                       re.IGNORECASE)
# Danish phone numbers: 8 digits, optionally +45/0045, grouped by spaces, dots or dashes
_YEARS = r"(?!(?:19|20)\d\d\s?[-–/]\s?(?:19|20)\d\d(?!\d))"      # "2015-2023" is not a number to hide
_PHONE = re.compile(rf"(?<![\w]){_YEARS}(?:(?:\+|00)45[ .-]?)?(?:\d[ .-]?){{7}}\d(?![\w])")
# account, reg., case, passport, health-card and other long numbers: six digits or more
# in one run (separators allowed); ages, years and amounts are shorter
_LONG_NUMBER = re.compile(r"(?<![\w])(?!\d{1,4}\s?[-–]\s?\d{1,4}(?!\d))(?!\d{1,3}(?:\.\d{3})+(?![\d.]))"
                          r"\d(?:[ .\-/–]?\d){5,}(?![\w])(?!\s*(?:kr\b|kroner|dkk|,-|euro))", re.IGNORECASE)
_NUMBER_WORD = re.compile(
    r"\b(?:reg\.?\s*nr|registreringsnummer|kontonr|kontonummer|konto|sagsnr|sagsnummer|j\.?\s*nr|"
    r"journalnr|journalnummer|pasnr|pasnummer|sygesikringsbevis|sundhedskort|kørekort|"
    r"medlemsnr|kundenr|lejemålsnr)\.?\s*(?:nr\.?|er|:)?\s*[A-Z]{0,3}[\d\s./-]{3,}\d", re.IGNORECASE)
# Danish licence plates: two letters and five digits ("AB 12 345", "AB12345")
_PLATE = re.compile(r"\b[A-Z]{2}\s?\d{2}\s?\d{3}\b")
# a street and its number ("Nørrebrogade 12, 3. tv", "Rådhuspladsen 1"), with a following
# postcode and town taken along
_STREET_END = (r"(?:vej|vejen|gade|gaden|allé|alle|boulevard|plads|pladsen|stræde|strædet|torv|torvet|"
               r"vænge|have|haven|park|parken|gang|sti|stien|bakke|bakken|høj|holm|kaj|kajen|væld|dal|"
               r"toft|løkke|mark|vang|brygge|tværvej|passage|hegn|lund|skov)")
_STREET_WORD = r"(?:Allé|Alle|Boulevard|Vej|Gade|Plads|Bakke|Torv|Have|Park|Vænge|Stræde|Passage|Kaj|Brygge)"
_ADDRESS = re.compile(
    rf"\b(?:[{_UPPER}][{_LOWER}]*{_STREET_END}|[{_UPPER}][{_LOWER}]+\.?\s+{_STREET_WORD})\s+\d{{1,4}}\s?[A-Za-z]?\b"
    r"(?:,?\s*(?:st\.?|kl\.?|\d{1,2}\.)\s*(?:tv|th|mf|\d{1,3})?\.?)?"
    rf"(?:,?\s*\d{{4}}\s+{_NAMES}(?:\s+(?:[NSVØ]|NV|SV|NØ|SØ|K|C)\b)?)?")
# a postcode with its town: the town goes, the postcode stays (it names the district)
_NOT_TOWN = r"(?!(?:Jeg|Han|Hun|Vi|De|Det|Der|Men|Og)\b)"
_POSTCODE_TOWN = re.compile(rf"\b([1-9]\d{{3}})\s+{_NOT_TOWN}{_NAME}(?:\s+{_NOT_TOWN}{_NAME}){{0,2}}"
                            r"(?:\s+(?:[NSVØ]|NV|SV|NØ|SØ|K|C)\b)?")
# names the writer gives: "jeg hedder Mette", "mit navn er ali hassan", "Hilsen Mette", and
# a name alone on the last line; the lead words are matched in any case, names as written
_NOT_NAMES = r"(?!(?:Jeg|Han|Hun|Vi|De|Det|Der|Den|Men|Og|Så|Tak|Hej|Hjælp|Undskyld|I|The|And|Thanks)\b)"
_INTRO = re.compile(rf"(?i:\b(?:jeg\s+hedder|mit\s+navn\s+er|my\s+name\s+is|navnet\s+er)\s+)"
                    rf"((?:[{_UPPER}{_LOWER}]+)(?:-[{_UPPER}{_LOWER}]+)?(?:\s+{_NOT_NAMES}{_NAME}){{0,2}})")
_INTRO_CAPS = re.compile(rf"(?i:\b(?:jeg\s+er|i\s+am|i'm)\s+){_NOT_NAMES}({_NAMES})\b")
_SIGN_OFF = re.compile(rf"(?i:\b(?:med\s+venlig\s+hilsen|venlig\s+hilsen|kærlig\s+hilsen|mange\s+hilsner|"
                       rf"hilsen|hilsner|mvh|m\.v\.h\.|kh|k\.h\.|knus|regards|cheers))[,.!]?\s+{_NOT_NAMES}({_NAMES})")
_LAST_LINE_NAME = re.compile(rf"\n\s*[-/–]?\s*{_NOT_NAMES}({_NAMES})\s*$")
# a relative or a child named after the relation word ("min søn Oliver", "datteren Sofie
# på 8"), and the school, day care or class they go to
_RELATION = (r"(?:søn|sønnen|datter|datteren|barn|barnet|dreng|drengen|pige|pigen|mand|manden|kone|konen|"
             r"kæreste|kæresten|bror|broren|søster|søsteren|mor|moren|far|faren|veninde|ven|nabo|naboen|"
             r"elev|eleven|borger|borgeren|patient|patienten|klient|klienten|barnebarn|barnebarnet|"
             r"stedsøn|steddatter|son|daughter|husband|wife|brother|sister|mother|father|friend)")
_NAMED_RELATION = re.compile(rf"(?i:\b({_RELATION}))(,?\s+){_NOT_NAMES}({_NAME})(?:\s+{_NOT_NAMES}{_NAME})?\b")
# staff notation: "dreng 13, Oliver", "borger 47 år, Mette Jensen"
# a place in a staff note ("Hr. 38, Borgerservice Vesterbro") is not a name
_NOT_A_PLACE = (rf"(?![{_UPPER}][{_LOWER}]*(?:service|modtag|center|centr|hus|herberg|kontor|afdeling|skole|"
                rf"gård|sted|klinik|afsnit|tilbud|bolig|station|politi|kommune|region|hjem))")
_NOTED_NAME = re.compile(rf"(?i:\b({_RELATION}|dreng|pige|kvinde|mand|hr|fru)\.?\s+\d{{1,3}}(?:\s*(?:år|aar))?,\s*)"
                         rf"{_NOT_NAMES}{_NOT_A_PLACE}({_NAMES})\b")
_GENERIC_SCHOOL = (r"(?!(?:Folke|Efter|Special|Fri|Privat|Real|Høj|Gymnasie|Musik|Ung|Ungdoms|Kost|Aften|Sprog|"
                   r"Erhvervs|Produktions|Heldags|Dag|Skole)(?:skole|skolen)\b)")
_NOT_A_SCHOOL_NAME = r"(?!(?:Vores|Min|Mit|Mine|Din|Dit|Hans|Hendes|Deres|Jeres|Den|Det|En|Et|Vi|Our|My|The|Til|På|I|Hvilken|Hvilke|Hver|Denne)\b)"
_SCHOOL = re.compile(rf"\b{_GENERIC_SCHOOL}{_NOT_A_SCHOOL_NAME}[{_UPPER}][{_LOWER}]+(?:\s+[{_UPPER}][{_LOWER}]+)*\s*"
                     r"(?:[Ss]kole|[Ss]kolen|[Gg]ymnasium|[Bb]ørnehave|[Vv]uggestue|[Ii]nstitution|"
                     r"[Ff]ritidshjem|[Ee]fterskole|[Ff]ritidsklub)\b")

PLACEHOLDERS = {"cpr": "[cpr]", "phone": "[telefon]", "email": "[email]", "number": "[nummer]",
                "plate": "[nummerplade]", "address": "[adresse]", "name": "[navn]", "school": "[skole]"}


_PLACEHOLDER = re.compile(r"\[(?:" + "|".join(re.escape(v[1:-1]) for v in PLACEHOLDERS.values()) + r")\]")


def has_placeholder(text: str) -> bool:
    """Was something removed from this text? (Then it is not said back word for word.)"""
    return _PLACEHOLDER.search(text or "") is not None


def _keep_lead(match: re.Match[str], placeholder: str) -> str:
    """Replace only the captured name, keeping the words that introduced it."""
    start, end = match.span(1)
    whole = match.group(0)
    offset = match.start(0)
    return whole[: start - offset] + placeholder + whole[end - offset:]


def _says_a_need(words: str) -> bool:
    """Is a capitalised last line a need ("Misbrug", "Hjemløs") rather than a signature?"""
    from danish_text.fold import tokens
    from danish_text.lexicon import TOPIC_WORDS

    entries = [e for words_ in TOPIC_WORDS.values() for e in words_ if " " not in e]
    return any(tok.startswith(e[:-1]) if e.endswith("*") else tok == e
               for tok in tokens(words) for e in entries)


def _address(match: re.Match[str]) -> str:
    """A street address goes; its postcode stays, since it names the district."""
    postcode = re.search(r"\b[1-9]\d{3}\b(?=\s+[A-ZÆØÅ])", match.group(0))
    return PLACEHOLDERS["address"] + (f", {postcode.group(0)}" if postcode else "")


def _postcode(match: re.Match[str]) -> str:
    """The postcode stays and its town goes; a comma keeps the postcode from running into a
    number after the town ("2400 København 16" is "2400, 16", not the long number "2400 16",
    which a second reading would take for an account number)."""
    rest = match.string[match.end():].lstrip()
    return match.group(1) + ("," if rest[:1].isdigit() else "")


def redact(text: str) -> str:
    """Return the text with names, identifiers, numbers and addresses replaced.

    Read again until nothing more changes (at most a few times): removing a town or a name
    can bring two pieces together that only then read as one ("2400 Mette NV Oliver"), and
    what is stored must not change when it is read and redacted once more."""
    text = text or ""
    for _ in range(4):
        again = _redact_once(text)
        if again == text:
            break
        text = again
    return text


def _redact_once(text: str) -> str:
    text = _EMAIL.sub(PLACEHOLDERS["email"], text)
    text = _EMAIL_SPELLED.sub(PLACEHOLDERS["email"], text)
    text = _CPR_WORD.sub(PLACEHOLDERS["cpr"], text)
    text = _CPR.sub(PLACEHOLDERS["cpr"], text)
    text = _NUMBER_WORD.sub(PLACEHOLDERS["number"], text)
    text = _PHONE.sub(PLACEHOLDERS["phone"], text)
    text = _LONG_NUMBER.sub(PLACEHOLDERS["number"], text)
    text = _PLATE.sub(PLACEHOLDERS["plate"], text)
    text = _ADDRESS.sub(_address, text)
    text = _POSTCODE_TOWN.sub(_postcode, text)
    text = _SCHOOL.sub(PLACEHOLDERS["school"], text)
    text = _INTRO.sub(lambda m: _keep_lead(m, PLACEHOLDERS["name"]), text)
    text = _INTRO_CAPS.sub(lambda m: _keep_lead(m, PLACEHOLDERS["name"]), text)
    text = _SIGN_OFF.sub(lambda m: _keep_lead(m, PLACEHOLDERS["name"]), text)
    text = _NOTED_NAME.sub(lambda m: m.group(0)[: m.start(2) - m.start(0)] + PLACEHOLDERS["name"], text)
    text = _NAMED_RELATION.sub(lambda m: m.group(1) + m.group(2) + PLACEHOLDERS["name"], text)
    text = _LAST_LINE_NAME.sub(lambda m: m.group(0) if _says_a_need(m.group(1))
                               else _keep_lead(m, PLACEHOLDERS["name"]), text)
    return text


def redact_all(value: object) -> object:
    """Every string inside a JSON-like value redacted (dicts, lists, nested), the rest as is."""
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, dict):
        return {key: redact_all(item) for key, item in value.items()}
    if isinstance(value, list):
        return [redact_all(item) for item in value]
    return value


class RedactingFilter:
    """A logging filter that redacts each record's message and arguments, so a log line can
    never carry what a person wrote in identifying form (attach it to handlers: Rasa's via
    `--logging-config-file config/logging-rasa.yml`, the API's and the action server's at start)."""

    def filter(self, record: object) -> bool:
        import logging

        assert isinstance(record, logging.LogRecord)
        try:
            message = record.getMessage()
        except Exception:  # a record whose arguments do not fit its format: keep it as it is
            return True
        record.msg, record.args = redact(message), ()
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True
