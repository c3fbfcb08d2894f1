"""Schema migrations (briefgen/migrations, briefgen/migrate.py) on SQLite and PostgreSQL: a new
database, one made by briefgen 0.1.0 (tests/fixtures/briefgen-0.1.0.sqlite, see the README
there), one made by the interim schema 2, one behind, one ahead."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import subprocess
import sys
import threading

import pytest
from conftest import FIXTURES, NOW
from sqlalchemy import MetaData, create_engine, insert, select, text

from briefgen import migrate
from briefgen.engines import engine_for
from briefgen.errors import ConfigError
from briefgen.store import Store
from briefgen.tables import Base

FIXTURE_0_1_0 = FIXTURES / "briefgen-0.1.0.sqlite"
DEMO_DATE = dt.date(2026, 11, 24)
ADDED_BY_0002 = {("runs", "llm_calls_ok"), ("runs", "inputs")}
ADDED_BY_0003 = {"embeddings"}


def differences(url: str, metadata: MetaData) -> list:
    """What Alembic's autogenerate would change to make the database at `url` `metadata`."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    engine = engine_for(url)
    try:
        with engine.connect() as connection:
            return compare_metadata(MigrationContext.configure(connection), metadata)
    finally:
        engine.dispose()


def upgrade_to(url: str, revision: str) -> None:
    """Run the migrations up to `revision` (not further), as an older briefgen would have."""
    from alembic import command

    engine = engine_for(url)
    with engine.begin() as connection:
        command.upgrade(migrate.alembic_config(connection), revision)
    engine.dispose()


def sql(url: str, *statements: str) -> list:
    """Run statements in one transaction; the rows of the last."""
    engine = engine_for(url)
    with engine.begin() as connection:
        for statement in statements:
            result = connection.execute(text(statement))
        rows = list(result) if result.returns_rows else []
    engine.dispose()
    return rows


def test_head_is_the_newest_script_and_the_only_one():
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert script.get_heads() == [migrate.HEAD]


def test_a_new_database_gets_every_table_of_tables_py_and_a_second_upgrade_does_nothing(
    empty_database_url,
):
    assert migrate.upgrade(empty_database_url) == ["0001", "0002", "0003"]
    assert differences(empty_database_url, Base.metadata) == []
    assert migrate.upgrade(empty_database_url) == []
    assert sql(empty_database_url, "SELECT version_num FROM alembic_version") == [("0003",)]


def test_revision_0001_is_the_schema_before_0002(empty_database_url):
    """0001 must be what 0.1.0's create_all made: tables.py without the columns 0002 added
    and the tables 0003 added."""
    upgrade_to(empty_database_url, "0001")
    old = MetaData()
    for table in Base.metadata.tables.values():
        if table.name in ADDED_BY_0003:
            continue
        copy = table.to_metadata(old)
        for column in list(copy.columns):
            if (table.name, column.name) in ADDED_BY_0002:
                copy._columns.remove(column)
    assert differences(empty_database_url, old) == []


def make_0_1_0_database(url: str) -> None:
    """The 0.1.0 fixture's rows in the database at `url`, as 0.1.0 left them (SQLite: the file
    itself; PostgreSQL: the schema of revision 0001 without alembic_version, rows copied)."""
    if url.startswith("sqlite"):
        shutil.copy(FIXTURE_0_1_0, url.removeprefix("sqlite:///"))
        return
    upgrade_to(url, "0001")
    sql(url, "DROP TABLE alembic_version", "DELETE FROM meta")
    source, target = create_engine(f"sqlite:///{FIXTURE_0_1_0}"), engine_for(url)
    tables = MetaData()
    tables.reflect(source)
    with source.connect() as read, target.begin() as write:
        for table in tables.sorted_tables:  # parents before the rows that refer to them
            rows = [r._asdict() for r in read.execute(select(table))]
            if rows:
                write.execute(insert(table), rows)
        for table in ("articles", "runs", "deliveries", "stories"):  # past the copied ids
            write.execute(text(f"SELECT setval('{table}_id_seq', (SELECT max(id) FROM {table}))"))
    source.dispose(), target.dispose()


def test_a_0_1_0_database_is_adopted_with_everything_it_held(empty_database_url):
    url = empty_database_url
    make_0_1_0_database(url)
    (cache_key, cached), *_ = sql(url, "SELECT key, answer FROM llm_cache ORDER BY key")
    if url.startswith("postgresql"):  # a shared database waits for `briefgen db upgrade`
        with pytest.raises(ConfigError, match=r"schema 0001, this briefgen needs 0003: run 'br"):
            Store(url)
        assert migrate.db_upgrade(url).endswith("from schema 0001 to 0003")
    store = Store(url)  # SQLite: upgraded on opening
    assert sql(url, "SELECT version_num FROM alembic_version") == [("0003",)]
    assert sql(url, "SELECT value FROM meta") == [("2",)]  # 0.1.0 would now refuse it

    runs = store.recent_runs()
    assert [(r.id, r.topic, r.status) for r in runs] == [
        (4, "Kyiv power", "ok"),
        (3, "Kyiv power", "ok"),
        (2, "Kyiv power", "ok"),
        (1, "Ukraine war", "ok"),
    ]
    assert runs[0].model == "test-model" and runs[0].llm_calls > 0
    assert all(r.inputs == {} and r.llm_calls_ok == 0 for r in runs)
    assert store.finished_run("Ukraine war", DEMO_DATE).outputs[0].endswith("ukraine-war.html")
    assert store.cached_answer(cache_key) == cached
    assert len(store.seen_before("Ukraine war", DEMO_DATE + dt.timedelta(days=1))) >= 5
    assert store.previous_stories("Ukraine war", DEMO_DATE + dt.timedelta(days=1))

    (feed_url, cached_feed), *_ = store.feed_cache(
        [r[0] for r in sql(url, "SELECT url FROM feeds")]
    ).items()
    assert feed_url.endswith("/feed.xml") and cached_feed.validators.last_modified
    assert cached_feed.articles[0].title == "Kyiv restores power after grid strike"

    for reader in ("analyst@example.com", "editor@example.com"):
        assert store.delivery("Ukraine war", DEMO_DATE, reader) == "sent"
        claimed = store.claim_delivery(
            "Ukraine war", DEMO_DATE, reader, now=NOW, run_id=1, message_id="<m@x>"
        )
        assert not claimed  # sent by 0.1.0: never sent again
    assert store.deliveries([1]) == {1: {"sent": 2}}

    # and new runs are recorded beside the old ones, with what 0002 added
    run = store.start_run("Ukraine war", DEMO_DATE + dt.timedelta(days=1), NOW)
    store.finish_run(run, status="ok", finished_at=NOW, inputs={"sources": "a"})
    assert run == 5 and store.recent_runs(1)[0].inputs == {"sources": "a"}
    store.close()
    assert migrate.upgrade(url) == []


def test_a_database_of_the_interim_schema_2_is_stamped_not_altered(tmp_path):
    """Made by the code between 0.1.0 and migrations: meta says 2, the columns are there."""
    url = f"sqlite:///{tmp_path}/interim.db"
    store = Store(url)
    run = store.start_run("Ukraine", DEMO_DATE, NOW)
    store.finish_run(run, status="ok", finished_at=NOW, inputs={"k": "v"})
    store.close()
    sql(url, "DROP TABLE alembic_version", "DROP TABLE embeddings")  # as that code left it
    assert migrate.upgrade(url) == ["0003"]  # stamped 0002: only the later revision runs
    assert sql(url, "SELECT version_num FROM alembic_version") == [("0003",)]
    assert Store(url).recent_runs()[0].inputs == {"k": "v"}


def test_a_shared_database_behind_stops_with_one_line_naming_db_upgrade(postgres_server):
    url = postgres_server.create()
    try:
        with_password = url.replace("postgres@", "postgres:s3cret@")  # trust auth ignores it
        with pytest.raises(ConfigError) as empty:
            Store(with_password)
        upgrade_to(url, "0001")
        with pytest.raises(ConfigError) as behind:
            Store(with_password)
        for error in (empty, behind):
            message = str(error.value)
            assert "run 'briefgen db upgrade'" in message and "\n" not in message
            assert "s3cret" not in message and "***" in message
        assert "has no briefgen tables yet" in str(empty.value)
        assert "is at schema 0001, this briefgen needs 0003" in str(behind.value)
        assert error.value.exit_code == 2
        assert migrate.db_upgrade(with_password).startswith("upgraded the database postgresql")
        assert "already at schema 0003" in migrate.db_upgrade(with_password)
        Store(with_password).close()
    finally:
        postgres_server.drop(url)


def test_a_database_newer_than_this_briefgen_stops_with_one_line(database_url):
    Store(database_url).close()
    sql(database_url, "UPDATE alembic_version SET version_num = '0099'")
    for attempt in (lambda: Store(database_url), lambda: migrate.upgrade(database_url)):
        with pytest.raises(ConfigError, match=r"at schema 0099, newer than this briefgen \(0003"):
            attempt()
    assert sql(database_url, "SELECT version_num FROM alembic_version") == [("0099",)]


def test_processes_opening_a_new_sqlite_database_at_once_all_get_it(tmp_path):
    """Each open that finds it empty takes SQLite's write lock before creating the tables, so
    the others wait and then find it current, instead of creating them a second time."""
    url, errors, start = f"sqlite:///{tmp_path}/race.db", [], threading.Barrier(4)

    def open_store():
        start.wait()
        try:
            Store(url).close()
        except Exception as e:  # collected for the assertion below
            errors.append(e)

    threads = [threading.Thread(target=open_store) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert sql(url, "SELECT version_num FROM alembic_version") == [("0003",)]


def test_an_upgrade_that_fails_leaves_the_database_as_it_was(tmp_path):
    """The whole upgrade is one transaction: a 0.1.0 database whose upgrade fails half-way
    (here: 0002's column already exists) keeps schema 1 and gets no alembic_version."""
    path = tmp_path / "old.sqlite"
    shutil.copy(FIXTURE_0_1_0, path)
    with sqlite3.connect(path) as db:
        db.execute("ALTER TABLE runs ADD COLUMN inputs JSON")
    with pytest.raises(Exception, match="duplicate column"):
        migrate.upgrade(f"sqlite:///{path}")
    with sqlite3.connect(path) as db:
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master")}
        columns = {r[1] for r in db.execute("PRAGMA table_info(runs)")}
        assert db.execute("SELECT value FROM meta").fetchone() == ("1",)
    assert "alembic_version" not in tables and "llm_calls_ok" not in columns


def test_opening_a_current_database_imports_no_alembic(database_url):
    """Every command opens the store: at the newest schema that is one SELECT, no Alembic."""
    Store(database_url).close()
    code = (
        "import sys; from briefgen.store import Store; Store(sys.argv[1]).recent_runs(); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))"
    )
    opened = subprocess.run(
        [sys.executable, "-c", code, database_url], capture_output=True, text=True, check=True
    )
    assert opened.stdout.strip() == "[]"


def test_db_upgrade_command_creates_the_tables_then_has_nothing_to_do(
    empty_database_url, monkeypatch, tmp_path
):
    """`briefgen db upgrade` (cli.py): the second run applies nothing."""
    from clitools import cli

    url = empty_database_url.replace("postgres@", "postgres:s3cret@")  # trust ignores it
    monkeypatch.setenv("BRIEFGEN_DATABASE", url)
    config = tmp_path / "briefgen.toml"
    config.write_text('[[topics]]\nname = "U"\nsources = ["articles/"]\n')
    first = cli("db", "upgrade", "--config", config)
    assert first.exit_code == 0, first.output
    assert "0003" in first.output and "s3cret" not in first.output
    second = cli("db", "upgrade", "--config", config)
    assert second.exit_code == 0 and "0001" not in second.output, second.output
    assert sql(empty_database_url, "SELECT version_num FROM alembic_version") == [("0003",)]


def test_upgrade_without_the_database_driver_names_what_to_install():
    with pytest.raises(ConfigError, match=r"no driver for the database mysql://u:\*\*\*@h/db"):
        migrate.upgrade("mysql://u:secret@h/db")
