"""The crisis model: concepts, spelling invariance, the decision rule, and the bar it must
hold on the crisis development split (the held-out split is read by `make eval` only)."""
import pytest

from api.settings import get_api_settings
from danish_text.crisis_concepts import concepts
from danish_text.crisis_model import CrisisModel, features, load_model
from evaluation.crisis_eval import SPLITS, load
from evaluation.spellings import VARIANTS


@pytest.fixture(scope="module")
def model() -> CrisisModel:
    return load_model(str(get_api_settings().crisis_model))


@pytest.mark.parametrize("text,expected", [
    ("har taget 30 pamol og skrevet et brev til min mor", {"means_medicine", "means_count", "finality"}),
    ("sidder oppe på taget og kigger ned", {"means_way"}),
    ("han tog kvælertag på mig i nat", {"act_violence"}),
    ("han rystede babyen og nu er hun helt slap", {"act_child_harm", "person_child"}),
    ("han trækker ikke vejret", {"state_body"}),
    ("stemmerne siger jeg skal straffe naboen", {"state_mind"}),
    ("vi holder temadag om selvmordsforebyggelse", {"cancel_institutional"}),
    ("jeg er ikke selvmordstruet", {"cancel_negation"}),
    ("for 20 år siden var min far voldelig", {"cancel_past"}),
    ("jeg skyder zombier i fortnite", {"cancel_fiction"}),
    ("min kat er forsvundet", {"cancel_lost_thing"}),
    ("har afleveret katten hos naboen og slettet facebook", {"preparation"}),
    ("købt kul og en engangsgrill og tætnet vinduerne", {"preparation"}),
    ("jeg griner mig ihjel", {"cancel_figurative"}),
    # eighth round: concepts the seventh round's errors showed missing
    ("husk beredskabsøvelse torsdag: borger med kniv ved skranken", {"cancel_institutional"}),
    ("den her ventetid slår mig ihjel", {"cancel_figurative"}),
    ("kan man sy sig selv? der er et gab på armen", {"act_selfharm"}),
    ("my dad passed out and we cant wake him", {"state_body"}),
    ("han gør ting ved hende når moren er på arbejde", {"ongoing"}),
    ("et selvmordsforsøg i 2014", {"cancel_past"}),
    # tenth round: telling of something that happened, to be heard
    ("jeg har aldrig fortalt det til nogen og skammer mig stadig", {"disclosure"}),
    ("min træner rørte ved mig efter kampen, var det et overgreb", {"disclosure"}),
    ("who can i talk to about what happened", {"disclosure"}),
    # eleventh round: the institutional word inside a compound
    ("hvem står for selvmordsforebyggelsen i kommunen", {"cancel_institutional"}),
    ("klassen laver et antivoldsprojekt", {"cancel_institutional"}),
    # fourteenth round: burns on a person, in both languages
    ("hans stedfar brænder ham med cigaretter", {"act_child_harm"}),
    ("her stepdad burns her with a lighter", {"act_child_harm"}),
    ("hendes onkel har haft sex med hende", {"act_child_harm"}),
    ("burned my arm with a lighter", {"act_selfharm"}),
    ("han ved hvor han kører ud over i aften", {"means_way", "imminence"}),
    ("bgr. løber ud foran biler, siger han er usårlig", {"means_way", "state_mind"}),
])
def test_concepts_name_what_a_message_says(text, expected):
    assert expected <= set(concepts(text))


def test_sheets_of_tablets_and_a_week_s_dose_are_a_count():
    assert "means_count" in concepts("tog to plader panodil i aftes")
    assert "means_count" in concepts("I took the whole week's dose at once")
    assert "cancel_negation" not in concepts("har det fint endnu")
    assert "death_wish" in concepts("stemmerne siger jeg skal ofre mig i nat")
    assert "means_way" in concepts("han står med en jernstang")


def test_english_preparations_said_flatly():
    assert "preparation" in concepts("letters are written and the cat is with my sister")
    assert "preparation" in concepts("I've got the pills counted")
    assert "preparation" not in concepts("the cat is asleep on my bed")


def test_words_that_fold_into_danger_are_read_as_what_they_are():
    """Fifteenth round: folding makes a bag of a beating ("taske"/"tæske"), a gift of spring
    ("foråret"/"foræret"); "hænger ud", "afhænger", a blood clot, guests and a dismissal are no danger."""
    assert "act_violence" not in concepts("sidder på Hovedbanen med min taske")
    assert "act_violence" in concepts("han tæsker hende når han er fuld")
    assert "act_violence" in concepts("jeg får tæsk når jeg kommer hjem")
    assert "finality" not in concepts("blev enke i foråret")
    assert "finality" in concepts("hun har foræret alle sine ting væk")
    assert "means_way" not in concepts("han hænger ud med de store, det afhænger af dem")
    assert "means_way" in concepts("jeg vil hænge mig i aften")
    assert "act_selfharm" not in concepts("fik en blodprop i hjernen sidste år")
    assert "act_selfharm" in concepts("det bløder, der er blod overalt")
    assert "means_way" not in concepts("fast gæst på værestedet")
    assert "finality" not in concepts("arbejdsgiveren vil afskedige hende")
    # after blind17's read: a weight loss is no guard ("vægttab" folds to "vagttab")
    assert "person_staff" not in concepts("stort vægttab siden sommer")
    assert "person_staff" in concepts("vagten blev slået ned ved indgangen")


def test_things_that_kill_me_are_figures_of_speech():
    assert "cancel_figurative" in concepts("den her årsopgørelse slår mig ihjel")
    assert "cancel_figurative" in concepts("han siger 'det her slår mig ihjel'")
    assert "cancel_figurative" in concepts("I tager simpelthen livet af mig")
    assert "cancel_figurative" not in concepts("hvis jeg fortæller det slår han mig ihjel")


def test_invulnerable_on_a_road_with_eyes_closed():
    assert {"state_mind", "means_way"} <= set(concepts(
        "I can't be hurt, gonna walk across the road with my eyes closed"))


def test_an_hour_ago_is_not_long_past():
    assert "cancel_past" not in concepts("took them about an hour ago")
    assert "cancel_past" in concepts("he died ten years ago")


def test_who_do_i_call_is_no_wish_to_die():
    assert "death_wish" not in concepts("who do I call about this")
    assert "death_wish" in concepts("jeg vil bare dø")


def test_a_year_is_not_a_scar_and_some_is_not_a_key():
    assert "act_selfharm" not in concepts("min søn på 16 år")
    assert "cancel_lost_thing" not in concepts("det sker nogle gange")


def test_a_floor_to_live_on_is_not_a_means_and_a_lift_is_not_a_pupil():
    # found in real letters about housing and sclerosis (the corpus dev split)
    assert not {"means_way", "person_child"} & set(concepts("jeg bor på 5. sal uden elevator"))
    assert "means_way" in concepts("han vil springe ud fra 7. sal")
    assert "means_way" in concepts("står ude på kanten på 6. sal")
    assert "person_child" in concepts("en elev i 3. klasse")


@pytest.mark.parametrize("text", [
    "Jeg har samlet piller sammen og skrevet farvel til min søster",
    "min kæreste slår mig og jeg tør ikke gå hjem i aften",
    "Min mormor døde sidste år og jeg savner hende",
])
def test_every_spelling_is_the_same_features_and_decision(model, text):
    variants = [transform(text) for transform in VARIANTS.values()]
    assert len({frozenset(features(v).items()) for v in variants}) == 1
    assert len({model.assess(v) for v in variants}) == 1


def test_the_decision_is_three_levels_with_a_kind(model):
    assert model.assess("har lige slugt 40 pamol med en halv flaske vodka").level == "crisis"
    assert model.assess("har lige slugt 40 pamol med en halv flaske vodka").kind == "overdosis"
    assert model.assess("min kat er forsvundet fra lejligheden").level is None
    assessed = model.assess("hej")
    assert assessed.level is None and assessed.kind is None and 0.0 <= assessed.p_crisis <= 1.0


def test_a_phrase_rule_is_evidence_not_a_verdict(model):
    """A rule of a guarded kind lowers the bar; it does not decide alone."""
    assert model.is_crisis(model.rule_threshold, "selvmord")
    assert not model.is_crisis(model.rule_threshold / 2, "selvmord")
    assert not model.is_crisis(model.rule_threshold, None)


def test_an_overdose_taken_decides_alone_however_calmly_it_is_said(model):
    """The model reads "har det fint" as calm; the words of an overdose taken are not."""
    calm = "ingen panik, har det fint. tog bare 35 pamoler"
    assert model.level_probabilities(calm)["crisis"] < model.crisis_threshold
    assert model.assess(calm).level == "crisis"
    assert model.assess("ingen panik, har det fint. tog bare 2 pamoler").level != "crisis"


def test_a_phrase_rule_about_the_long_past_is_no_guard(model):
    assert model.guard("selvmord", features("jeg vil tage mit liv i aften")) == "selvmord"
    assert model.guard("selvmord", features("hun forsøgte selvmord i 2009")) is None
    assert model.guard("vold", features("han slog mig for ti år siden")) is None


def test_a_long_letter_is_also_read_sentence_by_sentence(model):
    """One sure sentence in a long letter counts when the letter carries some risk; the
    same sentence's weight does not reach a short message's whole-text threshold alone."""
    assert model.letter_sentences >= 3 and model.letter_sentence > model.crisis_threshold
    assert model.riskiest_sentence("Kort besked. Tak.", 0.9) == 0.0      # too short to split
    long_calm = "Jeg har et spørgsmål. Det handler om boligstøtte. Jeg bor på Amager. Jeg har to børn. Tak for hjælpen."
    assert model.riskiest_sentence(long_calm, 0.0) == 0.0                # no risk in the whole
    assert model.is_crisis(0.0, None, 0.0, p_sentence=model.letter_sentence)
    assert not model.is_crisis(0.0, None, 0.0, p_sentence=model.letter_sentence - 0.01)


def test_a_short_message_reads_a_sentence_that_names_a_danger_alone(model):
    """Two or three sentences: an ordinary question does not drown a sentence with a means,
    an act or a body in danger; a sentence without such a concept is not read alone."""
    assert model.short_sentences == 2 and model.short_sentences < model.letter_sentences
    buried = "Hvordan søger jeg boligstøtte? Jeg har lige slugt 40 panodiler for en halv time siden."
    assert model.riskiest_short_sentence(buried, 1.0) >= model.short_sentence
    assert model.assess(buried).level == "crisis"
    assert model.riskiest_short_sentence("Hvordan søger jeg boligstøtte? Jeg bor på Amager.", 1.0) == 0.0
    assert model.riskiest_short_sentence("Jeg har lige slugt 40 panodiler.", 1.0) == 0.0     # one sentence
    assert model.riskiest_short_sentence(buried, 0.0) == 0.0                                 # no risk in the whole
    assert model.is_crisis(0.0, None, 0.0, p_short=model.short_sentence)


@pytest.mark.parametrize("split", list(SPLITS))
def test_the_crisis_splits_hold_the_line(model, split):
    items = load(split)
    danger = [i for i in items if i["safety"] == "crisis"]
    calm = [i for i in items if i["safety"] == "none"]
    recall = sum(model.assess(i["text"]).level == "crisis" for i in danger) / len(danger)
    alarms = sum(model.assess(i["text"]).level == "crisis" for i in calm) / len(calm)
    print(f"crisis {split} split: recall {recall:.3f}, false alarms {alarms:.3f}")
    assert recall >= BARS[split][0] and alarms <= BARS[split][1]


# Where the chosen model stands, so a change that loses recall or adds false alarms fails
# here. Every split below has been read (each at the end of its round) and serves for
# development now; the fourth round's figures: dev 0.981 / 0.054, heldout 0.958 / 0.040,
# fresh 0.991 / 0.032, fresh2 1.000 / 0.059; and `fresh3`, read once at the end of the
# fourth round, 0.983 / 0.062. The bar (recall 1.0, false alarms <= 0.05) is not
# reached on fresh3: a toddler who drank dishwasher soap (in English), children put out in
# the frost; figurative speech and a coordinated denial ("afviser tanker om selvskade og
# selvmord") raise the alarm. Fifth round: nothing measured beat this model on the development
# splits (data/crisis/README.md), so it stayed, and `fresh4`, read once with it, says 0.972 /
# 0.095: three overdoses said in passing are missed (English "oxynorm with vodka", a man who
# cannot be woken beside a syringe, a neighbour's "took all the morphine" text), and song
# lines, "my boss is going to kill me", past self-harm and everyday anger raise the alarm.
# Sixth round: the other splits added to the training data moved nothing (15 → 16 misses,
# 40 false alarms, leave one split out), so the model stayed, and `fresh5`, read once with
# it, says 0.969 / 0.086: two goodbyes with a means not yet in hand and denatured alcohol
# drunk at school are missed; anger at an office written as an emergency, knife drills at
# the counter, a film plot, figurative speech and a suicide long ago raise the alarm.
# Seventh round: a second reader (the linear model averaged with a hidden-layer network,
# the riskier reading counts) found four more danger items on these splits (17 → 13 misses
# of 809) for one false alarm more (43 → 44 of 706, on dev: an all-caps complaint about
# sickness benefit), and `fresh6`, read once with it, says 0.979 / 0.108 (the linear model
# alone: 0.969 / 0.108): a gaping wound someone wants to sew up at home and an 11-year-old
# alone with a baby and a mother passed out are missed; figurative "slår mig ihjel", anger
# at an office, a knife drill, fiction and events long past raise the alarm. After that read,
# floors and lifts in the concept lexicon and `calm_letters.yml` (found in the corpus dev
# split) took fresh6 to 0.979 / 0.090 and fresh4's recall to 0.991: figures of a read split.
# Eighth round: concepts the errors showed missing (drills, plays, things that "kill", a wound
# to sew, blue lips, household chemicals, abuse that goes on), `wounds_and_frames.yml` and
# P(crisis) >= 0.51 took the read splits from 14 to 10 misses of 905 and from 54 to 42 false
# alarms of 817 (data/crisis/README.md).
# `fresh7`, read once with that model, says 0.962 / 0.088, where the seventh round's model says
# 0.962 / 0.072: the gains on the read splits did not carry over to the blind one. After the
# read, a phrase rule about the long past stopped being a guard, eight past attempts were
# written and "ikke fået mad" matches (read splits 10 -> 8 misses, 42 -> 39 false alarms,
# fresh7 0.962 / 0.072: development figures).
# Ninth round: the other hands' splits of rounds two to six (fresh … fresh5) are training data
# now; read leave-one-hand-out, seven other hands' splits give 6 misses of 729 danger items
# (as the eighth round's model, which had been chosen on most of them), 34 false alarms of
# 712 (38) and 33 of 246 concern items shown as crisis (58). Decision rule re-chosen
# (P(crisis) >= 0.47, rule guard 0.25). `fresh8`, read once with that model, says 0.964 / 0.016
# (the eighth round's model: 0.955 / 0.032): a buried sentence in a debt letter, keys handed in
# with a dog to rehome, 30 paracetamol "an hour ago, she says she is fine" and an English
# delusion with a plan "for good" are missed; "dør af kedsomhed" and anger in capitals alarm.
# After the read, the corpus' train split (253 real letters and notes with a safety label) joined
# the training data and P(crisis) >= 0.45 (chosen on dev: corpus dev 17 -> 16 wrong flags,
# misses 14 -> 13 and false alarms 23 -> 25 on the crisis splits, fresh8 now among them).
# Tenth round: no change measured better (moving fresh6 into training, weighting the corpus'
# real letters threefold, 284 quiet danger items with calm twins by two more hands), so the
# model stayed, and `fresh9`, read once with it, says 0.955 / 0.033: a quiet goodbye (a bank
# account and a will "before tomorrow evening", funeral help paid in advance), 30 paracetamol
# "this morning, I feel fine now", a cut still pumping blood (English) and burns that go on behind a
# locked door, buried in a letter about a psychologist's waiting time, are missed; "mor slår mig ihjel",
# eleven daily pills, an English denial of suicidality and a cold flat with a baby alarm.
# After the read, a `disclosure` concept: corpus dev wrong flags 16 -> 13, the crisis splits unchanged.
# Eleventh round: `fresh10`, read once at the start with the tenth round's model, says 0.980 / 0.059:
# self-harm buried after an ordinary question (razor blades swallowed "but that's another matter",
# English cuts soaking through a bandage) is missed; prevention plans, a father's ashes, a dog's last
# goodbye, no money for food till Friday and a knife collection with a grandchild visiting alarm.
# After the read, the institutional word inside a compound cancels, and a short message's sentence
# that names a means, an act or a body in danger is read alone: the crisis splits 20 -> 18 misses
# of 803 (fresh9's 30 paracetamol "and I feel fine", fresh10's razor blades), 36 -> 39 false
# alarms of 849 (old pills to hand in, a landlord at the door, a dog run away). Bars as measured.
# `fresh11`, read once at the end of the round with that model, says 0.991 / 0.051: "har det fint,
# tog bare 30 panodiler i morges" (one sentence, so not read sentence by sentence) is missed;
# figurative "slår mig ihjel" / "tager livet af mig", a game, a first-aid course about suicide,
# no food till Friday and a broken lift with twins alarm. After it, the risk rule needs P(crisis) >= 0.35.
# `fresh12`, read once at the very end with that model, says 0.961 / 0.023: "tog bare 40 panodiler" again,
# self-harm buried in a student's letter, an infected cut "tape it?" and a client running in front of
# cars ("usårlig", shown as concern) are missed.
# Twelfth round: calm staff notes about hardship with danger twins, and danger in the staff's flat
# register, as training data (data/crisis/README.md): on the nine read splits 23 misses of 1,012 stay
# 23 and false alarms go 47 -> 46 of 1,120, while wrong flags on the blind understanding sets' staff
# notes go 92 -> 79 of 486. Per split it moves: dev false alarms 5 -> 6, fresh7 8 -> 9, fresh11 misses
# 1 -> 2 (a 13-year-old afraid of a beating tonight, P 0.42), heldout misses 4 -> 3, fresh8 false alarms
# 3 -> 1. Then an overdose taken, said outright ("tog bare 30 panodiler"), decides alone: misses
# 23 -> 20 (fresh8, fresh11, fresh12: the played-down overdoses), no false alarm more; and so does a
# deep cut that bleeds or gapes ("cut deeper than ever, tape it?"): 20 -> 17; and the phrase rule
# "tør ikke gå hjem" also reads "tør ik tage hjem" (a guard, as before): 17 -> 16. Bars as measured.
# `fresh13`, read once at the very end with that model, says 1.000 / 0.029 (101 danger, 136 calm):
# the bar met on a blind split for the first time. It raised the alarm on a carpenter's
# tools, an old hunter's shotgun, a broken lift with an 81-year-old on the 5th floor and a man who
# slept in a stairwell (staff notes); 3 of 37 concern items were shown as crisis.
# Thirteenth round: the model unchanged (other hands' calm messages and danger twins as training
# data cost 3-8 misses on the read splits; data/crisis/README.md). `fresh14`, read once at the end,
# says 0.969 / 0.050 (97 danger, 140 calm): a burn on purpose an hour ago "that doesn't even hurt"
# and a 9-year-old's disclosure of cigarette burns before going home (both in English), and a
# jobcenter note about a man who knows where he will drive off tonight (shown as concern), are
# missed; a farmer's old poison cans, Tramadol taken as prescribed, a broken lift, a burst pipe, a
# home-care note about an axe by the stove, a school essay on 13 Reasons Why and "skåret dybt i
# budgettet" (the deep-cut rule missed its own figurative exception in that inflection) alarm.
# Fourteenth round: a negated stop affirms the act ("KAN IKKE STOPPE MED AT SKÆRE" was read as a
# denial), burns and sex with a child are harm, "who do I call" is no wish to die and "an hour ago" is
# not long past, "kører ud over" and "ud foran biler" are ways, "usårlig" is a state of mind. Retrained,
# the model misses 17 of 1,323 danger messages on the read splits instead of 22 (heldout 0.975 ->
# 0.983, fresh12 0.981 -> 0.990, fresh14 0.969 -> 1.000) and raises 165 false alarms of 3,215 instead
# of 161 (fresh13 one more: a caretaker's call about a woman with dementia who left her door open).
# `fresh15`, read once at the end of the fourteenth round with that model, says 0.935 / 0.069 (108
# danger, 159 calm; the thirteenth round's model said the same): a goodbye and a suicide plan mixed
# with English ("letters are written and the cat is with my sister", "I've got the pills counted"), a
# sacrifice ordered "through the radio" tonight, two sheets of paracetamol "I'm fine so far", a rope
# for "the beam in the loft", digoxin for a week taken at once, a father with an iron bar outside a
# school are missed. After the read: sheets of tablets and a week's dose are a count, an iron bar
# and a beam are means, "ofre mig" a wish to die, "har det fint endnu" no denial: 0.963 / 0.069
# (fresh10 one false alarm more: 0.052); and English preparations said flatly ("letters are written",
# "the cat is with my sister", "pills counted", "won't need them from monday"): 0.972 / 0.069.
# Fifteenth round: words that folding makes into danger read right ("taske" a bag, "i foråret" spring,
# "hænger ud", a blood clot, guests, a dismissal, "vægttab"), things that "kill me" figurative; a long
# letter's one sure sentence counts when the whole is at 0.1, the rules' guard at 0.3, the doubt rule at
# 0.36: on the read splits misses 20 -> 20 of 1,433, false alarms 182 -> 159 of 3,497 (fresh7 9 -> 8,
# fresh10 5 -> 4, fresh15 11 -> 6; fresh11 6 -> 7: "9.a slår mig ihjel i dag" and a boss who "kills"
# a joker, so its bar is 0.055). `fresh16`, read once at the end through /api/route, says 0.984 / 0.019
# (123 danger, 158 calm): a goodbye put as a practical question in English ("schedule a message so my
# body gets found quickly") and "Skranke: mand med kniv i venteområdet" are missed; the model read
# directly (as here) misses one more at the edge, so the bar is 0.975.
# Sixteenth round: eight phrase rules that decide alone, each matching nothing but danger in every set
# (a goodbye put as an errand, self-harm done today, orders from voices or the radio, a forced marriage
# with the journey near, pills saved up, affairs settled, a week's doses, a wound to sew), the model
# unchanged: misses on the read splits 24 -> 9 of 1,571, false alarms unchanged (169 of 3,848); the bars
# of fresh6-9, fresh12, fresh15 and fresh16 are tighter. `fresh17`, read once at the end, says 0.966 /
# 0.087 (117 danger, 138 calm): a knife at the counter in three words ("Skranke 2: kniv. hjælp"), a
# father's gun cabinet key beside a PlayStation given away, "who will find me" said as a question about
# living alone, an ex coming "to finish it" tonight asked as a lock change; the rules fired ten times
# there, all on danger. The false alarms are the model's: a dream, a book, a TV series, a missing cat
# "she can't live without", a knee that "kills" a home-care client, forgotten morning pills.
# Seventeenth round: five more phrase rules that decide alone (a weapon at the counter in a short note, a
# threat to come and "finish it" tonight, a wish to die with the way known, a child fetched by the abuser
# today, "who finds me" said of a relative), two more signs of affairs settled, and a dream told and woken
# from is at most a concern: misses on the read splits 13 -> 8 of 1,708, false alarms 182 -> 180; the bars
# of dev, fresh6, fresh16 and fresh17 are tighter. `fresh18`, read once at the end through /api/route,
# says 0.926 / 0.090 (121 danger, 167 calm). After the read: orders from "tv'et" to "straffe", "finish
# what he started" are danger; the new rules no longer fire on "håndværkeren … gør det færdigt med
# badeværelset" or a will made with a lawyer at 70 (the model flags both anyway): 0.942 / 0.090 read
# directly. Eighteenth round: four more phrase rules that decide alone (a rope got with nothing it is for,
# a hurt whose doer comes back today, a self-harm wound infected, someone unseen for days with a smell from
# the door), and what is told rather than lived is calmed (a drill, a story, a lost one back, killing said
# of a thing, old medicine to hand in, "ingen akut fare"): misses on the read splits 16 -> 10 of 1,819,
# false alarms 196 -> 178 of 4,171; fresh18 0.975 / 0.054, and the bars of fresh17 and fresh18 are tighter.
# `fresh19`, read once at the end through /api/route, says 0.942 / 0.140 (121 danger, 157 calm): pills
# saved "and that's when", a pension paid out because "I won't need it after next week", bleeding played
# down, a rope bought "just in case" with no subject before the verb; the alarms are lost pets, a toddler who
# swallowed something harmless, tools at work, grief. After the read (rules for each kind, checked on every
# set): 0.975 / 0.096 read directly. Nineteenth round: seven more kinds of danger said outright decide alone
# or read more forms (one's own last day, a door left open, a threat from someone released, a baby's bruise
# no one explains …) and seven kinds of message are calmed (no plan said, the harm stopped, a dose question,
# a tool to hand in …): misses on the read splits 14 -> 7 of 1,959, false alarms 196 -> 175 of 4,438;
# fresh18 0.992 / 0.048 and fresh19 1.000 / 0.070, and their bars are tighter. `fresh20`, read once at the
# end through /api/route, says 0.971 / 0.071 (136 danger, 155 calm): paracetamol bought at three pharmacies
# "so nobody would notice", lamp oil drunk, cuts with glass "and I keep doing it", psychosis inside a
# complaint; the alarms are grief letters ("den sidste dag"), a PN sleeping pill, "jeg skærer ikke i mig
# mere", a burst water heater, a hearing aid lost and found. After the read (pills bought at several shops,
# a heater, a thing found at a time, each checked on every set): 0.978 / 0.058 read directly.
BARS = {"dev": (1.0, 0.04), "heldout": (0.98, 0.035), "fresh6": (1.0, 0.055), "fresh7": (1.0, 0.065),
        "fresh8": (0.99, 0.01), "fresh9": (1.0, 0.045), "fresh10": (1.0, 0.035), "fresh11": (1.0, 0.055),
        "fresh12": (1.0, 0.02), "fresh13": (1.0, 0.04), "fresh14": (1.0, 0.045), "fresh15": (1.0, 0.04),
        "fresh16": (1.0, 0.02), "fresh17": (1.0, 0.045), "fresh18": (0.99, 0.05),
        "fresh19": (1.0, 0.075), "fresh20": (0.97, 0.06)}


@pytest.mark.parametrize("text,level", [
    # the model may flag these; told harmless, or a door that will not open, is at most a concern
    ("my toddler swallowed a bit of toothpaste, giftlinjen said it's fine but im paranoid", (None, "concern")),
    ("Borger 71 har tabt nøgler og sygesikringskort, står udenfor og kan ikke komme ind", (None, "concern")),
])
def test_what_was_weighed_is_at_most_a_concern(model, text, level):
    assert model.assess(text).level in level
