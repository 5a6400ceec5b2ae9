"""Crisis evaluation: every item of a crisis set through /api/route, as written, folded
(æ→ae, ø→oe, å→aa) and stripped (æøå→a/o/a): crisis recall, concern recall and false
alarms, per class and per spelling, and every miss.

The sets are `tests/eval/crisis/dev.yaml` (for choosing), `heldout.yaml` (read at the end
of the first round of work, so no longer unseen), `fresh6.yaml` (written by two other hands
from a guide, read only at the end of the seventh round), `fresh7.yaml` (the same, read only
at the end of the eighth), `fresh8.yaml` (the same, read only at the end of the ninth),
`fresh9.yaml` (the same, read only at the end of the tenth), `fresh10.yaml` (read at the
start of the eleventh, with the tenth round's model), `fresh11.yaml` (read at the end of
the eleventh, before its last change), `fresh12.yaml` (read after that change), `fresh13.yaml`
(read at the end of the twelfth), `fresh14.yaml` (read at the end of the thirteenth),
`fresh15.yaml` (read at the end of the fourteenth), `fresh16.yaml` (read at the end of the fifteenth),
`fresh17.yaml` (read at the end of the sixteenth), `fresh18.yaml` (read at the end of the
seventeenth), `fresh19.yaml` (read at the end of the eighteenth) and `fresh20.yaml` (read at the end
of the nineteenth).
The other hands' splits of rounds two to six (`fresh` … `fresh5`) became training data in
the ninth round (`data/crisis/other_hands_*.yml`). Items:
{text, safety: crisis|concern|none, kind, register}. The phrase rules the product used
before (`danish_text.detect_crisis`) are scored in the same run as the baseline.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import yaml

from bot import corpus
from danish_text import detect_crisis
from evaluation.spellings import VARIANTS

HERE = Path(__file__).resolve().parents[1] / "tests" / "eval" / "crisis"
# dev and heldout, then every other hands' split in this directory in the order they were written (a split
# enters here when its file is added, at the end of the round it is read in)
SPLITS = {"dev": HERE / "dev.yaml", "heldout": HERE / "heldout.yaml"} | {
    path.stem: path for path in sorted(HERE.glob("fresh*.yaml"), key=lambda path: int(path.stem.removeprefix("fresh")))}


def load(split: str) -> list[dict]:
    """A crisis split, or the corpus' real letters / staff notes of its dev and test splits
    (the crisis model trains on its train split only, so a second measure of it in real
    people's words)."""
    if split in ("letters", "staff"):
        # dev and test only: the train split is the crisis model's training data too (ninth round)
        splits = corpus.load_corpus()[split]
        return [i for part in ("dev", "test") for i in splits[part] if i.get("safety")]
    return yaml.load(SPLITS[split].read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)["items"]


@dataclass
class Tally:
    hit: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.hit += ok
        self.total += 1

    def __str__(self) -> str:
        return f"{self.hit / self.total:.3f} ({self.hit}/{self.total})" if self.total else "-"


@dataclass
class CrisisReport:
    # per spelling: crisis recall, concern recall (safety line or more), false alarms on look-alikes
    recall: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    concern: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    alarms: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    concern_as_crisis: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_class: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_register: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    first_door: Tally = field(default_factory=Tally)
    misses: list[str] = field(default_factory=list)

    def add(self, item: dict, variant: str, safety: str | None, first_kind: str | None = None) -> None:
        want = item["safety"]
        cls = f"{want}/{item.get('kind')}"
        if want == "crisis":
            ok = safety == "crisis"
            self.recall[variant].add(ok)
            if ok and first_kind is not None:
                self.first_door.add(first_kind == "akut")
        elif want == "concern":
            ok = safety in ("concern", "crisis")
            self.concern[variant].add(ok)
            self.concern_as_crisis[variant].add(safety == "crisis")
        else:
            ok = safety != "crisis"
            self.alarms[variant].add(not ok)
        self.by_class[cls].add(ok)
        self.by_register[item.get("register", "?")].add(ok)
        if not ok:
            self.misses.append(f"  [{variant}] {want}/{item.get('kind')} -> {safety}: {item['text'][:150]!r}")

    def recall_rate(self, variant: str = "written") -> float:
        t = self.recall[variant]
        return t.hit / t.total if t.total else 1.0

    def alarm_rate(self, variant: str = "written") -> float:
        t = self.alarms[variant]
        return t.hit / t.total if t.total else 0.0

    def text(self, title: str, with_misses: bool = True) -> str:
        lines = [title]
        for v in VARIANTS:
            lines.append(f"  {v:9s} crisis recall {self.recall[v]}  concern recall {self.concern[v]}  "
                         f"false alarms {self.alarms[v]}  concern shown as crisis {self.concern_as_crisis[v]}")
        if self.first_door.total:
            lines.append(f"  first door is an emergency door when crisis: {self.first_door}")
        lines.append("  per class (right decision, all spellings): " + ", ".join(
            f"{k} {v}" for k, v in sorted(self.by_class.items())))
        lines.append("  per register: " + ", ".join(f"{k} {v}" for k, v in sorted(self.by_register.items())))
        if with_misses:
            lines.append(f"  misses: {len(self.misses)}")
            lines += self.misses
        return "\n".join(lines)


def run(items: list[dict], decide: Callable[[str], tuple[str | None, str | None]]) -> CrisisReport:
    report = CrisisReport()
    for item in items:
        for variant, transform in VARIANTS.items():
            safety, first = decide(transform(item["text"]))
            report.add(item, variant, safety, first)
    return report


def via_api(api: str, items: list[dict]) -> CrisisReport:
    with httpx.Client(base_url=api, timeout=60) as client:
        def decide(text: str) -> tuple[str | None, str | None]:
            answer = client.post("/api/route", json={"text": text}).json()
            services = answer.get("services") or []
            return answer.get("safety"), (services[0]["kind"] if services else None)
        return run(items, decide)


def phrase_rules(items: list[dict]) -> CrisisReport:
    """The baseline: the phrase rules alone (crisis or nothing)."""
    return run(items, lambda text: ("crisis" if detect_crisis(text) else None, None))
