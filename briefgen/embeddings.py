"""Article embeddings from an OpenAI-compatible /v1/embeddings endpoint, so clustering can
tell that a Chinese and an English report of one event are one story.

Each article is embedded by its title and lead, in batches, through the same client as the
chat calls (`summarize.openai.make_client`), at `embeddings_base_url` or else `base_url`;
vectors are cached in the database by (model, hash of the text), so an article is paid for
once per model. A broken embeddings server is one warning: clustering then joins articles
across languages only by the names and figures they share.

Models put all news in a narrow cone of their own (multilingual-e5: two unrelated reports at
cosine 0.8, one event's at 0.9). Reference texts of every kind of news, in many languages,
are embedded beside the articles (cached like them), and `Embedded.centred` removes the
direction they and the articles share, so that a cosine means much the same whatever the
model and one threshold serves them all.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import json
import logging
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from briefgen.errors import BriefgenError, ConfigError, first_line
from briefgen.models import Article, Stats
from briefgen.sections import DEFAULT_PRICES, LLMSettings
from briefgen.text import redact_url

if TYPE_CHECKING:
    import numpy as np
    from openai import AsyncOpenAI

    from briefgen.store import Store

log = logging.getLogger(__name__)

# The title and the lead: who, what, where and when are said there, and later paragraphs
# drift into background that other events share. 1,000 characters is 200-400 tokens in
# Latin scripts and up to ~1,000 in Chinese or Japanese: inside the context of common
# embedding models (Ollama runs nomic-embed-text with 2,048; text-embedding-3 takes 8,191),
# so no server truncates a lead differently from another, and each article costs little.
LEAD_CHARS = 1000
BATCH = 64  # inputs per request: one request per 64 articles, well under servers' limits
REFERENCE = "reference_news.jsonl"  # in briefgen/data: 64 leads, 36 English, 28 in 10 others


class EmbeddingsError(BriefgenError):
    """The embeddings server failed; the run goes on, joining languages only by names."""


@dataclass
class Embedded:
    """The articles' unit vectors (rows aligned with the articles; None without embeddings),
    and what they cost."""

    model: str = ""
    vectors: np.ndarray | None = None
    reference: np.ndarray | None = None  # the reference texts' unit vectors
    requests: int = 0
    cache_hits: int = 0  # articles whose vectors were in the database
    tokens: int = 0
    cost_usd: float = 0.0
    languages: list[str] = field(default_factory=list)  # detected only with a model
    problem: str = ""  # why there are no vectors although a model was configured

    @property
    def cross_lingual(self) -> bool:
        """Whether articles in different languages could be compared (by their vectors)."""
        return self.vectors is not None

    def centred(self) -> np.ndarray | None:
        """The articles' vectors less the direction the model gives all news, as unit rows
        (None without vectors). That direction is the mean of the articles' and the
        reference texts' vectors: a small batch's own mean would be its events'."""
        if self.vectors is None:
            return None
        return centre(self.vectors, self.reference)

    def add_to(self, stats: Stats) -> None:
        """Say in the brief's stats whether stories may span languages, and count the
        embeddings' tokens and cost."""
        stats.cross_lingual = self.cross_lingual
        stats.embedding_tokens += self.tokens
        stats.cost_usd = round(stats.cost_usd + self.cost_usd, 6)

    def describe(self) -> str:
        """One line for the log: whether stories may span languages, and why not."""
        if self.cross_lingual:
            return (
                f"stories across languages ({', '.join(self.languages)}) by {self.model} "
                f"embeddings ({self.requests} requests, {self.cache_hits} cached, "
                f"{self.tokens} tokens)"
            )
        why = self.problem or "no [llm] embeddings_model set"
        return f"stories across languages only by shared names and figures ({why})"


def centre(vectors: np.ndarray, reference: np.ndarray | None) -> np.ndarray:
    """`vectors` less the mean of `vectors` and `reference` together, as unit rows."""
    import numpy as np

    rows = vectors if reference is None else np.vstack([vectors, reference])
    return _unit_rows(vectors - rows.mean(axis=0))


def _unit_rows(matrix: np.ndarray) -> np.ndarray:
    """Each row scaled to length 1 (a row of zeros stays zeros)."""
    import numpy as np

    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / np.where(norms > 0, norms, 1.0)


@lru_cache(maxsize=1)
def reference_texts() -> tuple[str, ...]:
    """The reference texts (briefgen/data/reference_news.jsonl: one {"language", "text"} a
    line)."""
    from importlib.resources import files

    lines = files("briefgen").joinpath("data", REFERENCE).read_text(encoding="utf-8")
    return tuple(json.loads(line)["text"] for line in lines.splitlines() if line.strip())


def lead_text(article: Article) -> str:
    """What is embedded for an article: its title and the start of its text."""
    return f"{article.title}\n{article.text[:LEAD_CHARS]}".strip()


def text_key(text: str) -> str:
    """The cache key of one embedded text (with the model beside it)."""
    return hashlib.sha256(text.encode()).hexdigest()


def embed_articles(
    articles: list[Article],
    llm: LLMSettings,
    store: Store | None,
    now: dt.datetime,
    client: AsyncOpenAI | None = None,
) -> Embedded:
    """The articles' embeddings when `llm.embeddings_model` is set; a failing server is
    logged once and gives none (so the run goes on, joining languages only by names)."""
    result = Embedded(model=llm.embeddings_model)
    llm = llm.for_embeddings()
    if not llm.embeddings_model or not articles:
        return result  # no language detection either: it would slow every English brief
    from briefgen.language import language_of

    result.languages = sorted({language_of(a) for a in articles})
    texts = [lead_text(a) for a in articles]
    try:
        found = _embed(result, texts, list(reference_texts()), llm, store, now, client)
        result.vectors, result.reference = found[: len(texts)], found[len(texts) :]
    except (EmbeddingsError, ConfigError) as e:  # a missing key too: the brief goes on
        result.vectors, result.problem = None, str(e)
        log.warning("%s", e)
    return result


def _embed(
    result: Embedded,
    texts: list[str],
    reference: list[str],
    llm: LLMSettings,
    store: Store | None,
    now: dt.datetime,
    client: AsyncOpenAI | None,
) -> np.ndarray:
    """Unit vectors of `texts` and then `reference` (rows aligned), from the cache or the
    server; what they cost, and how many of `texts` were cached, is counted in `result`."""
    import numpy as np

    model = llm.embeddings_model
    every = texts + reference
    keys = [text_key(t) for t in every]
    found = store.cached_embeddings(model, keys) if store and llm.cache else {}
    missing = sorted({k: t for k, t in zip(keys, every, strict=True) if k not in found}.items())
    result.cache_hits = sum(k in found for k in keys[: len(texts)])
    if missing:
        fresh = _request(missing, llm, client)
        result.requests = fresh.requests
        result.tokens = fresh.tokens
        price = llm.prices.get(model) or DEFAULT_PRICES.get(model)
        result.cost_usd = fresh.tokens * price.input / 1e6 if price else 0.0
        found.update(fresh.vectors)
        if store and llm.cache:
            store.cache_embeddings(model, fresh.vectors, now)
    sizes = {len(found[k]) for k in keys}
    if len(sizes) > 1:
        raise EmbeddingsError(
            f"vectors of {model!r} come in {min(sizes)} and {max(sizes)} dimensions (the "
            "database keeps those of another server that served this name); name the model "
            "differently or set [llm] cache = false"
        )
    return _unit_rows(np.array([found[k] for k in keys], dtype=np.float32))


@dataclass
class _Fresh:
    vectors: dict[str, list[float]]
    requests: int
    tokens: int


def _request(
    missing: list[tuple[str, str]], llm: LLMSettings, client: AsyncOpenAI | None
) -> _Fresh:
    """Embed (key, text) pairs in batches, concurrently up to llm.concurrency requests."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(_batches(missing, llm, client))
    with ThreadPoolExecutor(1) as pool:  # called from async code: a loop of our own
        return pool.submit(asyncio.run, _batches(missing, llm, client)).result()


async def _batches(
    missing: list[tuple[str, str]], llm: LLMSettings, client: AsyncOpenAI | None
) -> _Fresh:
    from openai import OpenAIError

    from briefgen.summarize.openai import make_client

    own = client is None  # made here: closed here (an injected client is its owner's)
    if own:
        try:
            client = make_client(llm)
        except ConfigError as e:
            raise EmbeddingsError(
                f"embeddings from {llm.embeddings_model!r} at api.openai.com need an API key: "
                f"set {llm.api_key_env}, give [llm] embeddings_base_url for a server of your "
                "own, or unset [llm] embeddings_model"
            ) from e
    gate = asyncio.Semaphore(llm.concurrency)
    batches = [missing[i : i + BATCH] for i in range(0, len(missing), BATCH)]

    async def one(batch: list[tuple[str, str]]):
        async with gate:
            return await client.embeddings.create(
                model=llm.embeddings_model, input=[text for _, text in batch]
            )

    try:
        answers = await asyncio.gather(*(one(b) for b in batches))
    except OpenAIError as e:
        where = redact_url(llm.base_url) if llm.base_url else "api.openai.com"
        setting = "embeddings_base_url" if llm.embeddings_base_url else "base_url"
        raise EmbeddingsError(
            f"embeddings from {llm.embeddings_model!r} at {where} ([llm] {setting}) failed "
            f"({first_line(e)}); stories join languages only by shared names: check the server, or "
            "unset [llm] embeddings_model"
        ) from e
    finally:
        if own:
            await client.close()
    vectors: dict[str, list[float]] = {}
    tokens = 0
    for batch, answer in zip(batches, answers, strict=True):
        data = sorted(answer.data, key=lambda d: d.index)
        if len(data) != len(batch):
            raise EmbeddingsError(
                f"the embeddings server answered {len(data)} vectors for {len(batch)} texts; "
                "check that it serves an embedding model, or unset [llm] embeddings_model"
            )
        vectors.update((key, d.embedding) for (key, _), d in zip(batch, data, strict=True))
        tokens += answer.usage.prompt_tokens if answer.usage else 0
    return _Fresh(vectors, len(batches), tokens)
