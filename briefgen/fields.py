"""The kinds of value a config holds, checked as they are read: durations, time zones,
cron expressions, single-line strings and mail addresses."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import AfterValidator, BeforeValidator, PlainSerializer, StringConstraints

DURATION_RE = re.compile(r"^\s*(\d+)\s*(m|min|h|d|w)\s*$", re.IGNORECASE)
DURATION_UNITS = {"m": "minutes", "min": "minutes", "h": "hours", "d": "days", "w": "weeks"}
MAX_DURATION = dt.timedelta(days=3650)


def parse_duration(value: Any) -> dt.timedelta:
    """'90m', '24h', '3d', '1w' (or a timedelta) -> timedelta."""
    if isinstance(value, dt.timedelta):
        return value
    match = DURATION_RE.match(str(value))
    if not match:
        raise ValueError(f"{value!r} is not a duration; write e.g. '24h', '3d' or '90m'")
    if int(match[1]) == 0:
        raise ValueError(f"{value!r} is empty: a duration must be positive, e.g. '24h'")
    try:
        duration = dt.timedelta(**{DURATION_UNITS[match[2].lower()]: int(match[1])})
    except OverflowError:
        duration = MAX_DURATION * 2
    if duration > MAX_DURATION:
        raise ValueError(f"{value!r} is too long; the longest window is 3650d")
    return duration


def check_timezone(name: str) -> str:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(
            f"unknown timezone {name!r}; use an IANA name such as 'Europe/Berlin'"
        ) from None
    return name


def check_cron(expr: str) -> str:
    from apscheduler.triggers.cron import CronTrigger  # imported here: only configs with a schedule

    try:
        CronTrigger.from_crontab(expr)
    except ValueError as e:
        raise ValueError(
            f"bad cron expression {expr!r} ({e}); write e.g. '0 7 * * mon-fri'"
        ) from None
    return expr


def check_header_safe(value: str) -> str:
    if "\r" in value or "\n" in value:
        raise ValueError("must be a single line (no CR/LF)")
    return value


def format_duration(value: dt.timedelta) -> str:
    """The config's own way to write a duration ('3d', '36h', '90m'), which it reads back."""
    minutes = int(value.total_seconds() // 60)
    for unit, size in (("w", 7 * 24 * 60), ("d", 24 * 60), ("h", 60)):
        if minutes % size == 0:
            return f"{minutes // size}{unit}"
    return f"{minutes}m"


# Written as the config writes it in JSON (a worker's task, the run key), read back the same.
Duration = Annotated[
    dt.timedelta,
    BeforeValidator(parse_duration),
    PlainSerializer(format_duration, when_used="json"),
]
TimezoneName = Annotated[str, AfterValidator(check_timezone)]
Cron = Annotated[str, AfterValidator(check_cron)]
SingleLine = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1), AfterValidator(check_header_safe)
]


def check_address(value: str) -> str:
    """One mailbox ('a@b.c' or 'Name <a@b.c>'), single line."""
    from email.headerregistry import Address as _Address
    from email.utils import parseaddr

    name, addr = parseaddr(value)
    if not addr or "@" not in addr or addr.count("@") != 1:
        raise ValueError(f"{value!r} is not an email address")
    try:
        _Address(display_name=name, addr_spec=addr)
    except (ValueError, IndexError, TypeError) as e:
        raise ValueError(f"{value!r} is not an email address ({e})") from None
    return value


Address = Annotated[SingleLine, AfterValidator(check_address)]
