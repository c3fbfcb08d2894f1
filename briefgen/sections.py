"""The sections of briefgen.toml other than the topics: fetch, llm, email, schedule, render,
queue. Frozen once loaded, like all settings (`config.Settings.replace` makes a changed copy)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from briefgen.fields import Address, Duration, SingleLine


class _Section(BaseModel):
    """Settings are frozen once loaded: a change is a validated copy (`Settings.replace`)."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class FetchSettings(_Section):
    """HTTP limits; the defaults are in the range mature feed readers use."""

    timeout_s: float = Field(20.0, gt=0, description="read timeout of one request")
    connect_timeout_s: float = Field(10.0, gt=0)
    deadline_s: float = Field(60.0, gt=0, description="all of one source, retries included")
    max_bytes: int = Field(15 * 2**20, gt=0, description="larger responses and files are skipped")
    max_redirects: int = Field(5, ge=0, le=20)
    retries: int = Field(2, ge=0, le=5, description="after a 5xx or a timeout, with backoff")
    retry_backoff_s: float = Field(1.0, ge=0, description="first wait; doubles each retry")
    concurrency: int = Field(16, ge=1, le=256, description="requests in flight, all hosts")
    per_host: int = Field(4, ge=1, le=64, description="requests in flight to one host")
    teaser_words: int = Field(
        80, ge=0, description="a feed item with fewer words is a teaser: its page is fetched"
    )
    max_pages: int = Field(30, ge=0, description="linked pages fetched per feed and run")
    allow_private_networks: bool = Field(
        False, description="let links found in feeds reach loopback/private addresses"
    )
    user_agent: SingleLine = "briefgen/0.1 (+https://github.com/briefgen/briefgen)"


class SourceConfig(_Section):
    """One source of a topic; a plain string in `sources` is `{url = "..."}`."""

    url: str = Field(min_length=1, description="feed or page URL, or a file or folder")
    full_text: Literal["auto", "always", "never"] = Field(
        "auto", description="fetch the linked page of feed items: auto = teasers only"
    )

    @field_validator("url")
    @classmethod
    def _known_scheme(cls, value: str) -> str:
        scheme = re.match(r"^([a-z][a-z0-9+.-]*)://", value, re.IGNORECASE)
        if scheme and scheme[1].lower() not in ("http", "https"):
            raise ValueError(
                f"{value!r}: {scheme[1]}:// sources are not supported; use an http(s) URL "
                "or a file or folder path"
            )
        return value

    @property
    def is_url(self) -> bool:
        return bool(re.match(r"^https?://", self.url, re.IGNORECASE))


class Price(_Section):
    """USD per million tokens."""

    input: float = Field(ge=0)
    output: float = Field(ge=0)


# Published list prices (USD per 1M tokens); extend or override with [llm.prices."model"].
DEFAULT_PRICES = {
    "gpt-4o-mini": Price(input=0.15, output=0.60),
    "gpt-4o": Price(input=2.50, output=10.00),
    "gpt-4.1": Price(input=2.00, output=8.00),
    "gpt-4.1-mini": Price(input=0.40, output=1.60),
    "gpt-4.1-nano": Price(input=0.10, output=0.40),
}


class LLMSettings(_Section):
    provider: Literal["extractive", "openai"] = "extractive"
    model: str = ""
    base_url: str = Field("", description="any OpenAI-compatible server; empty: api.openai.com")
    api_key_env: str = "OPENAI_API_KEY"
    response_format: Literal["json_schema", "json_object"] = Field(
        "json_schema", description="json_object for servers without structured outputs"
    )
    concurrency: int = Field(8, ge=1, le=64)
    timeout_s: float = Field(60.0, gt=0)
    max_retries: int = Field(2, ge=0, le=10, description="SDK retries per call (429, 5xx)")
    repairs: int = Field(2, ge=0, le=5, description="re-asks after an invalid answer")
    max_calls: int = Field(
        60, ge=1, description="hard cap on the summaries' LLM requests per brief (not the judge's)"
    )
    temperature: float | None = Field(
        None, ge=0, le=2, description="unset: the model's default (reasoning models allow no other)"
    )
    max_output_tokens: int = Field(2000, ge=100)
    story_tokens: int = Field(6000, ge=500, description="article text sent per story")
    token_budget: int | None = Field(None, ge=1000, description="prompt+completion per brief")
    ungrounded: Literal["flag", "drop"] = "flag"
    cache: bool = True
    embeddings_model: str = Field(
        "", description="an /v1/embeddings model: stories across languages; empty: none"
    )
    embeddings_base_url: str = Field(
        "", description="the embeddings server, when not base_url (e.g. a local one)"
    )
    embeddings_api_key_env: str = Field(
        "", description="its key's variable; empty: none there, else api_key_env"
    )
    embeddings_threshold: float = Field(
        0.25, gt=0, lt=1, description="cosine from which two languages' articles are one story"
    )
    judge_pairs: int = Field(
        32,
        ge=0,
        le=500,
        description="pairs of articles the words leave in doubt that the model is asked "
        "about (one event?) per brief; 0: stories by words alone",
    )
    prices: dict[str, Price] = {}

    @field_validator("base_url", "embeddings_base_url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        if value and not re.match(r"^https?://[^/\s]+", value):
            raise ValueError(
                f"{value!r} is not an http(s) URL; write e.g. http://localhost:8000/v1"
            )
        return value.rstrip("/")

    def price(self) -> Price | None:
        """The price of the configured model (config first, then the built-in table)."""
        return self.prices.get(self.model) or DEFAULT_PRICES.get(self.model)

    def for_embeddings(self) -> LLMSettings:
        """These settings with the embeddings server's URL and key in base_url and
        api_key_env, for a client that talks to it. A server of its own gets only a key
        named for it: the chat model's key is not sent elsewhere."""
        own = self.embeddings_base_url
        return self.model_copy(
            update={
                "base_url": own or self.base_url,
                "api_key_env": self.embeddings_api_key_env or ("" if own else self.api_key_env),
            }
        )


class EmailSettings(_Section):
    host: str = "localhost"
    port: int = Field(587, ge=1, le=65535)
    security: Literal["none", "starttls", "ssl"] = "starttls"
    ca_file: str = Field(
        "",
        description="PEM file of CA certificates trusted besides the system's (a private CA, "
        "a self-signed server); relative to the config file",
    )
    username_env: str = "BRIEFGEN_SMTP_USER"
    password_env: str = "BRIEFGEN_SMTP_PASSWORD"
    sender: Address = "Briefs <briefs@example.com>"
    timeout_s: float = Field(30.0, gt=0)
    retries: int = Field(3, ge=0, le=10, description="retries after a temporary (4xx) failure")
    retry_delay_s: float = Field(5.0, ge=0, description="first backoff; doubles each retry")
    max_attachment_bytes: int = Field(
        10_000_000, ge=0, description="a larger PDF is replaced by a link"
    )
    public_url: str = Field("", description="where output_dir is served, for links in mail")


class ScheduleSettings(_Section):
    misfire_grace: Duration = Field(
        dt.timedelta(hours=6), description="a run missed by less than this is still made"
    )
    retry_every: Duration = Field(
        dt.timedelta(minutes=30), description="how often failed deliveries are tried again"
    )


class RenderSettings(_Section):
    page_size: Literal["A4", "Letter"] = "A4"
    time_limit_s: float = Field(120.0, gt=0, description="longest a brief may take to render")
    lang: str = Field(
        "", pattern=r"^$|^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$", description="empty: detected"
    )


class QueueSettings(_Section):
    """Celery workers build the briefs when a broker is set (README: Beyond one machine)."""

    broker_url: str = Field("", description="redis://host:6379/0; empty: local")
    visibility_timeout_s: float = Field(
        3600.0,
        gt=0,
        description="an unacknowledged brief goes to another worker after this long: "
        "make it longer than any brief takes",
    )
    wait_s: float = Field(3600.0, gt=0, description="how long `generate` waits for the workers")

    @field_validator("broker_url")
    @classmethod
    def _redis(cls, value: str) -> str:
        """Redis keeps the tasks and their results; Celery 5 keeps no results on RabbitMQ."""
        scheme, sep, rest = value.partition("://")
        if value and (not sep or scheme.lower() not in ("redis", "rediss", "redis+socket")):
            what = f"{scheme}:// brokers are not supported" if sep else "not a broker URL"
            raise ValueError(f"{what}; give a Redis URL (redis://host:6379/0)")
        return f"{scheme.lower()}://{rest}" if value else value  # REDIS://: redis://
