"""Read a topic's sources concurrently, then keep the articles in the window that match."""

from __future__ import annotations

import datetime as dt
import logging
import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

import httpx

from briefgen.config import FetchSettings, Topic
from briefgen.errors import BriefgenError, describe
from briefgen.models import Article, Period, SourceErrorRecord
from briefgen.sources import Fetched, Source, open_source
from briefgen.text import redact_url

log = logging.getLogger(__name__)


@dataclass
class Gathered:
    """Articles kept for the brief, and an account of what was dropped and why."""

    articles: list[Article] = field(default_factory=list)
    errors: list[SourceErrorRecord] = field(default_factory=list)
    found: int = 0
    outside_window: int = 0
    undated_outside: int = 0  # of those, dated only by their file's time
    filtered_out: int = 0

    def explain_empty(self, period: Period) -> str:
        """Why nothing is left, in one line that suggests the fix."""
        span = f"{period.start:%Y-%m-%d %H:%M} to {period.end:%Y-%m-%d %H:%M %Z}"
        if self.found == 0:
            return (
                "no articles found in the sources"
                + (f" ({len(self.errors)} could not be read)" if self.errors else "")
                + "; check the paths and URLs with --source or in the config"
            )
        by_file_time = (
            f" ({self.undated_outside} dated only by their file's time)"
            if self.undated_outside
            else ""
        )
        return (
            f"no articles left for {span}: {self.found} found, {self.outside_window} outside "
            f"the time window{by_file_time}, {self.filtered_out} not matching "
            "include/exclude; widen --since, change --date or the topic's keywords"
        )


def brief_period(date: dt.date, now: dt.datetime, since: dt.timedelta, tz: ZoneInfo) -> Period:
    """The window a brief covers: `since` before now for today's brief, before the end of
    the day for any other date (so a brief for a given date does not depend on the clock)."""
    local_now = now.astimezone(tz)
    day_end = dt.datetime.combine(date + dt.timedelta(days=1), dt.time(0), tzinfo=tz)
    end = local_now if date == local_now.date() else day_end
    return Period(start=end - since, end=end)


def gather(
    topic: Topic,
    period: Period,
    limits: FetchSettings,
    *,
    client: httpx.Client | None = None,
) -> Gathered:
    """Fetch every source of `topic` concurrently and keep what matches.

    A source that fails is recorded in `errors` and the others go on.
    """
    sources = [open_source(s) for s in topic.sources]
    own_client = client is None
    client = client or new_client(limits)
    result = Gathered()
    try:
        with ThreadPoolExecutor(max_workers=min(limits.concurrency, max(len(sources), 1))) as pool:
            futures = [(s, pool.submit(fetch_one, s, client, limits)) for s in sources]
            for source, future in futures:
                fetched, error = future.result()
                if error:
                    log.info("source failed: %s", error)
                    result.errors.append(
                        SourceErrorRecord(source=redact_url(source.spec), error=error)
                    )
                    continue
                result.errors.extend(fetched.skipped)
                _keep_matching(fetched.articles, topic, period, result)
    finally:
        if own_client:
            client.close()
    return result


def new_client(limits: FetchSettings) -> httpx.Client:
    """The HTTP client sources share: timeouts, redirects followed, a clear user agent."""
    return httpx.Client(
        timeout=limits.timeout_s, follow_redirects=True, headers={"User-Agent": limits.user_agent}
    )


def fetch_one(
    source: Source, client: httpx.Client, limits: FetchSettings
) -> tuple[Fetched, str | None]:
    """What a source yields, or nothing and the one-line reason it failed."""
    try:
        return source.fetch(client, limits), None
    except BriefgenError as e:
        return Fetched(), str(e)
    except Exception as e:  # one odd source (a parser bug, a bad encoding) must not sink the run
        log.debug("source %s failed", source.spec, exc_info=True)
        return Fetched(), f"{redact_url(source.spec)}: could not be read ({describe(e)})"


def _keep_matching(articles: list[Article], topic: Topic, period: Period, into: Gathered) -> None:
    include = _keyword_pattern(topic.include)
    exclude = _keyword_pattern(topic.exclude)
    for article in articles:
        into.found += 1
        if not period.start <= article.published <= period.end:
            into.outside_window += 1
            into.undated_outside += article.dated_by == "file_time"
            continue
        haystack = f"{article.title}\n{article.text}"
        if (include and not include.search(haystack)) or (exclude and exclude.search(haystack)):
            into.filtered_out += 1
            continue
        into.articles.append(article)


def _keyword_pattern(keywords: list[str]) -> re.Pattern[str] | None:
    """Whole-word, case-insensitive match of any keyword (a keyword may be a phrase)."""
    words = [re.escape(k.strip()) for k in keywords if k.strip()]
    if not words:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(words) + r")(?!\w)", re.IGNORECASE)
