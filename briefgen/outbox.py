"""Who gets which brief, once: the delivery ledger in front of `deliver.py`.

Each (topic, brief date, recipient) is recorded as pending before the message goes out, then
sent or failed. A re-run, a second `generate --email` or a restarted scheduler skips every
recipient already marked sent, unless forced. A crash between the server's "250 OK" and the
ledger update leaves the entry pending, and pending is sent again: at worst one duplicate,
with the same Message-ID, which mail clients recognise.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from pathlib import Path

from briefgen.archive import brief_path
from briefgen.config import Settings
from briefgen.deliver import (
    DeliveryError,
    Mailer,
    build_message,
    mailbox,
    message_id,
    write_eml,
)
from briefgen.models import Brief
from briefgen.store import Store

log = logging.getLogger(__name__)


@dataclass
class Delivered:
    """What one delivery round did, for the CLI's report and its exit code."""

    sent: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # had it already
    failed: list[tuple[str, str]] = field(default_factory=list)  # (recipient, error)
    written: list[Path] = field(default_factory=list)  # --dry-run .eml files


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
    mailer: type[Mailer] = Mailer,
) -> Delivered:
    """Email `brief` (its PDF attached, when written) to each recipient who hasn't had it."""
    done = Delivered()
    recipients = list({mailbox(r) or r: r for r in reversed(recipients)}.values())[::-1]
    pdf_path = brief_path(settings.output_dir, brief.date, brief.topic, "pdf")
    pdf = pdf_path.read_bytes() if pdf_path.exists() else None
    urls = _urls(settings, brief)
    messages = {r: build_message(brief, r, settings.email, pdf=pdf, **urls) for r in recipients}
    if dry_run:  # what a real run would send: nothing to those who have it (unless forced)
        folder = settings.output_dir / brief.date.isoformat() / "outbox"
        for r, message in messages.items():
            if not force and store.delivery(brief.topic, brief.date, mailbox(r) or r) == "sent":
                done.skipped.append(r)
            else:
                done.written.append(write_eml(message, folder))
        return done
    todo = []
    for r in recipients:  # claimed atomically: two processes never both send one message
        claimed = store.claim_delivery(
            brief.topic, brief.date, mailbox(r) or r, now=now, run_id=run_id,
            message_id=message_id(brief, r, settings.email.sender), force=force,
        )  # fmt: skip
        (todo if claimed else done.skipped).append(r)
    if not todo:
        return done

    def mark(recipient: str, status: str, error: str = "") -> None:
        store.record_delivery(
            brief.topic, brief.date, mailbox(recipient) or recipient,
            status=status, now=now, run_id=run_id, error=error,
        )  # fmt: skip

    try:
        with mailer(settings.email) as smtp:
            for r in todo:
                try:
                    smtp.send(messages[r])
                except DeliveryError as e:
                    mark(r, "failed", str(e))
                    done.failed.append((r, str(e)))
                else:
                    mark(r, "sent")
                    done.sent.append(r)
    except DeliveryError as e:  # no connection at all: nobody left got it
        for r in todo:
            if r not in done.sent and all(r != f for f, _ in done.failed):
                mark(r, "failed", str(e))
                done.failed.append((r, str(e)))
    return done


def _urls(settings: Settings, brief: Brief) -> dict[str, str]:
    """Links to the brief where the output folder is served (email.public_url), if it is."""
    base = settings.email.public_url.rstrip("/")
    if not base:
        return {"html_url": "", "pdf_url": ""}
    rel = brief_path(Path(""), brief.date, brief.topic, "html").as_posix()
    return {"html_url": f"{base}/{rel}", "pdf_url": f"{base}/{rel.removesuffix('.html')}.pdf"}
