"""The command line's options checked and turned into settings and topics before any work:
`generate`'s changes to the config, its ad-hoc topic or the config's topics, the output folder,
formats and date, and whether a run that sends mail has a server to send it through."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import ValidationError

from briefgen.config import Settings, Topic, explain, resolve_source
from briefgen.errors import ConfigError
from briefgen.fields import parse_duration

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo


# The options of `generate` that change a setting of the config, by dotted setting name.
OPTIONS = {
    "output_dir": "--output",
    "llm.provider": "--provider",
    "llm.model": "--model",
    "llm.base_url": "--base-url",
    "fetch.allow_private_networks": "--allow-private-networks",
}
# The options of `generate` that make an ad-hoc topic, by the topic's field.
ADHOC_OPTIONS = {
    "name": "--topic",
    "sources": "--source",
    "since": "--since",
    "include": "--include",
    "exclude": "--exclude",
}


def changes_of(
    *,
    output: Path | None,
    provider: str | None,
    model: str | None,
    base_url: str | None,
    allow_private_networks: bool,
) -> dict[str, object]:
    """The command line's changes to the config, by dotted setting name (`Settings.replace`;
    the workers apply the same to theirs)."""
    if base_url and provider is None:
        provider = "openai"
    given = [flag for flag, value in (("--model", model), ("--base-url", base_url)) if value]
    if provider == "extractive" and given:
        flags = " and ".join(given)
        raise ConfigError(
            f"{flags} {'is' if len(given) == 1 else 'are'} for an LLM, and --provider "
            f"extractive uses none: give --provider openai, or leave out {flags}"
        )
    changes = {
        "output_dir": output and str(output.expanduser().resolve()),
        "llm.provider": provider,
        "llm.model": model,
        "llm.base_url": base_url,
        "fetch.allow_private_networks": allow_private_networks or None,
    }
    return {key: value for key, value in changes.items() if value is not None}


def choose_topics(
    settings: Settings,
    names: list[str],
    sources: list[str],
    topic: str | None,
    since: str | None,
    include: list[str],
    exclude: list[str],
) -> list[Topic]:
    """Config topics (optionally by name), or one ad-hoc topic from --source and friends."""
    if sources:
        if names:
            raise ConfigError("give either topic names or --source, not both")
        adhoc = {
            "name": topic or "Brief",
            "sources": [resolve_source(s, Path.cwd()) for s in sources],
            "include": include,
            "exclude": exclude,
            **({"since": since} if since else {}),
        }
        try:
            return [Topic.model_validate(adhoc)]
        except ValidationError as e:  # said of the option, as the other options' errors are
            said = explain(e, model=Topic)
            field = str((e.errors()[0]["loc"] or ("",))[0])
            option = ADHOC_OPTIONS.get(field)
            raise ConfigError(
                f"{option}{said.removeprefix(field)}" if option else f"command line: {said}"
            ) from None
    if topic or include or exclude:
        raise ConfigError(
            "--topic, --include and --exclude describe an ad-hoc topic: add --source, "
            "or pass config topic names as arguments"
        )
    chosen = settings.find_topics(names)
    if not chosen:
        where = settings.config_file or "briefgen.toml (create one with 'briefgen init')"
        raise ConfigError(f"nothing to do: pass --source PATH|URL, or add [[topics]] to {where}")
    if since:
        try:
            window = parse_duration(since)
        except ValueError as e:
            raise ConfigError(f"--since: {e}") from None
        chosen = [t.model_copy(update={"since": window}) for t in chosen]
    return chosen


def email_configured(settings: Settings, topics: list[Topic]) -> None:
    """Refuse to send without an [email] section: its defaults (localhost:587) are no server
    anybody chose."""
    if "email" in settings.model_fields_set:
        return
    if named := [t.name for t in topics if t.recipients]:
        raise ConfigError(
            f"topic {named[0]!r} has recipients but the config has no [email] section: add "
            "one with the SMTP server to use (host, port, sender), or give --dry-run to write "
            "the messages as .eml files"
        )


def check_writable(folder: Path, option: str) -> None:
    """Fail before any work when briefs could not be written to `folder` (made if missing)."""
    existing = next(p for p in (folder, *folder.parents) if p.exists())
    if not existing.is_dir():
        raise ConfigError(f"{option}: {existing} is a file, not a folder; give a folder for briefs")
    if not os.access(existing, os.W_OK | os.X_OK):
        raise ConfigError(f"{option}: cannot write to {existing}; give a folder you can write to")


def parse_formats(formats: str, known: tuple[str, ...]) -> list[str]:
    wanted = [f.strip().lower() for f in formats.split(",") if f.strip()]
    unknown = [f for f in wanted if f not in known]
    if unknown or not wanted:
        raise ConfigError(
            f"--format: unknown format {unknown[0] if unknown else '(none)'!r};"
            f" choose from {','.join(known)}"
        )
    return wanted


def parse_date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ConfigError(f"--date: {value!r} is not a date; write YYYY-MM-DD") from None


def not_after_today(date: dt.date | None, pinned: dt.date | None, zones: list[ZoneInfo]) -> None:
    """Refuse a --date, or else the config's `date`, after today in the topics' timezones: a
    brief of today's news dated in the future."""
    now = dt.datetime.now(dt.UTC)
    day, name = (date, "--date") if date else (pinned, "date (config)")
    if day and zones and day > max(now.astimezone(zone).date() for zone in zones):
        raise ConfigError(f"{name}: {day} is in the future; a brief is of today or an earlier day")
