"""The staff login for the route finder: the admin API's tokens, carried as a session cookie.

A member of staff signs in once with their admin token; the API answers with a signed,
HttpOnly, SameSite=Strict cookie naming the editor and when it expires (no token in it,
nothing stored server-side). The signing key comes from SESSION_SECRET, or is drawn at
start when that is empty (then a restart signs everyone out, which is safe).
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import time
from functools import lru_cache

from fastapi import HTTPException, Request, status

from api.auth import editor_for_token
from api.settings import get_api_settings

COOKIE = "vejviser_staff"


@lru_cache
def _key() -> bytes:
    configured = get_api_settings().session_secret
    return configured.encode("utf-8") if configured else secrets.token_bytes(32)


def _sign(body: str) -> str:
    return hmac.new(_key(), body.encode("utf-8"), hashlib.sha256).hexdigest()


def issue(editor: str, now: float | None = None) -> str:
    expires = int((now or time.time()) + get_api_settings().staff_session_hours * 3600)
    body = base64.urlsafe_b64encode(f"{editor}|{expires}".encode()).decode()
    return f"{body}.{_sign(body)}"


def editor_from_cookie(value: str | None, now: float | None = None) -> str | None:
    """The editor a cookie names, if it is ours and has not expired."""
    if not value or "." not in value:
        return None
    body, _, signature = value.rpartition(".")
    if not hmac.compare_digest(signature, _sign(body)):
        return None
    try:
        editor, _, expires = base64.urlsafe_b64decode(body.encode()).decode().rpartition("|")
        if int(expires) < (now or time.time()):
            return None
    except ValueError:
        return None
    return editor or None


def staff_editor(request: Request) -> str | None:
    """The signed-in editor (cookie or bearer token), or None."""
    editor = editor_from_cookie(request.cookies.get(COOKIE))
    if editor:
        return editor
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    return editor_for_token(token.strip()) if scheme.lower() == "bearer" and token.strip() else None


def require_staff(request: Request) -> str:
    editor = staff_editor(request)
    if editor is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "staff login required",
                            headers={"WWW-Authenticate": "Bearer"})
    return editor
