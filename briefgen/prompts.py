"""Prompt templates (prompts/*.md.j2): loading, filling, and fencing article text as data."""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
from dataclasses import dataclass
from pathlib import Path

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, StrictUndefined, TemplateError

from briefgen.errors import ConfigError
from briefgen.render import packaged_dir

SYSTEM, STORY, SYNTHESIS = "system.md.j2", "story.md.j2", "synthesis.md.j2"


@dataclass(frozen=True)
class Fenced:
    """A piece of untrusted text (article or digest), only ever handed out fenced."""

    id: str
    block: str


def fence(id: str, body: str, kind: str = "ARTICLE") -> str:
    """`body` between start and end markers whose fence value is a hash of the body: text
    can't close its own fence, since it would have to contain its own hash; and anything in
    it that looks like a marker is defused."""
    body = body.replace("<<<", "‹‹‹").replace(">>>", "›››")  # no marker look-alikes inside
    nonce = hashlib.sha256(body.encode()).hexdigest()[:12]
    return f"<<<{kind} id={id} fence={nonce}>>>\n{body}\n<<<END {kind} {id} fence={nonce}>>>"


def fence_article(
    id: str, title: str, outlet: str, published: dt.datetime | None, text: str
) -> Fenced:
    """The article's block: title, then outlet and date, then its text."""
    when = f"{published.astimezone(dt.UTC):%Y-%m-%d %H:%MZ}" if published else "date unknown"
    return Fenced(id, fence(id, f"{title}\n{outlet or 'unknown outlet'}, {when}\n\n{text}"))


@functools.lru_cache(maxsize=8)
def _environment(user_dir: Path | None) -> Environment:
    """One environment per folder, so templates are compiled once per process (Jinja
    re-reads a template whose file changed)."""
    loaders = [FileSystemLoader(user_dir)] if user_dir else []
    return Environment(
        loader=ChoiceLoader([*loaders, FileSystemLoader(packaged_dir("prompts"))]),
        autoescape=False,  # plain text for a model, not HTML; untrusted text is fenced
        undefined=StrictUndefined,
        keep_trailing_newline=False,
    )


class Prompts:
    """The user's prompts folder first, then the packaged prompts/."""

    def __init__(self, user_dir: Path | None = None) -> None:
        self.env = _environment(user_dir)

    def render(self, name: str, **variables: object) -> str:
        try:
            return self.env.get_template(name).render(**variables).strip()
        except TemplateError as e:
            raise ConfigError(f"prompt template {name}: {e}; fix it or remove your copy") from e

    def digest(self, *names: str) -> str:
        """A hash of the templates' text: part of the LLM cache key."""
        h = hashlib.sha256()
        for name in names:
            try:
                source, _, _ = self.env.loader.get_source(self.env, name)
            except TemplateError as e:
                raise ConfigError(f"prompt template {name}: {e}") from e
            h.update(source.encode())
        return h.hexdigest()[:16]
