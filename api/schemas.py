"""Request and response shapes of the HTTP API (pydantic), apart from the ORM models."""
from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field, field_validator

from api.settings import get_api_settings


def _checked_text(value: str) -> str:
    if not value or not value.strip():
        raise ValueError("text is empty: write what you need help with")
    limit = get_api_settings().max_text_length
    if len(value) > limit:
        raise ValueError(f"text is {len(value)} characters; the limit is {limit}")
    return value


class RouteRequest(BaseModel):
    text: str
    lang: Literal["da", "en"] | None = None
    audience: Literal["self", "relative", "professional", "volunteer", "unknown"] | None = None
    age: int | None = Field(default=None, ge=0, le=120)
    district: str | None = None
    anonymous: bool | None = None

    _text = field_validator("text")(_checked_text)


class Contact(BaseModel):
    phone: str | None
    email: str | None = None
    url: str | None
    address: str | None


class ServiceOut(BaseModel):
    id: str
    name: str
    kind: str
    topics: list[str]
    audiences: list[str]
    districts: list[str] = []
    why: str | None = None
    description: str
    contact: Contact
    how_to_contact: str
    anonymous: bool
    requires_referral: bool
    min_age: int | None
    max_age: int | None
    source: str
    verified_at: str
    # "emergency" (first, in a crisis), "door", or "safety_line" (after the doors, on concern)
    role: str = "door"


class RouteResponse(BaseModel):
    text: str
    crisis: bool
    # "crisis" (danger now), "concern" (risk without imminence: a safety line after the doors) or null
    safety: Literal["crisis", "concern"] | None = None
    needs_clarification: bool
    topics: list[str]
    audience: str
    age: int | None
    district: str | None
    services: list[ServiceOut]
    clarifying_question: str | None
    clarify_options: list[str] = []
    # a question whose answer would change the doors, with quick-reply options
    follow_up: dict[str, Any] | None = None
    nlu: dict[str, Any]


class ServicePage(BaseModel):
    items: list[ServiceOut]
    total: int
    page: int
    per_page: int


class ChatRequest(BaseModel):
    sender: str = Field(min_length=8, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")
    message: str

    _message = field_validator("message")(_checked_text)
