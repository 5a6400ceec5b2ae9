"""Request and response shapes of the HTTP API (pydantic), apart from the ORM models.

A service's shapes are derived from the one directory schema, `ServiceIn`
(directory/schema.py): the public and admin views take its fields, create and update
take it whole. None of them lists a service's fields again.
"""
from __future__ import annotations

from collections.abc import Collection
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, create_model, field_validator

from api.settings import SENDER_PATTERN, get_api_settings
from directory.schema import ServiceIn
from directory.taxonomy import get_taxonomy


def well_formed(value: str) -> str:
    """Text with lone surrogates (from JSON escapes like \\ud800) made U+FFFD: they cannot be
    encoded, stored or logged, and no person writes them."""
    return value.encode("utf-16", "surrogatepass").decode("utf-16", "replace").replace("\x00", "")


def _checked_text(value: str) -> str:
    value = well_formed(value)
    if not value or not value.strip():
        raise ValueError("text is empty: write what you need help with")
    limit = get_api_settings().max_text_length
    if len(value) > limit:
        raise ValueError(f"text is {len(value)} characters; the limit is {limit}")
    return value


class ErrorDetail(BaseModel):
    """What every error response carries: a short reason in `detail`."""
    detail: str | list[dict[str, Any]] = Field(examples=["a bearer token is required"])


# The error responses the API really gives, for the OpenAPI description of each route.
ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorDetail, "description": "No token (or staff session) was sent."},
    403: {"model": ErrorDetail, "description": "The token is not allowed to change the directory."},
    404: {"model": ErrorDetail, "description": "No service with that id."},
    409: {"model": ErrorDetail, "description": "Someone changed the service since you read it: read it again."},
    422: {"model": ErrorDetail, "description": "The request did not pass the input checks (empty or too "
                                               "long text, a value outside its range, malformed JSON)."},
    503: {"model": ErrorDetail, "description": "A part Vejviser needs is not answering."},
}


def errors(*codes: int) -> dict[int | str, dict[str, Any]]:
    return {code: ERRORS[code] for code in codes}


def _one_of(schema: dict[str, Any], vocabulary: str) -> None:
    """The OpenAPI description lists the taxonomy's codes (data/taxonomy.yaml), read when the
    description is made: a new code is a data change, not a change here."""
    codes = list(getattr(get_taxonomy(), vocabulary))
    for option in schema.get("anyOf", [schema]):
        if option.get("type") == "string":
            option["enum"] = codes


class RouteRequest(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [
        {"text": "min søn på 16 ryger hash hver dag"},
        {"text": "borger 47 uden bolig, drikker, har gæld", "audience": "professional"},
        {"text": "I need help with my drinking", "lang": "en", "age": 34}]})

    text: str = Field(description="The question in the person's own words (at most 2000 characters).")
    lang: Literal["da", "en"] | None = None
    audience: str | None = Field(default=None, json_schema_extra=lambda schema: _one_of(schema, "audiences"),
                                 description="Who is asking: a code of the taxonomy's `audiences`.")
    age: int | None = Field(default=None, ge=0, le=120)
    district: str | None = None
    anonymous: bool | None = None

    _text = field_validator("text")(_checked_text)

    @field_validator("audience")
    @classmethod
    def _known_audience(cls, value: str | None) -> str | None:
        known = get_taxonomy().audiences
        if value is not None and value not in known:
            raise ValueError(f"unknown audience {value!r}: one of {', '.join(known)}")
        return value


def fields_of(model: type[BaseModel], name: str, without: Collection[str] = ()) -> type[BaseModel]:
    """A model with `model`'s field names, types and defaults, but not its input checks: a
    response shows what is stored (checked when it was written), and a check added for
    editors, or an English description shorter than the Danish minimum, must never make a
    read fail."""
    fields: dict[str, Any] = {}
    for field_name, field in model.model_fields.items():
        if field_name in without:
            continue
        default = (Field(default_factory=field.default_factory) if field.default_factory
                   else ... if field.is_required() else field.default)
        fields[field_name] = (field.annotation, default)
    return create_model(name, **fields)


class OpeningHours(BaseModel):
    """One weekday's opening hours (1 = Monday … 7 = Sunday), as the router shows them."""
    weekday: int
    opens_at: str
    closes_at: str
    notes: str | None = None


class Shown(BaseModel):
    """What the router adds to a stored service when it shows it (directory/router.py)."""
    why: str | None = None
    how_to_contact: str
    opening_hours: list[OpeningHours] = []
    # "emergency" (first, in a crisis), "door", or "safety_line" (after the doors, on concern)
    role: str = "door"
    # the source page is old (see `python -m directory check`): staff should check before referring
    source_old: bool = False


class ServicePublic(Shown, fields_of(ServiceIn, "ServiceFieldsPublic", without={"schedules"})):  # type: ignore[misc]
    """A service as the public API and the route contract show it: every field of the
    directory schema (ServiceIn), its schedules as `opening_hours` rows, and what the router
    adds. A field added to ServiceIn is shown here without being named."""


class ServiceAdmin(Shown, fields_of(ServiceIn, "ServiceFields")):  # type: ignore[misc]
    """A service as an editor reads it: every field of the form as written (schedules too),
    and the `version` to send back with a change."""
    version: int


class ServiceCreate(BaseModel):
    service: ServiceIn
    organization_id: str | None = None


class ServiceUpdate(BaseModel):
    """A whole service, replacing the stored one, and the version the editor read."""
    service: ServiceIn
    version: int = Field(description="the version you read; a stale one gets 409 Conflict")


class ServiceVersion(BaseModel):
    """Retire or re-verify: the version the editor read (and, for verify, a new source)."""
    version: int = Field(description="the version you read; a stale one gets 409 Conflict")
    source: str | None = None


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
    services: list[ServicePublic]
    clarifying_question: str | None
    clarify_options: list[str] = []
    # a question whose answer would change the doors, with quick-reply options
    follow_up: dict[str, Any] | None = None
    # a short warm word where someone grieves, is afraid or has waited long, before the doors
    acknowledgment: str | None = None
    nlu: dict[str, Any]


class ServicePage(BaseModel):
    items: list[ServicePublic]
    total: int
    page: int
    per_page: int


class ChatRequest(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [
        {"sender": "3f9c2a7e51d84b0c", "message": "min mor drikker hver dag"}]})

    sender: str = Field(pattern=SENDER_PATTERN, description="the conversation (session) id")
    message: str

    _message = field_validator("message")(_checked_text)


class ChatButton(BaseModel):
    title: str
    payload: str


class ChatMessage(BaseModel):
    """One bot message: its text, quick replies, and the structured part an action attached
    (`vejviser`: a door card, the safety level or the "did it help?" question)."""

    text: str
    buttons: list[ChatButton] | None = None
    vejviser: dict[str, Any] | None = None


class ChatReply(BaseModel):
    messages: list[ChatMessage]
    detail: str | None = None
