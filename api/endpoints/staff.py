"""The front-desk route finder's pages and its login: /finder, /finder/login, /api/staff/*.

The finder is for staff: it sits behind the admin API's login (a bearer token, or the
session cookie api/staff_session.py issues for that token). The citizen chat needs none.
"""
from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, HTTPException, Request, status
from fastapi.responses import FileResponse, JSONResponse, RedirectResponse, Response
from pydantic import BaseModel, Field

from api import staff_session
from api.auth import editor_for_token
from api.settings import get_api_settings

endpoints = APIRouter(tags=["staff"])
STATIC = Path(__file__).resolve().parents[1] / "static"


class StaffLogin(BaseModel):
    token: str = Field(min_length=1, max_length=200, description="the admin API token")


@endpoints.get("/finder", include_in_schema=False, response_model=None)
def finder_page(request: Request) -> Response:
    if staff_session.staff_editor(request) is None:
        return RedirectResponse("/finder/login", status_code=status.HTTP_303_SEE_OTHER)
    return FileResponse(STATIC / "finder.html", headers={"Cache-Control": "no-store"})


@endpoints.get("/finder/login", include_in_schema=False)
def login_page() -> FileResponse:
    return FileResponse(STATIC / "login.html")


@endpoints.post("/api/staff/login", responses={401: {"description": "Unknown token"}})
def login(body: StaffLogin, request: Request) -> JSONResponse:
    """Sign in to the route finder with an admin token; answers with a session cookie."""
    editor = editor_for_token(body.token)
    if editor is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unknown token")
    response = JSONResponse({"editor": editor})
    response.set_cookie(staff_session.COOKIE, staff_session.issue(editor), httponly=True, samesite="strict",
                        secure=request.url.scheme == "https",
                        max_age=int(get_api_settings().staff_session_hours * 3600), path="/")
    return response


@endpoints.post("/api/staff/logout")
def logout() -> JSONResponse:
    response = JSONResponse({"signed_out": True})
    response.delete_cookie(staff_session.COOKIE, path="/")
    return response
