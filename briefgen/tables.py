"""The database tables (SQLAlchemy ORM); `store.py` reads and writes them. A change here needs a
migration in migrations/versions/ (tests/test_migrations.py compares the two)."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy import (
    JSON,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

from briefgen.errors import StoreError

T = TypeVar("T")


class Clipped(TypeDecorator):
    """VARCHAR(n) that takes any string: cut to n characters, NUL removed. PostgreSQL refuses
    both a longer value and NUL where SQLite keeps them; cut the same way everywhere (lookups
    too), a URL or ETag from a server behaves alike on either."""

    impl = String
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect) -> str | None:
        return None if value is None else value.replace("\x00", "")[: self.impl.length]


class CleanText(TypeDecorator):
    """TEXT without NUL, which PostgreSQL refuses (an error message from a server may hold one)."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect) -> str | None:
        return None if value is None else value.replace("\x00", "")


class UTCDateTime(TypeDecorator):
    """A timestamp stored in UTC and read back aware, in UTC. SQLite keeps no offset: a time
    given in another zone was stored as its wall-clock time and read back hours off."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect) -> dt.datetime | None:
        return value.astimezone(dt.UTC) if value is not None and value.tzinfo else value

    def process_result_value(self, value: dt.datetime | None, dialect) -> dt.datetime | None:
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value


class Base(DeclarativeBase):
    pass


class Meta(Base):
    """Key-value facts. schema_version is what briefgen 0.1.0 checked (it refuses a number
    above 1); Alembic's alembic_version table has been the schema's version since."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(Clipped(64), primary_key=True)
    value: Mapped[str] = mapped_column(CleanText)


class ArticleRow(Base):
    __tablename__ = "articles"
    id: Mapped[int] = mapped_column(primary_key=True)
    canonical_url: Mapped[str] = mapped_column(Clipped(2048), unique=True)
    content_hash: Mapped[str] = mapped_column(Clipped(64), index=True)
    url: Mapped[str] = mapped_column(Clipped(2048))
    title: Mapped[str] = mapped_column(CleanText)
    outlet: Mapped[str] = mapped_column(Clipped(512), default="")
    published: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    first_seen: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class RunRow(Base):
    __tablename__ = "runs"
    id: Mapped[int] = mapped_column(primary_key=True)
    topic: Mapped[str] = mapped_column(Clipped(512), index=True)
    brief_date: Mapped[dt.date] = mapped_column(Date)
    started_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    finished_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    status: Mapped[str] = mapped_column(Clipped(16), default="running")
    provider: Mapped[str] = mapped_column(Clipped(64), default="")
    model: Mapped[str] = mapped_column(Clipped(128), default="")
    articles: Mapped[int] = mapped_column(Integer, default=0)
    stories: Mapped[int] = mapped_column(Integer, default=0)
    duplicates: Mapped[int] = mapped_column(Integer, default=0)
    llm_calls: Mapped[int] = mapped_column(Integer, default=0)
    llm_calls_ok: Mapped[int] = mapped_column(Integer, default=0, server_default="0")  # 0002
    prompt_tokens: Mapped[int] = mapped_column(Integer, default=0)
    completion_tokens: Mapped[int] = mapped_column(Integer, default=0)
    cost_usd: Mapped[float] = mapped_column(Float, default=0.0)
    duration_s: Mapped[float] = mapped_column(Float, default=0.0)
    errors: Mapped[list] = mapped_column(JSON, default=list)
    outputs: Mapped[list] = mapped_column(JSON, default=list)
    message: Mapped[str] = mapped_column(CleanText, default="")
    # what the brief was built from (runkey.py); revision 0002
    inputs: Mapped[dict] = mapped_column(JSON, default=dict, server_default=text("'{}'"))


class RunArticle(Base):
    __tablename__ = "run_articles"
    run_id: Mapped[int] = mapped_column(ForeignKey("runs.id"), primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id"), primary_key=True)


class DeliveryRow(Base):
    """The delivery ledger: one row per (topic, brief date, recipient)."""

    __tablename__ = "deliveries"
    __table_args__ = (UniqueConstraint("topic", "brief_date", "recipient"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    topic: Mapped[str] = mapped_column(Clipped(512))
    brief_date: Mapped[dt.date] = mapped_column(Date)
    recipient: Mapped[str] = mapped_column(Clipped(512))
    run_id: Mapped[int | None] = mapped_column(ForeignKey("runs.id"), index=True)
    status: Mapped[str] = mapped_column(Clipped(16))  # pending, sent, failed
    message_id: Mapped[str] = mapped_column(Clipped(256), default="")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str] = mapped_column(CleanText, default="")
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class LockRow(Base):
    """A named lock with its holder and a heartbeat (one running scheduler per database)."""

    __tablename__ = "locks"
    name: Mapped[str] = mapped_column(Clipped(64), primary_key=True)
    holder: Mapped[str] = mapped_column(Clipped(256))
    heartbeat: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class LLMAnswer(Base):
    """A validated LLM answer, keyed by a hash of (model, prompt, schema, inputs)."""

    __tablename__ = "llm_cache"
    key: Mapped[str] = mapped_column(Clipped(64), primary_key=True)
    model: Mapped[str] = mapped_column(Clipped(128))
    answer: Mapped[str] = mapped_column(CleanText)
    prompt_tokens: Mapped[int] = mapped_column(Integer, default=0)
    completion_tokens: Mapped[int] = mapped_column(Integer, default=0)
    created: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class EmbeddingRow(Base):
    """An embedding of one text by one model (float32 bytes): each article is paid for once."""

    __tablename__ = "embeddings"
    model: Mapped[str] = mapped_column(Clipped(128), primary_key=True)
    text_hash: Mapped[str] = mapped_column(Clipped(64), primary_key=True)  # sha256 of the text
    vector: Mapped[bytes] = mapped_column(LargeBinary)
    created: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class FeedRow(Base):
    """A web source's conditional-GET validators, its last good answer, and its health."""

    __tablename__ = "feeds"
    url: Mapped[str] = mapped_column(Clipped(2048), primary_key=True)
    etag: Mapped[str | None] = mapped_column(Clipped(1024))
    last_modified: Mapped[str | None] = mapped_column(Clipped(128))
    articles: Mapped[list] = mapped_column(JSON, default=list)  # Article dumps
    skipped: Mapped[list] = mapped_column(JSON, default=list)  # SourceErrorRecord dumps
    checked_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    status: Mapped[str] = mapped_column(Clipped(16), default="")  # ok, not_modified, failed
    error: Mapped[str] = mapped_column(CleanText, default="")  # the last error, kept after recovery
    error_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class StoryRow(Base):
    """A story as published in a brief: what later briefs compare their stories with."""

    __tablename__ = "stories"
    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("runs.id"), index=True)
    title: Mapped[str] = mapped_column(CleanText)
    terms: Mapped[dict] = mapped_column(JSON, default=dict)  # term -> weight (its centroid)
    article_ids: Mapped[list] = mapped_column(JSON, default=list)


RACE_TRIES = 3


def retry_races(write: Callable[..., T]) -> Callable[..., T]:
    """A write that loses a race to another process writing the same new row (workers on
    topics that share sources or prompts) is made again: its second look finds that row."""

    @functools.wraps(write)
    def again(*args: Any, **kwargs: Any) -> T:
        for _ in range(RACE_TRIES - 1):
            try:
                return write(*args, **kwargs)
            except StoreError as e:
                if not isinstance(e.__cause__, IntegrityError):
                    raise
        return write(*args, **kwargs)

    return again
