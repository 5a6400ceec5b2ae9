"""POST /api/chat: the browser channel without a socket (and the widget's fallback).

The socket.io channel (api/socket_channel.py) is the widget's first choice; both relay
through api/chat_relay.py, so they redact and answer alike. Rasa stays on loopback.
"""
from __future__ import annotations

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse

from api import chat_relay
from api.deps import get_rasa
from api.nlu_client import RasaClient
from api.schemas import ChatReply, ChatRequest
from api.settings import get_api_settings

endpoints = APIRouter(tags=["chat"])


@endpoints.post("/api/chat", response_model=ChatReply, responses={
    422: {"description": "Empty message, a message over the length limit, or a malformed sender id."},
    503: {"description": "The assistant is not answering; `messages` holds a Danish sentence to show.",
          "model": ChatReply}})
async def chat(request: ChatRequest, rasa: RasaClient = Depends(get_rasa)) -> JSONResponse:
    """Messages from the bot for one user message; CPR, phone and e-mail never reach Rasa."""
    turn = await chat_relay.turn(rasa, request.sender, request.message, get_api_settings().max_text_length)
    if not turn.ok:
        return JSONResponse(status_code=503, content={"messages": turn.messages,
                                                      "detail": "the assistant is not answering"})
    return JSONResponse(content={"messages": turn.messages})
