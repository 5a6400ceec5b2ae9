"""The Vejviser API: `uvicorn api.main:app --host 127.0.0.1 --port 8000`."""
from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from pathlib import Path

import fastapi_offline
from fastapi import FastAPI, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from sqlalchemy.exc import SQLAlchemyError

from api import socket_channel
from api.endpoints import admin, chat, conversations, health, hsds, route, services, staff
from api.hardening import Hardening
from api.limits import BodyLimit
from api.nlu_client import RasaClient
from api.retention import purge_tracker
from api.settings import get_api_settings
from danish_text.redact import RedactingFilter
from directory.db import create_schema, get_engine

STATIC = Path(__file__).parent / "static"
# Swagger UI and ReDoc as installed files (the fastapi-offline wheel carries both), not a CDN
DOCS_STATIC = Path(fastapi_offline.__file__).parent / "static"
log = logging.getLogger("vejviser")


async def _retention_loop(interval_seconds: float = 3600) -> None:
    settings = get_api_settings()
    while True:
        try:
            await run_in_threadpool(purge_tracker, settings.tracker_db_url, settings.retention_days)
        except Exception:  # a failed purge must not stop the API; it is retried next hour
            log.exception("retention purge failed")
        await asyncio.sleep(interval_seconds)


def _redact_logs() -> None:
    """Every log line of the API (ours and uvicorn's) passes the redacting filter."""
    for name in ("", "uvicorn", "uvicorn.error", "uvicorn.access", "vejviser"):
        for handler in logging.getLogger(name).handlers:
            if not any(isinstance(f, RedactingFilter) for f in handler.filters):
                handler.addFilter(RedactingFilter())


@contextlib.asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    settings = get_api_settings()
    create_schema(get_engine())
    app.state.rasa = RasaClient(settings.rasa_url, settings.rasa_timeout_seconds, settings.rasa_token)
    _redact_logs()
    purger = asyncio.create_task(_retention_loop())
    yield
    purger.cancel()
    await app.state.rasa.close()


def create_app() -> FastAPI:
    # /docs and /redoc are served from files installed with the app, not from a CDN: they work
    # on a machine without internet, as the city's servers may be.
    app = FastAPI(title="Vejviser", version="0.1.0", lifespan=lifespan, docs_url=None, redoc_url=None,
                  description="Københavns Kommune, Socialforvaltningen: the right door for every question.")
    for module in (health, route, services, chat, admin, conversations, hsds, staff):
        app.include_router(module.endpoints)
    origins = get_api_settings().allowed_origins
    if origins:   # the widget embedded on those sites falls back to POST /api/chat
        app.add_middleware(CORSMiddleware, allow_origins=origins, allow_methods=["GET", "POST"],
                           allow_headers=["Content-Type"])
    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> JSONResponse:
        # where and why, never the input itself: it may be huge, hold what a person wrote,
        # or hold values JSON cannot carry (NaN, 1e309)
        errors = [{"loc": list(e.get("loc", ())), "msg": str(e.get("msg", "")), "type": str(e.get("type", ""))}
                  for e in exc.errors()]
        return JSONResponse(status_code=422, content={"detail": errors})

    @app.exception_handler(SQLAlchemyError)
    async def directory_unavailable(request: Request, exc: SQLAlchemyError) -> JSONResponse:
        # a stopped or locked database is a 503 the caller can retry, never a 500 with a trace;
        # the log names the error class only, never the request (it may hold what a person wrote)
        log.error("directory unavailable on %s: %s", request.url.path, type(exc).__name__)
        return JSONResponse(status_code=503, content={"detail": "the directory is not available; try again shortly"})

    app.add_middleware(BodyLimit)
    app.add_middleware(Hardening)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.mount("/docs-static", StaticFiles(directory=DOCS_STATIC), name="docs-static")

    @app.get("/docs", include_in_schema=False)
    def api_docs() -> HTMLResponse:
        return get_swagger_ui_html(openapi_url=app.openapi_url or "/openapi.json", title="Vejviser – API",
                                   swagger_js_url="/docs-static/swagger-ui-bundle.js",
                                   swagger_css_url="/docs-static/swagger-ui.css",
                                   swagger_favicon_url="data:,")

    @app.get("/redoc", include_in_schema=False)
    def api_reference() -> HTMLResponse:
        return get_redoc_html(openapi_url=app.openapi_url or "/openapi.json", title="Vejviser – API",
                              redoc_js_url="/docs-static/redoc.standalone.js", redoc_favicon_url="data:,",
                              with_google_fonts=False)

    @app.get("/", include_in_schema=False)
    def chat_page() -> FileResponse:
        return FileResponse(STATIC / "index.html")

    return app


# the ASGI app uvicorn serves: the socket.io channel in front of the FastAPI app
app = socket_channel.build(create_app())
