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


# Tests that start servers run in two pytest-xdist groups, each in one worker, one test after
# the other: those on the shared stack (integration and browser), and the production profile
# with its own stack; the unit tests fill the workers around them (`make test`:
# `-n 2 --dist loadgroup`; 146 s on two cores with PostgreSQL and Redis, where the suite as it
# was before the house issue took 383 s on the same machine).


def pytest_itemcollected(item):
    """Marked as each test is collected: pytest-xdist reads the groups in its own
    pytest_collection_modifyitems, which runs before a conftest's."""
    names = set(getattr(item, "fixturenames", ()))
    if names & {"production", "postgres"}:
        item.add_marker(pytest.mark.xdist_group("production"))
    elif "stack" in names:
        item.add_marker(pytest.mark.xdist_group("stack"))
