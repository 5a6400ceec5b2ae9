"""DanishSpotter: adds rule-spotted entities (topic, audience, relation, age, district,
anonymous) from danish_text, so the router sees several needs and the numbers and
places a classifier cannot learn from a few hundred examples.
"""
from __future__ import annotations

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.base import StatelessComponent
from danish_text.entities import spotted_entities

EXTRACTOR = "DanishSpotter"


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=False)
class DanishSpotter(StatelessComponent):
    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            found = [dict(e, extractor=EXTRACTOR) for e in spotted_entities(message.get(TEXT) or "")]
            message.set(ENTITIES, (message.get(ENTITIES) or []) + found, add_to_output=True)
        return messages
