"""The real-language corpus (`data/corpus/`), split by source into train / dev / test, and
the understanding heads' written training data (`data/understanding/`).

The heads in `bot/` (topics, audience) train on the written data, the other hands' data
(their earlier blind sets and examples written from a guide) and the corpus' train split;
`make eval` measures on its dev and test splits. Real letters are condensed from public
Danish sources (advice columns, youth letter pages, forums; each item names its URL) and
split by website: every item of one site lands in one split, so a model can never meet a
site's phrasing in training and again in the test.
Staff notes and professionals' reports are written in each profession's register and
split by register the same way. A new source goes to the split furthest below its share
(train 50 %, dev 25 %, test 25 %), largest first, and is then pinned in
`data/corpus/splits.yaml` (`python -m bot.corpus pin`), so adding letters never moves a
source between splits.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path
from urllib.parse import urlparse

import yaml

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "corpus"
WRITTEN = ROOT / "data" / "understanding"
# Blind sets by other hands, read once each as evaluation in the round they were written for
# (tenth to twelfth), training data since the thirteenth: left out one set at a time, they
# named the main topic and the audience of the set left out better (data/understanding/README.md);
# and examples other hands wrote from the thirteenth round's guide for training (`guide13_*`).
OTHER_HANDS = WRITTEN / "other_hands"
STAFF = "staff_notes.yaml"          # every other file holds letters from public sources
SPLITS = CORPUS / "splits.yaml"     # each source's split, fixed once assigned
SHARES = {"train": 0.5, "dev": 0.25, "test": 0.25}


def _read(paths: list[Path]) -> list[dict]:
    return [item for path in paths
            for item in yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)["items"]]


def letters() -> list[dict]:
    return _read([p for p in sorted(CORPUS.glob("*.yaml")) if p.name not in (STAFF, SPLITS.name)])


def staff_notes() -> list[dict]:
    return _read([CORPUS / STAFF])


def source_of(item: dict) -> str:
    """The website of a letter (without www.), or the register of a written note."""
    if item.get("source", "written") == "written":
        return "written:" + str(item.get("register", "?"))
    host = urlparse(str(item["source"])).hostname or str(item["source"])
    return host.removeprefix("www.")


def pinned() -> dict[str, str]:
    """The split of every source assigned so far (data/corpus/splits.yaml)."""
    if not SPLITS.exists():
        return {}
    return dict((yaml.load(SPLITS.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader) or {}).get("splits") or {})


def split_by_source(items: list[dict], fixed: dict[str, str] | None = None) -> dict[str, list[dict]]:
    """Every source in one split: its pinned split, or (a new source) the split furthest
    below its share, largest sources first. Pinning means new letters never move a source
    the test split already holds into training."""
    fixed = pinned() if fixed is None else fixed
    by_source: dict[str, list[dict]] = defaultdict(list)
    for item in items:
        by_source[source_of(item)].append(item)
    splits: dict[str, list[dict]] = {name: [] for name in SHARES}
    total = len(items) or 1
    new = []
    for source, group in sorted(by_source.items()):
        if fixed.get(source) in splits:
            splits[fixed[source]] += group
        else:
            new.append((source, group))
    for _source, group in sorted(new, key=lambda kv: (-len(kv[1]), kv[0])):
        target = min(SHARES, key=lambda s: (len(splits[s]) / total - SHARES[s], s))
        splits[target] += group
    return splits


def pin_new_sources() -> dict[str, str]:
    """Write the split of every not yet pinned source to splits.yaml; returns the new ones."""
    fixed = pinned()
    new: dict[str, str] = {}
    for items in (letters(), staff_notes()):
        for split, group in split_by_source(items, fixed).items():
            new.update({source_of(i): split for i in group if source_of(i) not in fixed})
    if new:
        head = "".join(line + "\n" for line in SPLITS.read_text(encoding="utf-8").splitlines()
                       if line.startswith("#")) if SPLITS.exists() else ""
        SPLITS.write_text(head + yaml.safe_dump({"splits": dict(sorted({**fixed, **new}.items()))},
                                                allow_unicode=True, sort_keys=False), encoding="utf-8")
    return new


def load_corpus() -> dict[str, dict[str, list[dict]]]:
    """{"letters": {"train": [...], "dev": [...], "test": [...]}, "staff": {...}}."""
    return {"letters": split_by_source(letters()), "staff": split_by_source(staff_notes())}


def describe() -> str:
    lines = []
    for kind, splits in load_corpus().items():
        for split, items in splits.items():
            sources = Counter(source_of(i) for i in items)
            lines.append(f"{kind:7s} {split:5s} {len(items):4d} items from {len(sources)} sources")
    return "\n".join(lines)


def written() -> list[dict]:
    """Training examples written for the understanding heads: {text, topics, audience, age}."""
    return [item for path in sorted(WRITTEN.glob("*.yml"))
            for item in yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)["examples"]]


def other_hands(head: str | None = None) -> list[dict]:
    """The blind sets of earlier rounds and the guide-written examples, by other hands:
    {text, topics, audience, age, safety, register}. A file may name the heads that learn from
    it (`heads: [topics]`): measured, it taught that head and not the others. `head=None`: all."""
    out = []
    for path in sorted(OTHER_HANDS.glob("*.yaml")):
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
        if head is None or head in data.get("heads", (head,)):
            out += data["items"]
    return out


def training_items(head: str | None = None) -> list[dict]:
    """What the understanding heads (`topics`, `audience`; None: either) train on: the written
    examples, the other hands' data and the corpus' train split (never its dev or test split)."""
    corpus = load_corpus()
    return written() + other_hands(head) + corpus["letters"]["train"] + corpus["staff"]["train"]


if __name__ == "__main__":
    import sys

    if sys.argv[1:] == ["pin"]:
        for source, split in sorted(pin_new_sources().items()):
            print(f"{source} -> {split}")
    print(describe())
