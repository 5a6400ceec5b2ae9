import pytest
from fastapi.testclient import TestClient

from tests.app_env import backend_url, build_loaded, configure, database_urls, load_directory, postgres_copy


@pytest.fixture(params=database_urls())
def database_url(request, tmp_path):
    """A database of the test's own: a SQLite file, or a copy of the session's loaded
    PostgreSQL database (load_directory() then has nothing to do)."""
    if request.param == "sqlite":
        url, cleanup = backend_url("sqlite", tmp_path)
    else:
        url, cleanup = postgres_copy("loaded", build_loaded)
    yield url
    from directory.db import dispose_engines
    dispose_engines()
    cleanup()


@pytest.fixture
def client(monkeypatch, tmp_path, database_url):
    """The real app on a real (temporary) directory, with Rasa and actions stopped."""
    configure(monkeypatch, tmp_path, database_url=database_url)
    load_directory()
    from api.main import create_app

    with TestClient(create_app()) as c:
        yield c
