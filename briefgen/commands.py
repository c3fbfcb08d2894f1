"""What each CLI command does: build settings from options, call the stages, report."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
from pathlib import Path
from typing import NoReturn

from pydantic import ValidationError
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from briefgen.arguments import (
    OPTIONS,
    changes_of,
    check_writable,
    choose_topics,
    email_configured,
    not_after_today,
    parse_date,
    parse_formats,
)
from briefgen.config import explain, load_settings
from briefgen.errors import ConfigError
from briefgen.models import Brief


def stdout_console() -> Console:
    """stdout, for results (tables: print_table)."""
    return Console(highlight=False, width=None if sys.stdout.isatty() else 200)


def print_table(table: Table) -> None:
    """A table on stdout: drawn for a terminal, a cell too wide for its column folded onto
    more lines, not cut short with "…"; piped, one tab-separated line per row under a line
    of the column names, nothing cut or wrapped (for grep, cut and spreadsheets)."""
    if sys.stdout.isatty():
        for column in table.columns:
            column.overflow = "fold"
        stdout_console().print(table)
        return
    columns = [[Text.from_markup(str(c)).plain for c in column.cells] for column in table.columns]
    lines = ["\t".join(str(column.header) for column in table.columns)]
    lines += ["\t".join(cells) for cells in zip(*columns, strict=True)]
    sys.stdout.write("".join(f"{line}\n" for line in lines))


class _WarningsOnce(Console):
    """A console that prints each warning line once: a feed that three topics read gives
    its one problem once, not three times (each brief still lists it under its sources)."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._said: set[str] = set()

    def print(self, *objects, **kwargs) -> None:
        line = objects[0] if len(objects) == 1 and isinstance(objects[0], str) else ""
        if line.startswith("warning: "):
            if line in self._said:
                return
            self._said.add(line)
        super().print(*objects, **kwargs)


def stderr_console() -> Console:
    """stderr, for progress, warnings (each once) and errors."""
    return _WarningsOnce(stderr=True, highlight=False, soft_wrap=True)


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
    email: bool = False,
    force: bool = False,
    dry_run: bool = False,
    allow_private_networks: bool = False,
    digest: bool = False,
    local: bool = False,
) -> int:
    """`briefgen generate`: one brief per topic (and with `digest`, one digest of them all),
    built here or, with a broker configured (and not `local`), by the workers; the exit
    code of the worst outcome (`runner.exit_code`)."""
    from briefgen.app import App
    from briefgen.archive import FORMATS
    from briefgen.runner import Options, exit_code, refresh_archive, run_topic

    changes = changes_of(
        output=output,
        provider=provider,
        model=model,
        base_url=base_url,
        allow_private_networks=allow_private_networks,
    )
    settings = load_settings(config)
    for key, value in changes.items():  # one at a time: an error names its option
        settings = settings.replace({key: value}, source=OPTIONS[key])
    check_writable(settings.output_dir, "--output" if output else "output_dir")
    options = Options(
        date=parse_date(date),
        formats=parse_formats(formats, FORMATS),
        email=email or dry_run,
        force=force,
        dry_run=dry_run,
    )
    chosen = choose_topics(settings, topics, sources, topic, since, include, exclude)
    if email and not dry_run:
        email_configured(settings, chosen)
    not_after_today(options.date, settings.date, [settings.topic_tz(t) for t in chosen])
    explicit = bool(provider or base_url)
    now = dt.datetime.now(dt.UTC)
    out, err = stdout_console(), stderr_console()
    briefs: list[Brief] = []
    with App.open(settings, llm_explicit=explicit) as app:
        for warning in app.warnings:
            err.print(f"warning: {warning}", markup=False)
        if settings.queue.broker_url and not local:
            from briefgen.workers import build_remotely

            outcomes = build_remotely(
                app.settings, chosen, now, options, changes, explicit, out, err, briefs
            )
        else:
            outcomes = [
                run_topic(app.settings, t, app.store, now, options, out, err, briefs)
                for t in chosen
            ]
        from briefgen.digest import make_digest, refresh_stale_digest

        if digest:
            made = make_digest(app.settings, app.store, briefs, now, options.formats, out, err)
        else:
            made = refresh_stale_digest(app.settings, app.store, briefs, now, out, err)
        if made is not None:
            outcomes.append("ok" if made else "failed")
        refresh_archive(app.settings, app.store, now, err)
    return exit_code(outcomes)


def send_existing(*, brief: Path, to: list[str], config: Path | None, dry_run: bool) -> int:
    """`briefgen send`: email a brief already written (its JSON, HTML or PDF path) by hand."""
    from briefgen.app import App
    from briefgen.outbox import send_brief, why_not

    settings = load_settings(config)
    if "email" not in settings.model_fields_set and not dry_run:  # a dry run sends nothing
        raise ConfigError(
            "no [email] section in the config: give --config with the SMTP server to use"
        )
    json_path = brief.with_suffix(".json")
    try:
        the_brief = Brief.model_validate_json(json_path.read_text(encoding="utf-8"))
    except OSError:
        raise ConfigError(
            f"no brief at {brief} (its JSON, {json_path.name}, is not there); give a .json, "
            ".html or .pdf path that 'briefgen generate' printed"
        ) from None
    except ValidationError as e:
        raise ConfigError(f"{json_path} is not a briefgen brief ({explain(e)})") from None
    recipients = [_address(a) for a in to]
    # the PDF next to the JSON, wherever it is
    settings = settings.replace({"output_dir": json_path.parent.parent})
    out, err = stdout_console(), stderr_console()
    with App.open(settings, summarizes=False) as app:
        done = send_brief(
            the_brief, recipients, app.settings, app.store, dt.datetime.now(dt.UTC),
            force=True, dry_run=dry_run,
        )  # fmt: skip
    for path in done.written:
        out.print(str(path), markup=False)
    for r in done.sent:
        err.print(f"sent to {r}", markup=False)
    for r, error in done.failed:
        err.print(f"error: not delivered to {r}: {why_not(r, error)}", markup=False)
    return 1 if done.failed else 0


def _address(value: str) -> str:
    from briefgen.fields import check_address, check_header_safe

    try:
        return check_address(check_header_safe(value.strip()))
    except ValueError as e:
        raise ConfigError(f"--to: {e}") from None


def run_schedule(*, config: Path | None, list_only: bool) -> int:
    """`briefgen schedule`: run the scheduler in the foreground, or list next run times."""
    import threading

    from briefgen import schedule

    settings = load_settings(config)
    if settings.config_file is None:
        raise ConfigError("the scheduler needs a config file: give --config or create one")
    scheduled = schedule.scheduler_topics(settings)
    if not scheduled:
        raise ConfigError(
            f"no topic in {settings.config_file} has a schedule; add e.g. "
            'schedule = "0 7 * * mon-fri" to a topic'
        )
    if not list_only:
        email_configured(settings, scheduled)
    if list_only:
        from briefgen.schedule_list import next_runs

        table = Table("topic", "schedule", "timezone", "next run")
        for topic, when, note in next_runs(settings, dt.datetime.now(dt.UTC)):
            tz = settings.topic_tz(topic).key
            shown = f"{when:%Y-%m-%d %H:%M %Z}" if when else "never"
            table.add_row(
                escape(topic.name), topic.schedule, tz, f"{shown} ({note})" if note else shown
            )
        print_table(table)
        return 0
    from briefgen.app import App

    stop = threading.Event()
    schedule.stop_on_signals(stop)
    err = stderr_console()
    report = lambda line: err.print(line, markup=False)  # noqa: E731
    try:
        with App.open(settings) as app:  # each run settles the summarizer again, as it loads
            for warning in app.warnings:
                err.print(f"warning: {warning}", markup=False)
            schedule.run_forever(app.settings, app.store, settings.config_file, stop, report)
    except KeyboardInterrupt:  # the second signal: the run is recorded as interrupted
        report("interrupted: scheduler stopped without waiting for the run in progress")
        _exit_now(130)
    report("scheduler stopped")
    return 0


def _exit_now(code: int) -> NoReturn:
    """Exit without joining the scheduler's job threads: a run in progress would hold the
    exit until it ended. Its files are written atomically, so none is left half-written."""
    import logging

    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def init_project(directory: Path, *, templates: bool, force: bool) -> int:
    """`briefgen init`: a commented starter config, and optionally the templates to edit."""
    from importlib.resources import files

    from briefgen.archive import write_atomic
    from briefgen.render import packaged_dir

    out = stdout_console()
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


def upgrade_database(*, config: Path | None) -> int:
    """`briefgen db upgrade`: apply the migrations this briefgen has and the database lacks."""
    from briefgen.migrate import db_upgrade

    stdout_console().print(db_upgrade(load_settings(config).database), markup=False)
    return 0
