"""Bearer tokens for the admin API, stored only as SHA-256 hashes.

ADMIN_TOKENS holds `name:sha256hex` pairs, comma separated (from the environment or
`.env`). `make run` creates one local token and writes its hash there; the token
itself is shown once and kept in var/admin-token (mode 600), never in the repo.
"""
from __future__ import annotations

import hashlib
import hmac

from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from api.settings import get_api_settings

_bearer = HTTPBearer(auto_error=False)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _known_tokens() -> dict[str, str]:
    """hash → editor name"""
    pairs = [p.strip() for p in get_api_settings().admin_tokens.split(",") if p.strip()]
    return {digest: name for name, _, digest in (p.partition(":") for p in pairs) if digest}


def require_editor(credentials: HTTPAuthorizationCredentials | None = Depends(_bearer)) -> str:
    """The editor's name for a valid token: 401 without one, 403 with a wrong one."""
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "a bearer token is required",
                            headers={"WWW-Authenticate": "Bearer"})
    name = editor_for_token(credentials.credentials)
    if name is None:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "this token may not change the directory")
    return name


def editor_for_token(token: str) -> str | None:
    """The editor a token belongs to, or None (compared in constant time, as hashes)."""
    digest = hash_token(token)
    found = None
    for known, name in _known_tokens().items():
        if hmac.compare_digest(known, digest):
            found = name
    return found

