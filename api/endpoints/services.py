"""Public read API of the directory: /api/services, /api/services/{id}, /api/taxonomy."""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Depends, HTTPException, Query
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from api.deps import get_session
from api.schemas import ServicePage, ServicePublic, errors
from directory.fields import service_form
from directory.models import Service
from directory.queries import ServiceFilter, build_query
from directory.route_json import service_json
from directory.taxonomy import get_taxonomy

endpoints = APIRouter(tags=["directory"])
COPENHAGEN = ZoneInfo("Europe/Copenhagen")


def public(service: Service) -> dict:
    """The service's form (every field of the directory schema) with what the router shows
    on top; the response model (ServicePublic) decides what goes out."""
    return {**service_form(service), **service_json(service)}


@endpoints.get("/api/services", response_model=ServicePage)
def list_services(
    topic: list[str] | None = Query(default=None, description="any of these topic codes"),
    audience: str | None = None, age: int | None = Query(default=None, ge=0, le=120),
    district: str | None = None, kind: str | None = None, anonymous: bool | None = None,
    q: str | None = Query(default=None, max_length=200, description="free text, with or without æøå"),
    open_now: bool = Query(default=False, description="only services whose opening hours (when known) cover now"),
    page: int = Query(default=1, ge=1, le=100_000), per_page: int = Query(default=20, ge=1, le=100),
    session: Session = Depends(get_session),
) -> dict:
    query = build_query(ServiceFilter(topics=topic, audience=audience, age=age, district=district,
                                      kinds=[kind] if kind else None, anonymous=anonymous, text=q,
                                      open_at=datetime.now(COPENHAGEN) if open_now else None))
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    items = session.scalars(query.offset((page - 1) * per_page).limit(per_page))
    return {"items": [public(s) for s in items], "total": total, "page": page, "per_page": per_page}


@endpoints.get("/api/services/{service_id}", response_model=ServicePublic, responses=errors(404))
def get_service(service_id: str, session: Session = Depends(get_session)) -> dict:
    service = session.get(Service, service_id)
    if service is None:
        raise HTTPException(status_code=404, detail=f"no service with id '{service_id}'")
    return public(service)


@endpoints.get("/api/taxonomy")
def taxonomy() -> dict:
    return get_taxonomy().as_dict()
