"""Fixtures for Rasa GraphComponents, built the way Rasa builds them (create())."""
from pathlib import Path

import pytest
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource

ROOT = Path(__file__).resolve().parents[2]
SPACY_DIR = ROOT / "var" / "spacy-da"


@pytest.fixture
def make_component(tmp_path):
    storage = LocalModelStorage(tmp_path)
    context = ExecutionContext(GraphSchema({}), "test")

    def make(cls, config=None):
        return cls.create({**cls.get_default_config(), **(config or {})}, storage,
                          Resource(cls.__name__), context)

    return make


@pytest.fixture
def spacy_tokenize(make_component):
    """Messages tokenized by the real pipeline: SpacyNLP (var/spacy-da) + SpacyTokenizer."""
    from rasa.nlu.tokenizers.spacy_tokenizer import SpacyTokenizer
    from rasa.nlu.utils.spacy_utils import SpacyNLP
    from rasa.shared.nlu.training_data.message import Message

    if not (SPACY_DIR / "config.cfg").exists():
        pytest.fail(f"{SPACY_DIR} is missing: run `make setup` (it builds the spaCy pipeline)")
    nlp_component = make_component(SpacyNLP, {"model": str(SPACY_DIR)})
    model = nlp_component.provide()
    tokenizer = make_component(SpacyTokenizer)

    def tokenize(*texts):
        messages = [Message(data={"text": t}) for t in texts]
        nlp_component.process(messages, model)
        tokenizer.process(messages)
        return messages

    return tokenize
