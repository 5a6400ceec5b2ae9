"""The crisis data kept honest: evaluation sentences never occur in training data, the
development and held-out splits share none, and the sets are as large as promised."""
import re
from collections import Counter
from collections.abc import Sequence
from functools import cache
from pathlib import Path

import yaml

from danish_text import fold
from evaluation.crisis_eval import SPLITS, load

ROOT = Path(__file__).resolve().parents[2]
TRAINING = sorted((ROOT / "data" / "crisis").glob("*.yml"))
MIN_WORDS = 4      # shorter sentences ("hjælp", "farvel") may occur anywhere


@cache
def sentences(text: str) -> frozenset[str]:
    """Normalised sentences of a text (folded, words only), and the whole text itself
    (cached: every test here reads the same texts)."""
    parts = re.split(r"[.!?\n]+", text)
    out = {" ".join(re.findall(r"[a-z0-9]+", fold(text)))}
    for part in parts:
        words = re.findall(r"[a-z0-9]+", fold(part))
        if len(words) >= MIN_WORDS:
            out.add(" ".join(words))
    return frozenset(out)


@cache
def training_texts() -> tuple[str, ...]:
    """Exactly what the crisis model trains on (data/crisis and data/nlu), as the trainer reads it."""
    from bot.crisis_train import training_examples

    return tuple(e.text for e in training_examples())


def _examples(path: Path) -> list[dict]:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)["examples"]


def _shared(a: Sequence[str], b: Sequence[str]) -> set[str]:
    left = set().union(*(sentences(t) for t in a))
    return {s for t in b for s in sentences(t) if s in left}


def test_no_evaluation_sentence_occurs_in_the_training_data():
    train = training_texts()
    for split in (*SPLITS, "letters", "staff"):
        shared = _shared(train, [i["text"] for i in load(split)])
        assert not shared, f"{split} shares sentences with data/crisis or data/nlu: {sorted(shared)[:5]}"


def test_development_and_held_out_splits_share_no_sentence():
    splits = tuple(SPLITS)
    for a, b in ((a, b) for i, a in enumerate(splits) for b in splits[i + 1:]):
        shared = _shared([i["text"] for i in load(a)], [i["text"] for i in load(b)])
        assert not shared, (a, b, sorted(shared)[:5])


def test_the_understanding_heads_train_on_nothing_that_evaluates_them():
    from bot.corpus import training_items
    from evaluation.evaluate import load_items

    train = [i["text"] for i in training_items()]
    for name, items in (("routing dev", load_items()), *((f"crisis {s}", load(s)) for s in SPLITS)):
        shared = _shared(train, [i["text"] for i in items])
        assert not shared, (name, sorted(shared)[:5])


def test_the_routing_development_set_shares_nothing_with_crisis_training():
    from evaluation.evaluate import load_items

    crisis_training = [e["text"] for p in TRAINING for e in _examples(p)]
    shared = _shared(crisis_training, [i["text"] for i in load_items()])
    assert not shared, sorted(shared)[:5]


def test_the_crisis_sets_are_as_large_as_promised():
    items = load("dev") + load("heldout")
    fresh = [split for split in SPLITS if split.startswith("fresh")]      # the other hands' held-out splits
    assert len(fresh) >= 3 and all(len(load(split)) >= 200 for split in fresh)
    # the earlier ones are training data now, whole
    assert len(list((ROOT / "data" / "crisis").glob("other_hands_*.yml"))) == 5
    counts = Counter(i["safety"] for i in items)
    assert len(items) >= 300 and counts["crisis"] >= 150 and counts["none"] >= 150 and counts["concern"] >= 40
    train = Counter(e["safety"] for p in TRAINING for e in _examples(p))
    assert train["crisis"] >= 600 and train["none"] >= 600, train
    for item in items:
        assert item["safety"] in ("crisis", "concern", "none") and item["text"].strip()
