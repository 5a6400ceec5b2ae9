"""The router's words: what the NLU says, what a caller knows, a door and a route.

Apart from the ranking (`directory.router`) and the JSON (`directory.route_json`), so that
the explanations, the actions and the API can name them without importing the router.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from directory.models import Service


@dataclass
class NluResult:
    """What Rasa's /model/parse (with our bot/ components) says about one message."""

    text: str
    intent: str | None = None
    confidence: float = 0.0
    entities: list[dict[str, Any]] = field(default_factory=list)
    crisis: dict[str, Any] | None = None
    intent_ranking: list[dict[str, Any]] = field(default_factory=list)
    # The crisis decision made in bot/ (danish_text.crisis_model): level, kind, probabilities.
    safety: dict[str, Any] | None = None
    # bot.topics.TopicHead: [{"topic", "p"}], best first, those over its threshold.
    topic_scores: list[dict[str, Any]] = field(default_factory=list)

    @classmethod
    def from_parse(cls, parse: dict[str, Any]) -> NluResult:
        intent = parse.get("intent") or {}
        return cls(text=parse.get("text") or "", intent=intent.get("name"),
                   confidence=float(intent.get("confidence") or 0.0),
                   entities=list(parse.get("entities") or []), crisis=parse.get("crisis"),
                   intent_ranking=list(parse.get("intent_ranking") or []), safety=parse.get("safety"),
                   topic_scores=list(parse.get("topics") or []))

    @property
    def safety_level(self) -> str | None:
        """"crisis", "concern" or None, as bot/ decided it (a bare crisis flag means crisis)."""
        level = (self.safety or {}).get("level")
        return level or ("crisis" if self.crisis else None)

    @property
    def danger_kind(self) -> str | None:
        return (self.safety or {}).get("kind") or (self.crisis or {}).get("kind")

    def values(self, entity: str) -> list[Any]:
        return [e.get("value") for e in self.entities if e.get("entity") == entity]

    def first(self, entity: str) -> Any:
        found = self.values(entity)
        return found[0] if found else None


@dataclass
class Context:
    """What a caller already knows; it overrides what the text says."""

    audience: str | None = None
    age: int | None = None
    district: str | None = None
    anonymous: bool | None = None
    lang: str = "da"


@dataclass
class Door:
    service: Service
    score: float
    why: str
    # False when a pending follow-up question could rule this door out.
    certain: bool = True
    # "emergency" (shown first in a crisis), "door", or "safety_line" (after the doors)
    role: str = "door"


@dataclass
class Route:
    text: str
    crisis: bool
    needs_clarification: bool
    topics: list[str]
    audience: str
    age: int | None
    district: str | None
    doors: list[Door]
    clarifying_question: str | None
    nlu: NluResult
    lang: str = "da"
    crisis_kind: str | None = None
    safety: str | None = None
    relation: str | None = None
    clarify_options: list[str] = field(default_factory=list)
    # A question whose answer would change the doors (who it is for, child or adult).
    follow_up: dict[str, Any] | None = None
    # The general entrance, where a door without contact facts sends the person to ask.
    entrance: Service | None = None
