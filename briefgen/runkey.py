"""What shapes a brief, so that a rerun reuses a finished brief only when it would be the same.

A run records `brief_inputs` beside its outputs: one short hash per part of what went into the
brief (sources, filters, window, summarizer, brief language, templates, render settings, time
zone, prompts, network reach, briefgen's version), and a short hash of each article it
gathered (`gathered`). A later run of the same topic and date reuses that brief only when
every part is equal and its sources give no article the brief did not have
(`new_articles`); otherwise the user is told why it rebuilt.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from briefgen import __version__
from briefgen.config import Settings, Topic
from briefgen.models import Article

# What is said when a part differs ("building anew: the sources and the model changed").
PARTS = {
    "sources": "the sources",
    "filters": "the filters",
    "window": "the time window",
    "summarizer": "the summarizer or its model",
    "embeddings": "the embeddings model, server or threshold",
    "language": "the brief language",
    "templates": "the templates",
    "render": "the render settings",
    "timezone": "the time zone",
    "prompts": "the prompts",
    "network": "the fetch settings",
    "version": "the briefgen version",
}
# Topic fields that decide who gets the brief or when, not what it says (or have a part of
# their own: brief_language is the topic's or the config's).
NOT_CONTENT = {"name", "sources", "since", "schedule", "recipients", "brief_language"}
# LLM settings that change how calls are made, not what the brief says; the embeddings
# settings have a part of their own (they group the stories whatever the summarizer).
LLM_OPERATIONAL = {
    "api_key_env", "embeddings_api_key_env", "concurrency", "timeout_s", "max_retries", "cache",
    "prices",
}  # fmt: skip
EMBEDDINGS = {"embeddings_model", "embeddings_base_url", "embeddings_threshold"}
EMBEDDINGS_CONTENT = {"embeddings_model", "embeddings_threshold"}  # and the server they're from
ARTICLES = "articles"  # the part that lists the articles gathered (compared apart: new_articles)
ARTICLE_KEY = 12  # hex digits of each article's hash


def brief_inputs(settings: Settings, topic: Topic) -> dict[str, str]:
    """One short hash per part of what shapes `topic`'s brief under `settings`."""
    llm = settings.llm
    openai = llm.provider == "openai"
    parts: dict[str, Any] = {
        "sources": [s.model_dump(mode="json") for s in topic.sources],
        "filters": topic.model_dump(mode="json", exclude=NOT_CONTENT),
        "window": topic.since.total_seconds(),
        "summarizer": (
            llm.model_dump(mode="json", exclude=LLM_OPERATIONAL | EMBEDDINGS)
            if openai
            else llm.provider
        ),
        "embeddings": {
            **llm.model_dump(mode="json", include=EMBEDDINGS_CONTENT),
            "server": llm.for_embeddings().base_url,
        }
        if llm.embeddings_model
        else "",
        "language": settings.language_of(topic),
        "templates": _folder_digest(settings.templates_dir, "templates"),
        "render": settings.render.model_dump(mode="json", exclude={"time_limit_s"}),
        "timezone": settings.timezone,  # the brief's day, its window and the times it shows
        "prompts": _folder_digest(settings.prompts_dir, "prompts") if openai else "",
        "network": settings.fetch.model_dump(
            mode="json", include={"allow_private_networks", "teaser_words", "max_pages"}
        ),
        "version": __version__,
    }
    return {name: _digest(json.dumps(value, sort_keys=True)) for name, value in parts.items()}


def gathered(articles: list[Article]) -> dict[str, str]:
    """The part that records the articles a brief was built from: a short hash of each
    (its address and text), not one hash of all, so that a later run can tell whether it
    has any other (a source down then is no reason to build a poorer brief)."""
    return {ARTICLES: " ".join(sorted(_article_keys(articles)))}


def new_articles(before: dict[str, str], articles: list[Article]) -> int:
    """How many of `articles` the run that recorded `before` did not have (all of them when
    it recorded none: an older briefgen)."""
    return len(_article_keys(articles) - set(before.get(ARTICLES, "").split()))


def _article_keys(articles: list[Article]) -> set[str]:
    return {_digest(f"{a.canonical_url}\n{a.content_hash}")[:ARTICLE_KEY] for a in articles}


def changed(before: dict[str, str], now: dict[str, str]) -> list[str]:
    """What differs between two runs' inputs, in words; a run recorded before inputs were
    kept (an older briefgen) differs in every part, so 'the briefgen version' is said, and
    one recorded with fewer parts, in what it records."""
    if not before:
        return [PARTS["version"]]
    if any(name not in before for name in now):  # an older briefgen's parts, fewer (the
        return ["the inputs briefgen records"]  # render settings were the templates')
    return [PARTS.get(name, name) for name in now if before.get(name) != now[name]]


def _folder_digest(user_dir: Path | None, packaged: str) -> str:
    """A hash of the packaged folder's files and the user's overrides (names and contents)."""
    from briefgen.render import packaged_dir

    h = hashlib.sha256()
    for folder in (packaged_dir(packaged), user_dir):
        if folder is None or not folder.is_dir():
            continue
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            h.update(str(path.relative_to(folder)).encode() + b"\0")
            h.update(path.read_bytes())
        h.update(b"\1")  # the same file in the packaged folder or the user's is not the same
    return h.hexdigest()


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:16]
