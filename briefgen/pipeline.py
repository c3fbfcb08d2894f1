"""One brief for one topic: gather, dedupe and cluster, summarize, render, record."""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from briefgen import runkey
from briefgen.archive import FORMATS, check_slug, write_brief
from briefgen.config import Settings, Topic
from briefgen.errors import BriefgenError, ConfigError, NoArticlesError, describe
from briefgen.models import Brief, RunRecord, SourceErrorRecord, Story
from briefgen.store import Store
from briefgen.summarize import Summarizer, SummaryRequest, get_summarizer
from briefgen.text import terms

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    import httpx

    from briefgen.gather import Gathered
    from briefgen.judge import LLMJudge

log = logging.getLogger(__name__)
Progress = Callable[[str], None]
BUDGETS = ("llm.token_budget", "llm.max_calls")  # named in the fallback reason they cause


@dataclass
class RunResult:
    """What one topic's run produced, or why it failed."""

    topic: str
    ok: bool
    paths: list[Path] = field(default_factory=list)
    brief: Brief | None = None
    errors: list[SourceErrorRecord] = field(default_factory=list)
    message: str = ""
    run_id: int | None = None  # the run that built the brief
    reused: bool = False  # an earlier run's brief, built from the same inputs
    reused_in: int | None = None  # then this run's own row (a 'reused' one)
    rebuilt: str = ""  # why an earlier brief of the same topic and date was not reused
    degraded: str = ""  # why the brief is not what was asked for (the LLM wrote no story...)
    duplicates: int = 0  # a reused brief's: the copies its run dropped

    @property
    def this_run(self) -> int | None:
        """This run's row in `briefgen runs`, on which its deliveries are recorded."""
        return self.reused_in or self.run_id


def run(
    settings: Settings,
    topic: Topic,
    now: dt.datetime,
    store: Store,
    *,
    date: dt.date | None = None,
    formats: Sequence[str] = FORMATS,
    transport: httpx.AsyncBaseTransport | None = None,
    summarizer: Summarizer | None = None,
    progress: Progress = lambda stage: None,
    force: bool = False,
    started_at: dt.datetime | None = None,
) -> RunResult:
    """Build and write one brief, or (unless `force`) reuse the finished brief of the same
    topic and date when it was built from the same inputs (`runkey.py`) and no article has
    come since. A BriefgenError is recorded and returned as a failed result; a ConfigError
    or anything unexpected is recorded, then raised. The brief is as of `now`; its run is
    recorded as begun at `started_at` when given (a worker's task that waited in the queue)."""
    from briefgen.gather import brief_period, gather

    begun = time.perf_counter()  # the run's time counts the gathering, whenever it happens
    stamp = started_at or now
    tz = settings.topic_tz(topic)
    date = brief_date(settings, topic, now, date)
    check_slug(settings.output_dir, date, topic.name, force)
    inputs = runkey.brief_inputs(settings, topic)
    period = brief_period(date, now, topic.since, tz)
    gathered: Gathered | None = None

    def gathering() -> Gathered:
        nonlocal gathered
        if gathered is None:
            progress("gathering")
            mark = time.perf_counter()
            gathered = gather(topic, period, settings.fetch, store=store, transport=transport)
            log.info(
                "%s: gathered %d articles from %d sources in %.2f s (%d source errors)%s",
                topic.name, len(gathered.articles), len(topic.sources),
                time.perf_counter() - mark, len(gathered.errors), gathered.left_out(),
            )  # fmt: skip
        return gathered

    # listed as running from the start: reading the sources to tell whether the last brief
    # still stands may take the whole fetch deadline (and a process killed then is shown
    # interrupted, as at any stage)
    run_id = store.start_run(topic.name, date, stamp)
    errors: list[SourceErrorRecord] = []
    rebuilt = ""
    try:
        if not force:
            done = finished(store, topic, date, formats, settings, inputs, gathering)
            if isinstance(done, RunResult):
                if missing := set(formats) - {p.suffix.lstrip(".") for p in done.paths}:
                    # a format not written then (--format pdf after json,html): rendered
                    # from the brief kept, not built anew from today's sources (nu33 r08)
                    log.info("%s: writing %s of run %d", topic.name, ",".join(missing), done.run_id)
                    done.paths = [
                        p
                        for p in _write(done.brief, settings, topic, tz, formats)
                        if p.suffix.lstrip(".") in formats
                    ]
                done.errors = gathering().errors
                done.degraded = gathering().sources_failing()  # what they would add is unknown
                # a row of its own, so that `briefgen runs` lists every run and shows on it
                # the deliveries this run makes (a new reader's, a refused one); `run_id`
                # stays the brief's run, which built it
                store.finish_run(
                    run_id, status="reused", finished_at=_now(stamp, begun),
                    outputs=[str(p) for p in done.paths], errors=done.errors,
                    message=f"the brief of run {done.run_id}: the same inputs, no new article",
                    counts=(done.brief.stats.articles, done.brief.stats.stories),
                    duplicates=done.duplicates,
                )  # fmt: skip
                done.reused_in = run_id
                return done
            rebuilt = done
        # The stages' libraries (numpy, scipy, datasketch) load only when a brief is to be
        # built: a reused one is answered in a fraction of the time.
        from briefgen import novelty
        from briefgen.cluster import cluster, dedupe
        from briefgen.embeddings import embed_articles
        from briefgen.judge import story_judge
        from briefgen.stories import titled_in

        gathered = gathering()
        errors = gathered.errors
        if not gathered.articles:
            raise NoArticlesError(gathered.explain_empty(period))
        progress("clustering")
        mark = time.perf_counter()
        deduped = dedupe(gathered.articles)
        embedded = embed_articles(deduped.articles, settings.llm, store, now)
        log.info("%s: %s", topic.name, embedded.describe())
        judge = story_judge(settings, store, now)
        stories = cluster(
            deduped.articles,
            set(terms(" ".join([topic.name, *topic.include]))),
            period.end,
            len(deduped.articles),
            embeddings=embedded.centred(),
            cross_lingual=settings.llm.embeddings_threshold,
            judge=judge,
        )
        if judge is not None:
            log.info("%s: %s", topic.name, judge.describe())
        article_ids = store.remember([a for s in stories for a in s.articles], now)
        stories = novelty.mark(
            stories,
            article_ids,
            store.seen_before(topic.name, date),
            store.previous_stories(topic.name, date),
        )
        found = stories
        stories = novelty.lead_with_news(stories, topic.continuing, topic.max_stories)
        if len(found) > topic.max_stories:  # said without -v: those stories are in no brief
            log.warning(
                "%s: %d stories found, the first %d kept (max_stories = %d; raise it to "
                "brief on more); left out: %s",
                topic.name, len(found), len(stories), topic.max_stories,
                _titles([s for s in found if s not in stories]),
            )  # fmt: skip
        titled_in(stories, settings.language_of(topic))
        if not stories:
            raise NoArticlesError(
                "nothing new since the last brief: every story is continuing and "
                "the topic has continuing = 'omit'"
            )
        log.info(
            "%s: %d duplicates dropped, %d stories in %.2f s",
            topic.name, deduped.dropped, len(stories), time.perf_counter() - mark,
        )  # fmt: skip
        progress("summarizing")
        mark = time.perf_counter()
        summarizer = summarizer or get_summarizer(_left_after(settings, judge), store, now)
        brief = summarizer.summarize(
            SummaryRequest(
                topic=topic.name,
                keywords=topic.include,
                date=date,
                period=period,
                generated_at=now,
                stories=stories,
                language=settings.language_of(topic),
            )
        )
        brief.stats.articles = sum(len(s.articles) for s in stories)
        brief.stats.stories = len(stories)
        brief.stats.source_errors = errors
        embedded.add_to(brief.stats)
        if judge is not None:
            judge.add_to(brief.stats)
        brief.stats.duration_s = round(time.perf_counter() - begun, 3)
        log.info(
            "%s: summarized %d stories (%s) in %.2f s",
            topic.name, len(stories), brief.stats.provider, time.perf_counter() - mark,
        )  # fmt: skip
        mark = time.perf_counter()
        progress("rendering")
        paths = _write(brief, settings, topic, tz, formats)
    except BaseException as e:  # every failure is recorded; only a run's own failure is returned
        returned = isinstance(e, BriefgenError) and not isinstance(e, ConfigError)
        stopped = isinstance(e, KeyboardInterrupt)  # Ctrl-C, or SIGTERM (cli._terminated)
        message = (
            str(e) if returned
            else "configuration error" if isinstance(e, ConfigError)
            else f"interrupted by {e or 'Ctrl-C'}" if stopped
            else f"unexpected error: {describe(e)}"  # a bug
        )  # fmt: skip
        status = "interrupted" if stopped else "failed"
        store.finish_run(
            run_id, status=status, finished_at=_now(stamp, begun), errors=errors, message=message
        )
        if returned:
            return RunResult(
                topic=topic.name, ok=False, errors=errors, message=message, run_id=run_id
            )
        raise
    log.info("%s: rendered %s in %.2f s", topic.name, ",".join(formats), time.perf_counter() - mark)
    degraded = degraded_reason(brief, settings.llm.provider) or gathered.sources_failing()
    store.finish_run(
        run_id,
        status="degraded" if degraded else "ok",
        finished_at=_now(stamp, begun),
        brief=brief,
        duplicates=deduped.dropped,
        outputs=paths,
        errors=errors,
        inputs=inputs | runkey.gathered(gathered.articles),
        article_ids={article_ids[a.url] for s in stories for a in s.articles},
        stories=[novelty.remembered(s, article_ids) for s in stories],
        message=degraded or _fallback_note(brief),
    )
    return RunResult(
        topic=topic.name,
        ok=True,
        paths=paths,
        brief=brief,
        errors=errors,
        run_id=run_id,
        rebuilt=rebuilt,
        degraded=degraded,
    )


def brief_date(
    settings: Settings, topic: Topic, now: dt.datetime, date: dt.date | None = None
) -> dt.date:
    """The date a brief made at `now` bears: the one asked for, the config's, else the day
    in the topic's time zone."""
    return date or settings.date or now.astimezone(settings.topic_tz(topic)).date()


def _write(
    brief: Brief, settings: Settings, topic: Topic, tz: ZoneInfo, formats: Sequence[str]
) -> list[Path]:
    """Write the brief's files. An LLM brief is in the reader's language; an offline one in
    its sources' (render tells each text's language by its script): the page says which,
    unless set."""
    written_in = settings.language_of(topic) if brief.stats.provider == "openai" else ""
    return write_brief(brief, settings, tz, formats, written_in)


def finished(
    store: Store,
    topic: Topic,
    date: dt.date,
    formats: Sequence[str],
    settings: Settings,
    inputs: dict[str, str],
    gathering: Callable[[], Gathered],
) -> RunResult | str:
    """The last brief of (topic, date) if it can stand for the one asked for now: built from
    the same `inputs`, with no story the LLM could not write (when the LLM is wanted), with
    embeddings (when a model is set), still `written`, and no article among those
    `gathering` finds now that it did not have (called last: the sources are read only for
    a brief that could be reused). Otherwise why it can't, in words ('' when there is
    nothing to say)."""
    record = store.finished_run(topic.name, date)
    if record is None:
        return ""
    if differs := runkey.changed(record.inputs, inputs):
        return f"{' and '.join(differs)} changed since run {record.id}"
    done = written(record, formats, settings.output_dir)
    if done is None:
        return ""  # files gone or damaged: simply built again
    fallen = [s for s in done.brief.stories if s.fallback]
    if fallen and settings.llm.provider == "openai":
        stories = f"{len(fallen)} stor{'y' if len(fallen) == 1 else 'ies'}"
        return f"retrying the {stories} the LLM could not write in run {record.id}"
    if settings.llm.embeddings_model and not done.brief.stats.cross_lingual:
        return f"retrying the embeddings that failed in run {record.id}"
    if fresh := runkey.new_articles(record.inputs, gathering().articles):
        return f"{fresh} new or changed article{'s' * (fresh > 1)} since run {record.id}"
    return done


def written(record: RunRecord, formats: Sequence[str], output_dir: Path) -> RunResult | None:
    """A finished run's brief, if its files are all still there, in `output_dir`, and include
    the JSON (the brief itself); its paths are those of the formats asked for that it has
    (another is rendered from it: pipeline.run)."""
    paths = [Path(p) for p in record.outputs]
    if (
        not paths
        or not all(p.exists() and p.is_relative_to(output_dir) for p in paths)
        or "json" not in {p.suffix.lstrip(".") for p in paths}
    ):
        return None
    json_path = next(p for p in paths if p.suffix == ".json")
    try:
        brief = Brief.model_validate_json(json_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None  # damaged or edited: build it again
    folder = json_path.parent  # (a format rendered since, by a run that reused it, is there)
    return RunResult(
        topic=record.topic,
        ok=True,
        paths=[p for f in formats if (p := folder / json_path.with_suffix(f".{f}").name).exists()],
        brief=brief,
        run_id=record.id,
        reused=True,
        duplicates=record.duplicates,
    )


def degraded_reason(brief: Brief, provider: str) -> str:
    """Why a written brief is not what was asked for: the LLM was wanted and wrote no story,
    or a token budget or call cap stopped it. '' when the brief is as asked."""
    fallen = [s for s in brief.stories if s.fallback]
    if provider != "openai" or not fallen:
        return ""
    total = len(brief.stories)
    if len(fallen) == total:
        return f"the LLM wrote none of the {total} stories ({fallen[0].fallback})"
    stopped = [s for s in fallen if any(cap in s.fallback for cap in BUDGETS)]
    if stopped:
        return (
            f"a budget stopped the LLM: {len(stopped)}/{total} stories summarized offline "
            f"({stopped[0].fallback})"
        )
    return ""


def _fallback_note(brief: Brief) -> str:
    """For `briefgen runs`: how many stories the LLM could not write, and why (each reason
    once, with how many it stopped when the reasons differ)."""
    reasons = Counter(s.fallback for s in brief.stories if s.fallback)
    if not reasons:
        return ""
    why = "; ".join(
        reason if len(reasons) == 1 else f"{n} x {reason}" for reason, n in reasons.items()
    )
    return f"{reasons.total()}/{len(brief.stories)} stories summarized offline: {why}"


def _now(now: dt.datetime, started: float) -> dt.datetime:
    """The injected clock moved on by the time actually spent."""
    return now + dt.timedelta(seconds=time.perf_counter() - started)


def _left_after(settings: Settings, judge: LLMJudge | None) -> Settings:
    """The settings for the summarizer: the token budget less what the story judge spent
    (the budget is the whole brief's)."""
    budget = settings.llm.token_budget
    if judge is None or budget is None:
        return settings
    spent = judge.usage.prompt_tokens + judge.usage.completion_tokens
    llm = settings.llm.model_copy(update={"token_budget": max(budget - spent, 1)})
    return settings.model_copy(update={"llm": llm})


def _titles(stories: list[Story], shown: int = 3) -> str:
    """The titles of stories left out of a brief, the first `shown` of them ("'A', 'B' and
    2 more"): the warning says which (nu35 r06: the wire's report of a rate cut was left
    out for an analysis of it, unsaid)."""
    titles = [repr(s.title) for s in stories[:shown]]
    more = len(stories) - shown
    return ", ".join(titles) + (f" and {more} more" if more > 0 else "")
