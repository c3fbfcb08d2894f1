"""Publication dates as found in front matter, feeds and HTML metadata."""

from __future__ import annotations

import datetime as dt
import time
from email.utils import parsedate_to_datetime

UTC = dt.UTC


def parse_date(value: object, default_tz: dt.tzinfo = UTC) -> dt.datetime | None:
    """An aware datetime from ISO 8601, RFC 2822, a date or a datetime; None if unparseable.

    A date without a time is taken as noon UTC, which is the same calendar day in every zone
    from UTC-11 to UTC+11; a time without a zone is taken in `default_tz` (UTC by default).
    """
    if isinstance(value, dt.datetime):
        parsed = value
    elif isinstance(value, dt.date):
        parsed = dt.datetime.combine(value, dt.time(12))
    elif isinstance(value, time.struct_time):
        parsed = dt.datetime(*value[:6], tzinfo=UTC)
    elif isinstance(value, str) and value.strip():
        parsed = _parse_text(value.strip())
        if parsed is None:
            return None
    else:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=default_tz)


def day_only(value: object) -> bool:
    """Whether `value` gives a day and no time of it (a date, or an ISO date string), which
    parse_date places at noon UTC."""
    if isinstance(value, str):
        value = value.strip()
        try:
            return len(value) == 10 and bool(dt.date.fromisoformat(value))
        except ValueError:
            return False
    return isinstance(value, dt.date) and not isinstance(value, dt.datetime)


def _parse_text(text: str) -> dt.datetime | None:
    try:
        if len(text) == 10:
            return dt.datetime.combine(dt.date.fromisoformat(text), dt.time(12))
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
