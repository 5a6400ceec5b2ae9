"""GET /api/health: 200 only when the directory, Rasa (model loaded) and actions answer.

It says which part is not ready in plain words, and never an address, a file name or an
exception's name (the log has those, for whoever runs the servers)."""
from __future__ import annotations

import logging

import httpx
from fastapi import APIRouter, Depends
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError

from api import conversation_store
from api.deps import get_rasa
from api.nlu_client import RasaClient
from api.settings import get_api_settings
from directory.db import session_scope
from directory.models import Service

endpoints = APIRouter(tags=["health"])
log = logging.getLogger("vejviser.health")


def _directory() -> dict:
    try:
        with session_scope() as session:
            count = session.scalar(select(func.count()).select_from(Service)) or 0
    except SQLAlchemyError as exc:
        log.warning("health: directory database not reachable (%s)", type(exc).__name__)
        return {"ok": False, "detail": "the directory database is not reachable"}
    return {"ok": count > 0, "detail": f"{count} services" if count else "directory is empty: run make load"}


async def _tracker_store() -> dict:
    """Rasa falls back to an in-memory tracker store when its database is down, silently:
    conversations would lose their context and nothing would be kept. Health says so (and
    the chat relays no turn meanwhile: api.conversation_store)."""
    if await conversation_store.reachable(fresh=True):
        return {"ok": True, "detail": "ok"}
    return {"ok": False, "detail": "the conversation store is not reachable"}


async def _rasa(rasa: RasaClient) -> dict:
    try:
        status = await rasa.status()
    except (httpx.HTTPError, ValueError) as exc:
        log.warning("health: Rasa not answering at %s (%s)", rasa.base_url, type(exc).__name__)
        return {"ok": False, "detail": "the assistant's language server is not answering"}
    model = status.get("model_file")
    instances = status.get("instances", "1 of 1")
    return {"ok": bool(model), "detail": f"a model is loaded ({instances} instances answer)" if model
            else "no model loaded"}


async def _actions() -> dict:
    url = get_api_settings().action_server_url.rstrip("/") + "/health"
    try:
        async with httpx.AsyncClient(timeout=5) as client:
            response = await client.get(url)
        ok = response.status_code == 200
    except httpx.HTTPError as exc:
        log.warning("health: action server not answering at %s (%s)", url, type(exc).__name__)
        return {"ok": False, "detail": "the action server is not answering"}
    return {"ok": ok, "detail": "ok" if ok else "the action server answers with an error"}


@endpoints.get("/api/health", responses={503: {"description": "A part is not ready; `not_ready` names it."}})
async def health(rasa: RasaClient = Depends(get_rasa)) -> JSONResponse:
    parts = {"directory": await run_in_threadpool(_directory), "rasa": await _rasa(rasa),
             "actions": await _actions(), "tracker_store": await _tracker_store()}
    ok = all(part["ok"] for part in parts.values())
    not_ready = [name for name, part in parts.items() if not part["ok"]]
    return JSONResponse(status_code=200 if ok else 503,
                        content={"status": "ok" if ok else "not ready", "not_ready": not_ready, **parts})
