"""The Store's state on SQLite and PostgreSQL alike (tests/databases.py gives each test a fresh
database of each): the delivery ledger, named locks, the LLM cache, feed state, runs, and
values PostgreSQL is stricter about than SQLite (lengths, NUL, time zones)."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import threading

from clitools import cli
from conftest import NOW
from sqlalchemy import update

from briefgen.fetch import Validators
from briefgen.models import Article, SourceErrorRecord
from briefgen.novelty import PastStory
from briefgen.processes import PROCESS
from briefgen.sources import Fetched
from briefgen.store import Store
from briefgen.tables import RunRow
from briefgen.text import canonical_url, content_hash

DATE = dt.date(2026, 11, 24)
BERLIN = dt.timezone(dt.timedelta(hours=1))


def at_once(n: int, work) -> list:
    """Run work(i) in n threads released together; their results (or exceptions) in order."""
    results, start = [None] * n, threading.Barrier(n)

    def run(i):
        start.wait()
        try:
            results[i] = work(i)
        except Exception as e:  # returned for the assertions
            results[i] = e

    threads = [threading.Thread(target=run, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


def article(url: str, text: str = "text", **extra) -> Article:
    return Article(
        url=url,
        canonical_url=canonical_url(url),
        title=extra.pop("title", "T"),
        text=text,
        published=extra.pop("published", NOW),
        content_hash=content_hash("T", text),
        **extra,
    )


def test_delivery_ledger_sends_each_reader_once(database_url):
    store = Store(database_url)
    claim = dict(now=NOW, run_id=None, message_id="<1@x>")
    assert store.delivery("U", DATE, "a@x.org") is None
    assert store.claim_delivery("U", DATE, "a@x.org", **claim)
    assert not store.claim_delivery("U", DATE, "a@x.org", **claim)  # pending: being sent
    store.record_delivery("U", DATE, "a@x.org", status="failed", now=NOW, error="421 busy")
    assert store.undelivered(DATE, NOW) == [("U", DATE)]
    assert store.claim_delivery("U", DATE, "a@x.org", **claim)  # a failure is retried
    store.record_delivery("U", DATE, "a@x.org", status="sent", now=NOW)
    assert store.delivery("U", DATE, "a@x.org") == "sent"
    assert not store.claim_delivery("U", DATE, "a@x.org", **claim)
    assert store.claim_delivery("U", DATE, "a@x.org", **claim, force=True)
    assert store.undelivered(DATE, NOW) == []
    # a sender that died between claim and send: retried once the claim is stale
    assert store.claim_delivery("U", DATE, "b@x.org", **claim)
    later = NOW + dt.timedelta(hours=1)
    assert store.undelivered(DATE, later) == [("U", DATE)]
    assert store.claim_delivery("U", DATE, "b@x.org", **{**claim, "now": later})


def test_delivery_claimed_by_eight_senders_at_once_goes_to_one(database_url):
    stores = [Store(database_url) for _ in range(8)]
    run = stores[0].start_run("U", DATE, NOW)
    won = at_once(
        8,
        lambda i: stores[i].claim_delivery(
            "U", DATE, "a@x.org", now=NOW, run_id=run, message_id=f"<{i}@x>"
        ),
    )
    assert sorted(won, key=str) == [False] * 7 + [True], won
    assert stores[0].deliveries([run]) == {run: {"pending": 1}}


def test_lock_is_held_by_one_and_taken_over_only_from_the_dead(database_url):
    store = Store(database_url)
    alive = {"a", "b"}
    assert store.take_lock("scheduler", "a", NOW, alive.__contains__) is None
    assert store.take_lock("scheduler", "b", NOW, alive.__contains__) == "a"
    assert store.take_lock("scheduler", "a", NOW, alive.__contains__) is None  # ours again
    later = NOW + dt.timedelta(seconds=30)
    assert store.beat_lock("scheduler", "a", later)
    assert store.lock_holder("scheduler") == ("a", later)
    alive.discard("a")
    assert store.take_lock("scheduler", "b", later, alive.__contains__) is None
    assert not store.beat_lock("scheduler", "a", later)
    store.release_lock("scheduler", "a")  # not its lock any more: kept
    assert store.lock_holder("scheduler")[0] == "b"
    store.release_lock("scheduler", "b")
    assert store.lock_holder("scheduler") is None


def test_a_free_or_dead_lock_taken_by_six_at_once_goes_to_one(database_url):
    stores = [Store(database_url) for _ in range(6)]
    for dead_holder in (None, "dead"):
        if dead_holder:
            stores[0].take_lock("archive", dead_holder, NOW, lambda h: False)
        results = at_once(
            6, lambda i: stores[i].take_lock("archive", f"p{i}", NOW, lambda h: h != "dead")
        )
        winners = [f"p{i}" for i, r in enumerate(results) if r is None]
        assert len(winners) == 1, results
        assert all(r == winners[0] for r in results if r is not None), results
        assert stores[0].lock_holder("archive")[0] == winners[0]
        stores[0].release_lock("archive", winners[0])


def test_llm_cache_keeps_an_answer_and_a_second_write_wins(database_url):
    store = Store(database_url)
    assert store.cached_answer("k" * 64) is None
    store.cache_answer("k" * 64, "m", '{"a": 1}', (10, 2), NOW)
    store.cache_answer("k" * 64, "m", '{"a": 2}', (10, 2), NOW)
    assert store.cached_answer("k" * 64) == '{"a": 2}'


def test_feed_state_keeps_validators_articles_and_health(database_url):
    store = Store(database_url)
    url, broken = "https://a.example.com/feed.xml", "https://b.example.com/feed.xml"
    got = article("https://a.example.com/1", published=NOW.astimezone(BERLIN))
    skipped = SourceErrorRecord(source=url, error="https://a.example.com/2: 404")
    store.save_feeds(
        {url: Fetched([got], [skipped], Validators('"v1"', "Tue, 24 Nov 2026 08:00:00 GMT"))},
        {broken: "cannot connect"},
    )
    cached = store.feed_cache([url, broken])
    assert list(cached) == [url]  # the broken one has nothing worth a conditional GET
    assert cached[url].validators == Validators('"v1"', "Tue, 24 Nov 2026 08:00:00 GMT")
    assert cached[url].articles == [got] and cached[url].skipped == [skipped]
    assert cached[url].articles[0].published == NOW
    store.save_feeds({url: Fetched([], [], Validators('"v1"', None), not_modified=True)}, {})
    assert store.feed_cache([url])[url].articles == [got]  # a 304 keeps the articles
    health = store.feed_health([url, broken])
    assert health[url].status == "not_modified" and health[url].error == ""
    assert health[broken].status == "failed" and health[broken].error == "cannot connect"
    for h in health.values():
        assert h.checked_at.utcoffset() == dt.timedelta(0)
        assert abs(h.checked_at - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=1)


def test_runs_stories_and_times_come_back_in_utc(database_url):
    store = Store(database_url)
    started = NOW.astimezone(BERLIN)
    ids = store.remember([article("https://a.example.com/1")], NOW)
    run = store.start_run("Ukraine", DATE, started)
    (running,) = store.recent_runs()
    assert running.status == "running" and running.message.endswith(PROCESS)
    story = PastStory("Strike", {"strike": 0.5, "grid": 0.25}, set(ids.values()))
    store.finish_run(
        run,
        status="ok",
        finished_at=started + dt.timedelta(seconds=90),
        inputs={"sources": "abc"},
        article_ids=set(ids.values()),
        stories=[story],
    )
    (record,) = store.recent_runs(topic="ukraine")
    assert record.started_at == NOW and record.started_at.utcoffset() == dt.timedelta(0)
    assert record.duration_s == 90 and record.inputs == {"sources": "abc"}
    tomorrow = DATE + dt.timedelta(days=1)
    assert store.seen_before("Ukraine", tomorrow) == set(ids.values())
    (past,) = store.previous_stories("Ukraine", tomorrow)
    assert (past.title, past.signature, past.article_ids) == tuple(vars(story).values())
    assert store.finished_run("Ukraine", DATE).id == run


def test_a_killed_process_s_run_is_interrupted_when_a_command_opens_the_store(
    database_url, monkeypatch
):
    """A process killed mid-run (or one that lost the database before it could record the
    end) leaves its run 'running'; the next command to open the store on this host (`runs`,
    `generate`, a worker starting) records it interrupted. Runs of live processes and of
    other hosts are left alone, and so are those of a dead process that still holds a lock:
    a scheduler's, which its successor redoes."""
    code = (
        "import sys, datetime as dt, time\n"
        "from briefgen.store import Store\n"
        "print(Store(sys.argv[1]).start_run('Killed', dt.date(2026, 11, 24), "
        "dt.datetime.now(dt.UTC)), flush=True)\n"
        "time.sleep(600)\n"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", code, database_url], stdout=subprocess.PIPE, text=True
    )
    killed = int(child.stdout.readline())
    child.kill()
    child.wait()
    child.stdout.close()
    store = Store(database_url)
    live = store.start_run("Live", DATE, NOW)
    elsewhere = store.start_run("Elsewhere", DATE, NOW)
    with store.engine.begin() as connection:  # as a process of another machine marks it
        connection.execute(
            update(RunRow).where(RunRow.id == elsewhere).values(message="running in x.test:1:ab")
        )
    dead = store.recent_runs(topic="Killed")[0].message.removeprefix("running in ")
    assert store.take_lock("scheduler", dead, NOW, lambda holder: True) is None
    monkeypatch.setenv("BRIEFGEN_DATABASE", database_url)

    def statuses() -> dict[int, str]:
        assert cli("runs").exit_code == 0
        return {r.id: r.status for r in store.recent_runs()}

    assert statuses() == {killed: "running", live: "running", elsewhere: "running"}
    # ... but `runs` shows it as it stands: no process runs it (nu33 r05)
    shown = cli("runs", "--topic", "Killed").stdout
    assert "interrupted" in shown and "running" not in shown, shown
    assert "running" in cli("runs", "--topic", "Live").stdout
    store.release_lock("scheduler", dead)  # a scheduler's successor took its lock (and runs)
    assert statuses() == {killed: "interrupted", live: "running", elsewhere: "running"}
    (record,) = store.recent_runs(topic="Killed")
    assert record.message == "interrupted (its process stopped mid-run)" and record.finished_at
    store.close()


def test_values_postgresql_is_strict_about_are_stored_on_both(database_url):
    """Longer than the column, or holding NUL: cut and cleaned the same way on both, where
    PostgreSQL alone would refuse them and fail the run."""
    store = Store(database_url)
    long_url = "https://a.example.com/" + "x" * 3000
    outlet = "O" * 600
    ids = store.remember([article(long_url, title="A\x00B", outlet=outlet)], NOW)
    assert store.remember([article(long_url, title="A\x00B", outlet=outlet)], NOW) == ids
    feed = "https://a.example.com/feed"
    etag = '"' + "e" * 2000 + '"'
    store.save_feeds({feed: Fetched([], [], Validators(etag, "L" * 300))}, {})
    assert len(store.feed_cache([feed])[feed].validators.etag) == 1024
    store.save_feeds({}, {"https://b.example.com/": "server said \x00 nonsense"})
    assert store.feed_health(["https://b.example.com/"])["https://b.example.com/"].error == (
        "server said  nonsense"
    )
    store.cache_answer("k", "m" * 300, "answer", (1, 1), NOW)
    assert store.cached_answer("k") == "answer"
    run = store.start_run("T" * 600, DATE, NOW)
    store.finish_run(run, status="failed", finished_at=NOW, message="bad \x00 byte")
    (record,) = store.recent_runs(topic="T" * 600)
    assert record.message == "bad  byte" and len(record.topic) == 512


def test_the_same_new_articles_remembered_by_six_at_once_get_one_row_each(database_url):
    """Workers on topics that share sources record the same new articles at the same moment;
    each gets the one row of each, none fails (it did, with a unique violation)."""
    stores = [Store(database_url) for _ in range(6)]
    batch = [article(f"https://shared.example.org/{n}", f"text {n}") for n in range(200)]
    results = at_once(6, lambda i: stores[i].remember(batch, NOW))
    assert not [r for r in results if isinstance(r, Exception)], results
    assert all(r == results[0] for r in results)
    assert len(set(results[0].values())) == 200


def test_the_same_answers_and_vectors_cached_by_six_at_once_are_kept_once(database_url):
    stores = [Store(database_url) for _ in range(6)]
    results = at_once(6, lambda i: stores[i].cache_answer("k", "m", f"answer {i}", (1, 2), NOW))
    results += at_once(6, lambda i: stores[i].cache_embeddings("e", {"h": [float(i)]}, NOW))
    assert not [r for r in results if isinstance(r, Exception)], results
    assert stores[0].cached_answer("k").startswith("answer ")
    assert set(stores[0].cached_embeddings("e", ["h"])) == {"h"}
