"""Talk to Rasa over loopback HTTP: /model/parse for NLU, the REST channel for chat.

When Rasa does not answer, /api/route still answers from the rule part of the bot's NLU
(`danish_text.rule_nlu`: the same crisis weights, so the same decision, and spotting),
marked `degraded`, rather than failing a citizen: no wrong door, and never an empty page.
"""
from __future__ import annotations

import logging
import zlib
from typing import Any

import httpx

from api.settings import get_api_settings
from danish_text.rule_nlu import rule_parse

log = logging.getLogger(__name__)


class RasaUnavailable(Exception):
    pass


class RasaClient:
    """One or more Rasa instances (RASA_URL may list several, comma separated; they share the
    tracker and lock stores of the production profile). A conversation goes to the same
    instance while it answers, and to the next one when it does not: nothing is lost,
    because the conversation lives in the shared tracker store, not in the instance."""

    def __init__(self, base_url: str, timeout: float, token: str = "") -> None:
        self.base_urls = [u.strip().rstrip("/") for u in base_url.split(",") if u.strip()]
        self.base_url = self.base_urls[0]
        self.clients = [httpx.AsyncClient(base_url=u, timeout=timeout) for u in self.base_urls]
        # Rasa's API takes its token as a query parameter; the REST channel needs none
        self.auth = {"token": token} if token else {}

    async def close(self) -> None:
        for client in self.clients:
            await client.aclose()

    def order(self, key: str) -> list[httpx.AsyncClient]:
        """The instances in the order a conversation tries them (stable per conversation)."""
        first = zlib.crc32(key.encode()) % len(self.clients)
        return self.clients[first:] + self.clients[:first]

    async def _post(self, key: str, path: str, **kwargs: Any) -> Any:
        last: Exception | None = None
        for client in self.order(key):
            try:
                response = await client.post(path, **kwargs)
                response.raise_for_status()
                return response.json()
            except (httpx.TransportError, httpx.HTTPStatusError, ValueError) as exc:
                last = exc
                if isinstance(exc, httpx.HTTPStatusError) and exc.response.status_code < 500:
                    break                                   # a refusal, not an outage: do not retry
        raise RasaUnavailable(type(last).__name__ if last else "no Rasa instance")

    async def parse(self, text: str) -> dict[str, Any]:
        try:
            return await self._post(text, "/model/parse", json={"text": text}, params=self.auth)
        except RasaUnavailable as exc:
            log.warning("Rasa /model/parse failed (%s); using the rule-based fallback", exc)
            return rule_parse(text, str(get_api_settings().crisis_model))

    async def chat(self, sender: str, message: str) -> list[dict[str, Any]]:
        return await self._post(sender, "/webhooks/rest/webhook", json={"sender": sender, "message": message})

    async def status(self) -> dict[str, Any]:
        """The first instance that answers; `instances` says how many of them do."""
        answers = []
        for client in self.clients:
            try:
                response = await client.get("/status", params=self.auth)
                response.raise_for_status()
                answers.append(response.json())
            except (httpx.HTTPError, ValueError):
                continue
        if not answers:
            raise httpx.ConnectError("no Rasa instance answers")
        return {**answers[0], "instances": f"{len(answers)} of {len(self.clients)}"}
