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
