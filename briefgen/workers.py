"""Briefs built by Celery workers: `briefgen worker` runs one, `generate` and `schedule` send
it topics when `[queue] broker_url` is set.

A task carries the topic (so ad-hoc `--source` topics work too), the command line's changes
to the config (output folder, provider, model: never a secret) and the run's options; the
worker applies them to its own config, which holds the database and the credentials. Tasks
are acknowledged late: a worker that dies mid-brief leaves its task to another worker after
`queue.visibility_timeout_s`. That redelivered task builds the brief once (the run key finds
any brief already finished) and mails each reader once (the delivery ledger), taking over
the deliveries the dead worker had claimed but not finished. A task `generate` sends expires
when `generate` stops waiting for it (`queue.wait_s`): a worker that has not started it by
then discards it, so no brief is built, or mailed, after `generate` said it was not.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import logging
import os
import re
import time
from typing import TYPE_CHECKING, Any

from briefgen.config import QueueSettings, Settings, Topic
from briefgen.errors import BriefgenError, ConfigError, describe, first_line

if TYPE_CHECKING:
    from celery import Celery
    from rich.console import Console

    from briefgen.models import Brief
    from briefgen.runner import Options, Outcome

log = logging.getLogger(__name__)
TASK = "briefgen.build_brief"
POLL_S = 0.5  # how often `generate` looks for its results
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
        # a broker host that drops packets: seconds, not the system's minutes per attempt
        "socket_connect_timeout": 5,
    }
    app.conf.update(
        task_acks_late=True,  # acknowledged when the brief is done, not when it is taken
        task_reject_on_worker_lost=True,  # a pool process killed mid-brief: queued again
        task_track_started=True,  # `generate` giving up can tell taken from withdrawn
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
    wait_s = settings.queue.wait_s
    _reach(app, broker, "start it, or build here with --local")
    try:
        # expires: a worker that has not started a topic when we stop waiting discards it
        pending = [
            (
                t,
                app.send_task(
                    TASK, args=[_payload(t, now, options, changes, explicit)], expires=wait_s
                ),
            )
            for t in topics
        ]
    except Exception as e:  # kombu's OperationalError and friends: the broker went away
        raise _unreached(broker, e, "start it, or build here with --local") from None
    err.print(f"sent {len(pending)} topic(s) to the workers on {broker}; waiting", markup=False)
    deadline = time.monotonic() + wait_s
    outcomes: list[Outcome] = []
    for topic, result in pending:
        try:
            done = _finished(result, deadline, wait_s, broker, err)
        except KeyboardInterrupt:  # Ctrl-C stops the wait, not the workers
            left = len(pending) - len(outcomes)
            err.print(
                f"stopped waiting; the workers still build the {left} topic(s) not reported "
                "yet (see 'briefgen runs')",
                markup=False,
            )
            raise
        except Exception as e:  # not finished in time, or the task raised: one line either way
            why = e if isinstance(e, BriefgenError) else f"the worker failed: {describe(e)}"
            err.print(f"error: {topic.name}: {why}", markup=False)
            outcomes.append("failed")
            continue
        finally:
            _release(result)
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


def run_worker(settings: Settings, concurrency: int, loglevel: str = "INFO") -> int:
    """Run a worker in the foreground until SIGTERM/SIGINT (a warm shutdown: the briefs in
    progress are finished; exit code 0), or until Celery meets an error it cannot recover
    from (its broker's connection torn mid-brief): exit code 1 then, so that a supervisor
    restarts it (systemd's Restart=on-failure)."""
    if not settings.queue.broker_url:
        raise ConfigError(
            "no broker: set [queue] broker_url in the config (redis://host:6379/0), "
            "for the workers and for `generate`"
        )
    from briefgen.app import App

    # a database without this briefgen's schema stops the worker here, not each brief later
    with App.open(settings, summarizes=False):
        pass
    _worker["settings"] = settings
    app = celery_app(settings.queue)
    app.conf.update(
        # a brief finished while the broker is away: its result is stored once the broker is
        # back (tried every 10 s at most, for as long as the task stays its own), not lost
        # until the task is redelivered after the visibility timeout, `generate` waiting all
        # that time (it reads results its own way)
        result_backend_always_retry=True,
        result_backend_max_sleep_between_retries_ms=10_000,
        # backing off from 10 ms to 10 s, about 5 s a try after the first ten (Celery's jitter)
        result_backend_max_retries=10 + int(settings.queue.visibility_timeout_s // 5),
    )
    # one line and exit 1 (its supervisor starts it again), not Celery's hundred retries
    _reach(app, _safe(settings.queue.broker_url), "start it; this worker stops (exit code 1)")
    from celery.bin.celery import celery as command
    from celery.signals import worker_shutting_down

    asked: list[str] = []  # the signals that stopped it (Celery's exit code for SIGINT is 1)
    worker_shutting_down.connect(lambda sig=None, **_: asked.append(sig), weak=False)

    # as Celery.start() runs it, but keeping the exit code, which start() and worker_main()
    # drop (click returns it when it does not exit the process itself)
    command.params[0].default = app
    code = command.main(
        [
            "worker",
            f"--concurrency={concurrency}",
            f"--loglevel={loglevel}",
            f"--hostname=briefgen-{os.getpid()}@%h",  # two workers of one host: two names
            "--without-gossip",
            "--without-mingle",
        ],
        standalone_mode=False,
    )
    if code and not asked:
        log.error(
            "the worker stopped on an error it cannot recover from (above); start it again "
            "(a supervisor restarts it on this exit code)"
        )
        return 1
    return 0


def _reach(app: Celery, broker: str, advice: str) -> None:
    """Connect to the broker now, trying for a few seconds (a restart), not for Celery's
    minutes: a BriefgenError saying why, and `advice`, if it is away."""
    try:
        with app.connection_for_write() as connection:
            connection.ensure_connection(max_retries=3, interval_start=1, interval_step=1)
    except Exception as e:  # kombu's OperationalError and friends
        raise _unreached(broker, e, advice) from None


# what Redis answers a missing or wrong password (AUTH, ACL), as redis-py words it
REFUSED_LOGIN = re.compile(
    r"authenticat|password|NOAUTH|WRONGPASS|NOPERM|invalid username", re.IGNORECASE
)


def _unreached(broker: str, error: Exception, advice: str) -> BriefgenError:
    """The error for a broker not reached: `advice` when it is away, the password to check
    when it refused the login (it runs: "start it" would mislead)."""
    if REFUSED_LOGIN.search(str(error)):
        advice = (
            "the broker runs but refused the login; check the password in [queue] "
            "broker_url or BRIEFGEN_BROKER_URL"
        )
    return BriefgenError(f"cannot reach the broker {broker} ({first_line(error)}); {advice}")


def _build(task, payload: dict) -> dict:
    """The task: one topic's run, as `generate` would make it here, its report captured."""
    from rich.console import Console

    from briefgen import processes
    from briefgen.app import App
    from briefgen.digest import refresh_stale_digest
    from briefgen.pipeline import brief_date
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
        started_at=dt.datetime.now(dt.UTC),  # `now` is when it was asked for: the brief's
    )
    now = dt.datetime.fromisoformat(payload["now"])
    out_text, err_text = io.StringIO(), io.StringIO()
    out = Console(file=out_text, highlight=False, width=200)
    err = Console(file=err_text, highlight=False, soft_wrap=True)
    briefs: list[Brief] = []
    try:
        with App.open(settings, llm_explicit=payload["explicit"]) as app:
            # this pool process builds one brief at a time: a run of its own still 'running'
            # is an earlier brief's that lost the database before it could record its end
            app.store.interrupted_runs(
                processes.PROCESS, dt.datetime.now(dt.UTC), redone=False,
                why="interrupted (it lost the database before it could record its end)",
            )  # fmt: skip
            if redelivered:  # its first worker died mid-run: say so in `runs`
                day = brief_date(app.settings, topic, now, options.date)
                app.store.abandoned_runs(topic.name, day, dt.datetime.now(dt.UTC))
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
    del fields["take_over"], fields["started_at"]  # the worker's to decide
    fields["date"] = options.date and options.date.isoformat()
    fields["formats"] = list(options.formats)
    return {
        "topic": topic.model_dump(mode="json"),
        "now": now.isoformat(),
        "options": fields,
        "changes": changes,
        "explicit": explicit,
    }


def _finished(result, deadline: float, wait_s: float, broker: str, err: Console) -> dict:
    """The task's return value once a worker has finished it (its exception if it raised).
    Its state is read every POLL_S seconds rather than awaited on Celery's result channel,
    which gives up for good after 20 s without the broker: a broker restarted meanwhile is
    waited for. A BriefgenError saying why at the deadline."""
    from celery import states

    state, lost = states.PENDING, None
    while True:
        try:
            state, lost = result.state, None
        except result.backend.connection_errors as e:
            if lost is None:
                err.print(
                    f"warning: lost the broker {broker} ({first_line(e)}); waiting for it",
                    markup=False,
                )
            lost = e
        if state in states.READY_STATES:
            return result.get(propagate=True)  # read already: raises the task's exception
        if time.monotonic() >= deadline:
            break
        time.sleep(POLL_S)
    if lost is not None:
        raise BriefgenError(
            f"the broker {broker} was still unreachable after {wait_s:g} s (queue.wait_s): "
            f"{first_line(lost)}"
        )
    if state == states.STARTED:
        raise BriefgenError(
            f"no worker finished it within {wait_s:g} s (queue.wait_s); a worker is still "
            "building it"
        )
    raise BriefgenError(
        f"no worker took it within {wait_s:g} s (queue.wait_s), so the request is withdrawn "
        "(no worker will build it now); is 'briefgen worker' running on the same broker?"
    )


def _release(result) -> None:
    """Stop listening for the task's result now: left to the garbage collector at exit,
    Celery's clean-up prints a traceback."""
    try:
        result.backend.remove_pending_result(result)
    except Exception as e:  # the broker away: the connection goes with the process anyway
        log.debug("result of %s not released: %s", result.id, describe(e))


def _safe(url: str) -> str:
    """The broker URL without its password, for messages."""
    from kombu.utils.url import maybe_sanitize_url

    return maybe_sanitize_url(url)
