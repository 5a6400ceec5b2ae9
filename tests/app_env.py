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


def database_urls():
    """SQLite always; PostgreSQL too when TEST_POSTGRES_URL is set (CI sets it)."""
    import os
    return ["sqlite"] + (["postgresql"] if os.environ.get("TEST_POSTGRES_URL") else [])


def backend_url(backend: str, tmp_path):
    """A fresh database for one test: a SQLite file, or a PostgreSQL schema of its own.
    Returns (url, cleanup)."""
    import os
    import uuid

    from sqlalchemy import create_engine, text

    from directory.db import _normalise_url

    if backend == "sqlite":
        return f"sqlite:///{tmp_path / 'directory.db'}", lambda: None
    base = _normalise_url(os.environ["TEST_POSTGRES_URL"])
    schema = f"t_{uuid.uuid4().hex[:10]}"
    admin = create_engine(base)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))

    def cleanup():
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()

    sep = "&" if "?" in base else "?"
    return f"{base}{sep}options=-csearch_path%3D{schema}", cleanup


def load_directory():
    from directory.__main__ import main
    assert main(["load"]) == 0
