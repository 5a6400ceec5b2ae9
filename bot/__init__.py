"""Rasa GraphComponents for Danish (runs in .venv-rasa; imports only danish_text)."""
