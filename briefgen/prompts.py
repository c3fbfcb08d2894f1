"""Prompt templates (prompts/*.md.j2): loading, filling, and fencing article text as data."""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
from pathlib import Path

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, StrictUndefined, TemplateError

from briefgen.errors import ConfigError
from briefgen.render import packaged_dir
from briefgen.words import LANGUAGE_NAMES

SYSTEM, STORY, SYNTHESIS = "system.md.j2", "story.md.j2", "synthesis.md.j2"


def language_name(code: str) -> str:
    """The English name of a language ('de': 'German'), or its code quoted when not known."""
    return LANGUAGE_NAMES.get(code[:2].lower(), f'the language "{code}"')


def fence(kind: str, entries: list[tuple[str, str, str]]) -> str:
    """Untrusted text as one block of data: `entries` are (id, header, text), each opened by
    a line `<<<id>>> header`; the block lies between `<<<KIND fence=…>>>` and `<<<END KIND
    fence=…>>>` lines whose fence value is a hash of the body. Every `<<<` and `>>>` in a
    header or text is defused, so no article can open an entry of its own or close the block
    (which would also need its own hash); a header is kept to one line. One block per call,
    not one per article: the markers are sent once."""
    body = "\n".join(
        f"<<<{id}>>> {_defused(' '.join(header.split()))}" + (f"\n{_defused(text)}" if text else "")
        for id, header, text in entries
    )
    nonce = hashlib.sha256(body.encode()).hexdigest()[:12]
    return f"<<<{kind} fence={nonce}>>>\n{body}\n<<<END {kind} fence={nonce}>>>"


def article_header(title: str, outlet: str, published: dt.datetime | None) -> str:
    """An article's entry header: title, then outlet and date."""
    when = f"{published.astimezone(dt.UTC):%Y-%m-%d %H:%MZ}" if published else "date unknown"
    return f"{title} | {outlet or 'unknown outlet'}, {when}"


def _defused(text: str) -> str:
    return text.replace("<<<", "‹‹‹").replace(">>>", "›››")


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
