"""Load data/directory/*.yaml into SQL: validate everything first, then write all or nothing.

Errors are reported as `file:line: message` so an editor can find them. Loading the
same files twice leaves the database unchanged (the YAML is the source of truth).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import yaml
from pydantic import ValidationError
from sqlalchemy import delete
from sqlalchemy.orm import Session

from directory.fields import link_places, service_row
from directory.models import (
    Accessibility,
    ChangeLog,
    Language,
    Location,
    Organization,
    Schedule,
    Service,
    ServiceAtLocation,
    ServiceTerm,
    TaxonomyTerm,
)
from directory.schema import DirectoryFile
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
            data = yaml.load(text, Loader=yaml.CSafeLoader)
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
            link_places(session, service, item, org.id)
    # A reload is a change like a staff edit: logged, and it moves the directory's stamp, so
    # the router's kept copy (directory/snapshot.py) is read afresh.
    count = sum(len(f.services) for f in loaded.parsed)
    session.add(ChangeLog(resource_type="directory", resource_id="*", action="load", field_name="*",
                          previous_value=None, replacement_value=f"{count} services from {len(loaded.files)} files",
                          updated_by="directory load", updated_at=datetime.now(UTC)))
    session.flush()
