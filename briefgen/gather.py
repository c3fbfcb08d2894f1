"""Read a topic's sources concurrently, then keep the articles in the window that match."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import regex

from briefgen.config import FetchSettings, SourceConfig, Topic
from briefgen.errors import BriefgenError, describe
from briefgen.fetch import Fetcher
from briefgen.language import detect_language
from briefgen.models import Article, Period, SourceErrorRecord
from briefgen.sources import Context, Fetched, Source, open_source
from briefgen.text import redact_url
from briefgen.words import HAN, HAN_RE, HANGUL_RE, KANA, THAI, needs_segmenting, simplified

if TYPE_CHECKING:
    from collections.abc import Callable

    import httpx

    from briefgen.store import Store

log = logging.getLogger(__name__)

# An article dated this far after the clock is dated wrong (a feed's clock or time zone), not
# early: clocks differ by a few minutes
AHEAD_SLACK = dt.timedelta(minutes=15)
# ... and one dated before this year has no real date (a missing date written as 1970)
FIRST_YEAR = 1995


@dataclass
class Gathered:
    """Articles kept for the brief, and an account of what was dropped and why."""

    articles: list[Article] = field(default_factory=list)
    errors: list[SourceErrorRecord] = field(default_factory=list)
    found: int = 0
    outside_window: int = 0
    undated_outside: int = 0  # of those, dated only by their file's time
    misdated: int = 0  # of those, dated after the clock or before FIRST_YEAR
    filtered_out: int = 0
    other_language: int = 0
    not_modified: int = 0  # web sources that answered 304: their stored articles were used
    sources: int = 0
    failed_sources: int = 0  # of those, sources that could not be read at all

    def sources_failing(self) -> str:
        """'' or, when most sources could not be read, a line that says so: a brief from
        the few left is not the one asked for (the exit code says degraded)."""
        if 2 * self.failed_sources <= self.sources:
            return ""
        return (
            f"{self.failed_sources} of the {self.sources} sources could not be read "
            "(the warnings say why)"
        )

    def left_out(self) -> str:
        """What was found and not kept, and why ('' when nothing was): for -v."""
        undated = self.undated_outside
        by_file_time = f" ({undated} dated only by their file's time)" if undated else ""
        reasons = [
            (self.outside_window, f"outside the time window{by_file_time}"),
            (self.other_language, "in other languages"),
            (self.filtered_out, "not matching include/exclude"),
        ]
        said = [f"{n} {why}" for n, why in reasons if n]
        return f"; of {self.found} found, left out: {', '.join(said)}" if said else ""

    def explain_empty(self, period: Period) -> str:
        """Why nothing is left, in one line that suggests the fix."""
        span = f"{period.start:%Y-%m-%d %H:%M} to {period.end:%Y-%m-%d %H:%M %Z}"
        if self.found == 0:
            return (
                "no articles found in the sources"
                + (f" ({len(self.errors)} could not be read)" if self.errors else "")
                + "; check the paths and URLs with --source or in the config"
            )
        notes = [f"{self.undated_outside} dated only by their file's time"] * bool(
            self.undated_outside
        ) + [f"{self.misdated} dated wrong: see the warnings"] * bool(self.misdated)
        by_file_time = f" ({'; '.join(notes)})" if notes else ""
        return (
            f"no articles left for {span}: {self.found} found, {self.outside_window} outside "
            f"the time window{by_file_time}, {self.other_language} in other languages, "
            f"{self.filtered_out} not matching include/exclude; widen --since, change --date "
            "or the topic's keywords or languages"
        )


def brief_period(date: dt.date, now: dt.datetime, since: dt.timedelta, tz: ZoneInfo) -> Period:
    """The window a brief covers: `since` before the end of its day, or before now when that
    is earlier (today's brief, or one dated ahead: articles from the future are not news).
    A past date's window does not depend on the clock."""
    local_now = now.astimezone(tz)
    day_end = dt.datetime.combine(date + dt.timedelta(days=1), dt.time(0), tzinfo=tz)
    end = min(local_now, day_end)
    return Period(start=end - since, end=end)


def gather(
    topic: Topic,
    period: Period,
    limits: FetchSettings,
    *,
    store: Store | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
) -> Gathered:
    """Fetch every source of `topic` concurrently and keep what matches.

    A source that fails is recorded in `errors` and the others go on. With a `store`, web
    sources are fetched with conditional GETs and their last good answer is kept there.
    """
    unique: dict[str, SourceConfig] = {}  # a source given twice is read once
    for source in topic.sources:
        unique.setdefault(source.model_dump_json(), source)
    results = asyncio.run(
        fetch_all(
            list(unique.values()),
            limits,
            period=period,
            store=store,
            transport=transport,
        )
    )
    gathered = Gathered(sources=len(results))
    for result in results:
        if result.error:
            gathered.failed_sources += 1
            log.info("source failed: %s: %s", redact_url(result.spec), result.error)
            gathered.errors.append(
                SourceErrorRecord(source=redact_url(result.spec), error=result.error)
            )
            continue
        gathered.errors.extend(result.fetched.skipped)
        gathered.not_modified += result.fetched.not_modified
        before = len(gathered.articles)
        _keep_matching(result.fetched.articles, topic, period, gathered)
        misdated, said = _misdated(redact_url(result.spec), result.fetched.articles)
        if said is not None:
            gathered.errors.append(said)
            gathered.misdated += misdated
        kept = {a.url for a in gathered.articles[before:]}
        if unread := result.fetched.unread_pages(redact_url(result.spec), kept):
            gathered.errors.append(unread)
    return gathered


@dataclass
class SourceResult:
    """One source's answer, or the one-line reason it has none."""

    spec: str
    fetched: Fetched
    error: str | None
    elapsed_s: float


async def fetch_all(
    sources: list[SourceConfig],
    limits: FetchSettings,
    *,
    period: Period | None = None,
    store: Store | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
) -> list[SourceResult]:
    """Every source fetched concurrently through one client, each within `deadline_s`."""
    cache = store.feed_cache([s.url for s in sources if s.is_url]) if store else {}
    async with Fetcher(limits, transport=transport) as fetcher:
        ctx = Context(fetcher=fetcher, limits=limits, period=period, cache=cache)
        results = await asyncio.gather(*(_fetch_one(open_source(s), ctx) for s in sources))
    if store:
        store.save_feeds(
            {r.spec: r.fetched for r in results if not r.error and r.fetched.validators},
            {s.url: r.error for s, r in zip(sources, results, strict=True) if r.error and s.is_url},
        )
    return results


async def _fetch_one(source: Source, ctx: Context) -> SourceResult:
    """A source's answer within the deadline; its error (without its own name, which is
    shown beside the error wherever it is shown)."""
    started = time.perf_counter()
    deadline = ctx.limits.deadline_s
    fetched, error = Fetched(), None
    try:
        async with asyncio.timeout(deadline):
            fetched = await source.fetch(ctx)
    except TimeoutError:
        # its document came in soon, and reading it took the time; else the server did
        read_long = getattr(source, "receiving_s", deadline) < deadline / 2
        error = f"not done within {deadline:g}s; " + (
            f"its {source.received:,} bytes came in, reading them took the rest: raise "
            "fetch.deadline_s for such a source"
            if read_long and getattr(source, "received", 0)
            else "the server is slow or hangs (fetch.deadline_s)"
        )
    except BriefgenError as e:
        error = str(e).removeprefix(f"{redact_url(source.spec)}: ")
    except Exception as e:  # one odd source (a parser bug, a bad encoding) must not sink the run
        log.debug("source %s failed", source.spec, exc_info=True)
        error = f"could not be read ({describe(e)})"
    return SourceResult(source.spec, fetched, error, round(time.perf_counter() - started, 3))


def _misdated(source: str, articles: list[Article]) -> tuple[int, SourceErrorRecord | None]:
    """How many of a source's articles are dated after the clock (its clock or time zone is
    wrong: they may be news now, but belong to no window yet) or before FIRST_YEAR (no real
    date), and one line that says so (None when there are none)."""
    now = dt.datetime.now(dt.UTC)
    # an article dated by its day alone stands at that day's noon UTC: its day starts 12 h
    # earlier, and today's is no error
    half_day = dt.timedelta(hours=12)
    ahead = [
        a.published
        for a in articles
        if a.published - half_day * (a.dated_by == "day") > now + AHEAD_SLACK
    ]
    early = [a.published for a in articles if a.published.year < FIRST_YEAR]
    if not ahead and not early:
        return 0, None
    said = []
    if ahead:
        said.append(
            f"{len(ahead)} dated after now (up to {max(ahead):%Y-%m-%d %H:%M %Z}): the "
            "source's clock or time zone is wrong"
        )
    if early:
        said.append(f"{len(early)} dated {min(early):%Y-%m-%d}, which is no real date")
    count = len(ahead) + len(early)
    line = f"{count} item{'s' * (count != 1)} left out, " + "; ".join(said)
    return count, SourceErrorRecord(
        source=source, error=line + "; ask its publisher to fix the dates"
    )


def _keep_matching(articles: list[Article], topic: Topic, period: Period, into: Gathered) -> None:
    include = _keyword_matcher(topic.include)
    exclude = _keyword_matcher(topic.exclude)
    for article in articles:
        into.found += 1
        if not article.within(period):
            into.outside_window += 1
            into.undated_outside += article.dated_by == "file_time"
            continue
        if topic.languages:
            language = detect_language(article)  # '' when unknown: kept
            if language and language not in topic.languages:
                into.other_language += 1
                continue
        haystack = f"{article.title}\n{article.text}"
        if (include and not include(haystack)) or (exclude and exclude(haystack)):
            into.filtered_out += 1
            continue
        into.articles.append(article)


def _keyword_matcher(keywords: list[str]) -> Callable[[str], bool] | None:
    """Whole-word, case-insensitive match of any keyword (a keyword may be a phrase). A
    keyword in Chinese characters matches in either form: 花蓮 (Taiwan's) and 花莲 (the
    mainland's) are one word, compared in simplified characters (words.simplified). In
    scripts written without spaces (Chinese, Japanese, Thai) a word has letters on both sides,
    so a keyword edge in such a script needs no boundary: "经济" matches in "中国经济增长";
    in Korean a word's particles and the rest of a compound are written after it: "가와모토"
    matches in "가와모토자동차가". Those scripts write a foreign name against the next word
    too: "Kestrel" matches in "Kestrel半导体" and "Kestrel은"."""
    han = any(HAN_RE.search(k) for k in keywords)
    words = [_bounded(simplified(k) if han else k) for k in map(str.strip, keywords) if k]
    if not words:
        return None
    pattern = regex.compile("|".join(words), regex.IGNORECASE | regex.V1)
    if han:  # text without Chinese characters is as it is
        return lambda text: (
            pattern.search(simplified(text) if HAN_RE.search(text) else text) is not None
        )
    return lambda text: pattern.search(text) is not None


# the letters written against a word of another script, which are no part of it
JOINED = rf"{HAN}{KANA}{THAI}\p{{Hangul}}"


# the one-letter words Arabic and Hebrew write joined to the next (and, in, to, from, as),
# and Arabic's article: لمترو is "of the metro", والقاهرة "and Cairo"
ARABIC_JOINED = r"(?:[وف]?[بلك]?(?:ال)?)"
HEBREW_JOINED = r"(?:[ו]?[בלמהשכ]?)"
# a Cyrillic name's case endings: Набиуллиной, Набиуллину are Набиуллина
CYRILLIC_STEM = regex.compile(r"^(\p{Cyrillic}{4,}?)[аяоеиыуюйь]?$")


def _bounded(keyword: str) -> str:
    """A keyword as a whole word, with what its script writes joined to a word: particles and
    compounds after a Korean one, nothing between Chinese, Japanese or Thai words, a joined
    one-letter word before an Arabic or Hebrew one, a case ending after a Cyrillic name."""
    word = regex.escape(keyword)
    if needs_segmenting(keyword[0]):
        before = ""
    elif HANGUL_RE.match(keyword[0]):
        before = r"(?<!\w)"  # 이란 ("Iran") is not in 이것이란
    else:
        before = rf"(?<![\w--[{JOINED}]])"
        if regex.match(r"\p{Arabic}", keyword):
            before += ARABIC_JOINED
        elif regex.match(r"\p{Hebrew}", keyword):
            before += HEBREW_JOINED
    if (stem := CYRILLIC_STEM.match(keyword)) and keyword[0].isupper():
        word = regex.escape(stem[1]) + r"\p{Cyrillic}{0,3}"
    joined = needs_segmenting(keyword[-1]) or HANGUL_RE.match(keyword[-1])
    after = "" if joined else rf"(?![\w--[{JOINED}]])"
    return f"{before}{word}{after}"
