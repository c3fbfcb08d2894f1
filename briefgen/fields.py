"""The kinds of value a config holds, checked as they are read: durations, time zones,
cron expressions, single-line strings and mail addresses."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Annotated, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import AfterValidator, BeforeValidator, PlainSerializer, StringConstraints

DURATION_RE = re.compile(r"^\s*(\d+)\s*(m|min|h|d|w)\s*$", re.IGNORECASE)
DURATION_UNITS = {"m": "minutes", "min": "minutes", "h": "hours", "d": "days", "w": "weeks"}
MAX_DURATION = dt.timedelta(days=3650)
JOINERS = "\u200c\u200d"  # zero-width non-joiner and joiner


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
    """Exactly one mailbox ('a@b.c' or 'Name <a@b.c>'), single line: not a list ('a@b.c,
    d@e.f'), a group, or an address with more after it (parseaddr reads such a value as its
    first address, so it used to pass here and fail only when the mail was sent)."""
    from email import errors, policy
    from email.headerregistry import Address as _Address

    # format characters too (a bidi override hides what an address says), but the joiners
    # that Persian and Indic names are written with
    if any(unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") for c in value if c not in JOINERS):
        raise ValueError(f"{value!r} is not an email address (a control character in it)")
    try:
        parsed = policy.default.header_factory("To", value)
    except (errors.HeaderParseError, IndexError, ValueError):
        raise ValueError(f"{value!r} is not an email address") from None
    if len(parsed.addresses) > 1 or any(g.display_name is not None for g in parsed.groups):
        raise ValueError(f"{value!r} is more than one email address; give one per entry")
    if len(parsed.addresses) != 1:
        raise ValueError(f"{value!r} is not an email address")
    mailbox = parsed.addresses[0]
    # defects: something beside the address ('a@b.c x', 'a@b.c <d@e.f>', 'a@b.c;d@e.f')
    if parsed.defects or not (mailbox.username and mailbox.domain) or value.rstrip()[-1] in ",;":
        raise ValueError(f"{value!r} is not an email address")
    try:
        _Address(display_name=mailbox.display_name, addr_spec=mailbox.addr_spec)
    except (ValueError, IndexError, TypeError, errors.HeaderParseError) as e:
        raise ValueError(f"{value!r} is not an email address ({e})") from None
    return value


Address = Annotated[SingleLine, AfterValidator(check_address)]
