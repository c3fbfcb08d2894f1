"""Alembic environment for briefgen's migrations.

`briefgen.migrate` hands over an open connection (config.attributes["connection"]) already in
the transaction that also holds its lock, so the whole upgrade commits or rolls back at once.
The alembic command line (used to write a new revision with --autogenerate) has none and
connects to `sqlalchemy.url` instead.
"""

from alembic import context
from sqlalchemy import create_engine

from briefgen.tables import Base

config = context.config


def run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        # SQLite alters most things only by copying the table: batch mode does that for it
        render_as_batch=True,
        # SQLite and PostgreSQL both roll DDL back: a failed upgrade leaves the old schema
        transactional_ddl=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    run(connection)
else:
    with create_engine(config.get_main_option("sqlalchemy.url")).begin() as connection:
        run(connection)
