"""service.version as SQLAlchemy's version_id_col: every row starts at version 1

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26 10:00:00
"""
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # The column itself exists since 0001 (INTEGER NOT NULL; the loader writes 1, staff edits
    # count up), so there is no DDL: the ORM now puts `WHERE version = <read>` into every UPDATE
    # of a service, which needs a real version in every row, and a row written outside the ORM
    # may hold 0. A plain UPDATE, not a batch: on SQLite a batch would rebuild `service`, and
    # dropping the old table deletes every row that refers to it (ON DELETE CASCADE).
    op.execute("UPDATE service SET version = 1 WHERE version IS NULL OR version < 1")


def downgrade() -> None:
    pass    # the versions stay valid under 0005, which checked them by hand
