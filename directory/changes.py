"""Staff edits to the directory: create, update, retire, re-verify — each recorded in
the change log (HSDS `metadata`: who, when, what, old and new value), each guarded by
optimistic locking so two editors cannot silently overwrite each other.

The lock has two halves. `_get` compares the version the editor read with the row's,
which gives a clear answer at once; the database then checks it again in the UPDATE
itself (`version_id_col` on Service), which is what stops two edits that both passed
the first check at the same moment.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from typing import Any

from pydantic import BaseModel
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from directory.fields import fill, link_places, service_form, service_row
from directory.models import ChangeLog, Service
from directory.schema import ServiceIn
from directory.taxonomy import Taxonomy


class NotFound(Exception):
    pass


class Conflict(Exception):
    """The service changed since the editor read it (their version is stale)."""


class Invalid(Exception):
    pass


def _nested(name: str) -> type[BaseModel] | None:
    annotation = ServiceIn.model_fields[name].annotation
    return annotation if isinstance(annotation, type) and issubclass(annotation, BaseModel) else None


# Every field of the form but the id (the resource itself); a nested form (the contact) by
# its own fields, so the log says "phone" as HSDS metadata does.
def _tracked(name: str) -> tuple[str, ...]:
    nested = _nested(name)
    return tuple(nested.model_fields) if nested is not None else (name,)


TRACKED: tuple[str, ...] = tuple(sub for name in ServiceIn.model_fields if name != "id" for sub in _tracked(name))


def snapshot(service: Service) -> dict[str, Any]:
    """The service's tracked fields, as the form holds them."""
    flat: dict[str, Any] = {}
    for name, value in service_form(service).items():
        if name == "id":
            continue
        flat.update(value if _nested(name) else {name: value})
    return flat


def _log(session: Session, service_id: str, action: str, editor: str,
         before: dict[str, Any] | None, after: dict[str, Any]) -> None:
    now = datetime.now(UTC)
    fields = [f for f in TRACKED if before is None or before.get(f) != after.get(f)]
    for field in fields or ["*"]:
        session.add(ChangeLog(resource_type="service", resource_id=service_id, action=action,
                              field_name=field, updated_by=editor, updated_at=now,
                              previous_value=None if before is None else _text(before.get(field)),
                              replacement_value=_text(after.get(field))))


def _text(value: Any) -> str | None:
    """A value as one line of text: codes comma-separated, opening hours and places as JSON."""
    if value is None:
        return None
    if isinstance(value, (list, tuple)) and not any(isinstance(v, (dict, list)) for v in value):
        return ",".join(map(str, value))
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def _get(session: Session, service_id: str, version: int | None) -> Service:
    service = session.get(Service, service_id)
    if service is None:
        raise NotFound(service_id)
    if version is not None and service.version != version:
        raise Conflict(f"service '{service_id}' is at version {service.version}, not {version}: "
                       "reload it, apply your change again and resend")
    return service


@contextmanager
def _edit(session: Session, service_id: str, version: int) -> Iterator[Service]:
    """The service to change, at the version the editor read. Its version moves on even when
    only opening hours or places change (no column of `service` would), and the UPDATE that
    moves it names the old one: an edit that lost the race gets a Conflict, not a silent win."""
    service = _get(session, service_id, version)
    service.version = version + 1
    try:
        yield service
        session.flush()
    except StaleDataError as exc:
        raise Conflict(f"service '{service_id}' was changed by someone else while you saved: it is no longer "
                       f"at version {version}; reload it, apply your change again and resend") from exc


def create(session: Session, item: ServiceIn, organization_id: str, editor: str, taxonomy: Taxonomy) -> Service:
    errors = item.check_codes(taxonomy)
    if errors:
        raise Invalid("; ".join(errors))
    if session.get(Service, item.id) is not None:
        raise Conflict(f"service '{item.id}' exists already")
    service = service_row(item, organization_id)
    session.add(service)
    link_places(session, service, item, organization_id)
    session.flush()
    _log(session, service.id, "create", editor, None, snapshot(service))
    return service


def update(session: Session, service_id: str, item: ServiceIn, version: int, editor: str,
           taxonomy: Taxonomy) -> Service:
    errors = item.check_codes(taxonomy)
    if errors:
        raise Invalid("; ".join(errors))
    if item.id != service_id:
        raise Invalid("the id in the body must match the id in the path")
    with _edit(session, service_id, version) as service:
        before = snapshot(service)
        fill(session, service, item)
    _log(session, service_id, "update", editor, before, snapshot(service))
    return service


def retire(session: Session, service_id: str, version: int, editor: str) -> Service:
    with _edit(session, service_id, version) as service:
        before = snapshot(service)
        service.status = "inactive"
    _log(session, service_id, "retire", editor, before, snapshot(service))
    return service


def verify(session: Session, service_id: str, version: int, editor: str, source: str | None = None) -> Service:
    """Re-verified: the facts were checked against the source today."""
    with _edit(session, service_id, version) as service:
        before = snapshot(service)
        service.verified_at = date.today()
        if source:
            service.source = source
    _log(session, service_id, "verify", editor, before, snapshot(service))
    return service
