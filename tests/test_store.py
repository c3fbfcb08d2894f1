"""The database's memory of articles: one row per canonical URL or text, whatever the batch."""

import datetime as dt

from conftest import NOW

from briefgen.models import Article
from briefgen.store import LOOKUP_BATCH, SCHEMA_VERSION, Store
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


def test_remember_maps_copies_to_one_row_and_is_stable(tmp_path):
    store = Store(f"sqlite:///{tmp_path}/db.sqlite")
    first = article("https://a.example.com/x?utm_source=rss", "one")
    same_url = article("https://a.example.com/x", "one, edited")
    same_text = article("https://b.example.com/y", "one")
    other = article("https://c.example.com/z", "two")
    ids = store.remember([first, same_url, same_text, other], NOW)
    assert ids[first.url] == ids[same_url.url] == ids[same_text.url] != ids[other.url]
    later = article("https://d.example.com/w", "two")  # a copy of `other`, seen a day later
    again = store.remember([other, later], NOW + dt.timedelta(days=1))
    assert again[other.url] == again[later.url] == ids[other.url]


def test_remember_more_than_one_lookup_batch(tmp_path):
    store = Store(f"sqlite:///{tmp_path}/db.sqlite")
    many = [article(f"https://e.example.com/{n}", f"text {n}") for n in range(LOOKUP_BATCH + 7)]
    ids = store.remember(many, NOW)
    assert len(set(ids.values())) == len(many)
    assert store.remember(many, NOW) == ids


def test_a_schema_1_database_gains_the_new_columns_and_keeps_its_runs(tmp_path):
    """A database made before runs kept their inputs (0.1.0) opens, is upgraded in place, and
    its runs are kept; a run recorded then is never taken for one with the same inputs."""
    import sqlite3

    path = tmp_path / "old.sqlite"
    store = Store(f"sqlite:///{path}")
    run = store.start_run("Ukraine", dt.date(2026, 11, 24), NOW)
    store.finish_run(run, status="ok", finished_at=NOW, outputs=["x.json"])
    store.close()
    with sqlite3.connect(path) as db:  # what 0.1.0 left: no new columns, schema 1
        db.execute("ALTER TABLE runs DROP COLUMN inputs")
        db.execute("ALTER TABLE runs DROP COLUMN llm_calls_ok")
        db.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    store = Store(f"sqlite:///{path}")
    (record,) = store.recent_runs()
    assert record.id == run and record.status == "ok" and record.outputs == ["x.json"]
    assert record.inputs == {} and record.llm_calls_ok == 0
    store.close()
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == (
            str(SCHEMA_VERSION),
        )
        columns = {row[1] for row in db.execute("PRAGMA table_info(runs)")}
    assert {"inputs", "llm_calls_ok"} <= columns
