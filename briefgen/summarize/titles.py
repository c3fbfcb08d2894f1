"""Headline-length titles cut from a sentence, and a penalty for sentences that need context."""

from __future__ import annotations

import re

from briefgen.summarize import lang_titles
from briefgen.summarize.actors import INTRO, PRONOUN_SPEAKER, RELATIVE, SPEECH_VERBS
from briefgen.summarize.cues import HARM, MODAL, THREAT, WARNED_COULD, WARNING
from briefgen.summarize.sentences import Sentence
from briefgen.summarize.terms import ENGLISH
from briefgen.words import needs_segmenting

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
# ... in other languages: the pronouns of whom or what the sentence before told ("Його
# планують покрити ...": "they plan to cover it"), not a determiner ("Diese Woche", "Ce lundi",
# "Este año", "Bu yıl", "O gün", "Dit jaar") nor an "it" of "there is" ("Es gibt")
LEANING = {
    "de": "er sie ihn ihm dies", "fr": "il elle ils elles cela ceci",
    "es": "él ella ellos ellas esto eso",
    "it": "lui lei loro ciò", "pt": "ele ela eles elas isso isto", "nl": "hij zij ze",
    "ru": "он она они его её ее их это", "uk": "він вона вони його її їх це",
    "pl": "on ona oni jego jej ich", "tr": "onlar bunu onu onun",
}  # fmt: skip
# ... of which these may open a sentence that says something alone
STANDING_ALONE = frozenset(
    "it this these those il cela ceci dies esto eso ciò isso isto это це bunu".split()
)
QUOTE_ONLY = re.compile(r"^[\"“‘'][^\"“”]*[\"”’']?$")


def short_title(text: str, max_words: int = 14) -> str:
    """A headline-length title from a sentence: its main clause, or its first words."""
    body = " ".join(RELATIVE.sub(" ", INTRO.sub("", text).strip()).split())
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


ATTRIBUTION = re.compile(
    r"^.{0,120}?\b(?:" + SPEECH_VERBS + r"|warn\w*|fear\w*|cautioned|threaten\w*)\b"
    r"(?:\s+(?:that|of|about|over|again|repeatedly|for (?:days|weeks|months|years)"
    r"|on \w+day))*[,:]?\s+",
    re.IGNORECASE,
)
# "the risk of" before what is risked; not before how great it is ("the risk of a collapse
# was high": the title keeps its subject)
HEDGE = re.compile(
    r"^(?:the )?(?:risks?|threat|danger|prospect|possibility) (?:of|that)\s+"
    r"(?!(?:[\w'’-]+\s+){1,4}?(?:is|was|are|were|remains?|remained|seems?|seemed)\s+"
    r"(?:high|low|real|small|great|growing|rising|remote|slim|limited|serious)\b)"
)


# a warning given (not "an orange warning for the Murcia region": the noun is no warning of)
WARNED = re.compile(
    r"\b(?:warn(?:ed|s)?\b(?:\s+(?:that|of|about|over|against))?|warning\s+(?:that|of|about|against))"
    r"\s+",
    re.I,
)
# who was warned, before what of: "warned residents of nearby Waltershof about toxic smoke",
# "warned Washington that such strikes would be a red line";
# "of" only after a word or two ("warned residents of flooding", not "residents of nearby")
WARNED_WHOM = (
    re.compile(r"^(?:[\w'’.-]+\s+){1,8}?(?:about|against)\s+(?=\w)", re.I),
    re.compile(r"^(?:[\w'’.-]+\s+){1,2}?that\s+(?=\w)", re.I),  # not "the bridge was unsafe
    # and that": what was warned of is the whole clause
    re.compile(r"^(?:[\w'’-]+\s+){1,2}?of\s+(?=\w)", re.I),
)
WARNED_OF = re.compile(r"^(?:of|about|against|over)\s+", re.I)  # "warned | of strikes"
# what they were told besides: "... about toxic smoke and told them to keep windows shut"
TOLD_BESIDES = re.compile(
    r",?\s+and\s+(?:told|urged|asked|advised|ordered|said|added)\b.*$", re.I | re.S
)
PRONOUN = re.compile(r"(?:they|he|she|it|we|i|this|these|those)\b", re.I)
# "... warned it could push shipping lines to divert cargo": what could happen is the harm
PRONOUN_MODAL = re.compile(
    r"^(?:they|it|this|that|these|those)\s+(?=(?:could|may|might|would|will|can)\s)", re.I
)


# a phrase set between commas after the subject, before what it could do: a title of twelve
# words would end before the harm ("The bridge, in one of Europe's most seismically active
# zones, could …")
INSERT = re.compile(
    r"^([^,]{1,40}),\s[^,]{3,100},\s(?=(?:could|may|might|would|will|can|threatens?)\s)", re.I
)
# what is warned of after "warned that" ("That any incident ..." is no title; "That decision
# could ..." opens a sentence, and keeps its "That")
THAT = re.compile(r"^that\s+", re.I)


def risk_title(text: str, lang: str = "") -> str:
    """A short name for the possible harm a sentence states, which is not the sentence's own
    opening: 'Officials fear that further strikes could trigger blackouts' -> 'Further strikes
    could trigger blackouts'. '' when no such name can be cut from it. Other languages: the
    harm named from its word on (`lang_titles.harm_titles`)."""
    if lang not in ENGLISH:
        titles = lang_titles.harm_titles(text, lang)
        return next((t for t in titles if not opens_with(text, t)), "")
    body = INTRO.sub("", text)
    # The harm follows "X warned (that)" / "X said": what is warned of, not who warns.
    match = ATTRIBUTION.match(body)
    if not (match and any(p.search(body, match.end()) for p in (WARNING, MODAL, THREAT))):
        match = WARNING.search(body)
    if match and match.end() < len(body) and match.start() >= 0:
        body = body[match.end() :]
    # "... said they were ready to strike, and warned that exporters could face delays": the
    # harm is what is warned of last
    while (later := WARNED.search(body)) and later.end() < len(body):
        body = body[later.end() :]
    warned_of = False
    if match and WARNED.match(match[0].split()[-1] + " "):
        body, warned_of = _what_warned_of(body)
    body = PRONOUN_MODAL.sub("", HEDGE.sub("", body.strip(" ,;:\"“”'")))
    if match:  # cut after who warns or speaks: "warned that any incident paralyses"
        body = THAT.sub("", body)
    body = INSERT.sub(r"\1 ", body)  # "The bridge, in one of Europe's ... zones, could face"
    named = warned_of or HARM.search(body) or THREAT.search(body) or WARNED_COULD.search(text)
    title = short_title(body, 12) if named else ""
    if not title or opens_with(text, title) or PRONOUN.match(title):
        return ""  # "They were ready to ...": whose threat, the title no longer says
    return title


def _what_warned_of(body: str) -> tuple[str, bool]:
    """What a warning warns of, after whom it warns ("residents of nearby Waltershof about
    toxic smoke and told them ...": "toxic smoke"), and whether a word said it is what is
    warned of (about, against, of): then it names the harm, whatever its words."""
    body = body.strip()
    said = bool(found := WARNED_OF.match(body))
    body = body[found.end() :] if found else body
    for whom in WARNED_WHOM if not said else ():
        if found := whom.match(body):
            body, said = body[found.end() :], True
            break
    return TOLD_BESIDES.sub("", body), said


def harm_phrase(text: str) -> str:
    """The words naming the harm ('escalating the conflict further', 'nuclear doctrine'): the
    threat or harm word and what follows it up to the clause's end (six words at most)."""
    match = THREAT.search(text) or HARM.search(text)
    if not match:
        return ""
    clause = BOUNDARY.split(text[match.start() :], maxsplit=1)[0]
    words = clause.rstrip(".").split()[:6]
    while len(words) > 1 and SOFT_END.match(words[-1]):
        words.pop()
    return _capital(" ".join(words))


def opens_with(text: str, title: str) -> bool:
    """Does `text` start with (the words of) `title`, so that the title only repeats it?"""

    def words(s: str) -> list[str]:
        return re.findall(r"\w+", s.lower())

    title = title.removesuffix(" …")
    if needs_segmenting(title):  # Chinese, Japanese, Thai: no words to count
        return "".join(text.split()).startswith("".join(title.split()))
    head = words(title)
    return bool(head) and words(text)[: len(head)] == head


def unattributed_quote(sentence: Sentence, actor: str) -> bool:
    """A quotation standing alone with nobody to attribute it to: unusable in a brief."""
    return not actor and bool(QUOTE_ONLY.match(sentence.text))


def context_penalty(sentence: Sentence) -> float:
    """Sentences that lean on context they don't carry ('…," he said', 'It was…') rank lower.
    Bare quotes with nobody to attribute them to are dropped earlier (`unattributed_quote`)."""
    text = sentence.text
    if PRONOUN_SPEAKER.search(text):
        return 0.6
    return 0.75 if _pronoun_first(sentence) else 1.0


def leans(sentence: Sentence) -> bool:
    """Whether a sentence opens with a personal pronoun of whom the sentence before told
    ("He pointed to ...", "Його планують покрити ...": "they plan to cover it"): it says
    nothing alone. Not a demonstrative ("This week's cold snap"), nor an "it" that may
    stand for nothing ("Il devrait encore neiger"): those rank lower (context_penalty)."""
    return _first_word(sentence.text) not in STANDING_ALONE and _pronoun_first(sentence)


def _pronoun_first(sentence: Sentence) -> bool:
    return bool(PRONOUN_START.match(sentence.text)) or _leaning(sentence.text, sentence.lang)


def _leaning(text: str, lang: str) -> bool:
    """Whether a sentence in a language besides English opens with a word of whom or what
    the sentence before told (LEANING)."""
    return lang not in ENGLISH and _first_word(text) in LEANING.get(lang, "").split()


def _first_word(text: str) -> str:
    return text.split(maxsplit=1)[0].casefold().strip(",.:;") if text.strip() else ""


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]
