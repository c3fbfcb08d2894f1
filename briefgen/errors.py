"""Errors raised by briefgen; every message says what went wrong and how to fix it."""

from __future__ import annotations


class BriefgenError(Exception):
    """Base class: a failure the user can act on. `exit_code` is what the CLI returns."""

    exit_code = 1


class ConfigError(BriefgenError):
    """The configuration or the command line is wrong; nothing was run."""

    exit_code = 2


class SourceError(BriefgenError):
    """One source could not be read; the run records it and goes on."""


class NoArticlesError(BriefgenError):
    """Nothing to summarize: no article survived the time window and filters."""


class RenderError(BriefgenError):
    """The brief could not be rendered or written."""


class StoreError(BriefgenError):
    """The database could not be opened or written."""
