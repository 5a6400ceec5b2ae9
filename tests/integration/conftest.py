"""Integration tests use the session's real stack (the `stack` fixture in tests/conftest.py)."""
