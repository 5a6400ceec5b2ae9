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
from directory.explain import topic_label
from directory.router import Route
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
        return [{"text": text.strip(), "buttons": buttons}]
    messages: list[dict[str, Any]] = []
    every = route.as_dict()["services"]
    services = [s for s in every if s["role"] != "safety_line"][: max(CHAT_DOORS, len(route.topics))]
    if route.crisis:
        # danger now: one warm sentence, the emergency doors, and no "did it help?"
        messages.append({"text": say("chat.crisis", lang)})
        messages += [{"text": door_text(s, lang)} for s in services]
        return messages
    heard = explain.heard(route)
    intro = ("chat.several" if len(route.topics) > 1 else "chat.intro_one" if len(services) == 1
             else "chat.intro_many")
    messages.append({"text": " ".join(_opening(route, acknowledge) + [say(intro, lang)])})
    messages += [{"text": door_text(s, lang, heard)} for s in services]
    messages += safety_line_messages(every, lang)
    messages.append({"text": say("chat.helped", lang), "buttons": [
        {"title": say("chat.yes", lang), "payload": "/affirm"},
        {"title": say("chat.no", lang), "payload": "/deny"},
        {"title": say("chat.human", lang), "payload": "/human_handoff"}]})
    return messages


def safety_line_messages(services: list[dict[str, Any]], lang: str) -> list[dict[str, Any]]:
    """The one short safety line the router adds after the doors when there is risk (concern)."""
    return [{"text": f"{say('chat.safety_line', lang)} {s['name']}. {s['how_to_contact']}"}
            for s in services if s["role"] == "safety_line"]


def follow_up_messages(route: Route, acknowledge: bool = True) -> list[dict[str, Any]]:
    """What the person wrote, the doors that fit whatever the answer is, then the question,
    with quick replies that carry the answer as an entity (free text is understood too)."""
    follow_up = route.follow_up
    lang = route.lang
    certain = [d for d in route.doors if d.certain][:CHAT_DOORS]
    data = {s["id"]: s for s in route.as_dict()["services"]}
    heard = explain.heard(route)
    opening = _opening(route, acknowledge)
    messages: list[dict[str, Any]] = []
    if certain:
        intro = say("chat.certain" if len(certain) == 1 else "chat.certain_many", lang)
        messages.append({"text": " ".join(opening + [intro])})
        messages += [{"text": door_text(data[d.service.id], lang, heard)} for d in certain
                     if d.role != "safety_line"]
    elif opening:
        messages.append({"text": " ".join(opening)})
    messages += safety_line_messages(list(data.values()), lang)
    buttons = [{"title": o["title"], "payload": "/inform" + json.dumps({follow_up["slot"]: o["value"]})}
               for o in follow_up["options"]]
    messages.append({"text": follow_up["question"], "buttons": buttons})
    return messages
