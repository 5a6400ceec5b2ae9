"""POST /api/chat: the browser's channel. Redacts, then relays to Rasa's REST channel.

Rasa stays on loopback (its socket.io channel cannot upgrade to websocket on Python
3.11); the browser only ever talks to this API.
"""
from __future__ import annotations

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse

from api.deps import get_rasa
from api.nlu_client import RasaClient, RasaUnavailable
from api.schemas import ChatRequest
from danish_text import redact

router = APIRouter(tags=["chat"])

UNAVAILABLE = ("Vejviser kan ikke svare lige nu. Er nogen i fare, så ring 112. "
               "Prøv igen om lidt.")


@router.post("/api/chat")
async def chat(request: ChatRequest, rasa: RasaClient = Depends(get_rasa)) -> JSONResponse:
    """Messages from the bot for one user message; CPR, phone and e-mail never reach Rasa."""
    try:
        messages = await rasa.chat(request.sender, redact(request.message))
    except RasaUnavailable:
        return JSONResponse(status_code=503, content={"messages": [{"text": UNAVAILABLE}],
                                                      "detail": "the assistant is not answering"})
    if not messages:
        # Rasa answered but said nothing: an action failed (e.g. the action server is down).
        return JSONResponse(status_code=503, content={"messages": [{"text": UNAVAILABLE}],
                                                      "detail": "the assistant could not finish its answer"})
    return JSONResponse(content={"messages": messages})
