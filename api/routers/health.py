"""GET /api/health: 200 only when the directory, Rasa (model loaded) and actions answer."""
from __future__ import annotations

import httpx
from fastapi import APIRouter, Depends
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError

from api.deps import get_rasa
from api.nlu_client import RasaClient
from api.settings import get_api_settings
from directory.db import session_scope
from directory.models import Service

router = APIRouter(tags=["health"])


def _directory() -> dict:
    try:
        with session_scope() as session:
            count = session.scalar(select(func.count()).select_from(Service)) or 0
    except SQLAlchemyError as exc:
        return {"ok": False, "detail": f"database not reachable: {type(exc).__name__}"}
    return {"ok": count > 0, "detail": f"{count} services" if count else "directory is empty: run make load"}


async def _rasa(rasa: RasaClient) -> dict:
    try:
        status = await rasa.status()
    except (httpx.HTTPError, ValueError) as exc:
        return {"ok": False, "detail": f"Rasa not answering at {rasa.base_url}: {type(exc).__name__}"}
    model = status.get("model_file")
    return {"ok": bool(model), "detail": f"model {model}" if model else "no model loaded"}


async def _actions() -> dict:
    url = get_api_settings().action_server_url.rstrip("/") + "/health"
    try:
        async with httpx.AsyncClient(timeout=5) as client:
            response = await client.get(url)
        ok = response.status_code == 200
    except httpx.HTTPError as exc:
        return {"ok": False, "detail": f"action server not answering at {url}: {type(exc).__name__}"}
    return {"ok": ok, "detail": "ok" if ok else f"HTTP {response.status_code}"}


@router.get("/api/health", responses={503: {"description": "A part is not ready; `not_ready` names it."}})
async def health(rasa: RasaClient = Depends(get_rasa)) -> JSONResponse:
    parts = {"directory": await run_in_threadpool(_directory), "rasa": await _rasa(rasa),
             "actions": await _actions()}
    ok = all(part["ok"] for part in parts.values())
    not_ready = [name for name, part in parts.items() if not part["ok"]]
    return JSONResponse(status_code=200 if ok else 503,
                        content={"status": "ok" if ok else "not ready", "not_ready": not_ready, **parts})
