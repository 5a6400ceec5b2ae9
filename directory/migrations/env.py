"""Alembic environment: migrations for the directory database (SQLite or PostgreSQL)."""
from alembic import context
from sqlalchemy import engine_from_config, pool

from directory.db import _normalise_url
from directory.models import Base
from directory.settings import get_settings

config = context.config
target_metadata = Base.metadata


def run_migrations() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
        return
    url = _normalise_url(config.get_main_option("sqlalchemy.url") or get_settings().database_url)
    engine = engine_from_config({"sqlalchemy.url": url}, prefix="sqlalchemy.", poolclass=pool.NullPool)
    with engine.connect() as conn:
        context.configure(connection=conn, target_metadata=target_metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()


run_migrations()
