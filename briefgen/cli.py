"""The `briefgen` command line: parses options, calls the pipeline, reports. No logic of its own."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Annotated

import typer

from briefgen.errors import BriefgenError, describe

# Plain help (no rich panels): typer's panels print a type such as <bool> beside every flag.
app = typer.Typer(
    help="Daily briefs from news articles, every claim cited to its sources.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
sources_app = typer.Typer(
    help="Inspect the configured sources.", no_args_is_help=True, rich_markup_mode=None
)
app.add_typer(sources_app, name="sources")
db_app = typer.Typer(help="Manage the database.", no_args_is_help=True, rich_markup_mode=None)
app.add_typer(db_app, name="db")

ConfigOpt = Annotated[
    Path | None,
    typer.Option(
        "--config", "-c", help="Config file (default: ./briefgen.toml if present).", metavar="FILE"
    ),
]
_state = {"debug": False}


@app.callback()
def _main(
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks on errors.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log each stage.")] = False,
) -> None:
    _state["debug"] = debug
    handler = logging.StreamHandler()  # stderr
    handler.setFormatter(_LineFormatter())
    if not debug:
        handler.addFilter(_not_extraction)
    logging.basicConfig(
        level=logging.DEBUG if debug else logging.INFO if verbose else logging.WARNING,
        handlers=[handler],
    )
    # a new database's migrations are one line of briefgen.migrate's, not Alembic's dozen
    logging.getLogger("alembic").setLevel(logging.DEBUG if debug else logging.WARNING)


# Page extraction's libraries log what they meet in a page ("error: empty HTML tree", "warning:
# discarding data: None") as if briefgen had failed; briefgen says what counts about each
# page itself. Their lines are shown with --debug. A filter on the handler, not their levels:
# trafilatura sets htmldate's level when it is imported.
EXTRACTION_LOGGERS = ("trafilatura", "htmldate", "courlan", "justext", "charset_normalizer")


def _not_extraction(record: logging.LogRecord) -> bool:
    return record.name.partition(".")[0] not in EXTRACTION_LOGGERS


class _LineFormatter(logging.Formatter):
    """Warnings and errors look like the CLI's own ('warning: ...'); with -v, progress lines
    name their stage's module and carry the time of day."""

    def format(self, record: logging.LogRecord) -> str:
        if record.levelno >= logging.WARNING:
            line = f"{record.levelname.lower()}: {record.getMessage()}"
            if record.exc_info and _state["debug"]:  # a library's traceback: with --debug
                return f"{line}\n{self.formatException(record.exc_info)}"
            return line
        return f"{self.formatTime(record, '%H:%M:%S')} {record.name}: {record.getMessage()}"


AllowPrivateOpt = Annotated[
    bool,
    typer.Option(
        "--allow-private-networks",
        help="Let links found in feeds (and redirects to other hosts) reach loopback and "
        "private addresses.",
    ),
]


@app.command()
def generate(
    topics: Annotated[
        list[str] | None,
        typer.Argument(help="Topics from the config to build (default: all).", show_default=False),
    ] = None,
    config: ConfigOpt = None,
    source: Annotated[
        list[str] | None,
        typer.Option(
            "--source",
            "-s",
            help="Ad-hoc source: feed or page URL, file or folder. Repeatable.",
            metavar="URL|PATH",
            show_default=False,
        ),
    ] = None,
    topic: Annotated[
        str | None,
        typer.Option(help="Name of the ad-hoc topic built from --source.", metavar="NAME"),
    ] = None,
    include: Annotated[
        list[str] | None,
        typer.Option(
            help="Ad-hoc topic: keep articles naming any of these. Repeatable.", metavar="WORD"
        ),
    ] = None,
    exclude: Annotated[
        list[str] | None,
        typer.Option(
            help="Ad-hoc topic: drop articles naming any of these. Repeatable.", metavar="WORD"
        ),
    ] = None,
    since: Annotated[
        str | None,
        typer.Option(
            help="Time window before the brief's end, e.g. 24h, 3d (default: the topic's).",
            metavar="DURATION",
        ),
    ] = None,
    date: Annotated[
        str | None,
        typer.Option(
            help="The brief's date, YYYY-MM-DD (default: today in the topic's timezone).",
            metavar="YYYY-MM-DD",
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Output folder (default: ./output or the config's).",
            metavar="DIR",
        ),
    ] = None,
    fmt: Annotated[
        str, typer.Option("--format", help="Comma-separated: html,pdf,json.", metavar="LIST")
    ] = "html,pdf,json",
    provider: Annotated[
        str | None,
        typer.Option(
            help="Summarizer: extractive (offline, built in) or openai (any OpenAI-compatible "
            "API; key from OPENAI_API_KEY).",
            metavar="NAME",
        ),
    ] = None,
    model: Annotated[
        str | None, typer.Option(help="Model name for the provider.", metavar="NAME")
    ] = None,
    base_url: Annotated[
        str | None,
        typer.Option(
            help="OpenAI-compatible server, e.g. http://localhost:11434/v1 (implies openai).",
            metavar="URL",
        ),
    ] = None,
    email: Annotated[
        bool,
        typer.Option(
            "--email/--no-email",
            help="Email each brief to its topic's recipients (once each; see --force).",
        ),
    ] = False,
    force: Annotated[
        bool,
        typer.Option(
            "--force", help="Rebuild a brief already built for that date, and send it again."
        ),
    ] = False,
    dry_run: Annotated[
        bool,
        typer.Option(
            "--dry-run", help="Write the emails as .eml files under <output>/<date>/outbox/."
        ),
    ] = False,
    allow_private_networks: AllowPrivateOpt = False,
    digest: Annotated[
        bool,
        typer.Option(
            "--digest",
            help="Also write the day's digest of every brief of that date (built now or "
            "earlier): <output>/<date>/digest.html and .pdf, with a cover and a table of contents.",
        ),
    ] = False,
    local: Annotated[
        bool,
        typer.Option(
            "--local", help="Build in this process even when [queue] names a broker for workers."
        ),
    ] = False,
) -> None:
    """Build briefs now and print the paths written."""
    from briefgen.commands import generate_briefs

    _guard(
        lambda: generate_briefs(
            topics=topics or [],
            config=config,
            sources=source or [],
            topic=topic,
            include=include or [],
            exclude=exclude or [],
            since=since,
            date=date,
            output=output,
            formats=fmt,
            provider=provider,
            model=model,
            base_url=base_url,
            email=email,
            force=force,
            dry_run=dry_run,
            allow_private_networks=allow_private_networks,
            digest=digest,
            local=local,
        )
    )


@app.command()
def runs(
    config: ConfigOpt = None,
    limit: Annotated[int, typer.Option(help="How many runs to show.", min=1)] = 20,
    topic: Annotated[
        str | None, typer.Option(help="Only this topic's runs.", metavar="NAME")
    ] = None,
) -> None:
    """Recent runs: status, articles, stories, LLM calls, tokens, cost, deliveries, errors."""
    from briefgen.history import list_runs

    _guard(lambda: list_runs(config=config, limit=limit, topic=topic))


@app.command()
def send(
    brief: Annotated[
        Path, typer.Argument(help="The brief: its .json, .html or .pdf path.", show_default=False)
    ],
    to: Annotated[
        list[str],
        typer.Option(help="Recipient address. Repeatable.", metavar="ADDR", show_default=False),
    ],
    config: ConfigOpt = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Write .eml files instead of sending.")
    ] = False,
) -> None:
    """Email an existing brief by hand (SMTP settings from the config's email section)."""
    from briefgen.commands import send_existing

    _guard(lambda: send_existing(brief=brief, to=to, config=config, dry_run=dry_run))


@app.command()
def schedule(
    config: ConfigOpt = None,
    list_only: Annotated[
        bool, typer.Option("--list", help="Print each topic's next run time and exit.")
    ] = False,
) -> None:
    """Run the daily schedule in the foreground (one cron job per topic), or --list it."""
    from briefgen.commands import run_schedule

    _guard(lambda: run_schedule(config=config, list_only=list_only))


@app.command()
def worker(
    config: ConfigOpt = None,
    concurrency: Annotated[
        int, typer.Option(help="Briefs built at once (pool processes).", min=1, max=64)
    ] = 2,
) -> None:
    """Build the briefs that `generate` and `schedule` send to the [queue] broker."""
    from briefgen.config import load_settings
    from briefgen.workers import run_worker

    _guard(lambda: run_worker(load_settings(config), concurrency))


@db_app.command("upgrade")
def db_upgrade(config: ConfigOpt = None) -> None:
    """Bring the database's tables up to this briefgen (a no-op when they are)."""
    from briefgen.commands import upgrade_database

    _guard(lambda: upgrade_database(config=config))


@app.command()
def init(
    directory: Annotated[Path, typer.Argument(help="Where to write briefgen.toml.")] = Path("."),
    templates: Annotated[
        bool,
        typer.Option(
            "--templates", help="Also copy the templates/ and prompts/ folders to customise."
        ),
    ] = False,
    force: Annotated[bool, typer.Option(help="Overwrite existing files.")] = False,
) -> None:
    """Write a commented starter briefgen.toml."""
    from briefgen.commands import init_project

    _guard(lambda: init_project(directory, templates=templates, force=force))


@sources_app.command("check")
def sources_check(
    topics: Annotated[
        list[str] | None, typer.Argument(help="Topics to check (default: all).", show_default=False)
    ] = None,
    config: ConfigOpt = None,
    allow_private_networks: AllowPrivateOpt = False,
) -> None:
    """Fetch each configured source once and report its health."""
    from briefgen.health import check_sources

    _guard(
        lambda: check_sources(
            config=config, topics=topics or [], allow_private_networks=allow_private_networks
        )
    )


def _guard(action) -> None:
    """Run a command; an error becomes one line on stderr and an exit code (1 or 2). SIGTERM
    (a cron job's timeout, systemd's stop) interrupts it as Ctrl-C does, so the run in
    progress is recorded as interrupted, not left 'running'."""
    import signal

    previous = signal.signal(signal.SIGTERM, _terminated)
    try:
        code = action()
    except BriefgenError as e:
        if _state["debug"]:
            raise
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(e.exit_code) from None
    except KeyboardInterrupt:
        typer.echo("interrupted", err=True)
        raise typer.Exit(130) from None
    except Exception as e:  # a bug or an unforeseen library error: still one line, no traceback
        if _state["debug"]:
            raise
        typer.echo(
            f"error: unexpected {describe(e)}; rerun with --debug for the traceback and report it",
            err=True,
        )
        raise typer.Exit(1) from None
    finally:
        signal.signal(signal.SIGTERM, previous)
    if code:
        raise typer.Exit(code)


def _terminated(signum: int, frame: object) -> None:
    raise KeyboardInterrupt("SIGTERM")


GLOBAL_FLAGS = ("-v", "--verbose", "--debug")


def main() -> None:
    """Console-script entry point."""
    app(args=global_flags_first(sys.argv[1:]), prog_name="briefgen")


def global_flags_first(args: list[str]) -> list[str]:
    """The arguments with -v / --debug put before the command when given after it
    (`briefgen generate -v`): they are the app's, and no command has its own."""
    end = args.index("--") if "--" in args else len(args)
    flags = [a for a in args[:end] if a in GLOBAL_FLAGS]
    return flags + [a for a in args[:end] if a not in GLOBAL_FLAGS] + args[end:]
