"""Database URLs: an engine for one (SQLite's folder made, PostgreSQL's times in UTC), the
error for a missing driver, whether a SQLite file exists yet, the URL as messages may show it
(its password hidden), and a transaction whose database errors say what to do."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.orm import Session

from briefgen.errors import ConfigError, StoreError, first_line
from briefgen.text import SECRET_PARAMS


def engine_for(url: str) -> Engine:
    """An engine for `url` (a SQLite file's folder made first); raises ImportError when the
    database's driver is missing, ArgumentError for a URL that is not one."""
    parsed = make_url(url)
    if parsed.drivername == "postgres":  # as Heroku and others write it; SQLAlchemy does not
        parsed = parsed.set(drivername="postgresql")
    options = {}
    if parsed.drivername.startswith("sqlite") and parsed.database not in (None, "", ":memory:"):
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    elif parsed.drivername.startswith("postgresql"):
        # datetimes come back in UTC, as SQLite's do, whatever the server's time zone
        options["connect_args"] = {"options": "-c timezone=UTC"}
    # pre-ping: a server that dropped the connection costs a reconnect, not a run
    return create_engine(parsed, pool_pre_ping=True, **options)


def missing_driver(url: str, e: ImportError) -> ConfigError:
    """The error for a database URL whose driver is not installed, naming what to install."""
    hint = (
        "pip install 'briefgen[scale]' and write the URL as postgresql+psycopg://..."
        if url.startswith("postgres")
        else f"install the Python package that provides {e.name!r}"
    )
    return ConfigError(f"no driver for the database {safe_url(url)} ({first_line(e)}): {hint}")


def database_exists(url: str) -> bool:
    """False only for a SQLite file that has not been created yet."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return True
    if parsed.drivername.startswith("sqlite") and parsed.database not in (None, "", ":memory:"):
        return Path(parsed.database).exists()
    return True


def safe_url(url: str) -> str:
    """The database URL with its password hidden, for messages: after the user name, and
    in the query (libpq's "?password=", "?sslpassword=": text.SECRET_PARAMS)."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return "(unparseable database URL)"
    if hidden := {k: "***" for k in parsed.query if SECRET_PARAMS.search(k)}:
        parsed = parsed.update_query_dict(hidden)
    return parsed.render_as_string(hide_password=True).replace("%2A%2A%2A", "***")


class Transaction:
    """A session that commits on success and turns database errors into StoreError."""

    def __init__(self, session: Session, display_url: str) -> None:
        self.session, self.display_url = session, display_url

    def __enter__(self) -> Session:
        self.session.begin()
        return self.session

    def __exit__(self, exc_type, exc, tb) -> bool:
        try:
            if exc_type is None:
                self.session.commit()
            else:
                self.session.rollback()
        except SQLAlchemyError as e:  # e.g. "database is locked" at commit time
            exc = e
        finally:
            self.session.close()
        if isinstance(exc, SQLAlchemyError):
            raise StoreError(
                f"database error on {self.display_url} ({first_line(exc)}); "
                + advice(exc, self.display_url)
            ) from exc
        return False


LOST = ("connection refused", "connection failed", "could not connect", "server closed the",
        "terminating connection", "connection is closed", "connection timed out",
        "no route to host")  # fmt: skip


def advice(error: SQLAlchemyError, url: str) -> str:
    """What to do: a database server that cannot be reached is started again; a database
    busy with another briefgen (a lock, a deadlock) is waited for."""
    said = str(getattr(error, "orig", error)).lower()
    lost = getattr(error, "connection_invalidated", False) or any(w in said for w in LOST)
    if lost and not url.startswith("sqlite"):
        return "check that the database server is running and reachable, then retry"
    return "if another briefgen is running on the same database, wait for it and retry"
