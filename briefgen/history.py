"""`briefgen runs`: the table of recent runs, their outcome, LLM use and deliveries."""

from __future__ import annotations

from pathlib import Path

from rich.markup import escape
from rich.table import Table

from briefgen.commands import print_table, stderr_console
from briefgen.config import load_settings
from briefgen.store import INTERRUPTED, run_ended


def list_runs(*, config: Path | None, limit: int, topic: str | None) -> int:
    """`briefgen runs`: a table of recent runs."""
    from briefgen.app import App
    from briefgen.engines import database_exists, safe_url

    settings = load_settings(config)
    err = stderr_console()
    records, sent = [], {}
    if database_exists(settings.database):  # listing runs must not create a database
        with App.open(settings, summarizes=False) as app:
            records = app.store.recent_runs(limit=limit, topic=topic)
            sent = app.store.deliveries([r.id for r in records])
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
        "answers/calls",
        "tokens in/out",
        "cost $",
        "sent",
        "time s",
        "errors",
    )
    table.add_column("message", min_width=30, overflow="fold")  # wrapped whole, not cut
    for r in records:
        status, message = _as_it_stands(r.status, r.message)
        table.add_row(
            str(r.id),
            escape(r.topic),
            r.brief_date.isoformat(),
            f"{r.started_at:%Y-%m-%d %H:%M}",
            status,
            str(r.articles),
            str(r.duplicates),
            str(r.stories),
            f"{r.provider}:{r.model}" if r.model else r.provider or "-",
            f"{r.llm_calls_ok}/{r.llm_calls}",
            f"{r.prompt_tokens}/{r.completion_tokens}",
            f"{r.cost_usd:.4f}",
            _deliveries(sent.get(r.id, {})),
            f"{r.duration_s:.2f}",
            str(len(r.errors)),
            escape(message),
        )
    print_table(table)
    return 0


def _as_it_stands(status: str, message: str) -> tuple[str, str]:
    """A run's status and message as they stand now: one still 'running' in a process of
    this machine that has ended is interrupted. Its row stays 'running' only while that
    process holds a lock: a scheduler killed mid-run, whose successor marks the run and
    does it again when it starts (nu33 r05: it was listed as running until then)."""
    if status != "running" or not run_ended(message):
        return status, message
    return "interrupted", INTERRUPTED


def _deliveries(counts: dict[str, int]) -> str:
    """'2/3' (sent of all the run tried), plus what did not go: '1/3 (1 rejected, 1 failed)'
    (rejected: refused for good, a 5xx; failed: temporary, tried again); '-' when the run
    mailed nobody."""
    total = sum(counts.values())
    if not total:
        return "-"
    others = [f"{counts[s]} {s}" for s in ("rejected", "failed", "pending") if counts.get(s)]
    return f"{counts.get('sent', 0)}/{total}" + (f" ({', '.join(others)})" if others else "")
