"""Point the app's settings at a temporary database and a given Rasa, for one test."""
from pathlib import Path

from api.settings import get_api_settings
from danish_text import rule_nlu
from directory.db import get_engine
from directory.settings import get_settings
from evaluation.stack import backend_url, free_port  # noqa: F401  (the tests' helpers too)

CRISIS_MODEL = Path(__file__).resolve().parents[1] / "var" / "crisis" / "model.json"


def rule_parse(text: str) -> dict:
    """The API's parse for when Rasa is down, on the model `make test` trained."""
    return rule_nlu.rule_parse(text, str(CRISIS_MODEL))


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
