"""Load data/directory/*.yaml into SQL: validate everything first, then write all or nothing.

Errors are reported as `file:line: message` so an editor can find them. Loading the
same files twice leaves the database unchanged (the YAML is the source of truth).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml
from pydantic import ValidationError
from sqlalchemy import delete
from sqlalchemy.orm import Session

from danish_text import fold
from directory.models import (Accessibility, Language, Location, Organization, Schedule, Service,
                              ServiceAtLocation, ServiceTerm, TaxonomyTerm)
from directory.schema import WEEKDAYS
from directory.schema import DirectoryFile, ServiceIn
from directory.taxonomy import Taxonomy


class DirectoryError(Exception):
    """The directory files are not valid; `errors` holds `file:line: message` lines."""

    def __init__(self, errors: list[str]) -> None:
        super().__init__("\n".join(errors))
        self.errors = errors


@dataclass
class Loaded:
    files: list[Path]
    parsed: list[DirectoryFile]
    taxonomy: Taxonomy

    @property
    def service_count(self) -> int:
        return sum(len(f.services) for f in self.parsed)


def _line_of(node: yaml.Node | None, loc: tuple) -> int:
    """The 1-based line of the YAML node at a pydantic error location."""
    line = node.start_mark.line + 1 if node else 1
    for key in loc:
        if isinstance(node, yaml.MappingNode):
            match = next((v for k, v in node.value if k.value == key), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            match = node.value[key]
        else:
            match = None
        if match is None:
            break
        node = match
        line = node.start_mark.line + 1
    return line


def parse_files(directory: Path, taxonomy: Taxonomy) -> Loaded:
    """Read and validate every YAML file; raise DirectoryError listing all problems."""
    files = sorted(directory.glob("*.yaml"))
    errors: list[str] = []
    parsed: list[DirectoryFile] = []
    seen: dict[str, str] = {}
    if not files:
        raise DirectoryError([f"{directory}: no *.yaml files"])
    for path in files:
        text = path.read_text(encoding="utf-8")
        try:
            node = yaml.compose(text)
            data = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            line = mark.line + 1 if mark else 1
            errors.append(f"{path}:{line}: invalid YAML: {getattr(exc, 'problem', exc)}")
            continue
        try:
            model = DirectoryFile.model_validate(data)
        except ValidationError as exc:
            for err in exc.errors():
                where = ".".join(str(p) for p in err["loc"])
                errors.append(f"{path}:{_line_of(node, err['loc'])}: {where}: {err['msg']}")
            continue
        for i, service in enumerate(model.services):
            line = _line_of(node, ("services", i))
            errors += [f"{path}:{line}: {service.id}: {msg}" for msg in service.check_codes(taxonomy)]
            if service.id in seen:
                errors.append(f"{path}:{line}: duplicate service id '{service.id}' (also in {seen[service.id]})")
            seen[service.id] = str(path)
        parsed.append(model)
    if errors:
        raise DirectoryError(errors)
    return Loaded(files=files, parsed=parsed, taxonomy=taxonomy)


def service_values(item: ServiceIn) -> dict:
    """Column values of a service from its validated YAML / API form."""
    return dict(
        name=item.name, kind=item.kind, description=item.description, description_en=item.description_en,
        application_process=item.application_process, min_age=item.min_age, max_age=item.max_age,
        anonymous=item.anonymous, requires_referral=item.requires_referral, status=item.status,
        crisis_only=item.crisis_only, keyword_only=item.keyword_only, phone=item.contact.phone, email=item.contact.email,
        url=item.contact.url, address=item.contact.address, keywords=", ".join(item.keywords),
        search_text=fold(" ".join([item.name, item.description, *item.keywords])),
        source=item.source, verified_at=item.verified_at, source_date=item.source_date,
    )


def service_terms(item: ServiceIn) -> list[ServiceTerm]:
    return [ServiceTerm(vocabulary=vocab, code=code)
            for vocab, codes in (("topic", item.topics), ("audience", item.audiences),
                                 ("district", item.districts))
            for code in codes]


def service_schedules(item: ServiceIn) -> list[Schedule]:
    return [Schedule(weekday=WEEKDAYS[day], opens_at=s.opens_at, closes_at=s.closes_at, notes=s.notes)
            for s in item.schedules for day in s.days]


def service_row(item: ServiceIn, organization_id: str) -> Service:
    service = Service(id=item.id, organization_id=organization_id, **service_values(item))
    service.terms = service_terms(item)
    service.schedules = service_schedules(item)
    service.languages = [Language(code=code) for code in item.languages]
    return service


def location_row(item, organization_id: str) -> Location:
    return Location(id=item.id, organization_id=organization_id, name=item.name,
                    location_type=item.location_type, address_1=item.address_1,
                    postal_code=item.postal_code, city=item.city, source=item.source,
                    accessibility=[Accessibility(description=a) for a in item.accessibility])


VOCABULARIES = {"topic": "topics", "audience": "audiences", "district": "districts", "kind": "kinds"}


def write(session: Session, loaded: Loaded, taxonomy: Taxonomy | None = None) -> None:
    """Replace the directory's content with the files' content, inside the caller's transaction."""
    for table in (ServiceTerm, Schedule, Language, ServiceAtLocation, Accessibility, Service, Location,
                  Organization, TaxonomyTerm):
        session.execute(delete(table))
    session.flush()
    taxonomy = taxonomy or loaded.taxonomy
    session.add_all(TaxonomyTerm(vocabulary=vocab, code=code, name_da=label.get("da", code), name_en=label.get("en"))
                    for vocab, plural in VOCABULARIES.items() for code, label in getattr(taxonomy, plural).items())
    session.flush()
    for directory_file in loaded.parsed:
        org = directory_file.organization
        session.add(Organization(id=org.id, name=org.name, description=org.description))
        session.flush()
        for item in directory_file.services:
            service = service_row(item, org.id)
            session.add(service)
            for place in item.locations:
                if session.get(Location, place.id) is None:
                    session.add(location_row(place, org.id))
                    session.flush()
                service.locations.append(ServiceAtLocation(location_id=place.id))
    session.flush()
