"""How a route reads in the chat: short messages and quick-reply buttons.

Every sentence comes from the text catalogue (directory/texts.yaml). What the person
wrote is said back once, before the doors (a warm word first when they grieve, are afraid
or have waited long); each door then says what it does for exactly that.
"""
from __future__ import annotations

import json
from datetime import date
from typing import Any

from directory import explain
from directory.explain import topic_label, topic_words
from directory.route_json import route_json
from directory.route_types import Route
from directory.taxonomy import Taxonomy
from directory.texts import say

CHAT_DOORS = 3


def _day(value: str) -> str:
    return date.fromisoformat(value).strftime("%d.%m.%Y")


def _without(why: str | None, heard: str | None) -> str | None:
    """A door's reason without what the person wrote, when that was said once above."""
    if why and heard and why.startswith(heard):
        return why[len(heard):].strip() or None
    return why


def door_text(service: dict[str, Any], lang: str, heard: str | None = None) -> str:
    lines = [service["name"], _without(service["why"], heard), service["how_to_contact"],
             say("chat.verified", lang, day=_day(service["verified_at"]))]
    return "\n".join(line for line in lines if line)


def _hours(service: dict[str, Any], lang: str) -> list[str]:
    """Opening hours as short lines ("man 09:00–15:00"), notes kept."""
    days = say("card.weekdays", lang).split(",")
    lines = []
    for h in service.get("opening_hours") or []:
        times = f"{h['opens_at']}–{h['closes_at']}" if h.get("opens_at") and h.get("closes_at") else ""
        line = " ".join(part for part in (days[h["weekday"] - 1], times, h.get("notes") or "") if part)
        lines.append(line)
    return lines


def door_card(service: dict[str, Any], lang: str, topics: list[str], heard: str | None = None) -> dict[str, Any]:
    """The structured door a widget shows as a card (the message's text says the same in words).
    `ask_for` names the need in plain words, so a summary can say what to ask for without
    repeating anything the person wrote."""
    needs = [t for t in topics if t in (service.get("topics") or [])] or topics[:1]
    return {
        "door": {
            "id": service["id"], "name": service["name"], "why": _without(service["why"], heard),
            "phone": service["contact"]["phone"], "email": service["contact"]["email"],
            "url": service["contact"]["url"], "address": service["contact"]["address"],
            "how_to_contact": service["how_to_contact"],
            "anonymous": say("card.anonymous", lang) if service.get("anonymous") else None,
            "hours": _hours(service, lang),
            "verified": say("chat.verified", lang, day=_day(service["verified_at"])),
            "ask_for": say("card.ask_for", lang, need=topic_words(needs[0], lang)) if needs else None,
        },
        "role": service.get("role"),
    }


def door_message(service: dict[str, Any], lang: str, topics: list[str], heard: str | None = None,
                 **extra: Any) -> dict[str, Any]:
    """A door as a chat message: the text for any client, the card for ours."""
    return {"text": door_text(service, lang, heard),
            "json_message": {"vejviser": {**door_card(service, lang, topics, heard), **extra}}}


def _opening(route: Route, acknowledge: bool, *, with_heard: bool = True) -> list[str]:
    """The warm word (once per answer) and what the person wrote, before the rest."""
    said = [explain.acknowledgment(route) if acknowledge else None]
    if with_heard:
        said.append(explain.heard(route))
    return [s for s in said if s]


def route_messages(route: Route, taxonomy: Taxonomy, acknowledge: bool = True) -> list[dict[str, Any]]:
    """The chat messages for one route: danger line, doors, then 'did it help?'."""
    lang = route.lang
    if route.needs_clarification:
        options = route.clarify_options or list(taxonomy.topics)[:6]
        buttons = [{"title": topic_label(taxonomy, code, lang), "payload": f"/topic_{code}"} for code in options]
        buttons.append({"title": say("chat.other", lang), "payload": "/vague_help"})
        text = " ".join(_opening(route, acknowledge, with_heard=False) + [route.clarifying_question or ""])
        return [{"text": text.strip(), "buttons": buttons, "json_message": {"vejviser": {"question": True}}}]
    messages: list[dict[str, Any]] = []
    every = route_json(route)["services"]
    services = [s for s in every if s["role"] != "safety_line"][: max(CHAT_DOORS, len(route.topics))]
    if route.crisis:
        # danger now: one warm sentence, the emergency doors, and no "did it help?"
        messages.append({"text": say("chat.crisis", lang), "json_message": {"vejviser": {"safety": "crisis"}}})
        messages += [door_message(s, lang, route.topics, safety="crisis") for s in services]
        return messages
    heard = explain.heard(route)
    intro = ("chat.several" if len(route.topics) > 1 else "chat.intro_one" if len(services) == 1
             else "chat.intro_many")
    messages.append({"text": " ".join(_opening(route, acknowledge) + [say(intro, lang)])})
    messages += [door_message(s, lang, route.topics, heard) for s in services]
    messages += safety_line_messages(every, lang)
    messages.append({"text": say("chat.helped", lang), "json_message": {"vejviser": {"feedback": True}}, "buttons": [
        {"title": say("chat.yes", lang), "payload": "/affirm"},
        {"title": say("chat.no", lang), "payload": "/deny"},
        {"title": say("chat.human", lang), "payload": "/human_handoff"}]})
    return messages


def safety_line_messages(services: list[dict[str, Any]], lang: str) -> list[dict[str, Any]]:
    """The one short safety line the router adds after the doors when there is risk (concern)."""
    return [{"text": f"{say('chat.safety_line', lang)} {s['name']}. {s['how_to_contact']}",
             "json_message": {"vejviser": {**door_card(s, lang, []), "safety": "concern",
                                           "intro": say("chat.safety_line", lang)}}}
            for s in services if s["role"] == "safety_line"]


def follow_up_messages(route: Route, acknowledge: bool = True) -> list[dict[str, Any]]:
    """What the person wrote, the doors that fit whatever the answer is, then the question,
    with quick replies that carry the answer as an entity (free text is understood too)."""
    follow_up = route.follow_up
    assert follow_up is not None, "follow_up_messages is for a route with a follow-up question"
    lang = route.lang
    certain = [d for d in route.doors if d.certain][:CHAT_DOORS]
    data = {s["id"]: s for s in route_json(route)["services"]}
    heard = explain.heard(route)
    opening = _opening(route, acknowledge)
    messages: list[dict[str, Any]] = []
    if certain:
        intro = say("chat.certain" if len(certain) == 1 else "chat.certain_many", lang)
        messages.append({"text": " ".join(opening + [intro])})
        messages += [door_message(data[d.service.id], lang, route.topics, heard) for d in certain
                     if d.role != "safety_line"]
    elif opening:
        messages.append({"text": " ".join(opening)})
    messages += safety_line_messages(list(data.values()), lang)
    buttons = [{"title": o["title"], "payload": "/inform" + json.dumps({follow_up["slot"]: o["value"]})}
               for o in follow_up["options"]]
    messages.append({"text": follow_up["question"], "buttons": buttons,
                     "json_message": {"vejviser": {"question": True}}})
    return messages
