"""Running a brief's LLM calls: at once and to their end from synchronous code, and what
they cost (`Usage`)."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from briefgen.models import Stats
    from briefgen.sections import Price

T = TypeVar("T")


@dataclass
class Usage:
    """What the brief's LLM calls cost so far."""

    calls: int = 0  # requests attempted (a refused connection too), cache hits not counted
    calls_ok: int = 0  # of those, the ones whose answer was valid
    cache_hits: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cached_tokens: int = 0  # prompt tokens the provider served from its prompt cache

    def cost(self, price: Price | None) -> float:
        """What the tokens cost in USD at `price` (0 when the price is not known)."""
        if price is None:
            return 0.0
        return (self.prompt_tokens * price.input + self.completion_tokens * price.output) / 1e6

    def add_to(self, stats: Stats, price: Price | None) -> None:
        """Count these calls, tokens and cost in a brief's stats."""
        stats.llm_calls += self.calls
        stats.llm_calls_ok += self.calls_ok
        stats.cache_hits += self.cache_hits
        stats.prompt_tokens += self.prompt_tokens
        stats.cached_tokens += self.cached_tokens
        stats.completion_tokens += self.completion_tokens
        stats.cost_usd = round(stats.cost_usd + self.cost(price), 6)


async def gather_all(calls: Iterable[Coroutine[Any, Any, T]]) -> list[T]:
    """The calls' results, run at once. When one raises (an LLMError: the key refused
    midway), the others are cancelled and their errors collected before it goes on: none is
    left running against a closed client, nor logged as "exception never retrieved"."""
    tasks = [asyncio.create_task(call) for call in calls]
    try:
        return await asyncio.gather(*tasks)
    except BaseException:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        raise


def run(work: Coroutine[Any, Any, T]) -> T:
    """Run `work` to its end from synchronous code, in a loop of its own (in a thread when
    called from async code, whose loop cannot be re-entered). A client made inside `work`
    is bound to that loop."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(work)
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, work).result()
