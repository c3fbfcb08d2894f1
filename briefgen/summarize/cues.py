"""Rule-based reading of a sentence: is it a risk, a reaction (with which stance), an outlook?

These word lists and patterns for English news prose are the extractive summarizer's whole
"understanding" of text. They are kept explicit so they can be read, tested and tuned.
"""

from __future__ import annotations

import re
from typing import Literal

from briefgen.summarize.actors import quotes_in
from briefgen.summarize.sentences import Sentence

Kind = Literal["development", "risk", "reaction", "outlook"]


def _rx(alternatives: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + alternatives + r")", re.IGNORECASE)


STRONG_RISK = _rx(
    r"escalat\w*|red lines?\b|nuclear|retaliat\w*|threat\w*|provok\w*|provocation|sabotage"
    r"|blackouts?\b|shortages?\b|catastroph\w*|collapse|famine|default(?! swaps?)|recession"
    r"|sanction\w*|attacks? on\b|jeopardi[sz]\w*|vulnerab\w*|contagion|watered down"
)
WEAK_RISK = _rx(
    r"warn\w*|risks?\b|dangers?\b|danger\w+|fears?\b|could\b|might\b|crisis|threaten\w*"
    r"|disrupt\w*|losses\b|shortfall|mines?\b|casualt\w*|strain\w*|damage\w*|spread\w*"
    r"|short of\b|lose access|closing\b"
)
OUTLOOK = _rx(
    r"will\b|(?:is|are) (?:expected|set|due|scheduled|likely) (?:to|for)\b|plans? to\b"
    r"|next (?:week|month|year|meeting|round|step)|in the coming (?:days|weeks|months)"
    r"|upcoming|later this (?:week|month|year)|watch\w*|monitor\w*|await\w*"
    r"|within (?:days|weeks)|deadline"
)
STANCES: dict[str, re.Pattern[str]] = {  # in tie-break order: a clear verdict beats a worry
    "oppose": _rx(
        r"condemn\w*|denounc\w+|criticis\w+|criticiz\w+|critical of|(?:was|were) critical"
        r"|reject\w*|slam\w*|oppos\w+|accus\w+|protest\w*|blast\w*|sad day|mistake"
        r"|unacceptable|outrage\w*|lost touch|hostile|blow to|attack on"
    ),
    "support": _rx(
        r"welcom\w+|prais\w+|back(?:ed|s)\b|support(?:ed|s)\b|applaud\w*|hail\w*|endors\w+"
        r"|commend\w*|cheer\w*|defend\w*|turning point|milestone|step forward|good news"
    ),
    "concern": _rx(
        r"warn\w*|concern\w*|worr\w+|fear\w*|caution\w*|question(?:ed|s)\b|alarm\w*|uneas\w*"
        r"|gamble|loophole|risk\w*"
    ),
}
OUTSIDE_VOICES = _rx(
    r"critics|analysts?|observers|experts?|opposition|campaigners|activists|commentators"
    r"|economists?|insurers|rights groups|industry groups|civil society"
)
LABEL_STANCE = {
    "support": "support", "supporters": "support", "backing": "support",
    "opposition": "oppose", "criticism": "oppose", "critics": "concern",
    "concerns": "concern", "concern": "concern", "warnings": "concern",
    "reaction": "neutral", "reactions": "neutral",
}  # fmt: skip
LIKELY_HIGH = _rx(r"(?:is|are|was) likely|almost certain|imminent|expected to|will\b|already")
LIKELY_LOW = _rx(r"unlikely|reduces? the likelihood|remote|limited scope|low risk|little chance")
IMPACT_HIGH = _rx(
    r"nuclear|war\b|catastroph\w*|massive|severe|millions|broader|major|blackouts?|significant"
    r"|deadly|famine|humanitarian|recession|collapse"
)
IMPACT_LOW = _rx(r"limited|minor|small|modest|marginal")


def risk_score(text: str) -> int:
    """2 per strong risk word, 1 per weak one."""
    return 2 * len(STRONG_RISK.findall(text)) + len(WEAK_RISK.findall(text))


def stance_of(sentence: Sentence) -> str:
    """support / oppose / concern / neutral, from a 'Support:' label or the words used."""
    if sentence.label.lower() in LABEL_STANCE:
        return LABEL_STANCE[sentence.label.lower()]
    hits = {stance: len(pattern.findall(sentence.text)) for stance, pattern in STANCES.items()}
    best = max(hits.values())
    return next(s for s, n in hits.items() if n == best) if best else "neutral"


def classify(sentence: Sentence, actor: str) -> Kind:
    """The section a sentence belongs to, given the actor who speaks in it (if any)."""
    text = sentence.text
    risk = risk_score(text)
    labelled = sentence.label.lower() in LABEL_STANCE
    has_stance = any(pattern.search(text) for pattern in STANCES.values())
    if actor and (
        labelled
        or OUTSIDE_VOICES.search(actor)
        or (has_stance and risk < 4)
        or (quotes_in(text) and risk < 3)
    ):
        return "reaction"
    if risk >= (4 if sentence.position == 0 else 2):  # a lead sentence is news first
        return "risk"
    if OUTLOOK.search(text) and sentence.position > 0:
        return "outlook"
    return "development"


def likelihood(text: str) -> str:
    if LIKELY_LOW.search(text):
        return "low"
    return "high" if LIKELY_HIGH.search(text) else "medium"


def impact(text: str) -> str:
    if IMPACT_HIGH.search(text):
        return "high"
    return "low" if IMPACT_LOW.search(text) else "medium"
