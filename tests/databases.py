"""Database fixtures: each test gets a fresh database of its own, SQLite or PostgreSQL.

PostgreSQL runs on the server `BRIEFGEN_TEST_POSTGRES_URL` names (a superuser URL such as
postgresql+psycopg://postgres@127.0.0.1:5432/postgres; .ci/run starts a throwaway one). Each
test's database is a CREATE DATABASE ... TEMPLATE copy, dropped after the test: copying a
template already at the newest schema costs a few milliseconds, running the migrations more.
"""

from __future__ import annotations

import os
import secrets

import pytest

POSTGRES_ENV = "BRIEFGEN_TEST_POSTGRES_URL"
NO_POSTGRES = f"no PostgreSQL server: set {POSTGRES_ENV}; .ci/run starts a server"
BACKENDS = ["sqlite", "postgresql"]


class PostgresServer:
    """Makes and drops databases on the test server, through one autocommit connection."""

    def __init__(self, url: str) -> None:
        from sqlalchemy import create_engine
        from sqlalchemy.engine import make_url

        self.url = make_url(url)
        self.admin = create_engine(self.url, isolation_level="AUTOCOMMIT")
        self.prefix = f"briefgen_test_{os.getpid()}_"  # apart from other pytest processes
        self.head_template: str | None = None

    def create(self, template: str = "template0") -> str:
        """A new database copied from `template`; returns its URL (with the password)."""
        name = self.prefix + secrets.token_hex(4)
        self._sql(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        return self.url.set(database=name).render_as_string(hide_password=False)

    def at_head(self) -> str:
        """A new database at the newest schema (from a template upgraded once per session)."""
        if self.head_template is None:
            from briefgen.migrate import upgrade

            url = self.create()
            upgrade(url)
            self.head_template = url.rsplit("/", 1)[1]
        return self.create(self.head_template)

    def drop(self, url: str) -> None:
        """Drop the database at `url`, closing what a test left connected to it."""
        self._sql(f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}" WITH (FORCE)')

    def close(self) -> None:
        if self.head_template:
            self._sql(f'DROP DATABASE IF EXISTS "{self.head_template}" WITH (FORCE)')
        self.admin.dispose()

    def _sql(self, statement: str) -> None:
        from sqlalchemy import text

        with self.admin.connect() as connection:
            connection.execute(text(statement))


@pytest.fixture(scope="session")
def postgres_server():
    """The test PostgreSQL server, or a skip naming how to get one."""
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        pytest.skip(NO_POSTGRES)
    server = PostgresServer(url)
    yield server
    server.close()


@pytest.fixture(params=BACKENDS)
def database_url(request, tmp_path):
    """A fresh database at the newest schema, once on SQLite and once on PostgreSQL."""
    yield from _fresh(request, tmp_path / "fresh.db", PostgresServer.at_head)


@pytest.fixture(params=BACKENDS)
def empty_database_url(request, tmp_path):
    """A fresh database with no tables at all, once on SQLite and once on PostgreSQL."""
    yield from _fresh(request, tmp_path / "empty.db", PostgresServer.create)


def _fresh(request, sqlite_file, make):
    """A SQLite file not yet made, or a PostgreSQL database `make` creates (then dropped)."""
    if request.param == "sqlite":
        yield f"sqlite:///{sqlite_file}"
        return
    server = request.getfixturevalue("postgres_server")
    url = make(server)
    yield url
    server.drop(url)
