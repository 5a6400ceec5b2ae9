"""HSDS 3.0 read API under /hsds/ (shaped by shared/spec/hsds-3.0/openapi.json)."""
from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException, Query
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from api.deps import get_session
from api.schemas import errors
from directory import hsds
from directory.models import ChangeLog, Service
from directory.taxonomy import get_taxonomy

endpoints = APIRouter(prefix="/hsds", tags=["hsds"])


@endpoints.get("/services")
def services(page: int = Query(default=1, ge=1, le=100_000), per_page: int = Query(default=20, ge=1, le=100),
             session: Session = Depends(get_session)) -> dict:
    total = session.scalar(select(func.count()).select_from(Service)) or 0
    ids = list(session.scalars(select(Service.id).order_by(Service.id).offset((page - 1) * per_page).limit(per_page)))
    return hsds.page(hsds.services(session, get_taxonomy(), ids), total, page, per_page)


@endpoints.get("/services/{service_id}", responses=errors(404))
def service(service_id: str, session: Session = Depends(get_session)) -> dict:
    found = hsds.find_service(session, service_id)
    if found is None:
        raise HTTPException(status_code=404, detail=f"no service with id '{service_id}'")
    changes = list(session.scalars(select(ChangeLog).where(ChangeLog.resource_id == found.id).order_by(ChangeLog.id)))
    return hsds.service_to_hsds(found, get_taxonomy(), changes)


@endpoints.get("/taxonomy_terms")
def taxonomy_terms(page: int = Query(default=1, ge=1, le=100_000),
                   per_page: int = Query(default=100, ge=1, le=500)) -> dict:
    terms = hsds.taxonomy_terms(get_taxonomy())
    chunk = terms[(page - 1) * per_page: page * per_page]
    return hsds.page(chunk, len(terms), page, per_page)
