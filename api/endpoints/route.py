"""POST /api/route: the route contract (spec/route-api.md)."""
from __future__ import annotations

from fastapi import APIRouter, Depends
from fastapi.concurrency import run_in_threadpool
from sqlalchemy.orm import Session

from api.deps import get_rasa, get_session
from api.nlu_client import RasaClient
from api.schemas import RouteRequest, RouteResponse, errors
from danish_text import redact
from directory.fields import service_form
from directory.language import detect_lang
from directory.route_json import route_json
from directory.route_types import Context, NluResult
from directory.router import route
from directory.taxonomy import get_taxonomy

endpoints = APIRouter(tags=["route"])


@endpoints.post("/api/route", response_model=RouteResponse, responses=errors(422, 503))
async def post_route(request: RouteRequest, session: Session = Depends(get_session),
                     rasa: RasaClient = Depends(get_rasa)) -> dict:
    """Ranked doors for one question. Identifiers (CPR, phone, e-mail) are removed first."""
    text = redact(request.text)
    parse = await rasa.parse(text)
    district = request.district if request.district in get_taxonomy().districts else None
    context = Context(audience=request.audience, age=request.age, district=district,
                      anonymous=request.anonymous, lang=request.lang or detect_lang(text))

    def compute() -> dict:
        ranked = route(session, NluResult.from_parse(parse), context)
        answer = route_json(ranked)
        answer["nlu"]["degraded"] = bool(parse.get("degraded"))
        # Each door as the router shows it, on top of its full form (every field of the
        # directory schema), read from the services the router ranked: they are fully
        # loaded (directory/snapshot.py), so this asks the database nothing more.
        answer["services"] = [{**service_form(door.service), **shown}
                              for door, shown in zip(ranked.doors, answer["services"], strict=True)]
        return answer

    return await run_in_threadpool(compute)
