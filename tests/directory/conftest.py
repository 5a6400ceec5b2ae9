"""A real database per test: SQLite always, PostgreSQL too when TEST_POSTGRES_URL is set."""
import os
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from directory.db import _normalise_url, create_schema, make_engine, session_scope
from directory.loader import parse_files, write
from directory.taxonomy import load_taxonomy

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data" / "directory"
TAXONOMY = load_taxonomy(ROOT / "data" / "taxonomy.yaml")

BACKENDS = ["sqlite"] + (["postgresql"] if os.environ.get("TEST_POSTGRES_URL") else [])


@pytest.fixture(params=BACKENDS)
def engine(request, tmp_path):
    if request.param == "sqlite":
        eng = make_engine(f"sqlite:///{tmp_path / 'directory.db'}")
        create_schema(eng)
        yield eng
        eng.dispose()
        return
    # PostgreSQL: a schema of our own per test, dropped afterwards.
    schema = f"t_{uuid.uuid4().hex[:10]}"
    admin = create_engine(_normalise_url(os.environ["TEST_POSTGRES_URL"]))
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    eng = make_engine(os.environ["TEST_POSTGRES_URL"], connect_args={"options": f"-csearch_path={schema}"})
    create_schema(eng)
    yield eng
    eng.dispose()
    with admin.begin() as conn:
        conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()


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
