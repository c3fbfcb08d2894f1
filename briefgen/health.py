"""`briefgen sources check`: every configured source fetched once, as a run fetches it, and
a health table of what came back."""

from __future__ import annotations

import asyncio
from pathlib import Path
from zoneinfo import ZoneInfo

from rich.markup import escape
from rich.table import Table

from briefgen.commands import print_table
from briefgen.config import load_settings
from briefgen.errors import ConfigError
from briefgen.gather import fetch_all
from briefgen.store import Store
from briefgen.text import redact_url


def check_sources(
    *, config: Path | None, topics: list[str], allow_private_networks: bool = False
) -> int:
    """`briefgen sources check`: fetch each source once (conditional GETs, as a run would)
    and print its health; 1 if any is broken."""
    settings = load_settings(config)
    if settings.config_file is None:
        raise ConfigError(
            "no config file: pass --config FILE, or create ./briefgen.toml with 'briefgen init'"
        )
    chosen = settings.find_topics(topics)
    if not chosen:
        raise ConfigError(f"no topics in {settings.config_file}; add a [[topics]] table")
    if allow_private_networks:
        settings = settings.replace({"fetch.allow_private_networks": True})
    sources = list({s.url: s for t in chosen for s in t.sources}.values())
    store = Store(settings.database)
    try:
        results = asyncio.run(fetch_all(sources, settings.fetch, store=store))
        health = store.feed_health([s.url for s in sources])
    finally:
        store.close()
    tz = ZoneInfo(settings.timezone)
    table = Table("source", "status", "items", f"newest ({tz.key})", "seconds", "last error")
    for r in results:
        newest = max((a.published for a in r.fetched.articles), default=None)
        newest = newest and newest.astimezone(tz)
        last = health.get(r.spec)
        last_error = (
            f"{last.error_at.astimezone(tz):%Y-%m-%d %H:%M}: {last.error}"
            if last and last.error
            else "-"
        )
        unread = r.fetched.unread_pages(redact_url(r.spec))
        warnings = [*r.fetched.skipped, *([unread] if unread else [])]
        status = (
            "[red]failed[/]"
            if r.error
            else "[green]not modified[/]"
            if r.fetched.not_modified
            else "[yellow]ok, with warnings[/]"
            if warnings
            else "[green]ok[/]"
        )
        table.add_row(
            escape(redact_url(r.spec)),
            status,
            "-" if r.error else str(len(r.fetched.articles)),
            f"{newest:%Y-%m-%d %H:%M}" if newest else "-",
            f"{r.elapsed_s:.2f}",
            escape(r.error or _skipped(warnings) or last_error),
        )
    print_table(table)
    return 1 if any(r.error for r in results) else 0


def _skipped(skipped: list) -> str:
    """A folder's files it could not use: the first named with its reason, and how many more
    (`briefgen generate` warns of each)."""
    if not skipped:
        return ""
    first = f"{Path(skipped[0].source).name}: {skipped[0].error}"
    more = len(skipped) - 1
    return f"{first} (and {more} more file{'s' if more > 1 else ''} skipped)" if more else first
