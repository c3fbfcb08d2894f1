"""Briefs built by Celery workers: `briefgen worker` runs one, `generate` and `schedule` send
it topics when `[queue] broker_url` is set.

A task carries the topic (so ad-hoc `--source` topics work too), the command line's changes
to the config (output folder, provider, model: never a secret) and the run's options; the
worker applies them to its own config, which holds the database and the credentials. Tasks
are acknowledged late: a worker that dies mid-brief leaves its task to another worker after
`queue.visibility_timeout_s`. That redelivered task builds the brief once (the run key finds
any brief already finished) and mails each reader once (the delivery ledger), taking over
the deliveries the dead worker had claimed but not finished.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import logging
import socket
from typing import TYPE_CHECKING, Any

from briefgen.config import QueueSettings, Settings, Topic
from briefgen.errors import BriefgenError, ConfigError, first_line

if TYPE_CHECKING:
    from celery import Celery
    from rich.console import Console

    from briefgen.models import Brief
    from briefgen.runner import Options, Outcome

log = logging.getLogger(__name__)
TASK = "briefgen.build_brief"
_worker: dict[str, Any] = {}  # the worker process's settings, inherited by its pool processes


def celery_app(queue: QueueSettings) -> Celery:
    """A Celery app on the configured broker (which also keeps the results)."""
    from celery import Celery

    app = Celery("briefgen", broker=queue.broker_url, backend=queue.broker_url)
    sweep = max(1, min(10, int(queue.visibility_timeout_s // 3)))
    transport = {
        "visibility_timeout": queue.visibility_timeout_s,
        # look for tasks of dead workers often enough to honour a short visibility timeout
        "unacked_restore_interval": sweep,
        "unacked_restore_throttle": 1,
        # a worker killed during its sweep holds the sweep's lock until it expires, and no
        # other worker restores its tasks meanwhile (kombu's default: 300 s)
        "unacked_mutex_expire": 30,
    }
    app.conf.update(
        task_acks_late=True,  # acknowledged when the brief is done, not when it is taken
        task_reject_on_worker_lost=True,  # a pool process killed mid-brief: queued again
        worker_prefetch_multiplier=1,  # a worker takes no more topics than it is building
        task_serializer="json",
        result_serializer="json",
        accept_content=["json"],
        broker_transport_options=transport,
        result_backend_transport_options=transport,
        result_expires=dt.timedelta(days=1),
        broker_connection_retry_on_startup=True,
        worker_hijack_root_logger=False,
        worker_max_tasks_per_child=20,  # a fresh pool process now and then: memory stays flat
    )
    app.task(name=TASK, bind=True, resultrepr_maxsize=200)(_build)  # the log: not whole briefs
    return app


def build_remotely(
    settings: Settings,
    topics: list[Topic],
    now: dt.datetime,
    options: Options,
    changes: dict[str, object],
    explicit: bool,
    out: Console,
    err: Console,
    briefs: list[Brief],
) -> list[Outcome]:
    """Send each topic to the workers, wait for all, and report each as `run_topic` would
    have here: the same paths on `out`, the same lines on `err`."""
    app = celery_app(settings.queue)
    broker = _safe(settings.queue.broker_url)
    try:  # at once, not after Celery's minute of reconnecting
        with app.connection_for_write() as connection:
            connection.ensure_connection(max_retries=1, interval_start=0, timeout=5)
        pending = [
            (t, app.send_task(TASK, args=[_payload(t, now, options, changes, explicit)]))
            for t in topics
        ]
    except Exception as e:  # kombu's OperationalError and friends: the broker is away
        raise ConfigError(
            f"cannot reach the broker {broker} ({first_line(e)}); start it, or build here "
            "with --local"
        ) from None
    err.print(f"sent {len(pending)} topic(s) to the workers on {broker}; waiting", markup=False)
    outcomes: list[Outcome] = []
    for topic, result in pending:
        try:
            done = result.get(timeout=settings.queue.wait_s, propagate=True)
        except Exception as e:  # timeout, or the task raised: one line either way
            err.print(f"error: {topic.name}: {_why(e, settings.queue)}", markup=False)
            outcomes.append("failed")
            continue
        out.file.write(done["out"])
        err.file.write(done["err"])
        if done["brief"]:
            from briefgen.models import Brief

            briefs.append(Brief.model_validate_json(done["brief"]))
        outcomes.append(done["outcome"])
    return outcomes


def enqueue(settings: Settings, topic: Topic, now: dt.datetime, options: Options) -> None:
    """Send one topic to the workers and return (the scheduler's way: nobody waits)."""
    celery_app(settings.queue).send_task(TASK, args=[_payload(topic, now, options, {}, False)])


def run_worker(settings: Settings, concurrency: int, loglevel: str = "INFO") -> None:
    """Run a worker in the foreground until SIGTERM/SIGINT (a warm shutdown: the briefs in
    progress are finished)."""
    if not settings.queue.broker_url:
        raise ConfigError(
            "no broker: set [queue] broker_url in the config (redis://host:6379/0), "
            "for the workers and for `generate`"
        )
    _worker["settings"] = settings
    app = celery_app(settings.queue)
    app.worker_main(
        [
            "worker",
            f"--concurrency={concurrency}",
            f"--loglevel={loglevel}",
            f"--hostname=briefgen-{socket.gethostname()}-%i@%h",
            "--without-gossip",
            "--without-mingle",
        ]
    )


def _build(task, payload: dict) -> dict:
    """The task: one topic's run, as `generate` would make it here, its report captured."""
    from rich.console import Console

    from briefgen.app import App
    from briefgen.digest import refresh_stale_digest
    from briefgen.runner import Options, refresh_archive, run_topic

    settings: Settings = _worker["settings"]
    if payload["changes"]:
        settings = settings.replace(payload["changes"])
    topic = Topic.model_validate(payload["topic"])
    redelivered = bool((task.request.delivery_info or {}).get("redelivered"))
    fields = payload["options"]
    options = Options(
        **{**fields, "date": fields["date"] and dt.date.fromisoformat(fields["date"])},
        take_over=redelivered,  # its first worker died: what it left pending is ours
    )
    now = dt.datetime.fromisoformat(payload["now"])
    out_text, err_text = io.StringIO(), io.StringIO()
    out = Console(file=out_text, highlight=False, width=200)
    err = Console(file=err_text, highlight=False, soft_wrap=True)
    briefs: list[Brief] = []
    try:
        with App.open(settings, llm_explicit=payload["explicit"]) as app:
            if redelivered and options.date:  # its first worker died mid-run: say so in `runs`
                app.store.abandoned_runs(topic.name, options.date, dt.datetime.now(dt.UTC))
            outcome = run_topic(app.settings, topic, app.store, now, options, out, err, briefs)
            refresh_stale_digest(app.settings, app.store, briefs, now, out, err)
            refresh_archive(app.settings, app.store, now, err)
    except BriefgenError as e:  # this worker's config or database: said as generate says it
        err.print(f"error: {topic.name}: {e}", markup=False)
        outcome = "failed"
    log.info("%s: %s%s", topic.name, outcome, " (redelivered)" if redelivered else "")
    return {
        "outcome": outcome,
        "out": out_text.getvalue(),
        "err": err_text.getvalue(),
        "brief": briefs[0].model_dump_json() if briefs else None,
    }


def _payload(
    topic: Topic, now: dt.datetime, options: Options, changes: dict, explicit: bool
) -> dict:
    fields = dataclasses.asdict(options)
    del fields["take_over"]  # the worker's to decide
    fields["date"] = options.date and options.date.isoformat()
    fields["formats"] = list(options.formats)
    return {
        "topic": topic.model_dump(mode="json"),
        "now": now.isoformat(),
        "options": fields,
        "changes": changes,
        "explicit": explicit,
    }


def _why(error: Exception, queue: QueueSettings) -> str:
    if type(error).__name__ == "TimeoutError":
        return (
            f"no worker finished it within {queue.wait_s:g} s (queue.wait_s); is "
            "'briefgen worker' running on the same broker?"
        )
    if isinstance(error, BriefgenError):
        return str(error)
    return f"the worker failed: {type(error).__name__}: {first_line(error)}"


def _safe(url: str) -> str:
    """The broker URL without its password, for messages."""
    from kombu.utils.url import maybe_sanitize_url

    return maybe_sanitize_url(url)
