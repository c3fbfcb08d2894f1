"""The `openai` provider: any OpenAI-compatible Chat Completions API writes the brief.

Map-reduce: one call per story returns that story's developments, risks, reactions and
outlook; the calls run concurrently, all prompts built before the first goes out. A story's
articles are sent fenced as data, each fact once (`lean.py`: a sentence several outlets share
goes in one copy, marked with the others' ids) within `llm.story_tokens`. One synthesis call
then writes the headline, the executive summary, the story order and the outlook from a
compact digest of each story. Every item is grounded against the articles it cites
(`grounding.py`), its citations widened to every article that carries what it used. A story
whose call fails falls back to the extractive summarizer and is marked so in the brief; a failed
synthesis falls back to the stories' own leads. So a brief is always written, unless the
server refuses everything (bad key, unknown model), which is an `LLMError`.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from briefgen.errors import ConfigError
from briefgen.grounding import Grounder
from briefgen.models import (
    Brief,
    Development,
    GroundingStats,
    Reaction,
    Risk,
    Stats,
    Story,
    StoryRef,
)
from briefgen.prompts import (
    STORY,
    SYNTHESIS,
    SYSTEM,
    Prompts,
    article_header,
    fence,
    language_name,
)
from briefgen.revisions import Revisions
from briefgen.summarize import SummaryRequest
from briefgen.summarize.calls import gather_all, run
from briefgen.summarize.chat import Chat, Unanswered
from briefgen.summarize.lean import Lean, lean
from briefgen.summarize.parts import (
    StoryPart,
    both,
    cites_its_articles,
    digest_entry,
    fill_offline,
    ground_part,
    grounded_lines,
    grounding_text,
    in_language,
    line_key,
    once,
    ordered,
)
from briefgen.summarize.schemas import StoryDigest, Synthesis, schema_in_prompt

if TYPE_CHECKING:
    from openai import AsyncOpenAI
    from pydantic import BaseModel

    from briefgen.config import LLMSettings
    from briefgen.store import Store

log = logging.getLogger(__name__)
DEFAULT_MODEL = "gpt-4o-mini"


@dataclass
class StoryCall:
    """A story's prompt, ready before any call goes out, and what it sent of each article."""

    story: Story
    user: str
    lean: Lean
    revised: Revisions  # the figures later reports revise, and which reports


def make_client(llm: LLMSettings) -> AsyncOpenAI:
    """An AsyncOpenAI client for the settings; the key comes only from the environment."""
    key = os.environ.get(llm.api_key_env, "")
    if not key and not llm.base_url:
        raise ConfigError(missing_key_message(llm))
    from openai import AsyncOpenAI

    return AsyncOpenAI(
        api_key=key or "unused",  # local servers need none, the SDK wants one
        base_url=llm.base_url or "https://api.openai.com/v1",  # not OPENAI_BASE_URL: config only
        timeout=llm.timeout_s,
        max_retries=llm.max_retries,
    )


def missing_key_message(llm: LLMSettings) -> str:
    return (
        f"the openai provider needs an API key: set {llm.api_key_env}, give --base-url for an "
        "OpenAI-compatible server, or use --provider extractive"
    )


class OpenAISummarizer:
    """Briefs written by an LLM through the `openai` SDK, grounded and cached."""

    provider = "openai"

    def __init__(
        self,
        llm: LLMSettings,
        store: Store | None,
        now: dt.datetime,
        prompts_dir: Path | None = None,
        client: AsyncOpenAI | None = None,
    ) -> None:
        self.llm, self.store, self.now, self.client = llm, store, now, client
        self.model = llm.model
        self.prompts = Prompts(prompts_dir)

    def summarize(self, request: SummaryRequest) -> Brief:
        """Write the brief (an injected client serves one call: it is bound to its loop)."""
        return run(self._summarize(request))

    async def _summarize(self, request: SummaryRequest) -> Brief:
        # every prompt is built (in a thread) before the first call goes out, so the calls
        # leave together and no prompt-building slows an answer; meanwhile the client is made
        # (loading the TLS certificates mostly runs outside the GIL)
        building = asyncio.get_running_loop().run_in_executor(None, self._story_calls, request)
        client = None
        try:
            client = self.client or make_client(self.llm)
            calls = await building
            chat = Chat(
                self.llm,
                client,
                self.store,
                self.prompts.digest(SYSTEM, STORY, SYNTHESIS),
                self.now,
            )
            checks = GroundingStats()
            parts = await self._stories(chat, request, calls, checks)
            synthesis = await self._synthesis(chat, request, parts)
        finally:
            # when making the client failed, its error is the one raised, not the build's
            await asyncio.gather(building, return_exceptions=True)
            if client is not None and self.client is None:
                await client.close()
        return self._brief(request, parts, synthesis, chat, checks)

    async def _stories(
        self, chat: Chat, request: SummaryRequest, calls: list[StoryCall], checks: GroundingStats
    ) -> list[StoryPart]:
        """Every story's part, the calls all at once; a story whose call failed is summarized
        offline."""
        # an LLMError stops the brief, and the other calls with it
        parts = await gather_all(self._story(chat, request, c, checks) for c in calls)
        for part in parts:
            if part.fallback:
                fill_offline(request, part)
        return parts

    # -- map: one call per story ---------------------------------------------------------

    def _story_calls(self, request: SummaryRequest) -> list[StoryCall]:
        return [self._story_call(request, story) for story in request.stories]

    def _story_call(self, request: SummaryRequest, story: Story) -> StoryCall:
        """The story's prompt: each article's new sentences, fenced, earliest first."""
        ids = [request.source_id(a) for a in story.articles]
        by_date = sorted(range(len(ids)), key=lambda i: story.articles[i].published)
        rank = [by_date.index(i) for i in range(len(ids))]
        sent = lean(ids, [a.text for a in story.articles], rank, self.llm.story_tokens)
        articles = fence(
            "ARTICLES",
            [
                (sid, article_header(a.title, a.outlet, a.published), text)
                for sid, a, text in zip(ids, story.articles, sent.texts, strict=True)
            ],
        )
        languages = request.languages()
        revised = story.revised().keyed({a.url: request.source_id(a) for a in story.articles})
        # the articles not in the brief's language: their quotes come translated, with the
        # originals beside them (grounded word for word); said after the articles, so the
        # instructions before them stay the same for every call
        foreign = [
            f"{sid} ({languages[sid]})"
            for sid in ids
            if languages[sid] and languages[sid] != request.language[:2]
        ]
        user = self.prompts.render(
            STORY,
            topic=request.topic,
            language=language_name(request.language),
            foreign=foreign,
            keywords=request.keywords,
            story=story,
            articles=articles,
            new_articles=[request.source_id(a) for a in story.articles if a.url in story.unseen],
            revising=sorted(revised.by),
            revised=sorted(revised.old),
            # dates, not times: today's period ends "now", which would defeat the cache
            period_start=request.period.start.date().isoformat(),
            period_end=request.period.end.date().isoformat(),
        )
        return StoryCall(story, user, sent, revised)

    async def _story(
        self, chat: Chat, request: SummaryRequest, call: StoryCall, checks: GroundingStats
    ) -> StoryPart:
        """The story's part, grounded as soon as its answer is in (while others wait)."""
        story = call.story
        texts = {request.source_id(a): grounding_text(a) for a in story.articles}
        read = (texts, request.languages(), request.language, call.revised)
        try:
            digest = await chat.ask(
                StoryDigest,
                self._system(StoryDigest, request.language),
                call.user,
                both(
                    in_language(request.language, _digest_text, [read[1][sid] for sid in texts]),
                    cites_its_articles(texts),
                ),
            )
        except Unanswered as e:
            log.info("story %r: %s; summarized offline", story.title, e)  # the CLI warns
            grounder = await asyncio.to_thread(Grounder, *read)  # not on the event loop
            return StoryPart(story, fallback=f"LLM: {e.shown}", grounder=grounder)
        # the articles are read for grounding once the answer is in, not while the calls go
        # out: a thread doing it then would hold the GIL the requests are being sent with
        grounder = await asyncio.to_thread(Grounder, *read)
        part = self._from_digest(story, digest)
        part.grounder = grounder
        told = bool(part.developments)
        ground_part(part, grounder, self.llm.ungrounded, checks, call.lean)
        if not part.developments and story.status != "continuing":  # a new or updated
            # story tells something: "no key developments reported in the sources" would be
            # false (a continuing one has nothing new, as the prompt says). Summarized offline
            log.info("story %r: no development of the LLM's left", story.title)
            part.fallback = (
                "LLM: none of its developments could be checked against the articles"
                if told
                else "LLM: its answer gave no development"
            )
        return part

    def _from_digest(self, story: Story, d: StoryDigest) -> StoryPart:
        common = {"story": story.id}
        return StoryPart(
            story,
            lead=d.lead,
            developments=once(
                [
                    Development(
                        **x.model_dump(exclude={"original_quotes"}),
                        **common,
                        status=story.status,
                        original_quotes=_originals(x.quotes, x.original_quotes),
                    )
                    for x in d.developments
                ],
                lambda x: f"{x.title}\n{x.detail}",
            ),
            risks=once([Risk(**x.model_dump(), **common) for x in d.risks], lambda x: x.detail),
            reactions=once(
                [Reaction(**x.model_dump(), **common) for x in d.reactions],
                lambda x: f"{x.actor}\n{x.detail}\n{x.quote}",
            ),
            outlook=list(d.outlook),
        )

    # -- reduce: one call for the whole brief --------------------------------------------

    async def _synthesis(
        self, chat: Chat, request: SummaryRequest, parts: list[StoryPart]
    ) -> Synthesis | None:
        told = [p for p in parts if p.lead or p.developments]
        entries = [digest_entry(p, len(told)) for p in told]
        if not entries or all(p.fallback for p in parts):
            return None  # the LLM wrote no story: the brief is degraded, and says so once
        digests = fence("DIGESTS", entries)
        user = self.prompts.render(
            SYNTHESIS, topic=request.topic, date=request.date, digests=digests
        )
        try:
            return await chat.ask(
                Synthesis,
                self._system(Synthesis, request.language),
                user,
                in_language(
                    request.language,
                    lambda s: " ".join([s.headline, *s.summary]),
                    request.languages().values(),
                ),
            )
        except Unanswered as e:
            log.warning("synthesis: %s; using the stories' leads", e)
            return None

    def _system(self, schema: type[BaseModel], language: str) -> str:
        """The same for every call with this schema and brief language, any topic, any day:
        providers cache it."""
        return self.prompts.render(
            SYSTEM,
            language=language_name(language),
            schema=schema_in_prompt(schema, self.llm.response_format),
        )

    # -- assembly ------------------------------------------------------------------------

    def _brief(
        self,
        request: SummaryRequest,
        parts: list[StoryPart],
        synthesis: Synthesis | None,
        chat: Chat,
        stats: GroundingStats,
    ) -> Brief:
        parts = ordered(parts, synthesis)
        summary, outlook, headline = [], [], parts[0].story.title
        if synthesis is not None:
            known = [p.grounder for p in parts if p.grounder]
            summary = grounded_lines(synthesis.summary, known, stats)
            outlook = grounded_lines(synthesis.outlook, known, stats)
            if grounded_lines([synthesis.headline], known, stats):
                headline = synthesis.headline
        summary = summary or [p.lead for p in parts if p.lead][:5] or [parts[0].story.title]
        outlook = outlook or [line for p in parts for line in p.outlook][:5]
        # a line the brief gives already, as a risk or a development, is not the outlook too
        # (nu34 r07: "Aftershocks of similar strength are possible" was both)
        summary = once(summary, str)
        items = [x.detail for p in parts for x in [*p.developments, *p.risks]]
        told = {line_key(line) for line in [*summary, *items]}
        outlook = [line for line in once(outlook, str) if line_key(line) not in told]
        brief = Brief(
            topic=request.topic,
            date=request.date,
            generated_at=request.generated_at,
            period=request.period,
            headline=headline,
            summary=summary,
            stories=[
                StoryRef(
                    id=p.story.id,
                    title=p.story.title,
                    status=p.story.status,
                    sources=[request.source_id(a) for a in p.story.articles],
                    fallback=p.fallback,
                )
                for p in parts
            ],
            developments=[d for p in parts for d in p.developments],
            risks=[r for p in parts for r in p.risks],
            reactions=[r for p in parts for r in p.reactions],
            outlook=outlook,
            sources=request.sources,
            stats=Stats(provider=self.provider, model=self.model, grounding=stats),
        )
        chat.usage.add_to(brief.stats, self.llm.price())
        return brief


def _digest_text(d: StoryDigest) -> str:
    """What a story's answer says in its own words (not the quotes, which may be an article's
    in its language), for `in_language`."""
    items = [*d.developments, *d.risks, *d.reactions]
    return " ".join([d.lead, *(x.detail for x in items), *d.outlook])


def _originals(quotes: list[str], originals: list[str]) -> list[str]:
    """One original per quote ('' for a quote in the brief's language), or none at all when no
    quote was translated: a model may answer a list of another length."""
    paired = [*originals[: len(quotes)], *[""] * (len(quotes) - len(originals))]
    return paired if any(o.strip() for o in paired) else []
