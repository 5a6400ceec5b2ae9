"""Admin API: staff create, update, retire and re-verify services.

Bearer-token auth (401 without a token, 403 with a wrong one); every change is in the
change log. Optimistic locking: every read answers with the service's `version`, every
change sends back the `version` it was based on (a body field, as in every write here),
and a stale one gets 409 Conflict, also when two edits from one version arrive together.
"""
from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException, Query, status
from sqlalchemy import select
from sqlalchemy.orm import Session

from api.auth import require_editor
from api.deps import get_session
from api.schemas import ServiceAdmin, ServiceCreate, ServiceUpdate, ServiceVersion, errors
from directory import changes
from directory.fields import service_form
from directory.models import ChangeLog, Organization, Service
from directory.route_json import service_json
from directory.taxonomy import get_taxonomy

endpoints = APIRouter(prefix="/api/admin", tags=["admin"], responses=errors(401, 403, 422))


def _out(service: Service) -> dict:
    return {**service_form(service), **service_json(service), "version": service.version}


def _run(action):
    try:
        return action()
    except changes.NotFound as exc:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"no service with id '{exc}'") from exc
    except changes.Conflict as exc:
        raise HTTPException(status.HTTP_409_CONFLICT, str(exc)) from exc
    except changes.Invalid as exc:
        raise HTTPException(422, str(exc)) from exc


@endpoints.post("/services", status_code=status.HTTP_201_CREATED, response_model=ServiceAdmin,
             responses=errors(409))
def create_service(body: ServiceCreate, session: Session = Depends(get_session),
                   editor: str = Depends(require_editor)) -> dict:
    org = body.organization_id or "kk-sof"
    if session.get(Organization, org) is None:
        raise HTTPException(422, f"no organization with id '{org}'")
    return _out(_run(lambda: changes.create(session, body.service, org, editor, get_taxonomy())))


@endpoints.put("/services/{service_id}", response_model=ServiceAdmin,
            responses=errors(404, 409))
def update_service(service_id: str, body: ServiceUpdate, session: Session = Depends(get_session),
                   editor: str = Depends(require_editor)) -> dict:
    return _out(_run(lambda: changes.update(session, service_id, body.service, body.version, editor,
                                            get_taxonomy())))


@endpoints.post("/services/{service_id}/retire", response_model=ServiceAdmin, responses=errors(404, 409))
def retire_service(service_id: str, body: ServiceVersion, session: Session = Depends(get_session),
                   editor: str = Depends(require_editor)) -> dict:
    return _out(_run(lambda: changes.retire(session, service_id, body.version, editor)))


@endpoints.post("/services/{service_id}/verify", response_model=ServiceAdmin, responses=errors(404, 409))
def verify_service(service_id: str, body: ServiceVersion, session: Session = Depends(get_session),
                   editor: str = Depends(require_editor)) -> dict:
    return _out(_run(lambda: changes.verify(session, service_id, body.version, editor, body.source)))


@endpoints.get("/services/{service_id}", response_model=ServiceAdmin, responses=errors(404))
def read_service(service_id: str, session: Session = Depends(get_session),
                 editor: str = Depends(require_editor)) -> dict:
    return _out(_run(lambda: changes._get(session, service_id, None)))


@endpoints.get("/changes")
def change_log(service_id: str | None = None, limit: int = Query(default=100, ge=1, le=1000),
               session: Session = Depends(get_session), editor: str = Depends(require_editor)) -> list[dict]:
    query = select(ChangeLog).order_by(ChangeLog.id.desc()).limit(limit)
    if service_id:
        query = query.where(ChangeLog.resource_id == service_id)
    return [{"id": c.id, "resource_type": c.resource_type, "resource_id": c.resource_id, "action": c.action,
             "field_name": c.field_name, "previous_value": c.previous_value,
             "replacement_value": c.replacement_value, "updated_by": c.updated_by,
             "updated_at": c.updated_at.isoformat()} for c in session.scalars(query)]
