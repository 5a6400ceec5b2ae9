"""Schemathesis against the OpenAPI description: generated requests to every operation,
with an editor's token, never get a 500 (503 is allowed where the description says a part
is not answering: Rasa is stopped here)."""
import os

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

from api.auth import hash_token
from tests.app_env import configure, load_directory

TOKEN = "fuzz-editor-token"


@pytest.fixture
def api_schema(monkeypatch, tmp_path):
    monkeypatch.setenv("ADMIN_TOKENS", f"fuzz:{hash_token(TOKEN)}")
    monkeypatch.setenv("RATE_PER_MINUTE", "1000000")
    monkeypatch.setenv("WRONG_TOKENS_BEFORE_LOCKOUT", "1000000")
    configure(monkeypatch, tmp_path)
    load_directory()
    from api.main import create_app
    from api.nlu_client import RasaClient
    from api.settings import get_api_settings

    app = create_app()
    settings_ = get_api_settings()
    app.state.rasa = RasaClient(settings_.rasa_url, 1.0)    # what the lifespan sets up (Rasa stopped)
    return schemathesis.openapi.from_asgi("/openapi.json", app)


def test_no_operation_answers_500(api_schema):
    """Each operation in turn (schemathesis' own pytest plugin does not run on pytest 9)."""
    tried = []
    for result in api_schema.get_all_operations():
        operation = result.ok()
        tried.append(operation.label)

        @settings(max_examples=int(os.environ.get("FUZZ_EXAMPLES", "15")), deadline=None,
                  suppress_health_check=list(HealthCheck), database=None)
        @given(case=operation.as_strategy())
        def no_500(case):
            response = case.call(headers={"Authorization": f"Bearer {TOKEN}"})
            assert response.status_code < 500 or response.status_code == 503, \
                (case.method, case.formatted_path, case.body, response.text[:300])

        no_500()
    assert len(tried) >= 15
