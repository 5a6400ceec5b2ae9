"""Spotted facts as Rasa-style entities, shared by the bot's spotter and the API's fallback."""
from __future__ import annotations

from typing import Any

from danish_text.spot import spot


def spotted_entities(text: str) -> list[dict[str, Any]]:
    found = spot(text)
    entities: list[dict[str, Any]] = [{"entity": "topic", "value": t} for t in found.topics]
    if found.audience != "unknown":
        entities.append({"entity": "audience", "value": found.audience})
    for name in ("relation", "age", "age_group", "district"):
        value = getattr(found, name)
        if value is not None:
            entities.append({"entity": name, "value": value})
    entities += [{"entity": "substance", "value": name} for name in found.substances]
    if found.young_writer:
        entities.append({"entity": "young_writer", "value": True})
    if found.anonymous:
        entities.append({"entity": "anonymous", "value": True})
    return entities
