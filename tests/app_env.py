"""Point the app's settings at a temporary database and a given Rasa, for one test."""
import socket

from directory.db import get_engine
from directory.settings import get_settings
from api.settings import get_api_settings


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def configure(monkeypatch, tmp_path, rasa_url=None, action_url=None, database_url=None):
    monkeypatch.setenv("DATABASE_URL", database_url or f"sqlite:///{tmp_path / 'directory.db'}")
    # nothing listens on a fresh free port: a stopped Rasa / action server
    monkeypatch.setenv("RASA_URL", rasa_url or f"http://127.0.0.1:{free_port()}")
    monkeypatch.setenv("ACTION_SERVER_URL", action_url or f"http://127.0.0.1:{free_port()}")
    monkeypatch.setenv("TRACKER_DB_URL", f"sqlite:///{tmp_path / 'tracker.db'}")
    for cached in (get_settings, get_api_settings, get_engine):
        cached.cache_clear()


def load_directory():
    from directory.__main__ import main
    assert main(["load"]) == 0
