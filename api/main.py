"""The Vejviser API: `uvicorn api.main:app --host 127.0.0.1 --port 8000`."""
from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from pathlib import Path

from fastapi import FastAPI
from fastapi.concurrency import run_in_threadpool
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.staticfiles import StaticFiles
from swagger_ui_bundle import swagger_ui_path

from api.nlu_client import RasaClient
from api.retention import purge_tracker
from api.routers import admin, chat, health, hsds, route, services
from api.settings import get_api_settings
from directory.db import create_schema, get_engine

STATIC = Path(__file__).parent / "static"
log = logging.getLogger("vejviser")


async def _retention_loop(interval_seconds: float = 3600) -> None:
    settings = get_api_settings()
    while True:
        try:
            await run_in_threadpool(purge_tracker, settings.tracker_db_url, settings.retention_days)
        except Exception:  # a failed purge must not stop the API; it is retried next hour
            log.exception("retention purge failed")
        await asyncio.sleep(interval_seconds)


@contextlib.asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    settings = get_api_settings()
    create_schema(get_engine())
    app.state.rasa = RasaClient(settings.rasa_url, settings.rasa_timeout_seconds)
    purger = asyncio.create_task(_retention_loop())
    yield
    purger.cancel()
    await app.state.rasa.close()


def create_app() -> FastAPI:
    # /docs is served from files installed with the app (swagger-ui-bundle), not from a CDN:
    # it works on a machine without internet, as the city's servers may be.
    app = FastAPI(title="Vejviser", version="0.1.0", lifespan=lifespan, docs_url=None, redoc_url=None,
                  description="Københavns Kommune, Socialforvaltningen: the right door for every question.")
    for module in (health, route, services, chat, admin, hsds):
        app.include_router(module.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.mount("/docs-static", StaticFiles(directory=str(swagger_ui_path)), name="docs-static")

    @app.get("/docs", include_in_schema=False)
    def api_docs() -> HTMLResponse:
        return get_swagger_ui_html(openapi_url=app.openapi_url or "/openapi.json", title="Vejviser – API",
                                   swagger_js_url="/docs-static/swagger-ui-bundle.js",
                                   swagger_css_url="/docs-static/swagger-ui.css",
                                   swagger_favicon_url="data:,")

    @app.get("/", include_in_schema=False)
    def chat_page() -> FileResponse:
        return FileResponse(STATIC / "index.html")

    @app.get("/finder", include_in_schema=False)
    def finder_page() -> FileResponse:
        return FileResponse(STATIC / "finder.html")

    return app


app = create_app()
