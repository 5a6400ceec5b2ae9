import pytest
from fastapi.testclient import TestClient

from tests.app_env import backend_url, configure, database_urls, load_directory


@pytest.fixture(params=database_urls())
def database_url(request, tmp_path):
    url, cleanup = backend_url(request.param, tmp_path)
    yield url
    from directory.db import get_engine
    get_engine.cache_clear()
    cleanup()


@pytest.fixture
def client(monkeypatch, tmp_path, database_url):
    """The real app on a real (temporary) directory, with Rasa and actions stopped."""
    configure(monkeypatch, tmp_path, database_url=database_url)
    load_directory()
    from api.main import create_app

    with TestClient(create_app()) as c:
        yield c
