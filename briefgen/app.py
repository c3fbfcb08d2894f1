"""One setup path: what every command (`generate`, `schedule`, `send`, `runs`, the worker)
builds from the loaded settings, once, the same way.

`App.open(settings)` settles the summarizer (the openai provider's default model, or the
offline fallback when no key is set, with its warning) and opens the store. Each stage then
gets only its part of the settings: `fetch` for gathering, `llm` for the summarizer,
`render` and the templates for rendering, `email` for the mailer.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from briefgen.config import Settings
from briefgen.errors import BriefgenError, ConfigError

if TYPE_CHECKING:
    from briefgen.store import Store

log = logging.getLogger(__name__)


@dataclass
class App:
    """The settings as they will be used, the store, and the warnings met on the way."""

    settings: Settings
    store: Store
    warnings: list[str] = field(default_factory=list)

    @classmethod
    def open(
        cls, settings: Settings, *, summarizes: bool = True, llm_explicit: bool = False
    ) -> App:
        """Open the store and, for a command that `summarizes`, settle the summarizer.
        `llm_explicit`: the openai provider was asked for on the command line, so a missing
        key is an error, not a fallback. Runs that processes of this host left 'running'
        when they ended are recorded as interrupted."""
        warning = ""
        if summarizes:
            settings, warning = settle_llm(settings, explicit=llm_explicit)
        from briefgen.store import Store

        store = Store(settings.database)
        try:
            for run in store.orphaned_runs(dt.datetime.now(dt.UTC)):
                log.info("run %d of %r: its process ended mid-run; interrupted", run.id, run.topic)
        except BriefgenError as e:  # a read-only database user, say: the command goes on
            log.warning("the runs of ended processes were not marked interrupted: %s", e)
        return cls(settings, store, [warning] if warning else [])

    def __enter__(self) -> App:
        return self

    def __exit__(self, *exc: object) -> None:
        self.store.close()


def settle_llm(settings: Settings, *, explicit: bool) -> tuple[Settings, str]:
    """The settings with the summarizer that will really run, and a warning if it is not the
    one configured: openai without a key or server falls back to the offline summarizer
    (a ConfigError when `explicit`); openai without a model gets the default model."""
    llm = settings.llm
    if llm.provider != "openai":
        return settings, ""
    from briefgen.summarize.openai import DEFAULT_MODEL, missing_key_message

    if not llm.base_url and not os.environ.get(llm.api_key_env):
        if explicit:
            raise ConfigError(missing_key_message(llm))
        fallback = settings.replace({"llm.provider": "extractive"})
        return fallback, f"{missing_key_message(llm)}; using extractive"
    if not llm.model:
        if llm.base_url:
            raise ConfigError(
                "the openai provider needs a model name for a compatible server: give --model "
                "or set llm.model"
            )
        return settings.replace({"llm.model": DEFAULT_MODEL}), ""
    return settings, ""
