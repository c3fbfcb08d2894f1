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
    r"(?:be\s+)?(?P<verb>[a-z]+)",
    re.IGNORECASE,
)
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
NOT_EVENTS = {"be", "have", "continue", "remain", "stay", "need", "try", "seek", "consider"}
OVERLAP = 2  # content terms besides the verb an outlook and a later report's sentence share


def overtaken(outlook: Sentence, later: Sequence[Sentence]) -> bool:
    """Whether a sentence of a later report (`later`) says that what `outlook` expects
    happened: the outlook's verb in the past, with OVERLAP of its other terms."""
    if outlook.lang != "en" or not (match := FUTURE.search(outlook.text)):
        return False
    verb = match["verb"].lower()
    if verb in NOT_EVENTS:
        return False
    past = _past(verb)
    own = set(outlook.terms) - set(terms(" ".join([verb, *past]), "en"))
    for sentence in later:
        words = set(re.findall(r"[a-z]+", sentence.text.lower()))
        if words & past and len(own & set(sentence.terms)) >= OVERLAP:
            return True
    return False


def _past(verb: str) -> set[str]:
    """The past forms of an English verb ("declare": declared; "stop": stopped; "carry":
    carried), or the verb itself when it is one already ("will be announced")."""
    if verb.endswith("ed"):
        return {verb}
    forms = set(IRREGULAR.get(verb, "").split())
    if verb.endswith("e"):
        forms.add(verb + "d")
    elif verb.endswith("y") and verb[-2:-1] not in "aeiou":
        forms.add(verb[:-1] + "ied")
    else:
        forms |= {verb + "ed", verb + verb[-1] + "ed"}
    return forms
