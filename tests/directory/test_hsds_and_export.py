import json

from directory import hsds
from directory.exporter import export_yaml
from directory.loader import parse_files
from tests.directory.conftest import ROOT, TAXONOMY

SCHEMA = ROOT / "spec" / "hsds-3.0" / "compiled" / "service.json"


def test_hsds_export_is_valid_against_the_compiled_schema(session):
    from jsonschema import Draft202012Validator, FormatChecker

    validator = Draft202012Validator(json.loads(SCHEMA.read_text()), format_checker=FormatChecker())
    docs = hsds.services(session, TAXONOMY)
    assert len(docs) >= 40
    for doc in docs:
        errors = sorted(validator.iter_errors(doc), key=str)
        assert not errors, f"{doc['alternate_name']}: {errors[0].message} at {list(errors[0].path)}"


def test_hsds_ids_are_stable_uuids_and_facts_carry_over(session):
    doc = next(d for d in hsds.services(session, TAXONOMY) if d["alternate_name"] == "livslinien")
    assert doc["id"] == hsds.hsds_id("service", "livslinien")
    assert doc["phones"][0]["number"] == "70 201 201" and doc["assured_date"] == "2026-11-23"
    codes = {a["taxonomy_term"]["code"] for a in doc["attributes"]}
    assert {"akut", "psykisk"} <= codes


def test_export_round_trips_through_the_loader(session, tmp_path):
    export_yaml(session, tmp_path)
    reloaded = {s.id: s for f in parse_files(tmp_path, TAXONOMY).parsed for s in f.services}
    original = {s.id: s for f in parse_files(ROOT / "data" / "directory", TAXONOMY).parsed for s in f.services}
    assert reloaded.keys() == original.keys()
    def normal(item):
        data = item.model_dump()
        return {k: sorted(v) if k in ("topics", "audiences", "districts") else v for k, v in data.items()}

    for sid, item in original.items():
        assert normal(reloaded[sid]) == normal(item), sid
