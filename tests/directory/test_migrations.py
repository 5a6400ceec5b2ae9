from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from directory.db import create_schema
from directory.models import Base


def test_migrations_build_exactly_the_models(engine):
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_migrating_twice_is_harmless(engine):
    create_schema(engine)
    assert {"service", "service_term", "organization", "change_log", "feedback", "alembic_version",
            "taxonomy_term", "schedule", "location", "language"} <= \
        set(inspect(engine).get_table_names())


def test_the_database_refuses_an_unknown_code(loaded):
    import pytest
    from sqlalchemy.exc import IntegrityError

    from directory.db import session_scope
    from directory.models import ServiceTerm

    with pytest.raises(IntegrityError):
        with session_scope(loaded) as session:
            session.add(ServiceTerm(service_id="livslinien", vocabulary="topic", code="no-such-topic"))


def test_upgrading_a_filled_database_keeps_its_links(tmp_path):
    """0002 → head on a database that already has services linked to codes."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import text

    from directory.db import make_engine
    from directory.settings import ROOT

    engine = make_engine(f"sqlite:///{tmp_path / 'old.db'}")
    config = Config(str(ROOT / "alembic.ini"))
    config.set_main_option("script_location", str(ROOT / "directory" / "migrations"))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0002")
        conn.execute(text("INSERT INTO organization (id, name) VALUES ('o', 'O')"))
        conn.execute(text("INSERT INTO service (id, organization_id, name, kind, description, anonymous, "
                          "requires_referral, status, crisis_only, keywords, search_text, source, verified_at, "
                          "version) VALUES ('s', 'o', 'S', 'tilbud', 'd', 0, 0, 'active', 0, '', '', 'x', "
                          "'2026-11-23', 1)"))
        conn.execute(text("INSERT INTO service_term (service_id, vocabulary, code) VALUES ('s', 'topic', 'misbrug')"))
    create_schema(engine)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT code FROM taxonomy_term")).scalars().all() == ["misbrug"]
        assert conn.execute(text("SELECT count(*) FROM service_term")).scalar() == 1
        assert not conn.execute(text("SELECT keyword_only FROM service")).scalar()   # 0005's default


def test_0006_starts_every_service_at_version_one_and_keeps_its_links(tmp_path):
    """0005 → head on a filled database: the optimistic lock needs a version ≥ 1 in every row,
    and the step must not rebuild `service` (a SQLite batch rebuild cascade-deletes its links)."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import text

    from directory.db import make_engine
    from directory.settings import ROOT

    engine = make_engine(f"sqlite:///{tmp_path / 'old.db'}")
    config = Config(str(ROOT / "alembic.ini"))
    config.set_main_option("script_location", str(ROOT / "directory" / "migrations"))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0005")
        conn.execute(text("INSERT INTO organization (id, name) VALUES ('o', 'O')"))
        conn.execute(text("INSERT INTO taxonomy_term (vocabulary, code, name_da) VALUES ('topic', 'misbrug', 'M')"))
        for sid, version in (("edited", 3), ("raw", 0)):
            conn.execute(text("INSERT INTO service (id, organization_id, name, kind, description, anonymous, "
                              "requires_referral, status, crisis_only, keywords, search_text, source, verified_at, "
                              f"version) VALUES ('{sid}', 'o', 'S', 'tilbud', 'd', 0, 0, 'active', 0, '', '', 'x', "
                              f"'2026-11-23', {version})"))
            conn.execute(text(f"INSERT INTO service_term (service_id, vocabulary, code) "
                              f"VALUES ('{sid}', 'topic', 'misbrug')"))
    create_schema(engine)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0006"
        assert dict(conn.execute(text("SELECT id, version FROM service")).all()) == {"edited": 3, "raw": 1}
        assert conn.execute(text("SELECT count(*) FROM service_term")).scalar() == 2
