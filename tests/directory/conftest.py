"""A real database per test: SQLite always, PostgreSQL too when TEST_POSTGRES_URL is set."""
import shutil
from pathlib import Path

import pytest

from directory.db import create_schema, make_engine, session_scope
from directory.loader import parse_files, write
from directory.taxonomy import load_taxonomy
from tests.app_env import backend_url, database_urls, sqlite_template

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data" / "directory"
TAXONOMY = load_taxonomy(ROOT / "data" / "taxonomy.yaml")


def _migrated(path):
    eng = make_engine(f"sqlite:///{path}")
    create_schema(eng)
    eng.dispose()


def _loaded(path):
    eng = make_engine(f"sqlite:///{path}")
    create_schema(eng)
    with session_scope(eng) as session:
        write(session, parse_files(DATA, TAXONOMY))
    eng.dispose()


@pytest.fixture(params=database_urls())
def engine(request, tmp_path):
    """A fresh, migrated database: a SQLite file (a copy of the session's migrated one) or a
    PostgreSQL schema of its own."""
    url, cleanup = backend_url(request.param, tmp_path)
    if request.param == "sqlite":
        shutil.copyfile(sqlite_template("migrated", _migrated), tmp_path / "directory.db")
    eng = make_engine(url)
    if request.param != "sqlite":
        create_schema(eng)
    eng.backend = request.param
    yield eng
    eng.dispose()
    cleanup()


@pytest.fixture
def loaded(engine, tmp_path):
    """The engine with the real directory data loaded (SQLite: a copy of the session's
    loaded database)."""
    if engine.backend == "sqlite":
        engine.dispose()
        shutil.copyfile(sqlite_template("loaded-data", _loaded), tmp_path / "directory.db")
        return engine
    with session_scope(engine) as session:
        write(session, parse_files(DATA, TAXONOMY))
    return engine


@pytest.fixture
def session(loaded):
    with session_scope(loaded) as s:
        yield s
