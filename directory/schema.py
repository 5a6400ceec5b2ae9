"""Pydantic schemas of a directory YAML file: what an editor may write, checked strictly."""
from __future__ import annotations

from datetime import date

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

    @model_validator(mode="after")
    def _ages_in_order(self) -> ServiceIn:
        if self.min_age is not None and self.max_age is not None and self.min_age > self.max_age:
            raise ValueError(f"min_age {self.min_age} is above max_age {self.max_age}")
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
