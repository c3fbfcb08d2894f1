"""What `briefgen schedule --list` shows: each scheduled topic's next run, as the scheduler
will make it (its job store knows a run missed while it was stopped)."""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING

from briefgen.triggers import job_id, trigger_for

if TYPE_CHECKING:
    from briefgen.config import Settings, Topic

log = logging.getLogger(__name__)


def next_runs(settings: Settings, now: dt.datetime) -> list[tuple[Topic, dt.datetime | None, str]]:
    """Each scheduled topic with its next run time, in its own timezone, and a note. The job
    store decides where it has the topic's job unchanged: a run missed while the scheduler was
    stopped, still within the grace, is made as soon as it starts ("due now"), not tomorrow."""
    stored = stored_jobs(settings)
    rows = []
    for topic in settings.topics:
        if not topic.schedule:
            continue
        tz = settings.topic_tz(topic)
        trigger = trigger_for(settings, topic)
        when, note = trigger.get_next_fire_time(None, now.astimezone(tz)), ""
        job = stored.get(job_id(topic), {})
        if job.get("next_run_time") and repr(job.get("trigger")) == repr(trigger):
            due = job["next_run_time"].astimezone(tz)
            if due > now:
                when = due
            elif now - due <= settings.schedule.misfire_grace:
                when, note = due, "missed while stopped: made when the scheduler starts"
            else:
                note = f"missed {due:%Y-%m-%d %H:%M}, past the misfire grace"
        rows.append((topic, when, note))
    return rows


def stored_jobs(settings: Settings) -> dict[str, dict]:
    """The jobs the scheduler's job store holds, as APScheduler's job states ('trigger',
    'next_run_time', ...), read without its job store, which deletes a job it cannot unpickle
    (one stored by another version): such a job is left out here, and left in the store.
    None before the scheduler's first start, or when the database cannot be read: the
    listing then shows the config's times."""
    import pickle

    from sqlalchemy import MetaData, Table, inspect, select
    from sqlalchemy.exc import ArgumentError, SQLAlchemyError

    from briefgen.engines import database_exists, engine_for

    if not database_exists(settings.database):
        return {}
    try:
        engine = engine_for(settings.database)
    except (ImportError, ArgumentError):
        return {}
    try:
        if not inspect(engine).has_table("apscheduler_jobs"):
            return {}
        table = Table("apscheduler_jobs", MetaData(), autoload_with=engine)
        with engine.connect() as connection:
            rows = connection.execute(select(table.c.id, table.c.job_state)).all()
    except SQLAlchemyError as e:
        log.warning("could not read the scheduler's jobs (%s); showing the config's times", e)
        return {}
    finally:
        engine.dispose()
    jobs = {}
    for key, state in rows:
        try:
            jobs[key] = pickle.loads(state)  # our own database's rows, written by us
        except Exception as e:  # a class renamed since: its config time shows
            log.debug("job %s not readable: %s", key, e)
    return jobs
