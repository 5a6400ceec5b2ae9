import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from directory.db import session_scope
from directory.loader import DirectoryError, parse_files, write
from directory.models import Service
from tests.directory.conftest import DATA, ROOT, TAXONOMY


def _count(engine):
    with session_scope(engine) as s:
        return s.scalar(select(func.count()).select_from(Service))


@pytest.fixture
def data_copy(tmp_path):
    target = tmp_path / "directory"
    shutil.copytree(DATA, target)
    return target


def _fails_and_writes_nothing(engine, directory: Path, expected: str):
    before = _count(engine)
    with pytest.raises(DirectoryError) as info:
        parse_files(directory, TAXONOMY)
    assert any(expected in e for e in info.value.errors), info.value.errors
    assert _count(engine) == before
    return info.value.errors


def test_real_data_loads_and_is_big_enough(loaded):
    assert _count(loaded) >= 40


def test_loading_twice_changes_nothing(loaded):
    with session_scope(loaded) as s:
        first = sorted((x.id, x.name, x.phone, tuple(x.topics)) for x in s.scalars(select(Service)))
    with session_scope(loaded) as s:
        write(s, parse_files(DATA, TAXONOMY))
    with session_scope(loaded) as s:
        again = sorted((x.id, x.name, x.phone, tuple(x.topics)) for x in s.scalars(select(Service)))
    assert first == again


def test_unknown_code_is_reported_with_file_and_line(loaded, data_copy):
    path = data_copy / "akut.yaml"
    path.write_text(path.read_text().replace("topics: [psykisk]", "topics: [psykiskk]", 1))
    errors = _fails_and_writes_nothing(loaded, data_copy, "unknown topic 'psykiskk'")
    assert any(e.startswith(f"{path}:") and e.split(":")[1].isdigit() for e in errors)


def test_broken_yaml_is_reported_with_line(loaded, data_copy):
    path = data_copy / "frivillig.yaml"
    path.write_text(path.read_text() + "\n  - id: [unclosed\n")
    errors = _fails_and_writes_nothing(loaded, data_copy, "invalid YAML")
    assert errors[0].startswith(f"{path}:")


def test_duplicate_id_is_refused(loaded, data_copy):
    path = data_copy / "paaroerende.yaml"
    path.write_text(path.read_text().replace("id: paaroerende-handicap", "id: paaroerende-psykisk"))
    _fails_and_writes_nothing(loaded, data_copy, "duplicate service id 'paaroerende-psykisk'")


def test_missing_source_is_refused(loaded, data_copy):
    path = data_copy / "akut.yaml"
    path.write_text(path.read_text().replace("    source: fmk.dk\n", "", 1))
    _fails_and_writes_nothing(loaded, data_copy, "source")


def test_every_phone_number_comes_from_the_facts_file():
    facts = ROOT / "spec" / "directory-facts.md"
    allowed = facts.read_text().replace(" ", "")
    for directory_file in parse_files(DATA, TAXONOMY).parsed:
        for service in directory_file.services:
            if service.contact.phone:
                assert service.contact.phone.replace(" ", "") in allowed, service.id
            assert service.source and service.verified_at


def test_bad_opening_hours_are_refused(loaded, data_copy):
    path = data_copy / "akut.yaml"
    path.write_text(path.read_text().replace('opens_at: "00:00", closes_at: "24:00"',
                                             'opens_at: "18:00", closes_at: "09:00"'))
    _fails_and_writes_nothing(loaded, data_copy, "is not before closes_at")


def _service(**fields):
    from datetime import date

    from directory.schema import ServiceIn
    return ServiceIn(id="t", name="Test", kind="tilbud", description="Et tilbud til test.", source="test",
                     verified_at=date(2026, 11, 25), **fields)


def test_keyword_only_is_loaded_and_defaults_to_false(loaded, data_copy):
    assert _service().keyword_only is False
    with session_scope(loaded) as s:
        assert s.get(Service, "stopspillet").keyword_only is True
        assert s.get(Service, "center-for-ludomani").keyword_only is True
        assert s.get(Service, "alkolinjen").keyword_only is False
    path = data_copy / "organisationer.yaml"
    path.write_text(path.read_text().replace("keyword_only: true", "keyword_only: maybe", 1))
    _fails_and_writes_nothing(loaded, data_copy, "keyword_only")


@pytest.mark.parametrize("written,stored", [("2023", "2023"), (2023, "2023"), ("2021-09", "2021-09"),
                                            ("2019-09-30", "2019-09-30"), (None, None)])
def test_source_date_is_a_year_a_month_or_a_day(written, stored):
    from datetime import date
    assert _service(source_date=written).source_date == stored
    assert _service(source_date=date(2019, 9, 30)).source_date == "2019-09-30"   # YAML's unquoted date


@pytest.mark.parametrize("bad", ["19-09", "2019-13", "2019-02-30", "30.09.2019", "2027-01"])
def test_a_wrong_or_future_source_date_is_refused(bad):
    from pydantic import ValidationError
    with pytest.raises(ValidationError):
        _service(source_date=bad)


def test_a_source_is_old_when_dated_more_than_two_years_before_verification():
    from datetime import date

    from directory.schema import source_is_old
    verified = date(2026, 11, 25)
    assert source_is_old("2019-09-30", verified) and source_is_old("2024-06", verified)
    assert source_is_old("2024-11-24", verified) and not source_is_old("2024-11-25", verified)
    assert not source_is_old("2025", verified) and not source_is_old(None, verified)


def test_check_lists_entries_whose_source_is_old(loaded, monkeypatch, capsys):
    import directory.__main__ as cli
    monkeypatch.setattr(cli, "get_engine", lambda: loaded)
    assert cli.main(["check"]) == 0
    flagged = {line.split(":")[0] for line in capsys.readouterr().out.splitlines() if "source dated" in line}
    assert {"stopspillet", "danner", "u-turn", "center-for-rusmiddelbehandling", "alkolinjen",
            "aeldretelefonen", "moedrehjaelpen", "er-du-okay"} <= flagged
    assert "livslinien" not in flagged and "den-sociale-retshjaelp" not in flagged
