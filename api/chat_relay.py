"""One chat turn, for both browser channels (POST /api/chat and the socket.io channel).

The text is checked and redacted here, relayed to Rasa's REST channel on loopback, and
Rasa's answer is put in one shape: each message is `{"text", "buttons"?, "vejviser"?}`,
where `vejviser` is the structured part an action attached (a door card, the safety
level, the "did it help?" question). Rasa's REST channel sends that part as a separate
`custom` message right after its text; it is folded back into the message it belongs to,
so a text-only client still gets every sentence and our widget gets cards.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import Any

from fastapi.concurrency import run_in_threadpool
from sqlalchemy.exc import SQLAlchemyError

from api import conversation_store
from api.nlu_client import RasaClient, RasaUnavailable
from api.schemas import well_formed
from api.settings import SENDER_PATTERN
from danish_text import redact
from directory.language import detect_lang

log = logging.getLogger("vejviser.chat")

SENDER = re.compile(SENDER_PATTERN)
# The quick replies our actions send (directory/chat_messages.py); only these go to Rasa as
# intents. Anything else that starts with "/" ("/restart", '/inform{"age": "abc"}') is text.
BUTTON = re.compile(r'^/(?:affirm|deny|human_handoff|vague_help|topic_[a-z_]{2,40}'
                    r'|inform\{"(?:audience": "(?:self|relative|professional)"|age": \d{1,3}'
                    r'|district": "[a-z_]{2,40}")\})$')


def as_text(message: str) -> str:
    """A message as Rasa should read it: one of our buttons' payloads, or words."""
    message = message.strip()
    if message.startswith("/") and not BUTTON.match(message):
        return message.lstrip("/").strip() or "?"
    return message

UNAVAILABLE = ("Vejviser kan ikke svare lige nu. Er nogen i fare, så ring 112. "
               "Prøv igen om lidt.")
EMPTY = "Skriv en besked først – med dine egne ord."
TOO_FAST = "Du skriver meget hurtigt. Vent et øjeblik, og prøv så igen."
TOO_LONG = "Din besked er for lang. Skriv den kortere (højst {limit} tegn), så læser jeg den."


@dataclass
class Turn:
    """What the person gets back: the messages, or an error with a message in Danish."""

    messages: list[dict[str, Any]] = field(default_factory=list)
    error: str | None = None          # "empty", "too_long", "unavailable" or None

    @property
    def ok(self) -> bool:
        return self.error is None


def fold(raw: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rasa's REST messages in one shape, each `custom` part folded into its text."""
    messages: list[dict[str, Any]] = []
    for message in raw:
        custom = message.get("custom")
        if custom is not None and not message.get("text"):
            if messages and "vejviser" not in messages[-1] and isinstance(custom, dict):
                messages[-1]["vejviser"] = custom.get("vejviser", custom)
            continue
        shaped: dict[str, Any] = {"text": message.get("text") or ""}
        if message.get("buttons"):
            shaped["buttons"] = [{"title": b.get("title", ""), "payload": b.get("payload", "")}
                                 for b in message["buttons"]]
        if isinstance(custom, dict):
            shaped["vejviser"] = custom.get("vejviser", custom)
        messages.append(shaped)
    for shaped in messages:
        # the language a widget marks the message with: the action's, else read from the text
        part = shaped.setdefault("vejviser", {})
        if "lang" not in part:          # (langdetect is slow: only when the action did not say)
            part["lang"] = detect_lang(shaped["text"]) if shaped["text"] else "da"
    return messages


def check(message: str, limit: int) -> str | None:
    """Why a message cannot be sent (an error code), or None."""
    if not message.strip():
        return "empty"
    if len(message) > limit:
        return "too_long"
    return None


def error_text(error: str, limit: int) -> str:
    return {"empty": EMPTY, "too_long": TOO_LONG.format(limit=limit)}.get(error, UNAVAILABLE)


async def turn(rasa: RasaClient, sender: str, message: str, limit: int) -> Turn:
    """Relay one message; CPR, phone numbers and e-mail addresses never reach Rasa."""
    message = well_formed(message)
    problem = check(message, limit)
    if problem:
        return Turn([{"text": error_text(problem, limit)}], problem)
    text = redact(as_text(message))
    messages: list[dict[str, Any]] = []
    # With its database down Rasa would go on in memory (context lost, nothing kept): no turn
    # goes to Rasa then, and the person is answered as when Rasa is down.
    if await conversation_store.reachable():
        try:
            messages = fold(await rasa.chat(sender, text))
        except RasaUnavailable:
            messages = []
    if messages:
        return Turn(messages)
    # Rasa or its conversation store is down, or Rasa answered nothing (the action server is
    # down): danger still gets the emergency doors, decided by the same model and router as
    # /api/route
    doors = await _danger_doors(rasa, text)
    return Turn(doors) if doors else Turn([{"text": UNAVAILABLE}], "unavailable")


async def _danger_doors(rasa: RasaClient, text: str) -> list[dict[str, Any]]:
    """The crisis answer computed here, when Rasa or the actions cannot give it; [] when
    the message is not about danger now, or the directory cannot be read either."""
    from directory.chat_messages import route_messages
    from directory.db import session_scope
    from directory.route_types import Context, NluResult
    from directory.router import route
    from directory.taxonomy import get_taxonomy

    parse = await rasa.parse(text)          # Rasa's model, or the same model's plain weights
    nlu = NluResult.from_parse(parse)
    if nlu.safety_level != "crisis":
        return []

    def compute() -> list[dict[str, Any]]:
        with session_scope() as session:
            answer = route(session, nlu, Context(lang=detect_lang(text)))
            return route_messages(answer, get_taxonomy())

    try:
        messages = await run_in_threadpool(compute)
    except SQLAlchemyError as exc:
        log.error("crisis fallback: directory unavailable (%s)", type(exc).__name__)
        return []
    return fold([{"text": m["text"], "custom": m.get("json_message")} for m in messages])
