"""What each CLI command does: build settings from options, call the stages, report."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
import time
from contextlib import nullcontext
from pathlib import Path

from pydantic import ValidationError
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from briefgen.config import (
    Settings,
    Topic,
    explain,
    load_settings,
    parse_duration,
    resolve_source,
)
from briefgen.errors import ConfigError
from briefgen.models import Brief

DEFAULT_OPENAI_MODEL = "gpt-4o-mini"


def _out() -> Console:
    """stdout, for results; tables are wide when piped so nothing is cut."""
    return Console(highlight=False, width=None if sys.stdout.isatty() else 200)


def _err() -> Console:
    """stderr, for progress, warnings and errors."""
    return Console(stderr=True, highlight=False, soft_wrap=True)


def generate_briefs(
    *,
    topics: list[str],
    config: Path | None,
    sources: list[str],
    topic: str | None,
    include: list[str],
    exclude: list[str],
    since: str | None,
    date: str | None,
    output: Path | None,
    formats: str,
    provider: str | None,
    model: str | None,
    base_url: str | None = None,
) -> int:
    """`briefgen generate`: one brief per topic; 1 if any topic failed."""
    from briefgen import pipeline
    from briefgen.archive import FORMATS
    from briefgen.store import Store

    settings = load_settings(config)
    _override(settings, output=output, provider=provider, model=model, base_url=base_url)
    _check_llm(settings, explicit=bool(provider or base_url))
    wanted = _parse_formats(formats, FORMATS)
    brief_date = _parse_date(date)
    chosen = _choose_topics(settings, topics, sources, topic, since, include, exclude)
    store = Store(settings.database)
    now = dt.datetime.now(dt.UTC)
    out, err = _out(), _err()
    failed = 0
    try:
        for t in chosen:
            label = escape(t.name)
            status = err.status(f"{label}: starting") if err.is_terminal else nullcontext()
            with status as spinner:

                def progress(stage: str, name: str = label, spinner=spinner) -> None:
                    if spinner is not None:
                        spinner.update(f"{name}: {stage}")

                result = pipeline.run(
                    settings, t, now, store, date=brief_date, formats=wanted, progress=progress
                )
            for problem in result.errors:
                err.print(
                    f"warning: {problem.error}"
                    if problem.error.startswith(problem.source)
                    else f"warning: {problem.source}: {problem.error}",
                    markup=False,
                )
            for line in _fallback_warnings(result.brief):
                err.print(f"warning: {line}", markup=False)
            if result.ok:
                for path in result.paths:
                    out.print(str(path), markup=False)
            else:
                failed += 1
                err.print(f"error: {t.name}: {result.message}", markup=False)
    finally:
        store.close()
    return 1 if failed else 0


def _fallback_warnings(brief: Brief | None) -> list[str]:
    """One line per reason the LLM could not write stories (the offline summarizer did)."""
    by_reason: dict[str, list[str]] = {}
    for story in brief.stories if brief else []:
        if story.fallback:
            by_reason.setdefault(story.fallback, []).append(story.title)
    total = len(brief.stories) if brief else 0
    return [
        f"{len(titles)}/{total} stories summarized offline ({reason}): {', '.join(titles)}"
        if len(titles) > 1
        else f"story {titles[0]!r} summarized offline ({reason})"
        for reason, titles in by_reason.items()
    ]


def list_runs(*, config: Path | None, limit: int, topic: str | None) -> int:
    """`briefgen runs`: a table of recent runs."""
    from briefgen.store import Store, database_exists, safe_url

    settings = load_settings(config)
    out, err = _out(), _err()
    records = []
    if database_exists(settings.database):  # listing runs must not create a database
        store = Store(settings.database)
        try:
            records = store.recent_runs(limit=limit, topic=topic)
        finally:
            store.close()
    if not records:
        what = f"no runs of topic {escape(topic)!r}" if topic else "no runs yet"
        err.print(f"{what} in {safe_url(settings.database)}; build one with 'briefgen generate'")
        return 0
    table = Table(
        "id",
        "topic",
        "date",
        "started (UTC)",
        "status",
        "articles",
        "dupes",
        "stories",
        "provider",
        "calls",
        "tokens in/out",
        "cost $",
        "time s",
        "errors",
        "message",
    )
    for r in records:
        table.add_row(
            str(r.id),
            escape(r.topic),
            r.brief_date.isoformat(),
            f"{r.started_at:%Y-%m-%d %H:%M}",
            r.status,
            str(r.articles),
            str(r.duplicates),
            str(r.stories),
            f"{r.provider}:{r.model}" if r.model else r.provider or "-",
            str(r.llm_calls),
            f"{r.prompt_tokens}/{r.completion_tokens}",
            f"{r.cost_usd:.4f}",
            f"{r.duration_s:.2f}",
            str(len(r.errors)),
            escape(r.message[:80]),
        )
    out.print(table)
    return 0


def check_sources(*, config: Path | None, topics: list[str]) -> int:
    """`briefgen sources check`: fetch each source once; 1 if any is broken."""
    from briefgen.gather import fetch_one, new_client
    from briefgen.sources import open_source
    from briefgen.text import redact_url

    settings = load_settings(config)
    if settings.config_file is None:
        raise ConfigError(
            "no config file: pass --config FILE, or create ./briefgen.toml with 'briefgen init'"
        )
    chosen = settings.find_topics(topics)
    if not chosen:
        raise ConfigError(f"no topics in {settings.config_file}; add a [[topics]] table")
    out = _out()
    table = Table("topic", "source", "status", "articles", "newest", "skipped", "seconds")
    broken = 0
    with new_client(settings.fetch) as client:
        for t in chosen:
            for spec in t.sources:
                started = time.perf_counter()
                fetched, error = fetch_one(open_source(spec), client, settings.fetch)
                newest = max((a.published for a in fetched.articles), default=None)
                broken += bool(error)
                table.add_row(
                    escape(t.name),
                    escape(redact_url(spec)),
                    f"[red]failed[/]: {escape(error)}" if error else "[green]ok[/]",
                    "-" if error else str(len(fetched.articles)),
                    f"{newest:%Y-%m-%d %H:%M}" if newest else "-",
                    str(len(fetched.skipped)),
                    f"{time.perf_counter() - started:.2f}",
                )
    out.print(table)
    return 1 if broken else 0


def init_project(directory: Path, *, templates: bool, force: bool) -> int:
    """`briefgen init`: a commented starter config, and optionally the templates to edit."""
    from importlib.resources import files

    from briefgen.archive import write_atomic
    from briefgen.render import packaged_dir

    out = _out()
    target = directory / "briefgen.toml"
    if target.exists() and not force:
        raise ConfigError(f"{target} already exists; use --force to overwrite it")
    write_atomic({target: files("briefgen").joinpath("starter.toml").read_text(encoding="utf-8")})
    out.print(str(target), markup=False)
    articles = directory / "articles"  # the starter topic's source folder
    if not articles.exists():
        articles.mkdir()
        out.print(str(articles), markup=False)
    if templates:
        for name in ("templates", "prompts"):
            dest = directory / name
            if dest.exists() and not force:
                raise ConfigError(f"{dest} already exists; use --force to overwrite it")
            try:
                shutil.copytree(packaged_dir(name), dest, dirs_exist_ok=True)
            except OSError as e:
                raise ConfigError(f"cannot copy the {name} to {dest} ({e.strerror or e})") from None
            out.print(str(dest), markup=False)
    return 0


def _override(
    settings: Settings,
    *,
    output: Path | None,
    provider: str | None,
    model: str | None,
    base_url: str | None,
) -> None:
    if base_url and provider is None:
        provider = "openai"
    for option, section, key, value in (
        ("--output", settings, "output_dir", output and output.expanduser().resolve()),
        ("--provider", settings.llm, "provider", provider),
        ("--model", settings.llm, "model", model),
        ("--base-url", settings.llm, "base_url", base_url),
    ):
        if value is not None:
            try:
                setattr(section, key, value)
            except ValidationError as e:
                raise ConfigError(f"{option}: {explain(e)}") from None


def _check_llm(settings: Settings, *, explicit: bool) -> None:
    """Fail early on an unusable openai setup: with --provider/--base-url given, a missing key
    is an error; set only in the config, it falls back to the offline summarizer (warned)."""
    llm = settings.llm
    if llm.provider != "openai":
        return
    if not llm.base_url and not os.environ.get(llm.api_key_env):
        from briefgen.summarize.openai import missing_key_message

        if explicit:
            raise ConfigError(missing_key_message(llm))
        _err().print(f"warning: {missing_key_message(llm)}; using extractive", markup=False)
        llm.provider = "extractive"
        return
    if not llm.model:
        if llm.base_url:
            raise ConfigError(
                "the openai provider needs a model name for a compatible server: give --model "
                "or set llm.model"
            )
        llm.model = DEFAULT_OPENAI_MODEL


def _choose_topics(
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
        except ValidationError as e:
            raise ConfigError(f"command line: {explain(e, model=Topic)}") from None
    if topic or include or exclude:
        raise ConfigError(
            "--topic, --include and --exclude describe an ad-hoc topic: add --source, "
            "or pass config topic names as arguments"
        )
    chosen = settings.find_topics(names)
    if not chosen:
        raise ConfigError(
            "nothing to do: pass --source PATH|URL, or add [[topics]] to "
            "briefgen.toml (create one with 'briefgen init')"
        )
    if since:
        try:
            window = parse_duration(since)
        except ValueError as e:
            raise ConfigError(f"--since: {e}") from None
        chosen = [t.model_copy(update={"since": window}) for t in chosen]
    return chosen


def _parse_formats(formats: str, known: tuple[str, ...]) -> list[str]:
    wanted = [f.strip().lower() for f in formats.split(",") if f.strip()]
    unknown = [f for f in wanted if f not in known]
    if unknown or not wanted:
        raise ConfigError(
            f"--format: unknown format {unknown[0] if unknown else '(none)'!r};"
            f" choose from {','.join(known)}"
        )
    return wanted


def _parse_date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ConfigError(f"--date: {value!r} is not a date; write YYYY-MM-DD") from None
