"""When a topic's brief is due: its cron expression in its timezone, fired once per
wall-clock time, and the job that stands for it in the scheduler's store."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from apscheduler.triggers.cron import CronTrigger

if TYPE_CHECKING:
    from briefgen.config import Settings, Topic


class WallClockCron(CronTrigger):
    """A cron trigger that fires once per wall-clock time: when clocks go back, the repeated
    hour does not fire again (a 02:30 brief is made once on the day DST ends)."""

    def get_next_fire_time(self, previous_fire_time, now):
        nxt = super().get_next_fire_time(previous_fire_time, now)
        while (
            nxt is not None
            and previous_fire_time is not None
            and _same_wall_time(nxt, previous_fire_time, self.timezone)
        ):
            after = (nxt.astimezone(dt.UTC) + dt.timedelta(seconds=1)).astimezone(self.timezone)
            nxt = super().get_next_fire_time(nxt, after)  # (aware + timedelta is wall-clock)
        return nxt


def _same_wall_time(a: dt.datetime, b: dt.datetime, tz) -> bool:
    return a.astimezone(tz).replace(tzinfo=None) == b.astimezone(tz).replace(tzinfo=None)


def trigger_for(settings: Settings, topic: Topic) -> WallClockCron:
    """The topic's cron expression in its timezone."""
    return WallClockCron.from_crontab(topic.schedule, timezone=settings.topic_tz(topic))


def scheduler_topics(settings: Settings) -> list[Topic]:
    return [t for t in settings.topics if t.schedule]


def job_id(topic: Topic) -> str:
    from briefgen.text import slugify

    return f"topic:{slugify(topic.name)}"
