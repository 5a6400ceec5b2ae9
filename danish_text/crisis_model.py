"""The crisis decision: danger now (`crisis`), risk without imminence (`concern`), or none.

One model, read by both environments: Rasa's `bot.crisis.CrisisDetector` and the API's
fallback for when Rasa is down load the same JSON file of plain weights (no pickles, no
scikit-learn at run time) and run this module, so they cannot disagree. The weights are
trained by `bot.crisis_train` (scikit-learn, in `.venv-rasa`) from `data/crisis/`.

Two readers weigh the features: a linear model, and its average with a network of one
hidden layer; the riskier reading counts. The features: folded word uni- and bigrams,
character 3–5-grams inside words (typos and inflections), the concept lexicon of
`crisis_concepts` (means, acts, states, imminence, persons, context that cancels) and
pairs of concepts. Because every feature is computed on folded text, "søn", "soen" and
"son" are the same feature by construction.

The decision rule (thresholds, the phrase rules as a guard, safety first between crisis
and concern) was chosen on the development splits (see `bot.crisis_train` and
data/crisis/README.md). In a long letter one concrete sentence ("I nat tager jeg dem alle
sammen") drowns in paragraphs about debt or custody, so a letter of four sentences or more
is also read sentence by sentence: one sentence the model is all but sure of (0.9) raises
the alarm when the letter as a whole carries some risk (0.05). Words a negation governs
("ingen selvmordstanker", "han har aldrig slået mig") are features of their own, and a
phrase rule that matches only denied words is no guard (`danish_text.negation`), nor is one
in a message about the long past (`CrisisModel.guard`). Phrase rules for danger said outright
decide alone (`DECIDES_ALONE`: an overdose taken, a deep cut that bleeds, a goodbye put as an errand, pills
saved up, one's own last day named …), and phrase rules for danger told rather than lived calm the model's
alarm to at most a concern (`CALMED_BY`: a story, a dream, no plan said, a dose question, a tool to hand
in …); each matched only what it is for in every set (data/crisis/README.md). Scoring
every message by its riskiest sentences and pairs (`windows`) is kept as a measured
alternative: more false alarms, so it is off.
"""
from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from danish_text.crisis import (
    SENTENCE_BREAK,
    abuser_fetches_today,
    commanded_harm,
    cut_and_infected,
    deep_cut_now,
    detect_crisis,
    door_left_open,
    dose_question,
    dream_told,
    drill_or_play,
    fiction_told,
    figure_of_speech,
    found_again,
    goodbye_errand,
    harm_stopped,
    home_fault,
    hurt_and_he_returns,
    infant_bruised,
    keys_lost,
    married_off_soon,
    medicine_disposed,
    my_last_day,
    no_need_after,
    no_plan_said,
    overdose_taken,
    pet_gone,
    pills_from_several_shops,
    pills_saved_to_take,
    released_and_coming,
    rope_without_a_use,
    said_to_be_calm,
    self_harm_done_now,
    still_bleeding,
    things_to_dispose,
    threat_to_come,
    told_harmless,
    unseen_with_a_sign,
    weapon_at_hand,
    wish_with_a_way,
)
from danish_text.crisis_concepts import CONCEPT_PAIRS, affairs_settled, concept_counts, folded_words
from danish_text.negation import negated_words

LEVELS = ("none", "concern", "crisis")
CHAR_NGRAMS = (3, 5)
MAX_WINDOWS = 12


GROUPS = frozenset({"words", "chars", "concepts", "rules", "neg"})


def features(text: str, groups: frozenset[str] = GROUPS) -> dict[str, float]:
    """Sparse features of one message; values are scaled so long texts do not dominate.

    `groups` exists so that `bot.crisis_train` can measure what each group adds."""
    words_str = folded_words(text)
    words = words_str.split()
    out: dict[str, float] = {}
    grams = set(words) | {f"{a} {b}" for a, b in zip(words, words[1:])}
    if grams and "words" in groups:
        scale = 1.0 / math.sqrt(len(grams))
        for g in grams:
            out["w:" + g] = scale
    chars: set[str] = set()
    lo, hi = CHAR_NGRAMS
    for w in (words if "chars" in groups else ()):
        padded = f" {w} "
        for n in range(lo, hi + 1):
            chars.update(padded[i:i + n] for i in range(max(1, len(padded) - n + 1)))
    if chars:
        scale = 1.0 / math.sqrt(len(chars))
        for c in chars:
            out["c:" + c] = scale
    found = concept_counts(words_str) if "concepts" in groups else {}
    for name, n in found.items():
        out["k:" + name] = 1.0 + math.log(n)
    for a, b in CONCEPT_PAIRS:
        if a in found and b in found:
            out[f"p:{a}+{b}"] = 1.0
    if "neg" in groups:
        denied = set(negated_words(text))
        for w in denied:
            out["n:" + w] = 1.0 / math.sqrt(len(denied))
    signal = detect_crisis(text, respect_negation="neg" in groups) if "rules" in groups else None
    if signal is not None:
        out["r:any"] = 1.0
        out["r:" + signal.kind] = 1.0
    out["len:" + ("short" if len(words) <= 6 else "medium" if len(words) <= 30 else "long")] = 1.0
    return out


@dataclass(frozen=True)
class LinearModel:
    """A multinomial logistic regression as plain numbers: classes, weights, bias."""

    classes: tuple[str, ...]
    weights: dict[str, list[float]]
    bias: list[float]

    def probabilities(self, feats: dict[str, float]) -> dict[str, float]:
        scores = list(self.bias)
        for name, value in feats.items():
            w = self.weights.get(name)
            if w is not None:
                for i, wi in enumerate(w):
                    scores[i] += wi * value
        if len(scores) == 1:            # a binary model stores one score column
            p = 1.0 / (1.0 + math.exp(-scores[0]))
            return {self.classes[0]: 1.0 - p, self.classes[1]: p}
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {c: e / total for c, e in zip(self.classes, exps)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> LinearModel:
        return cls(classes=tuple(data["classes"]), weights=data["weights"], bias=list(data["bias"]))


@dataclass(frozen=True)
class HiddenLayerModel:
    """A network of one hidden layer (ReLU, then softmax) as plain numbers.

    A linear model weighs each feature on its own; the hidden units weigh them together (a
    means with a time, a state with a child), and on the development splits that read danger
    the linear model missed (data/crisis/README.md, seventh round)."""

    classes: tuple[str, ...]
    rows: dict[str, int]                 # feature name -> its row of `hidden`
    hidden: np.ndarray                   # features x units
    hidden_bias: np.ndarray
    out: np.ndarray                      # units x classes
    out_bias: np.ndarray

    def probabilities(self, feats: dict[str, float]) -> dict[str, float]:
        found = [(self.rows[name], value) for name, value in feats.items() if name in self.rows]
        units = self.hidden_bias.copy()
        if found:
            rows, values = zip(*found)
            units += np.asarray(values) @ self.hidden[list(rows)]
        scores = np.maximum(units, 0.0) @ self.out + self.out_bias
        exps = np.exp(scores - scores.max())
        return {c: float(e) for c, e in zip(self.classes, exps / exps.sum())}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> HiddenLayerModel:
        names = data["features"]
        return cls(classes=tuple(data["classes"]), rows={n: i for i, n in enumerate(names)},
                   hidden=np.asarray(data["hidden"], dtype=np.float64).reshape(len(names), -1),
                   hidden_bias=np.asarray(data["hidden_bias"], dtype=np.float64),
                   out=np.asarray(data["out"], dtype=np.float64),
                   out_bias=np.asarray(data["out_bias"], dtype=np.float64))


@dataclass(frozen=True)
class TwoReaders:
    """The linear model, and its average with a hidden-layer network (`weight` on the
    network): whichever reads more danger counts. Safety first: on the development splits
    this found more danger than either reading alone for one false alarm more than the
    linear model's (data/crisis/README.md, seventh round)."""

    linear: LinearModel
    network: HiddenLayerModel
    weight: float

    def probabilities(self, feats: dict[str, float]) -> dict[str, float]:
        a, b = self.linear.probabilities(feats), self.network.probabilities(feats)
        if a["crisis"] >= b["crisis"]:
            return a
        return {c: (1.0 - self.weight) * a[c] + self.weight * b[c] for c in a}


@dataclass(frozen=True)
class Assessment:
    """The one crisis decision for a message."""

    level: str | None            # "crisis", "concern" or None
    kind: str | None             # selvmord, selvskade, overdosis, vold, barn_i_fare, psykose
    p_crisis: float
    p_concern: float
    concepts: tuple[str, ...] = field(default_factory=tuple)
    rule: str | None = None      # the kind the phrase rules saw, as evidence

    def as_dict(self) -> dict[str, Any]:
        return {"level": self.level, "kind": self.kind, "p_crisis": round(self.p_crisis, 4),
                "p_concern": round(self.p_concern, 4), "concepts": list(self.concepts), "rule": self.rule}


def sentences(text: str) -> list[str]:
    """The sentences of a message (split at . ! ? and line breaks)."""
    return [s for s in SENTENCE_BREAK.split(text.strip()) if s and any(ch.isalnum() for ch in s)]


def windows(text: str) -> list[str]:
    """The sentences of a message, and each pair of neighbours, for scoring one by one."""
    parts = sentences(text)
    if len(parts) <= 1:
        return []
    pairs = [f"{a} {b}" for a, b in zip(parts, parts[1:])]
    return (parts + pairs)[: MAX_WINDOWS * 2]


class CrisisModel:
    """Level and kind models plus the thresholds chosen on the development split."""

    def __init__(self, data: dict[str, Any]) -> None:
        linear = LinearModel.from_dict(data["level"])
        # the level is read by the linear model and, when there is one, a hidden-layer network
        self.level: LinearModel | TwoReaders = linear
        if data.get("level_hidden"):
            self.level = TwoReaders(linear, HiddenLayerModel.from_dict(data["level_hidden"]),
                                    float(data["level_hidden"]["weight"]))
        self.kind = LinearModel.from_dict(data["kind"])
        self.crisis_threshold = float(data["thresholds"]["crisis"])
        self.concern_threshold = float(data["thresholds"]["concern"])
        # A phrase rule of these kinds is a guard: it lowers the bar to `rule` (evidence, not a verdict).
        self.rule_threshold = float(data["thresholds"].get("rule", self.crisis_threshold))
        self.rule_kinds = frozenset(data.get("rule_kinds", ()))
        # Safety first between the two risk levels: when the model is sure there is risk
        # (P(concern)+P(crisis) >= `risk`) and gives crisis at least `doubt`, it is crisis.
        self.risk_threshold = float(data["thresholds"].get("risk", 2.0))
        self.doubt_threshold = float(data["thresholds"].get("doubt", 1.0))
        self.use_windows = bool(data.get("windows", True))
        # Long letters: a sentence the model is all but sure of, in a letter with some risk.
        self.letter_sentences = int(data["thresholds"].get("letter_sentences", 0))
        self.letter_sentence = float(data["thresholds"].get("letter_sentence", 2.0))
        self.letter_whole = float(data["thresholds"].get("letter_whole", 1.0))
        # Short messages (two or three sentences): a sentence that names a means, an act or a
        # body in danger, read alone, when the whole carries some risk ("kan man få hjælp til
        # tandlæge? har også lige slugt to barberblade"): the ordinary question drowns it.
        self.short_sentences = int(data["thresholds"].get("short_sentences", 0))
        self.short_sentence = float(data["thresholds"].get("short_sentence", 2.0))
        self.short_whole = float(data["thresholds"].get("short_whole", 1.0))
        self.groups = frozenset(data.get("groups", GROUPS))
        self.meta = data.get("meta", {})

    @classmethod
    def load(cls, path: str | Path) -> CrisisModel:
        return cls(json.loads(Path(path).read_text(encoding="utf-8")))

    def level_probabilities(self, text: str, feats: dict[str, float] | None = None) -> dict[str, float]:
        """P(none), P(concern), P(crisis): the whole message, and crisis as its riskiest part."""
        whole = self.level.probabilities(feats if feats is not None else features(text, self.groups))
        if not self.use_windows:
            return whole
        best = dict(whole)
        for part in windows(text):
            p = self.level.probabilities(features(part, self.groups))
            if p["crisis"] > best["crisis"]:
                best["crisis"] = p["crisis"]
        return best

    def riskiest_sentence(self, text: str, p_crisis: float) -> float:
        """P(crisis) of a long letter's riskiest sentence (0 for short messages, or when the
        letter as a whole carries too little risk to look closer)."""
        if not self.letter_sentences or p_crisis < self.letter_whole:
            return 0.0
        parts = sentences(text)
        if len(parts) < self.letter_sentences:
            return 0.0
        return max(self.level.probabilities(features(part, self.groups))["crisis"] for part in parts)

    def riskiest_short_sentence(self, text: str, p_crisis: float) -> float:
        """P(crisis) of a short message's riskiest sentence that names a danger concept (0 for
        one sentence, for letters, or when the whole carries too little risk)."""
        if not self.short_sentences or p_crisis < self.short_whole:
            return 0.0
        parts = sentences(text)
        if not self.short_sentences <= len(parts) < (self.letter_sentences or len(parts) + 1):
            return 0.0
        best = 0.0
        for part in parts:
            feats = features(part, self.groups)
            if any(k.startswith(_DANGER_CONCEPTS) for k in feats):
                best = max(best, self.level.probabilities(feats)["crisis"])
        return best

    def is_crisis(self, p_crisis: float, rule: str | None, p_concern: float = 0.0,
                  p_sentence: float = 0.0, p_short: float = 0.0) -> bool:
        """The decision rule chosen on the development splits (see bot.crisis_train)."""
        return (p_crisis >= self.crisis_threshold
                or (rule in self.rule_kinds and p_crisis >= self.rule_threshold)
                or (p_crisis >= self.doubt_threshold and p_crisis + p_concern >= self.risk_threshold)
                or p_sentence >= self.letter_sentence
                or p_short >= self.short_sentence)

    @staticmethod
    def rule(feats: dict[str, float]) -> str | None:
        """The kind the phrase rules saw in a message's features (`r:<kind>`), if any."""
        return next((k[2:] for k in feats if k.startswith("r:") and k != "r:any"), None)

    @staticmethod
    def guard(rule: str | None, feats: dict[str, float]) -> str | None:
        """The phrase rule's kind when it may lower the bar: a rule about something long past
        ("selvmordsforsøg i 2014", "for 12 år siden") is no guard, as one about denied words
        is none (eighth round: 42 -> 39 false alarms on the read splits, no danger item lost).
        It stays a feature of the model either way."""
        return None if "k:cancel_past" in feats else rule

    def reading(self, text: str) -> tuple[dict[str, float], dict[str, float]]:
        """P(level) and every feature group's features, computed once: the level, the kind,
        the concepts and the rule read them (the level only the groups the model was built on)."""
        feats = features(text, self.groups | {"concepts", "rules"})
        own = feats if self.groups >= {"concepts", "rules"} else {
            k: v for k, v in feats.items() if _PREFIX_GROUP.get(k.split(":", 1)[0], "") in self.groups | {""}}
        return self.level_probabilities(text, own), feats

    def assess(self, text: str) -> Assessment:
        text = text or ""
        p, feats = self.reading(text)
        rule = self.rule(feats)
        p_sentence = self.riskiest_sentence(text, p["crisis"])
        p_short = self.riskiest_short_sentence(text, p["crisis"])
        read = self.is_crisis(p["crisis"], self.guard(rule, feats), p["concern"], p_sentence, p_short)
        # What is told rather than lived (`CALMED_BY`: a dream woken from, a story, a lost one back, "den her
        # ventetid slår mig ihjel" …) is no danger now, whatever the model reads in its words: at most a
        # concern; a drill or a role-play ("øvelse … simuleret trussel m kniv") is neither. Danger said
        # outright (`DECIDES_ALONE`) is crisis however calmly it is said, staged or dreamt; those rules are
        # read only when the model's alarm does not stand.
        staged = drill_or_play(text)
        if (read and not staged and not any(calms(text) for calms in CALMED_BY)) or any(
                said(text) for said in DECIDES_ALONE):
            level: str | None = "crisis"
        elif staged:
            level = None
        elif read or p["concern"] + p["crisis"] >= self.concern_threshold:
            level = "concern"
        else:
            level = None
        kind = None
        if level:
            kinds = self.kind.probabilities(feats)
            kind = max(kinds, key=lambda k: kinds[k])
        found = tuple(sorted(k[2:] for k in feats if k.startswith("k:")))
        return Assessment(level=level, kind=kind, p_crisis=p["crisis"], p_concern=p["concern"],
                          concepts=found, rule=rule)


# The phrase rules that decide alone: an overdose taken, a deep cut that bleeds, a goodbye put as an errand
# with its time or means named, self-harm done today in one sentence, an order to harm from voices or a
# device, a forced marriage with the journey near, pills saved up, two signs of affairs settled, a weapon at
# a counter in a short note, a threat to come and "finish it" tonight, a wish to die with the way known, a
# child who tells of abuse and is fetched by the abuser today, a rope got with nothing it is for, a hurt
# whose doer comes back today, a self-harm wound infected, someone unseen for days with a smell from the
# door, things one will not need after a near time, bleeding that will not stop, a threat from someone
# released today or soon, one's own last day named, one's own door left open for whoever comes, a baby's
# bruise no one explains, and pills bought at several shops (each with its measure in danish_text.crisis
# and data/crisis/README.md).
DECIDES_ALONE: tuple[Callable[[str], bool], ...] = (
    overdose_taken, deep_cut_now, goodbye_errand, self_harm_done_now, commanded_harm, married_off_soon,
    pills_saved_to_take, affairs_settled, weapon_at_hand, threat_to_come, wish_with_a_way, abuser_fetches_today,
    rope_without_a_use, hurt_and_he_returns, cut_and_infected, unseen_with_a_sign, no_need_after,
    still_bleeding, released_and_coming, my_last_day, door_left_open, infant_bruised,
    pills_from_several_shops)
# What is told, not lived, and so at most a concern whatever the model reads in it: a dream woken from, a
# story, a lost one back, killing said of a thing, old medicine to hand in, a writer who says it is no danger
# now, a pet gone, a poison line or a doctor who already called it harmless, keys lost, no plan or no intent
# said, the harm said to have stopped, a question about the right dose, a fault in the home, a tool or a
# poison to hand in (each with its measure in data/crisis/README.md).
CALMED_BY: tuple[Callable[[str], bool], ...] = (dream_told, fiction_told, found_again, figure_of_speech,
                                                medicine_disposed, said_to_be_calm, pet_gone, told_harmless, keys_lost,
                                                no_plan_said, harm_stopped, dose_question,
                                                home_fault, things_to_dispose)
# Concepts that name a means, an act or a body in danger (`riskiest_short_sentence`).
_DANGER_CONCEPTS = ("k:means_", "k:act_", "k:state_body")
# The group each feature prefix belongs to ("len:" belongs to none, so every model has it).
_PREFIX_GROUP = {"w": "words", "c": "chars", "k": "concepts", "p": "concepts", "r": "rules", "n": "neg"}


@lru_cache(maxsize=4)
def load_model(path: str) -> CrisisModel:
    """The model at a path, loaded once per process."""
    return CrisisModel.load(path)
