"""Domain models exchanged by the stages: articles, stories and the brief (the JSON contract)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Annotated, Literal

from pydantic import (
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    StringConstraints,
    model_validator,
)

if TYPE_CHECKING:
    from briefgen.revisions import Revisions

Status = Literal["new", "updated", "continuing"]
Level = Literal["low", "medium", "high"]
RunStatus = Literal["running", "ok", "degraded", "failed", "interrupted", "missed", "reused"]
Stance = Literal["support", "oppose", "concern", "neutral"]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Flags = Annotated[list[str], Field(description="grounding problems found in this item")]


class Article(BaseModel):
    """One article as gathered from a source, before deduplication."""

    model_config = ConfigDict(frozen=True)

    url: str
    canonical_url: str
    title: str
    text: str
    published: AwareDatetime
    outlet: str = ""
    source: str = Field("", description="the configured source this came from")
    dated_by: Literal["metadata", "feed", "file_time", "day"] = Field(
        "metadata", description="day: the source gave only the day, `published` holds its noon UTC"
    )
    content_hash: str = ""
    language: str = Field("", description="ISO 639-1 code the source declared, if any")

    def within(self, period: Period) -> bool:
        """Whether it was published in `period`; an article dated only by its day is, when
        any hour of that day (in UTC: its noon +/- 12 hours) is in it."""
        if self.dated_by != "day":
            return period.start <= self.published <= period.end
        half = dt.timedelta(hours=12)
        return self.published - half <= period.end and period.start < self.published + half


class Story(BaseModel):
    """Articles about one event, deduplicated, with the ranking score that ordered them."""

    id: str
    title: str
    articles: list[Article]
    status: Status = "new"
    score: float = 0.0
    signature: dict[str, float] = Field(
        {}, description="strongest words and names, and the language, to match later briefs"
    )
    unseen: list[str] = Field([], description="urls of articles no earlier brief used")
    _revised: tuple[tuple[Article, ...], Revisions] | None = PrivateAttr(None)

    def revised(self) -> Revisions:
        """What its reports revise, each report known by its url (revisions.py); read once
        (its title, its ranking and the LLM's prompt all ask), again when its articles change."""
        from briefgen.revisions import of_articles  # revisions.py reads Article from here

        articles = tuple(self.articles)
        if self._revised is None or self._revised[0] != articles:
            self._revised = (articles, of_articles(articles, lambda a: a.url))
        return self._revised[1]


class _Item(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Period(_Item):
    start: AwareDatetime
    end: AwareDatetime


class StoryRef(_Item):
    id: Text
    title: Text
    status: Status = "new"
    sources: list[Text] = Field(min_length=1)
    fallback: str = Field("", description="why the offline summarizer wrote this story, if it did")


class Development(_Item):
    title: str = Field(
        "", description="a short title of its own, or empty: never the detail's start"
    )
    detail: Text
    story: Text
    status: Status = "new"
    sources: list[Text] = Field(min_length=1)
    quotes: list[Text] = []
    original_quotes: list[str] = Field(
        [], description="each quote as the source wrote it (same order), when translated"
    )
    flags: Flags = []


class Risk(_Item):
    risk: Text
    detail: Text
    likelihood: Level | None = Field(None, description="null: no source assesses it")
    impact: Level | None = Field(None, description="null: no source assesses it")
    story: Text
    sources: list[Text] = Field(min_length=1)
    flags: Flags = []


class Reaction(_Item):
    actor: Text
    stance: Stance = "neutral"
    detail: Text
    quote: str = ""
    original_quote: str = Field("", description="the quote as the source wrote it, if translated")
    story: Text
    sources: list[Text] = Field(min_length=1)
    flags: Flags = []


class SourceRef(_Item):
    id: Text
    title: Text
    url: str
    outlet: str = ""
    published: AwareDatetime | None = None
    language: str = Field("", description="ISO 639-1 code of the article's language, if known")


class SourceErrorRecord(_Item):
    source: str
    error: str = Field(description="what went wrong, without repeating the source")


class GroundingStats(_Item):
    checked: int = 0
    dropped: int = 0
    flagged: int = 0


class Stats(_Item):
    articles: int = 0
    stories: int = 0
    provider: str = "extractive"
    model: str = ""
    llm_calls: int = Field(0, description="LLM requests attempted (cache hits not counted)")
    llm_calls_ok: int = Field(0, description="of those, the ones that returned a valid answer")
    cache_hits: int = 0
    prompt_tokens: int = 0
    cached_tokens: int = Field(0, description="prompt tokens the provider served from its cache")
    completion_tokens: int = 0
    embedding_tokens: int = Field(0, description="tokens of the /v1/embeddings requests")
    cost_usd: float = 0.0
    cross_lingual: bool = Field(
        False,
        description="articles in different languages were compared by meaning (embeddings); "
        "false: only by the names and figures they share",
    )
    duration_s: float = 0.0
    source_errors: list[SourceErrorRecord] = []
    grounding: GroundingStats = GroundingStats()


class Brief(_Item):
    """The brief: what every summarizer produces and every renderer and consumer reads."""

    topic: Text
    date: dt.date
    generated_at: AwareDatetime
    period: Period
    headline: Text
    summary: list[Text] = Field(min_length=1, max_length=5)
    stories: list[StoryRef] = Field(min_length=1)
    developments: list[Development] = []
    risks: list[Risk] = []
    reactions: list[Reaction] = []
    outlook: list[Text] = []
    sources: list[SourceRef] = Field(min_length=1)
    stats: Stats = Stats()

    @model_validator(mode="after")
    def _citations_resolve(self) -> Brief:
        """Every item cites sources that exist and belongs to a story that exists."""
        source_ids = {s.id for s in self.sources}
        story_ids = {s.id for s in self.stories}
        if len(source_ids) != len(self.sources):
            raise ValueError("source ids must be unique")
        for kind, items in (
            ("stories", self.stories),
            ("developments", self.developments),
            ("risks", self.risks),
            ("reactions", self.reactions),
        ):
            for n, item in enumerate(items):
                unknown = set(item.sources) - source_ids
                if unknown:
                    raise ValueError(f"{kind}[{n}] cites unknown source ids {sorted(unknown)}")
                story = getattr(item, "story", None)
                if story is not None and story not in story_ids:
                    raise ValueError(f"{kind}[{n}] refers to unknown story {story!r}")
        return self

    def source_numbers(self) -> dict[str, int]:
        """Citation number [n] of each source id, in the order of the sources list."""
        return {s.id: n for n, s in enumerate(self.sources, start=1)}


class RunRecord(BaseModel):
    """One `generate` run of one topic, as kept in the store and listed by `briefgen runs`."""

    id: int
    topic: str
    brief_date: dt.date
    started_at: AwareDatetime
    finished_at: AwareDatetime | None = None
    status: RunStatus = "running"
    provider: str = ""
    model: str = ""
    articles: int = 0
    stories: int = 0
    duplicates: int = 0
    llm_calls: int = 0
    llm_calls_ok: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_usd: float = 0.0
    duration_s: float = 0.0
    errors: list[SourceErrorRecord] = []
    outputs: list[str] = []
    message: str = ""
    inputs: dict[str, str] = Field({}, description="what shaped the brief (runkey.py)")
