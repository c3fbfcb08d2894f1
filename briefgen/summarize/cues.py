"""Rule-based reading of a sentence: is it a risk, a reaction (who, which stance), an outlook?

These are the extractive summarizer's only "understanding" of text: word lists and patterns
for English news prose. They are deliberately explicit so they can be read and tuned.
"""

from __future__ import annotations

import re
from typing import Literal

from briefgen.summarize.sentences import Sentence

Kind = Literal["development", "risk", "reaction", "outlook"]


def _rx(*words: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(words) + r")", re.IGNORECASE)


STRONG_RISK = _rx(
    r"escalat\w*",
    r"red lines?\b",
    r"nuclear",
    r"retaliat\w*",
    r"threat\w*",
    r"provok\w*",
    r"provocation",
    r"sabotage",
    r"blackouts?\b",
    r"shortages?\b",
    r"catastroph\w*",
    r"collapse",
    r"famine",
    r"default",
    r"sanction\w*",
    r"attacks? on\b",
    r"jeopardi[sz]\w*",
    r"vulnerab\w*",
)
WEAK_RISK = _rx(
    r"warn\w*",
    r"risks?\b",
    r"dangers?\b",
    r"danger\w+",
    r"fears?\b",
    r"could\b",
    r"might\b",
    r"crisis",
    r"threaten\w*",
    r"disrupt\w*",
    r"losses\b",
    r"shortfall",
    r"mines?\b",
    r"casualt\w*",
    r"strain\w*",
    r"damage\w*",
)
OUTLOOK = _rx(
    r"will\b",
    r"(?:is|are) (?:expected|set|due|scheduled|likely) to\b",
    r"plans? to\b",
    r"next (?:week|month|year)",
    r"in the coming (?:days|weeks|months)",
    r"upcoming",
    r"later this (?:week|month|year)",
    r"watch\w*",
    r"monitor\w*",
    r"await\w*",
    r"within (?:days|weeks)",
    r"deadline",
)
STANCE_VERBS: dict[str, re.Pattern[str]] = {
    "support": _rx(
        r"welcom\w+",
        r"prais\w+",
        r"back(?:ed|s)\b",
        r"support(?:ed|s)\b",
        r"applaud\w*",
        r"hail\w*",
        r"endors\w+",
        r"commend\w*",
        r"cheer\w*",
    ),
    "oppose": _rx(
        r"condemn\w*",
        r"denounc\w+",
        r"criticis\w+",
        r"criticiz\w+",
        r"reject\w*",
        r"slam\w*",
        r"oppos\w+",
        r"accus\w+",
        r"protest\w*",
        r"blast\w*",
    ),
    "concern": _rx(
        r"warn\w*",
        r"concern\w*",
        r"worr\w+",
        r"fear\w*",
        r"caution\w*",
        r"question(?:ed|s)\b",
        r"alarm\w*",
        r"uneas\w*",
    ),
}
SPEECH_VERBS = (
    r"said|says|told|stated|added|noted|argued|insisted|stressed|emphasi[sz]ed"
    r"|wrote|declared|announced|described|called|urged|vowed|pledged|labell?ed"
    r"|dismissed|responded|replied|acknowledged|admitted|maintained"
)
REACTION_VERBS = (
    SPEECH_VERBS + r"|welcom\w+|prais\w+|backed|supported|applauded|hailed|endorsed"
    r"|commended|condemn\w*|denounc\w+|criticis\w+|criticiz\w+|rejected|slammed"
    r"|opposed|accused|protested|warn\w*|expressed|voiced|cautioned|questioned"
)
COMMENTATORS = _rx(
    r"critics",
    r"analysts?",
    r"observers",
    r"experts?",
    r"opposition",
    r"lawmakers",
    r"allies",
    r"diplomats?",
    r"campaigners",
    r"commentators",
    r"economists?",
    r"insurers",
    r"residents",
    r"rights groups",
)
LABEL_STANCE = {
    "support": "support",
    "supporters": "support",
    "backing": "support",
    "opposition": "oppose",
    "criticism": "oppose",
    "critics": "concern",
    "concerns": "concern",
    "concern": "concern",
    "warnings": "concern",
    "reaction": "neutral",
    "reactions": "neutral",
}
INTRO = re.compile(
    r"^(?:(?:but|and|however|meanwhile|still|yet|also|separately|in response"
    r"|in a statement|on \w+day|earlier|later|previously)\b,?\s*"
    r"|(?:in|at|from) [A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)*,\s*)+",
    re.IGNORECASE,
)
SUBORDINATE = re.compile(
    r"^(?:in|after|with|by|according|as|despite|following|while|although"
    r"|though|since|because|if|when|amid|under|on|to|for)\b",
    re.IGNORECASE,
)
APPOSITIVE = re.compile(r"^([A-Z][^,]{0,60}), (?:the|a|an|who|which|head of|chief of) [^,]{1,80}, ")
PRONOUN_SPEAKER = re.compile(r"[\"”’],? (?:he|she|they|it) (?:" + SPEECH_VERBS + r")\b")
QUOTE_ONLY = re.compile(r"^[\"“‘'][^\"“”]*[\"”’']?$")
ACTOR_BEFORE_VERB = re.compile(
    r"^(?P<actor>[^\"“”]{2,110}?),?\s+(?:has |have |had |also |previously |publicly |openly "
    r"|quickly |swiftly |repeatedly |strongly |sharply |on \w+day )*(?P<verb>"
    + REACTION_VERBS
    + r")\b",
    re.IGNORECASE,
)
ACTOR_AFTER_QUOTE = re.compile(
    r"[\"”’],?\s+(?:(?:" + SPEECH_VERBS + r")\s+(?P<actor>[A-Z][^,.;:\"“”]{1,80})"
    r"|(?P<subject>[A-Z][^,.;:\"“”]{1,60}?)(?:,[^\"“”]{1,80},)?\s+(?:" + SPEECH_VERBS + r")\b)"
)
ACCORDING_TO = re.compile(r"\baccording to (?P<actor>[^,.;:\"“”]{2,80})", re.IGNORECASE)
QUOTE = re.compile(r"[\"“]([^\"“”]{12,400})[\"”]")
NOT_ACTOR = re.compile(
    r"\b(?:is|are|was|were|be|been|it|this|that|which|there|if|when|because"
    r"|after|before|while)\b",
    re.IGNORECASE,
)
LIKELY_HIGH = _rx(
    r"(?:is|are|was) likely", r"almost certain", r"imminent", r"expected to", r"will\b", r"already"
)
LIKELY_LOW = _rx(
    r"unlikely",
    r"reduces? the likelihood",
    r"remote",
    r"limited scope",
    r"low risk",
    r"little chance",
)
IMPACT_HIGH = _rx(
    r"nuclear",
    r"war\b",
    r"catastroph\w*",
    r"massive",
    r"severe",
    r"millions",
    r"broader",
    r"major",
    r"blackouts?",
    r"significant",
    r"deadly",
    r"famine",
    r"humanitarian",
)
IMPACT_LOW = _rx(r"limited", r"minor", r"small", r"modest", r"marginal")


def risk_score(text: str) -> int:
    """2 per strong risk word, 1 per weak one."""
    return 2 * len(STRONG_RISK.findall(text)) + len(WEAK_RISK.findall(text))


def find_actor(text: str) -> str:
    """Who speaks or acts in response, if the sentence names them; '' otherwise."""
    if match := ACTOR_AFTER_QUOTE.search(text):
        return _clean_actor(match["actor"] or match["subject"])
    if match := ACCORDING_TO.search(text):
        return _clean_actor(match["actor"])
    if match := ACTOR_BEFORE_VERB.match(INTRO.sub("", text)):
        return _clean_actor(match["actor"])
    return ""


def _clean_actor(actor: str) -> str:
    actor = re.sub(r"^(?:the|a|an)\s+(?=[a-z])", "", actor.strip(" ,;:—-"), flags=re.IGNORECASE)
    actor = re.sub(r",?\s+(?:who|which|whose)\b.*$", "", actor)
    words = actor.split()
    if not 1 <= len(words) <= 12 or NOT_ACTOR.search(actor):
        return ""
    named = any(w[:1].isupper() for w in words[1:]) or words[0][:1].isupper()
    if not named and not COMMENTATORS.search(actor):
        return ""
    return actor[:1].upper() + actor[1:]


def stance_of(sentence: Sentence) -> str:
    """support / oppose / concern / neutral, from a 'Support:' label or the verbs used."""
    if sentence.label.lower() in LABEL_STANCE:
        return LABEL_STANCE[sentence.label.lower()]
    hits = {stance: len(p.findall(sentence.text)) for stance, p in STANCE_VERBS.items()}
    best = max(hits, key=lambda s: (hits[s], s == "concern"))
    return best if hits[best] else "neutral"


def quotes_in(text: str) -> list[str]:
    """Direct quotations of at least a few words."""
    return [q.strip(" ,.") for q in QUOTE.findall(text) if len(q.split()) >= 3]


def classify(sentence: Sentence) -> tuple[Kind, str]:
    """The section a sentence belongs to, and its actor when it is a reaction."""
    text = sentence.text
    actor = find_actor(text)
    has_stance_verb = any(p.search(text) for p in STANCE_VERBS.values())
    commentator = bool(actor) and bool(COMMENTATORS.search(actor))
    labelled = sentence.label.lower() in LABEL_STANCE
    risk = risk_score(text)
    if actor and (
        labelled or commentator or (has_stance_verb and risk < 4) or (quotes_in(text) and risk < 3)
    ):
        return "reaction", actor
    if risk >= (4 if sentence.position == 0 else 2):  # a lead sentence is news first
        return "risk", ""
    if OUTLOOK.search(text) and sentence.position > 0:
        return "outlook", ""
    return "development", ""


def likelihood(text: str) -> str:
    if LIKELY_LOW.search(text):
        return "low"
    return "high" if LIKELY_HIGH.search(text) else "medium"


def impact(text: str) -> str:
    if IMPACT_HIGH.search(text):
        return "high"
    return "low" if IMPACT_LOW.search(text) else "medium"


def short_title(text: str, max_words: int = 14) -> str:
    """A headline-length title from a sentence: its main clause, or its first words."""
    body = APPOSITIVE.sub(r"\1 ", INTRO.sub("", text).strip())
    start = 0
    for match in re.finditer(r"[,;:—–]\s|\s[-–—]\s|\s\(", body):
        clause = body[start : match.start()].strip()
        if SUBORDINATE.match(clause) and start == 0:
            start = match.end()  # "In response to X, Russia did Y": the title is "Russia did Y"
            continue
        if 4 <= len(clause.split()) <= max_words:
            return _capital(clause.rstrip("."))
        if len(clause.split()) > max_words:
            break
    body = _capital(body[start:])
    words = body.rstrip(".").split()
    if len(words) <= max_words:
        return " ".join(words)
    return " ".join(words[: max_words - 2]).rstrip(",;:") + " …"


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def context_penalty(sentence: Sentence) -> float:
    """Sentences that lean on context they don't carry ('He said…', a bare quote) rank lower."""
    if (
        QUOTE_ONLY.match(sentence.text) and not find_actor(sentence.text)
    ) or PRONOUN_SPEAKER.search(sentence.text):
        return 0.6
    if re.match(
        r"^(?:he|she|they|it|this|these|those|his|her|their)\b", sentence.text, re.IGNORECASE
    ):
        return 0.75
    return 1.0
