"""Custom actions. They read the tracker, ask the router, and write messages; they do not
rank or filter doors themselves (that is directory.router's job alone)."""
from __future__ import annotations

import logging
from datetime import date
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.exc import SQLAlchemyError

from directory.chat_messages import follow_up_messages, route_messages
from directory.db import session_scope
from directory.language import detect_lang
from directory.models import Feedback, Service
from directory.route_types import Context, NluResult
from directory.router import route
from directory.taxonomy import get_taxonomy
from directory.texts import say

log = logging.getLogger(__name__)


def _lang(tracker: Tracker) -> str:
    text = tracker.latest_message.get("text") or ""
    if text.startswith("/"):          # a button payload says nothing about language
        return tracker.get_slot("lang") or "da"
    return detect_lang(text, default=tracker.get_slot("lang") or "da")


# Who, how old and where belong to one need: they come from the message (and, for an
# answer, from the question it answers), never from slots an earlier need filled, so
# "min søn på 16 …" does not make a later question about the writer's own debt a 16-year-old's.
NEED_SLOTS = ("audience", "age", "district")


def _reset_need_slots() -> list[dict[str, Any]]:
    return [SlotSet(slot, None) for slot in NEED_SLOTS]


PARSE_KEYS = ("text", "intent", "entities", "crisis", "intent_ranking", "safety")


def _is_answer(tracker: Tracker) -> bool:
    """Does the latest message answer the follow-up question we asked?"""
    if not tracker.get_slot("pending_parse"):
        return False
    latest = tracker.latest_message
    # danger is never an answer: bot/ decided it, and it interrupts every question
    if NluResult.from_parse(latest).safety_level == "crisis":
        return False
    names_a_need = any(e.get("entity") == "topic" for e in latest.get("entities") or [])
    return (latest.get("intent") or {}).get("name") == "inform" or not names_a_need


def _nlu(tracker: Tracker, answered: bool) -> NluResult:
    """The message to route: the latest one, or the asked-about one plus the answer."""
    latest = tracker.latest_message
    if not answered:
        return NluResult.from_parse(latest)
    pending = dict(tracker.get_slot("pending_parse"))
    pending["entities"] = list(pending.get("entities") or []) + list(latest.get("entities") or [])
    return NluResult.from_parse(pending)


class ActionFindRoute(Action):
    """Route the message; ask first when one answer would change the doors (once per need)."""

    def name(self) -> str:
        return "action_find_route"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
            domain: dict[str, Any]) -> list[dict[str, Any]]:
        answered = _is_answer(tracker)
        lang = (tracker.get_slot("lang") or "da") if answered else _lang(tracker)
        nlu = _nlu(tracker, answered)
        try:
            with session_scope() as session:
                result = route(session, nlu, Context(lang=lang))
                if result.needs_clarification and tracker.get_slot("clarified"):
                    # asked once already ("Noget andet" or still unclear): no second round of
                    # the same buttons, but free text and a person instead
                    dispatcher.utter_message(text=say("chat.free_text", lang))
                    dispatcher.utter_message(text="\n".join(human_entrance_lines(session, lang)),
                                             buttons=[{"title": say("chat.human", lang),
                                                       "payload": "/human_handoff"}])
                    return [SlotSet("lang", lang), SlotSet("clarified", False), SlotSet("pending_parse", None)]
                ask = result.follow_up if not answered else None
                # the warm word was said when the question was asked, not again with the answer
                messages = (follow_up_messages(result) if ask
                            else route_messages(result, get_taxonomy(), acknowledge=not answered))
                summary = {"topics": result.topics, "kinds": [d.service.kind for d in result.doors],
                           "ids": [d.service.id for d in result.doors]}
        except SQLAlchemyError:
            log.exception("directory unavailable")
            dispatcher.utter_message(text=say("chat.unavailable", lang))
            return [SlotSet("lang", lang), SlotSet("pending_parse", None)]
        for message in messages:
            # the widget marks each message's language (lang="en" for English answers)
            part = dict(message.get("json_message") or {})
            part["vejviser"] = {**part.get("vejviser", {}), "lang": lang}
            dispatcher.utter_message(**{**message, "json_message": part})
        clarified = SlotSet("clarified", result.needs_clarification)
        if ask:
            latest = tracker.latest_message
            return [SlotSet("lang", lang), SlotSet("awaiting_feedback", False), clarified,
                    SlotSet("pending_parse", {k: latest.get(k) for k in PARSE_KEYS})]
        return [SlotSet("lang", lang), SlotSet("awaiting_feedback", bool(summary["ids"])), clarified,
                SlotSet("last_route", summary), SlotSet("pending_parse", None), *_reset_need_slots()]


class ActionSetLanguage(Action):
    """Before a greeting, thanks or goodbye: the language of the conversation, so Rasa's own
    responses (conditional on the `lang` slot) answer "hi" in English. A language the
    conversation already has is kept ("bye" after a Danish conversation stays Danish)."""

    def name(self) -> str:
        return "action_set_language"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
            domain: dict[str, Any]) -> list[dict[str, Any]]:
        return [SlotSet("lang", tracker.get_slot("lang") or _lang(tracker))]


class ActionRecordFeedback(Action):
    """Store 'did it help?' as day + codes + yes/no: nothing that identifies a person."""

    def name(self) -> str:
        return "action_record_feedback"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
            domain: dict[str, Any]) -> list[dict[str, Any]]:
        lang = tracker.get_slot("lang") or "da"
        if not tracker.get_slot("awaiting_feedback"):
            dispatcher.utter_message(text=say("feedback.ask_need", lang))
            return []
        helpful = tracker.latest_message.get("intent", {}).get("name") == "affirm"
        summary = tracker.get_slot("last_route") or {}
        try:
            with session_scope() as session:
                session.add(Feedback(day=date.today(), helpful=helpful, lang=lang,
                                     topics=",".join(summary.get("topics", [])),
                                     kinds=",".join(summary.get("kinds", [])),
                                     service_ids=",".join(summary.get("ids", []))))
        except SQLAlchemyError:
            log.exception("feedback not stored")
        if helpful:
            dispatcher.utter_message(text=say("feedback.glad", lang))
        else:
            dispatcher.utter_message(text=say("feedback.sorry", lang),
                                     buttons=[{"title": say("chat.human", lang), "payload": "/human_handoff"}])
        return [SlotSet("awaiting_feedback", False)]


class ActionHumanHandoff(Action):
    """The human entrance: the general line, and the after-hours line, from the directory."""

    def name(self) -> str:
        return "action_human_handoff"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
            domain: dict[str, Any]) -> list[dict[str, Any]]:
        lang = tracker.get_slot("lang") or "da"
        try:
            with session_scope() as session:
                lines = human_entrance_lines(session, lang)
        except SQLAlchemyError:
            log.exception("directory unavailable")
            lines = []
        lines.append(say("chat.danger", lang))
        dispatcher.utter_message(text="\n".join(lines))
        return []


def human_entrance_lines(session: Any, lang: str) -> list[str]:
    """The general line and the after-hours line, with the contact the directory holds."""
    from directory.explain import how_to_contact

    taxonomy = get_taxonomy()
    lines = []
    entrance = session.get(Service, taxonomy.general_entrance) if taxonomy.general_entrance else None
    after_hours = session.get(Service, taxonomy.after_hours) if taxonomy.after_hours else None
    if entrance:
        lines.append(say("handoff.person", lang, name=entrance.name, contact=how_to_contact(entrance, lang)))
    if after_hours:
        lines.append(say("handoff.after_hours", lang, name=after_hours.name,
                         contact=how_to_contact(after_hours, lang)))
    return lines
