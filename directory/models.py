"""SQLAlchemy 2.0 models of the directory, shaped after Open Referral HSDS 3.0.

`verified_at` is HSDS's `assured_date`. Taxonomy codes (topics, audiences, districts)
live in one link table so that every filter is a plain SQL join on both SQLite and
PostgreSQL.
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, ForeignKeyConstraint, Integer, String, Text, false
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Organization(Base):
    __tablename__ = "organization"

    id: Mapped[str] = mapped_column(String(80), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    services: Mapped[list[Service]] = relationship(back_populates="organization")


class Service(Base):
    __tablename__ = "service"

    id: Mapped[str] = mapped_column(String(80), primary_key=True)
    organization_id: Mapped[str] = mapped_column(ForeignKey("organization.id"))
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(40), index=True)
    description: Mapped[str] = mapped_column(Text, default="")
    description_en: Mapped[str | None] = mapped_column(Text)
    application_process: Mapped[str | None] = mapped_column(Text)
    min_age: Mapped[int | None] = mapped_column(Integer)
    max_age: Mapped[int | None] = mapped_column(Integer)
    anonymous: Mapped[bool] = mapped_column(Boolean, default=False)
    requires_referral: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(30), default="active")
    # Shown only when a message signals danger (112, suicide lines); other emergency lines
    # such as a violence hotline are also ordinary doors for their topic.
    crisis_only: Mapped[bool] = mapped_column(Boolean, default=False)
    # Shown only when the message names it with one of its keywords (a gambling line is not
    # a door for every `misbrug` question).
    keyword_only: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200))
    url: Mapped[str | None] = mapped_column(String(500))
    address: Mapped[str | None] = mapped_column(String(300))
    keywords: Mapped[str] = mapped_column(Text, default="")
    # Folded (æøå-free) name, description and keywords, for search that ignores spelling.
    search_text: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(Text)
    verified_at: Mapped[date] = mapped_column(Date)
    # The date the source page itself shows ("2019", "2021-09", "2019-09-30"), if any.
    source_date: Mapped[str | None] = mapped_column(String(10))
    # Optimistic locking: every UPDATE of the row is `... WHERE version = <the version read>`
    # and moves it on, so of two edits from one version only the first to reach the database
    # wins; the other's flush raises StaleDataError (directory/changes.py turns it into a
    # conflict). A new row starts at 1.
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}

    organization: Mapped[Organization] = relationship(back_populates="services")
    terms: Mapped[list[ServiceTerm]] = relationship(
        back_populates="service", cascade="all, delete-orphan", lazy="selectin"
    )
    schedules: Mapped[list[Schedule]] = relationship(cascade="all, delete-orphan", lazy="selectin")
    languages: Mapped[list[Language]] = relationship(cascade="all, delete-orphan", lazy="selectin")
    locations: Mapped[list[ServiceAtLocation]] = relationship(cascade="all, delete-orphan", lazy="selectin")

    def codes(self, vocabulary: str) -> list[str]:
        # The router asks for these a thousand times a request (once per door and possible
        # follow-up answer): grouped once, again when the list of terms grows or shrinks, and
        # after an edit (directory.fields.fill calls `forget_codes`).
        terms = self.terms
        key = (id(terms), len(terms))
        cached = self.__dict__.get("_codes_by_terms")
        if cached is None or cached[0] != key:
            grouped: dict[str, list[str]] = {}
            for term in terms:
                grouped.setdefault(term.vocabulary, []).append(term.code)
            cached = (key, {vocab: sorted(codes) for vocab, codes in grouped.items()})
            self.__dict__["_codes_by_terms"] = cached
        return list(cached[1].get(vocabulary, ()))

    def forget_codes(self) -> None:
        self.__dict__.pop("_codes_by_terms", None)

    @property
    def topics(self) -> list[str]:
        return self.codes("topic")

    @property
    def audiences(self) -> list[str]:
        return self.codes("audience")

    @property
    def districts(self) -> list[str]:
        return self.codes("district")

    @property
    def has_contact(self) -> bool:
        """A sourced way to get in touch; without one, people are sent to the general entrance."""
        return bool(self.phone or self.email or self.url or self.address)


class TaxonomyTerm(Base):
    """A code of data/taxonomy.yaml (HSDS taxonomy_term), loaded with the directory, so the
    database itself refuses a service linked to an unknown code."""

    __tablename__ = "taxonomy_term"

    vocabulary: Mapped[str] = mapped_column(String(20), primary_key=True)   # topic, audience, district, kind
    code: Mapped[str] = mapped_column(String(60), primary_key=True)
    name_da: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str | None] = mapped_column(String(200))


class ServiceTerm(Base):
    """A taxonomy code attached to a service: vocabulary is topic, audience or district."""

    __tablename__ = "service_term"
    __table_args__ = (ForeignKeyConstraint(["vocabulary", "code"], ["taxonomy_term.vocabulary", "taxonomy_term.code"],
                                           name="fk_service_term_taxonomy_term"),)

    service_id: Mapped[str] = mapped_column(ForeignKey("service.id", ondelete="CASCADE"), primary_key=True)
    vocabulary: Mapped[str] = mapped_column(String(20), primary_key=True)
    code: Mapped[str] = mapped_column(String(60), primary_key=True, index=True)
    service: Mapped[Service] = relationship(back_populates="terms")


class Feedback(Base):
    """'Did it help?' answers, kept without personal data: the day, the codes, yes or no."""

    __tablename__ = "feedback"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    helpful: Mapped[bool] = mapped_column(Boolean)
    topics: Mapped[str] = mapped_column(String(300), default="")
    kinds: Mapped[str] = mapped_column(String(300), default="")
    service_ids: Mapped[str] = mapped_column(Text, default="")
    lang: Mapped[str] = mapped_column(String(5), default="da")


class ChangeLog(Base):
    """Who changed what and when (HSDS `metadata`): one row per changed field."""

    __tablename__ = "change_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    resource_type: Mapped[str] = mapped_column(String(40))
    resource_id: Mapped[str] = mapped_column(String(80), index=True)
    action: Mapped[str] = mapped_column(String(20))          # create, update, retire, verify, load
    field_name: Mapped[str] = mapped_column(String(60))
    previous_value: Mapped[str | None] = mapped_column(Text)
    replacement_value: Mapped[str | None] = mapped_column(Text)
    updated_by: Mapped[str] = mapped_column(String(80))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class Location(Base):
    """A place where services are delivered (HSDS location + its address)."""

    __tablename__ = "location"

    id: Mapped[str] = mapped_column(String(80), primary_key=True)
    organization_id: Mapped[str | None] = mapped_column(ForeignKey("organization.id"))
    name: Mapped[str] = mapped_column(String(200))
    location_type: Mapped[str] = mapped_column(String(20), default="physical")  # physical, postal, virtual
    address_1: Mapped[str | None] = mapped_column(String(200))
    postal_code: Mapped[str | None] = mapped_column(String(10))
    city: Mapped[str | None] = mapped_column(String(100))
    source: Mapped[str] = mapped_column(Text)
    accessibility: Mapped[list[Accessibility]] = relationship(cascade="all, delete-orphan", lazy="selectin")


class ServiceAtLocation(Base):
    __tablename__ = "service_at_location"

    service_id: Mapped[str] = mapped_column(ForeignKey("service.id", ondelete="CASCADE"), primary_key=True)
    location_id: Mapped[str] = mapped_column(ForeignKey("location.id", ondelete="CASCADE"), primary_key=True)
    location: Mapped[Location] = relationship(lazy="selectin")


class Accessibility(Base):
    __tablename__ = "accessibility"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    location_id: Mapped[str] = mapped_column(ForeignKey("location.id", ondelete="CASCADE"))
    description: Mapped[str] = mapped_column(Text)


class Schedule(Base):
    """Opening hours: one row per weekday (1 = Monday … 7 = Sunday), times as HH:MM,
    "24:00" for the end of the day. Only from a source, like every contact fact."""

    __tablename__ = "schedule"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    service_id: Mapped[str] = mapped_column(ForeignKey("service.id", ondelete="CASCADE"), index=True)
    weekday: Mapped[int] = mapped_column(Integer)
    opens_at: Mapped[str] = mapped_column(String(5))
    closes_at: Mapped[str] = mapped_column(String(5))
    notes: Mapped[str | None] = mapped_column(Text)


class Language(Base):
    """A language the service is delivered in (ISO 639-1), when a source says so."""

    __tablename__ = "language"

    service_id: Mapped[str] = mapped_column(ForeignKey("service.id", ondelete="CASCADE"), primary_key=True)
    code: Mapped[str] = mapped_column(String(8), primary_key=True)
