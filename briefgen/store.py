"""The database (SQLAlchemy; SQLite by default): articles seen, runs and their stories, LLM
answers, deliveries, locks, feed state. The tables are in `tables.py`, their migrations in
`migrations/` (applied by `migrate.py`)."""

from __future__ import annotations

import datetime as dt
import hashlib
import socket
from array import array
from collections.abc import Collection
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.orm import Session

from briefgen import migrate, processes
from briefgen.engines import Transaction, engine_for, missing_driver, safe_url
from briefgen.errors import ConfigError, StoreError, first_line
from briefgen.feedstate import FeedState
from briefgen.ledger import LedgerAndLocks
from briefgen.models import Article, Brief, RunRecord, RunStatus
from briefgen.tables import (
    ArticleRow,
    EmbeddingRow,
    LLMAnswer,
    LockRow,
    RunArticle,
    RunRow,
    StoryRow,
    retry_races,
)

if TYPE_CHECKING:  # novelty loads numpy and scipy: only a run that compares stories
    from briefgen.novelty import PastStory

# Runs that wrote a brief: later briefs compare with theirs, and a rerun may reuse it.
WROTE_BRIEF = ("ok", "degraded")
LOOKUP_BATCH = 500  # values per IN (...) query, well under every database's parameter limit
RUNNING_IN = "running in "  # and the process (processes.PROCESS), while a run runs
INTERRUPTED = "interrupted (its process stopped mid-run)"
# A lock's holder renews its heartbeat a third of BRIEF_STALE apart, so a holder silent
# longer has died and is taken over.
BRIEF_STALE = dt.timedelta(minutes=2)


class Store(LedgerAndLocks, FeedState):
    """Opens the database at `url`. SQLite is created or upgraded on the spot; any other
    database must have this briefgen's schema already (`briefgen db upgrade`)."""

    def __init__(self, url: str) -> None:
        self.display_url = safe_url(url)
        try:
            self.engine = engine_for(url)
            migrate.check(self.engine, self.display_url)
        except ImportError as e:  # the URL names a database whose driver is not installed
            raise missing_driver(url, e) from None
        except ArgumentError:  # no URL at all: the config's mistake
            raise ConfigError(  # not shown: an unparseable URL may still hold a password
                "database: not a database URL (`database` in briefgen.toml or "
                "BRIEFGEN_DATABASE); write sqlite:///path/to/file.db or "
                "postgresql+psycopg://user@host/dbname"
            ) from None
        except (SQLAlchemyError, OSError, ValueError) as e:
            raise StoreError(
                f"cannot open the database {self.display_url} ({first_line(e)}); "
                "check `database` in briefgen.toml or BRIEFGEN_DATABASE"
            ) from None

    def close(self) -> None:
        self.engine.dispose()

    @retry_races
    def remember(self, articles: list[Article], now: dt.datetime) -> dict[str, int]:
        """Record articles (one row per canonical URL or text), return url -> article row id.

        Known rows are looked up in batches by URL and by text hash, new ones inserted
        together: 10,000 articles take a fraction of a second, not one query each."""
        with self._session() as session:
            known: dict[str, int | ArticleRow] = {}  # canonical URL or content hash -> row
            for column in (ArticleRow.canonical_url, ArticleRow.content_hash):
                values = sorted({getattr(a, column.key) for a in articles})
                for start in range(0, len(values), LOOKUP_BATCH):
                    query = select(ArticleRow.id, column).where(
                        column.in_(values[start : start + LOOKUP_BATCH])
                    )
                    for row_id, value in session.execute(query):
                        known.setdefault(value, row_id)
            chosen: dict[str, int | ArticleRow] = {}
            for a in articles:
                row = known.get(a.canonical_url) or known.get(a.content_hash)
                if row is None:
                    row = ArticleRow(
                        canonical_url=a.canonical_url,
                        content_hash=a.content_hash,
                        url=a.url,
                        title=a.title,
                        outlet=a.outlet,
                        published=a.published.astimezone(dt.UTC),
                        first_seen=now,
                    )
                    session.add(row)
                    known[a.canonical_url] = known[a.content_hash] = row
                chosen[a.url] = row
            session.flush()  # gives the new rows their ids
            return {url: r if isinstance(r, int) else r.id for url, r in chosen.items()}

    def seen_before(self, topic: str, date: dt.date) -> set[int]:
        """Ids of articles used by successful briefs of `topic` dated before `date`."""
        with self._session() as session:
            return set(
                session.scalars(
                    select(RunArticle.article_id)
                    .join(RunRow, RunRow.id == RunArticle.run_id)
                    .where(
                        RunRow.topic == topic,
                        RunRow.status.in_(WROTE_BRIEF),
                        RunRow.brief_date < date,
                    )
                )
            )

    def previous_stories(self, topic: str, date: dt.date, briefs: int = 7) -> list[PastStory]:
        """The stories of the topic's last `briefs` successful briefs dated before `date`."""
        with self._session() as session:
            latest = (
                select(func.max(RunRow.id))
                .where(
                    RunRow.topic == topic,
                    RunRow.status.in_(WROTE_BRIEF),
                    RunRow.brief_date < date,
                )
                .group_by(RunRow.brief_date)
                .order_by(RunRow.brief_date.desc())
                .limit(briefs)
            )
            rows = session.scalars(
                select(StoryRow).where(StoryRow.run_id.in_(latest)).order_by(StoryRow.id)
            )
            from briefgen.novelty import PastStory

            return [PastStory(r.title, r.terms, set(r.article_ids)) for r in rows]

    def start_run(self, topic: str, date: dt.date, started_at: dt.datetime) -> int:
        """A new run, marked with this process until it finishes (see `interrupted_runs`)."""
        with self._session() as session:
            row = RunRow(
                topic=topic,
                brief_date=date,
                started_at=started_at,
                errors=[],
                outputs=[],
                message=f"{RUNNING_IN}{processes.PROCESS}",
            )
            session.add(row)
            session.flush()
            return row.id

    def interrupted_runs(
        self, process: str, now: dt.datetime, redone: bool = True, why: str = ""
    ) -> list[RunRecord]:
        """Runs still 'running' in `process`, which the caller knows runs none (it died, or
        it is this worker between two briefs, or this scheduler stopping without waiting for
        them). They are marked interrupted (`why`, else INTERRUPTED) and
        returned, so the caller can do them again (`redone`)."""
        return self._interrupt_running(RunRow.message == f"{RUNNING_IN}{process}", now, redone, why)

    def abandoned_runs(self, topic: str, date: dt.date, now: dt.datetime) -> list[RunRecord]:
        """Runs of (`topic`, `date`) still 'running' in another process, which the caller
        knows died (a worker's task came back to another): marked interrupted and returned."""
        return self._interrupt_running(
            (RunRow.topic == topic)
            & (RunRow.brief_date == date)
            & (RunRow.message != f"{RUNNING_IN}{processes.PROCESS}"),
            now,
        )

    def orphaned_runs(self, now: dt.datetime) -> list[RunRecord]:
        """Runs still 'running' in a process of this host that has ended (killed, or it lost
        the database before it could record the end): marked interrupted and returned. A
        process that still holds a lock is left to whoever takes the lock over (a dead
        scheduler's successor redoes its runs)."""
        here = RunRow.message.startswith(f"{RUNNING_IN}{socket.gethostname()}:", autoescape=True)
        with self._session() as session:
            holders = set(session.scalars(select(LockRow.holder)))
            running = session.scalars(
                select(RunRow.message).where((RunRow.status == "running") & here)
            )
            gone = {m for m in running if run_ended(m, holders)}
        if not gone:
            return []
        return self._interrupt_running(RunRow.message.in_(gone), now, redone=False)

    def _interrupt_running(
        self, which, now: dt.datetime, redone: bool = True, why: str = ""
    ) -> list[RunRecord]:
        message = why or INTERRUPTED
        with self._session() as session:
            rows = list(session.scalars(select(RunRow).where((RunRow.status == "running") & which)))
            for row in rows:
                row.status, row.finished_at = "interrupted", now
                row.message = f"{message}; redone" if redone else message
            return [_record(r) for r in rows]

    def record_run(
        self, topic: str, date: dt.date, at: dt.datetime, status: RunStatus, message: str
    ) -> int:
        """A run that built nothing, in one row, whose id is returned: 'missed' (a scheduled
        run that did not happen: the scheduler was down past the grace time)."""
        with self._session() as session:
            row = RunRow(
                topic=topic,
                brief_date=date,
                started_at=at,
                finished_at=at,
                duration_s=0.0,
                status=status,
                errors=[],
                outputs=[],
                message=message,
            )
            session.add(row)
            session.flush()
            return row.id

    def finish_run(
        self,
        run_id: int,
        *,
        status: str,
        finished_at: dt.datetime,
        brief: Brief | None = None,
        duplicates: int = 0,
        outputs: list[str] = (),
        errors: list = (),
        message: str = "",
        inputs: dict | None = None,
        article_ids: set[int] = frozenset(),
        stories: list[PastStory] = (),
        counts: tuple[int, int] | None = None,
    ) -> None:
        """Close a run with its outcome; a successful one records the articles and stories it
        used (what later briefs compare theirs with). A 'reused' one, whose brief another run
        built, gives that brief's `counts` (articles, stories) and spends nothing."""
        with self._session() as session:
            row = session.get(RunRow, run_id)
            row.status, row.finished_at, row.message = status, finished_at, message
            row.outputs = [str(p) for p in outputs]
            row.errors = [e.model_dump() for e in errors]
            row.duplicates = duplicates
            row.inputs = inputs or {}
            row.duration_s = round((finished_at - row.started_at).total_seconds(), 3)
            if counts is not None:
                row.articles, row.stories = counts
            if brief is not None:
                st = brief.stats
                row.provider, row.model = st.provider, st.model
                row.articles, row.stories = st.articles, st.stories
                row.llm_calls, row.llm_calls_ok = st.llm_calls, st.llm_calls_ok
                row.cost_usd = st.cost_usd
                row.prompt_tokens, row.completion_tokens = st.prompt_tokens, st.completion_tokens
            session.add_all(RunArticle(run_id=run_id, article_id=i) for i in sorted(article_ids))
            session.add_all(
                StoryRow(
                    run_id=run_id,
                    title=s.title,
                    terms=s.signature,
                    article_ids=sorted(s.article_ids),
                )
                for s in stories
            )

    def cached_answer(self, key: str) -> str | None:
        """The answer stored under `key` (see `cache_answer`), if any."""
        with self._session() as session:
            row = session.get(LLMAnswer, key)
            return row.answer if row else None

    @retry_races
    def cache_answer(
        self, key: str, model: str, answer: str, usage: tuple[int, int], now: dt.datetime
    ) -> None:
        """Keep a validated answer and the tokens it cost; a second write of a key wins."""
        with self._session() as session:
            session.merge(
                LLMAnswer(
                    key=key,
                    model=model,
                    answer=answer,
                    prompt_tokens=usage[0],
                    completion_tokens=usage[1],
                    created=now,
                )
            )

    def cached_embeddings(self, model: str, keys: list[str]) -> dict[str, list[float]]:
        """The stored vectors of `model` for these text hashes (see `cache_embeddings`)."""
        found: dict[str, list[float]] = {}
        wanted = sorted(set(keys))
        with self._session() as session:
            for start in range(0, len(wanted), LOOKUP_BATCH):
                query = select(EmbeddingRow.text_hash, EmbeddingRow.vector).where(
                    EmbeddingRow.model == model,
                    EmbeddingRow.text_hash.in_(wanted[start : start + LOOKUP_BATCH]),
                )
                for key, blob in session.execute(query):
                    vector = array("f")
                    vector.frombytes(blob)
                    found[key] = vector.tolist()
        return found

    @retry_races
    def cache_embeddings(
        self, model: str, vectors: dict[str, list[float]], now: dt.datetime
    ) -> None:
        """Keep vectors by text hash, as float32 (a model's own precision is rarely more
        use to a cosine); a second write of a key wins."""
        with self._session() as session:
            for key, vector in vectors.items():
                session.merge(
                    EmbeddingRow(
                        model=model,
                        text_hash=key,
                        vector=array("f", vector).tobytes(),
                        created=now,
                    )
                )

    def finished_run(self, topic: str, date: dt.date) -> RunRecord | None:
        """The latest run of `topic` that wrote a brief dated `date`, if any."""
        with self._session() as session:
            row = session.scalars(
                select(RunRow)
                .where(
                    RunRow.topic == topic,
                    RunRow.brief_date == date,
                    RunRow.status.in_(WROTE_BRIEF),
                )
                .order_by(RunRow.id.desc())
                .limit(1)
            ).first()
            return _record(row) if row else None

    def recent_runs(self, limit: int = 20, topic: str | None = None) -> list[RunRecord]:
        """The latest runs, newest first."""
        with self._session() as session:
            query = select(RunRow).order_by(RunRow.id.desc()).limit(limit)
            if topic:
                # typed like the column, so the topic is cut as it was when stored
                query = query.where(
                    func.lower(RunRow.topic, type_=RunRow.topic.type) == topic.lower()
                )
            return [_record(r) for r in session.scalars(query)]

    def _session(self) -> Transaction:
        session = Session(self.engine, expire_on_commit=False)
        return Transaction(session, self.display_url)


def _record(row: RunRow) -> RunRecord:
    return RunRecord.model_validate({c.key: getattr(row, c.key) for c in RunRow.__table__.columns})


def run_ended(message: str, holders: Collection[str] = ()) -> bool:
    """Whether a 'running' run's `message` names a process of this host that has ended,
    and holds none of the locks (`holders`: a dead scheduler's runs are its successor's)."""
    process = message.removeprefix(RUNNING_IN)
    return process != message and process not in holders and processes.ended(process)


def brief_lock(topic: str, day: dt.date, what: str = "brief") -> str:
    """The lock of one topic's brief of one day, held while one process builds it (`what`
    "brief") or sends it ("mail"); a lock's name is short: the topic hashed."""
    return f"{what}:{day}:{hashlib.sha256(topic.encode()).hexdigest()[:16]}"
