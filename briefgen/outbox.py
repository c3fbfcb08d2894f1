"""Who gets which brief, once: the delivery ledger in front of `deliver.py`.

Each (topic, brief date, recipient) is recorded as pending before the message goes out, then
sent, failed (temporary: the scheduler retries it) or rejected (permanent: only `--force`
tries again). A re-run, a second `generate --email` or a restarted scheduler skips every
recipient already marked sent, unless forced. A crash between the server's "250 OK" and the
ledger update leaves the entry pending, and pending is sent again: at worst one duplicate,
with the same Message-ID, which mail clients recognise.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from pathlib import Path

from briefgen import processes
from briefgen.archive import brief_path
from briefgen.config import Settings
from briefgen.deliver import Mailer
from briefgen.errors import DeliveryError, LockBusy
from briefgen.letter import build_message, mailbox, message_id, write_eml
from briefgen.models import Brief
from briefgen.store import BRIEF_STALE, Store, brief_lock

log = logging.getLogger(__name__)


@dataclass
class Delivered:
    """What one delivery round did, for the CLI's report and its exit code."""

    sent: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # had it already
    refused: list[str] = field(default_factory=list)  # their server refused it before
    busy: list[str] = field(default_factory=list)  # another process is sending it now
    failed: list[tuple[str, str]] = field(default_factory=list)  # (recipient, error)
    written: list[Path] = field(default_factory=list)  # --dry-run .eml files


def why_not(recipient: str, error: str) -> str:
    """A failed delivery's error, to say after "not delivered to {recipient}:": without the
    reader and the "not delivered" it says already ("a@x: not delivered: ..."), once."""
    return error.removeprefix(f"{recipient}: ").removeprefix("not delivered: ")


def send_brief(
    brief: Brief,
    recipients: list[str],
    settings: Settings,
    store: Store,
    now: dt.datetime,
    *,
    run_id: int | None = None,
    force: bool = False,
    dry_run: bool = False,
    take_over: bool = False,
    mailer: type[Mailer] = Mailer,
) -> Delivered:
    """Email `brief` (its PDF attached, when written) to each recipient who hasn't had it;
    `take_over`: deliveries left pending by a sender known to be dead are sent too."""
    done = Delivered()
    ledger: dict[str, str] = {}  # recipient -> ledger key: one per mailbox, first spelling kept
    for r in recipients:
        ledger.setdefault(mailbox(r) or r, r)
    ledger = {r: key for key, r in ledger.items()}
    pdf_path = brief_path(settings.output_dir, brief.date, brief.topic, "pdf")
    pdf = pdf_path.read_bytes() if pdf_path.exists() else None
    urls = _urls(settings, brief)

    def message(recipient: str):  # built only for those who get one
        return build_message(brief, recipient, settings.email, pdf=pdf, **urls)

    def status(recipient: str) -> str | None:
        return store.delivery(brief.topic, brief.date, ledger[recipient])

    if dry_run:  # what a real run would send: nothing to those who have it (unless forced)
        folder = settings.output_dir / brief.date.isoformat() / "outbox"
        for r in ledger:
            if not force and status(r) == "sent":
                done.skipped.append(r)
            else:
                done.written.append(write_eml(message(r), folder))
        return done
    todo = []
    for r, key in ledger.items():  # claimed atomically: two processes never both send one
        claimed = store.claim_delivery(
            brief.topic, brief.date, key, now=now, run_id=run_id,
            message_id=message_id(brief, r, settings.email.sender), force=force,
            take_over=take_over,
        )  # fmt: skip
        if claimed:
            todo.append(r)
        else:
            {"rejected": done.refused, "pending": done.busy}.get(status(r), done.skipped).append(r)
    if not todo:
        return done

    def mark(recipient: str, outcome: str, error: str = "") -> None:
        store.record_delivery(
            brief.topic, brief.date, ledger[recipient], status=outcome, now=now, error=error
        )

    finished: set[str] = set()
    try:
        with mailer(settings.email) as smtp:
            for r in todo:
                finished.add(r)
                try:
                    smtp.send(message(r))
                except DeliveryError as e:  # a refusal stays refused; the rest is retried
                    mark(r, "rejected" if e.permanent else "failed", str(e))
                    done.failed.append((r, str(e)))
                    if not e.permanent and e.code is None:  # no answer, all its retries long:
                        raise DeliveryError(  # the next readers would wait as long (nu33 r03)
                            f"not tried: the mail server did not answer for {r}, just before; "
                            "try again later",
                            permanent=False,
                        ) from e
                else:
                    mark(r, "sent")
                    done.sent.append(r)
    except DeliveryError as e:  # no connection (any more): nobody left got it
        for r in todo:
            if r not in finished:
                mark(r, "failed", str(e))
                done.failed.append((r, str(e)))
    return done


def retry_failed(settings: Settings, store: Store, now: dt.datetime, days: int = 2) -> Delivered:
    """Send again what failed for a temporary reason in the last `days` days, or was left
    pending by a sender that died, to the briefs' recipients as configured now (the
    scheduler calls this every `schedule.retry_every`)."""
    from briefgen.pipeline import written

    total = Delivered()
    topics = {t.name: t for t in settings.topics if t.recipients}
    for name, date in store.undelivered(now.date() - dt.timedelta(days=days), now):
        topic = topics.get(name)
        record = store.finished_run(name, date) if topic else None
        result = written(record, ("pdf",), settings.output_dir) if record else None
        if result is None:  # topic gone, or its files: nothing to send
            continue
        try:  # one process sends one brief at a time; one sending it now: the next round
            with store.held(brief_lock(name, date, "mail"), BRIEF_STALE, 0, processes.PROCESS):
                done = send_brief(
                    result.brief, topic.recipients, settings, store, now, run_id=result.run_id
                )
        except LockBusy:
            continue
        for r in done.sent:
            log.info("retry: sent the %s brief of %r to %s", date, name, r)
        total.sent += done.sent
        total.failed += done.failed
    return total


def _urls(settings: Settings, brief: Brief) -> dict[str, str]:
    """Links to the brief where the output folder is served (email.public_url), if it is."""
    base = settings.email.public_url.rstrip("/")
    if not base:
        return {"html_url": "", "pdf_url": ""}
    rel = brief_path(Path(""), brief.date, brief.topic, "html").as_posix()
    return {"html_url": f"{base}/{rel}", "pdf_url": f"{base}/{rel.removesuffix('.html')}.pdf"}
