"""Crisis detection favours recall, but everyday hyperbole must not trip it."""
import pytest

from danish_text import detect_crisis

DANGER = [
    ("jeg har lyst til at dø", "selvmord"), ("jeg vil ikke leve mere", "selvmord"),
    ("jeg tænker på selvmord", "selvmord"), ("jeg vil tage mit eget liv", "selvmord"),
    ("i want to die", "selvmord"), ("i want to kill myself", "selvmord"),
    ("jeg skærer i mig selv", "selvskade"), ("self harm", "selvskade"),
    ("min ven har taget en overdosis", "overdosis"), ("hun har taget alle sine piller", "overdosis"),
    ("han er bevidstløs", "overdosis"), ("min mand slår mig", "vold"),
    ("tør ik tage hjem i aften, stedfar har truet", "vold"),
    ("han truer med at slå mig ihjel", "vold"), ("my husband hits me", "vold"),
    ("min far slår min mor", "vold"), ("jeg er bange for at gå hjem", "vold"),
    ("barnet bliver slået hver dag", "vold"), ("he keeps hitting me", "vold"),
    ("jeg orker ikke at leve mere", "selvmord"), ("jeg vil gøre skade på mig selv", "selvskade"),
    ("min nabo bliver slået af sin mand", "vold"), ("han har slået mig før", "vold"),
    ("børnene er alene hjemme og sulter", "barn_i_fare"),
]
HARMLESS = [
    "jeg skal slå græsset", "jeg keder mig ihjel", "jeg er dødtræt", "jeg griner mig ihjel",
    "min søn på 16 ryger hash", "jeg drikker for meget", "jeg er ensom", "hej hej",
    "min mor er død for to år siden og jeg savner hende", "jeg skal slå op i en bog",
    "det var en voldsom oplevelse", "min cykel er forsvundet", "hvordan får jeg nyt pas",
    "vi skal slå et telt op", "holdet blev slået 2-1", "min far var voldelig da jeg var lille",
    "kan du slå min adresse op", "lev uden vold nummer", "jeg fryser ihjel",
    "jeg kan ikke leve uden kaffe", "jeg kan ikke leve af min løn", "vi kan ikke leve sammen mere",
]


def _variants(text):
    return [text, text.replace("æ", "ae").replace("ø", "oe").replace("å", "aa"),
            text.replace("æ", "a").replace("ø", "o").replace("å", "a"), text.upper()]


@pytest.mark.parametrize("text,kind", DANGER)
def test_danger_is_found_in_every_spelling(text, kind):
    for variant in _variants(text):
        signal = detect_crisis(variant)
        assert signal is not None, variant
    assert detect_crisis(text).kind in {kind, "vold", "barn_i_fare"}


@pytest.mark.parametrize("text", HARMLESS)
def test_everyday_words_do_not_alarm(text):
    for variant in _variants(text):
        assert detect_crisis(variant) is None, variant


def test_signal_names_a_taxonomy_topic():
    assert detect_crisis("jeg har lyst til at dø").topic == "psykisk"
    assert detect_crisis("min mand slår mig").topic == "vold"


@pytest.mark.parametrize("text", [
    "har det okay nu, tog bare 35 pamoler i nat",
    "min veninde har slugt hele glasset sovepiller",
    "took like 20 pills an hour ago but i feel ok",
    "jeg har taget alle mine sertralin",
    "tog ca 25 stk ipren for lidt siden",
])
def test_an_overdose_taken_is_read_however_calmly_it_is_said(text):
    from danish_text.crisis import overdose_taken
    assert overdose_taken(text)


@pytest.mark.parametrize("text", [
    "jeg tog 20 mg sertralin som lægen sagde",          # a dose, not a count
    "min mor tog alle sine piller med på ferie",         # taken along
    "jeg tog ikke 30 piller, jeg tog 2",                 # denied
    "hun tager 12 piller om dagen",                      # a daily dose
    "tog 12 piller om dagen da jeg var indlagt",
    "jeg tog 30 piller for 5 år siden og fik hjælp",     # long past
    "spiste en hel pakke kiks og drak to glas vin",      # no pills
])
def test_an_overdose_taken_is_not_a_dose_pills_taken_along_or_the_past(text):
    from danish_text.crisis import overdose_taken
    assert not overdose_taken(text)


@pytest.mark.parametrize("text,now", [
    ("har skåret for dybt igen, det bløder igennem to håndklæder", True),
    ("cut way too deep tonight, it keeps bleeding through the towel", True),
    ("skar dybere end sidst, kan se noget gult, kan man tape det?", True),
    ("regeringen skar dybt i ydelserne i år", False),                  # figurative, no wound
    ("vi har skåret dybt i budgettet og bløder penge hver måned", False),    # figurative, with "bleeds"
    ("the firm cut deep into costs and is bleeding staff", False),
    ("for 4 år siden skar jeg dybt og det blødte, nu går det godt", False),  # long past
    ("skar mig i fingeren med kartoffelskrælleren, det bløder lidt", False),  # not deep
])
def test_a_deep_cut_that_bleeds_is_self_harm_now(text, now):
    from danish_text.crisis import deep_cut_now
    assert deep_cut_now(text) is now


@pytest.mark.parametrize("text", [
    "hvad sker der med min lejekontrakt hvis jeg dør? det bliver i weekenden, jeg har bestemt mig",
    "who takes my cat once I'm gone? I have decided, it's tonight",
    "kan kommunen sørge for at nogen finder mig inden min søster gør? pillerne er talt op",
    "naar jeg er doed skal min bror have cyklen. det er i nat",
])
def test_a_goodbye_put_as_an_errand_is_danger(text):
    from danish_text.crisis import goodbye_errand
    assert goodbye_errand(text)


@pytest.mark.parametrize("text", [
    # no time, means or preparation named
    "hvad sker der med min pension hvis jeg dør før min kone?",
    # someone else's death, a will, insurance, organ donation, a holiday
    "min far døde i går, hvad sker der med hans lejlighed i morgen?",
    "hvis jeg dør uden testamente, arver min samlever så? vi skal til advokat i morgen",
    "kan jeg få en livsforsikring, så min kone er dækket hvis jeg dør? mødet er på fredag",
    "when I'm gone on holiday tomorrow, who feeds my cat?",
    "hvem finder mig en lejlighed inden i morgen?",
])
def test_an_errand_about_death_without_a_goodbye_is_not(text):
    from danish_text.crisis import goodbye_errand
    assert not goodbye_errand(text)


@pytest.mark.parametrize("text,danger", [
    ("Egentlig skriver jeg om ventetiden. Men i aftes gik det galt, og i dag har jeg skåret mig igen.", True),
    ("I cut myself again just now, can a plaster do?", True),
    ("jeg har brændt mig med en lighter for en time siden og det er blevet hvidt", True),
    # an accident, and self-harm long ago
    ("jeg skar mig i fingeren mens jeg skar løg i dag, skal jeg sys?", False),
    ("jeg har skåret mig da jeg var 15, nu har jeg det godt", False),
])
def test_self_harm_done_now_is_read_in_one_sentence(text, danger):
    from danish_text.crisis import self_harm_done_now
    assert self_harm_done_now(text) is danger


@pytest.mark.parametrize("text,taken", [
    ("har taget hele ugens doseringsæske på én gang og er meget træt", True),
    ("took the whole week's pills at once an hour ago", True),
    # denied, or doses taken along
    ("jeg har ikke taget hele ugens piller, jeg glemte dem", False),
    ("I have not taken 40 pills, I only counted them", False),
    ("tager hele ugens piller med på ferie", False),
])
def test_a_week_s_doses_taken_at_once_and_a_denied_overdose(text, taken):
    from danish_text.crisis import overdose_taken
    assert overdose_taken(text) is taken


@pytest.mark.parametrize("text,danger", [
    ("stemmen i mit hoved siger at jeg skal skade min nabo i aften", True),
    ("fjernsynet siger at jeg skal sætte ild til kontoret i nat", True),
    ("I got orders through the radio to hurt the man downstairs", True),
    ("jeg har fået besked gennem radioen om at jeg skal ofre mig", True),
    # fiction, and voices that say nothing of harm
    ("i min roman hører hovedpersonen stemmer der siger han skal dræbe", False),
    ("han hører stemmer om natten, de siger ikke noget om at skade nogen", False),
])
def test_an_order_to_harm_from_voices_or_the_radio(text, danger):
    from danish_text.crisis import commanded_harm
    assert commanded_harm(text) is danger


@pytest.mark.parametrize("text,danger", [
    ("kan man sy sig selv? der er et gab i armen der ikke lukker", True),
    ("can I stitch it myself, the wound keeps bleeding", True),
    ("kan man sy sig selv en kjole uden symaskine?", False),
])
def test_a_wound_one_means_to_sew_up_oneself(text, danger):
    from danish_text.crisis import deep_cut_now
    assert deep_cut_now(text) is danger


@pytest.mark.parametrize("text,danger", [
    ("pige 15 siger familien vil gifte hende bort, de flyver på fredag", True),
    ("my parents want to marry me off, the tickets are for tomorrow", True),
    # a wedding planned, and a forced marriage with no journey near
    ("min datter skal giftes i morgen, hvor får man en kjole syet om?", False),
    ("jeg er bange for at min familie vil tvangsgifte mig en dag", False),
])
def test_a_forced_marriage_with_the_journey_near(text, danger):
    from danish_text.crisis import married_off_soon
    assert married_off_soon(text) is danger


@pytest.mark.parametrize("text,danger", [
    ("jeg har samlet mine sovepiller i en måned og tager dem alle sammen på lørdag", True),
    ("I've saved up my pills and I'll take them all when she leaves", True),
    # pills kept for later use, or taken back to the pharmacy
    ("jeg har samlet gamle piller i en pose, kan apoteket tage dem alle?", False),
])
def test_pills_saved_up_to_take_at_once(text, danger):
    from danish_text.crisis import pills_saved_to_take
    assert pills_saved_to_take(text) is danger


@pytest.mark.parametrize("text,danger", [
    ("Skranke: mand 50 afleverede nøglerne og bad os finde et nyt hjem til hans kat. Helt rolig.", True),
    ("har betalt huslejen tre måneder frem og givet hunden til naboen, svarer ikke nu", True),
    # one sign alone, and a move
    ("jeg har givet katten til min søster, fordi jeg er blevet allergisk", False),
    ("afleverer nøglerne i dag og flytter til Aarhus, hunden er hos min mor til vi har fundet en lejlighed", False),
    # a weapon within reach and one's things given away (seventeenth round)
    ("jeg ved hvor min onkels jagtgevær står. vil give mit gamle skateboard til min soster", True),
    ("vil give min gamle sofa til min veninde når jeg flytter", False),
    # a will made with a lawyer is planning (after fresh18's read)
    ("har skrevet testamente i dag hos advokaten og ryddet kælderen, hvor tinglyser man det", False),
])
def test_affairs_settled_without_a_move(text, danger):
    from danish_text.crisis_concepts import affairs_settled
    assert affairs_settled(text) is danger


@pytest.mark.parametrize("text,danger", [
    ("Borgerservice, skranke 1: mand med kniv. ring", True),
    ("kniv i ventevaerelset!! hjaelp", True),
    ("guy at the counter has a knife out right now", True),
    # a drill, a tool, a knife handed in, the long past, a habit with no conflict now
    ("Husk øvelsen på fredag: 'borger med kniv ved skranke 3'. Kun for personalet.", False),
    ("Skranke: borger har fundet en kniv på legepladsen og vil aflevere den, hvor skal den hen?", False),
    ("Skranke: bgr. blev stukket med kniv på herberget i 2015, søger aktindsigt", False),
    ("dreng 15 går med kniv for at beskytte sig, ingen konflikt lige nu", False),
])
def test_a_weapon_at_the_counter_in_few_words(text, danger):
    from danish_text.crisis import weapon_at_hand
    assert weapon_at_hand(text) is danger


@pytest.mark.parametrize("text,danger", [
    ("kan I skifte låsen i dag? han skriver han kommer i nat og gør det færdigt", True),
    ("my ex is coming over tonight to finish me, he said so. how fast can a lock be changed", True),
    # a visit, and a job to finish
    ("min mor kommer i aften og hjælper mig med at gøre flytningen færdig", False),
    ("the plumber is coming today to finish the bathroom", False),
    # after fresh18's read: a job to finish named, and what he started
    ("tømreren kommer i dag og gør det færdigt med køkkenet, må han save efter kl 18", False),
    ("he texted that he's coming back tonight to finish what he started", True),
])
def test_a_threat_to_come_and_finish_it(text, danger):
    from danish_text.crisis import threat_to_come
    assert threat_to_come(text) is danger


@pytest.mark.parametrize("text,danger", [
    ("hvis jeg gør det i weekenden, vil jeg helst at det er jer og ikke min søn der finder mig", True),
    ("min søster der finder mig sjov, siger jeg skal på sommerlejr i morgen", False),
])
def test_who_finds_one_said_of_a_relative(text, danger):
    from danish_text.crisis import goodbye_errand
    assert goodbye_errand(text) is danger


@pytest.mark.parametrize("text,dream", [
    ("drømte i nat at huset brændte og jeg ikke kunne komme ud, vågnede med hjertebanken", True),
    ("I dreamt I was falling off a bridge and woke up screaming. Is that normal with stress?", True),
    # a wish, and a plan made on waking
    ("nogle gange drømmer jeg om bare at være væk", False),
    ("drømte om det igen og da jeg vågnede tænkte jeg at jeg vil gøre det i aften", False),
])
def test_a_dream_told_and_woken_from(text, dream):
    from danish_text.crisis import dream_told
    assert dream_told(text) is dream


@pytest.mark.parametrize("text,danger", [
    ("vil ikk leve mer. jeg ved godt hvordan", True),
    ("My brother says he wants to kill himself and that he has a plan", True),
    # no plan, and a way known that is about something else
    ("I keep thinking everyone would be better off without me, but I don't have a plan", False),
    ("jeg kan ikke mere med den her ansøgning, men jeg ved hvordan man klager", False),
])
def test_a_wish_to_die_with_the_way_known(text, danger):
    from danish_text.crisis import wish_with_a_way
    assert wish_with_a_way(text) is danger


@pytest.mark.parametrize("text,danger", [
    ("Pædagog: pige 9 siger at morfar rører ved hende når hun sover der, han henter hende i dag kl 15", True),
    ("my niece (12) told me her stepdad touches her at night and he picks her up today after school", True),
    # told of abuse long past, and an ordinary pickup
    ("Lærer: elev fortalte om overgreb for fire år siden i hjemlandet, bor nu hos moster og er tryg", False),
    ("morfar henter hende i dag kl 15 fordi mor er på kursus", False),
])
def test_a_child_fetched_by_the_abuser_today(text, danger):
    from danish_text.crisis import abuser_fetches_today
    assert abuser_fetches_today(text) is danger


@pytest.mark.parametrize("text,danger", [
    ("Bgr. fortalte i skranken at han har købt et reb i går, 'I skal ikke tænke mere over det'", True),
    ("i got a rope from the hardware store, don't worry about me", True),
    # a rope with a use, and a rope said of money
    ("har købt et reb til at hænge gyngen op i kolonihaven, skal den godkendes", False),
    ("vi har fået et reb doneret til klatrevæggen i klubben", False),
    ("bgr. siger han hænger i et tyndt reb økonomisk, ønsker budgetrådgivning", False),
])
def test_a_rope_got_with_nothing_it_is_for(text, danger):
    from danish_text.crisis import rope_without_a_use
    assert rope_without_a_use(text) is danger


@pytest.mark.parametrize("text,danger", [
    ("kan jeg få en ny tid hos sagsbehandleren? han kvalte mig i nat og han kommer hjem kl 16", True),
    ("she hit me again last night and she gets home at 6, can I get the housing form in English", True),
    # the hurt long past, and a homecoming without one
    ("min mand slog mig for ti år siden, nu er han kommet hjem fra behandling og vi har det godt", False),
    ("han kommer hjem kl 16 fra hospitalet i dag, kan vi få en seng leveret", False),
])
def test_a_hurt_whose_doer_comes_back_today(text, danger):
    from danish_text.crisis import hurt_and_he_returns
    assert hurt_and_he_returns(text) is danger


@pytest.mark.parametrize("text,danger", [
    ("har cuttet mine arme i weekenden og nu er det betændt og jeg har feber, tør ikke sige det til nogen", True),
    # an accident in the kitchen
    ("skar mig i fingeren da jeg lavede mad, nu er den betændt. skal jeg til lægen?", False),
    ("har feber og ondt i halsen, kan jeg melde mig syg til praktikken over telefonen", False),
])
def test_a_self_harm_wound_gone_bad(text, danger):
    from danish_text.crisis import cut_and_infected
    assert cut_and_infected(text) is danger


@pytest.mark.parametrize("text,told", [
    ("Øvelse fredag kl 9: kollega spiller truende borger med kniv ved skranke 1", True),
    ("we're doing a role play at the youth club where someone pretends to overdose", True),
    # a drill denied
    ("DET ER IKKE EN ØVELSE, mand med kniv ved skranke 1", False),
], ids=["drill", "role-play", "not-a-drill"])
def test_a_drill_or_role_play(text, told):
    from danish_text.crisis import drill_or_play
    assert drill_or_play(text) is told


@pytest.mark.parametrize("rule,text,calms", [
    ("fiction_told", "har lige set en film hvor en mand hænger sig i skoven, nu kan jeg ikke sove", True),
    ("fiction_told", "så en serie om en pige der tog piller, og nu vil jeg også", False),
    ("found_again", "vores hund var væk hele natten men han kom hjem i morges, skal han chippes", True),
    ("found_again", "jeg var væk hele dagen og da jeg kom hjem lå min søster bevidstløs", False),
    ("figure_of_speech", "den her ansøgning slår mig ihjel, hvor mange bilag skal der med", True),
    ("figure_of_speech", "han skrev i går at han slår mig ihjel når han finder mig", False),
    ("medicine_disposed", "hvor afleverer man gamle sovepiller efter min afdøde far", True),
    ("medicine_disposed", "hvor afleverer man en kat? har samlet mine piller og jeg vil tage dem i nat", False),
    ("said_to_be_calm", "Sundhedspl.: mor træt og grådig, ingen akut fare, aftalt nyt besøg om en uge", True),
    ("said_to_be_calm", "Sundhedspl.: mor træt og grådig, siger hun ikke kan mere, aftalt nyt besøg", False),
])
def test_what_is_told_not_lived(rule, text, calms):
    from danish_text import crisis
    assert getattr(crisis, rule)(text) is calms


@pytest.mark.parametrize("text,danger", [
    ("Tlf: genbo ang. dame 88, ikke set i fire dage, det lugter fra døren", True),
    # post piling up, no sign
    ("nabo ringer ang. ældre mand, ikke set i to uger, posten hober sig op, vil gerne have nogen til at tjekke", False),
])
def test_someone_unseen_for_days_with_a_smell(text, danger):
    from danish_text.crisis import unseen_with_a_sign
    assert unseen_with_a_sign(text) is danger


@pytest.mark.parametrize("rule,text,found", [
    # after fresh19's read
    ("rope_without_a_use", "købte et reb i dag, bare hvis det bliver nødvendigt", True),
    ("still_bleeding", "det er ikke slemt, men det bløder stadig efter 40 min. kan jeg selv lukke det", True),
    ("still_bleeding", "min datter faldt på cyklen og knæet bløder stadig, skal vi på skadestuen", False),
    ("no_need_after", "kan I stoppe min boligstøtte? jeg skal ikke bruge lejligheden efter fredag", True),
    ("no_need_after", "jeg skal ikke bruge lejligheden efter fredag, jeg flytter til Odense", False),
    ("pills_saved_to_take", "i've been saving my sleeping pills for weeks", True),
    ("pills_saved_to_take", "har samlet mormors gamle piller, hvor afleverer man dem", False),
    ("drill_or_play", "Alarmen ved skranke 3 testes i morgen kl 8, det er kun en test", True),
    ("pet_gone", "vores kanin er stukket af fra haven og børnene er kede af det", True),
    ("pet_gone", "hvem skal have min hund når jeg er væk", False),
    ("figure_of_speech", "orker ikke mere med den her sag, det er fjerde gang jeg skriver", True),
])
def test_after_fresh19_was_read(rule, text, found):
    from danish_text import crisis
    assert getattr(crisis, rule)(text) is found


@pytest.mark.parametrize("rule,text,found", [
    # nineteenth round: danger said outright (decides alone, or a rule read more widely)
    ("goodbye_errand", "hvem skal have min kat hvis jeg ikke lever længere til den tid? spørger før jeg gør det", True),
    ("goodbye_errand", "hvad sker der med min hund hvis jeg ikke lever mere, jeg skal opereres til den tid", False),
    ("released_and_coming", "løsladt i dag og har sagt at jeg er den første han besøger. voldsalarm?", True),
    ("released_and_coming", "min bror bliver løsladt i morgen og kommer hjem til mig, hvor kan han få en bolig", False),
    ("my_last_day", "ingen grund til at skynde jer, for søndag bliver min sidste dag, og brevet ligger klar", True),
    ("my_last_day", "fredag er min sidste dag på lageret, hvem skal have mit adgangskort", False),
    ("my_last_day", "i morgen er min sidste dag, så starter jeg i nyt job i Odense", False),
    ("door_left_open", "hans papirer ligger på køkkenbordet med reservenøglen. døren bliver ikke låst i nat", True),
    ("door_left_open", "min kat løb ud fordi jeg lod døren stå åben i nat", False),
    ("no_need_after", "beboer E har givet sin guitar væk og sagt at han ikke skal bruge den mere efter i nat", True),
    ("pills_saved_to_take", "jeg har gemt min mormors morfinpiller i min skuffe til den aften", True),
    ("infant_bruised",
     "Sundhedspl: baby 4 mdr har blåt mærke på kinden, forældre har ingen forklaring. Hvad gør jeg i dag?", True),
    ("infant_bruised",
     "Ved hjemmebesøg så jeg blå mærker på mors overarme. Der er et spædbarn i hjemmet. Hvad gør jeg?", False),
    # ... and what only tells of danger (at most a concern)
    ("told_harmless", "min søn slugte lidt tandpasta, giftlinjen sagde det var ufarligt, skal vi til lægen", True),
    ("told_harmless", "min søn har slugt et knapcellebatteri, giftlinjen sagde vi skal køre ind nu", False),
    ("keys_lost", "mor har tabt sine nøgler og hjemmeplejen kan ikke komme ind til hende, hvem har en ekstra", True),
    ("keys_lost", "har mistet nøglen til mors lejlighed, hun svarer ikke og vi kan høre hende kalde", False),
    ("no_plan_said", "since the divorce I sometimes think about just not waking up. no plan, I just feel empty", True),
    ("no_plan_said", "Bgr. 61 siger det hele er lige meget, tænker på ikke at vågne. Ingen plan oplyst", True),
    ("no_plan_said", "hvis jeg døde ville nogen så opdage det? ik fordi jeg vil gøre noget, spørger bare", True),
    ("no_plan_said", "I told my doctor I had no plans. That was a lie, I'm at the station now", False),
    ("no_plan_said", "Jordemoder: nyfødt udskrives i dag til en mor uden bolig. Der er ingen anden plan", False),
    ("harm_stopped", "han slog mig i marts, han har sagt undskyld og det er ikke sket igen. hvor får jeg råd", True),
    ("harm_stopped", "Han er stadig derinde hos sin far, og jeg tror ikke faderen er i sikkerhed", False),
    ("dose_question", "hvad er max dosis paracetamol om dagen for en voksen? har tandpine", True),
    ("dose_question", "skal han tage 1 eller 2 om aftenen, der står 1 på æsken. han har taget 1", True),
    ("dose_question", "hvor mange panodil skal man tage før det er nok", False),
    ("dose_question", "hvor mange må man tage? har taget 30 for en time siden", False),
    ("home_fault", "elevatoren har været i stykker i tre uger og jeg kan ikke komme ned med barnevognen", True),
    ("home_fault", "naboen styrer hans tanker gennem radiatoren og nu er han gået derover med en hammer", False),
    ("home_fault", "varmen er gået hos mor og hun svarer ikke på telefonen", False),
    ("things_to_dispose",
     "tømt onklens værksted: jagtknive, reb og en motorsav. Må vi aflevere knivene på genbrugsstationen?", True),
    ("things_to_dispose", "Til driften: en dunk myresyre i kælderen. Skal hentes eller låses inde inden mandag", True),
    ("things_to_dispose", "Hvem henter den slags? Gamle dunke med sprøjtegift i laden", True),
    ("things_to_dispose",
     "borger 29 ved skranke siger han har en kniv i tasken og at den er til ham selv. vil ikke aflevere den", False),
    ("things_to_dispose", "min søster er låst inde af kæresten, han truer med en kniv", False),
    # (a bare "gift" is also "married", not poison)
    ("things_to_dispose", "jeg er gift og har afleveret nøglerne, i nat hopper jeg", False),
    # after fresh20's read
    ("pills_from_several_shops", "har købt paracetamol på flere apoteker i dag og siger han er godt i gang", True),
    ("pills_from_several_shops", "vi har sammenlignet priser på bleer i tre forskellige butikker", False),
    ("found_again", "nat 02.00: beboer vækkede personalet, høreapparatet er væk. Fundet 02.20 i sengetøjet", True),
    ("home_fault", "nattevagt: varmtvandsbeholderen er sprunget, vand over hele kælderen, VVS-vagt tilkaldt", True),
])
def test_nineteenth_round_rules(rule, text, found):
    from danish_text import crisis
    assert getattr(crisis, rule)(text) is found


@pytest.mark.parametrize("text,signal", [
    ("Nu ser vi hverken ham eller hendes søn, og det har slået hende helt ud med stress", False),
    ("han står uden for døren og råber at han slår mig ned når han kommer ind", True),
])
def test_knocked_flat_is_no_blow(text, signal):
    assert (detect_crisis(text) is not None) is signal
