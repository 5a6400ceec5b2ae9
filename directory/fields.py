"""One list of a service's fields: `ServiceIn` in directory/schema.py, the form editors write.

Everything else that names a service's fields follows from it here, in both directions:
form → row (the loader, admin create and update) and row → form (the YAML export, the
admin and public API, the change log). A new field in ServiceIn with a column of the same
name on `Service` therefore needs no other list. A field stored some other way (the contact
facts, keywords, the taxonomy codes, opening hours, languages, places) has its reader and
writer below; a field with neither stops the import instead of being dropped somewhere.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from danish_text import fold
from directory.models import Accessibility, Language, Location, Schedule, Service, ServiceAtLocation, ServiceTerm
from directory.schema import WEEKDAYS, ContactIn, LocationIn, ScheduleIn, ServiceIn

VOCABULARIES = {"topics": "topic", "audiences": "audience", "districts": "district"}
DAYS = {number: day for day, number in WEEKDAYS.items()}


def _columns(model: type) -> set[str]:
    return set(inspect(model).columns.keys())


# ---- row → form: how a field not stored as the column of its name is read back ----

def _contact(service: Service) -> dict[str, Any]:
    return {name: getattr(service, name) for name in ContactIn.model_fields}


def _keywords(service: Service) -> list[str]:
    return [k.strip() for k in service.keywords.split(",") if k.strip()]


def _codes(vocabulary: str) -> Callable[[Service], list[str]]:
    return lambda service: service.codes(vocabulary)


def _schedules(service: Service) -> list[dict[str, Any]]:
    """Weekdays with the same hours grouped into one entry, as editors write them."""
    facts = [name for name in ScheduleIn.model_fields if name != "days"]
    groups: dict[tuple, list[str]] = {}
    for hours in sorted(service.schedules, key=lambda h: h.weekday):
        groups.setdefault(tuple(getattr(hours, name) for name in facts), []).append(DAYS[hours.weekday])
    return [{"days": days, **dict(zip(facts, same))} for same, days in groups.items()]


def _languages(service: Service) -> list[str]:
    return sorted(language.code for language in service.languages)


def location_form(place: Location) -> dict[str, Any]:
    return {name: [a.description for a in place.accessibility] if name == "accessibility" else getattr(place, name)
            for name in LocationIn.model_fields}


def _locations(service: Service) -> list[dict[str, Any]]:
    return [location_form(link.location) for link in sorted(service.locations, key=lambda link: link.location_id)]


READERS: dict[str, Callable[[Service], Any]] = {
    "contact": _contact, "keywords": _keywords, **{field: _codes(vocab) for field, vocab in VOCABULARIES.items()},
    "schedules": _schedules, "languages": _languages, "locations": _locations,
}
# Fields of the form stored as the column of the same name, read and written as they are.
PLAIN = tuple(name for name in ServiceIn.model_fields if name not in READERS and name in _columns(Service))


def _check_every_field_has_a_place() -> None:
    missing = [f"ServiceIn.{name}" for name in ServiceIn.model_fields if name not in READERS and name not in PLAIN]
    missing += [f"ContactIn.{name}" for name in ContactIn.model_fields if name not in _columns(Service)]
    missing += [f"LocationIn.{name}" for name in LocationIn.model_fields
                if name != "accessibility" and name not in _columns(Location)]
    missing += [f"ScheduleIn.{name}" for name in ScheduleIn.model_fields
                if name != "days" and name not in _columns(Schedule)]
    if missing:
        raise RuntimeError(f"{', '.join(missing)}: no column of that name (add one and a migration) "
                           "and no reader/writer in directory/fields.py")


_check_every_field_has_a_place()


def service_form(service: Service) -> dict[str, Any]:
    """A stored service as its form (a ServiceIn's fields, in their order): what the export
    writes, what the API shows and what the change log compares."""
    return {name: READERS[name](service) if name in READERS else getattr(service, name)
            for name in ServiceIn.model_fields}


# ---- form → row ----

def service_values(item: ServiceIn) -> dict[str, Any]:
    """Column values of a service from its form (all but the id, which never changes)."""
    values = {name: getattr(item, name) for name in PLAIN if name != "id"}
    values.update(item.contact.model_dump())
    values["keywords"] = ", ".join(item.keywords)
    # Folded (æøå-free) name, description and keywords, for search that ignores spelling.
    values["search_text"] = fold(" ".join([item.name, item.description, *item.keywords]))
    return values


def service_terms(item: ServiceIn) -> list[ServiceTerm]:
    return [ServiceTerm(vocabulary=vocab, code=code)
            for field, vocab in VOCABULARIES.items() for code in getattr(item, field)]


def service_schedules(item: ServiceIn) -> list[Schedule]:
    return [Schedule(weekday=WEEKDAYS[day], **hours.model_dump(exclude={"days"}))
            for hours in item.schedules for day in hours.days]


def service_languages(item: ServiceIn) -> list[Language]:
    return [Language(code=code) for code in item.languages]


def service_row(item: ServiceIn, organization_id: str) -> Service:
    """A new row for a form; its places need the session, see `link_places`."""
    return Service(id=item.id, organization_id=organization_id, **service_values(item),
                   terms=service_terms(item), schedules=service_schedules(item),
                   languages=service_languages(item))


def place(session: Session, item: LocationIn, organization_id: str) -> Location:
    """The place of that id, saying what the form says: created when new, else brought up to
    the facts given (several services at one place share it, and the last facts written win)."""
    location = session.get(Location, item.id)
    if location is None:
        location = Location(id=item.id, organization_id=organization_id)
        session.add(location)
    for name in LocationIn.model_fields:
        if name != "accessibility":
            setattr(location, name, getattr(item, name))
    if [a.description for a in location.accessibility] != item.accessibility:
        location.accessibility = [Accessibility(description=text) for text in item.accessibility]
    session.flush()
    return location


def link_places(session: Session, service: Service, item: ServiceIn, organization_id: str) -> None:
    service.locations.extend(ServiceAtLocation(location=place(session, p, organization_id)) for p in item.locations)


def fill(session: Session, service: Service, item: ServiceIn) -> None:
    """Make a stored row say what the form says. The old codes, hours, languages and place links
    are removed and flushed first: a new link with an old one's key must not meet it in one flush."""
    for column, value in service_values(item).items():
        setattr(service, column, value)
    service.terms.clear()
    service.schedules.clear()
    service.languages.clear()
    service.locations.clear()
    session.flush()
    service.terms.extend(service_terms(item))
    service.forget_codes()
    service.schedules.extend(service_schedules(item))
    service.languages.extend(service_languages(item))
    link_places(session, service, item, service.organization_id)
