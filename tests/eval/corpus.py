"""The real-language corpus (`tests/eval/corpus_data/`), split by source into train / dev / test.

It lives with the evaluation data because nothing trains on it yet; the train split is
there for the understanding heads (issue 8). Real letters are condensed from public Danish sources (advice columns, youth letter pages,
forums; each item names its URL) and split by website: every item of one site lands in
one split, so a model can never meet a site's phrasing in training and again in the test.
Staff notes and professionals' reports are written in each profession's register and
split by register the same way. Sources are assigned largest first to the split furthest
below its share (train 50 %, dev 25 %, test 25 %), so the split is deterministic.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path
from urllib.parse import urlparse

import yaml

CORPUS = Path(__file__).resolve().parent / "corpus_data"
STAFF = "staff_notes.yaml"          # every other file holds letters from public sources
SHARES = {"train": 0.5, "dev": 0.25, "test": 0.25}


def _read(paths: list[Path]) -> list[dict]:
    return [item for path in paths for item in yaml.safe_load(path.read_text(encoding="utf-8"))["items"]]


def letters() -> list[dict]:
    return _read([p for p in sorted(CORPUS.glob("*.yaml")) if p.name != STAFF])


def staff_notes() -> list[dict]:
    return _read([CORPUS / STAFF])


def source_of(item: dict) -> str:
    """The website of a letter (without www.), or the register of a written note."""
    if item.get("source", "written") == "written":
        return "written:" + str(item.get("register", "?"))
    host = urlparse(str(item["source"])).hostname or str(item["source"])
    return host.removeprefix("www.")


def split_by_source(items: list[dict]) -> dict[str, list[dict]]:
    by_source: dict[str, list[dict]] = defaultdict(list)
    for item in items:
        by_source[source_of(item)].append(item)
    splits: dict[str, list[dict]] = {name: [] for name in SHARES}
    total = len(items) or 1
    for source, group in sorted(by_source.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        target = min(SHARES, key=lambda s: (len(splits[s]) / total - SHARES[s], s))
        splits[target] += group
    return splits


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
