"""The router: from an NLU result and what is known of the person to ranked doors.

This is the only place that decides which doors a person gets; the chat action, the
route API and the staff route finder all call `route()`. Everything it knows about
topics, kinds and audiences comes from the directory data and the taxonomy, so a new
topic or offer is a data change, not a new branch here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from directory import explain
from directory.models import Service
from directory.queries import keyword_hits
from directory.route_types import Context, Door, NluResult, Route
from directory.snapshot import active_services
from directory.taxonomy import Taxonomy, get_taxonomy

MAX_DOORS = 5
TOPIC_PREFIX = "topic_"
OUT_OF_SCOPE_INTENT = "out_of_scope"
# Below this an intent alone is not trusted to name a topic; spotted words still count.
TOPIC_CONFIDENCE = 0.45
OLDER_AGE = 60          # a door from this age up is for older people
AGE_GROUPS = {"child": 10, "older": 70}     # representative ages for a spotted age group
YOUTH_MAX_AGE = 25      # a door up to this age is made for young people
YOUTH_BONUS = 1.2
CRISIS_DOORS = 3
# When the classifier judges a question to be another authority's, their doors go first.
OUT_OF_SCOPE_BONUS = 1.0
# Two keyword hits on a door bring it in beside the doors of the message's topics (`_rank`).
STRONG_HITS = 2


# A message longer than this is about a need whatever intent the classifier gives it: DIET
# learned its intents ("deny", "out_of_scope", "vague_help") from short sentences, and a
# letter that says "nej" or names Udbetaling Danmark is still about something.
LONG_MESSAGE = 8
# Someone who offers help needs the volunteering door first, whatever need the offer is for
# ("vores bokseklub vil tilbyde gratis træning til unge i risiko" is about `frivillig`, then
# `kriminalitet`): so every writer of the corpus and the blind sets labels it (twelfth round).
# Becoming a foster or relief family is the family door's (`familie`), not volunteering.
VOLUNTEER_TOPIC = "frivillig"
_FOSTER = re.compile(r"(?:pleje|aflastnings|netv\w*rks)famil", re.IGNORECASE)


def _topics(nlu: NluResult, crisis_topic: str | None, taxonomy: Taxonomy) -> list[str]:
    """The needs in the message: the topic head's (when the classifier says the message is
    about a need at all, since the head always spreads its probability over the needs),
    the classifier's, then every spotted one."""
    intent = nlu.intent or ""
    about_a_need = intent.startswith(TOPIC_PREFIX) or intent == "crisis" or len(nlu.text.split()) > LONG_MESSAGE
    found: list[str] = [t["topic"] for t in nlu.topic_scores] if about_a_need else []
    if nlu.intent and nlu.intent.startswith(TOPIC_PREFIX) and nlu.confidence >= TOPIC_CONFIDENCE:
        found.append(nlu.intent.removeprefix(TOPIC_PREFIX))
    found += nlu.values("topic")
    if crisis_topic:
        # The emergency doors follow the kind of danger; the ordinary doors after them follow
        # what the message is about ("nogen har slået mig" is about violence even when the
        # danger is a child's), so the danger's topic leads only when the head found none.
        found.insert(1 if nlu.topic_scores else 0, crisis_topic)
    return [t for i, t in enumerate(found) if t in taxonomy.topics and t not in found[:i]]


def _eligible(service: Service, audience: str, age: int | None, district: str | None) -> bool:
    if age is not None and ((service.min_age is not None and age < service.min_age)
                            or (service.max_age is not None and age > service.max_age)):
        return False
    if district and service.districts and district not in service.districts:
        return False
    return audience in ("unknown", "") or not service.audiences or audience in service.audiences


def _score(service: Service, topics: list[str], audience: str, age: int | None,
           anonymous: bool | None, keywords: int, district: str | None = None, young: bool = False,
           child_line: str | None = None, kind_weights: dict[str, float] | None = None) -> float:
    score = 0.0
    for rank, topic in enumerate(topics):
        if topic in service.topics:
            score += 1.0 if rank == 0 else 0.7
    if service.topics:
        score += 0.5 / len(service.topics)           # specific doors before general ones
    if audience not in ("unknown", "") and audience in service.audiences:
        score += 0.3 + (0.6 if len(service.audiences) == 1 else 0.0)   # dedicated to this audience
    if age is not None and (service.min_age is not None or service.max_age is not None):
        score += 0.3                                  # an age-specific door that fits
    elif age is None and (service.max_age is not None or (service.min_age or 0) >= OLDER_AGE):
        score -= 0.3                                  # age unknown: a child-only or 65+ door is a guess
    weights = kind_weights or {}
    score += weights.get(service.kind, 0.0) - (0.2 if service.requires_referral else 0.0)
    if anonymous and service.anonymous:
        score += 0.5
    if (young and service.max_age is not None and service.max_age <= YOUTH_MAX_AGE
            and not service.requires_referral and (service.kind != "akut" or service.id == child_line)):
        # a child writing: doors made for young people that they can reach themselves come
        # first (the children's line, an emergency line, is their ordinary door too)
        score += YOUTH_BONUS - (weights.get("akut", 0.0) if service.kind == "akut" else 0.0)
    if district and district in service.districts:
        score += 0.6                                  # a local door before a citywide one
    # Keywords are curated per door in the directory: the most specific signal there is.
    return score + 1.0 * min(keywords, 2)


def _pick(scored: list[tuple[float, Service]], topics: list[str], limit: int) -> list[tuple[float, Service]]:
    """Best door per need first (every need answered, so "uden bolig, drikker, har gæld"
    gets a door for each among the first three the chat shows), then the rest by score."""
    scored = sorted(scored, key=lambda pair: (-pair[0], pair[1].name))
    chosen: list[tuple[float, Service]] = []
    for topic in topics:
        best = next((p for p in scored if topic in p[1].topics and p not in chosen), None)
        if best and len(chosen) < limit:
            chosen.append(best)
    chosen = sorted(chosen, key=lambda pair: (-pair[0], pair[1].name))
    return chosen + [p for p in scored if p not in chosen][: max(0, limit - len(chosen))]


def _child_writing(q: _Query) -> bool:
    return q.young_writer or (q.age is not None and q.age < 18 and q.audience in ("self", "unknown"))


def _childs_own_line(service: Service, q: _Query, taxonomy: Taxonomy) -> bool:
    """The children's line is a child writer's own door, whoever the need or danger is about."""
    return service.id == taxonomy.child_line and _child_writing(q)


def _fits_emergency(service: Service, q: _Query) -> bool:
    """An emergency door for this person (age, who is asking); a district's door only when
    the district is known and matches, since in danger there is no time to ask."""
    return (_eligible(service, q.audience, q.age, q.district)
            and (not service.districts or q.district in service.districts))


def _emergency_doors(candidates: list[Service], q: _Query, taxonomy: Taxonomy) -> list[tuple[float, Service]]:
    """The emergency doors for this kind of danger, in the order the taxonomy gives,
    with the child line for a child who writes, and the general emergency number always
    among the first three."""
    by_id = {s.id: s for s in candidates}
    ids = list(taxonomy.danger(q.danger).get("doors") or [])
    limit = CRISIS_DOORS
    if _child_writing(q) and taxonomy.child_line:
        ids.insert(1, taxonomy.child_line)
        limit += 1
    chosen = [by_id[i] for i in dict.fromkeys(ids) if i in by_id and (
        _fits_emergency(by_id[i], q) or _childs_own_line(by_id[i], q, taxonomy))][:limit]
    general = by_id.get(taxonomy.general_emergency or "")
    if general is not None and general not in chosen[:3]:
        chosen = [s for s in chosen if s is not general]
        chosen.insert(min(2, len(chosen)), general)
        chosen = chosen[:limit]
    return [(10.0 - i, s) for i, s in enumerate(chosen)]


def _safety_line(candidates: list[Service], q: _Query, taxonomy: Taxonomy) -> Service | None:
    """The one short safety line shown after the doors when there is risk without danger now."""
    line = taxonomy.child_line if _child_writing(q) else taxonomy.danger(q.danger).get("concern_line")
    return next((s for s in candidates if s.id == line), None)


# What may be asked when unknown, and the answers offered. Age answers are
# representative ages on each side of the child/adult boundary.
# District answers are the taxonomy's districts: asked only if some door differs by district.
FOLLOW_UPS: dict[str, tuple[Any, ...]] = {"audience": ("self", "relative", "professional"), "age": (15, 30),
                                          "district": ()}
FOLLOW_UP_DOORS = 3


@dataclass
class _Query:
    topics: list[str]
    audience: str
    age: int | None
    district: str | None
    anonymous: bool | None
    crisis: bool
    out_of_scope: bool
    danger: str | None = None
    young_writer: bool = False


def _relevant(services: list[Service], topics: list[str], hits: dict[str, int],
              taxonomy: Taxonomy) -> list[Service]:
    """The services that could be a door for this message whatever its follow-up answers:
    of its topics or named by its words, emergency lines, other authorities, and every door
    the taxonomy names (danger doors, safety lines, the children's line, the entrance).
    Ranking is done several times a message, so the directory is narrowed once (a city's
    thousands of services, `make bench`); nothing outside this set can be ranked anyway."""
    named = {taxonomy.child_line, taxonomy.general_emergency, taxonomy.general_entrance}
    for danger in taxonomy.dangers.values():
        named.update(danger.get("doors") or [])
        named.add(danger.get("concern_line"))
    wanted = set(topics)
    return [s for s in services if s.id in named or s.id in hits or s.crisis_only
            or s.kind in ("akut", "anden_forvaltning") or any(t in wanted for t in s.topics)]


def _rank(candidates: list[Service], q: _Query, hits: dict[str, int],
          taxonomy: Taxonomy) -> list[tuple[float, Service]]:
    """Doors for one reading of the message, best first."""
    doors: list[tuple[float, Service]] = []
    if q.crisis:
        doors = _emergency_doors(candidates, q, taxonomy)
    if q.topics or hits or q.out_of_scope:
        # Keywords bring in doors of other topics only when no topic is known, when they
        # point to another authority (a "no wrong door" referral), or when two of a door's
        # keywords are in the message ("gratis juridisk hjælp" read as a family matter still
        # finds the legal-aid door; sixteenth round).
        shown = {s.id for _, s in doors}
        wanted = set(q.topics)
        pool = [s for s in candidates if not s.crisis_only and s.id not in shown
                and (not s.keyword_only or s.id in hits) and (
            any(t in wanted for t in s.topics)
            or (s.id in hits and (not q.topics or s.kind == "anden_forvaltning" or hits[s.id] >= STRONG_HITS)))]
        if q.out_of_scope and not q.topics:
            pool = [s for s in pool if s.kind == "anden_forvaltning"]
        elif _child_writing(q) and taxonomy.child_line:
            # a child who writes can always talk to the children's line, whatever the need
            pool += [s for s in candidates if s.id == taxonomy.child_line and s.id not in shown and s not in pool]
        fitting = [s for s in pool if _eligible(s, q.audience, q.age, q.district)
                   or _childs_own_line(s, q, taxonomy)] or pool
        scored = [(_score(s, q.topics, q.audience, q.age, q.anonymous, hits.get(s.id, 0), q.district,
                          young=_child_writing(q), child_line=taxonomy.child_line,
                          kind_weights=taxonomy.kind_weights)
                   + (OUT_OF_SCOPE_BONUS if q.out_of_scope and s.kind == "anden_forvaltning" else 0.0), s)
                  for s in fitting]
        doors += _pick(scored, q.topics, MAX_DOORS - len(doors))
        if _child_writing(q) and not q.crisis:
            doors = _child_line_early(doors, candidates, taxonomy)
    if not doors and (q.out_of_scope or hits):
        doors = [(0.0, s) for s in candidates if s.id == taxonomy.general_entrance]
    return doors


def _child_line_early(doors: list[tuple[float, Service]], candidates: list[Service],
                      taxonomy: Taxonomy) -> list[tuple[float, Service]]:
    """A child who writes gets the children's line first, or second after a door made for
    young people on exactly their need ("jeg er 12 og min far drikker": BørneTelefonen
    before Alkolinjen, which is made for adults)."""
    line = next((s for s in candidates if s.id == taxonomy.child_line), None)
    if line is None:
        return doors
    rest = [pair for pair in doors if pair[1] is not line]
    young = [pair for pair in rest if _made_for_young_people(pair[1])]
    rest = young[:1] + [(young[0][0] if young else (rest[0][0] if rest else 1.0), line)] + [
        pair for pair in rest if pair not in young[:1]]
    return rest[:MAX_DOORS]


def _made_for_young_people(service: Service) -> bool:
    """Counselling or an offer made for young people that they can reach themselves (U-turn,
    headspace, Er du okay?): not an authority's case door and not an emergency line."""
    return (service.max_age is not None and service.max_age <= YOUTH_MAX_AGE and not service.requires_referral
            and service.kind in ("raadgivning", "tilbud"))


def _follow_up(candidates: list[Service], q: _Query, hits: dict[str, int], lang: str,
               taxonomy: Taxonomy) -> tuple[dict[str, Any] | None, set[str]]:
    """The first unknown fact whose answers would lead to different doors, as a question,
    and the doors that fit whatever the answer is (shown before the question)."""
    if q.crisis:
        return None, set()
    for slot, answers in FOLLOW_UPS.items():
        if getattr(q, slot) not in (None, "unknown"):
            continue
        if slot == "district":
            if not any(s.districts for s in candidates):
                continue
            answers = tuple(taxonomy.districts)
        rankings = [[s.id for _, s in _rank(candidates, _replace(q, slot, a), hits, taxonomy)] for a in answers]
        if len({tuple(r[:FOLLOW_UP_DOORS]) for r in rankings}) > 1:
            common = set.intersection(*(set(r[:MAX_DOORS]) for r in rankings))
            return explain.follow_up_question(slot, answers, lang, q.audience, taxonomy), common
    return None, set()


def _replace(q: _Query, slot: str, value: Any) -> _Query:
    return _Query(**{**q.__dict__, slot: value})


def route(session: Session, nlu: NluResult, context: Context | None = None,
          taxonomy: Taxonomy | None = None) -> Route:
    context = context or Context()
    taxonomy = taxonomy or get_taxonomy()
    lang = context.lang if context.lang in ("da", "en") else "da"
    # The crisis decision was made once, in bot/; the router only honours it.
    level = nlu.safety_level
    crisis = level == "crisis"
    kind = nlu.danger_kind if level else None
    danger_topic = taxonomy.danger(kind).get("topic") if level else None
    topics = _topics(nlu, danger_topic if crisis else None, taxonomy)
    if level == "concern" and not topics and danger_topic in taxonomy.topics:
        topics = [danger_topic]
    audience = context.audience or nlu.first("audience") or "unknown"
    if audience not in taxonomy.audiences:
        audience = "unknown"
    if (audience == "volunteer" and not crisis and VOLUNTEER_TOPIC in taxonomy.topics
            and not _FOSTER.search(nlu.text or "")):
        topics = [VOLUNTEER_TOPIC, *(t for t in topics if t != VOLUNTEER_TOPIC)]
    age = context.age if context.age is not None else nlu.first("age")
    # A role word settles the side of the age boundary without a number ("elev",
    # "pensionist"): doors are chosen for a representative age and the age is not asked,
    # but the route does not claim an age nobody stated.
    known_age = age if age is not None else AGE_GROUPS.get(str(nlu.first("age_group")))
    if known_age is not None and known_age >= OLDER_AGE and any(t not in taxonomy.children_topics for t in topics):
        topics = [t for t in topics if t not in taxonomy.children_topics]
    district = context.district or nlu.first("district")
    anonymous = context.anonymous if context.anonymous is not None else bool(nlu.first("anonymous"))
    out_of_scope = nlu.intent == OUT_OF_SCOPE_INTENT and nlu.confidence >= TOPIC_CONFIDENCE
    query = _Query(topics=topics, audience=audience, age=known_age, district=district, anonymous=anonymous,
                   crisis=crisis, out_of_scope=out_of_scope, danger=kind,
                   young_writer=bool(nlu.first("young_writer")) and context.age is None)
    # Substances are named as the directory's keywords name them ("drukket" → alkohol).
    candidates = active_services(session)
    hits = keyword_hits(candidates, " ".join([nlu.text, *map(str, nlu.values("substance"))]))
    candidates = _relevant(candidates, topics, hits, taxonomy)

    result = Route(text=nlu.text, crisis=crisis, needs_clarification=False, topics=topics,
                   audience=audience, age=age, district=district, doors=[], clarifying_question=None,
                   nlu=nlu, lang=lang, crisis_kind=kind if crisis else None, safety=level,
                   relation=nlu.first("relation"),
                   entrance=next((s for s in candidates if s.id == taxonomy.general_entrance), None))
    doors = _rank(candidates, query, hits, taxonomy)
    if not doors and not crisis:
        result.needs_clarification = True
        result.clarify_options = explain.clarify_options(nlu, taxonomy)
        result.clarifying_question = explain.clarifying_question(result, taxonomy)
        return result
    result.follow_up, certain = _follow_up(candidates, query, hits, lang, taxonomy)
    # Doors that fit every possible answer first: no guessing before the question.
    doors = sorted(doors, key=lambda pair: pair[1].id not in certain)
    emergency = {s.id for _, s in doors[:CRISIS_DOORS + 1] if crisis and s.kind == "akut"}
    line = _safety_line(candidates, query, taxonomy) if level == "concern" else None
    if line is not None:
        doors = [pair for pair in doors if pair[1].id != line.id][: MAX_DOORS - 1] + [(0.0, line)]
    result.doors = [Door(service=s, score=score, why=explain.why(s, result, taxonomy, hits.get(s.id, 0)),
                         certain=s.id in certain or result.follow_up is None,
                         role="emergency" if s.id in emergency else "safety_line" if line is s else "door")
                    for score, s in doors[:MAX_DOORS]]
    return result
