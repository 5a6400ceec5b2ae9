import pytest
from fastapi.testclient import TestClient

from tests.app_env import configure, load_directory


@pytest.fixture
def client(monkeypatch, tmp_path):
    """The real app on a real (temporary) directory, with Rasa and actions stopped."""
    configure(monkeypatch, tmp_path)
    load_directory()
    from api.main import create_app

    with TestClient(create_app()) as c:
        yield c
