"""The `openai` provider: any OpenAI-compatible Chat Completions API writes the brief.

Map-reduce: one call per story (its articles fenced as data, trimmed to `llm.story_tokens`)
returns that story's developments, risks, reactions and outlook; the calls run concurrently.
One synthesis call then writes the headline, the executive summary, the story order and the
outlook. Every item is grounded against the articles it cites (`grounding.py`). A story whose
call fails falls back to the extractive summarizer and is marked so in the brief; a failed
synthesis falls back to the stories' own leads. So a brief is always written, unless the
server refuses everything (bad key, unknown model), which is an `LLMError`.
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import json
import logging
import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from briefgen import tokens
from briefgen.errors import BriefgenError, ConfigError
from briefgen.grounding import Grounder, line_grounded
from briefgen.models import (
    Article,
    Brief,
    Development,
    GroundingStats,
    Reaction,
    Risk,
    Stats,
    Story,
    StoryRef,
)
from briefgen.prompts import STORY, SYNTHESIS, SYSTEM, Prompts, fence, fence_article
from briefgen.summarize import SummaryRequest
from briefgen.summarize.chat import Chat, Unanswered
from briefgen.summarize.schemas import StoryDigest, Synthesis, strict_schema

if TYPE_CHECKING:
    from openai import AsyncOpenAI
    from pydantic import BaseModel

    from briefgen.config import LLMSettings
    from briefgen.store import Store

log = logging.getLogger(__name__)
DEFAULT_MODEL = "gpt-4o-mini"
FALLBACK_CAPS = {"developments": 3, "risks": 2, "reactions": 3, "outlook": 2}


@dataclass
class StoryPart:
    """One story's share of the brief, written by the LLM or by the fallback."""

    story: Story
    lead: str = ""
    developments: list[Development] = field(default_factory=list)
    risks: list[Risk] = field(default_factory=list)
    reactions: list[Reaction] = field(default_factory=list)
    outlook: list[str] = field(default_factory=list)
    fallback: str = ""
    grounder: Grounder | None = None  # its articles, for checking what is said of it


def prepare(llm: LLMSettings, *, explicit: bool) -> str:
    """Check an openai setup before a run, so it fails before any gathering. With
    --provider/--base-url given (`explicit`), a missing key is a ConfigError; set only in the
    config, the settings fall back to the offline summarizer and a warning is returned."""
    if not llm.base_url and not os.environ.get(llm.api_key_env):
        if explicit:
            raise ConfigError(missing_key_message(llm))
        llm.provider = "extractive"
        return f"{missing_key_message(llm)}; using extractive"
    if not llm.model:
        if llm.base_url:
            raise ConfigError(
                "the openai provider needs a model name for a compatible server: give --model "
                "or set llm.model"
            )
        llm.model = DEFAULT_MODEL
    return ""


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
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return asyncio.run(self._summarize(request))
        with ThreadPoolExecutor(1) as pool:  # called from async code: a loop of our own
            return pool.submit(asyncio.run, self._summarize(request)).result()

    async def _summarize(self, request: SummaryRequest) -> Brief:
        client = self.client or make_client(self.llm)
        chat = Chat(
            self.llm,
            client,
            self.store,
            self.prompts.digest(SYSTEM, STORY, SYNTHESIS),
            self.now,
        )
        checks = GroundingStats()
        try:
            parts = await asyncio.gather(
                *(self._story(chat, request, s, checks) for s in request.stories)
            )
            for part in parts:
                if part.fallback:
                    _fill_offline(request, part)
            synthesis = await self._synthesis(chat, request, parts)
        finally:
            if self.client is None:
                await client.close()
        return self._brief(request, parts, synthesis, chat, checks)

    # -- map: one call per story ---------------------------------------------------------

    async def _story(
        self, chat: Chat, request: SummaryRequest, story: Story, checks: GroundingStats
    ) -> StoryPart:
        """The story's part, grounded as soon as its answer is in (while others wait)."""
        # in a thread: tiktoken releases the GIL, and other stories' calls go out meanwhile
        texts = await asyncio.to_thread(
            tokens.share, [a.text for a in story.articles], self.llm.story_tokens
        )
        articles = [
            fence_article(request.source_id(a), a.title, a.outlet, a.published, text)
            for a, text in zip(story.articles, texts, strict=True)
        ]
        user = self.prompts.render(
            STORY,
            topic=request.topic,
            keywords=request.keywords,
            story=story,
            articles=articles,
            new_articles=[request.source_id(a) for a in story.articles if a.url in story.unseen],
            # dates, not times: today's period ends "now", which would defeat the cache
            period_start=request.period.start.date().isoformat(),
            period_end=request.period.end.date().isoformat(),
        )
        texts = {request.source_id(a): _grounding_text(a) for a in story.articles}
        grounding = asyncio.create_task(asyncio.to_thread(Grounder, texts))
        try:
            digest = await chat.ask(StoryDigest, self._system(StoryDigest, request), user)
        except Unanswered as e:
            log.info("story %r: %s; summarized offline", story.title, e)  # the CLI warns
            return StoryPart(story, fallback=f"LLM: {e}", grounder=await grounding)
        grounder = await grounding
        part = self._from_digest(story, digest)
        part.grounder = grounder
        _ground_part(part, grounder, self.llm.ungrounded, checks)
        return part

    def _from_digest(self, story: Story, d: StoryDigest) -> StoryPart:
        common = {"story": story.id}
        return StoryPart(
            story,
            lead=d.lead,
            developments=[
                Development(**x.model_dump(), **common, status=story.status) for x in d.developments
            ],
            risks=[Risk(**x.model_dump(), **common) for x in d.risks],
            reactions=[Reaction(**x.model_dump(), **common) for x in d.reactions],
            outlook=list(d.outlook),
        )

    # -- reduce: one call for the whole brief --------------------------------------------

    async def _synthesis(
        self, chat: Chat, request: SummaryRequest, parts: list[StoryPart]
    ) -> Synthesis | None:
        digests = [{"id": p.story.id, "block": fence(p.story.id, _digest_text(p), "DIGEST")}
                   for p in parts if p.lead or p.developments]  # fmt: skip
        if not digests:
            return None
        user = self.prompts.render(
            SYNTHESIS, topic=request.topic, date=request.date, digests=digests
        )
        try:
            return await chat.ask(Synthesis, self._system(Synthesis, request), user)
        except Unanswered as e:
            log.warning("synthesis: %s; using the stories' leads", e)
            return None

    def _system(self, schema: type[BaseModel], request: SummaryRequest) -> str:
        in_prompt = self.llm.response_format == "json_object"
        return self.prompts.render(
            SYSTEM,
            topic=request.topic,
            schema=json.dumps(strict_schema(schema), indent=1) if in_prompt else "",
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
        parts = _ordered(parts, synthesis)
        summary, outlook, headline = [], [], parts[0].story.title
        if synthesis is not None:
            known = [p.grounder for p in parts if p.grounder]
            summary = _grounded_lines(synthesis.summary, known, stats)
            outlook = _grounded_lines(synthesis.outlook, known, stats)
            if _grounded_lines([synthesis.headline], known, stats):
                headline = synthesis.headline
        summary = summary or [p.lead for p in parts if p.lead][:5] or [parts[0].story.title]
        outlook = outlook or [line for p in parts for line in p.outlook][:5]
        usage = chat.usage
        price = self.llm.price()
        cost = (
            (usage.prompt_tokens * price.input + usage.completion_tokens * price.output) / 1e6
            if price
            else 0.0
        )
        return Brief(
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
            stats=Stats(
                provider=self.provider,
                model=self.model,
                llm_calls=usage.calls,
                cache_hits=usage.cache_hits,
                prompt_tokens=usage.prompt_tokens,
                completion_tokens=usage.completion_tokens,
                cost_usd=round(cost, 6),
                grounding=stats,
            ),
        )


def _digest_text(part: StoryPart) -> str:
    lines = [f"Story {part.story.id}: {part.story.title} ({part.story.status})"]
    if part.lead:
        lines.append(f"Lead: {part.lead}")
    lines += [f"Development: {d.title}. {d.detail}" for d in part.developments]
    lines += [f"Risk: {r.risk}. {r.detail}" for r in part.risks]
    lines += [f"Reaction: {r.actor}: {r.detail}" for r in part.reactions]
    lines += [f"Outlook: {o}" for o in part.outlook]
    return "\n".join(lines)


def _grounding_text(article: Article) -> str:
    """What claims citing an article are checked against: its title, date and full text."""
    when = f"{article.published:%-d %B %Y} {article.published.isoformat(timespec='minutes')}"
    return f"{article.title}\n{when}\n{article.text}"


def _ground_part(part: StoryPart, grounder: Grounder, policy: str, stats: GroundingStats) -> None:
    """Check each LLM item; keep, flag or drop it by the policy (`llm.ungrounded`)."""

    def keep(items: list, claim, quotes) -> list:
        out = []
        for item in items:
            verdict = grounder.check(claim(item), quotes(item), item.sources)
            stats.checked += 1
            if verdict.grounded:
                out.append(item.model_copy(update={"sources": verdict.sources}))
            elif verdict.sources and policy == "flag":
                stats.flagged += 1
                out.append(
                    item.model_copy(update={"sources": verdict.sources, "flags": verdict.problems})
                )
            else:
                stats.dropped += 1
                log.info("dropped an ungrounded item: %s", "; ".join(verdict.problems))
        return out

    part.developments = keep(
        part.developments, lambda d: f"{d.title}\n{d.detail}", lambda d: d.quotes
    )
    part.risks = keep(part.risks, lambda r: f"{r.risk}\n{r.detail}", lambda r: [])
    part.reactions = keep(part.reactions, lambda r: r.detail, lambda r: [r.quote])
    part.lead = part.lead if grounder.line_ok(part.lead) else ""
    part.outlook = [line for line in part.outlook if grounder.line_ok(line)]


def _grounded_lines(lines: list[str], known: list[Grounder], stats: GroundingStats) -> list[str]:
    """Uncited lines can't carry a flag: those with numbers or quotes no article has are
    dropped."""
    kept = [line for line in lines if line_grounded(line, known)]
    stats.checked += len(lines)
    stats.dropped += len(lines) - len(kept)
    return kept


def _ordered(parts: list[StoryPart], synthesis: Synthesis | None) -> list[StoryPart]:
    """The synthesis's order (unknown ids ignored, missing stories kept), continuing last."""
    rank = {p.story.id: i for i, p in enumerate(parts)}
    if synthesis is not None:
        named = [sid for sid in dict.fromkeys(synthesis.order) if sid in rank]
        rank = {sid: i for i, sid in enumerate([*named, *(s for s in rank if s not in named)])}
    return sorted(parts, key=lambda p: (p.story.status == "continuing", rank[p.story.id]))


def _fill_offline(request: SummaryRequest, part: StoryPart) -> None:
    """The extractive summarizer's items for one story, with the brief's source ids."""
    from briefgen.summarize.extractive import ExtractiveSummarizer

    alone = dataclasses.replace(request, stories=[part.story])  # its own source ids
    try:
        brief = ExtractiveSummarizer().summarize(alone)
    except BriefgenError as e:
        part.fallback += f"; offline summary empty too ({e})"
        return
    ids = {alone.source_id(a): request.source_id(a) for a in part.story.articles}

    def remap(items: list, cap: int) -> list:
        return [i.model_copy(update={"sources": [ids[s] for s in i.sources]}) for i in items[:cap]]

    part.lead = brief.summary[0]
    part.developments = remap(brief.developments, FALLBACK_CAPS["developments"])
    part.risks = remap(brief.risks, FALLBACK_CAPS["risks"])
    part.reactions = remap(brief.reactions, FALLBACK_CAPS["reactions"])
    part.outlook = brief.outlook[: FALLBACK_CAPS["outlook"]]
