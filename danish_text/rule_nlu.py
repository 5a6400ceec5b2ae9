"""The rule part of the bot's NLU, in the shape of Rasa's /model/parse answer.

For when the model server is down: the API still answers from the same code the bot runs
(the crisis model's plain weights, so the same safety decision, and the spotting rules),
marked `degraded`, rather than failing a citizen. Lives here, beside the rules it calls,
so that the API and the tests use one copy of it.
"""
from __future__ import annotations

from typing import Any

from danish_text.crisis_model import load_model
from danish_text.entities import spotted_entities


def rule_parse(text: str, crisis_model: str) -> dict[str, Any]:
    """A parse without DIET: no intent but `crisis` when the crisis model says danger now."""
    assessment = load_model(crisis_model).assess(text)
    crisis = ({"kind": assessment.kind, "level": assessment.level}
              if assessment.level == "crisis" else None)
    return {"text": text, "intent": {"name": "crisis" if crisis else None,
                                     "confidence": 1.0 if crisis else 0.0},
            "entities": spotted_entities(text), "crisis": crisis, "safety": assessment.as_dict(),
            "intent_ranking": [], "degraded": True}
