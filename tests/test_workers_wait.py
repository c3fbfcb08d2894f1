"""`generate` waiting for the workers, on real Redis servers: a request it gave up on is
withdrawn (no worker builds, or mails, it later), and a broker restarted while it waits is
waited for; one line says why when the wait ends without a brief."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_workers import DAY, briefgen, start, stop

from briefgen.sections import QueueSettings
from briefgen.store import Store
from briefgen.workers import celery_app

OUTAGE_S = 23  # longer than Celery's 20 tries to reconnect to its result store


def write_config(path: Path, articles: Path, broker: str, wait_s: float) -> Path:
    topics = "".join(
        f'[[topics]]\nname = "{name}"\nsince = "72h"\nsources = ["{articles}"]\n'
        for name in ("Late", "Now")
    )
    path.write_text(
        f'output_dir = "out"\n[queue]\nbroker_url = "{broker}"\nwait_s = {wait_s}\n{topics}'
    )
    return path


def generating(config: Path, topic: str) -> subprocess.Popen:
    """`generate` of one topic, once it has sent it to the workers."""
    run = subprocess.Popen(
        [sys.executable, "-m", "briefgen", "generate", "--config", config, "--date", DAY, topic],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    line = run.stderr.readline()
    assert line.startswith("sent 1 topic(s) to the workers"), line + run.stderr.read()
    return run


class RedisServer:
    """A Redis server of the test's own on a free loopback port, to stop and start again."""

    def __init__(self, folder: Path) -> None:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.url, self.folder = f"redis://127.0.0.1:{self.port}/0", folder
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        import redis

        self.process = subprocess.Popen(
            ["redis-server", "--bind", "127.0.0.1", "--port", str(self.port), "--save", "",
             "--appendonly", "no", "--dir", str(self.folder)],
            stdout=subprocess.DEVNULL,
        )  # fmt: skip
        client = redis.Redis(port=self.port)
        for _ in range(100):
            try:
                client.ping()
                break
            except redis.ConnectionError:
                time.sleep(0.1)
        client.close()

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait()

    def task_id(self) -> str:
        """The id of the one task waiting in the queue."""
        import redis

        client = redis.Redis(port=self.port)
        try:
            (message,) = client.lrange("celery", 0, -1)
        finally:
            client.close()
        return json.loads(message)["headers"]["id"]


@pytest.fixture
def own_redis(tmp_path):
    if not shutil.which("redis-server"):
        pytest.skip("no redis-server to start and stop; install redis-server")
    server = RedisServer(tmp_path)
    server.start()
    yield server
    server.stop()


@pytest.mark.slow
def test_a_request_generate_gave_up_on_is_not_built_later(articles, tmp_path, own_redis):
    """No worker within `wait_s`: the request is withdrawn, in one line (no traceback at
    exit), and a worker started afterwards discards it instead of building (and mailing)
    a brief `generate` said it did not make."""
    config = write_config(tmp_path / "impatient.toml", articles, own_redis.url, wait_s=2)
    gave_up = briefgen("generate", "--config", config, "--date", DAY, "Late", env=os.environ)
    assert gave_up.returncode == 1, gave_up.stderr
    assert "error: Late: no worker took it within 2 s (queue.wait_s), so the request is " in (
        gave_up.stderr
    )
    assert "withdrawn" in gave_up.stderr and "Traceback" not in gave_up.stderr, gave_up.stderr
    patient = write_config(tmp_path / "briefgen.toml", articles, own_redis.url, wait_s=120)
    command = [sys.executable, "-m", "briefgen", "worker", "--config", str(patient)]
    worker = start([*command, "--concurrency", "1"], tmp_path / "worker.log", os.environ)
    try:  # the worker takes Late's request first (the queue is first in, first out)
        done = briefgen("generate", "--config", patient, "--date", DAY, "Now", env=os.environ)
    finally:
        stop(worker)
    assert done.returncode == 0, done.stderr + (tmp_path / "worker.log").read_text()[-3000:]
    assert (tmp_path / "out" / DAY / "now.json").exists()
    assert not (tmp_path / "out" / DAY / "late.json").exists()
    runs = briefgen("runs", "--config", patient, env=os.environ).stdout
    assert "Now" in runs and "Late" not in runs, runs


@pytest.mark.slow
# Celery's Redis backend calls redis-py's setex, deprecated there: not briefgen's to change
@pytest.mark.filterwarnings("ignore:Call to deprecated setex:DeprecationWarning")
def test_generate_waits_for_a_broker_restarted_meanwhile(articles, tmp_path, own_redis):
    """Redis down longer than Celery's own reconnecting, then back: the brief a worker
    finished afterwards is reported as if nothing had happened. The worker's part is its
    result, stored as Celery's worker stores it (whether a worker rides out the outage is
    not this test's question)."""
    config = write_config(tmp_path / "briefgen.toml", articles, own_redis.url, wait_s=120)
    run = generating(config, "Now")
    task = own_redis.task_id()
    own_redis.stop()
    time.sleep(OUTAGE_S)
    own_redis.start()
    # the worker's part, as Celery's worker stores it: the task's return value
    result = {"outcome": "ok", "out": "out/now.json\n", "err": "a worker's line\n", "brief": None}
    celery_app(QueueSettings(broker_url=own_redis.url)).backend.store_result(
        task, result, "SUCCESS"
    )
    out, err = run.communicate(timeout=120)
    assert run.returncode == 0, err
    assert out == "out/now.json\n"
    assert err.startswith("warning: lost the broker redis://127.0.0.1:"), err
    assert err.endswith("waiting for it\na worker's line\n"), err


def test_a_broker_that_does_not_come_back_is_one_line(articles, tmp_path, own_redis):
    """Not 'the worker failed' after Celery's 20 s of reconnecting: the broker is named."""
    config = write_config(tmp_path / "briefgen.toml", articles, own_redis.url, wait_s=3)
    run = generating(config, "Now")
    own_redis.stop()
    _, err = run.communicate(timeout=120)
    assert run.returncode == 1
    (line,) = [line for line in err.splitlines() if line.startswith("error: ")]
    assert line.startswith(
        f"error: Now: the broker {own_redis.url} was still unreachable after 3 s (queue.wait_s): "
    ), err
    assert "Connection refused" in line and "Traceback" not in err, err


@pytest.mark.slow
@pytest.mark.filterwarnings("ignore:Call to deprecated setex:DeprecationWarning")
def test_a_brief_finished_while_the_broker_is_away_is_reported_once_it_is_back(
    server, tmp_path, own_redis
):
    """Redis stopped while a worker builds a brief (its source answers slowly), then
    started again. The worker stores the brief's result once Redis is back, and `generate`
    reports the brief then (it heard of it only when the task was redelivered after the
    visibility timeout, after its own wait with the defaults). Celery's worker may end on
    "Unrecoverable error" there: it then exits 1, so that a supervisor (systemd's
    Restart=on-failure) starts it again (it exited 0, and stayed down); stopped by SIGTERM,
    it exits 0."""

    def feed(items: int, delay: float) -> str:
        entries = ""
        for k in range(items):
            page = server.add(f"/quay{k}", f"<html><body><p>Dock workers walked out ({k}).</p>")
            entries += (
                f"<item><title>Rotterdam dock strike {k}</title><link>{page}</link><pubDate>"
                f"Tue, 24 Nov 2026 0{k + 1}:00:00 +0000</pubDate><description>Dock workers in "
                f"Rotterdam walked out ({k}).</description></item>"
            )
        body = f'<rss version="2.0"><channel><title>P</title>{entries}</channel></rss>'
        return server.add("/feed.xml", body, content_type="application/rss+xml", delay=delay)

    url = feed(1, 0)
    config = tmp_path / "briefgen.toml"
    config.write_text(
        f'output_dir = "out"\n[queue]\nbroker_url = "{own_redis.url}"\nwait_s = 120\n'
        "visibility_timeout_s = 60\n"
        f'[[topics]]\nname = "Port"\nsince = "72h"\nsources = ["{url}"]\n'
    )
    command = [sys.executable, "-m", "briefgen", "worker", "--config", str(config)]
    worker = start([*command, "--concurrency", "2"], tmp_path / "worker.log", os.environ)
    generate = [sys.executable, "-m", "briefgen", "generate", "--config", config, "--date", DAY,
                "--allow-private-networks"]  # fmt: skip
    asking = None
    try:
        first = subprocess.run(generate, capture_output=True, text=True, timeout=180)
        assert first.returncode == 0, first.stderr  # a brief built: the worker is warm
        feed(2, 12)  # a new article, read slowly: the next brief is built anew
        server.hits.clear()
        asking = subprocess.Popen(
            generate, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        deadline = time.monotonic() + 90
        while "/feed.xml" not in server.hits and time.monotonic() < deadline:
            time.sleep(0.1)  # the worker is reading the source: a brief in progress
        assert "/feed.xml" in server.hits, (tmp_path / "worker.log").read_text()[-3000:]
        own_redis.stop()
        time.sleep(OUTAGE_S)
        own_redis.start()
        out, err = asking.communicate(timeout=30)  # well before the visibility timeout
        assert asking.returncode == 0, err + (tmp_path / "worker.log").read_text()[-3000:]
        assert out.splitlines()[-1].endswith("port.json") and "building anew" in err, err
        assert "reusing it" not in err, err  # the worker's own report: not a redelivery's
        time.sleep(5)  # the worker reconnects, or ends
        ended = worker.poll()
        if ended is None:
            stop(worker)
            assert worker.returncode == 0, (tmp_path / "worker.log").read_text()[-3000:]
        else:
            log = (tmp_path / "worker.log").read_text()
            assert ended == 1, log[-3000:]
            assert "error: the worker stopped on an error it cannot recover from" in log
    finally:
        if asking is not None:
            asking.kill()
            asking.wait()
        if worker.poll() is None:
            stop(worker)


def test_ctrl_c_on_generate_says_the_workers_still_build_what_it_sent(
    articles, tmp_path, own_redis
):
    """Ctrl-C stops `generate`'s wait (exit 130), not the build it asked for: it says so
    (it said "interrupted" alone, and the brief was built and mailed all the same)."""
    config = write_config(tmp_path / "briefgen.toml", articles, own_redis.url, wait_s=120)
    run = generating(config, "Now")
    time.sleep(1)  # in its wait (the line that it sent comes just before)
    run.send_signal(signal.SIGINT)
    _, err = run.communicate(timeout=60)
    assert run.returncode == 130, err
    assert err.splitlines() == [
        "stopped waiting; the workers still build the 1 topic(s) not reported yet (see "
        "'briefgen runs')",
        "interrupted",
    ], err


def test_a_queued_brief_s_run_is_dated_when_a_worker_built_it(articles, tmp_path, own_redis):
    """A topic that waited in the queue for a worker: its run is recorded as begun when the
    worker began it, and finished after (it said when `generate` asked, and finished before
    its brief was written)."""
    config = write_config(tmp_path / "briefgen.toml", articles, own_redis.url, wait_s=120)
    run = generating(config, "Now")
    time.sleep(3)  # in the queue, no worker yet
    begun = dt.datetime.now(dt.UTC)
    command = [sys.executable, "-m", "briefgen", "worker", "--config", str(config)]
    worker = start([*command, "--concurrency", "1"], tmp_path / "worker.log", os.environ)
    try:
        _, err = run.communicate(timeout=180)
    finally:
        stop(worker)
    assert run.returncode == 0, err
    store = Store(os.environ["BRIEFGEN_DATABASE"])
    try:
        (record,) = store.recent_runs()
    finally:
        store.close()
    written = dt.datetime.fromtimestamp(
        (tmp_path / "out" / DAY / "now.json").stat().st_mtime, dt.UTC
    )
    assert begun <= record.started_at <= record.finished_at, record
    assert abs((record.finished_at - written).total_seconds()) < 5, (record, written)


@pytest.mark.parametrize("stop_signal", [signal.SIGINT, signal.SIGTERM])
def test_a_worker_asked_to_stop_exits_0(articles, tmp_path, own_redis, stop_signal):
    """Ctrl-C (Celery's own exit code is then 1) and SIGTERM are a stop asked for: exit 0,
    and no word of an error it cannot recover from."""
    config = write_config(tmp_path / "briefgen.toml", articles, own_redis.url, wait_s=60)
    command = [sys.executable, "-m", "briefgen", "worker", "--config", str(config)]
    log = tmp_path / "worker.log"
    worker = start([*command, "--concurrency", "1"], log, os.environ)
    deadline = time.monotonic() + 60
    while " ready." not in log.read_text() and time.monotonic() < deadline:
        time.sleep(0.2)
    worker.send_signal(stop_signal)
    assert worker.wait(60) == 0, log.read_text()[-3000:]
    assert "cannot recover" not in log.read_text()
