"""The database state that keeps briefgen single-minded: the delivery ledger (each brief sent
once per reader) and named locks with heartbeats (one scheduler per database). Mixed into
`Store`, whose sessions it uses."""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy import ColumnElement, func, select, update
from sqlalchemy.exc import IntegrityError

from briefgen.errors import BriefgenError, LockBusy
from briefgen.processes import ended
from briefgen.tables import DeliveryRow, LockRow

log = logging.getLogger(__name__)

STALE_PENDING = dt.timedelta(minutes=15)  # a sender that held a delivery longer has died


class LedgerAndLocks:
    """Delivery ledger and lock methods of `Store` (needs its `_session`)."""

    def delivery(self, topic: str, date: dt.date, recipient: str) -> str | None:
        """The ledger status of that brief for that recipient: pending, sent, failed
        (temporarily), rejected (permanently), or None."""
        with self._session() as session:
            return session.scalar(select(DeliveryRow.status).where(_entry(topic, date, recipient)))

    def claim_delivery(
        self,
        topic: str,
        date: dt.date,
        recipient: str,
        *,
        now: dt.datetime,
        run_id: int | None,
        message_id: str,
        force: bool = False,
        take_over: bool = False,
    ) -> bool:
        """Atomically mark (topic, date, recipient) pending for this sender. False when it
        was sent already (unless `force`) or another process is sending it right now
        (unless `take_over`: the caller knows that sender died, e.g. its task came back)."""
        key = _entry(topic, date, recipient)
        with self._session() as session:
            if session.scalar(select(DeliveryRow.id).where(key)) is None:
                try:
                    with session.begin_nested():
                        session.add(
                            DeliveryRow(
                                topic=topic, brief_date=date, recipient=recipient,
                                status="new", attempts=0, updated_at=now,
                            )
                        )  # fmt: skip
                except IntegrityError:
                    pass  # another process created it: the UPDATE below decides
            free = DeliveryRow.status.in_(["new", "failed"]) | _stale_pending(now)
            if take_over:
                free = free | (DeliveryRow.status == "pending")
            if force:
                free = free | DeliveryRow.status.in_(["sent", "rejected"])
            claimed = session.execute(
                update(DeliveryRow)
                .where(key & free)
                .values(
                    status="pending",
                    updated_at=now,
                    run_id=run_id,
                    message_id=message_id,
                    attempts=DeliveryRow.attempts + 1,
                    error="",
                )
            )
            return claimed.rowcount == 1

    def record_delivery(
        self,
        topic: str,
        date: dt.date,
        recipient: str,
        *,
        status: str,
        now: dt.datetime,
        error: str = "",
    ) -> None:
        """The outcome of a claimed delivery: sent, failed (temporary) or rejected."""
        with self._session() as session:
            session.execute(
                update(DeliveryRow)
                .where(_entry(topic, date, recipient))
                .values(status=status, error=error, updated_at=now)
            )

    def undelivered(self, since: dt.date, now: dt.datetime) -> list[tuple[str, dt.date]]:
        """(topic, brief date) pairs since `since` with deliveries that failed temporarily, or
        that a sender claimed and never finished (it died between claim and send)."""
        with self._session() as session:
            rows = session.execute(
                select(DeliveryRow.topic, DeliveryRow.brief_date)
                .where(
                    (DeliveryRow.status == "failed") | _stale_pending(now),
                    DeliveryRow.brief_date >= since,
                )
                .distinct()
                .order_by(DeliveryRow.brief_date)
            )
            return [(topic, date) for topic, date in rows]

    def deliveries(self, run_ids: list[int]) -> dict[int, dict[str, int]]:
        """Per run: how many deliveries are in each status."""
        counts: dict[int, dict[str, int]] = {}
        with self._session() as session:
            rows = session.execute(
                select(DeliveryRow.run_id, DeliveryRow.status, func.count())
                .where(DeliveryRow.run_id.in_(run_ids))
                .group_by(DeliveryRow.run_id, DeliveryRow.status)
            )
            for run_id, status, n in rows:
                counts.setdefault(run_id, {})[status] = n
        return counts

    def take_lock(
        self, name: str, holder: str, now: dt.datetime, alive: Callable[[str], bool]
    ) -> str | None:
        """Take lock `name` for `holder`; None when taken, else the current holder, which
        keeps it while `alive(holder)` says so."""
        with self._session() as session:
            # FOR UPDATE: on PostgreSQL a second taker waits here until the first commits
            row = session.get(LockRow, name, with_for_update=True)
            if row is None:
                try:
                    with session.begin_nested():
                        session.add(LockRow(name=name, holder=holder, heartbeat=now))
                    return None
                except IntegrityError:  # another process took the free lock first
                    row = session.get(LockRow, name, with_for_update=True)
            seen = row.holder
            if seen != holder and alive(seen):
                return seen
            # compare-and-set: taken over only if nobody else did since (SQLite ignores FOR
            # UPDATE, so two processes may both have seen the same dead holder)
            taken = session.execute(
                update(LockRow)
                .where(LockRow.name == name, LockRow.holder == seen)
                .values(holder=holder, heartbeat=now)
                .execution_options(synchronize_session=False)
            )
            if taken.rowcount == 1:
                return None
            return session.scalar(select(LockRow.holder).where(LockRow.name == name)) or seen

    @contextmanager
    def held(
        self,
        name: str,
        stale: dt.timedelta,
        wait_s: float,
        process: str,
        waiting: Callable[[], None] | None = None,
    ) -> Iterator[None]:
        """Hold lock `name` for this thread of `process` while the block runs (the archive
        index, a day's digest: processes on other machines share the output folder), its
        heartbeat renewed a third of `stale` apart however long the block takes. A holder
        whose heartbeat is older than `stale`, or whose process has ended, is taken over;
        `waiting` is called once if a live holder keeps it, and waiting longer than `wait_s`
        is LockBusy. A lock that cannot be let go (the database gone) is logged, and taken
        over once stale."""
        holder, deadline = f"{process}:{threading.get_ident()}", time.monotonic() + wait_s
        while True:
            now = dt.datetime.now(dt.UTC)
            current = self.lock_holder(name)
            # a holder is dead once silent for `stale`, or at once when its process has ended
            # on this machine (a scheduler killed mid-run and started again)
            dead = current and (now - current[1] > stale or ended(current[0])) and current[0]
            # only the holder seen dead is taken over; any other is alive
            if self.take_lock(name, holder, now, lambda h, dead=dead: h != dead) is None:
                break
            if time.monotonic() > deadline:
                raise LockBusy(f"another process held the {name} lock for over {wait_s:g} s")
            if waiting is not None:
                waiting()
                waiting = None
            time.sleep(0.1)
        stop = threading.Event()
        beating = threading.Thread(
            target=self._beat, args=(name, holder, stale, stop), name=f"lock {name}", daemon=True
        )
        beating.start()
        try:
            yield
        finally:
            stop.set()
            beating.join()
            try:
                self.release_lock(name, holder)
            except BriefgenError as e:
                log.warning("the %s lock was not let go (%s); it is taken over when stale", name, e)

    def _beat(self, name: str, holder: str, stale: dt.timedelta, stop: threading.Event) -> None:
        """Renew `holder`'s heartbeat on lock `name` until `stop`."""
        while not stop.wait(stale.total_seconds() / 3):
            try:
                self.beat_lock(name, holder, dt.datetime.now(dt.UTC))
            except BriefgenError as e:  # the database away for a moment: the next beat
                log.warning("the %s lock's heartbeat failed: %s", name, e)

    def lock_holder(self, name: str) -> tuple[str, dt.datetime] | None:
        with self._session() as session:
            row = session.get(LockRow, name)
            return (row.holder, row.heartbeat) if row else None

    def beat_lock(self, name: str, holder: str, now: dt.datetime) -> bool:
        """Refresh the heartbeat; False if the lock is no longer ours."""
        with self._session() as session:
            row = session.get(LockRow, name)
            if row is None or row.holder != holder:
                return False
            row.heartbeat = now
            return True

    def release_lock(self, name: str, holder: str) -> None:
        with self._session() as session:
            row = session.get(LockRow, name)
            if row is not None and row.holder == holder:
                session.delete(row)


def _entry(topic: str, date: dt.date, recipient: str) -> ColumnElement[bool]:
    """The ledger row of (topic, brief date, recipient)."""
    return (
        (DeliveryRow.topic == topic)
        & (DeliveryRow.brief_date == date)
        & (DeliveryRow.recipient == recipient)
    )


def _stale_pending(now: dt.datetime) -> ColumnElement[bool]:
    """Claimed so long ago that its sender must have died between claim and send."""
    return (DeliveryRow.status == "pending") & (DeliveryRow.updated_at < now - STALE_PENDING)
