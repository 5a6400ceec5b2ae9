"""Sara-style fixtures: a tracker, a dispatcher and the domain, on a real temporary directory."""
from pathlib import Path

import pytest
import yaml
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from tests.app_env import configure, load_directory

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def directory_db(monkeypatch, tmp_path):
    configure(monkeypatch, tmp_path)
    load_directory()


@pytest.fixture
def dispatcher():
    return CollectingDispatcher()


@pytest.fixture
def domain():
    return yaml.load((ROOT / "domain.yml").read_text(), Loader=yaml.CSafeLoader)


@pytest.fixture
def make_tracker():
    def make(text, intent, confidence=0.9, entities=(), crisis=None, slots=None, safety=None):
        latest = {"text": text, "intent": {"name": intent, "confidence": confidence},
                  "entities": list(entities), "intent_ranking": [{"name": intent, "confidence": confidence}]}
        if crisis:
            latest["crisis"] = crisis
        if safety:
            latest["safety"] = safety
        return Tracker("test-user", dict(slots or {}), latest, [], False, None, {}, "action_listen")
    return make
