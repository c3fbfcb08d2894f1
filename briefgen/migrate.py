"""Schema migrations (Alembic; the scripts are in briefgen/migrations/).

`Store` calls `check` on every open: one `SELECT version_num` when the database is current, so
Alembic is imported only when there is something to do. SQLite, the embedded default, is then
upgraded on the spot; a shared database (PostgreSQL) is upgraded only by `briefgen db upgrade`
(`db_upgrade`), so that every process using it runs the same code against the same schema.
A database made before migrations (0.1.0, or the interim schema 2) is adopted: stamped with
the revision its `meta.schema_version` names, then upgraded.
"""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.exc import ArgumentError, OperationalError, ProgrammingError, SQLAlchemyError
from sqlalchemy.pool import NullPool

from briefgen.errors import ConfigError, StoreError, first_line

# The newest revision in migrations/versions (tests/test_migrations.py checks it): kept here
# so opening a current database needs no Alembic import.
HEAD = "0003"
# meta.schema_version, as briefgen wrote it before Alembic, -> the revision of that schema.
ADOPT = {"1": "0001", "2": "0002"}
SCRIPTS = Path(__file__).parent / "migrations"
# Any constant: serializes `briefgen db upgrade` runs on one PostgreSQL database.
PG_LOCK = 0x62726965

log = logging.getLogger(__name__)


def check(engine: Engine, display_url: str) -> None:
    """Make sure the database behind `engine` has this briefgen's schema: upgrade SQLite,
    raise ConfigError naming `briefgen db upgrade` for any other database that is behind,
    and ConfigError for a database newer than this briefgen."""
    current = _version(engine)
    if current == HEAD:
        return
    if engine.dialect.name == "sqlite":
        before, applied = _upgrade(engine)
        if applied:
            log.info("upgraded %s from %s to %s", display_url, before or "empty", HEAD)
        return
    if current is None:
        with engine.connect() as connection:
            current = _adopted(connection)
    _refuse_newer(current, display_url)
    have = f"is at schema {current}" if current else "has no briefgen tables yet"
    raise ConfigError(
        f"the database {display_url} {have}, this briefgen needs {HEAD}: run 'briefgen db upgrade'"
    )


def upgrade(url: str) -> list[str]:
    """Bring the database at `url` to the newest schema, creating it or adopting one made
    before migrations; returns the revisions applied ([] when it was current). Raises
    ConfigError (no driver, or a database newer than this briefgen) or StoreError."""
    return _upgrade_url(url)[1]


def db_upgrade(url: str) -> str:
    """`briefgen db upgrade`: upgrade the database at `url`; what was done, in one line."""
    from briefgen.engines import safe_url

    before, applied = _upgrade_url(url)
    if not applied:
        return f"the database {safe_url(url)} is already at schema {HEAD}"
    if before is None:
        return f"created the briefgen tables in {safe_url(url)} (schema {HEAD})"
    return f"upgraded the database {safe_url(url)} from schema {before} to {HEAD}"


def _upgrade_url(url: str) -> tuple[str | None, list[str]]:
    from briefgen.engines import engine_for, missing_driver, safe_url

    try:
        engine = engine_for(url)
        try:
            return _upgrade(engine)
        finally:
            engine.dispose()
    except ImportError as e:
        raise missing_driver(url, e) from None
    except (SQLAlchemyError, ArgumentError, OSError) as e:
        raise StoreError(f"cannot upgrade the database {safe_url(url)} ({first_line(e)})") from None


def alembic_config(connection=None):
    """An Alembic Config for briefgen's scripts, running on `connection` if given."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(SCRIPTS))
    config.attributes["connection"] = connection
    return config


def _upgrade(engine: Engine) -> tuple[str | None, list[str]]:
    """(revision before, revisions applied), all in one transaction under a lock."""
    from alembic import command
    from alembic.script import ScriptDirectory

    engine = _locking_engine(engine)
    with engine.begin() as connection:
        if engine.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PG_LOCK})
        # read under the lock: another process may have upgraded it meanwhile
        stamped = _version(connection)
        before = stamped or _adopted(connection)
        _refuse_newer(before, engine.url.render_as_string(hide_password=True))
        config = alembic_config(connection)
        if before is not None and stamped is None:  # made before migrations: adopt it
            command.stamp(config, before)
        script = ScriptDirectory.from_config(config)
        applied = [s.revision for s in script.iterate_revisions(HEAD, before)][::-1]
        if applied:
            command.upgrade(config, HEAD)
        return before, applied


def _version(bind) -> str | None:
    """alembic_version's revision, or None (no such table, or an empty one)."""
    try:
        if isinstance(bind, Engine):
            with bind.connect() as connection:
                return connection.scalar(text("SELECT version_num FROM alembic_version"))
        with bind.begin_nested():  # PostgreSQL aborts a transaction on an error otherwise
            return bind.scalar(text("SELECT version_num FROM alembic_version"))
    except (OperationalError, ProgrammingError):
        return None


def _adopted(connection) -> str | None:
    """The revision a database made before migrations is at, as its `meta.schema_version`
    names it; None when it has no briefgen tables."""
    if not inspect(connection).has_table("meta"):
        return None
    number = connection.scalar(text("SELECT value FROM meta WHERE key = 'schema_version'"))
    return ADOPT.get(number, f"schema_version {number}")


def _refuse_newer(current: str | None, display_url: str) -> None:
    """ConfigError for a revision this briefgen does not know (a newer release made it)."""
    from alembic.script import ScriptDirectory

    if current is None or current == HEAD:
        return
    known = {s.revision for s in ScriptDirectory(str(SCRIPTS)).walk_revisions()}
    if current not in known:
        raise ConfigError(
            f"the database {display_url} is at schema {current}, newer than this briefgen "
            f"({HEAD}): upgrade briefgen (pip install -U briefgen)"
        )


def _locking_engine(engine: Engine) -> Engine:
    """An engine on the same database whose transactions really lock it.

    Python's sqlite3 leaves DDL outside transactions and begins one only lazily, so two
    processes could both create the tables; this engine starts each with BEGIN IMMEDIATE (the
    write lock, waited for) instead, which also makes the upgrade all-or-nothing. An in-memory
    SQLite database has one connection and no other process: it keeps its engine."""
    if engine.dialect.name != "sqlite" or engine.url.database in (None, "", ":memory:"):
        return engine
    locking = create_engine(engine.url, poolclass=NullPool)

    @event.listens_for(locking, "connect")
    def _driver_leaves_transactions_to_us(dbapi_connection, _record):
        dbapi_connection.isolation_level = None

    @event.listens_for(locking, "begin")
    def _take_the_write_lock(connection):
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return locking
