"""Point the app's settings at a temporary database and a given Rasa, for one test."""
from pathlib import Path

from api.settings import get_api_settings
from danish_text import rule_nlu
from directory.db import dispose_engines
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
    for cached in (get_settings, get_api_settings):
        cached.cache_clear()
    dispose_engines()


def database_urls():
    """SQLite always; PostgreSQL too when TEST_POSTGRES_URL is set (CI sets it)."""
    import os
    return ["sqlite"] + (["postgresql"] if os.environ.get("TEST_POSTGRES_URL") else [])


_TEMPLATES: dict[str, Path] = {}


def sqlite_template(kind: str, build) -> Path:
    """A SQLite file built once per test session (`build(url)` makes it, as for PostgreSQL's
    templates), for copying: a migrated and loaded directory takes half a second to build
    and a millisecond to copy."""
    import tempfile

    if kind not in _TEMPLATES or not _TEMPLATES[kind].exists():
        path = Path(tempfile.mkdtemp(prefix="vejviser-template-")) / f"{kind}.db"
        build(f"sqlite:///{path}")
        _TEMPLATES[kind] = path
    return _TEMPLATES[kind]


_PG_TEMPLATES: dict[str, str] = {}
_PG_LOADED: set[str] = set()


def _pg_admin():
    """An engine on TEST_POSTGRES_URL's server that can create and drop databases."""
    import os

    from sqlalchemy import create_engine

    from directory.db import _normalise_url

    return create_engine(_normalise_url(os.environ["TEST_POSTGRES_URL"]), isolation_level="AUTOCOMMIT")


def _pg_url(database: str) -> str:
    import os

    from sqlalchemy.engine import make_url

    from directory.db import _normalise_url

    url = make_url(_normalise_url(os.environ["TEST_POSTGRES_URL"])).set(database=database)
    return url.render_as_string(hide_password=False)


def _pg_drop_templates() -> None:
    from sqlalchemy import text

    admin = _pg_admin()
    with admin.connect() as conn:
        for name in _PG_TEMPLATES.values():
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def _pg_template(kind: str, build) -> str:
    """The session's template database of this kind, built by `build(url)` the first time."""
    import atexit
    import uuid

    from sqlalchemy import text

    if kind not in _PG_TEMPLATES:
        name = f"vv_template_{kind}_{uuid.uuid4().hex[:8]}"
        admin = _pg_admin()
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        admin.dispose()
        if not _PG_TEMPLATES:
            atexit.register(_pg_drop_templates)
        _PG_TEMPLATES[kind] = name
        build(_pg_url(name))
    return _PG_TEMPLATES[kind]


def postgres_copy(kind: str, build) -> tuple[str, object]:
    """A PostgreSQL database of its own for one test, copied from a template database that
    `build(url)` migrates (and loads) once per test session: CREATE DATABASE … TEMPLATE is a
    file copy, a fraction of running the migrations and the load. Returns (url, cleanup)."""
    import uuid

    from sqlalchemy import text

    admin = _pg_admin()
    copy = f"vv_test_{uuid.uuid4().hex[:10]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{copy}" TEMPLATE "{_pg_template(kind, build)}"'))
    url = _pg_url(copy)
    if kind == "loaded":
        _PG_LOADED.add(url)

    def cleanup() -> None:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{copy}" WITH (FORCE)'))
        admin.dispose()

    return url, cleanup


def build_loaded(url: str) -> None:
    """Migrate and load the real directory data into the database at `url`."""
    from directory.db import create_schema, make_engine, session_scope
    from directory.loader import parse_files, write
    from directory.taxonomy import load_taxonomy

    root = Path(__file__).resolve().parents[1]
    engine = make_engine(url)
    create_schema(engine)
    with session_scope(engine) as session:
        write(session, parse_files(root / "data" / "directory", load_taxonomy(root / "data" / "taxonomy.yaml")))
    engine.dispose()


def build_migrated(url: str) -> None:
    from directory.db import create_schema, make_engine

    engine = make_engine(url)
    create_schema(engine)
    engine.dispose()


def load_directory():
    """The real directory data in the configured database (a copy of the session's loaded
    SQLite template when the database is a new SQLite file; loaded for real otherwise)."""
    import os
    import shutil

    from directory.__main__ import main

    url = os.environ.get("DATABASE_URL", "")
    if url in _PG_LOADED:
        return                              # a copy of the session's loaded PostgreSQL template
    target = Path(url[len("sqlite:///"):]) if url.startswith("sqlite:///") else None
    if target is None or target.exists():
        assert main(["load"]) == 0
        return
    shutil.copyfile(sqlite_template("loaded", build_loaded), target)
