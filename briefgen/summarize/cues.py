"""Rule-based reading of a sentence: is it a risk, a reaction (with which stance), an outlook?

These word lists and patterns for English news prose are the extractive summarizer's whole
"understanding" of text. They are kept explicit so they can be read, tested and tuned.

Two rules carry most of the weight. A risk is a sentence that *states a possible harm*: a
warning, threat, fear or "could / may / might" together with a harm (damage, blackouts,
losses, escalation ...), or an explicit threat of escalation; a harm that already happened is
news, not a risk. A stance comes from what the actor *does* in the sentence (the verb that
follows the actor: welcomed, condemned, warned), and only when that verb is a neutral "said"
from what the actor says (a "red line" is opposition); never from a word elsewhere in it.
"""

from __future__ import annotations

import re
from typing import Literal

from briefgen.assessed import unlikely
from briefgen.summarize import lang_cues
from briefgen.summarize.actors import RELATIVE, main_verb, quotes_in
from briefgen.summarize.sentences import Sentence
from briefgen.summarize.terms import ENGLISH

Kind = Literal["development", "risk", "reaction", "outlook"]


def _rx(alternatives: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + alternatives + r")", flags)


# A possible harm is announced by one of these ...
WARNING = _rx(
    r"warn\w*|threat\w*|fears?\b|feared|fearing|risks? (?:of|that|to|losing|being)\b"
    r"|at risk\b|in danger\b|dangers? (?:of|that|to)\b|jeopardi[sz]\w*|endanger\w*"
    r"|raises? the (?:prospect|spectre|specter|risk)|pose[sd]? (?:a|an)\b|vulnerab\w*"
    r"|worr\w+ (?:that|about|over)|concerns? (?:that|about|over)|prompt\w* fears"
)
# lower case: "May" is a month; whole words: "mayor" is no "may"; "could not" is what was
# not done ("families returned to damaged buildings because they could not find other
# housing"), unless what could not be ruled out
MODAL = _rx(
    r"(?:could(?!\s+not\b(?!\s+(?:be\s+)?(?:\w+ly\s+)?(?:ruled\s+out|rule\s+out|excluded?"
    r"|discounted|dismissed)\b))"
    r"|may|might|threatens? to)\b",
    flags=0,
)
# ... and names a harm:
HARM = _rx(
    r"damag\w*|disrupt\w*|shortages?|blackouts?|outages?|collaps\w*|escalat\w*|retaliat\w*"
    r"|loss(?:es)?\b|lose\b|losing\b|default\b|recession|casualt\w*|deaths?\b|kill\w*|injur\w*"
    r"|flood\w*|destr\w+|shut\w*|halt\w*|delay\w*|layoffs?|job cuts|cut jobs|closures?"
    r"|(?:higher|rising|soaring) (?:prices|costs|bills|rates)|inflation|famine|hunger"
    r"|bankrupt\w*|spill\w*|contaminat\w*|outbreaks?|fail\w*|stall\w*|stranded|evacuat\w*"
    r"|plung\w*|slump\w*|crash\w*|crisis|war\b|conflict|attacks?\b|strikes?\b|sanction\w*"
    r"|tariffs?|shortfall|strain\w*|harm\w*|hurt\w*|cripple\w*|paralys\w*|unrest|violence"
    r"|(?:land|sea|naval|anti-personnel|anti-tank)[ -]?mines?\b|(?:lay|laid|laying|plant\w*)\s+"
    r"(?:\w+\s+)?mines\b|sabotage|provok\w*|nuclear|red lines?\b|catastroph\w*|devastat\w*|worse\w*"
    r"|aftershocks?|tsunamis?|landslides?|wildfires?"
)
# "warned that ... could": what is warned of is itself the harm ("aftershocks could follow")
# (the verb, or a warning "that": "the tsunami warning was lifted and residents may return"
# warns of nothing; a decimal point, "6.1", ends no clause)
WARNED_COULD = re.compile(
    r"\b(?:warn(?:s|ed)?|warning that)\b(?:(?![;:]|\.\s).)*?\b(?:could|may|might)\b"
)
# ... but a warning lifted is the harm's end ("the tsunami warning was lifted and residents
# may return home")
LIFTED = _rx(
    r"(?:warnings?|alerts?|advisor(?:y|ies)) (?:was|were|has been|have been|had been) "
    r"(?:lifted|cancell?ed|withdrawn|ended|downgraded)"
    # ... or lifted in the same sentence that tells it was issued ("issued a tsunami warning
    # ..., but lifted it 40 minutes later")
    r"|(?:warnings?|alerts?|advisor(?:y|ies))\b(?:(?!;|\.\s).)*?\b(?:but|and|before)\s+(?:\w+\s+)?"
    r"(?:lifted|cancell?ed|withdrew|called\s+off|downgraded)\s+(?:it|them)\b"
)
# ... and a warning denied warns of nothing ("no tsunami warning was issued", "posed no
# threat", "struck without warning", "did not warn of"): cut before the tests. Not "no
# shortage of warnings", "not without risks", "has not only warned": those affirm.
DENIED_CUE = r"(?:warn\w*|threat\w*|risks?\b|dangers?\b|fears?\b|alerts?\b|escalat\w*|retaliat\w*)"
NEGATED = _rx(
    r"(?:no|not any)\s+(?!(?:shortage|lack|end|doubt|question)\b)(?:[\w-]+\s+){0,2}?"
    + DENIED_CUE
    + r"|(?<!not )(?<!n't )without\s+"
    + DENIED_CUE
    + r"|(?:did|does|do|has|have|had)(?:\s+not|n't)\s+(?:warn\w*|threat\w*|escalat\w*)"
    # ... and a harm denied is none ("passengers who were not hurt", "no one was injured")
    + r"|(?:not|no one|nobody|none)\s+(?:(?:was|were|been|being|is|are)\s+)?"
    r"(?:hurt|injur\w*|kill\w*|harm\w*|damag\w*)"
    # ... and a worry denied is none ("she was not worried about the delays": nu35 r08)
    r"|(?:not|n't)\s+(?:too\s+|overly\s+|particularly\s+|very\s+|unduly\s+)?"
    r"(?:worried|concerned|afraid|alarmed|fearful|anxious)\b[^.;]*"
)
# ... nor is a state declared in a harm's name a harm ("declared a catastrophe zone to free
# up emergency funds", "a state of emergency"): a response, cut before the tests too
MEASURE = _rx(
    r"(?:catastrophe|disaster|calamity|emergency)[ -](?:zones?|areas?|declarations?)"
    r"|states? of (?:catastrophe|disaster|calamity|emergency)"
    # ... nor is a warning strike a warning: a short strike, told as news ("followed a
    # warning strike by doctors on Monday")
    r"|warning[ -](?=(?:strikes?|walkouts?|stoppages?)\b)"
)
# An explicit threat of escalation is a risk even without "could"; not one told as what
# happened ("the union called a strike, the latest escalation in a dispute"; "Moscow
# retaliated"): that is news, a risk only with a warning or a modal
THREAT = _rx(
    r"red lines?\b|nuclear (?:doctrine|weapons?)|(?<!latest )(?<!recent )(?<!new )(?<!last )"
    r"(?:retaliat|escalat|catastroph)(?!ed\b)\w*"
)
OUTLOOK = _rx(  # not what stays as it is ("fares will not change"): no news of what comes
    r"will\b(?!\s+(?:not|n't)\s+(?:change|be (?:affected|changed)))"
    r"|won't\b(?!\s+(?:change|be (?:affected|changed)))"
    # "plans to" as a verb ("the carmaker plans to", "they plan to"), not a plan told as the
    # past's ("objected to her plan to end ...", "the government plan to")
    r"|(?:is|are) (?:expected|set|due|scheduled|likely) (?:to|for)\b"
    r"|(?<!\bher )(?<!\bhis )(?<!\bits )(?<!\btheir )(?<!\bour )(?<!\bthe )(?<!\ba )"
    r"(?<!'s )(?<!’s )plans to\b|\b(?:we|they|I|you) plan to\b"
    r"|next (?:week|month|year|meeting|round|step)|in the coming (?:days|weeks|months)"
    r"|upcoming|later this (?:week|month|year)|within (?:days|weeks)|deadline"
)
# What someone says comes next, told as what it is: a strike that "would last until Thursday",
# "room to cut rates at its meeting on December 11" (outlook, not a neutral reaction)
WHAT_COMES = _rx(
    r"(?:would|will)\s+(?:\w+ly\s+)?(?:last|continue|resume|start|begin|end|take effect|reopen"
    r"|close|run|be held|meet|vote|decide|rule|announce|publish|return|go ahead)\b"
    r"|(?<!\bno )(?<!\blittle )room (?:to|for)\b|at (?:its|their|the) next meeting\b"
    r"|at (?:its|their) meeting (?:on|in|next)\b|next (?:week|month|meeting)\b"
    r"|(?:is|are) (?:expected|due|scheduled|set) to\b"
)
STANCES: dict[str, re.Pattern[str]] = {  # in tie-break order: a clear verdict beats a worry
    "oppose": _rx(
        r"condemn\w*|denounc\w+|criticis\w+|criticiz\w+|critical of|(?:was|were) critical"
        r"|reject\w*|slam\w*|oppos\w+|accus\w+|protest\w*|blast\w*|sad day|mistake"
        r"|unacceptable|outrage\w*|lost touch|hostile|blow to|red lines?\b|fuel on the fire"
        r"|provocat\w*|reckless|illegal|unjustified"
        r"|(?:vow\w*|pledg\w*|would|will|to) (?:fight|resist|challenge)\b"
        # "called it 'excessive'", "called the walkout "disproportionate"", not "excessive heat"
        r"|(?:(?:was|were|is|are|be|been|as)\s+"
        r"|call(?:s|ed|ing)?\s+(?!(?:for|on|upon)\b)(?:[\w'’-]+\s+){1,4})"
        r"[\"“‘']?(?:disproportionate|excessive|irresponsible|unreasonable)"
    ),
    "support": _rx(
        r"welcom\w+|prais\w+|back(?:ed|s)\b|support(?:ed|s)\b|(?:we|i|fully|firmly) support\b"
        r"|(?:would|will|to|we|fully) back\b"
        r"|applaud\w*|hail\w*|endors\w+"
        r"|commend\w*|cheer\w*|defend\w*|turning point|milestone|step forward|good news"
    ),
    "concern": _rx(
        r"warn\w*|concern\w*|worr\w+|fear\w*|caution\w*|question(?:ed|s)\b|alarm\w*|uneas\w*"
        r"|gamble|loophole|risks?\b"
    ),
}
# criticism rejected is the criticised thing defended ("rejected the unions' criticism of the
# budget, calling the cuts 'painful but necessary'": support, not oppose)
REBUTTAL = _rx(
    r"(?:reject\w*|dismiss\w*|rebuff\w*|brush\w* aside|push\w* back against|hit back at)"
    r"(?:\s+[\w'’-]+){0,4}?\s+(?:criticisms?|concerns|accusations|allegations|complaints"
    r"|objections|calls to (?:scrap|drop|withdraw|halt))"
)
OUTSIDE_VOICES = _rx(
    r"critics|analysts?|observers|experts?|opposition|campaigners|activists|commentators"
    r"|economists?|insurers|rights groups|industry groups|civil society|unions?"
)
LABEL_STANCE = {
    "support": "support", "supporters": "support", "backing": "support",
    "opposition": "oppose", "criticism": "oppose", "critics": "concern",
    "concerns": "concern", "concern": "concern", "warnings": "concern",
    "reaction": "neutral", "reactions": "neutral",
}  # fmt: skip


# where one clause of a sentence ends and another, of another subject, begins
CLAUSE = re.compile(r";\s|,\s+(?:though|although|but|while|whereas|even as|even though)\b")


def harm_statement(text: str) -> bool:
    """Does the sentence state a possible harm (not a harm that already happened, nor a
    warning lifted or denied)?"""
    if LIFTED.search(text):
        return False
    text = _affirmed(text)
    if THREAT.search(text) or WARNED_COULD.search(text):
        return True
    # the warning or the modal and the harm in one clause: "Compensation of up to 600 euros
    # may also apply, though airlines often contest these in strike cases" predicts no harm
    return any(
        (WARNING.search(clause) or MODAL.search(clause)) and HARM.search(clause)
        for clause in CLAUSE.split(text)
    )


CONCESSIVE = re.compile(r"\b(?:despite|in spite of|notwithstanding)\b[^,;.]*", re.IGNORECASE)


def _affirmed(text: str) -> str:
    """The text less the warnings it denies and the states declared in a harm's name."""
    return NEGATED.sub(" ", MEASURE.sub(" ", text))


def risk_score(text: str, lang: str = "") -> int:
    """How explicit the threat is: 2 per threat, 1 per warning, modal and harm word."""
    if lang not in ENGLISH:
        return lang_cues.risk_score(text, lang)
    if not harm_statement(text):
        return 0
    text = _affirmed(text)
    found = len(WARNING.findall(text)) + len(MODAL.findall(text)) + len(HARM.findall(text))
    return 2 * len(THREAT.findall(text)) + found


def verb_stance(verb: str) -> str:
    """The stance an actor's verb takes ('welcomed': support), or '' for a neutral 'said'."""
    return next((s for s, pattern in STANCES.items() if pattern.fullmatch(verb)), "")


def stance_of(sentence: Sentence) -> str:
    """support / oppose / concern / neutral: from a 'Support:' label, else the verb that
    follows the actor, else what the sentence says. Other languages: `lang_cues.stance`."""
    if sentence.lang not in ENGLISH:
        return lang_cues.stance(sentence.text, sentence.lang)
    if sentence.label.lower() in LABEL_STANCE:
        return LABEL_STANCE[sentence.label.lower()]
    if REBUTTAL.search(sentence.text):
        return "support"
    if stance := verb_stance(main_verb(sentence.text)):
        return stance
    # not a warning it denies ("no tsunami warning was issued"), nor what a relative clause
    # tells of the actor ("Mayor Jan Kowal, who has criticised the plan, said he welcomed
    # the compromise"), nor what it acts despite ("would back the government despite its
    # criticism of the health ministry": nu35 r08)
    said = _affirmed(CONCESSIVE.sub(" ", RELATIVE.sub(" ", sentence.text)))
    hits = {stance: len(pattern.findall(said)) for stance, pattern in STANCES.items()}
    best = max(hits.values())
    return next(s for s, n in hits.items() if n == best) if best else "neutral"


def classify(sentence: Sentence, actor: str) -> Kind:
    """The section a sentence belongs to, given the actor who speaks in it (if any)."""
    if sentence.lang not in ENGLISH:
        return lang_cues.classify(sentence, actor)
    text = sentence.text
    harm = harm_statement(text) and not unlikely(text, "en")
    if actor:
        verb = verb_stance(main_verb(text))
        if sentence.label.lower() in LABEL_STANCE or verb in ("support", "oppose"):
            return "reaction"  # "X welcomed ..." reports a reaction, whatever else it names
        if quotes_in(text) and not (harm and verb == "concern"):
            return "reaction"
        stance_words = any(pattern.search(text) for pattern in STANCES.values())
        if not harm and not stance_words and sentence.position > 0 and WHAT_COMES.search(text):
            return "outlook"  # "the unions said the strike would last until Thursday"
        if not harm and (verb or OUTSIDE_VOICES.search(actor)):
            return "reaction"
        if not harm and stance_words:
            return "reaction"
    # A lead sentence is news first: only an explicit threat makes it a risk.
    if harm and (sentence.position > 0 or THREAT.search(text)):
        return "risk"
    if OUTLOOK.search(text) and sentence.position > 0 and not quotes_in(text):
        return "outlook"  # (what someone is quoted as saying will be is what they said)
    return "development"
