"""The database's memory of articles: one row per canonical URL or text, whatever the batch;
on SQLite and PostgreSQL (tests/databases.py)."""

import datetime as dt
import socket

import pytest
from conftest import NOW

from briefgen.errors import ConfigError, StoreError
from briefgen.models import Article
from briefgen.store import LOOKUP_BATCH, Store
from briefgen.text import canonical_url, content_hash


def article(url: str, text: str) -> Article:
    return Article(
        url=url,
        canonical_url=canonical_url(url),
        title="T",
        text=text,
        published=NOW,
        content_hash=content_hash("T", text),
    )


def test_remember_maps_copies_to_one_row_and_is_stable(database_url):
    store = Store(database_url)
    first = article("https://a.example.com/x?utm_source=rss", "one")
    same_url = article("https://a.example.com/x", "one, edited")
    same_text = article("https://b.example.com/y", "one")
    other = article("https://c.example.com/z", "two")
    ids = store.remember([first, same_url, same_text, other], NOW)
    assert ids[first.url] == ids[same_url.url] == ids[same_text.url] != ids[other.url]
    later = article("https://d.example.com/w", "two")  # a copy of `other`, seen a day later
    again = store.remember([other, later], NOW + dt.timedelta(days=1))
    assert again[other.url] == again[later.url] == ids[other.url]


def test_remember_more_than_one_lookup_batch(database_url):
    store = Store(database_url)
    many = [article(f"https://e.example.com/{n}", f"text {n}") for n in range(LOOKUP_BATCH + 7)]
    ids = store.remember(many, NOW)
    assert len(set(ids.values())) == len(many)
    assert store.remember(many, NOW) == ids


def test_a_database_url_that_is_none_is_a_config_error_and_postgres_is_postgresql():
    """ "postgres://" (as Heroku writes it) is PostgreSQL, not "Can't load plugin"; a value
    that is no URL is the config's mistake (exit 2), said without the value (a password)."""
    with socket.socket() as probe:  # a loopback port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(StoreError) as refused:
        Store(f"postgres://briefgen@127.0.0.1:{port}/briefgen")
    assert "refused" in str(refused.value) and "plugin" not in str(refused.value)
    with pytest.raises(ConfigError, match="not a database URL") as wrong:
        Store("s3cret-not-a-url")
    assert "s3cret" not in str(wrong.value)
    # a password in the query, as libpq takes it too, is hidden as one after the user is
    with pytest.raises(StoreError) as query:
        Store(
            f"postgresql+psycopg://ana@127.0.0.1:{port}/briefgen?password=Top5ecret&sslmode=prefer"
        )
    assert "Top5ecret" not in str(query.value)
    assert "?password=***&sslmode=prefer" in str(query.value)


def test_a_database_error_s_advice_fits_its_cause():
    """A PostgreSQL server lost mid-run is to be started again, not waited for as if another
    briefgen held it; SQLite's lock is another briefgen's."""
    from sqlalchemy.exc import OperationalError

    from briefgen.engines import advice

    refused = OperationalError("SELECT 1", {}, Exception("connection failed: Connection refused"))
    locked = OperationalError("COMMIT", {}, Exception("database is locked"))
    postgres, sqlite = "postgresql+psycopg://u:***@db/briefgen", "sqlite:///briefgen.db"
    assert advice(refused, postgres).startswith("check that the database server is running")
    assert advice(locked, sqlite).startswith("if another briefgen is running")
    deadlock = OperationalError("UPDATE runs", {}, Exception("deadlock detected"))
    assert advice(deadlock, postgres).startswith("if another briefgen is running")


def test_a_process_is_known_to_have_ended_only_in_its_own_pid_namespace():
    """A lock's holder on this host name but in another container (its own pids) is not
    taken for dead because its pid is not ours: its lock would be taken over."""
    from briefgen import processes

    host = socket.gethostname()
    assert processes.ended(f"{host}:999999:{processes._namespace()}-ab")  # no such pid here
    assert not processes.ended(f"{host}:999999:1-ab")  # another namespace's
    assert not processes.ended(processes.PROCESS)
