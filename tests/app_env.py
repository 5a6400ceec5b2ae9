"""Point the app's settings at a temporary database and a given Rasa, for one test."""
import socket
from pathlib import Path

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


def backend_url(backend: str, tmp_path, postgres_url: str | None = None):
    """A fresh database for one test: a SQLite file, or a PostgreSQL schema of its own (on
    `postgres_url`, by default TEST_POSTGRES_URL's server). Returns (url, cleanup)."""
    import os
    import uuid

    from sqlalchemy import create_engine, text

    from directory.db import _normalise_url

    if backend == "sqlite":
        return f"sqlite:///{tmp_path / 'directory.db'}", lambda: None
    base = _normalise_url(postgres_url or os.environ["TEST_POSTGRES_URL"])
    schema = f"t_{uuid.uuid4().hex[:10]}"
    admin = create_engine(base, pool_pre_ping=True)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))

    def cleanup():
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()

    sep = "&" if "?" in base else "?"
    return f"{base}{sep}options=-csearch_path%3D{schema}", cleanup


_TEMPLATES: dict[str, Path] = {}


def sqlite_template(kind: str, build) -> Path:
    """A SQLite file built once per test session (`build(path)` makes it), for copying: a
    migrated and loaded directory takes half a second to build and a millisecond to copy."""
    import tempfile

    if kind not in _TEMPLATES or not _TEMPLATES[kind].exists():
        path = Path(tempfile.mkdtemp(prefix="vejviser-template-")) / f"{kind}.db"
        build(path)
        _TEMPLATES[kind] = path
    return _TEMPLATES[kind]


def load_directory():
    """The real directory data in the configured database (a copy of the session's loaded
    SQLite template when the database is a new SQLite file; loaded for real otherwise)."""
    import os
    import shutil

    from directory.__main__ import main

    url = os.environ.get("DATABASE_URL", "")
    target = Path(url[len("sqlite:///"):]) if url.startswith("sqlite:///") else None
    if target is None or target.exists():
        assert main(["load"]) == 0
        return

    def build(path: Path) -> None:
        os.environ["DATABASE_URL"] = f"sqlite:///{path}"
        get_settings.cache_clear()
        get_engine.cache_clear()
        try:
            assert main(["load"]) == 0
        finally:
            get_engine().dispose()
            os.environ["DATABASE_URL"] = url
            get_settings.cache_clear()
            get_engine.cache_clear()

    shutil.copyfile(sqlite_template("loaded", build), target)
