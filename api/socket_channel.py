"""The browser's socket.io channel, owned by the API and speaking Rasa's socket.io protocol.

Rasa's own socket.io channel cannot upgrade to websocket on Python 3.11 (sanic 21.12), so
the API serves it with python-socketio (ASGI, websocket and long-polling) and relays each
turn to Rasa's REST channel on loopback through api/chat_relay.py. The events are Rasa's:
`session_request` → `session_confirm`, `user_uttered` → `bot_uttered` (one per message,
buttons as `quick_replies`), with session persistence (a session id the client keeps,
joined as a room, so a reload or a second tab continues the same conversation). Widgets
made for Rasa (the `rasa-webchat` npm package) work against it unchanged; our structured
part travels in `metadata`, which they ignore. One extra event, `vejviser_done`, tells our
widget that a turn's answer is complete (others ignore it).
"""
from __future__ import annotations

import asyncio
import logging
import time
import uuid
import weakref
from typing import Any

import socketio
from fastapi import FastAPI

from api import chat_relay
from api.limits import RateLimiter
from api.settings import get_api_settings

log = logging.getLogger("vejviser.socket")


def _session_id(data: Any) -> str:
    """The client's session id when it is well formed; otherwise a new one."""
    wanted = data.get("session_id") if isinstance(data, dict) else data if isinstance(data, str) else None
    if isinstance(wanted, str) and chat_relay.SENDER.match(wanted):
        return wanted
    return uuid.uuid4().hex


def to_rasa_protocol(message: dict[str, Any]) -> dict[str, Any]:
    """One relayed message as Rasa's socket.io channel sends it."""
    out: dict[str, Any] = {"text": message["text"]}
    if message.get("buttons"):
        out["quick_replies"] = [{"content_type": "text", "title": b["title"], "payload": b["payload"]}
                                for b in message["buttons"]]
    if message.get("vejviser"):
        out["metadata"] = {"vejviser": message["vejviser"]}
    return out


def build(app: FastAPI) -> socketio.ASGIApp:
    """The API with the socket.io channel in front of it (at /socket.io/)."""
    origins = get_api_settings().allowed_origins
    # no origins configured: only the API's own pages may open a socket (same origin)
    sio = socketio.AsyncServer(async_mode="asgi", cors_allowed_origins=origins or None,
                               max_http_buffer_size=64_000, logger=False, engineio_logger=False)
    # a conversation's lock lives as long as a turn holds or waits for it
    limiter = RateLimiter()
    locks: weakref.WeakValueDictionary[str, asyncio.Lock] = weakref.WeakValueDictionary()

    @sio.on("session_request")
    async def session_request(sid: str, data: Any = None) -> None:
        session_id = _session_id(data)
        await sio.enter_room(sid, session_id)
        await sio.save_session(sid, {"session_id": session_id})
        await sio.emit("session_confirm", {"session_id": session_id}, room=sid)

    @sio.on("user_uttered")
    async def user_uttered(sid: str, data: Any = None) -> None:
        session = await sio.get_session(sid)
        # Rasa's protocol carries the session id with each message; the one confirmed wins
        session_id = session.get("session_id")
        if not session_id:   # a client that skipped session_request
            session_id = _session_id(data)
            await sio.enter_room(sid, session_id)
            await sio.save_session(sid, {"session_id": session_id})
        message = data.get("message") if isinstance(data, dict) else None
        if not isinstance(message, str):
            message = ""
        if not limiter.hit(session_id, "socket", get_api_settings().rate_per_minute, 60, time.monotonic()):
            await sio.emit("bot_uttered", {"text": chat_relay.TOO_FAST, "metadata": {"vejviser": {"error": "rate"}}},
                           room=session_id)
            await sio.emit("vejviser_done", {"error": "rate"}, room=session_id)
            return
        if not message.strip():
            # an empty message (some widgets send one on connect) gets no answer, only the end of the turn
            await sio.emit("vejviser_done", {"error": "empty"}, room=session_id)
            return
        lock = locks.get(session_id)
        if lock is None:
            lock = locks[session_id] = asyncio.Lock()
        async with lock:   # one turn at a time per conversation, in the order sent
            turn = await chat_relay.turn(app.state.rasa, session_id, message,
                                         get_api_settings().max_text_length)
            for reply in turn.messages:
                if turn.error:
                    reply = {**reply, "vejviser": {"error": turn.error}}
                await sio.emit("bot_uttered", to_rasa_protocol(reply), room=session_id)
            await sio.emit("vejviser_done", {"error": turn.error}, room=session_id)

    return socketio.ASGIApp(sio, other_asgi_app=app, socketio_path="socket.io")
