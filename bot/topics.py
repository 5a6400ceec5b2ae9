"""TopicHead: the needs in a message, several at once, each with a probability.

Measured on real letters and staff notes (data/corpus, dev split), a plain
TF-IDF + logistic regression over folded word and character n-grams names the first topic
more often than DIET does, so this head gives the router its topics: every topic whose
probability reaches `threshold`, best first. It is trained by `rasa train` from the
`topic_*` intents' examples, the written examples of `data/understanding` and the
corpus' train split (`bot.heads` builds the model; `python -m bot.heads --select`
measures the alternatives); DIET still decides the dialogue's intent.
"""
from __future__ import annotations

from typing import Any

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.constants import INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot import heads
from bot.base import PipelineHead
from bot.corpus import training_items

TOPICS_PROPERTY = "topics"
PREFIX = "topic_"


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class TopicHead(PipelineHead):
    FILE = "topic_head.joblib"

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {"threshold": 0.3, "max_topics": 3, "C": heads.TOPIC_C}

    def train(self, training_data: TrainingData) -> Resource:
        nlu = [(str(m.get(TEXT)), str(m.get(INTENT))[len(PREFIX):]) for m in training_data.intent_examples
               if str(m.get(INTENT) or "").startswith(PREFIX)]
        return self.persist(heads.fit_topics(nlu, training_items("topics"), float(self.config["C"])))

    def topics(self, text: str) -> list[dict[str, Any]]:
        if self.pipeline is None or not text.strip():
            return []
        probs = self.pipeline.predict_proba([text])[0]
        ranked = sorted(zip(self.pipeline.classes_, probs), key=lambda p: -p[1])
        return [{"topic": str(t), "p": round(float(p), 4)} for t, p in ranked[: int(self.config["max_topics"])]
                if p >= float(self.config["threshold"])]

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            message.set(TOPICS_PROPERTY, self.topics(message.get(TEXT) or ""), add_to_output=True)
        return messages
