"""A real database per test: SQLite always, PostgreSQL too when TEST_POSTGRES_URL is set."""
import shutil
from pathlib import Path

import pytest

from directory.db import make_engine, session_scope
from directory.taxonomy import load_taxonomy
from tests.app_env import (
    backend_url,
    build_loaded,
    build_migrated,
    database_urls,
    postgres_copy,
    sqlite_template,
)

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data" / "directory"
TAXONOMY = load_taxonomy(ROOT / "data" / "taxonomy.yaml")


@pytest.fixture(params=database_urls())
def engine(request, tmp_path):
    """A fresh, migrated database: a SQLite file or a PostgreSQL database of its own, each a
    copy of the session's migrated one."""
    if request.param == "sqlite":
        url, cleanup = backend_url("sqlite", tmp_path)
        shutil.copyfile(sqlite_template("migrated", build_migrated), tmp_path / "directory.db")
    elif "loaded" in request.fixturenames:         # the data is wanted: copy the loaded one
        url, cleanup = postgres_copy("loaded", build_loaded)
    else:
        url, cleanup = postgres_copy("migrated", build_migrated)
    eng = make_engine(url)
    eng.backend = request.param
    yield eng
    eng.dispose()
    cleanup()


@pytest.fixture
def loaded(engine, tmp_path):
    """The engine with the real directory data loaded: a copy of the session's loaded database."""
    if engine.backend == "sqlite":
        engine.dispose()
        shutil.copyfile(sqlite_template("loaded", build_loaded), tmp_path / "directory.db")
        return engine
    return engine                                 # PostgreSQL: `engine` copied the loaded database


@pytest.fixture
def session(loaded):
    with session_scope(loaded) as s:
        yield s
