"""FastAPI dependencies: one database session per request, the Rasa client."""
from __future__ import annotations

from collections.abc import Iterator

from fastapi import Request
from sqlalchemy.orm import Session

from api.nlu_client import RasaClient
from directory.db import session_scope


def get_session() -> Iterator[Session]:
    with session_scope() as session:
        yield session


def get_rasa(request: Request) -> RasaClient:
    return request.app.state.rasa
