"""Baselines measured in the same run as Vejviser, on the same items and spellings.

- TF-IDF + logistic regression (word and character n-grams, scikit-learn) trained on the
  same examples as Vejviser (`data/nlu`, and the written examples and corpus train split
  the heads learn from, as `topic_<main topic>`), in DIET's place: its intent and the same rule
  spotting (audience, age, relation, district) go to the same router
  (`directory.router.route`); no crisis model, so only its `crisis` intent raises the
  alarm. What a plain text classifier gives the same pipeline.
- BM25 (rank-bm25) over each directory entry's name, description and keywords: what a
  search box gives. Its first hit's topics are its topics; it knows no audience or age.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml
from rank_bm25 import BM25Okapi
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline, make_union
from sqlalchemy.orm import Session

from danish_text import fold
from danish_text.entities import spotted_entities
from directory.queries import ServiceFilter, find_services
from directory.route_json import route_json, service_json
from directory.route_types import Context, NluResult
from directory.router import route

NLU = Path(__file__).resolve().parents[1] / "data" / "nlu"
Answer = dict[str, Any]


def nlu_examples() -> tuple[list[str], list[str]]:
    texts, labels = [], []
    for path in sorted(NLU.glob("*.yml")):
        for block in (yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader) or {}).get("nlu") or []:
            for line in str(block.get("examples") or "").splitlines():
                if line.strip().startswith("- ") and "intent" in block:
                    texts.append(re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", line.strip()[2:]))
                    labels.append(block["intent"])
    from bot.corpus import training_items

    for item in training_items():
        texts.append(item["text"])
        labels.append("topic_" + item["topics"][0])
    return texts, labels


def tfidf_lr(session: Session) -> Callable[[str], Answer]:
    texts, labels = nlu_examples()
    model = make_pipeline(
        make_union(TfidfVectorizer(preprocessor=fold, ngram_range=(1, 2), sublinear_tf=True),
                   TfidfVectorizer(preprocessor=fold, analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True)),
        LogisticRegression(C=10.0, max_iter=2000))
    model.fit(texts, labels)

    def answer(text: str) -> Answer:
        probs = model.predict_proba([text])[0]
        ranking = sorted(zip(model.classes_, probs), key=lambda p: -p[1])
        intent, confidence = ranking[0]
        nlu = NluResult(text=text, intent=str(intent), confidence=float(confidence),
                        entities=spotted_entities(text),
                        intent_ranking=[{"name": str(n), "confidence": float(c)} for n, c in ranking[:5]],
                        safety={"level": "crisis" if intent == "crisis" else None, "kind": None})
        return route_json(route(session, nlu, Context()))
    return answer


def bm25(session: Session) -> Callable[[str], Answer]:
    services = find_services(session, ServiceFilter())
    corpus = [re.findall(r"[a-z0-9]+", s.search_text) for s in services]   # folded name, description, keywords
    index = BM25Okapi(corpus)

    def answer(text: str) -> Answer:
        scores = index.get_scores(re.findall(r"[a-z0-9]+", fold(text)))
        ranked = [s for score, s in sorted(zip(scores, services), key=lambda p: -p[0]) if score > 0][:5]
        return {"text": text, "crisis": bool(ranked) and ranked[0].kind == "akut",
                "needs_clarification": not ranked, "topics": list(ranked[0].topics) if ranked else [],
                "audience": "unknown", "age": None, "district": None,
                "services": [dict(service_json(s), role="door") for s in ranked]}
    return answer
