"""Request limits: a body-size cap, as pure ASGI middleware (it also sees the socket.io
channel's long-polling posts and streamed bodies without a Content-Length)."""
from __future__ import annotations

import json
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

MAX_BODY_BYTES = 64 * 1024   # a 2,000-character message is at most 8 KB as UTF-8 JSON; a service form is smaller


class BodyLimit:
    """413 for a body over the limit, before any of it reaches a route or a log."""

    def __init__(self, app: ASGIApp, max_bytes: int = MAX_BODY_BYTES) -> None:
        self.app, self.max_bytes = app, max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_bytes):
            await _too_large(send, self.max_bytes)
            return
        if declared is not None or scope.get("method") in ("GET", "HEAD", "OPTIONS", "DELETE"):
            await self.app(scope, receive, send)     # the server stops at the declared length
            return
        # a streamed body (no Content-Length): read it here, up to the limit, then replay it
        chunks, seen, more = [], 0, True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                break
            chunks.append(message.get("body", b""))
            seen += len(chunks[-1])
            if seen > self.max_bytes:
                await _too_large(send, self.max_bytes)
                return
            more = message.get("more_body", False)
        body, replayed = b"".join(chunks), False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


async def _too_large(send: Send, limit: int) -> None:
    body: dict[str, Any] = {"detail": f"the request body is over the limit of {limit} bytes"}
    data = json.dumps(body).encode()
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(data)).encode())]})
    await send({"type": "http.response.body", "body": data})


class RateLimiter:
    """Requests per client in a sliding window, in memory (one API process; behind a proxy
    the client is the proxy unless it passes the address on, which is the deployment's job).
    Also counts failures, for the lockout on wrong admin tokens."""

    def __init__(self) -> None:
        self.hits: dict[tuple[str, str], list[float]] = {}

    def hit(self, client: str, bucket: str, limit: int, window: float, now: float) -> bool:
        """Record one request; False when the client is over `limit` in the last `window` s."""
        key = (client, bucket)
        recent = [t for t in self.hits.get(key, []) if t > now - window]
        recent.append(now)
        self.hits[key] = recent[-(limit + 1):]
        if len(self.hits) > 50_000:          # forget the oldest clients, never grow without bound
            for stale in list(self.hits)[:10_000]:
                self.hits.pop(stale, None)
        return len(recent) <= limit

    def count(self, client: str, bucket: str, window: float, now: float) -> int:
        return len([t for t in self.hits.get((client, bucket), []) if t > now - window])
