"""APScheduler 3: one cron job per topic, in the topic's timezone; nothing else.

Jobs live in the briefgen database (SQLAlchemyJobStore) so a restarted scheduler knows what
it missed: a run missed by less than `schedule.misfire_grace` is made on restart
(coalesced: once, however many were missed), an older one is logged and recorded as a
`missed` run. APScheduler's job store must not be shared by two running schedulers, so a
lock row in the same database admits one `briefgen schedule` at a time.

What a job does is `scheduled_run`: the same steps as `briefgen generate --email` for one
topic, idempotent by (topic, brief date) and by the delivery ledger, so a scheduler killed
half-way and restarted finishes the run without sending anything twice.
"""

from __future__ import annotations

import datetime as dt
import logging
import signal
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from briefgen import processes
from briefgen.errors import BriefgenError, ConfigError, describe
from briefgen.triggers import job_id, scheduler_topics, trigger_for

if TYPE_CHECKING:
    from apscheduler.schedulers.base import BaseScheduler

    from briefgen.config import Settings, Topic
    from briefgen.models import RunRecord
    from briefgen.store import Store

log = logging.getLogger(__name__)
LOCK = "scheduler"
HEARTBEAT_S = 30.0
STALE_AFTER = dt.timedelta(seconds=4 * HEARTBEAT_S)
_TOPIC_LOCKS: dict[str, threading.Lock] = {}
_IN_PROGRESS: list[str] = []  # what this process's jobs are doing now, for the stop line
_IN_PROGRESS_LOCK = threading.Lock()


@contextmanager
def _in_progress(what: str) -> Iterator[None]:
    with _IN_PROGRESS_LOCK:
        _IN_PROGRESS.append(what)
    try:
        yield
    finally:
        with _IN_PROGRESS_LOCK:
            _IN_PROGRESS.remove(what)


def in_progress() -> list[str]:
    """What the scheduler's jobs in this process are doing now ("the run of 'Topic'")."""
    with _IN_PROGRESS_LOCK:
        return list(_IN_PROGRESS)


def sync_jobs(scheduler: BaseScheduler, settings: Settings, config: Path) -> list[str]:
    """Make the job store match the config: add new topics, replace changed ones (an unchanged
    job keeps its stored next run time, so a run missed while down is still caught up),
    remove topics that are gone or unscheduled. Returns one line per change."""
    wanted = {job_id(t): t for t in settings.topics if t.schedule}
    grace = int(settings.schedule.misfire_grace.total_seconds())
    changes = []
    for job in scheduler.get_jobs():
        if job.id not in wanted and not job.id.startswith(("redo:", "retry:")):
            job.remove()
            changes.append(f"removed {job.name!r}")
    for jid, topic in wanted.items():
        trigger = trigger_for(settings, topic)
        args = [str(config), topic.name]
        job = scheduler.get_job(jid)
        # repr, not str: it includes the timezone
        same = job and (repr(job.trigger), list(job.args), job.misfire_grace_time) == (
            repr(trigger),
            args,
            grace,
        )
        if same:
            continue
        scheduler.add_job(  # each job carries its own grace: set it here, not by default
            "briefgen.schedule:scheduled_run",
            trigger,
            args=args,
            id=jid,
            name=topic.name,
            replace_existing=True,
            misfire_grace_time=grace,
            coalesce=True,
            max_instances=1,
        )
        changes.append(f"{'changed' if job else 'added'} {topic.name!r} ({topic.schedule})")
    return changes


def scheduled_run(config: str, topic_name: str, date: str | None = None) -> None:
    """One scheduled brief: build (or reuse) the brief of the day it was due (`date`, or the
    day of the topic's latest due time), then email whoever hasn't had it."""
    lock = _TOPIC_LOCKS.setdefault(topic_name, threading.Lock())  # a redo and a due run
    with _in_progress(f"the run of {topic_name!r}"), lock:  # of one topic never overlap
        _run_once(config, topic_name, date)


def retry_deliveries(config: str) -> None:
    """Send again the deliveries of the last days that failed for a temporary reason."""
    from briefgen.config import load_settings
    from briefgen.outbox import retry_failed, why_not
    from briefgen.store import Store

    try:
        settings = load_settings(Path(config))
        store = Store(settings.database)
        try:
            with _in_progress("the retry of failed deliveries"):
                done = retry_failed(settings, store, dt.datetime.now(dt.UTC))
        finally:
            store.close()
        for recipient, error in done.failed:
            said = why_not(recipient, error)
            log.warning("retry: still not delivered to %s: %s", recipient, said)
    except BriefgenError as e:
        log.error("retrying deliveries failed: %s", e)


def due_date(settings: Settings, topic: Topic, now: dt.datetime) -> dt.date:
    """The local date of the topic's latest fire time at or before `now` (within the grace):
    a 23:50 brief caught up at 00:10 is still the previous day's."""
    tz = settings.topic_tz(topic)
    trigger = trigger_for(settings, topic)
    latest = None
    fire = trigger.get_next_fire_time(None, now - settings.schedule.misfire_grace)
    while fire is not None and fire <= now:
        latest = fire
        step = (fire.astimezone(dt.UTC) + dt.timedelta(seconds=1)).astimezone(tz)
        fire = trigger.get_next_fire_time(fire, step)
    return (latest or now).astimezone(tz).date()


def _run_once(config: str, topic_name: str, date: str | None) -> None:
    from rich.console import Console

    from briefgen.app import App
    from briefgen.config import load_settings
    from briefgen.digest import refresh_stale_digest
    from briefgen.models import Brief
    from briefgen.runner import Options, refresh_archive, run_topic

    try:
        settings = load_settings(Path(config))
        (topic,) = settings.find_topics([topic_name])
        now = dt.datetime.now(dt.UTC)
        day = dt.date.fromisoformat(date) if date else due_date(settings, topic, now)
        if settings.queue.broker_url:  # the workers build it; this process only keeps time
            from briefgen.workers import enqueue

            enqueue(settings, topic, now, Options(date=day, email=True))
            log.info("scheduled run of %r for %s sent to the workers", topic_name, day)
            return
        with App.open(settings) as app:
            for warning in app.warnings:  # the same fallback `generate` makes, said the same
                log.warning("%s", warning)
            out, err = Console(soft_wrap=True), Console(stderr=True, soft_wrap=True)
            options = Options(date=day, email=True)
            briefs: list[Brief] = []
            outcome = run_topic(app.settings, topic, app.store, now, options, out, err, briefs)
            refresh_stale_digest(app.settings, app.store, briefs, now, out, err)
            refresh_archive(app.settings, app.store, now, err)
        if outcome == "undelivered":
            log.warning(
                "scheduled run of %r: brief made, not delivered to every reader (see above); "
                "temporary failures are tried again every %d min",
                topic_name,
                settings.schedule.retry_every.total_seconds() // 60,
            )
        else:
            log.info("scheduled run of %r: %s", topic_name, outcome)
    except BriefgenError as e:
        log.error("scheduled run of %r failed: %s", topic_name, e)
    except Exception as e:  # a job must not take the scheduler down; the trace goes to the log
        log.exception("scheduled run of %r crashed: %s", topic_name, describe(e))


def scheduler_class():
    """APScheduler's BackgroundScheduler, minus two ways to lose runs: at shutdown its thread
    wakes once more and would hand due jobs to the closed executor (moving them to their next
    fire time), and a job store error outside `get_due_jobs` (a dropped database connection)
    ends its thread silently."""
    from apscheduler.schedulers.background import BackgroundScheduler
    from apscheduler.schedulers.base import STATE_STOPPED

    class Scheduler(BackgroundScheduler):
        def _process_jobs(self):
            if self.state == STATE_STOPPED:
                return None
            try:
                return super()._process_jobs()
            except Exception as e:  # APScheduler 3 lets job store errors kill its thread
                log.warning("scheduler: job store error (%s); retrying", describe(e))
                return self.jobstore_retry_interval

    return Scheduler


def _alive(holder: str, heartbeat: dt.datetime | None, now: dt.datetime) -> bool:
    """Does the lock's holder (host:pid:token) still run? It must have beaten its heartbeat
    lately; on this host its pid must also exist (a SIGKILLed one is replaced at once)."""
    fresh = heartbeat is not None and now - heartbeat < STALE_AFTER
    return fresh and not processes.ended(holder)


def run_forever(
    settings: Settings,
    store: Store,
    config: Path,
    stop: threading.Event,
    report: Callable[[str], None] = log.info,
) -> None:
    """Run the scheduler until `stop` is set (SIGTERM/SIGINT), then finish the job in progress;
    a KeyboardInterrupt meanwhile (the second signal) leaves it, recorded as interrupted and
    to be done again at the next start, and is raised again: the caller exits without waiting
    for the job's thread. `report` gets a line for each job added, changed or removed at
    start, and for each step of stopping."""
    from apscheduler.events import EVENT_JOB_MISSED
    from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore

    holder, now = processes.PROCESS, dt.datetime.now(dt.UTC)
    current = store.lock_holder(LOCK)
    taken = store.take_lock(
        LOCK, holder, now, lambda h: _alive(h, current[1] if current else None, now)
    )
    if taken:
        raise ConfigError(
            f"another scheduler ({taken}) is running on {store.display_url}; two would send "
            "briefs twice. Stop it first, or give this one its own database"
        )
    scheduler = scheduler_class()(
        jobstores={
            "default": SQLAlchemyJobStore(
                url=settings.database, engine_options={"pool_pre_ping": True}
            )
        },
        job_defaults={
            "coalesce": True,
            "max_instances": 1,
            "misfire_grace_time": int(settings.schedule.misfire_grace.total_seconds()),
        },
        timezone=settings.timezone,
    )

    def missed(event) -> None:
        job = scheduler.get_job(event.job_id)
        name = job.name if job else event.job_id
        when = event.scheduled_run_time.astimezone(dt.UTC)
        log.warning("missed the run of %r due at %s (past the misfire grace)", name, when)
        topic = next((t for t in settings.topics if t.name == name), None)
        if topic is not None and event.job_id == job_id(topic):  # a brief, not the retry job
            day = when.astimezone(settings.topic_tz(topic)).date()
            store.record_run(name, day, when, "missed", "missed: the scheduler was not running")

    scheduler.add_listener(missed, EVENT_JOB_MISSED)
    stopped_now = False
    try:
        scheduler.start(paused=True)
        report(
            f"scheduler started for {len(scheduler_topics(settings))} topic(s) on "
            f"{store.display_url}; Ctrl-C or SIGTERM stops it after the run in progress, "
            "twice stops it at once"
        )
        for change in sync_jobs(scheduler, settings, config):
            report(f"schedule: {change}")
        scheduler.add_job(
            "briefgen.schedule:retry_deliveries",
            "interval",
            args=[str(config)],
            id="retry:deliveries",
            name="retry failed deliveries",
            seconds=int(settings.schedule.retry_every.total_seconds()),
            replace_existing=True,
        )
        if current and current[0] != holder:  # it was dead, or we would not hold the lock
            for record in redo_interrupted(scheduler, settings, store, config, current[0]):
                log.warning("run %d of %r was interrupted; doing it again", record.id, record.topic)
        scheduler.resume()
        while not stop.wait(HEARTBEAT_S):
            _beat(scheduler, store, holder)
        _finish_in_progress(scheduler, store, holder, report)
    except KeyboardInterrupt as e:  # a second signal (stop_on_signals): do not wait
        stopped_now = True
        why = f"interrupted by {e or 'Ctrl-C'} (the scheduler was stopped mid-run)"
        for record in redo_interrupted(scheduler, settings, store, config, processes.PROCESS, why):
            report(
                f"run {record.id} of {record.topic!r} recorded as interrupted; it is done "
                "again when the scheduler starts"
            )
        raise
    finally:
        if scheduler.running:
            scheduler.shutdown(wait=not stopped_now)  # the run in progress finishes, if asked to
        store.release_lock(LOCK, holder)


def _beat(scheduler: BaseScheduler, store: Store, holder: str) -> None:
    """The heartbeat of the scheduler's lock (other schedulers see this one alive)."""
    if not scheduler._thread.is_alive():  # never expected: say so, let systemd restart
        raise BriefgenError("the scheduler's thread stopped; see the log above")
    try:
        ours = store.beat_lock(LOCK, holder, dt.datetime.now(dt.UTC))
    except BriefgenError as e:  # the database is away for a moment: try again later
        log.warning("scheduler heartbeat failed (%s); retrying", e)
        return
    if not ours:
        raise BriefgenError("another scheduler took the lock; this one stopped")


def _finish_in_progress(
    scheduler: BaseScheduler, store: Store, holder: str, report: Callable[[str], None]
) -> None:
    """After the first SIGTERM/SIGINT: start no job, say what is still running and wait for
    it, beating the lock's heartbeat meanwhile (a run may take minutes). A second signal
    interrupts the wait (KeyboardInterrupt, from `stop_on_signals`)."""
    scheduler.pause()
    running = in_progress()
    if not running:
        return
    report(f"stopping after {' and '.join(running)} (Ctrl-C or SIGTERM again to stop now)")
    beaten = time.monotonic()
    while in_progress():
        time.sleep(0.2)
        if time.monotonic() - beaten >= HEARTBEAT_S:
            _beat(scheduler, store, holder)
            beaten = time.monotonic()


def redo_interrupted(
    scheduler: BaseScheduler,
    settings: Settings,
    store: Store,
    config: Path,
    process: str,
    why: str = "",
) -> list[RunRecord]:
    """Runs that `process` left 'running' are recorded as interrupted (`why`, if given) and
    put in the job store to be done again, for the day they were building: at once, or when
    the scheduler next starts if it is stopping. `process` is a scheduler killed mid-run (the
    lock's previous holder: APScheduler already moved its job to the next fire time, tomorrow
    for a daily brief), or this one stopped by a second signal. Returns those runs."""
    scheduled = {t.name for t in settings.topics if t.schedule}
    redone = []
    for record in store.interrupted_runs(process, dt.datetime.now(dt.UTC), why=why):
        if record.topic in scheduled:
            scheduler.add_job(
                "briefgen.schedule:scheduled_run",
                args=[str(config), record.topic, record.brief_date.isoformat()],
                id=f"redo:{record.id}",
                name=record.topic,
                replace_existing=True,
                misfire_grace_time=None,  # a restart days later still makes it
            )
            redone.append(record)
    return redone


def stop_on_signals(stop: threading.Event) -> None:
    """SIGTERM (systemd stop) and SIGINT (Ctrl-C) end the scheduler after the run in
    progress (they set `stop`); a second one raises KeyboardInterrupt in the main thread,
    which stops it at once (`run_forever` records the run as interrupted)."""

    def handler(signum: int, frame: object) -> None:
        if stop.is_set():
            raise KeyboardInterrupt(signal.Signals(signum).name)
        stop.set()

    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, handler)
