"""Headline-length titles cut from a sentence, and a penalty for sentences that need context."""

from __future__ import annotations

import re

from briefgen.summarize.actors import INTRO, PRONOUN_SPEAKER, RELATIVE
from briefgen.summarize.sentences import Sentence

SUBORDINATE = re.compile(
    r"^(?:in|after|with|by|according|as|despite|following|while|although|though|since|because"
    r"|if|when|amid|under|on|to|for)\b",
    re.IGNORECASE,
)
APPOSITIVE = re.compile(r"^((?:[A-Z][\w’'.&-]*\s?){1,5}), (?:the|a|an|who|which) [^,]{1,80}, ")
BOUNDARY = re.compile(r"[,;:—–]\s|\s[-–—]\s|\s\(")
VERBISH = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|said|says"
    r"|\w{3,}ed)\b"
)
SOFT_END = re.compile(
    r"^(?:in|at|on|for|to|by|with|after|before|as|amid|and|but|or|which|that|while|of|from"
    r"|the|a|an|its|their|his|her)$",
    re.IGNORECASE,
)
PRONOUN_START = re.compile(r"^(?:he|she|they|it|this|these|those|his|her|their)\b", re.IGNORECASE)
QUOTE_ONLY = re.compile(r"^[\"“‘'][^\"“”]*[\"”’']?$")


def short_title(text: str, max_words: int = 14) -> str:
    """A headline-length title from a sentence: its main clause, or its first words."""
    body = RELATIVE.sub(" ", INTRO.sub("", text).strip())
    if not SUBORDINATE.match(body):
        body = APPOSITIVE.sub(
            r"\1 ", body
        )  # "Ukrenergo, the grid operator, cut" -> "Ukrenergo cut"
    start = 0
    for match in BOUNDARY.finditer(body):
        clause = body[start : match.start()].strip()
        if start == 0 and SUBORDINATE.match(clause):
            start = match.end()  # "In response to X, Russia did Y": the title is "Russia did Y"
            continue
        # The verb must come before any inner comma: "The vaccine, developed by X" is no title.
        if 4 <= len(clause.split()) <= max_words and VERBISH.search(clause.split(",")[0]):
            return _capital(clause.rstrip("."))
        if len(clause.split()) > max_words:
            break
    words = body[start:].rstrip(".").split()
    if len(words) <= max_words:
        return _capital(" ".join(words))
    cut = max_words - 1
    while cut > 6 and SOFT_END.match(words[cut - 1]):  # don't end on "of", "the", "in" ...
        cut -= 1
    return _capital(" ".join(words[:cut]).rstrip(",;:") + " …")


def unattributed_quote(sentence: Sentence, actor: str) -> bool:
    """A quotation standing alone with nobody to attribute it to: unusable in a brief."""
    return not actor and bool(QUOTE_ONLY.match(sentence.text))


def context_penalty(sentence: Sentence) -> float:
    """Sentences that lean on context they don't carry ('…," he said', 'It was…') rank lower.
    Bare quotes with nobody to attribute them to are dropped earlier (`unattributed_quote`)."""
    text = sentence.text
    if PRONOUN_SPEAKER.search(text):
        return 0.6
    return 0.75 if PRONOUN_START.match(text) else 1.0


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]
