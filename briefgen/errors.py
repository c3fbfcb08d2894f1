"""Errors raised by briefgen; every message says what went wrong and how to fix it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager


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


@contextmanager
def wrap_exceptions(
    error_cls: type[BriefgenError], message: str, excs: tuple[type[BaseException], ...] = (OSError,)
) -> Iterator[None]:
    """Turn a library's exception (one of `excs`) into `error_cls("message: cause")`."""
    try:
        yield
    except BriefgenError:
        raise
    except excs as e:
        raise error_cls(f"{message}: {describe(e)}") from e


def describe(exc: BaseException) -> str:
    """A one-line description of an exception, without a traceback."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
