"""DanishFolder: give each token a folded lemma (æ/ae→a, ø/oe→o, å/aa→a) for the featurizers.

"søn", "soen", "son" and "sønnen" become one feature, so citizens who type without
æøå are understood as well as those who do. spaCy's lookup lemmatizer alone cannot do
this: it reads "soen" as "so" (a sow). So the same lookup table (spacy-lookups-data)
is folded once, preferring forms written with æøå, and each token's folded text is
looked up there. The message text and the tokens' own text are left untouched;
CountVectorsFeaturizer reads lemmas (its `use_lemma` default).
"""
from __future__ import annotations

import functools
import gzip
import json
from importlib import resources

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.constants import TOKENS_NAMES
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.base import StatelessComponent
from danish_text import fold


@functools.lru_cache(maxsize=1)
def folded_lemmas() -> dict[str, str]:
    """fold(form) → fold(lemma) over spacy-lookups-data's Danish lemma table."""
    raw = resources.files("spacy_lookups_data").joinpath("data", "da_lemma_lookup.json.gz").read_bytes()
    table: dict[str, str] = {}
    preferred: set = set()
    for form, lemma in json.loads(gzip.decompress(raw)).items():
        key = fold(form)
        written_with_aeoeaa = not form.isascii()
        if key not in table or (written_with_aeoeaa and key not in preferred):
            table[key] = fold(lemma)
            if written_with_aeoeaa:
                preferred.add(key)
    return table


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER], is_trainable=False)
class DanishFolder(StatelessComponent):
    def __init__(self) -> None:
        self.lemmas = folded_lemmas()

    def fold_message(self, message: Message) -> None:
        for token in message.get(TOKENS_NAMES[TEXT]) or []:
            folded = fold(token.text)
            token.lemma = self.lemmas.get(folded) or fold(token.lemma or token.text) or token.text.lower()

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        for message in training_data.training_examples:
            self.fold_message(message)
        return training_data

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            self.fold_message(message)
        return messages
