"""Staff edits to the directory: create, update, retire, re-verify — each recorded in
the change log (HSDS `metadata`: who, when, what, old and new value), each guarded by
optimistic locking so two editors cannot silently overwrite each other.
"""
from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy.orm import Session

from directory.loader import service_row, service_schedules, service_terms, service_values
from directory.models import Language
from directory.models import ChangeLog, Service
from directory.schema import ServiceIn
from directory.taxonomy import Taxonomy


class NotFound(Exception):
    pass


class Conflict(Exception):
    """The service changed since the editor read it (their version is stale)."""


class Invalid(Exception):
    pass


TRACKED = ("name", "kind", "description", "description_en", "application_process", "min_age", "max_age",
           "anonymous", "requires_referral", "crisis_only", "keyword_only", "status", "phone", "email", "url", "address",
           "keywords", "source", "verified_at", "source_date", "topics", "audiences", "districts")


def snapshot(service: Service) -> dict[str, Any]:
    return {field: getattr(service, field) for field in TRACKED}


def _log(session: Session, service_id: str, action: str, editor: str,
         before: dict[str, Any] | None, after: dict[str, Any]) -> None:
    now = datetime.now(timezone.utc)
    fields = [f for f in TRACKED if before is None or before.get(f) != after.get(f)]
    for field in fields or ["*"]:
        session.add(ChangeLog(resource_type="service", resource_id=service_id, action=action,
                              field_name=field, updated_by=editor, updated_at=now,
                              previous_value=None if before is None else _text(before.get(field)),
                              replacement_value=_text(after.get(field))))


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, (list, tuple)):
        return ",".join(map(str, value))
    return str(value)


def _get(session: Session, service_id: str, version: int | None) -> Service:
    service = session.get(Service, service_id)
    if service is None:
        raise NotFound(service_id)
    if version is not None and service.version != version:
        raise Conflict(f"service '{service_id}' is at version {service.version}, not {version}: "
                       "reload it, apply your change again and resend")
    return service


def create(session: Session, item: ServiceIn, organization_id: str, editor: str, taxonomy: Taxonomy) -> Service:
    errors = item.check_codes(taxonomy)
    if errors:
        raise Invalid("; ".join(errors))
    if session.get(Service, item.id) is not None:
        raise Conflict(f"service '{item.id}' exists already")
    service = service_row(item, organization_id)
    session.add(service)
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
    service = _get(session, service_id, version)
    before = snapshot(service)
    for column, value in service_values(item).items():
        setattr(service, column, value)
    service.terms.clear()
    service.schedules.clear()
    service.languages.clear()
    session.flush()
    service.terms.extend(service_terms(item))
    service.schedules.extend(service_schedules(item))
    service.languages.extend(Language(code=code) for code in item.languages)
    service.version = version + 1
    session.flush()
    _log(session, service_id, "update", editor, before, snapshot(service))
    return service


def retire(session: Session, service_id: str, version: int, editor: str) -> Service:
    service = _get(session, service_id, version)
    before = snapshot(service)
    service.status = "inactive"
    service.version = version + 1
    session.flush()
    _log(session, service_id, "retire", editor, before, snapshot(service))
    return service


def verify(session: Session, service_id: str, version: int, editor: str, source: str | None = None) -> Service:
    """Re-verified: the facts were checked against the source today."""
    service = _get(session, service_id, version)
    before = snapshot(service)
    service.verified_at = date.today()
    if source:
        service.source = source
    service.version = version + 1
    session.flush()
    _log(session, service_id, "verify", editor, before, snapshot(service))
    return service
