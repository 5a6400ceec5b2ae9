"""Shared by both environments: standard library only (imports inside fixtures)."""
import pytest


@pytest.fixture(scope="session")
def stack(tmp_path_factory):
    """The real stack (evaluation/stack.py), once per test session, for the integration and the
    browser tests alike. Uses the model `make train` built from the same data; the Makefile
    trains before the tests run."""
    from evaluation.stack import MODEL, RASA, Stack

    if not MODEL.exists() or not RASA.exists():
        pytest.fail("no trained model or Rasa environment: run `make test` (it sets up and trains first)")
    s = Stack(tmp_path_factory.mktemp("stack"))
    try:
        s.start()
        yield s
    finally:
        s.stop()


# Tests that start servers (the shared stack, the production profile, the browser) run in
# one pytest-xdist worker, one after the other, while the other worker runs everything else
# (`make test`: `-n 2 --dist loadgroup`). Measured: two stacks at once on two cores is slower
# (183 s) than one (156 s).
_SERVER_FIXTURES = {"stack", "production", "postgres"}


def pytest_collection_modifyitems(config, items):
    for item in items:
        if _SERVER_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.xdist_group("servers"))
