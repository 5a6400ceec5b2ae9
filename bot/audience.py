"""AudienceHead: who has the need — the writer (self), a relative, a professional in a work
role, or a volunteer.

The spotting rules decide by which relation word appears, so a mother writing about her
own drinking who mentions her children was read as a relative, and a note about "borger
47" as unknown. Measured on the corpus' dev split (`python -m bot.heads --select`), a
logistic regression over folded words reads letters and staff notes far better (the rules
as its features, `audience_evidence`, were measured and lost), so this head decides for
messages of more than `min_words` words. Short messages keep what the rules said: the rules
read them right. Where the rules found no audience in a short message, the head answers when it
is at least `fill_in` sure; otherwise the router asks when the answer matters.
Trained by `rasa train` from `data/understanding` and the corpus' train split.
"""
from __future__ import annotations

from typing import Any

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot import heads
from bot.base import PipelineHead
from bot.corpus import training_items

EXTRACTOR = "AudienceHead"


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=True)
class AudienceHead(PipelineHead):
    FILE = "audience_head.joblib"

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {"min_words": heads.AUDIENCE_MIN_WORDS, "C": heads.AUDIENCE_C, "fill_in": heads.AUDIENCE_FILL_IN}

    def train(self, training_data: TrainingData) -> Resource:
        return self.persist(heads.fit_audience(training_items("audience"), float(self.config["C"])))

    def audience(self, text: str) -> tuple[str, float] | None:
        """The head's reading and its probability, or None when it has no model or no text."""
        if self.pipeline is None or not text.strip():
            return None
        return heads.ranked(self.pipeline, text)[0]

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            found = None
            if heads.head_decides(text, int(self.config["min_words"])):
                found = self.audience(text)
            elif heads.fills_in(text, _spotted_audience(message)):
                reading = self.audience(text)
                found = reading if reading and reading[1] >= float(self.config["fill_in"]) else None
            if found is None:
                continue
            value, p = found
            entities = [e for e in (message.get(ENTITIES) or []) if e.get("entity") != "audience"]
            entities.append({"entity": "audience", "value": value, "confidence": round(p, 4),
                             "extractor": EXTRACTOR})
            message.set(ENTITIES, entities, add_to_output=True)
        return messages


def _spotted_audience(message: Message) -> str:
    """The audience the rules read (`bot.spotting.DanishSpotter`, earlier in the pipeline, adds it
    as an entity unless it is unknown), so the rules are not run a second time here."""
    return next((str(e.get("value")) for e in message.get(ENTITIES) or [] if e.get("entity") == "audience"),
                "unknown")
