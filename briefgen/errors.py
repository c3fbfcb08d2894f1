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


class LockBusy(BriefgenError):
    """Another process held a lock for longer than the wait allowed."""


def describe(exc: BaseException) -> str:
    """'TypeName: first line of the message', for one-line reports."""
    return f"{type(exc).__name__}: {first_line(exc)}"


def first_line(exc: BaseException) -> str:
    """The first line of an exception's message (its type name if it has none), capped."""
    text = str(exc).strip()
    return text.splitlines()[0][:200] if text else type(exc).__name__


class LLMError(BriefgenError):
    """The LLM server refused every request (key, model, address); no brief can be written."""


class DeliveryError(BriefgenError):
    """A message was not delivered. `permanent`: retrying later will not help (5xx, bad
    address, login refused, certificate); otherwise the server or network was unavailable."""

    def __init__(
        self, message: str, *, permanent: bool, recipient: str = "", code: int | None = None
    ) -> None:
        super().__init__(message)
        self.permanent = permanent
        self.recipient = recipient
        self.code = code
