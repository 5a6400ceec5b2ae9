"""Integration fixtures: the real stack (tests/stack.py), once per test session.

Uses the model `make train` built from the same data; the Makefile trains before the
tests run.
"""
import pytest

from tests.stack import MODEL, RASA, Stack


@pytest.fixture(scope="session")
def stack(tmp_path_factory):
    if not MODEL.exists() or not RASA.exists():
        pytest.fail("no trained model or Rasa environment: run `make test` (it sets up and trains first)")
    s = Stack(tmp_path_factory.mktemp("stack"))
    try:
        s.start()
        yield s
    finally:
        s.stop()
