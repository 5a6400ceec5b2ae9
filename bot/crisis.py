"""CrisisDetector: the one place the crisis decision is made, for every message.

It runs last in the NLU pipeline, so whatever the classifier thought, a message that
signals danger gets intent `crisis` (confidence 1.0) and a `crisis` property
{kind, topic, matched}; the dialogue's crisis rule then answers before any form or
clarification, and the router puts emergency lines first.
"""
from __future__ import annotations

from typing import List

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.base import StatelessComponent
from danish_text import detect_crisis

CRISIS_INTENT = "crisis"
CRISIS_PROPERTY = "crisis"


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class CrisisDetector(StatelessComponent):
    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            signal = detect_crisis(message.get(TEXT) or "")
            if signal is None:
                message.set(CRISIS_PROPERTY, None, add_to_output=True)
                continue
            message.set(CRISIS_PROPERTY, {"kind": signal.kind, "topic": signal.topic,
                                          "matched": signal.matched}, add_to_output=True)
            message.set(INTENT, {"name": CRISIS_INTENT, "confidence": 1.0}, add_to_output=True)
        return messages
