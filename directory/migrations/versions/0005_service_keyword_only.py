"""service.keyword_only: a door shown only when the message names it with one of its keywords

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25 14:00:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN, not a batch: on SQLite a batch would rebuild `service`, and dropping
    # the old table deletes every row that refers to it (ON DELETE CASCADE with foreign keys on).
    op.add_column('service', sa.Column('keyword_only', sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    op.drop_column('service', 'keyword_only')     # SQLite 3.35+ drops a column in place
