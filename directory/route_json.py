"""A route and its doors as the route contract's JSON (spec/route-api.md).

Kept apart from the ranking: the chat action, the API and the staff pages all show doors
the same way, and the ranking never needs to know how.
"""
from __future__ import annotations

from typing import Any

from sqlalchemy.orm import object_session

from directory import explain
from directory.models import Service
from directory.route_types import Route
from directory.schema import source_is_old
from directory.taxonomy import get_taxonomy


def route_json(route: Route) -> dict[str, Any]:
    """The route contract's JSON, every key present."""
    return {
        "text": route.text,
        "crisis": route.crisis,
        "safety": route.safety,
        "needs_clarification": route.needs_clarification,
        "topics": route.topics,
        "audience": route.audience,
        "age": route.age,
        "district": route.district,
        "services": [dict(service_json(d.service, route.lang, d.why, route.entrance), role=d.role)
                     for d in route.doors],
        "clarifying_question": route.clarifying_question,
        "clarify_options": route.clarify_options,
        "follow_up": route.follow_up,
        # a short warm word where someone grieves, is afraid or has waited long (or null)
        "acknowledgment": explain.acknowledgment(route),
        "nlu": {"intent": route.nlu.intent, "confidence": round(route.nlu.confidence, 4)},
    }


def general_entrance(service: Service) -> Service | None:
    """The general entrance (data/taxonomy.yaml names it), from the service's own session."""
    session, entrance_id = object_session(service), get_taxonomy().general_entrance
    return session.get(Service, entrance_id) if session is not None and entrance_id else None


def service_json(service: Service, lang: str = "da", why: str | None = None,
                 entrance: Service | None = None) -> dict[str, Any]:
    """A door as the contract shows it. `entrance` is the general entrance, for a door
    without contact facts; looked up in the service's session when not given."""
    if entrance is None and not service.has_contact:
        entrance = general_entrance(service)
    description = (service.description_en if lang == "en" and service.description_en
                   else service.description)
    return {
        "id": service.id, "name": service.name, "kind": service.kind, "topics": service.topics,
        "audiences": service.audiences, "districts": service.districts, "why": why,
        "description": description,
        "contact": {"phone": service.phone, "email": service.email, "url": service.url,
                    "address": service.address},
        "how_to_contact": explain.how_to_contact(service, lang, entrance),
        "anonymous": service.anonymous, "requires_referral": service.requires_referral,
        "min_age": service.min_age, "max_age": service.max_age,
        "source": service.source, "verified_at": service.verified_at.isoformat(),
        "source_old": source_is_old(service.source_date, service.verified_at),
        "opening_hours": [{"weekday": h.weekday, "opens_at": h.opens_at, "closes_at": h.closes_at,
                           "notes": h.notes} for h in sorted(service.schedules, key=lambda h: h.weekday)],
        "languages": sorted(lang.code for lang in service.languages),
    }
