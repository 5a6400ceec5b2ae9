"""Staff edits on a real database: every field of the form is stored, logged and read back,
and two edits from one version cannot both win."""
from datetime import date

import pytest
from pydantic import BaseModel
from sqlalchemy.orm import Session

from directory import changes
from directory.db import session_scope
from directory.exporter import service_yaml
from directory.models import ChangeLog, Service
from directory.schema import ServiceIn
from tests.directory.conftest import TAXONOMY

# Every field set to something other than its default, so that a field dropped anywhere
# between the form and the database and back shows up as a difference.
FULL = ServiceIn(
    id="fuld-test", name="Fuldt udfyldt tilbud", kind="tilbud", topics=["ensomhed"], audiences=["self"],
    districts=["valby"], min_age=18, max_age=99, anonymous=True, requires_referral=True, crisis_only=True,
    keyword_only=True, status="temporarily_closed", description="Et tilbud med hvert felt udfyldt.",
    description_en="A service with every field filled in.", application_process="Ring og spørg.",
    keywords=["fællesskab", "samvær"],
    contact={"phone": "11 22 33 44", "email": "a@example.org", "url": "https://example.org", "address": "Vej 1"},
    schedules=[{"days": ["mo", "tu"], "opens_at": "09:00", "closes_at": "15:00", "notes": "ring først"}],
    languages=["da", "en"],
    locations=[{"id": "fuld-sted", "name": "Stedet", "location_type": "physical", "address_1": "Vej 1",
                "postal_code": "2500", "city": "Valby", "accessibility": ["trappefri adgang"],
                "source": "test"}],
    source="test", verified_at=date(2026, 11, 20), source_date="2026-10",
)


def _with(**fields) -> ServiceIn:
    return ServiceIn.model_validate({**FULL.model_dump(), **fields})


def test_the_full_form_names_every_field():
    """Guards the other tests here: a new field in ServiceIn needs a non-default value in FULL."""
    defaults = ServiceIn.model_construct()
    unset = [name for name, field in ServiceIn.model_fields.items()
             if not field.is_required() and getattr(FULL, name) == getattr(defaults, name)]
    assert unset == []


def test_every_field_of_the_form_is_stored_and_read_back(loaded):
    with session_scope(loaded) as session:
        changes.create(session, FULL, "kk-sof", "anna", TAXONOMY)
    with session_scope(loaded) as session:
        stored = ServiceIn.model_validate(service_yaml(session.get(Service, FULL.id)))
    assert stored.model_dump() == FULL.model_dump()


def _flat_fields() -> set[str]:
    """The form's fields, a nested form (the contact) by its own fields, without the id."""
    names = set()
    for name, field in ServiceIn.model_fields.items():
        nested = field.annotation if isinstance(field.annotation, type) and issubclass(field.annotation, BaseModel) \
            else None
        names |= set(nested.model_fields) if nested else {name}
    return names - {"id"}


def test_the_change_log_tracks_every_field_of_the_form(loaded):
    assert set(changes.TRACKED) == _flat_fields()
    with session_scope(loaded) as session:
        service = changes.create(session, FULL, "kk-sof", "anna", TAXONOMY)
        assert set(changes.snapshot(service)) == set(changes.TRACKED)


def test_a_schedule_change_is_logged_with_its_old_and_new_value(loaded):
    with session_scope(loaded) as session:
        changes.create(session, FULL, "kk-sof", "anna", TAXONOMY)
    later = _with(schedules=[{"days": ["we"], "opens_at": "10:00", "closes_at": "12:00"}])
    with session_scope(loaded) as session:
        changes.update(session, FULL.id, later, 1, "bo", TAXONOMY)
    with session_scope(loaded) as session:
        logged = session.query(ChangeLog).filter_by(resource_id=FULL.id, action="update").all()
    assert [c.field_name for c in logged] == ["schedules"]
    assert "09:00" in logged[0].previous_value and "ring først" in logged[0].previous_value
    assert '"we"' in logged[0].replacement_value and "10:00" in logged[0].replacement_value


def test_an_update_keeps_the_places(loaded):
    with session_scope(loaded) as session:
        changes.create(session, _with(locations=[]), "kk-sof", "anna", TAXONOMY)
    with session_scope(loaded) as session:
        changes.update(session, FULL.id, FULL, 1, "anna", TAXONOMY)
    with session_scope(loaded) as session:
        service = session.get(Service, FULL.id)
        assert [(link.location.id, link.location.city) for link in service.locations] == [("fuld-sted", "Valby")]
        assert service_yaml(service)["locations"] == [FULL.locations[0].model_dump()]


def test_two_edits_from_the_same_version_cannot_both_win(loaded):
    """Bo read version 1 in his session; Anna saves from version 1 in hers and commits; Bo's
    save then passes the version check in Python (his copy still says 1) and must be refused
    by the database's own check, not overwrite Anna's name."""
    with session_scope(loaded) as session:
        changes.create(session, FULL, "kk-sof", "anna", TAXONOMY)
    with Session(loaded) as bos:
        seen = bos.get(Service, FULL.id)         # Bo's request holds the row it read
        assert seen.version == 1
        with session_scope(loaded) as annas:
            changes.update(annas, FULL.id, _with(name="Annas navn"), 1, "anna", TAXONOMY)
        with pytest.raises(changes.Conflict, match="version 1"):
            changes.update(bos, FULL.id, _with(name="Bos navn"), 1, "bo", TAXONOMY)
    with session_scope(loaded) as session:
        service = session.get(Service, FULL.id)
        assert (service.name, service.version) == ("Annas navn", 2)
        assert [c.updated_by for c in session.query(ChangeLog).filter_by(resource_id=FULL.id, action="update")] \
            == ["anna"]


def test_a_children_only_edit_still_moves_the_version(loaded):
    """Changing only the opening hours touches no column of `service`; the version must move
    all the same, or an edit from the old version would still be accepted."""
    with session_scope(loaded) as session:
        changes.create(session, FULL, "kk-sof", "anna", TAXONOMY)
    with session_scope(loaded) as session:
        updated = changes.update(session, FULL.id, _with(languages=["da"]), 1, "anna",
                                 TAXONOMY)
        assert updated.version == 2
    with session_scope(loaded) as session, pytest.raises(changes.Conflict):
        changes.update(session, FULL.id, FULL, 1, "bo", TAXONOMY)
