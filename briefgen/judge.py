"""The story judge: with an LLM configured, the model is asked whether two articles report
one event, for the pairs whose words leave it in doubt.

Words (cluster.py) decide most pairs, and decide them well far from the threshold. Near it
they err both ways: an outlet's own angle on an event (the markets piece, the victims'
families) shares few names with the wire's report and stays apart, and one company's
results and its data breach share the company and join. With the `openai` provider and
`[llm] judge_pairs` > 0, the pairs whose similarity lies in [DOUBT_FROM, DOUBT_TO) are put
to the model, those nearest the threshold first, at most `judge_pairs` a brief, in calls of
up to CHUNK pairs: each article of a call's pairs once (title, outlet, date, lead), fenced as
data, then the pairs by id (prompts/same_event.md.j2, `question`). Its answer is a
vote, not a verdict: a pair it calls one event gains SAID_SAME, two events is cut to
SAID_APART of its similarity, and a pair it does not answer keeps its words' similarity.
Average linkage then groups as before, so a story is still held together by its articles as
a whole. A model is wrong at times, and a verdict (one event: joined, two: apart) costs more
than it brings when it is: with a judge right 9 times in 10 (one draw), precision over all
corpora fell from the words' 0.974 to 0.960 as verdicts, and rose to 0.978 as votes (0.984
over 5 draws; benchmarks/bench_judge.py).

Answers are cached with the brief's other LLM answers. The judge spends at most
BUDGET_SHARE of `llm.token_budget` (the summaries come first). A call without a valid answer
(after `llm.repairs` re-asks), or a pair its answer leaves out, keeps its pairs' words; when
no call is answered (a server that speaks no JSON), one warning says so and the stories are
the words' own. A refused key or an unknown model stops the run with one error, as it would
stop the summaries.
"""

from __future__ import annotations

import datetime as dt
import heapq
import logging
import re
import time
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from briefgen.models import Article
from briefgen.prompts import Prompts, article_header, fence
from briefgen.summarize.calls import Usage, gather_all, run
from briefgen.summarize.chat import Chat, Unanswered
from briefgen.summarize.schemas import PairAnswer, SameEvents, schema_in_prompt

if TYPE_CHECKING:
    from openai import AsyncOpenAI

    from briefgen.config import LLMSettings, Settings
    from briefgen.models import Stats
    from briefgen.store import Store

log = logging.getLogger(__name__)
# The band of doubt, on cluster's similarity scale (SAME_STORY 0.12 joins two articles):
# measured with a judge that answers as the labels do (benchmarks/bench_judge.py)
DOUBT_FROM = 0.04
DOUBT_TO = 0.25
SAID_SAME = 0.1  # added to a pair's similarity when the model says one event
SAID_APART = 0.6  # its share of the similarity kept when the model says two events
CHUNK = 16  # pairs asked in one call: each article of them is sent once a call
# an answer is some 40 tokens a pair; a reasoning model's thinking counts too (one cut off
# is no answer, and the words decide)
ANSWER_TOKENS = 200 + 60 * CHUNK
LEAD_CHARS = 800  # of each article's text: its title and lead say what happened
TITLE_CHARS = 300  # of its title (a feed's title can be any length)
BUDGET_SHARE = 0.2  # of llm.token_budget, the most the judge may spend
PROMPT = "same_event.md.j2"
PAIR_ID = re.compile(r"\s*[Pp]?\s*(\d+)\s*")  # "P3", "p3", "3", " P 3 "

Pair = tuple[int, int]


class Judge(Protocol):
    """Answers each pair of articles: True one event, False two, None no answer; asked
    about `limit` pairs at most."""

    limit: int

    def __call__(self, pairs: list[tuple[Article, Article]]) -> list[bool | None]: ...


def judged(
    edges: dict[Pair, float], articles: list[Article], judge: Judge, threshold: float
) -> dict[Pair, float]:
    """`edges` with the judge's votes on the pairs in doubt (in_doubt)."""
    doubtful = in_doubt(edges, judge.limit, threshold)
    if not doubtful:
        return edges
    answers = judge([(articles[i], articles[j]) for i, j in doubtful])
    decided = dict(edges)
    for pair, same in zip(doubtful, answers, strict=True):
        if same is not None:
            decided[pair] = edges[pair] + SAID_SAME if same else edges[pair] * SAID_APART
    return decided


def in_doubt(edges: dict[Pair, float], limit: int, threshold: float) -> list[Pair]:
    """Up to `limit` pairs whose similarity lies in [DOUBT_FROM, DOUBT_TO), those nearest
    `threshold` first (ties in the pairs' order, so a run asks the same questions)."""
    pairs = (pair for pair, sim in edges.items() if DOUBT_FROM <= sim < DOUBT_TO)
    return heapq.nsmallest(limit, pairs, key=lambda pair: (abs(edges[pair] - threshold), pair))


def question(pairs: list[tuple[Article, Article]]) -> str:
    """The user message of one call: each article of the pairs once (A1, A2, ...: title,
    outlet, date and the start of its text), fenced as data, then the pairs by those ids
    (P1: A1 and A3), which are ours, not the articles'."""
    ids: dict[str, str] = {}
    entries = []
    for article in (a for pair in pairs for a in pair):
        if article.url not in ids:
            ids[article.url] = sid = f"A{len(ids) + 1}"
            header = article_header(
                article.title[:TITLE_CHARS], article.outlet[:TITLE_CHARS], article.published
            )
            entries.append((sid, header, article.text[:LEAD_CHARS]))
    asked = [f"P{n}: {ids[a.url]} and {ids[b.url]}" for n, (a, b) in enumerate(pairs, start=1)]
    return "\n".join([fence("ARTICLES", entries), "", "Pairs:", *asked])


def story_judge(settings: Settings, store: Store | None, now: dt.datetime) -> LLMJudge | None:
    """The configured model as judge, or None (the extractive provider, judge_pairs = 0)."""
    llm = settings.llm
    if llm.provider != "openai" or llm.judge_pairs == 0:
        return None
    return LLMJudge(llm, store, now, settings.prompts_dir)


class LLMJudge:
    """Puts pairs of articles to the model, up to CHUNK pairs a call, the calls at once."""

    def __init__(
        self,
        llm: LLMSettings,
        store: Store | None,
        now: dt.datetime,
        prompts_dir: Path | None = None,
        client: AsyncOpenAI | None = None,
    ) -> None:
        budget = llm.token_budget
        calls = -(-llm.judge_pairs // CHUNK)
        self.llm = llm.model_copy(
            update={
                "max_calls": calls * (1 + llm.repairs),
                "max_output_tokens": ANSWER_TOKENS,
                "token_budget": int(budget * BUDGET_SHARE) if budget else None,
            }
        )
        self.limit = llm.judge_pairs
        self.store, self.now, self.client = store, now, client
        self.prompts = Prompts(prompts_dir)
        self.usage = Usage()
        self.answers: list[bool | None] = []
        self.problem = ""
        self.seconds = 0.0

    def __call__(self, pairs: list[tuple[Article, Article]]) -> list[bool | None]:
        self.answers, self.problem, started = [None] * len(pairs), "", time.perf_counter()
        if pairs:
            self.answers = run(self._judge(pairs))
        self.seconds += time.perf_counter() - started
        if self.problem and not any(a is not None for a in self.answers):
            log.warning("the story judge had no answer (%s); stories by words alone", self.problem)
        return self.answers

    async def _judge(self, pairs: list[tuple[Article, Article]]) -> list[bool | None]:
        from briefgen.summarize.openai import make_client

        system = self.prompts.render(
            PROMPT, schema=schema_in_prompt(SameEvents, self.llm.response_format)
        )
        client = self.client or make_client(self.llm)
        chat = Chat(self.llm, client, self.store, self.prompts.digest(PROMPT), self.now)
        self.usage = chat.usage  # counted as the calls go, whatever becomes of them
        try:
            found = await gather_all(
                self._ask(chat, system, pairs[start : start + CHUNK])
                for start in range(0, len(pairs), CHUNK)
            )
        finally:
            if self.client is None:
                await client.close()
        return [same for answers in found for same in answers]

    async def _ask(
        self, chat: Chat, system: str, pairs: list[tuple[Article, Article]]
    ) -> list[bool | None]:
        """The model's answer on each pair of one call (None where it gave none)."""
        try:
            answer = await chat.ask(SameEvents, system, question(pairs))
        except Unanswered as e:  # an LLMError (no key, a refused key, no such model) stops
            self.problem = self.problem or str(e)  # the run, as it would stop the summaries
            return [None] * len(pairs)
        said: dict[str, list[PairAnswer]] = {}
        for item in answer.answers:  # "P3" as asked; "p3", "3" or "P 3" mean it too
            number = PAIR_ID.fullmatch(item.pair)  # not "A3", an article's
            if number:
                said.setdefault(f"P{int(number[1])}", []).append(item)
        answers = []
        for n, (a, b) in enumerate(pairs, start=1):
            given = said.get(f"P{n}", [])
            # two answers on one pair that disagree are none
            item = given[0] if len({i.same_event for i in given}) == 1 else None
            answers.append(item.same_event if item else None)
            log.debug(
                "judge: %r and %r: %s", a.title[:80], b.title[:80],
                f"{'one event' if item.same_event else 'two events'} ({item.reason[:200]})"
                if item else "no answer",
            )  # fmt: skip
        return answers

    def add_to(self, stats: Stats) -> None:
        """Count the judge's calls, tokens and cost in the brief's stats."""
        self.usage.add_to(stats, self.llm.price())

    def describe(self) -> str:
        """One line for the log: what was asked and answered."""
        said = [a for a in self.answers if a is not None]
        return (
            f"story judge: {len(self.answers)} pairs in doubt, {len(said)} answered "
            f"({sum(said)} one event) in {self.seconds:.2f} s by {self.usage.calls} call(s), "
            f"{self.usage.cache_hits} from the cache"
        )
