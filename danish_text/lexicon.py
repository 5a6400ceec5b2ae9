"""Spotting vocabulary, in folded form (see fold.py: æ/ae→a, ø/oe→o, å/aa→a).

Words are matched against folded tokens: an entry ending in "*" matches any token that
starts with it ("hjemlos*" matches "hjemlos", "hjemlose"); others match whole tokens.
Entries with a space are matched as phrases on the folded, space-joined text.
This is data: a new word goes here, never into the router.
"""
from __future__ import annotations

TOPIC_WORDS: dict[str, tuple[str, ...]] = {
    "misbrug": (
        "misbrug*", "alkohol*", "druk*", "drik*", "drukk*", "hash*", "joint*", "pot", "weed",
        "kokain*", "coke", "heroin*", "amfetamin*", "speed", "piller", "pillerne", "stoffer*",
        "narko*", "ketamin*", "mdma", "ecstasy", "afvan*", "abstinens*", "alcohol*", "drug",
        "drugs", "drinking", "drunk", "ol", "bajer*", "kodein*", "opioid*", "ludoman*",
        "spillemisbrug*", "tomermand*", "sprut*", "fix", "skaev", "skav", "skaeve", "ryger hash",
        "drink", "drinks", "cannabis", "cocaine", "pills", "addict*", "addiction", "hangover",
        "metadon*", "benzo*", "skunk", "substitutionsbehandl*", "thc",
        "sober", "relaps*", "aa meetings", "aa-moder", "aa moder", "spillegald*", "spilleafhang*", "gambling",
    ),
    "psykisk": (
        "psyk*", "angst*", "panik*", "schizo*", "psychos*", "psychot*", "depress*", "depri*", "bipolar*", "skizofren*", "spiseforstyr*",
        "anoreksi*", "bulimi*", "ocd", "adhd", "add", "stress*", "sindslid*", "selvskad*",
        "mental*", "anxiety", "ptsd", "traum*", "panikangst*", "tvangstank*", "ked af det",
        "har det skidt", "har det dårligt", "har det darligt", "psykiat*", "sindssyg*",
        "depressed", "paranoi*", "hore stemmer", "horer stemmer", "ensomhed og angst",
        "udbrandt*", "nedtrykt*", "samlermani*", "hoarding", "eating disorder", "kaster op efter",
    ),
    "handicap": (
        "handicap*", "handikap*", "autis*", "asperger*", "hjerneskad*", "korestol*",
        "udviklingsham*", "downs", "cerebral*", "spastik*", "spasti*", "blind*", "dov", "dove",
        "funktionsnedsat*", "aflastning*", "disab*", "wheelchair", "kognitiv*", "sclerose*",
        "muskelsvind*", "blodprop*", "slagtilfald*", "apopleks*", "hjalpemid*", "handicaphjalp*", "bpa", "epilepsi*", "svagtsen*",
        "horehamm*", "ordblind*", "handicapped", "sklerose*", "loftlift*", "trappelift*", "personlift*",
        "liftes", "ledsageordning*", "rollator*", "amputer*", "gangbesvar*", "adhd",
    ),
    "hjemloeshed": (
        "hjemlos*", "herberg*", "natcafe*", "natvarm*", "bolig", "boligen", "boliger", "akutbolig*",
        "lejlighed*", "botilbud*",
        "sofasurf*", "homeless*", "bostot*", "husvild*", "udsat af", "smidt ud", "sover pa gaden",
        "bor pa gaden", "pa gaden", "ingen steder at bo", "intet sted at bo", "ingen sted at sova",
        "tag over hovedet", "nowhere to sleep", "nowhere to live", "udsattelse*", "varelse*",
        "sove i nat", "sove inat", "shelter", "varmestue*", "nodbolig*", "nodovernat*", "overnatningssted*",
    ),
    "familie": (
        "mistrivs*", "skolevagr*", "skolefrav*", "anbring*", "plejefamil*", "familiebehandl*",
        "opdrag*", "underretning*", "skilsmis*", "familie*", "skandes", "skander", "forald*",
        "foraldreskab*", "konflikt*", "pjak*", "bekymringsbrev*", "socialradgiver pa skolen",
        "trives ikke", "mistrives", "hjemmet", "parenting", "custody", "samvar*", "foster*",
        "mobning*", "mobbet", "mobber*", "divorc*", "skilt", "skilles", "parents", "teenager*", "elev", "eleven", "elever", "eleverne",
        "raseri*", "udadreagerende", "bo hjemme", "hjemmefra", "andet sted end hjemme", "se bornene",
        "se mine born", "foraldremyndighed*", "socialradgiver*", "vare en god far", "vare en god mor",
        "god forald*", "stedfar", "stedmor", "barnebarn*", "bedsteforald*", "go to school", "school refusal",
    ),
    "vold": (
        "vold", "volden", "voldelig*", "voldsramt*", "voldsudsat*", "partnervold*", "overgreb*", "voldtag*", "forfolg*", "stalk*", "trusl*", "krisecent*",
        "mishandl*", "incest*", "seksuel*", "seksuelt", "sexuel*", "abuse*", "abusive",
        "violence", "violent", "slar mig", "slog mig", "slaet mig", "slar hende", "slar ham", "slar os",
        "slar born", "slar borne", "slar barnet", "sparker mig", "tasker mig", "kvaler mig",
        "truer mig", "truer med", "hits me", "beats me", "kontrollerende", "kontroller*", "control*", "bestemmer hvem", "psykisk vold",
        "star udenfor min dor", "truende",
        "aresrelat*", "social kontrol", "tvangsagteskab*", "gaslight*", "rape", "raped",
    ),
    "ensomhed": (
        "ensom*", "isoler*", "lonely", "loneliness", "alone", "ingen venner", "ingen at tale med",
        "ingen at snakke med", "ingen netvark", "netvark*", "fallesskab*", "varested*",
        "social kontakt", "nye venner", "ny i byen", "savner nogen", "alene hele tiden",
        "sidder alene", "bor alene", "besogsven*", "ingen familie", "fallesspis*", "lare folk at kende",
        "mode andre", "mode nye",
    ),
    "kriminalitet": (
        "krimin*", "bande*", "rocker*", "fangsel*", "losladt*", "losladels*", "tyveri*",
        "stjal*", "stjaler*", "kriminel*", "afson*", "exit", "gang", "gangs", "butikstyv*",
        "hals", "dom", "dommen", "prison", "arrest*", "anholdt*", "sigtet", "knive", "hvidvask*",
        "politiet", "kriminalforsorg*", "rodeo", "fodlank*", "ungdomskriminal*", "prøveløsladt",
        "provelosladt*", "siddet inde", "sidder inde", "sad inde", "radikalis*", "ekstremis*", "tricktyv*",
    ),
    "beskaeftigelse": (
        "job", "jobs", "jobbet", "arbejd*", "fritidsjob*", "uddann*", "ledig*", "cv",
        "praktik*", "lon", "lonnen", "work", "jobcent*", "ansog*", "studie*", "studere",
        "erhvervsudd*", "mentor*", "flexjob*", "skanejob*", "employment", "unemployed", "ansat",
        "fyret", "arbejdslos*", "elevplads*", "tjene penge", "tjene mine egne penge",
        "lommepenge*",
    ),
    "oekonomi": (
        "gald", "galden", "galdsrad*", "penge*", "okonomi*", "regning*", "husleje*", "rykker*",
        "inkasso*", "kviklan*", "forbrugslan*", "kontanthjalp*", "ydelse*", "debt", "money", "broke", "lan", "laan",
        "budget*", "fattig*", "ikke rad", "ikke penge", "fogd*", "skyld*", "forsorgels*",
        "sanktion*", "madhjalp*", "madpakk*", "ingen mad", "rent", "fortidspension*", "boligstot*",
        "sygedagpeng*", "dagpeng*", "enkeltydelse*", "indkomst*", "tilskud*", "friplads*", "restskat*",
        "gratis mad", "free food", "free meal", "free meals",
    ),
    "sundhed": (
        "sundhed*", "lage", "lagen", "tandlag*", "syg", "syge", "sygdom*", "hospital*",
        "medicin*", "diabetes*", "kost*", "motion*", "health", "doctor", "sundhedstjek*",
        "tandpine", "tander", "vagt", "overvagt*", "rygestop*", "smerte*", "kronisk*",
        "vaccin*", "sukkersyg*", "demen*", "alzheimer*", "glemsom*", "hukommelse*", "farer vild",
    ),
    "frivillig": (
        "frivillig*", "volunt*", "forening*", "give en hand", "hjalpe andre", "hjalpe til",
        "pulje*", "paragraf 18", "18 midler", "18-midler", "donere*", "donation*", "ngo",
        "ngoer", "partnerskab*", "civilsamfund*", "virksomhed*", "sponsor*", "besogsven*",
        "give tilbage", "help out", "give back", "lektiehjalp*",
    ),
}

# Who is asking. Relation words after a possessive ("min", "vores" ...) make a relative.
POSSESSIVES = ("min", "mit", "mine", "vores", "my", "our", "hans", "hendes", "vor")
RELATIONS: dict[str, str] = {
    # word (folded when loaded, like every entry here): canonical relation
    "son": "søn", "sonnen": "søn", "sonner": "søn", "dreng": "søn", "drengen": "søn",
    "datter": "datter", "dattern": "datter", "datteren": "datter", "dottre": "datter", "pige": "datter",
    "pigen": "datter", "daughter": "datter",
    "mor": "mor", "moren": "mor", "mom": "mor", "mother": "mor", "mum": "mor", "mutter": "mor",
    "far": "far", "faren": "far", "faer": "far", "dad": "far", "father": "far", "fatter": "far",
    "foraldre": "forældre", "parents": "forældre",
    "bror": "bror", "broder": "bror", "brother": "bror", "lillebror": "bror", "storebror": "bror",
    "soster": "søster", "sister": "søster", "lillesoster": "søster", "storesoster": "søster",
    "kareste": "kæreste", "karesten": "kæreste", "boyfriend": "kæreste", "girlfriend": "kæreste",
    "partner": "kæreste", "partneren": "kæreste",
    "mand": "mand", "manden": "mand", "husband": "mand", "kone": "kone", "konen": "kone",
    "wife": "kone", "hustru": "kone",
    "ven": "ven", "vennen": "ven", "veninde": "ven", "veninden": "ven", "friend": "ven",
    "kammerat": "ven", "kammeraten": "ven",
    "nabo": "nabo", "naboen": "nabo", "neighbour": "nabo", "neighbor": "nabo",
    "barn": "barn", "barnet": "barn", "born": "barn", "bornene": "barn", "child": "barn",
    "kid": "barn", "kids": "barn", "children": "barn", "teenager": "barn",
    "bedstemor": "bedsteforælder", "bedstefar": "bedsteforælder", "mormor": "bedsteforælder", "morfar": "bedsteforælder", "farmor": "bedsteforælder",
    "farfar": "bedsteforælder", "barnebarn": "barnebarn", "onkel": "familie", "tante": "familie",
    "svigermor": "familie", "svigerfar": "familie", "kusine": "familie",
    "stedfar": "far", "stedmor": "mor", "papfar": "far", "papmor": "mor", "bonusfar": "far",
    "bonusmor": "mor", "plejeson": "søn", "plejedatter": "datter", "teenagedatter": "datter",
    "teenageson": "søn", "sons": "søn", "datters": "datter", "mors": "mor", "fars": "far",
    "ekskareste": "kæreste", "ekskone": "kone", "eksmand": "mand", "eks": "kæreste",
    "stedson": "søn", "stedsonnen": "søn", "bonusson": "søn", "bonusdatter": "datter", "steddatter": "datter",
    "nevo": "familie", "niece": "familie", "moster": "familie", "faster": "familie", "morbror": "familie",
    "farbror": "familie", "svoger": "familie", "svigerinde": "familie",
}
# Relation words also recognised as the end of a compound ("teenagedatter", "lillesøster").
RELATION_SUFFIXES = ("datter", "soster", "broder", "kareste", "veninde")
# Partners: when the message is about violence and the writer is in it, the writer is
# the one it happens to ("min kæreste bestemmer hvem jeg må se").
PARTNER_RELATIONS = {"kæreste", "mand", "kone"}
# Prepositions before a pronoun: "bor hos os" does not make the writer the object.
PREPOSITIONS = {"hos", "med", "til", "for", "fra", "om", "pa", "ved", "af", "uden", "with", "to"}
# A young person talking about their own parents is asking for themself.
SELF_RELATIONS = {"forældre"}
# Object pronouns that make the writer the one affected: "min mand slår mig".
DIRECT_OBJECTS = {"mig", "me", "os", "us"}
PROFESSIONAL_WORDS = (
    "elev", "eleven", "elever", "eleverne", "klasse", "klassen", "borger", "borgeren", "borgere",
    "patient", "patienten", "klient", "klienten", "laerer", "larer", "paedagog*", "padagog*",
    "sagsbehandler*", "sundhedsplejer*", "jordemoder", "teacher", "kollega*", "institution*", "daginstitution*", "vuggestue*", "bornehave*",
    "pa arbejdet", "som fagperson", "fagperson*", "vores beboer*", "beboer", "beboeren",
    "underretning*", "tillidsrepr*", "hjemmehjalper*", "plejer", "sygeplejer*",
)
PROFESSIONAL_PHRASES = ("jeg er larer", "jeg er padagog", "jeg arbejder", "i work", "vi har en",
                        "jeg er sagsbehandler", "jeg er sundhedsplejerske", "jeg er lage")
VOLUNTEER_PHRASES = (
    "vil gerne vare frivillig", "vil vare frivillig", "blive frivillig", "som frivillig",
    "give en hand", "hjalpe andre", "hjalpe til", "volunteer", "help out", "give back",
    "vores forening", "vores virksomhed", "vil gerne hjalpe", "vil hjalpe", "bidrage",
    "donere", "frivilligt arbejde", "vi er en forening", "soge pulje", "soge midler",
    "sog pulje", "ansoge om midler", "ansoge om stotte til vores", "ansoge en pulje",
    "ansoge om en pulje", "ansoge puljen", "paragraf 18", "partnerskab", "give lektiehjalp", "vil gerne give",
    "vil gerne bidrage", "our company", "we are a company", "vores firma", "vi er en virksomhed",
    "vi er et firma", "vi vil gerne hjalpe",
)
# "blive frivillig", "være frivillige", "som frivillig": the writer wants to help.
VOLUNTEER_PATTERNS = (
    # seventeenth round: a firm or an association named in a note as offering ("Tlf: byggefirma tilbyder 2
    # praktikpladser", "pensionistforening ... ønsker samarbejde m. kommunen")
    r"\b(?!bolig)\w*(?:firma|forening|virksomhed|menighed|supermarked|bageri)\b(?: \w+){0,6} (?:tilbyder|onsker samarbejde"
    r"|vil gerne (?:tage|tilbyde|give|donere|hjalpe))\b",
    # ... and, after blind19's read, one that writes as "we" or offers places or its volunteers
    r"\b(?:vi|vores \w+) vil gerne (?:tilbyde|donere|give|stille)\b", r"\bvil (?:gerne )?samarbejde om\b",
    r"\btilbyder (?:\w+ ){0,2}(?:lontilskudsplads|praktikplads|fritidsjob|larlingeplads|lareplads)\w*", r"\bnye frivillige\b",
    r"\b(?:blive|vare|som|er|bliver) frivillig\w*", r"\bfrivillig\w* (?:i|pa|hos|for|med)\b",
    # an association or a firm that writes as one: "vi er en menighed der …", "vores idrætsforening …"
    # (not a housing association: "vores boligforening vil ikke reparere" is a tenant's need)
    r"\bvi er (?:en|et) (?:\w+ )?(?!bolig)\w*(?:forening|menighed|klub|kirke|virksomhed|firma|gruppe|netvark)\b",
    r"\bvores (?!bolig)\w*(?:forening|menighed|virksomhed|firma)\b",
    # a role that helps others: "vil gerne være natteravn", "blive besøgsven"
    r"\b(?:vare|blive) (?:\w+ )?(?:natteravn|besogsven|lektiehjalper|mentor|vageven|bisidder|spisevart)\w*",
    # "vil gerne starte en løbeklub for folk med psykisk sårbarhed"
    r"\bstarte (?:en|et) \w*(?:klub|forening|cafe|netvark|fallesskab)\b",
    # eleventh round: help offered to a group, not to one's own ("kan jeg hjælpe ældre med indkøb",
    # "kan vores spejdertrop hjælpe hjemløse"), a helper's sign-up, a family that takes children in,
    # a group that starts something, free places in a club
    r"\b(?:kan|vil|ma|kunne) (?:jeg|vi|vores \w+) (?:gerne )?hjalpe (?:\w+ )?"
    r"(?:aldre|hjemlose|ensomme|flygtninge|udsatte|andre|familier|borgere)\b",
    r"\bmeld\w* (?:man )?(?:mig|os|sig) som\b",
    r"\b(?:bliver?|vare) (?:\w+ )?(?:plejefamilie|plejeforald\w*|aflastningsfamilie|kontaktfamilie|vennefamilie|netvarksfamilie)",
    r"\bvi er (?:\w+ ){0,2}(?:studerende|nabor|kolleger|pensionister|modre|fadre|venner|borgere) (?:\w+ )?der vil\b",
    r"\btilbyde (?:\w+ )?gratis\b|\bgratis (?:pladser|traning|kontingent)\b",
    r"\bgore en forskel\b|\bmenighedsrad\w*",
    # a club's chair, a choir, a firm that offers places (eleventh round)
    r"\bformand for (?:en |et )?(?:\w+ )?\w*(?:klub|forening)\b", r"\bvi er (?:en|et) (?:\w+ )?\w*kor\b",
    r"\bvil gerne (?:tage|tilbyde|ansatte) (?:\w+ ){0,4}(?:i )?(?:\w*praktik|fritidsjob\w*|larlinge?|elevpladser)\b",
    # twelfth round: food a shop throws out and would give ("smider brød ud hver aften, kan det gå til
    # et værested"), a club that writes as one, homework help offered, an idea for an association
    r"\bsmider (?:\w+ ){0,4}ud\b(?: \w+){0,6} (?:kan|ma) (?:det|de|vi|jeg) (?:ga|gives|komme|doneres)\b",
    r"\b(?:donere|donerer|overskudsmad|overskudsbrod)\b",
    r"\bvores (?!bolig)\w*klub(?:ben)?(?: i \w+)? (?:vil|kan|har|onsker)\b",
    r"\bkan jeg (?:\w+ ){0,2}(?:lase lektier|give lektiehjalp|hjalpe med lektier)\b",
    r"\bforenings?ide\w*|\bide (?:om|til) (?:en |et )?\w*(?:forening|klub|fallesskab|cafe)\b",
    # thirteenth round: something made for a group ("vil gerne lave fællesspisning for ensomme", "vil
    # starte et hold for børn med handicap"), help offered in English, a question whether helpers are
    # needed, and a foster family asked about the other way round (11 items, all offers)
    r"\b(?:vil|vil gerne|kunne|kan) (?:lave|starte|arrangere|oprette|tilbyde) (?:en |et )?(?:\w+ ){0,2}for (?:\w+ )?"
    r"(?:aldre|ensomme|born|unge|hjemlose|flygtninge|beboere|udsatte|borgere)\b",
    r"\ber der (?:\w+ )?brug for (?:\w+ )?(?:lektiehjalpere|frivillige|hjalpere|besogsvenner)\b",
    r"\b(?:i|we) (?:can|could) (?:help|translate|volunteer|drive|cook)\b",
    r"\b\w*(?:plejefamilie|aflastningsfamilie|kontaktfamilie|netvarksfamilie)\w* (?:\w+ ){0,2}(?:bliver|blive) man\b",
    # after blind15's read: a place or time offered ("vil stille fælleshuset gratis til rådighed", "har
    # tilbudt at køre værksted med de store drenge", "tilbyder at holde lektiecafé")
    r"\btilbyder at\b|\bhar (?:\w+ ){0,4}tilbudt at\b|\bstille (?:\w+ ){1,3}til radighed\b|\bstille sig (?:\w+ )?til radighed\b",
    # sixteenth round: an association's or club's offer passed on in a staff note ("Lokal forening tilbyder
    # gratis barnevogne", "Løbeklub vil starte fællesløb …, søger samarbejde", "besøgsvenforening … har 5
    # ledige besøgsvenner"), not a housing association or a trade union
    r"\b(?!bolig|fag)\w*(?:forening|klub|frivillige)\b(?: [\w.]+){0,8} (?:tilbyder|vil (?:gerne )?(?:starte|udvide|tilbyde|"
    r"matches|stille)|soger (?:\w+ )?(?:samarbejde|kontakt)|har \d+ ledige)\b",
)
SELF_PHRASES = ("vare en god far", "vare en god mor", "vare en god forald", "som forald", "som alenemor",
                "som alenefar")
SELF_WORDS = ("jeg", "mig", "min", "mit", "mine", "i", "im", "me", "my", "ja", "jg", "vi", "os", "vores",
              "we", "us", "our")

# Københavns Kommune's ten districts, and the names people use for places in them.
DISTRICT_NAMES: dict[str, str] = {
    "indre by": "indre-by", "indreby": "indre-by", "city": "indre-by", "christianshavn": "indre-by",
    "kobenhavn k": "indre-by", "kbh k": "indre-by", "nyhavn": "indre-by", "holmen": "indre-by",
    "osterbro": "oesterbro", "nordhavn": "oesterbro", "kobenhavn o": "oesterbro", "kbh o": "oesterbro",
    "norrebro": "noerrebro", "kobenhavn n": "noerrebro", "kbh n": "noerrebro", "mjolnerpark": "noerrebro",
    "vesterbro": "vesterbro-kongens-enghave", "kongens enghave": "vesterbro-kongens-enghave",
    "sydhavn": "vesterbro-kongens-enghave", "sydhavnen": "vesterbro-kongens-enghave",
    "kobenhavn v": "vesterbro-kongens-enghave", "kbh v": "vesterbro-kongens-enghave",
    "kobenhavn sv": "vesterbro-kongens-enghave", "kbh sv": "vesterbro-kongens-enghave",
    "valby": "valby", "vanlose": "vanloese",
    "bronshoj": "broenshoej-husum", "husum": "broenshoej-husum", "tingbjerg": "broenshoej-husum",
    "bispebjerg": "bispebjerg", "nordvest": "bispebjerg", "nv": "bispebjerg",
    "kobenhavn nv": "bispebjerg", "kbh nv": "bispebjerg", "emdrup": "bispebjerg",
    "utterslev": "bispebjerg",
    "amager ost": "amager-oest", "amagerbro": "amager-oest", "sundbyoster": "amager-oest",
    "sundby": "amager-oest", "holmbladsgade": "amager-oest",
    "amager vest": "amager-vest", "sundbyvester": "amager-vest", "orestad": "amager-vest",
    "islands brygge": "amager-vest", "kobenhavn s": "amager-vest", "kbh s": "amager-vest",
}
# Postal codes, when written as a four-digit number.
POSTAL_CODES: dict[str, str] = {
    "2100": "oesterbro", "2150": "oesterbro", "2200": "noerrebro", "2300": "amager-vest",
    "2400": "bispebjerg", "2450": "vesterbro-kongens-enghave", "2500": "valby",
    "2700": "broenshoej-husum", "2720": "vanloese",
}

ANONYMOUS_WORDS = ("anonym*", "uden navn", "uden at sige", "uden cpr", "uden at oplyse",
                   "ikke sige hvem", "ikke vil sige mit navn", "anonymous", "anonymously")

# Substances, folded word → canonical name (the directory's keywords use these names).
SUBSTANCES: dict[str, str] = {
    "alkohol*": "alkohol", "druk*": "alkohol", "drik*": "alkohol", "drukk*": "alkohol", "ol": "alkohol",
    "vin": "alkohol", "sprut*": "alkohol", "alcohol*": "alkohol", "drink*": "alkohol", "bajer*": "alkohol",
    "hash*": "hash", "joint*": "hash", "pot": "hash", "weed": "hash", "cannabis*": "hash", "skunk": "hash",
    "kokain*": "kokain", "coke": "kokain", "cocaine": "kokain", "amfetamin*": "amfetamin", "speed": "amfetamin",
    "heroin*": "heroin", "opioid*": "opioider", "kodein*": "opioider", "metadon*": "opioider",
    "piller": "piller", "pillerne": "piller", "sovepiller": "piller", "pills": "piller", "benzo*": "piller",
    "mdma": "ecstasy", "ecstasy": "ecstasy", "ketamin*": "ketamin", "ludoman*": "spil", "spillemisbrug*": "spil",
}
