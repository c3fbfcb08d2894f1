"""runs.llm_calls_ok and runs.inputs.

llm_calls_ok counts the LLM calls answered, apart from those sent; inputs is what a brief was
built from (runkey.py).

meta.schema_version becomes 2: briefgen 0.1.0 reads it and refuses a database newer than its
own schema 1, rather than writing runs without these columns' meaning.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

meta = sa.table("meta", sa.column("key", sa.String), sa.column("value", sa.Text))


def upgrade() -> None:
    # ADD COLUMN, which SQLite does in place (batch mode would copy the whole table)
    op.add_column(
        "runs", sa.Column("llm_calls_ok", sa.Integer(), nullable=False, server_default="0")
    )
    op.add_column(
        "runs", sa.Column("inputs", sa.JSON(), nullable=False, server_default=sa.text("'{}'"))
    )
    op.execute(meta.update().where(meta.c.key == "schema_version").values(value="2"))


def downgrade() -> None:
    with op.batch_alter_table("runs") as runs:
        runs.drop_column("inputs")
        runs.drop_column("llm_calls_ok")
    op.execute(meta.update().where(meta.c.key == "schema_version").values(value="1"))
