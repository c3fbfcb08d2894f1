"""What the database remembers of web sources: the validators for conditional GETs, the
articles of the last good answer (used again on a 304), and each source's health. Mixed
into `Store`, whose sessions it uses."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from briefgen.fetch import Validators
from briefgen.models import Article, SourceErrorRecord
from briefgen.sources import Cached, Fetched
from briefgen.tables import FeedRow, retry_races


@dataclass
class Health:
    """A web source's state as of its last fetch."""

    status: str
    checked_at: dt.datetime | None
    error: str
    error_at: dt.datetime | None


class FeedState:
    """Feed methods of `Store` (needs its `_session`)."""

    def feed_cache(self, urls: list[str]) -> dict[str, Cached]:
        """The stored answer of each URL that has one worth a conditional GET."""
        with self._session() as session:
            rows = session.scalars(select(FeedRow).where(FeedRow.url.in_(urls)))
            return {
                row.url: Cached(
                    Validators(row.etag, row.last_modified),
                    [Article.model_validate(a) for a in row.articles],
                    [SourceErrorRecord.model_validate(e) for e in row.skipped or []],
                )
                for row in rows
                if row.etag or row.last_modified
            }

    @retry_races
    def save_feeds(self, answers: dict[str, Fetched], errors: dict[str, str]) -> None:
        """Record each source's answer (validators, articles, warnings) or its error.

        An answer that read linked pages (teaser items' articles) keeps no validators: the
        next run asks for the whole feed again and reads the pages again, rather than
        reusing it on a 304: a page corrected since, behind an unchanged feed, reaches the
        brief; and pages that could not be read are tried again (they may be reachable by
        then, or allowed with --allow-private-networks).
        """
        now = dt.datetime.now(dt.UTC)
        with self._session() as session:
            query = select(FeedRow).where(FeedRow.url.in_([*answers, *errors]))
            rows = {r.url: r for r in session.scalars(query)}
            for url, fetched in answers.items():
                row = rows.get(url) or session.merge(FeedRow(url=url))
                row.checked_at = now
                row.status = "not_modified" if fetched.not_modified else "ok"
                keep = not (fetched.partial or fetched.pages_wanted)
                row.etag = fetched.validators.etag if keep else None
                row.last_modified = fetched.validators.last_modified if keep else None
                if not fetched.not_modified:
                    row.articles = [a.model_dump(mode="json") for a in fetched.articles]
                    row.skipped = [e.model_dump() for e in fetched.skipped]
                if unread := fetched.unread_pages(url):  # this source's latest error
                    row.error, row.error_at = unread.error, now
            for url, error in errors.items():
                row = rows.get(url) or session.merge(FeedRow(url=url, articles=[]))
                row.checked_at, row.status, row.error, row.error_at = now, "failed", error, now

    def feed_health(self, urls: list[str]) -> dict[str, Health]:
        with self._session() as session:
            rows = session.scalars(select(FeedRow).where(FeedRow.url.in_(urls)))
            return {r.url: Health(r.status, r.checked_at, r.error, r.error_at) for r in rows}
