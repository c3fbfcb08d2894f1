"""briefgen.toml: pydantic models for the settings, loading, env overrides and error messages."""

from __future__ import annotations

import datetime as dt
import difflib
import os
import re
import tomllib
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationError,
    field_validator,
    model_validator,
)

from briefgen.errors import ConfigError
from briefgen.fields import Address, Cron, Duration, SingleLine, TimezoneName
from briefgen.text import slugify

DEFAULT_CONFIG = "briefgen.toml"
DIGEST_SLUG = "digest"  # <date>/digest.{html,pdf}: all topics of a `generate --digest` run


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
    max_calls: int = Field(60, ge=1, description="hard cap on LLM requests per brief")
    temperature: float | None = Field(
        None, ge=0, le=2, description="unset: the model's default (reasoning models allow no other)"
    )
    max_output_tokens: int = Field(2000, ge=100)
    story_tokens: int = Field(6000, ge=500, description="article text sent per story")
    token_budget: int | None = Field(None, ge=1000, description="prompt+completion per brief")
    ungrounded: Literal["flag", "drop"] = "flag"
    cache: bool = True
    prices: dict[str, Price] = {}

    @field_validator("base_url")
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


class EmailSettings(_Section):
    host: str = "localhost"
    port: int = Field(587, ge=1, le=65535)
    security: Literal["none", "starttls", "ssl"] = "starttls"
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

    broker_url: str = Field("", description="redis://host:6379/0 or amqp://...; empty: local")
    visibility_timeout_s: float = Field(
        3600.0,
        gt=0,
        description="an unacknowledged brief goes to another worker after this long: "
        "make it longer than any brief takes",
    )
    wait_s: float = Field(3600.0, gt=0, description="how long `generate` waits for the workers")


class Topic(_Section):
    name: SingleLine
    since: Duration = dt.timedelta(hours=24)
    schedule: Cron | None = None
    timezone: TimezoneName | None = None
    include: list[str] = []
    exclude: list[str] = []
    recipients: list[Address] = []
    sources: list[SourceConfig] = Field(min_length=1)
    languages: list[str] = Field(
        [], description="ISO 639-1 codes to keep, e.g. ['en', 'de']; empty: all"
    )
    max_stories: int = Field(8, ge=1, le=50)
    continuing: Literal["collapse", "omit"] = Field(
        "collapse", description="stories with nothing new since the last brief"
    )

    @field_validator("sources", mode="before")
    @classmethod
    def _plain_sources(cls, value: Any) -> Any:
        if isinstance(value, list):
            return [{"url": v} if isinstance(v, str) else v for v in value]
        return value

    @field_validator("languages")
    @classmethod
    def _language_codes(cls, value: list[str]) -> list[str]:
        for code in value:
            if not re.fullmatch(r"[a-z]{2}", code.lower()):
                raise ValueError(f"{code!r} is not an ISO 639-1 code; write e.g. 'en' or 'de'")
        return [c.lower() for c in value]

    @field_validator("name")
    @classmethod
    def _not_the_digest(cls, value: str) -> str:
        if slugify(value) == DIGEST_SLUG:
            raise ValueError(
                f"a topic named {value!r} would share its files with the digest "
                f"(<date>/{DIGEST_SLUG}.*); rename it"
            )
        return value


class Settings(_Section):
    output_dir: Path = Path("output")
    database: str = "sqlite:///.briefgen/briefgen.db"
    timezone: TimezoneName = "UTC"
    date: dt.date | None = Field(None, description="pin the brief date (demos, reproducible runs)")
    templates_dir: Path | None = None
    prompts_dir: Path | None = None
    fetch: FetchSettings = FetchSettings()
    llm: LLMSettings = LLMSettings()
    email: EmailSettings = EmailSettings()
    schedule: ScheduleSettings = ScheduleSettings()
    render: RenderSettings = RenderSettings()
    queue: QueueSettings = QueueSettings()
    topics: list[Topic] = []
    _config_file: Path | None = PrivateAttr(default=None)

    @model_validator(mode="after")
    def _distinct_slugs(self) -> Settings:
        """Two topics must not write the same files."""
        seen: dict[str, str] = {}
        for topic in self.topics:
            slug = slugify(topic.name)
            if slug in seen:
                raise ValueError(
                    f"topics {seen[slug]!r} and {topic.name!r} would write the same "
                    f"files ({slug}.*); rename one"
                )
            seen[slug] = topic.name
        return self

    @property
    def config_file(self) -> Path | None:
        """The file these settings were read from; None when no config file was used."""
        return self._config_file

    def replace(self, changes: dict[str, Any], source: str = "command line") -> Settings:
        """A validated copy with `changes` applied, keyed by dotted name ('llm.model');
        a bad value is a ConfigError naming the key."""
        data = self.model_dump()
        for dotted, value in changes.items():
            *path, key = dotted.split(".")
            target = data
            for part in path:
                target = target[part]
            target[key] = value
        try:
            changed = Settings.model_validate(data)
        except ValidationError as e:
            raise ConfigError(f"{source}: {explain(e)}") from None
        changed._config_file = self._config_file
        return changed

    def topic_tz(self, topic: Topic) -> ZoneInfo:
        return ZoneInfo(topic.timezone or self.timezone)

    def find_topics(self, names: list[str]) -> list[Topic]:
        """The topics named (all when `names` is empty); unknown names are a ConfigError."""
        if not names:
            return list(self.topics)
        by_name = {t.name.casefold(): t for t in self.topics}
        unknown = [n for n in names if n.casefold() not in by_name]
        if unknown:
            known = ", ".join(repr(t.name) for t in self.topics) or "none"
            raise ConfigError(f"unknown topic {unknown[0]!r}; topics in the config: {known}")
        return [by_name[n.casefold()] for n in names]


def load_settings(path: Path | None) -> Settings:
    """Read and validate a config file (None: ./briefgen.toml if present, else defaults)."""
    if path is None:
        path = Path(DEFAULT_CONFIG)
        if not path.is_file():
            return build_settings({}, Path.cwd(), source="defaults")
    if not path.is_file():
        raise ConfigError(f"config file {path} not found; create one with 'briefgen init'")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{path}: not valid TOML ({e})") from None
    except (OSError, UnicodeDecodeError) as e:
        raise ConfigError(f"{path}: cannot read the config file ({e})") from None
    settings = build_settings(data, path.resolve().parent, source=str(path))
    settings._config_file = path.resolve()  # a private attribute: not frozen
    return settings


def build_settings(data: dict[str, Any], base_dir: Path, source: str) -> Settings:
    """Validate raw settings, resolve paths against `base_dir`, then apply env overrides
    (whose relative paths are taken from the working directory, like any shell path)."""
    try:
        settings = Settings.model_validate(data)
    except ValidationError as e:
        raise ConfigError(f"{source}: {explain(e)}") from None
    resolved: dict[str, Any] = {
        "output_dir": resolve_path(settings.output_dir, base_dir),
        "database": resolve_sqlite_url(settings.database, base_dir),
        "topics": [
            t.model_copy(
                update={
                    "sources": [
                        s.model_copy(update={"url": resolve_source(s.url, base_dir)})
                        for s in t.sources
                    ]
                }
            )
            for t in settings.topics
        ],
    }
    for key in ("templates_dir", "prompts_dir"):
        if getattr(settings, key) is not None:
            resolved[key] = resolve_path(getattr(settings, key), base_dir)
    if os.environ.get("BRIEFGEN_OUTPUT_DIR"):
        resolved["output_dir"] = resolve_path(Path(os.environ["BRIEFGEN_OUTPUT_DIR"]), Path.cwd())
    if os.environ.get("BRIEFGEN_DATABASE"):
        resolved["database"] = resolve_sqlite_url(os.environ["BRIEFGEN_DATABASE"], Path.cwd())
    return settings.model_copy(update=resolved)  # values of the right types: no re-validation


def resolve_path(path: Path, base_dir: Path) -> Path:
    path = path.expanduser()
    return (path if path.is_absolute() else base_dir / path).resolve()


def resolve_source(spec: str, base_dir: Path) -> str:
    """URLs stay as they are; file and folder paths become absolute."""
    if re.match(r"^[a-z][a-z0-9+.-]*://", spec, re.IGNORECASE):
        return spec
    return str(resolve_path(Path(spec), base_dir))


def resolve_sqlite_url(url: str, base_dir: Path) -> str:
    """Make a relative SQLite path absolute; other database URLs are left alone."""
    prefix = "sqlite:///"
    if url.startswith(prefix) and url != prefix + ":memory:" and not url.startswith(prefix + "/"):
        return prefix + str((base_dir / url[len(prefix) :]).resolve())
    return url


def explain(error: ValidationError, model: type[BaseModel] | None = None) -> str:
    """One line for the first validation error: where, what, and the fix."""
    err = error.errors()[0]
    loc = _location(err["loc"])
    if err["type"] == "extra_forbidden":
        key = str(err["loc"][-1])
        allowed = _allowed_keys(err["loc"][:-1], model or Settings)
        guess = difflib.get_close_matches(key, allowed, n=1)
        hint = f"did you mean {guess[0]!r}?" if guess else f"allowed keys: {', '.join(allowed)}"
        return f"unknown key {loc!r}; {hint}"
    if err["type"] == "missing":
        return f"missing key {loc!r}; add it to the config"
    message = err["msg"].removeprefix("Value error, ")
    if not loc:  # a check of the whole config: its input is the config itself, not worth showing
        return message
    got = repr(err.get("input"))
    return f"{loc}: {message}" if got in message else f"{loc}: {message} (got {got})"


def _location(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _allowed_keys(loc: tuple[Any, ...], model: type[BaseModel]) -> list[str]:
    for part in loc:
        if isinstance(part, int):
            continue
        annotation = model.model_fields[str(part)].annotation
        inner = getattr(annotation, "__args__", (annotation,))[0]
        if isinstance(inner, type) and issubclass(inner, BaseModel):
            model = inner
    return sorted(model.model_fields)
