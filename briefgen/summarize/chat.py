"""One structured LLM call: cache, limits, the request, validation and repair.

`Chat.ask` returns a validated pydantic answer or raises `Unanswered` (this one call failed:
the caller falls back) or `LLMError` (the server refuses everything: stop the run). Transport
retries (429 with Retry-After, 5xx, timeouts) are the `openai` SDK's own, bounded by
`llm.max_retries`; repairs re-ask with the validation error, bounded by `llm.repairs`; and
`llm.max_calls` caps the calls of one Chat, a brief's summaries (each with at most
`max_retries` SDK retries) so nothing can loop; the story judge has a Chat of its own,
capped by the calls its `llm.judge_pairs` need (judge.py).

A server that refuses `response_format` json_schema (llama-cpp-python, older vLLM) is asked
again in JSON mode with the schema in the system prompt, and so is every later call to it
in the process (`_NO_SCHEMA`): one warning, not a brief written offline.
"""

from __future__ import annotations

import asyncio
import copy
import datetime as dt
import hashlib
import json
import logging
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel, ValidationError

from briefgen import tokens
from briefgen.errors import LLMError, StoreError, first_line
from briefgen.summarize.calls import Usage
from briefgen.summarize.schemas import conformed, json_value, schema_hash, strict_schema
from briefgen.text import redact_url

if TYPE_CHECKING:
    from openai import AsyncOpenAI

    from briefgen.config import LLMSettings
    from briefgen.store import Store

log = logging.getLogger(__name__)
Answer = TypeVar("Answer", bound=BaseModel)
T = TypeVar("T")
Messages = list[dict[str, str]]
# the servers (base URLs) found to refuse response_format json_schema in this process
_NO_SCHEMA: set[str] = set()


# where a problem goes on to quote the model's answer ("..., ending '{"title": ...'")
SAID_BY_MODEL = re.compile(r""":\s*["'“]|, ending |(?<=the model refused): """)


class Unanswered(Exception):
    """This call produced no valid answer; the message says why, in one line, and `shown`
    says it for the brief's readers: without the model's own words (nu34 r14: a story
    showed "ending ': "Floods in Alexandria", "developments": [ {"title": "oops"'")."""

    def __init__(self, message: str, shown: str = "") -> None:
        super().__init__(message)
        self.shown = shown or message


class Chat:
    """Structured calls to one model, sharing a concurrency limit, a call cap and a budget."""

    def __init__(
        self,
        llm: LLMSettings,
        client: AsyncOpenAI,
        store: Store | None,
        prompt_digest: str,
        now: dt.datetime,
    ) -> None:
        self.llm, self.client, self.store, self.now = llm, client, store, now
        self.prompt_digest = prompt_digest
        self.usage = Usage()
        self._slots = asyncio.Semaphore(llm.concurrency)
        self._calls_left = llm.max_calls
        self._reserved = 0

    async def ask(
        self,
        schema: type[Answer],
        system: str,
        user: str,
        check: Callable[[Answer], str] | None = None,
    ) -> Answer:
        """The model's answer to `user` under `system`, validated against `schema` (keys it
        does not have left out, null for a list read as empty: `conformed`) and by `check`,
        which names what is wrong with a valid answer ('' when nothing is); either failing,
        the model is asked again with the problem (`llm.repairs` times)."""
        messages: Messages = [
            {"role": "system", "content": system},
            {"role": "user", "content": user},
        ]
        key = self._cache_key(schema, messages)
        cached = self.store.cached_answer(key) if self.store and self.llm.cache else None
        if cached is not None:
            try:
                answer = schema.model_validate_json(cached)
                self.usage.cache_hits += 1
                return answer
            except ValidationError:
                log.info("ignoring a cached answer that no longer validates")
        problem, spent = "", [0, 0]
        for _attempt in range(1 + self.llm.repairs):
            content, problem = await self._request(schema, messages, spent)
            if not problem:
                try:
                    answer = schema.model_validate(conformed(json_value(content), schema))
                except ValueError as e:  # pydantic's ValidationError is one
                    problem = _explain(e) if isinstance(e, ValidationError) else str(e)
                else:
                    problem = check(answer) if check else ""
                if not problem:
                    self.usage.calls_ok += 1
                    self._keep(key, answer, spent)
                    return answer
            log.info("invalid LLM answer (%s); asking again", problem)
            messages = [
                *messages,
                {"role": "assistant", "content": content[:4000]},
                {"role": "user", "content": _repair_note(problem)},
            ]
        tries = f"no valid answer after {1 + self.llm.repairs} attempt(s)"
        raise Unanswered(f"{tries}: {problem}", f"{tries}: {SAID_BY_MODEL.split(problem)[0]}")

    async def _request(
        self, schema: type[BaseModel], messages: Messages, spent: list[int]
    ) -> tuple[str, str]:
        """(content, problem): one request, within the limits; problem is '' when usable.
        The tokens it cost are added to `spent` and to the brief's usage."""
        import openai
        from openai.types.chat import ChatCompletion

        estimate = (  # counting a long prompt takes time: only with a budget to keep
            tokens.count_messages(messages) + self.llm.max_output_tokens
            if self.llm.token_budget
            else 0
        )
        async with self._slots:  # reserve the budget only once it is this call's turn
            self._take_call(estimate)
            try:
                while True:  # at most twice: JSON mode is asked for once
                    try:
                        response = await self._create(schema, messages)
                        break
                    except openai.APIStatusError as e:
                        if not self._json_mode_instead(e):
                            raise  # as every API error is, below
                        self._take_call(0)  # asked again in JSON mode: one more call
            except openai.APIError as e:
                raise self._failure(e) from None
            finally:
                self._reserved -= estimate
        if not isinstance(response, ChatCompletion):  # e.g. an HTML page with status 200
            return "", "the server's answer is not a Chat Completions response"
        self._count(response, messages, spent)
        if not response.choices:
            return "", "the answer had no choices"
        choice = response.choices[0]
        content = choice.message.content or ""
        refusal = getattr(choice.message, "refusal", None)
        if refusal:
            return content, f"the model refused: {refusal[:200]}"
        if choice.finish_reason == "length":
            return content, (
                f"the answer was cut off at the token limit ({self.llm.max_output_tokens} tokens:"
                " raise llm.max_output_tokens)"
            )
        if not content.strip() and (choice.message.model_extra or {}).get("reasoning_content"):
            return content, "the answer was empty: the model gave only its reasoning"
        if not content.strip():
            return content, "the answer was empty"
        return content, ""

    async def _create(self, schema: type[BaseModel], messages: Messages) -> Any:
        """One request, in JSON mode (the schema added to the system prompt) when the server
        is known to refuse json_schema."""
        if self._json_mode():
            messages = _with_schema(messages, schema)
        return await self.client.chat.completions.create(
            model=self.llm.model,
            messages=messages,
            response_format=self._response_format(schema),
            **self._options(),
        )

    def _json_mode(self) -> bool:
        return self.llm.response_format == "json_object" or self.llm.base_url in _NO_SCHEMA

    def _json_mode_instead(self, error: Any) -> bool:
        """Whether `error` is the server refusing response_format json_schema (a 400, 422 or
        500 that names it): then it is asked in JSON mode from now on, and True."""
        if self._json_mode() or error.status_code not in (400, 422, 500):
            return False
        text = str(error) + str(getattr(error, "body", "") or "")
        if "json_schema" not in text and "response_format" not in text:
            return False
        if self.llm.base_url not in _NO_SCHEMA:
            _NO_SCHEMA.add(self.llm.base_url)
            log.warning(
                "the LLM server at %s refuses response_format json_schema (%s); asking in JSON "
                'mode with the schema in the prompt (llm.response_format = "json_object" '
                "skips the first try)",
                redact_url(self.llm.base_url) or "api.openai.com",
                error.status_code,
            )
        return True

    def _failure(self, error: Exception) -> Exception:
        """The SDK's error (after its own retries) as LLMError (stop: every call would fail
        the same way) or Unanswered (this story falls back)."""
        import openai

        llm, where = self.llm, redact_url(self.llm.base_url) or "api.openai.com"
        if isinstance(error, openai.AuthenticationError | openai.PermissionDeniedError):
            return LLMError(
                f"the LLM server at {where} refused the API key ({error.status_code}); check "
                f"{llm.api_key_env} or use --provider extractive"
            )
        if isinstance(error, openai.NotFoundError):
            hint = "" if where.endswith("/v1") else " (usually ending in /v1)"
            return LLMError(
                f"the LLM server has no model {llm.model!r} (404) at {where}; check --model "
                f"and --base-url{hint}"
            )
        if isinstance(error, openai.RateLimitError) and error.code == "insufficient_quota":
            return LLMError(f"the account at {where} has no quota left (429 insufficient_quota)")
        if isinstance(error, openai.APITimeoutError):
            return Unanswered(
                f"no answer within {llm.timeout_s:g} s (after {llm.max_retries} retries); "
                "raise llm.timeout_s or check the server"
            )
        if isinstance(error, openai.APIConnectionError):
            cause = f": {first_line(error.__cause__)}" if error.__cause__ else ""
            return Unanswered(f"cannot reach the LLM server at {where}{cause}")
        if isinstance(error, openai.APIStatusError):
            return Unanswered(_status_problem(error, llm.response_format))
        return Unanswered(f"the LLM request failed: {first_line(error)}")

    def _keep(self, key: str, answer: BaseModel, spent: list[int]) -> None:
        """Cache a valid answer; a database that fails here costs the cache, not the brief."""
        if not (self.store and self.llm.cache):
            return
        try:
            self.store.cache_answer(
                key, self.llm.model, answer.model_dump_json(), (spent[0], spent[1]), self.now
            )
        except StoreError as e:
            log.warning("could not cache an LLM answer: %s", e)

    def _take_call(self, estimate: int) -> None:
        """Count a request against the call cap and the token budget, or refuse it."""
        if self._calls_left <= 0:
            raise Unanswered(
                f"the cap of {self.llm.max_calls} LLM requests per brief was reached "
                "(llm.max_calls)"
            )
        budget = self.llm.token_budget
        spent = self.usage.prompt_tokens + self.usage.completion_tokens
        if budget is not None and spent + self._reserved + estimate > budget:
            raise Unanswered(
                f"the token budget of {budget} would be exceeded ({spent} spent, this call "
                f"needs up to {estimate}); raise llm.token_budget"
            )
        self._calls_left -= 1
        self._reserved += estimate
        self.usage.calls += 1  # a request that fails still counts (and costs)

    def _count(self, response: Any, messages: Messages, spent: list[int]) -> None:
        """Add a response's tokens (counted here when the server reports none)."""
        usage = getattr(response, "usage", None)
        if usage is not None and usage.prompt_tokens:
            prompt, completion = usage.prompt_tokens, usage.completion_tokens or 0
            details = getattr(usage, "prompt_tokens_details", None)
            self.usage.cached_tokens += getattr(details, "cached_tokens", None) or 0
        else:
            prompt = tokens.count_messages(messages)
            content = response.choices[0].message.content if response.choices else ""
            completion = tokens.count(content or "")
        self.usage.prompt_tokens += prompt
        self.usage.completion_tokens += completion
        spent[0] += prompt
        spent[1] += completion

    def _response_format(self, schema: type[BaseModel]) -> dict[str, Any]:
        if self._json_mode():
            return {"type": "json_object"}  # the schema is in the system prompt
        return {
            "type": "json_schema",
            "json_schema": {
                "name": schema.__name__,
                "schema": copy.deepcopy(strict_schema(schema)),  # cached: hand out a copy
                "strict": True,
            },
        }

    def _options(self) -> dict[str, Any]:
        # OpenAI's own API wants max_completion_tokens (reasoning models reject max_tokens);
        # compatible servers (vLLM, Ollama, llama.cpp) all know max_tokens.
        openai_api = not self.llm.base_url or "api.openai.com" in self.llm.base_url
        options: dict[str, Any] = {
            "max_completion_tokens" if openai_api else "max_tokens": self.llm.max_output_tokens
        }
        if self.llm.temperature is not None:  # reasoning models accept only their default
            options["temperature"] = self.llm.temperature
        return options

    def _cache_key(self, schema: type[BaseModel], messages: Messages) -> str:
        basis = [
            self.llm.model,
            self.llm.base_url or "",  # another server's model of that name answers otherwise
            self.llm.response_format,
            self.llm.temperature,
            self.prompt_digest,
            schema_hash(schema),
            messages,
        ]
        return hashlib.sha256(json.dumps(basis, sort_keys=True).encode()).hexdigest()


def _with_schema(messages: Messages, schema: type[BaseModel]) -> Messages:
    """The messages with the schema added to the system prompt, unless it has it (a prompt
    rendered for llm.response_format = "json_object" has)."""
    text = json.dumps(strict_schema(schema), separators=(",", ":"))
    system, *rest = messages
    if text in system["content"]:
        return messages
    return [{**system, "content": f"{system['content']}\n\nIts JSON Schema:\n{text}"}, *rest]


def _explain(error: ValidationError) -> str:
    """The first few validation errors, one line, for the repair prompt and the log."""
    parts = []
    for err in error.errors()[:3]:
        where = ".".join(str(p) for p in err["loc"]) or "answer"
        parts.append(f"{where}: {err['msg']}")
    return "; ".join(parts)[:500]


def _repair_note(problem: str) -> str:
    return (
        f"Your answer could not be used: {problem}. Answer again with one complete JSON object "
        "that follows the required structure exactly; keep it shorter if it was cut off."
    )


def _status_problem(error: Any, mode: str) -> str:
    """One line for an HTTP error the SDK gave up on."""
    message = first_line(error)
    if error.status_code == 400 and mode == "json_schema" and "response_format" in message:
        return (
            f"the server rejected the request (400: {message}); if it does not support "
            'structured outputs, set llm.response_format = "json_object"'
        )
    if error.status_code == 429:  # (after the SDK's own retries, llm.max_retries)
        wait = error.response.headers.get("retry-after")
        asked = f", asked to wait {wait} s" if wait else ""
        return f"rate limited (429{asked}); try again later, or lower llm.concurrency"
    return f"the LLM server answered {error.status_code} ({message})"
