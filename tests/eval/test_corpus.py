"""The real-language corpus: split by source, and no sentence in two splits or in data/nlu."""
from collections import Counter

from bot.corpus import load_corpus, source_of
from tests.eval.test_crisis_data import _shared, training_texts


def test_every_source_lands_in_one_split():
    for kind, splits in load_corpus().items():
        seen: dict[str, str] = {}
        for split, items in splits.items():
            for item in items:
                assert seen.setdefault(source_of(item), split) == split, (kind, source_of(item))


def test_no_sentence_is_shared_between_splits_or_with_the_nlu_data():
    corpus = load_corpus()
    train = {x["text"] for splits in corpus.values() for x in splits["train"]}
    # data/nlu and data/crisis, as the crisis trainer reads them (it also reads the train split)
    nlu = [t for t in training_texts() if t not in train]
    assert len(nlu) < len(training_texts())
    for kind, splits in corpus.items():
        names = list(splits)
        for i, a in enumerate(names):
            assert not _shared(nlu, [x["text"] for x in splits[a]]), (kind, a)
            for b in names[i + 1:]:
                shared = _shared([x["text"] for x in splits[a]], [x["text"] for x in splits[b]])
                assert not shared, (kind, a, b, sorted(shared)[:3])


def test_items_carry_labels_and_a_public_source():
    for splits in load_corpus().values():
        for item in (i for items in splits.values() for i in items):
            assert item["text"].strip() and item["audience"] in ("self", "relative", "professional", "volunteer")
            assert item["topics"] and item["safety"] in ("crisis", "concern", "none")
            assert item["source"] == "written" or str(item["source"]).startswith("http")


def test_the_heads_training_data_shares_no_sentence_with_what_they_are_measured_on():
    from bot.corpus import training_items
    train = [x["text"] for x in training_items()]
    for kind, splits in load_corpus().items():
        for split in ("dev", "test"):
            shared = _shared(train, [x["text"] for x in splits[split]])
            assert not shared, (kind, split, sorted(shared)[:3])


def test_the_blind_sets_share_no_sentence_with_training_or_other_evaluation_data():
    from bot.corpus import training_items
    from bot.heads import nlu_topic_examples
    from evaluation.crisis_eval import SPLITS, load
    from evaluation.evaluate import load_items
    from evaluation.understanding import blind_sets

    sets = blind_sets()
    sizes = {k: len(v) for k, v in sets.items()}
    per_file: Counter[str] = Counter()
    for name, items in sets.items():
        per_file[name.split("/")[1]] += len(items)
    assert sets and all(n >= 50 for n in sizes.values()) and all(n >= 200 for n in per_file.values()), sizes
    train = [x["text"] for x in training_items()] + [t for t, _ in nlu_topic_examples()] + list(training_texts())
    others = [x["text"] for splits in load_corpus().values() for part in ("dev", "test") for x in splits[part]]
    others += [x["text"] for x in load_items()]
    others += [x["text"] for split in SPLITS for x in load(split)]      # the crisis splits
    for name, items in sets.items():
        texts = [x["text"] for x in items]
        assert not _shared(train, texts), (name, sorted(_shared(train, texts))[:3])
        assert not _shared(others, texts), (name, sorted(_shared(others, texts))[:3])
        for item in items:
            assert item["topics"] and item["audience"] in ("self", "relative", "professional", "volunteer")
            assert item["safety"] in ("crisis", "concern", "none")


def test_written_examples_carry_the_labels_the_heads_learn():
    from bot.corpus import written
    from directory.taxonomy import get_taxonomy
    taxonomy = get_taxonomy()
    for item in written():
        assert item["text"].strip() and item["topics"], item
        assert set(item["topics"]) <= set(taxonomy.topics), item
        assert item["audience"] in ("self", "relative", "professional", "volunteer"), item
        assert item.get("age") is None or 0 <= int(item["age"]) < 120, item


def test_every_source_has_a_fixed_split():
    from bot.corpus import letters, pinned, staff_notes

    unpinned = {source_of(i) for i in letters() + staff_notes()} - set(pinned())
    assert not unpinned, f"run `python -m bot.corpus pin` to fix the split of {sorted(unpinned)}"


def test_the_corpus_is_as_large_as_promised():
    """At least 300 condensed letters from public sources, each with its URL, and 150 staff
    notes and professionals' reports."""
    from bot.corpus import letters, staff_notes

    assert len(letters()) >= 300 and all(str(i.get("source", "")).startswith("http") for i in letters())
    assert len(staff_notes()) >= 150
