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
    Field,
    PrivateAttr,
    ValidationError,
    field_validator,
    model_validator,
)

from briefgen.errors import ConfigError
from briefgen.fields import Address, Cron, Duration, SingleLine, TimezoneName
from briefgen.sections import (
    EmailSettings,
    FetchSettings,
    LLMSettings,
    QueueSettings,
    RenderSettings,
    ScheduleSettings,
    SourceConfig,
    _Section,
)
from briefgen.text import slugify

__all__ = [  # the sections are part of the config's interface, as they always were
    "EmailSettings",
    "FetchSettings",
    "LLMSettings",
    "QueueSettings",
    "RenderSettings",
    "ScheduleSettings",
    "Settings",
    "SourceConfig",
    "Topic",
]

DEFAULT_CONFIG = "briefgen.toml"
DIGEST_SLUG = "digest"  # <date>/digest.{html,pdf}: all topics of a `generate --digest` run


class Topic(_Section):
    name: SingleLine
    since: Duration = dt.timedelta(hours=24)
    schedule: Cron | None = None
    timezone: TimezoneName | None = None
    include: list[str] = Field(default_factory=list)
    exclude: list[str] = Field(default_factory=list)
    recipients: list[Address] = Field(default_factory=list)
    sources: list[SourceConfig] = Field(min_length=1)
    languages: list[str] = Field(
        [], description="ISO 639-1 codes to keep, e.g. ['en', 'de']; empty: all"
    )
    brief_language: str | None = Field(
        None, description="ISO 639-1 language the LLM writes this brief in; None: the global one"
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
        return [language_code(c) for c in value]

    @field_validator("brief_language")
    @classmethod
    def _brief_language(cls, value: str | None) -> str | None:
        return value and language_code(value)

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
    brief_language: str = Field("en", description="ISO 639-1 language the LLM writes briefs in")
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
    topics: list[Topic] = Field(default_factory=list)
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
        data = self.model_dump(exclude_unset=True)  # what the config set stays all that is set
        for dotted, value in changes.items():
            *path, key = dotted.split(".")
            target = data
            for part in path:
                target = target.setdefault(part, {})
            target[key] = value
        try:
            changed = Settings.model_validate(data)
        except ValidationError as e:
            raise ConfigError(f"{source}: {explain(e)}") from None
        changed._config_file = self._config_file
        return changed

    @field_validator("brief_language")
    @classmethod
    def _brief_language(cls, value: str) -> str:
        return language_code(value)

    def language_of(self, topic: Topic) -> str:
        """The language `topic`'s brief is written in (the LLM's; sources may be in any)."""
        return topic.brief_language or self.brief_language

    def topic_tz(self, topic: Topic) -> ZoneInfo:
        return ZoneInfo(topic.timezone or self.timezone)

    def find_topics(self, names: list[str]) -> list[Topic]:
        """The topics named (all when `names` is empty), by name in any case or by the slug
        their files are named by ('tech-and-markets'); unknown names are a ConfigError."""
        if not names:
            return list(self.topics)
        by_name = {key: t for t in self.topics for key in (slugify(t.name), t.name.casefold())}
        unknown = [n for n in names if n.casefold() not in by_name]
        if unknown:
            known = ", ".join(repr(t.name) for t in self.topics) or "none"
            raise ConfigError(f"unknown topic {unknown[0]!r}; topics in the config: {known}")
        return [by_name[n.casefold()] for n in names]


# ISO 639-1 codes withdrawn and what replaced them (older systems still write them)
WITHDRAWN = {"iw": "he", "in": "id", "ji": "yi", "jw": "jv", "mo": "ro"}


def language_code(code: str) -> str:
    """An ISO 639-1 code, lower-cased; a ValueError naming the mistake otherwise, and the
    language meant when the code is a withdrawn one ('iw': Hebrew's is 'he') or a country's
    ('jp': Japan's is 'ja'): a code no language has would keep no article, and say nothing."""
    import pycountry

    lower = code.lower()
    if re.fullmatch(r"[a-z]{2}", lower) and pycountry.languages.get(alpha_2=lower):
        return lower
    hint = "write e.g. 'en' or 'de'"
    if lower in WITHDRAWN:
        hint = f"{code!r} was withdrawn from ISO 639-1; write {WITHDRAWN[lower]!r}"
    elif re.fullmatch(r"[a-z]{2}", lower) and (country := pycountry.countries.get(alpha_2=lower)):
        from babel import Locale, UnknownLocaleError

        try:
            spoken = Locale.parse(f"und_{lower.upper()}").language
        except (ValueError, UnknownLocaleError):
            spoken = ""
        if spoken and pycountry.languages.get(alpha_2=spoken):
            hint = f"{code!r} is {country.name}'s country code; its language's is {spoken!r}"
    raise ValueError(f"{code!r} is not an ISO 639-1 language code; {hint}")


def load_settings(path: Path | None) -> Settings:
    """Read and validate a config file (None: ./briefgen.toml if present, else defaults)."""
    if path is None:
        path = Path(DEFAULT_CONFIG)
        if not path.is_file():
            return build_settings({}, Path.cwd(), source="defaults")
    if path.is_dir():
        raise ConfigError(f"config file {path} is a folder; give the .toml file in it")
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
    if settings.email.ca_file:
        ca_file = resolve_path(Path(settings.email.ca_file), base_dir)
        if problem := unusable_ca_file(ca_file):
            raise ConfigError(f"{source}: email.ca_file: {problem}")
        resolved["email"] = settings.email.model_copy(update={"ca_file": str(ca_file)})
    if os.environ.get("BRIEFGEN_OUTPUT_DIR"):
        resolved["output_dir"] = resolve_path(Path(os.environ["BRIEFGEN_OUTPUT_DIR"]), Path.cwd())
    if os.environ.get("BRIEFGEN_DATABASE"):
        resolved["database"] = resolve_sqlite_url(os.environ["BRIEFGEN_DATABASE"], Path.cwd())
    if broker := os.environ.get("BRIEFGEN_BROKER_URL"):  # with its password, out of the file
        try:
            resolved["queue"] = QueueSettings.model_validate(
                settings.queue.model_dump() | {"broker_url": broker}
            )
        except ValidationError as e:  # said without the value, which holds a password
            why = e.errors()[0]["msg"].removeprefix("Value error, ")
            raise ConfigError(f"BRIEFGEN_BROKER_URL: {why}") from None
    return settings.model_copy(update=resolved)  # values of the right types: no re-validation


def unusable_ca_file(path: Path) -> str:
    """Why `path` is no file of CA certificates in PEM that TLS could trust ('' if it is)."""
    import ssl

    try:
        ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT).load_verify_locations(cafile=path)
    except OSError as e:
        if isinstance(e, ssl.SSLError):
            return f"{path} holds no PEM certificate ({e.reason or e}); give the CA's .pem file"
        return f"cannot read {path} ({e.strerror or e})"
    return ""


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


# what to write instead, by the kind of value pydantic could not read ('date_parsing', ...)
FIXES = {"date": "; write YYYY-MM-DD, e.g. 2026-12-01"}


def explain(error: ValidationError, model: type[BaseModel] | None = None) -> str:
    """One line for the first validation error, or for an unknown key when there is one (a
    misspelt key also leaves the key it meant missing): where, what, and the fix."""
    errors = error.errors()
    err = next((e for e in errors if e["type"] == "extra_forbidden"), errors[0])
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
    if err["type"] == "list_type" and isinstance(err.get("input"), dict):
        table = loc.split(".")[-1]  # [topics] where [[topics]] was meant: one table, not a list
        return f"{loc}: a list of tables is wanted; write each one under [[{table}]], not [{table}]"
    got = repr(err.get("input"))
    said = f"{loc}: {message}" if got in message else f"{loc}: {message} (got {got})"
    return said + FIXES.get(err["type"].split("_")[0], "")


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
