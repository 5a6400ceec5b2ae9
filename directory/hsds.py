"""Open Referral HSDS 3.0 views of the directory, for exchange with other directories.

Our ids are readable slugs ("livslinien"); HSDS wants UUIDs, so every HSDS id is a
UUIDv5 of the slug (stable across exports). Codes from our taxonomy become HSDS
taxonomy terms attached as attributes; the change log becomes HSDS metadata;
verified_at is HSDS's assured_date. Schemas: shared/spec/hsds-3.0 (Open Referral HSDS,
CC BY-SA 4.0).
"""
from __future__ import annotations

import math
import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from directory.models import ChangeLog, Service
from directory.taxonomy import Taxonomy

NAMESPACE = uuid.UUID("6f1f0b4e-4a43-4d7c-9a3e-7c2b9e5d0a11")   # Vejviser's namespace for HSDS ids
STATUS = {"active": "active", "inactive": "inactive", "temporarily_closed": "temporarily closed"}
VOCABULARIES = (("topic", "topics"), ("audience", "audiences"), ("district", "districts"))
CITY = "Københavns Kommune"


def hsds_id(kind: str, key: str) -> str:
    return str(uuid.uuid5(NAMESPACE, f"{kind}:{key}"))


def taxonomy_term(taxonomy: Taxonomy, vocabulary: str, code: str) -> dict[str, Any]:
    plural = dict(VOCABULARIES + (("kind", "kinds"),))[vocabulary]
    label = taxonomy.label(plural, code)
    return {"id": hsds_id("taxonomy_term", f"{vocabulary}:{code}"), "code": code, "name": label,
            "description": label, "taxonomy": f"vejviser-{plural}", "language": "da"}


def taxonomy_terms(taxonomy: Taxonomy) -> list[dict[str, Any]]:
    terms = [taxonomy_term(taxonomy, vocab, code)
             for vocab, plural in VOCABULARIES + (("kind", "kinds"),)
             for code in getattr(taxonomy, plural)]
    return terms


def _attribute(service: Service, term: dict[str, Any]) -> dict[str, Any]:
    return {"id": hsds_id("attribute", f"{service.id}:{term['id']}"), "link_id": hsds_id("service", service.id),
            "link_type": "service", "link_entity": "service", "taxonomy_term_id": term["id"],
            "taxonomy_term": term}


BYDAY = {1: "MO", 2: "TU", 3: "WE", 4: "TH", 5: "FR", 6: "SA", 7: "SU"}


def _location(place) -> dict[str, Any]:
    lid = hsds_id("location", place.id)
    doc: dict[str, Any] = {"id": lid, "location_type": place.location_type, "name": place.name,
                           "accessibility": [{"id": hsds_id("accessibility", f"{place.id}:{i}"), "location_id": lid,
                                              "description": a.description}
                                             for i, a in enumerate(place.accessibility)]}
    if place.address_1 and place.city and place.postal_code:
        doc["addresses"] = [{"id": hsds_id("address", place.id), "location_id": lid, "address_1": place.address_1,
                             "city": place.city, "state_province": "Region Hovedstaden",
                             "postal_code": place.postal_code, "country": "DK", "address_type": "physical"}]
    return doc


def _eligibility(service: Service, taxonomy: Taxonomy) -> str:
    who = ", ".join(taxonomy.label("audiences", a) for a in service.audiences)
    return f"For: {who}." if who else ""


def service_to_hsds(service: Service, taxonomy: Taxonomy, changes: Sequence[ChangeLog] = ()) -> dict[str, Any]:
    sid = hsds_id("service", service.id)
    org = service.organization
    terms = [taxonomy_term(taxonomy, "kind", service.kind)] + [
        taxonomy_term(taxonomy, vocab, code) for vocab, _ in VOCABULARIES for code in service.codes(vocab)]
    areas = [{"id": hsds_id("service_area", f"{service.id}:{d}"), "service_id": sid,
              "name": taxonomy.label("districts", d), "extent_type": "text", "extent": d}
             for d in service.districts] or [
        {"id": hsds_id("service_area", f"{service.id}:city"), "service_id": sid, "name": CITY,
         "extent_type": "text", "extent": CITY}]
    languages = [{"id": hsds_id("language", f"{service.id}:{lang.code}"), "service_id": sid, "code": lang.code}
                 for lang in service.languages]
    schedules = [{"id": hsds_id("schedule", f"{service.id}:{h.weekday}:{h.opens_at}"), "service_id": sid,
                  "freq": "WEEKLY", "byday": BYDAY[h.weekday], "opens_at": f"{h.opens_at}:00",
                  "closes_at": "23:59:59" if h.closes_at == "24:00" else f"{h.closes_at}:00",
                  **({"notes": h.notes} if h.notes else {})}
                 for h in service.schedules]
    at_locations = [{"id": hsds_id("service_at_location", f"{service.id}:{link.location_id}"),
                     "service_id": sid, "location_id": hsds_id("location", link.location_id),
                     "location": _location(link.location)} for link in service.locations]
    doc: dict[str, Any] = {
        "id": sid, "organization_id": hsds_id("organization", org.id), "name": service.name,
        "alternate_name": service.id, "description": service.description, "status": STATUS[service.status],
        "application_process": service.application_process or "",
        "eligibility_description": _eligibility(service, taxonomy),
        "assured_date": service.verified_at.isoformat(),
        "organization": {"id": hsds_id("organization", org.id), "name": org.name,
                         "description": org.description or org.name},
        "phones": ([{"id": hsds_id("phone", service.id), "service_id": sid, "number": service.phone,
                     "description": f"Kilde: {service.source}"}] if service.phone else []),
        "service_areas": areas, "languages": languages, "schedules": schedules,
        "service_at_locations": at_locations,
        "attributes": [_attribute(service, t) for t in terms],
        "metadata": [{"id": hsds_id("metadata", str(c.id)), "resource_id": sid, "resource_type": "service",
                      "last_action_date": c.updated_at.date().isoformat(), "last_action_type": c.action,
                      "field_name": c.field_name, "previous_value": c.previous_value or "",
                      "replacement_value": c.replacement_value or "", "updated_by": c.updated_by}
                     for c in changes],
    }
    for key, value in (("email", service.email), ("url", service.url),
                       ("minimum_age", service.min_age), ("maximum_age", service.max_age)):
        if value is not None:
            doc[key] = value
    return doc


def services(session: Session, taxonomy: Taxonomy, ids: list[str] | None = None) -> list[dict[str, Any]]:
    query = select(Service).order_by(Service.id)
    if ids is not None:
        query = query.where(Service.id.in_(ids))
    rows = list(session.scalars(query))
    log: dict[str, list[ChangeLog]] = {}
    for change in session.scalars(select(ChangeLog).where(ChangeLog.resource_type == "service")
                                  .order_by(ChangeLog.id)):
        log.setdefault(change.resource_id, []).append(change)
    return [service_to_hsds(s, taxonomy, log.get(s.id, [])) for s in rows]


def find_service(session: Session, key: str) -> Service | None:
    """A service by our slug or by its HSDS UUID."""
    service = session.get(Service, key)
    if service is not None:
        return service
    return next((s for s in session.scalars(select(Service)) if hsds_id("service", s.id) == key), None)


def page(contents: list[dict[str, Any]], total: int, page_number: int, size: int) -> dict[str, Any]:
    """HSDS's Page envelope (openapi.json components.schemas.Page)."""
    pages = max(1, math.ceil(total / size)) if size else 1
    return {"total_items": total, "total_pages": pages, "page_number": page_number, "size": len(contents),
            "first_page": page_number == 1, "last_page": page_number >= pages, "empty": total == 0,
            "contents": contents}
