"""Briefs built by Celery workers on a real Redis broker and a real PostgreSQL database: a
worker killed mid-run loses nothing and nobody gets a brief twice."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import Counter
from email import message_from_bytes
from pathlib import Path

import pytest
from llm_server import FakeLLM, serve
from smtp_server import smtp_server

REDIS_ENV = "BRIEFGEN_TEST_REDIS_URL"
DAY = "2026-11-24"
TOPICS = 8
READERS = ["ana@example.org", "ben@example.org"]


@pytest.fixture
def redis_url():
    """A Redis database of the test server, emptied before and after the test."""
    url = os.environ.get(REDIS_ENV)
    if not url:
        pytest.skip(f"no Redis server: set {REDIS_ENV}; .ci/run starts a server")
    import redis

    client = redis.Redis.from_url(url)
    client.flushdb()
    yield url
    client.flushdb()
    client.close()


def write_config(tmp_path: Path, articles: Path, broker: str, llm: str, smtp) -> Path:
    lines = [
        'output_dir = "out"',
        "[queue]",
        f'broker_url = "{broker}"',
        "visibility_timeout_s = 12",  # a dead worker's briefs go to the other one soon
        "wait_s = 240",
        "[llm]",
        'provider = "openai"',
        'model = "test-model"',
        f'base_url = "{llm}"',
        "cache = false",  # each topic asks the LLM: work is in flight when the worker dies
        "[email]",
        f'host = "{smtp.host}"',
        f"port = {smtp.port}",
        'security = "none"',
    ]
    for n in range(1, TOPICS + 1):
        lines += [
            "[[topics]]",
            f'name = "Region {n}"',
            'since = "72h"',
            f"recipients = {READERS!r}".replace("'", '"'),
            f'sources = ["{articles}"]',
        ]
    config = tmp_path / "briefgen.toml"
    config.write_text("\n".join(lines) + "\n")
    return config


def briefgen(*args, env, **kwargs):
    return subprocess.run(
        [sys.executable, "-m", "briefgen", *map(str, args)],
        env=env, capture_output=True, text=True, timeout=300, **kwargs,
    )  # fmt: skip


def start(command: list[str], log: Path, env: dict) -> subprocess.Popen:
    """A process in its own session (killed with its pool), its output to `log`."""
    with log.open("w") as out:  # the child keeps its own copy of the descriptor
        return subprocess.Popen(
            command, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )


def stop(worker: subprocess.Popen) -> None:
    """A worker's warm shutdown; killed with its pool if that takes over a minute."""
    worker.terminate()
    try:
        worker.wait(60)
    except subprocess.TimeoutExpired:
        os.killpg(worker.pid, signal.SIGKILL)
        worker.wait()


@pytest.mark.slow
def test_a_worker_killed_mid_run_loses_no_brief_and_sends_none_twice(
    articles, tmp_path, redis_url, postgres_server
):
    database = postgres_server.create()
    env = {**os.environ, "BRIEFGEN_DATABASE": database}
    with serve(FakeLLM(delay=0.5)) as llm, smtp_server() as smtp:
        config = write_config(tmp_path, articles, redis_url, llm.base_url, smtp)
        first = briefgen("db", "upgrade", "--config", config, env=env)
        assert first.returncode == 0 and "created the briefgen tables" in first.stdout, first.stderr
        second = briefgen("db", "upgrade", "--config", config, env=env)
        assert second.returncode == 0 and "already at schema" in second.stdout, second.stderr

        command = [sys.executable, "-m", "briefgen", "worker", "--config", str(config)]
        command += ["--concurrency", "2"]
        workers = [start(command, tmp_path / f"worker{n}.log", env) for n in (1, 2)]
        try:
            run = subprocess.Popen(
                [sys.executable, "-m", "briefgen", "generate", "--config", config,
                 "--date", DAY, "--email"],
                env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            )  # fmt: skip
            started = time.monotonic()
            log = tmp_path / "worker1.log"
            # mid-run: the first worker has recorded a run and gathered its articles, and has
            # seconds of LLM answers (0.5 s each) and rendering ahead (a fixed delay instead
            # was before the runs or after them when the machine was busy)
            while "gathered" not in log.read_text() and time.monotonic() - started < 90:
                time.sleep(0.05)
            assert "gathered" in log.read_text(), "the first worker started no brief in 90 s"
            os.killpg(workers[0].pid, signal.SIGKILL)  # the worker and its pool, mid-run
            workers[0].wait()
            out, err = run.communicate(timeout=240)
        finally:
            for w in workers:
                if w.poll() is None:
                    # the worker alone: its warm shutdown lets a brief in hand finish (a
                    # TERM to its pool too would leave that run 'running'; on a busy machine
                    # a brief can outlast the 12 s visibility timeout and be built twice)
                    stop(w)
        assert run.returncode == 0, err + (tmp_path / "worker2.log").read_text()[-3000:]
        pdfs = sorted((tmp_path / "out" / DAY).glob("*.pdf"))
        assert len(pdfs) == TOPICS, pdfs
        assert sorted(p for p in out.splitlines() if p.endswith(".pdf")) == list(map(str, pdfs))
        sent = Counter(
            (message_from_bytes(d.content)["Subject"], r)
            for d in smtp.delivered
            for r in d.rcpt_tos
        )
        assert len(sent) == TOPICS * len(READERS), sent
        assert set(sent.values()) == {1}, [k for k, v in sent.items() if v > 1]
        assert "(redelivered)" in (tmp_path / "worker2.log").read_text()  # the dead one's
        runs = briefgen("runs", "--config", config, "--limit", "50", env=env).stdout
        assert " running " not in runs and "interrupted" in runs, runs  # the dead worker's
        index = (tmp_path / "out" / "index.html").read_text()
        assert all(f"Region {n}" in index for n in range(1, TOPICS + 1))
    postgres_server.drop(database)


def test_generate_without_a_broker_says_how_to_build_here(articles, tmp_path):
    config = tmp_path / "briefgen.toml"
    config.write_text(
        '[queue]\nbroker_url = "redis://127.0.0.1:9/0"\n'
        f'[[topics]]\nname = "T"\nsince = "72h"\nsources = ["{articles}"]\n'
    )
    env = {**os.environ}
    result = briefgen("generate", "--config", config, "--date", DAY, env=env)
    assert result.returncode == 1  # the broker is away (for now): no config to mend
    assert "cannot reach the broker redis://127.0.0.1:9/0" in result.stderr
    assert "--local" in result.stderr
    local = briefgen("generate", "--config", config, "--date", DAY, "--local", env=env)
    assert local.returncode == 0, local.stderr
    assert local.stdout.strip().endswith("t.json")


def test_a_broker_that_refuses_the_login_is_said_to_run(articles, tmp_path, redis_url):
    """A wrong password was "cannot reach the broker ...; start it": it runs (a new
    user's). Its URL from the environment, where its password belongs."""
    config = tmp_path / "briefgen.toml"
    config.write_text(f'[[topics]]\nname = "T"\nsince = "72h"\nsources = ["{articles}"]\n')
    wrong = redis_url.replace("redis://", "redis://nobody:Wr0ngPw@")
    env = {**os.environ, "BRIEFGEN_BROKER_URL": wrong}
    result = briefgen("generate", "--config", config, "--date", DAY, env=env)
    assert result.returncode == 1
    assert "the broker runs but refused the login; check the password" in result.stderr
    assert "Wr0ngPw" not in result.stderr and "start it" not in result.stderr


def test_a_worker_whose_broker_is_away_says_so_in_one_line_and_exits_1(articles, tmp_path):
    """Not Celery's banner and a hundred retries: one line, and its supervisor starts it
    again later."""
    config = tmp_path / "briefgen.toml"
    config.write_text(
        '[queue]\nbroker_url = "redis://127.0.0.1:9/0"\n'
        f'[[topics]]\nname = "T"\nsince = "72h"\nsources = ["{articles}"]\n'
    )
    result = briefgen("worker", "--config", config, env={**os.environ})
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "error: cannot reach the broker redis://127.0.0.1:9/0 (Error 111 connecting to "
        "127.0.0.1:9. Connection refused.); start it; this worker stops (exit code 1)"
    ], result.stderr


def test_the_scheduler_sends_a_due_topic_to_the_workers(articles, tmp_path, redis_url):
    """With a broker, a scheduled run builds nothing here: its topic waits in the queue,
    dated as the scheduler saw it, for a worker."""
    import base64
    import json

    import redis

    from briefgen.schedule import scheduled_run

    config = tmp_path / "briefgen.toml"
    config.write_text(
        f'[queue]\nbroker_url = "{redis_url}"\n'
        f'[[topics]]\nname = "Region 1"\nsince = "72h"\nsources = ["{articles}"]\n'
    )
    scheduled_run(str(config), "Region 1", DAY)
    client = redis.Redis.from_url(redis_url)
    try:
        (message,) = client.lrange("celery", 0, -1)
    finally:
        client.close()
    body = json.loads(message)
    assert body["headers"]["task"] == "briefgen.build_brief"
    (payload,), _, _ = json.loads(base64.b64decode(body["body"]))
    assert payload["topic"]["name"] == "Region 1" and payload["options"]["date"] == DAY
    assert payload["options"]["email"] is True
    assert not (tmp_path / "output").exists()  # nothing built here


def test_a_dead_worker_s_sweep_lock_lasts_seconds_not_minutes(redis_url):
    """Workers take turns restoring a dead worker's tasks under one lock in Redis; a worker
    killed while it holds that lock keeps the others from restoring until the lock expires:
    30 s here, not kombu's 300 s (which outlasts `generate`'s wait)."""
    from briefgen.sections import QueueSettings
    from briefgen.workers import celery_app

    app = celery_app(QueueSettings(broker_url=redis_url, visibility_timeout_s=12))
    with app.connection_for_write() as connection:
        channel = connection.default_channel
        lock = channel.client.lock(channel.unacked_mutex_key, timeout=channel.unacked_mutex_expire)
        assert lock.acquire(blocking=False)  # as the sweep takes it; its worker then dies
        assert 0 < channel.client.ttl(channel.unacked_mutex_key) <= 30


def test_a_worker_does_not_start_on_a_database_without_the_schema(
    tmp_path, redis_url, postgres_server
):
    database = postgres_server.create()  # no tables: `briefgen db upgrade` never ran
    config = tmp_path / "briefgen.toml"
    config.write_text(f'[queue]\nbroker_url = "{redis_url}"\n')
    env = {**os.environ, "BRIEFGEN_DATABASE": database}
    try:
        result = subprocess.run(
            [sys.executable, "-m", "briefgen", "worker", "--config", config],
            env=env, capture_output=True, text=True, timeout=60,
        )  # fmt: skip
    finally:
        postgres_server.drop(database)
    assert result.returncode == 2
    assert result.stderr.startswith("error: the database postgresql+psycopg://"), result.stderr
    assert result.stderr.endswith(": run 'briefgen db upgrade'\n"), result.stderr


@pytest.mark.slow
def test_two_workers_on_one_host_have_two_names(tmp_path, redis_url):
    """Celery tells workers apart by name: two with one name answer as one."""
    from briefgen.sections import QueueSettings
    from briefgen.workers import celery_app

    config = tmp_path / "briefgen.toml"
    config.write_text(f'[queue]\nbroker_url = "{redis_url}"\n')
    command = [sys.executable, "-m", "briefgen", "worker", "--config", str(config)]
    workers = [start(command, tmp_path / f"worker{n}.log", os.environ) for n in (1, 2)]
    app = celery_app(QueueSettings(broker_url=redis_url))
    replies: list[dict] = []
    try:
        started = time.monotonic()
        while len(replies) < 2 and time.monotonic() - started < 90:  # both started
            replies = app.control.ping(timeout=1.0)
    finally:
        for w in workers:
            stop(w)
    assert len(replies) == 2, replies
    names = {name for reply in replies for name in reply}
    assert len(names) == 2 and all(n.startswith("briefgen-") for n in names), names
