"""Summarizers turn ranked stories into a Brief. Built-in and API backends share one protocol."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from briefgen.models import Article, Brief, Period, SourceRef, Story
from briefgen.summarize.sentences import article_language

if TYPE_CHECKING:
    from briefgen.config import Settings
    from briefgen.store import Store


@dataclass
class SummaryRequest:
    """Everything a summarizer needs: the stories to cover and the brief's frame."""

    topic: str
    keywords: list[str]
    date: dt.date
    period: Period
    generated_at: dt.datetime
    stories: list[Story]
    # the language the LLM writes in (ISO 639-1); the extractive summarizer copies the
    # articles' sentences, in theirs
    language: str = "en"

    def __post_init__(self) -> None:
        self._ids: dict[str, str] = {}
        self.sources: list[SourceRef] = []
        for story in self.stories:
            for article in story.articles:
                if article.url not in self._ids:
                    self._ids[article.url] = f"S{len(self._ids) + 1}"
                    self.sources.append(
                        SourceRef(
                            id=self._ids[article.url],
                            title=article.title,
                            url=article.url,
                            outlet=article.outlet,
                            # in the brief's time zone, as its period: one way to read
                            # them (a day alone as given: its noon UTC is that day anywhere)
                            published=article.published
                            if article.dated_by == "day"
                            else article.published.astimezone(self.period.start.tzinfo),
                            language=article_language(article),
                        )
                    )

    def source_id(self, article: Article) -> str:
        """The citation id ('S3') of an article in this request."""
        return self._ids[article.url]

    def languages(self) -> dict[str, str]:
        """Each source id's language ('' when unknown): declared, else detected."""
        return {s.id: s.language for s in self.sources}


class Summarizer(Protocol):
    """Writes a Brief from a SummaryRequest.

    `provider` and `model` name the backend in the brief's stats. `summarize` returns a
    validated Brief whose items cite only the request's source ids; it raises BriefgenError
    (with the fix in the message) when it cannot produce one.
    """

    provider: str
    model: str

    def summarize(self, request: SummaryRequest) -> Brief: ...


def get_summarizer(settings: Settings, store: Store | None, now: dt.datetime) -> Summarizer:
    """The summarizer named by the settings (`llm.provider`)."""
    if settings.llm.provider == "openai":
        from briefgen.summarize.openai import OpenAISummarizer

        return OpenAISummarizer(settings.llm, store, now, settings.prompts_dir)
    from briefgen.summarize.extractive import ExtractiveSummarizer

    return ExtractiveSummarizer()
