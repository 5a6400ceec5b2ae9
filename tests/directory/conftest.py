"""A real database per test: SQLite always, PostgreSQL too when TEST_POSTGRES_URL is set."""
from pathlib import Path

import pytest

from directory.db import create_schema, make_engine, session_scope
from directory.loader import parse_files, write
from directory.taxonomy import load_taxonomy
from tests.app_env import backend_url, database_urls

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data" / "directory"
TAXONOMY = load_taxonomy(ROOT / "data" / "taxonomy.yaml")


@pytest.fixture(params=database_urls())
def engine(request, tmp_path):
    """A fresh, migrated database: a SQLite file or a PostgreSQL schema of its own."""
    url, cleanup = backend_url(request.param, tmp_path)
    eng = make_engine(url)
    create_schema(eng)
    yield eng
    eng.dispose()
    cleanup()


@pytest.fixture
def loaded(engine):
    """The engine with the real directory data loaded."""
    with session_scope(engine) as session:
        write(session, parse_files(DATA, TAXONOMY))
    return engine


@pytest.fixture
def session(loaded):
    with session_scope(loaded) as s:
        yield s
