"""Route evaluation: run every item of an eval file through /api/route, as written,
folded (æ→ae, ø→oe, å→aa) and stripped (æøå→a/o/a), and report pass rates, crisis
recall and false alarms, and the failures.

`make eval` runs it against a freshly started stack; `--api URL` uses a running one.
The item format is shared/spec/route-eval-sample.yaml.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import yaml

from evaluation.spellings import VARIANTS

HERE = Path(__file__).resolve().parents[1] / "tests" / "eval"      # the evaluation data
DEVSET = HERE / "devset.yaml"


def load_items(path: Path = DEVSET) -> list[dict]:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)["items"]


def failures(item: dict, answer: dict) -> list[str]:
    """Why an answer does not satisfy an item (empty list: it passes)."""
    out = []
    top3 = answer["services"][:3]
    if "crisis" in item and answer["crisis"] != item["crisis"]:
        out.append(f"crisis={answer['crisis']}")
    if "clarify" in item and answer["needs_clarification"] != item["clarify"]:
        out.append(f"clarify={answer['needs_clarification']}")
    if "audience" in item and answer["audience"] != item["audience"]:
        out.append(f"audience={answer['audience']}")
    if "topics_any" in item and not set(item["topics_any"]) & set(answer["topics"]):
        out.append(f"topics={answer['topics']}")
    if "kinds_top3_any" in item and not {s["kind"] for s in top3} & set(item["kinds_top3_any"]):
        out.append(f"kinds_top3={[s['kind'] for s in top3]}")
    if "name_top3_any" in item and not any(n.lower() in s["name"].lower() for n in item["name_top3_any"] for s in top3):
        out.append(f"names_top3={[s['name'] for s in top3]}")
    if "age" in item and answer["age"] != item["age"]:
        out.append(f"age={answer['age']}")
    if "district" in item and answer["district"] != item["district"]:
        out.append(f"district={answer['district']}")
    if item.get("no_crisis_kind") and any(s["kind"] == "akut" for s in top3):
        out.append("akut in top3")
    out += _door_failures(item, answer)
    return out




def _door_failures(item: dict, answer: dict) -> list[str]:
    """The checks of doors and answers (issue 9): who a door is for, a door per need, the
    authority's own contact, and reasons in the person's own words."""
    out = []
    services = answer["services"]
    ids = [s["id"] for s in services]
    for key, n in (("ids_top2_any", 2), ("ids_top3_any", 3)):
        if key in item and not set(item[key]) & set(ids[:n]):
            out.append(f"{key.split('_')[1]}={ids[:n]}")
    if "not_asked" in item and (answer.get("follow_up") or {}).get("slot") == item["not_asked"]:
        out.append(f"asked {item['not_asked']}")
    if item.get("no_adult_only") and any((s["min_age"] or 0) >= 18 for s in services):
        out.append(f"adult-only door {[s['id'] for s in services if (s['min_age'] or 0) >= 18]}")
    if "topics_all" in item:
        shown = services[:max(3, len(item["topics_all"]))]
        missing = [t for t in item["topics_all"] if t not in answer["topics"]
                   or not any(t in s["topics"] for s in shown)]
        if missing:
            out.append(f"no door shown for {missing}")
    if item.get("own_contact_first") and (not services or not any(services[0]["contact"].values())):
        out.append("first door has no contact of its own")
    whys = " ".join(s.get("why") or "" for s in services).lower()
    if "why_contains" in item and item["why_contains"].lower() not in whys:
        out.append(f"reason lacks {item['why_contains']!r}")
    if "why_not_contains" in item and item["why_not_contains"].lower() in whys:
        out.append(f"reason says {item['why_not_contains']!r}")
    return out


@dataclass
class Report:
    passed: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    total: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    crisis_hits: int = 0
    crisis_total: int = 0
    false_alarms: int = 0
    calm_total: int = 0
    failed: list[tuple[str, str, list[str]]] = field(default_factory=list)

    def rate(self, variant: str) -> float:
        return self.passed[variant] / self.total[variant] if self.total[variant] else 0.0

    @property
    def crisis_recall(self) -> float:
        return self.crisis_hits / self.crisis_total if self.crisis_total else 1.0

    @property
    def false_alarm_rate(self) -> float:
        return self.false_alarms / self.calm_total if self.calm_total else 0.0

    def text(self) -> str:
        lines = [f"{v:9s} pass rate {self.rate(v):.3f} ({self.passed[v]}/{self.total[v]})" for v in VARIANTS]
        lines.append(f"crisis recall     {self.crisis_recall:.3f} ({self.crisis_hits}/{self.crisis_total})")
        lines.append(f"false alarms      {self.false_alarm_rate:.3f} ({self.false_alarms}/{self.calm_total})")
        lines.append(f"failures: {len(self.failed)}")
        lines += [f"  [{variant}] {text!r}: {', '.join(why)}" for variant, text, why in self.failed]
        return "\n".join(lines)


def answers(api: str, texts: list[str], workers: int = 4) -> dict[str, dict]:
    """/api/route's answer to each distinct text, a few requests at a time (the API and Rasa
    are separate processes, so they work side by side). A text without æ, ø or å reads the
    same in every spelling and is asked once."""
    distinct = list(dict.fromkeys(texts))
    with httpx.Client(base_url=api, timeout=60) as client, ThreadPoolExecutor(workers) as pool:
        found = pool.map(lambda text: client.post("/api/route", json={"text": text}).json(), distinct)
        return dict(zip(distinct, found, strict=True))


def evaluate(api: str, items: list[dict]) -> Report:
    report = Report()
    routed = answers(api, [transform(item["text"]) for item in items for transform in VARIANTS.values()])
    for item in items:
        for variant, transform in VARIANTS.items():
            text = transform(item["text"])
            answer = routed[text]
            why = failures(item, answer)
            report.total[variant] += 1
            report.passed[variant] += not why
            if why:
                report.failed.append((variant, text, why))
            if item.get("crisis") is True:
                report.crisis_total += 1
                report.crisis_hits += answer["crisis"] is True
            elif item.get("crisis") is False:
                report.calm_total += 1
                report.false_alarms += answer["crisis"] is True
    return report


def report_understanding(api: str, database_url: str | None) -> None:
    """The real-language corpus by split and spelling: Vejviser and its baselines."""
    from bot.corpus import describe, load_corpus
    from directory.db import get_engine, session_scope
    from evaluation import baselines, understanding

    corpus = load_corpus()
    sets = {f"{kind}/{split}": items for kind, splits in corpus.items() for split, items in splits.items()
            if split != "train" and items}
    blind = understanding.blind_sets()
    sets.update(blind)
    print("\n== understanding: the real-language corpus (data/corpus), split by source, and the blind sets")
    print(describe())
    print("\n".join(f"{name:13s} {len(items):4d} items (tests/eval/understanding)" for name, items in blind.items()))
    with httpx.Client(base_url=api, timeout=60) as client, session_scope(get_engine(database_url)) as session:
        systems = {"vejviser": lambda text: client.post("/api/route", json={"text": text}).json(),
                   "tfidf+lr": baselines.tfidf_lr(session), "bm25": baselines.bm25(session)}
        print(understanding.run(systems, sets).text(list(systems), list(sets)))


def report_all(api: str, items: list[dict], crisis_splits: list[str], database_url: str | None = None) -> None:
    """The routing development set, each crisis split with its baseline, then the corpus."""
    from evaluation import crisis_eval

    print("== routing development set (tests/eval/devset.yaml)")
    print(evaluate(api, items).text())
    report_understanding(api, database_url)
    for split in crisis_splits:
        crisis_items = crisis_eval.load(split)
        print(f"\n== crisis {split} ({len(crisis_items)} items)")
        print(crisis_eval.phrase_rules(crisis_items).text("baseline: phrase rules alone", with_misses=False))
        print(crisis_eval.via_api(api, crisis_items).text("Vejviser (/api/route)"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--api", help="a running API, e.g. http://127.0.0.1:8000 (default: start a stack)")
    parser.add_argument("--items", type=Path, default=DEVSET)
    from evaluation.crisis_eval import SPLITS

    crisis_sets = [*SPLITS, "letters", "staff"]
    parser.add_argument("--crisis", nargs="*", default=crisis_sets, choices=crisis_sets,
                        help="crisis sets to report (default: all)")
    args = parser.parse_args(argv)
    items = load_items(args.items)
    if args.api:
        report_all(args.api, items, args.crisis)
        return 0
    from evaluation.stack import Stack

    with tempfile.TemporaryDirectory() as tmp:
        stack = Stack(Path(tmp))
        try:
            stack.start()
            report_all(stack.api, items, args.crisis, stack.env["DATABASE_URL"])
        finally:
            stack.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
