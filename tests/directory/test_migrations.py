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
    assert {"service", "service_term", "organization", "change_log", "feedback", "alembic_version"} <= \
        set(inspect(engine).get_table_names())
