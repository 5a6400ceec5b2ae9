"""AudienceHead: who has the need — the writer (self), a relative, a professional in a work
role, or a volunteer.

The spotting rules decide by which relation word appears, so a mother writing about her
own drinking who mentions her children was read as a relative, and a note about "borger
47" as unknown. Measured on the corpus' dev split (`python -m bot.heads --select`), a
logistic regression over folded words reads letters and staff notes far better (the rules
as its features, `audience_evidence`, were measured and lost), so this head decides for
messages of more than `min_words` words. Short messages keep what the rules said (often
"unknown", so the router asks when the answer matters): the rules read them right.
Trained by `rasa train` from `data/understanding` and the corpus' train split.
"""
from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

import joblib
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from sklearn.pipeline import Pipeline

from bot import heads
from bot.corpus import training_items

EXTRACTOR = "AudienceHead"
FILE = "audience_head.joblib"


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=True)
class AudienceHead(GraphComponent):
    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {"min_words": heads.AUDIENCE_MIN_WORDS, "C": heads.AUDIENCE_C}

    def __init__(self, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
                 pipeline: Optional[Pipeline] = None) -> None:
        self.config = config
        self.model_storage = model_storage
        self.resource = resource
        self.pipeline = pipeline

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> AudienceHead:
        return cls(config, model_storage, resource)

    def train(self, training_data: TrainingData) -> Resource:
        self.pipeline = heads.fit_audience(training_items(), float(self.config["C"]))
        with self.model_storage.write_to(self.resource) as directory:
            joblib.dump(self.pipeline, directory / FILE)
        return self.resource

    @classmethod
    def load(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> AudienceHead:
        try:
            with model_storage.read_from(resource) as directory:
                pipeline = joblib.load(directory / FILE)
        except (ValueError, FileNotFoundError):
            pipeline = None
        return cls(config, model_storage, resource, pipeline)

    def audience(self, text: str) -> tuple[str, float] | None:
        """The head's reading and its probability, or None when it has no model or no text."""
        if self.pipeline is None or not text.strip():
            return None
        return heads.ranked(self.pipeline, text)[0]

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            found = self.audience(text) if heads.head_decides(text, int(self.config["min_words"])) else None
            if found is None:
                continue
            value, p = found
            entities = [e for e in (message.get(ENTITIES) or []) if e.get("entity") != "audience"]
            entities.append({"entity": "audience", "value": value, "confidence": round(p, 4),
                             "extractor": EXTRACTOR})
            message.set(ENTITIES, entities, add_to_output=True)
        return messages
