"""Talk to Rasa over loopback HTTP: /model/parse for NLU, the REST channel for chat.

When Rasa does not answer, /api/route still answers from the same danish_text rules
the bot uses (crisis detection and spotting), marked `degraded`, rather than failing
a citizen: no wrong door, and never an empty page.
"""
from __future__ import annotations

import logging
from typing import Any

import httpx

from danish_text import detect_crisis
from danish_text.entities import spotted_entities

log = logging.getLogger(__name__)


class RasaUnavailable(Exception):
    pass


def local_parse(text: str) -> dict[str, Any]:
    """The rule part of the bot's NLU, for when the model server is down."""
    signal = detect_crisis(text)
    crisis = {"kind": signal.kind, "topic": signal.topic, "matched": signal.matched} if signal else None
    return {"text": text, "intent": {"name": "crisis" if crisis else None,
                                     "confidence": 1.0 if crisis else 0.0},
            "entities": spotted_entities(text), "crisis": crisis, "intent_ranking": [],
            "degraded": True}


class RasaClient:
    def __init__(self, base_url: str, timeout: float) -> None:
        self.base_url = base_url.rstrip("/")
        self.client = httpx.AsyncClient(base_url=self.base_url, timeout=timeout)

    async def close(self) -> None:
        await self.client.aclose()

    async def parse(self, text: str) -> dict[str, Any]:
        try:
            response = await self.client.post("/model/parse", json={"text": text})
            response.raise_for_status()
            return response.json()
        except (httpx.HTTPError, ValueError) as exc:
            log.warning("Rasa /model/parse failed (%s); using the rule-based fallback", type(exc).__name__)
            return local_parse(text)

    async def chat(self, sender: str, message: str) -> list[dict[str, Any]]:
        try:
            response = await self.client.post("/webhooks/rest/webhook",
                                               json={"sender": sender, "message": message})
            response.raise_for_status()
            return response.json()
        except (httpx.HTTPError, ValueError) as exc:
            raise RasaUnavailable(str(type(exc).__name__)) from exc

    async def status(self) -> dict[str, Any]:
        response = await self.client.get("/status")
        response.raise_for_status()
        return response.json()
