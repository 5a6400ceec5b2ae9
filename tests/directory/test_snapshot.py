"""The router's kept copy of the directory: used again while nothing changed, read afresh
after a staff edit or a reload, and never hiding a change the caller's own transaction made."""
from directory import changes, snapshot
from directory.db import session_scope
from directory.fields import service_form
from directory.loader import parse_files, write
from directory.schema import ServiceIn
from tests.directory.conftest import DATA, TAXONOMY


def _services(engine):
    with session_scope(engine) as session:
        return snapshot.active_services(session)


def test_an_unchanged_directory_is_read_once(loaded):
    first, again = _services(loaded), _services(loaded)
    assert again is first and len(first) > 50


def test_a_staff_edit_is_seen_by_the_next_request(loaded):
    before = {s.id: s for s in _services(loaded)}["alkolinjen"]
    with session_scope(loaded) as session:
        form = service_form(changes._get(session, "alkolinjen", None))
        form["name"] = "Alkolinjen (rettet)"
        changes.update(session, "alkolinjen", ServiceIn.model_validate(form), before.version, "test", TAXONOMY)
    after = {s.id: s for s in _services(loaded)}["alkolinjen"]
    assert after.name == "Alkolinjen (rettet)"


def test_a_reload_is_seen_by_the_next_request(loaded):
    first = _services(loaded)
    with session_scope(loaded) as session:
        write(session, parse_files(DATA, TAXONOMY))     # the same files: new rows, same content
    again = _services(loaded)
    assert again is not first and {s.id for s in again} == {s.id for s in first}


def test_the_callers_own_changes_are_not_hidden(loaded):
    _services(loaded)
    with session_scope(loaded) as session:
        form = service_form(changes._get(session, "alkolinjen", None))
        form.update(id="ny-i-transaktionen", name="Ny i transaktionen")
        changes.create(session, ServiceIn.model_validate(form), "kk-sof", "test", TAXONOMY)
        session.flush()
        assert "ny-i-transaktionen" in {s.id for s in snapshot.active_services(session)}
        session.rollback()
    assert "ny-i-transaktionen" not in {s.id for s in _services(loaded)}
