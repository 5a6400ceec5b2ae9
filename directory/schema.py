"""Pydantic schemas of a directory YAML file: what an editor may write, checked strictly."""
from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from directory.taxonomy import Taxonomy


class ContactIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    phone: str | None = None
    email: str | None = None
    url: str | None = None
    address: str | None = None


WEEKDAYS = {"mo": 1, "tu": 2, "we": 3, "th": 4, "fr": 5, "sa": 6, "su": 7}


class ScheduleIn(BaseModel):
    """Opening hours for some weekdays, e.g. {days: [mo, tu], opens_at: "09:00", closes_at: "15:00"}."""

    model_config = ConfigDict(extra="forbid")
    days: list[str]
    opens_at: str = Field(pattern=r"^([01]\d|2[0-3]):[0-5]\d$")
    closes_at: str = Field(pattern=r"^([01]\d|2[0-3]):[0-5]\d$|^24:00$")
    notes: str | None = None

    @field_validator("days")
    @classmethod
    def _known_days(cls, days: list[str]) -> list[str]:
        unknown = [d for d in days if d.lower() not in WEEKDAYS]
        if unknown or not days:
            raise ValueError(f"days must be some of {list(WEEKDAYS)}, got {days}")
        return [d.lower() for d in days]

    @model_validator(mode="after")
    def _opens_before_closing(self) -> ScheduleIn:
        if self.opens_at >= self.closes_at:
            raise ValueError(f"opens_at {self.opens_at} is not before closes_at {self.closes_at}")
        return self


# The date a source page itself shows: a year, a year and month, or a full ISO date.
SOURCE_DATE = r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$"
# A source page dated this many years before the entry was verified is listed for re-checking.
OLD_SOURCE_YEARS = 2


def source_date_start(value: str) -> date:
    """The first day of a source date: "2019" → 2019-01-01, "2021-09" → 2021-09-01."""
    year, month, day = (value.split("-") + ["01", "01"])[:3]
    return date(int(year), int(month), int(day))


def source_is_old(source_date: str | None, verified_at: date, years: int = OLD_SOURCE_YEARS) -> bool:
    """True when the source page is dated more than `years` years before the entry was verified."""
    if not source_date:
        return False
    try:
        limit = verified_at.replace(year=verified_at.year - years)
    except ValueError:                      # 29 February
        limit = verified_at.replace(year=verified_at.year - years, day=28)
    return source_date_start(source_date) < limit


class LocationIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$", max_length=80)
    name: str
    location_type: str = Field(default="physical", pattern=r"^(physical|postal|virtual)$")
    address_1: str | None = None
    postal_code: str | None = None
    city: str | None = None
    accessibility: list[str] = []
    source: str = Field(min_length=3)


class ServiceIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$", max_length=80)
    name: str = Field(min_length=2, max_length=200)
    kind: str
    topics: list[str] = []
    audiences: list[str] = []
    districts: list[str] = []
    min_age: int | None = Field(default=None, ge=0, le=120)
    max_age: int | None = Field(default=None, ge=0, le=120)
    anonymous: bool = False
    requires_referral: bool = False
    crisis_only: bool = False
    # Shown only when the message names it with one of its keywords, not for its topics alone
    # (the gambling lines share `misbrug` with alcohol and drugs).
    keyword_only: bool = False
    status: str = Field(default="active", pattern=r"^(active|inactive|temporarily_closed)$")
    description: str = Field(min_length=10)
    description_en: str | None = None
    application_process: str | None = None
    keywords: list[str] = []
    contact: ContactIn = ContactIn()
    schedules: list[ScheduleIn] = []
    languages: list[str] = []
    locations: list[LocationIn] = []
    source: str = Field(min_length=3)
    verified_at: date
    # The date the source page itself shows, when it shows one; an old one is listed by
    # `python -m directory check` for re-checking (it is not a reason to drop the entry).
    source_date: str | None = Field(default=None, pattern=SOURCE_DATE)

    @field_validator("source_date", mode="before")
    @classmethod
    def _source_date_as_text(cls, value: Any) -> Any:
        # YAML reads an unquoted 2019-09-30 as a date and 2023 as a number.
        if isinstance(value, date) or (isinstance(value, int) and not isinstance(value, bool)):
            return value.isoformat() if isinstance(value, date) else str(value)
        return value

    @field_validator("source_date")
    @classmethod
    def _source_date_exists(cls, value: str | None) -> str | None:
        if value is not None:
            source_date_start(value)        # raises ValueError for a day the month lacks
        return value

    @model_validator(mode="after")
    def _ages_in_order(self) -> ServiceIn:
        if self.min_age is not None and self.max_age is not None and self.min_age > self.max_age:
            raise ValueError(f"min_age {self.min_age} is above max_age {self.max_age}")
        return self

    @model_validator(mode="after")
    def _source_not_after_verification(self) -> ServiceIn:
        if self.source_date and source_date_start(self.source_date) > self.verified_at:
            raise ValueError(f"source_date {self.source_date} is after verified_at {self.verified_at}")
        return self

    def check_codes(self, taxonomy: Taxonomy) -> list[str]:
        """Messages for every code that the taxonomy does not know."""
        errors = []
        if self.kind not in taxonomy.kinds:
            errors.append(f"unknown kind '{self.kind}'")
        for field, known in (("topics", taxonomy.topics), ("audiences", taxonomy.audiences),
                             ("districts", taxonomy.districts)):
            errors += [f"unknown {field[:-1]} '{code}'" for code in getattr(self, field) if code not in known]
        return errors


class OrganizationIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$", max_length=80)
    name: str = Field(min_length=2)
    description: str | None = None


class DirectoryFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    organization: OrganizationIn
    services: list[ServiceIn]

    @field_validator("services")
    @classmethod
    def _not_empty(cls, services: list[ServiceIn]) -> list[ServiceIn]:
        if not services:
            raise ValueError("a directory file needs at least one service")
        return services
