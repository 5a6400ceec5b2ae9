"""Talk to Rasa over loopback HTTP: /model/parse for NLU, the REST channel for chat.

When Rasa does not answer, /api/route still answers from the same danish_text code the
bot uses: the crisis model (the same weights file, so the same decision) and spotting,
marked `degraded`, rather than failing a citizen: no wrong door, and never an empty page.
"""
from __future__ import annotations

import logging
from typing import Any

import httpx

from api.settings import get_api_settings
from danish_text.crisis_model import load_model
from danish_text.entities import spotted_entities

log = logging.getLogger(__name__)


class RasaUnavailable(Exception):
    pass


def local_parse(text: str) -> dict[str, Any]:
    """The rule part of the bot's NLU, for when the model server is down."""
    assessment = load_model(str(get_api_settings().crisis_model)).assess(text)
    crisis = ({"kind": assessment.kind, "level": assessment.level}
              if assessment.level == "crisis" else None)
    return {"text": text, "intent": {"name": "crisis" if crisis else None,
                                     "confidence": 1.0 if crisis else 0.0},
            "entities": spotted_entities(text), "crisis": crisis, "safety": assessment.as_dict(),
            "intent_ranking": [], "degraded": True}


class RasaClient:
    def __init__(self, base_url: str, timeout: float, token: str = "") -> None:
        self.base_url = base_url.rstrip("/")
        self.client = httpx.AsyncClient(base_url=self.base_url, timeout=timeout)
        # Rasa's API takes its token as a query parameter; the REST channel needs none
        self.auth = {"token": token} if token else {}

    async def close(self) -> None:
        await self.client.aclose()

    async def parse(self, text: str) -> dict[str, Any]:
        try:
            response = await self.client.post("/model/parse", json={"text": text}, params=self.auth)
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
        response = await self.client.get("/status", params=self.auth)
        response.raise_for_status()
        return response.json()
