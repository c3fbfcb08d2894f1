"""An outlook a later report of its story has overtaken: "the commission is expected to
declare the results on Thursday" of an election whose later report says the commission
"declared the results" (nu35: the brief's outlook told what had already happened).

English only: what comes is read by its verb ("will declare", "is set to sign", "will be
announced"), and what came by that verb's past form in a later report's sentence that shares
OVERLAP of the outlook's other content terms.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefgen.summarize.sentences import Sentence
from briefgen.summarize.terms import terms

FUTURE = re.compile(
    r"\b(?:will|(?:is|are|was|were) (?:expected|set|due|scheduled|likely|poised|going) to"
    r"|plans? to|intends? to|aims? to)\s+(?:(?:then|also|formally|officially|finally)\s+)?"
    r"(?P<passive>be\s+)?(?P<verb>[a-z]+)",
    re.IGNORECASE,
)
# a word before a verb that says it has not happened yet ("has not yet declared", "will be
# announced", "could exceed", "to cut")
NOT_YET = frozenset(
    "will would to be not yet could can may might should must never cannot won't n't wont"
    " expected set due likely".split()
)
# ... and those before a verb whose past is its present ("cut", "set") that say it is past
PAST_MARKS = frozenset("has have had was were been".split())
IRREGULAR = {
    "begin": "began begun", "break": "broke broken", "bring": "brought", "build": "built",
    "buy": "bought", "choose": "chose chosen", "come": "came", "cut": "cut", "do": "did done",
    "fall": "fell fallen", "find": "found", "give": "gave given", "go": "went gone",
    "hold": "held", "keep": "kept", "lead": "led", "leave": "left", "lose": "lost",
    "make": "made", "meet": "met", "pay": "paid", "put": "put", "rise": "rose risen",
    "run": "ran", "say": "said", "see": "saw seen", "sell": "sold", "send": "sent", "set": "set",
    "shut": "shut", "speak": "spoke spoken", "spend": "spent", "take": "took taken",
    "tell": "told", "win": "won", "write": "wrote written",
}  # fmt: skip
NOT_EVENTS = {  # what goes on, or no verb at all ("will not renew")
    "be", "have", "continue", "remain", "stay", "need", "try", "seek", "consider", "not",
    "never", "no", "also",
}  # fmt: skip
OVERLAP = 2  # content terms besides the verb an outlook and a later report's sentence share


def overtaken(outlook: Sentence, later: Sequence[Sentence]) -> bool:
    """Whether a sentence of a later report (`later`) says that what `outlook` expects
    happened: the outlook's verb in the past, not after a word that says it has not yet
    ("has not yet declared", "will be announced"), with OVERLAP of its other terms."""
    if outlook.lang != "en" or not (match := FUTURE.search(outlook.text)):
        return False
    verb = match["verb"].lower()
    if verb in NOT_EVENTS or (match["passive"] and not _participle(verb)):
        return False  # "will be a test of the majority" expects no event
    past = {verb} if match["passive"] else _past(verb)  # "will be signed": signed
    own = set(outlook.terms) - set(terms(" ".join([verb, *past]), "en"))
    present = not match["passive"] and verb in past  # "cut", "set"
    return any(
        _happened(sentence.text, past, present) and len(own & set(sentence.terms)) >= OVERLAP
        for sentence in later
    )


def _happened(text: str, past: set[str], present: bool) -> bool:
    """Whether `text` puts the verb in the past: one of its `past` forms, not after a word
    that says it has not happened yet; a past that is its `present` too ("cut") only after
    "has", "was" and their like."""
    words = re.findall(r"[a-z']+", text.lower())
    for i, word in enumerate(words):
        if word not in past:
            continue
        before = words[max(0, i - 2) : i]
        if NOT_YET.intersection(before) or any(w.endswith("n't") for w in before):
            continue
        if not present or PAST_MARKS.intersection(before):
            return True
    return False


def _participle(word: str) -> bool:
    """Whether a word after "will be" is a past participle ("announced", "held", "shown")."""
    return word.endswith(("ed", "en", "wn")) or any(
        word in forms.split() for forms in IRREGULAR.values()
    )


def _past(verb: str) -> set[str]:
    """The past forms of an English verb ("declare": declared; "stop": stopped; "carry":
    carried; "exceed": exceeded)."""
    forms = set(IRREGULAR.get(verb, "").split())
    if verb.endswith("e"):
        forms.add(verb + "d")
    elif verb.endswith("y") and verb[-2:-1] not in "aeiou":
        forms.add(verb[:-1] + "ied")
    else:
        forms |= {verb + "ed", verb + verb[-1] + "ed"}
    return forms
