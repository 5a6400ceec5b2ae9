"""The database back to YAML (`python -m directory export`): one file per organization,
each service as an editor writes it in data/directory/*.yaml, so a round trip through the
admin API and back into the repository loses nothing."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from sqlalchemy import select
from sqlalchemy.orm import Session

from directory.fields import service_form
from directory.models import Organization, Service


def _without_none(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_none(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_without_none(v) for v in value]
    return value


def service_yaml(service: Service) -> dict[str, Any]:
    """A service as an editor writes it in data/directory/*.yaml: its form (directory/fields.py),
    without the facts it lacks; topics and audiences stay even when empty."""
    item = _without_none(service_form(service))
    return {k: v for k, v in item.items() if v not in ([], {}) or k in ("topics", "audiences")}


def export_yaml(session: Session, out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    count = 0
    for org in session.scalars(select(Organization).order_by(Organization.id)):
        services = sorted(org.services, key=lambda s: s.id)
        doc = {"organization": {k: v for k, v in (("id", org.id), ("name", org.name),
                                                  ("description", org.description)) if v},
               "services": [service_yaml(s) for s in services]}
        (out / f"{org.id}.yaml").write_text(
            yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=100), encoding="utf-8")
        count += len(services)
    return count
