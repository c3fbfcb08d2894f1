"""One topic's whole run, as `generate` and the scheduler make it: build (or reuse) the brief,
email whoever has not had it yet, and report each step; then the archive is rebuilt."""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Sequence
from contextlib import ExitStack, nullcontext
from dataclasses import dataclass
from typing import Literal
from zoneinfo import ZoneInfo

from rich.console import Console
from rich.markup import escape

from briefgen import pipeline, processes
from briefgen.archive import FORMATS, write_archive
from briefgen.config import Settings, Topic
from briefgen.errors import BriefgenError, LockBusy
from briefgen.models import Brief
from briefgen.store import BRIEF_STALE, Store, brief_lock

_ARCHIVE = threading.Lock()
ARCHIVE_LOCK = "archive"
ARCHIVE_STALE = dt.timedelta(minutes=2)  # writing the index takes seconds: its holder died
ARCHIVE_WAIT_S = 120.0
# One topic's brief of one day is built by one process at a time (two `generate`, workers on
# two machines): another waits for it (store.brief_lock), then reuses what it built.
BRIEF_WAIT_S = 3600.0
Outcome = Literal["ok", "degraded", "failed", "undelivered"]
# Exit codes for schedulers (README): a brief as asked, none (or one not delivered to every
# reader: the brief is made, its run `ok` or `degraded` in `briefgen runs`), or one degraded.
EXIT_CODES: dict[Outcome, int] = {"ok": 0, "failed": 1, "undelivered": 1, "degraded": 3}


def exit_code(outcomes: Sequence[Outcome]) -> int:
    """The worst outcome decides: any failure is 1, else any degraded brief is 3, else 0."""
    for outcome in ("failed", "undelivered", "degraded"):
        if outcome in outcomes:
            return EXIT_CODES[outcome]
    return 0


@dataclass
class Options:
    """How `generate` was asked to run (the scheduler uses the defaults, with email)."""

    date: dt.date | None = None
    formats: Sequence[str] = FORMATS
    email: bool = False
    force: bool = False
    dry_run: bool = False
    take_over: bool = False  # a worker redoing a dead worker's task sends what it left pending
    started_at: dt.datetime | None = None  # a worker's: when the run began, if not at `now`


def run_topic(
    settings: Settings,
    topic: Topic,
    store: Store,
    now: dt.datetime,
    options: Options,
    out: Console,
    err: Console,
    briefs: list[Brief] | None = None,
) -> Outcome:
    """Run one topic; paths on `out`, warnings and errors on `err`. 'failed' if no brief
    was written, 'undelivered' if a mail was not, 'degraded' if the brief is not what was asked
    for (see `pipeline.degraded_reason`). The brief built (or reused) is appended to
    `briefs` when given (for the digest)."""
    formats = list(options.formats)
    if options.email and "pdf" not in formats:
        formats.append("pdf")  # the attachment
    label = escape(topic.name)
    day = pipeline.brief_date(settings, topic, now, options.date)
    lock, asked = brief_lock(topic.name, day), time.monotonic()
    # a worker's task waits less than its visibility timeout, lest it go to a second worker
    wait_s = BRIEF_WAIT_S
    if settings.queue.broker_url:
        wait_s = min(wait_s, settings.queue.visibility_timeout_s / 2)
    status = err.status(f"{label}: starting") if err.is_terminal else nullcontext()

    def waiting() -> None:
        err.print(
            f"{topic.name}: another briefgen is building the {day} brief; waiting for it",
            markup=False,
        )

    with ExitStack() as building:
        try:
            held = store.held(lock, BRIEF_STALE, wait_s, processes.PROCESS, waiting)
            building.enter_context(held)
        except LockBusy:
            err.print(
                f"error: {topic.name}: another briefgen has been building the {day} brief for "
                f"over {_span(wait_s)}; run again once it is done ('briefgen runs' shows its run)",
                markup=False,
            )
            return "failed"
        except BriefgenError as e:  # the database is away
            err.print(f"error: {topic.name}: {e}", markup=False)
            return "failed"
        # the clock moved on while it waited: its run's times and its deliveries' claims
        waited = dt.timedelta(seconds=round(time.monotonic() - asked))
        now += waited
        started_at = options.started_at and options.started_at + waited
        with status as spinner:

            def progress(stage: str) -> None:
                if spinner is not None:
                    spinner.update(f"{label}: {stage}")

            result = pipeline.run(
                settings,
                topic,
                now,
                store,
                date=day,
                formats=formats,
                progress=progress,
                force=options.force,
                started_at=started_at,
            )
    for problem in result.errors:
        err.print(f"warning: {problem.source}: {problem.error}", markup=False)
    if not result.ok:
        err.print(f"error: {topic.name}: {result.message}", markup=False)
        return "failed"
    if result.reused:
        err.print(
            f"{topic.name}: the {result.brief.date} brief was already built from the same "
            f"inputs, and its sources have no new article (run {result.run_id}); reusing it "
            "(--force rebuilds)",
            markup=False,
        )
    elif result.rebuilt:
        err.print(f"{topic.name}: building anew: {result.rebuilt}", markup=False)
    if result.degraded:
        err.print(f"degraded: {topic.name}: {result.degraded}", markup=False)
    else:
        for line in fallback_warnings(result.brief):
            err.print(f"warning: {line}", markup=False)
    if unconfirmed := grounding_warning(result.brief):
        err.print(f"warning: {topic.name}: {unconfirmed}", markup=False)
    for path in result.paths:
        out.print(str(path), markup=False)
    if briefs is not None and result.brief is not None:
        briefs.append(result.brief)
    if options.email and not _email(
        result, topic, settings, store, now, options, (out, err), wait_s
    ):
        return "undelivered"
    return "degraded" if result.degraded else "ok"


def _span(seconds: float) -> str:
    """A wait as a reader says it: '60 min', '2.5 min', '45 s', '0.5 s'."""
    return f"{seconds / 60:.3g} min" if seconds >= 120 else f"{seconds:.3g} s"


def refresh_archive(settings: Settings, store: Store, now: dt.datetime, err: Console) -> None:
    """Rebuild output/index.html and feed.xml (once per command, after its topics); runs
    that wrote no brief yet leave no output folder, and none is made for the index."""
    if not settings.output_dir.is_dir():
        return
    try:
        # topics finishing together (scheduler threads, workers on other machines sharing
        # the output folder) must not write the index over each other
        with _ARCHIVE, store.held(ARCHIVE_LOCK, ARCHIVE_STALE, ARCHIVE_WAIT_S, processes.PROCESS):
            write_archive(
                settings.output_dir, now=now, templates_dir=settings.templates_dir,
                public_url=settings.email.public_url, tz=ZoneInfo(settings.timezone),
            )  # fmt: skip
    except BriefgenError as e:
        # index.html and feed.xml are written together or not at all (write_atomic)
        err.print(f"warning: index.html and feed.xml were not updated: {e}", markup=False)


def _email(result, topic, settings, store, now, options, consoles, wait_s: float) -> bool:
    """Send the brief to the topic's readers who have not had it. One process at a time
    sends one brief (its lock's heartbeat renewed as long as that takes): a worker's task
    redelivered while its first worker is still sending (a slow mail server, past
    `queue.visibility_timeout_s`) takes over only what a dead sender left pending, not what
    a live one is about to send (nu33 r01: duplicates)."""
    from briefgen.outbox import send_brief, why_not

    out, err = consoles
    if not topic.recipients:
        err.print(f"warning: {topic.name}: no recipients in the config; nothing sent", markup=False)
        return True
    lock = brief_lock(topic.name, result.brief.date, "mail")

    def waiting() -> None:
        err.print(
            f"{topic.name}: another briefgen is sending the {result.brief.date} brief; "
            "waiting for it",
            markup=False,
        )

    asked = time.monotonic()
    held = (  # a dry run sends nothing: it need not wait
        nullcontext()
        if options.dry_run
        else store.held(lock, BRIEF_STALE, wait_s, processes.PROCESS, waiting)
    )
    try:
        with held:
            # its claims are as of now, not of before the wait (the retry job takes a claim
            # older than STALE_PENDING for a dead sender's: the review's)
            now += dt.timedelta(seconds=round(time.monotonic() - asked))
            done = send_brief(
                result.brief,
                topic.recipients,
                settings,
                store,
                now,
                run_id=result.this_run,
                force=options.force,
                dry_run=options.dry_run,
                take_over=options.take_over,
            )
    except LockBusy:
        err.print(
            f"{topic.name}: another briefgen has been sending the {result.brief.date} brief "
            f"for over {_span(wait_s)}; its readers get it from that one",
            markup=False,
        )
        return True
    for path in done.written:
        out.print(str(path), markup=False)
    if done.sent:
        err.print(f"{topic.name}: sent to {', '.join(done.sent)}", markup=False)
    if done.skipped:
        err.print(
            f"{topic.name}: already sent to {', '.join(done.skipped)} (--force sends again)",
            markup=False,
        )
    if done.refused:
        err.print(
            f"warning: {topic.name}: not sending again to {', '.join(done.refused)}: their "
            "server refused it before (--force tries again)",
            markup=False,
        )
    if done.busy:
        err.print(
            f"{topic.name}: another briefgen is sending to {', '.join(done.busy)} now",
            markup=False,
        )
    for recipient, error in done.failed:
        said = why_not(recipient, error)  # the error names the reader: said once
        err.print(f"error: {topic.name}: not delivered to {recipient}: {said}", markup=False)
    return not done.failed


def grounding_warning(brief: Brief | None) -> str:
    """What the cited articles did not confirm of the LLM's items ('' when all held): a
    model that invents is seen in a cron job's mail, not only in the brief's labels."""
    checks = brief.stats.grounding if brief else None
    if not checks or not (checks.flagged or checks.dropped):
        return ""
    said = []
    if checks.flagged:
        said.append(f"{checks.flagged} marked unverified in the brief")
    if checks.dropped:
        said.append(f"{checks.dropped} left out")
    return (
        f"{checks.flagged + checks.dropped} of the LLM's {checks.checked} statements are not "
        f"in the articles they cite: {' and '.join(said)} (llm.ungrounded)"
    )


def fallback_warnings(brief: Brief | None) -> list[str]:
    """One line per reason the LLM could not write stories (the offline summarizer did)."""
    by_reason: dict[str, list[str]] = {}
    for story in brief.stories if brief else []:
        if story.fallback:
            by_reason.setdefault(story.fallback, []).append(story.title)
    total = len(brief.stories) if brief else 0
    return [
        f"{len(titles)}/{total} stories summarized offline ({reason}): {', '.join(titles)}"
        if len(titles) > 1
        else f"story {titles[0]!r} summarized offline ({reason})"
        for reason, titles in by_reason.items()
    ]
