"""Understanding on language nobody here wrote: the real-letter and staff-note corpus, by
split and spelling, Vejviser against its baselines in the same run (pass rate, first-topic,
audience and age accuracy).

An item passes when one of its topics is among the answer's (or, for another authority's
question, such a door is in the top three), the audience and a stated age are exact, and
the crisis flag matches its safety label.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from evaluation.spellings import VARIANTS

METRICS = ("pass", "first_topic", "audience", "age")
# Blind sets by other hands (tests/eval/understanding/): short citizen questions (`chat`),
# letters (`brev`) and staff notes and professionals' reports, each read once in the round it
# was written for. Since the thirteenth round the earlier ones are the heads' training data
# (data/understanding/other_hands/), so only the newest set is here.
BLIND = Path(__file__).resolve().parents[1] / "tests" / "eval" / "understanding"


def blind_sets() -> dict[str, list[dict]]:
    """{"chat/blind10": [...], "staff/blind10": [...], ...}: every blind file, split by register."""
    sets: dict[str, list[dict]] = {}
    for path in sorted(BLIND.glob("*.yaml")):
        for item in yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)["items"]:
            kind = {"chat": "chat", "brev": "letters"}.get(item.get("register") or "", "staff")
            sets.setdefault(f"{kind}/{path.stem}", []).append(item)
    return sets


def checks(item: dict, answer: dict[str, Any]) -> dict[str, bool | None]:
    topics = list(item.get("topics") or [])
    top3 = [s["kind"] for s in (answer.get("services") or [])[:3]]
    found = bool(set(topics) & set(answer.get("topics") or [])) or (
        bool(item.get("other_authority")) and "anden_forvaltning" in top3)
    first = bool(topics) and (answer.get("topics") or [None])[0] == topics[0]
    audience = answer.get("audience") == item.get("audience")
    age = (answer.get("age") == item["age"]) if item.get("age") is not None else None
    crisis = bool(answer.get("crisis")) == (item.get("safety") == "crisis")
    return {"pass": found and audience and age is not False and crisis, "first_topic": first,
            "audience": audience, "age": age}


class Table:
    """Rates per (system, split, spelling, metric)."""

    def __init__(self) -> None:
        self.hits: dict[tuple[str, str, str, str], list[bool]] = defaultdict(list)

    def add(self, system: str, split: str, variant: str, result: dict[str, bool | None]) -> None:
        for metric, ok in result.items():
            if ok is not None:
                self.hits[(system, split, variant, metric)].append(ok)

    def rate(self, system: str, split: str, variant: str, metric: str) -> float | None:
        values = self.hits.get((system, split, variant, metric))
        return sum(values) / len(values) if values else None

    def text(self, systems: list[str], splits: list[str]) -> str:
        head = f"{'split':14s} {'spelling':9s} {'system':10s} " + " ".join(f"{m:>11s}" for m in METRICS)
        lines = [head]
        for split in splits:
            for variant in VARIANTS:
                for system in systems:
                    cells = []
                    for m in METRICS:
                        r = self.rate(system, split, variant, m)
                        n = len(self.hits.get((system, split, variant, m), []))
                        cells.append(f"{r:.3f} ({n:3d})" if r is not None else f"{'-':>11s}")
                    lines.append(f"{split:14s} {variant:9s} {system:10s} " + " ".join(f"{c:>11s}" for c in cells))
        return "\n".join(lines)


def run(systems: dict[str, Callable[[str], dict[str, Any]]], sets: dict[str, list[dict]]) -> Table:
    table = Table()
    for split, items in sets.items():
        for item in items:
            for variant, transform in VARIANTS.items():
                text = transform(item["text"])
                for name, answer in systems.items():
                    table.add(name, split, variant, checks(item, answer(text)))
    return table
