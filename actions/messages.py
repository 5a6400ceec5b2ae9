"""How a route reads in the chat: short messages and quick-reply buttons."""
from __future__ import annotations

import json
from datetime import date
from typing import Any

from directory.explain import topic_label
from directory.router import Route
from directory.taxonomy import Taxonomy

CHAT_DOORS = 3
TEXT = {
    "da": {
        "danger": "Er du eller en anden i fare lige nu, så ring 112.",
        "crisis": "Det lyder alvorligt, og det er godt, at du skriver. Er du eller en anden i fare "
                  "lige nu, så ring 112. Her kan du ringe og tale med nogen – du behøver ikke klare det alene:",
        "safety_line": "Hvis det bliver for svært:",
        "intro_one": "Her er det sted, jeg tror passer bedst:",
        "intro_many": "Her er de steder, jeg tror passer bedst:",
        "several": "Du skriver om flere ting. Her er en dør til hver af dem:",
        "certain": "Her er et sted, der kan hjælpe uanset hvad:",
        "certain_many": "Her er steder, der kan hjælpe uanset hvad:",
        "verified": "Sidst kontrolleret",
        "anonymous": "Du kan være anonym.",
        "helped": "Hjalp det?",
        "yes": "Ja", "no": "Nej", "human": "Tal med et menneske", "other": "Noget andet",
        "unavailable": "Jeg kan ikke slå op i oversigten lige nu. Er nogen i fare, så ring 112. "
                       "Prøv igen om lidt.",
    },
    "en": {
        "danger": "If you or someone else is in danger right now, call 112.",
        "crisis": "This sounds serious, and it's good that you wrote. If you or someone else is in danger "
                  "right now, call 112. You can call these and talk to someone – you don't have to handle this alone:",
        "safety_line": "If it gets too hard:",
        "intro_one": "This is the place I think fits best:",
        "intro_many": "These are the places I think fit best:",
        "several": "You write about several things. Here is a door for each:",
        "certain": "Here is a place that can help either way:",
        "certain_many": "Here are places that can help either way:",
        "verified": "Last checked",
        "anonymous": "You can be anonymous.",
        "helped": "Did that help?",
        "yes": "Yes", "no": "No", "human": "Talk to a person", "other": "Something else",
        "unavailable": "I can't look things up right now. If someone is in danger, call 112. "
                       "Please try again in a moment.",
    },
}


def _day(value: str) -> str:
    return date.fromisoformat(value).strftime("%d.%m.%Y")


def door_text(service: dict[str, Any], lang: str) -> str:
    t = TEXT[lang]
    lines = [service["name"], service["why"], service["how_to_contact"],
             f"{t['verified']} {_day(service['verified_at'])}."]
    return "\n".join(line for line in lines if line)


def route_messages(route: Route, taxonomy: Taxonomy) -> list[dict[str, Any]]:
    """The chat messages for one route: danger line, doors, then 'did it help?'."""
    lang = route.lang
    t = TEXT[lang]
    if route.needs_clarification:
        options = route.clarify_options or list(taxonomy.topics)[:6]
        buttons = [{"title": topic_label(taxonomy, code, lang), "payload": f"/topic_{code}"} for code in options]
        buttons.append({"title": t["other"], "payload": "/vague_help"})
        return [{"text": route.clarifying_question, "buttons": buttons}]
    messages: list[dict[str, Any]] = []
    every = route.as_dict()["services"]
    services = [s for s in every if s["role"] != "safety_line"][: max(CHAT_DOORS, len(route.topics))]
    if route.crisis:
        # danger now: one warm sentence, the emergency doors, and no "did it help?"
        messages.append({"text": t["crisis"]})
        messages += [{"text": door_text(s, lang)} for s in services]
        return messages
    intro = t["several"] if len(route.topics) > 1 else (t["intro_one"] if len(services) == 1
                                                        else t["intro_many"])
    messages.append({"text": intro})
    messages += [{"text": door_text(s, lang)} for s in services]
    messages += safety_line_messages(every, lang)
    messages.append({"text": t["helped"], "buttons": [
        {"title": t["yes"], "payload": "/affirm"}, {"title": t["no"], "payload": "/deny"},
        {"title": t["human"], "payload": "/human_handoff"}]})
    return messages


def safety_line_messages(services: list[dict[str, Any]], lang: str) -> list[dict[str, Any]]:
    """The one short safety line the router adds after the doors when there is risk (concern)."""
    return [{"text": f"{TEXT[lang]['safety_line']} {s['name']}. {s['how_to_contact']}"}
            for s in services if s["role"] == "safety_line"]


def follow_up_messages(route: Route) -> list[dict[str, Any]]:
    """The doors that fit whatever the answer is, then the question, with quick replies
    that carry the answer as an entity (free text is understood too)."""
    follow_up = route.follow_up
    certain = [d for d in route.doors if d.certain][:CHAT_DOORS]
    data = {s["id"]: s for s in route.as_dict()["services"]}
    messages: list[dict[str, Any]] = []
    if certain:
        messages.append({"text": TEXT[route.lang]["certain" if len(certain) == 1 else "certain_many"]})
        messages += [{"text": door_text(data[d.service.id], route.lang)} for d in certain
                     if d.role != "safety_line"]
    messages += safety_line_messages(list(data.values()), route.lang)
    buttons = [{"title": o["title"], "payload": "/inform" + json.dumps({follow_up["slot"]: o["value"]})}
               for o in follow_up["options"]]
    messages.append({"text": follow_up["question"], "buttons": buttons})
    return messages
