"""Security headers and per-client rate limits, as one pure ASGI middleware.

Headers: a Content-Security-Policy that lets our pages and the widget run (scripts and
styles from this origin, the socket on this origin and the configured embedding sites)
and nothing else; no framing; no MIME sniffing; no referrer to other sites.
Rate limits: the public endpoints per client and minute (429 with Retry-After), and a
lockout for a client that sent too many wrong admin tokens (each 401/403 on the admin
API or the staff login counts).
"""
from __future__ import annotations

import json
import time

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.limits import RateLimiter
from api.settings import get_api_settings

PUBLIC = ("/api/chat", "/api/route", "/socket.io/")
LOGIN = ("/api/staff/login",)
ADMIN = ("/api/admin/", "/api/staff/login")
LOCKOUT_SECONDS = 15 * 60


def _csp(path: str, origins: list[str]) -> str:
    docs = path in ("/docs", "/redoc")
    script = "'self' 'unsafe-inline'" if docs else "'self'"     # Swagger UI and ReDoc start inline
    connect = " ".join(["'self'", *origins])
    return (f"default-src 'self'; script-src {script}; style-src 'self' 'unsafe-inline'; "
            f"img-src 'self' data:; font-src 'self' data:; connect-src {connect}; worker-src 'self' blob:; "
            f"frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'")


class Hardening:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.limiter = RateLimiter()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        settings = get_api_settings()
        path: str = scope.get("path", "")
        client = (scope.get("client") or ("unknown", 0))[0]
        now = time.monotonic()
        if path.startswith(ADMIN) and self.limiter.count(client, "wrong-token", LOCKOUT_SECONDS, now) \
                >= settings.wrong_tokens_before_lockout:
            await _refuse(send, 429, "too many wrong tokens: try again in 15 minutes", LOCKOUT_SECONDS)
            return
        if path.startswith(LOGIN) and not self.limiter.hit(client, "login", settings.login_per_minute, 60, now):
            await _refuse(send, 429, "too many requests: wait a minute", 60)
            return
        if path.startswith(PUBLIC) and scope.get("method") == "POST" \
                and not self.limiter.hit(client, "public", settings.rate_per_minute, 60, now):
            await _refuse(send, 429, "too many requests: wait a minute", 60)
            return
        origins = settings.allowed_origins

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                if path.startswith(ADMIN) and message["status"] in (401, 403):
                    self.limiter.hit(client, "wrong-token", 10**9, LOCKOUT_SECONDS, time.monotonic())
                headers = list(message.get("headers") or [])
                headers += [(b"x-content-type-options", b"nosniff"), (b"x-frame-options", b"DENY"),
                            (b"referrer-policy", b"no-referrer"),
                            (b"content-security-policy", _csp(path, origins).encode())]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_headers)


async def _refuse(send: Send, status: int, detail: str, retry_after: int) -> None:
    body = json.dumps({"detail": detail}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"retry-after", str(retry_after).encode()),
                            (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})
