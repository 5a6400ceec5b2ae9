"""The one query layer used by the router, the actions and the API."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

from sqlalchemy import Select, and_, case, exists, func, or_, select
from sqlalchemy.orm import Session

from danish_text import tokens
from danish_text.stem import stem
from directory.models import Schedule, Service, ServiceTerm


@dataclass
class ServiceFilter:
    topics: list[str] | None = None      # any of these
    audience: str | None = None
    age: int | None = None
    district: str | None = None
    kinds: list[str] | None = None
    anonymous: bool | None = None
    text: str | None = None             # every word must occur (æøå-free, any inflection)
    include_inactive: bool = False
    open_at: datetime | None = None     # only services whose opening hours cover this moment


def _has_term(vocabulary: str, codes: list[str]):
    return exists().where(ServiceTerm.service_id == Service.id, ServiceTerm.vocabulary == vocabulary,
                          ServiceTerm.code.in_(codes))


def build_query(f: ServiceFilter) -> Select[Service]:
    query = select(Service)
    if not f.include_inactive:
        query = query.where(Service.status == "active")
    if f.topics:
        query = query.where(_has_term("topic", f.topics))
    if f.audience:
        query = query.where(_has_term("audience", [f.audience]))
    if f.age is not None:
        query = query.where(or_(Service.min_age.is_(None), Service.min_age <= f.age),
                            or_(Service.max_age.is_(None), Service.max_age >= f.age))
    if f.district:
        no_district = ~exists().where(ServiceTerm.service_id == Service.id, ServiceTerm.vocabulary == "district")
        query = query.where(or_(no_district, _has_term("district", [f.district])))
    if f.kinds:
        query = query.where(Service.kind.in_(f.kinds))
    if f.anonymous is not None:
        query = query.where(Service.anonymous.is_(f.anonymous))
    if f.open_at is not None:
        hhmm = f.open_at.strftime("%H:%M")
        query = query.where(exists().where(Schedule.service_id == Service.id,
                                           Schedule.weekday == f.open_at.isoweekday(),
                                           Schedule.opens_at <= hhmm, Schedule.closes_at > hhmm))
    if f.text:
        words = [stem(w) for w in tokens(f.text)]
        if words:
            query = query.where(and_(*(Service.search_text.contains(w) for w in words)))
    return query.order_by(*_specific_first(f), Service.name)


def _count_terms(vocabulary: str):
    return (select(func.count()).where(ServiceTerm.service_id == Service.id, ServiceTerm.vocabulary == vocabulary)
            .correlate(Service).scalar_subquery())


def _specific_first(f: ServiceFilter) -> list:
    """Exact eligibility and specific doors before general ones: an age-ranged door when
    an age is asked for, a door for fewer audiences when an audience is, then fewer topics."""
    order = []
    if f.age is not None:
        order.append(case((or_(Service.min_age.is_not(None), Service.max_age.is_not(None)), 0), else_=1))
    if f.audience:
        order.append(_count_terms("audience"))
    if f.topics or f.audience or f.age is not None:
        order.append(_count_terms("topic"))
    return order


def find_services(session: Session, f: ServiceFilter) -> list[Service]:
    return list(session.scalars(build_query(f)))


# Keyword words this long also match as the start of a longer word ("parkering" in
# "parkeringsbøde"); shorter ones ("pas") only as whole words.
PREFIX_MIN = 5


@lru_cache(maxsize=16384)           # a city's directory, with room for the strings edits leave behind
def _keyword_words(keywords: str) -> tuple[tuple[str, ...], ...]:
    """A service's keywords, each as its folded words (folded once, not on every request)."""
    return tuple(words for words in (tuple(tokens(kw)) for kw in keywords.split(",")) if words)


def keyword_hits(services: list[Service], text: str) -> dict[str, int]:
    """How many of each service's keywords occur in the text (folded), by service id: a
    keyword occurs when every one of its words does, in any order."""
    text_tokens = set(tokens(text))
    # every start of a text word that a long keyword word may be ("parkering" in
    # "parkeringsbøde"), so each keyword word is one look-up, whatever the directory's size
    starts = {t[:n] for t in text_tokens for n in range(PREFIX_MIN, len(t) + 1)}
    hits: dict[str, int] = {}
    for service in services:
        count = sum(all(w in text_tokens or (len(w) >= PREFIX_MIN and w in starts) for w in words)
                    for words in _keyword_words(service.keywords))
        if count:
            hits[service.id] = count
    return hits
