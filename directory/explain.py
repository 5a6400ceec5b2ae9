"""Plain-language sentences: why this door, how to get in touch, what to ask next.

Short sentences in the "du" form, warm and plain, in Danish or English.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from directory.taxonomy import Taxonomy

if TYPE_CHECKING:
    from directory.models import Service
    from directory.router import NluResult, Route

GENERAL_ENTRANCE = {"da": "Københavns Kommunes fælles indgang på 33 66 33 66",
                    "en": "Copenhagen Municipality's general line, 33 66 33 66"}
RELATIONS_EN = {"søn": "son", "datter": "daughter", "mor": "mother", "far": "father",
                "bror": "brother", "søster": "sister", "kæreste": "partner", "mand": "husband",
                "kone": "wife", "ven": "friend", "nabo": "neighbour", "barn": "child",
                "bedsteforælder": "grandparent", "barnebarn": "grandchild", "familie": "relative"}


def topic_label(taxonomy: Taxonomy, code: str, lang: str) -> str:
    """A topic's label without its parenthesis: "Misbrug (alkohol, …)" → "Misbrug"."""
    return re.sub(r"\s*\(.*?\)", "", taxonomy.label("topics", code, lang))


def _topic(taxonomy: Taxonomy, code: str, lang: str) -> str:
    label = topic_label(taxonomy, code, lang)
    return label[:1].lower() + label[1:]


def how_to_contact(service: Service, lang: str = "da") -> str:
    """How to reach the door; without a sourced contact, ask the general entrance for it."""
    parts = []
    if service.phone:
        parts.append(("Ring " if lang == "da" else "Call ") + service.phone)
    if service.email:
        parts.append(("Skriv til " if lang == "da" else "Write to ") + service.email)
    if service.url:
        parts.append(service.url)
    if service.address:
        parts.append(service.address)
    if parts:
        return ". ".join(parts) + "."
    if lang == "en":
        return f"Call {GENERAL_ENTRANCE['en']} and ask for \"{service.name}\"."
    return f"Ring til {GENERAL_ENTRANCE['da']} og spørg efter \"{service.name}\"."


def why(service: Service, route: Route, taxonomy: Taxonomy, keyword_count: int) -> str:
    """A few short sentences on why this door fits what the person wrote."""
    en = route.lang == "en"
    said: list[str] = []
    if route.crisis and service.kind == "akut":
        # the chat says once that it sounds serious; each emergency door says what it is for
        said.append(((service.description_en if en and service.description_en else service.description)
                     or "").rstrip("."))
    elif route.safety == "concern" and service.kind == "akut":
        said.append("If it gets too hard, or you fear for yourself or someone else, you can always call"
                    if en else "Hvis det bliver for svært, eller du bliver bange for dig selv eller en anden, "
                    "kan du altid ringe")
    else:
        matched = [_topic(taxonomy, t, route.lang) for t in route.topics if t in service.topics]
        about = []
        if route.relation and route.audience == "relative":
            about.append(f"your {RELATIONS_EN.get(route.relation, route.relation)}" if en
                         else f"din {route.relation}")
        about += matched[:1]
        if about:
            said.append(("You write about " + " and ".join(about)) if en
                        else ("Du skriver om " + " og ".join(about)))
        elif keyword_count:
            said.append("It matches what you ask about" if en else "Det passer til det, du spørger om")
    if service.kind == "anden_forvaltning" and not route.crisis:
        said.append(f"This is not something the Social Services Administration handles, but {service.name} does"
                    if en else f"Det er ikke Socialforvaltningen, men {service.name}, der hjælper med det")
    if service.kind == "paaroerendetilbud":
        said.append("It is made for relatives" if en else "Tilbuddet er lavet til pårørende")
    if service.min_age is not None or service.max_age is not None:
        lo, hi = service.min_age, service.max_age
        span = (f"{lo}–{hi}" if lo is not None and hi is not None
                else (f"{lo} and older" if en else f"{lo} år og ældre") if lo is not None
                else (f"up to {hi}" if en else f"op til {hi} år"))
        said.append(f"It is for ages {span}" if en else
                    f"Det er for alderen {span}" + ("" if lo is None or hi is None else " år"))
    if service.anonymous:
        said.append("You can be anonymous" if en else "Du kan være anonym")
    if service.requires_referral:
        said.append("You need a referral" if en else "Det kræver en henvisning")
    if not said:
        said.append("This door fits your question" if en else "Denne dør passer til dit spørgsmål")
    return ". ".join(said) + "."


def clarify_options(nlu: NluResult, taxonomy: Taxonomy) -> list[str]:
    """The two most likely topics from the classifier's ranking, as taxonomy codes."""
    options = []
    for entry in nlu.intent_ranking:
        name = entry.get("name") or ""
        if name.startswith("topic_") and name[6:] in taxonomy.topics and entry.get("confidence", 0) > 0.05:
            options.append(name[6:])
        if len(options) == 2:
            break
    return options


def clarifying_question(route: Route, taxonomy: Taxonomy) -> str:
    en = route.lang == "en"
    if route.clarify_options:
        labels = [_topic(taxonomy, code, route.lang) for code in route.clarify_options]
        joined = (" or ".join(labels) if en else " eller ".join(labels))
        return (f"I want to find the right place for you. Is it about {joined}, or something else?" if en
                else f"Jeg vil gerne finde det rigtige sted til dig. Handler det om {joined}, eller om noget andet?")
    return ("Tell me a little more, so I can find the right place. What is it about, and is it "
            "about you or someone else?" if en else
            "Fortæl mig lidt mere, så finder jeg det rigtige sted. Hvad handler det om, og er det "
            "dig selv eller en anden, det gælder?")


FOLLOW_UP_TEXT = {
    "audience": {"da": "Så jeg kan finde det bedste sted: hvem gælder det?",
                 "en": "So I can find the best place: who is it for?"},
    "age": {"da": "Er personen under eller over 18 år? Det afgør, hvem der hjælper.",
            "en": "Is the person under or over 18? That decides who helps."},
    "district": {"da": "Hvilken bydel bor du i? Nogle steder er lokale.",
                 "en": "Which part of Copenhagen do you live in? Some places are local."},
    "age_self": {"da": "Er du under eller over 18 år? Det afgør, hvem der hjælper.",
                 "en": "Are you under or over 18? That decides who helps."},
}
ANSWER_LABELS = {
    ("audience", "self"): {"da": "Mig selv", "en": "Myself"},
    ("audience", "relative"): {"da": "En jeg kender", "en": "Someone close to me"},
    ("audience", "professional"): {"da": "Jeg er fagperson", "en": "I work with it"},
    ("age", 15): {"da": "Under 18", "en": "Under 18"},
    ("age", 30): {"da": "18 eller ældre", "en": "18 or older"},
}


def follow_up_question(slot: str, answers: tuple, lang: str, audience: str, taxonomy: Taxonomy) -> dict:
    """A follow-up question with one quick reply per answer; free text is accepted too."""
    key = "age_self" if slot == "age" and audience == "self" else slot

    def label(answer) -> str:
        if slot == "district":
            return taxonomy.label("districts", answer, lang)
        return ANSWER_LABELS[(slot, answer)][lang]

    return {"slot": slot, "question": FOLLOW_UP_TEXT[key][lang],
            "options": [{"title": label(a), "value": a} for a in answers]}
