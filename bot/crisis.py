"""CrisisDetector: the one place the crisis decision is made, for every message.

It runs last in the NLU pipeline and asks `danish_text.crisis_model` (the learned model
and its concept lexicon, as plain weights in `var/crisis/model.json`, built by
`bot.crisis_train`). Its answer goes out as the `safety` property {level, kind, p_crisis,
p_concern, concepts, rule}: level `crisis` (danger now), `concern` (risk without
imminence) or None. On `crisis` the message also gets intent `crisis` (confidence 1.0)
and a `crisis` property {kind, level}, so the dialogue's crisis rule answers before any
form or question and the router puts the emergency doors for that kind first. The API's
fallback for when Rasa is down loads the same file and runs the same code.
"""
from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message

from danish_text.crisis_model import CrisisModel, load_model

CRISIS_INTENT = "crisis"
CRISIS_PROPERTY = "crisis"
SAFETY_PROPERTY = "safety"
DEFAULT_MODEL = "var/crisis/model.json"


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class CrisisDetector(GraphComponent):
    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {"model": DEFAULT_MODEL}

    def __init__(self, model: CrisisModel) -> None:
        self.model = model

    @classmethod
    def create(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> CrisisDetector:
        return cls(load_model(str(config.get("model") or DEFAULT_MODEL)))

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            assessment = self.model.assess(message.get(TEXT) or "")
            message.set(SAFETY_PROPERTY, assessment.as_dict(), add_to_output=True)
            if assessment.level != "crisis":
                message.set(CRISIS_PROPERTY, None, add_to_output=True)
                continue
            message.set(CRISIS_PROPERTY, {"kind": assessment.kind, "level": assessment.level},
                        add_to_output=True)
            message.set(INTENT, {"name": CRISIS_INTENT, "confidence": 1.0}, add_to_output=True)
        return messages
