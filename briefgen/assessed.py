"""Whether an article assesses how likely a harm is, or how grave, and which way: the words
that say so, in the languages listed. A model's "high" likelihood where its cited article
only says what "could" happen is the model's guess, not the article's assessment
(grounding.Grounder.assessed); so is a "high" impact where the article says nothing of the
harm's size, or says it is small ("limited", "no major losses").

Each word says a level: high ("likely", "severe"), expected (a forecast's "is expected to":
likely, but also what a plan or a timetable says), low ("unlikely", "limited"), or either
("chances", "probability"). A chance or a risk says high or low by a word of degree later
in its clause ("the probability ... is low", "可能性不大"); a risk without one says nothing. A
high or expected word after a word that denies it ("not likely", "no major", "未有重大"; in
Japanese and Korean the denial follows: "深刻ではない"), or before a report of nothing found
("Größere Schäden wurden nicht gemeldet"), says low; a low word denied ("not unlikely") says
either. A level word in a name ("Major General", "Tata Steel Limited": told by its capital,
so the text is read as written) or in another sense ("grave concerns", "heavy rain",
"limited edition") says nothing.

The words are in level_words.py.
"""

from __future__ import annotations

import itertools
import re
from functools import cache

from briefgen.frequency import stop_words
from briefgen.level_words import (
    DEGREE,
    DENY_AFTER,
    DENY_BEFORE,
    DENY_BEFORE_UNSPACED,
    DENY_LATER,
    KINDS,
    OTHER_SENSE,
    REACH_ENDS,
    TABLES,
    UNSPACED,
)
from briefgen.text import WORD_CHAR

BEFORE_WORDS, BEFORE_CHARS, AFTER_CHARS, LATER_CHARS, LATER_WORDS = 5, 4, 5, 100, 4
AND_WORDS = frozenset("and und et e y en и і та و".split())
CLAUSE_END = re.compile(r"[.,;:!?()،，。、；！？]")
_WORD_BEFORE = re.compile(r"(\S+)\s+$")
# a sentence that turns to something else: "..., but aftershocks could damage buildings"
CONTRAST = re.compile(
    r"(?<!\w)(?:but|however|yet|aber|jedoch|mais|pero|sin embargo|ma|però|mas|porém|maar|"
    r"но|однако|але|проте|لكن|غير أن)(?!\w)|但|然而|不过|が、|しかし|하지만|그러나|;",
    re.IGNORECASE,
)
# what a sentence starts after: its end, a dateline's or a bullet's dash ("TOKYO (AP) -
# Major damage"), a bullet, a closing bracket
STARTS_SENTENCE = ".!?…:;-–—•·*)]"
TITLE_CASE = 0.6  # a line with this share of its words capitalised is a headline
OPPOSITE = {"high": "low", "low": "high"}
# The level a denied word says: "not unlikely" is either; "not negligible" is grave
_DENIED = {("low", "likelihood"): "either", ("low", "impact"): "high"}
# The levels that a word of degree turns, and how far after them it may be: a chance or a
# risk, in its clause ("the probability ... is low"); a forecast, at once ("見通しは薄い")
DEGREED = {"either": LATER_CHARS, "degree": LATER_CHARS, "expected": 2}
# after a chance or a risk, a word of degree that ends its clause, or comes before a
# function word, says its level ("... is low.", "jugé faible par les sismologues"), not one
# before a noun ("the probability of small aftershocks at 90 percent")
NEXT_WORD = re.compile(r"\w*\s*(?:([.,;:!?()،，。、；！？])|$|(\w+))")


@cache
def _cues(kind: str, language: str) -> tuple[re.Pattern[str], tuple[str, ...]] | None:
    """One pattern of every level word of `kind` in `language`, a group each (the longest
    first), and the level of each group's word."""
    level_of = {  # as the text is written or case-folded: große, grosse
        written: level
        for level, words in TABLES[kind].items()
        for entry in words.get(language, "").split()
        for written in (entry.lower(), entry.casefold())
    }
    if not level_of:
        return None
    entries = sorted(level_of, key=len, reverse=True)
    return word_pattern(entries, language), tuple(level_of[e] for e in entries)


def word_pattern(entries: list[str], language: str) -> re.Pattern[str]:
    """A pattern of the `entries` (words, "_" a space, "-" a word's start), a group each,
    matched whole in a spaced language and anywhere in Chinese, Japanese, Korean and Thai."""
    if language in UNSPACED:
        return re.compile("|".join("(" + re.escape(e).replace("_", r"\s*") + ")" for e in entries))
    words = "|".join(
        "(" + re.escape(e[:-1]).replace("_", r"\s+") + ")"
        if e.endswith("-")
        else "(" + re.escape(e).replace("_", r"\s+") + rf")(?!{WORD_CHAR})"
        for e in entries
    )
    return re.compile(rf"(?<!{WORD_CHAR})(?:{words})", re.IGNORECASE)


@cache
def _denial(language: str) -> re.Pattern[str] | None:
    """What denies a level word: the end of the text before it (the words between it and
    the denial in group "between"), or (Japanese, Korean) the start of the text after it."""
    if words := DENY_BEFORE.get(language):  # (in the clause: no punctuation between)
        either = "|".join(re.escape(w).replace("'", "['’]") for w in words.split())
        between = rf"(?P<between>(?:[^\s.,;:!?()]+\s+){{0,{BEFORE_WORDS - 1}}})"
        return re.compile(rf"(?<!{WORD_CHAR})(?:{either})\s+{between}$", re.IGNORECASE)
    if denial := DENY_BEFORE_UNSPACED.get(language):
        return re.compile(rf"(?:{denial})[^，。、；！？]{{0,{BEFORE_CHARS - 1}}}$")
    if denial := DENY_AFTER.get(language):
        return re.compile(rf"^[^、。！？]{{0,{AFTER_CHARS}}}?(?:{denial})")
    return None


def unsupported(line: str, language: str, articles: list[tuple[str, str]]) -> list[str]:
    """The words of an uncited line (a headline, a bottom line, an outlook) that state how
    likely or how grave something is ("likely", "severe"; not a forecast's "expected to")
    when none of the `articles` ((text, language) pairs) assesses that at all, the model's
    own judgement, or when they only assess it the other way ("major damage is likely" of
    articles that call it "unlikely"). Empty when an article's language has no level words
    (it cannot be told). The line is read case-folded: its capitals make no name of a level
    word ("Flooding Is Likely to Worsen")."""
    if not all(reads(lang) for _, lang in articles):
        return []
    line = line.casefold()
    found = []
    for kind in KINDS:
        if not (judging := levels(line, language, f"judging {kind}")):
            continue
        said = {level for t, lang in articles for level in levels(t, lang, kind)}
        given = set(levels(line, language, kind)) & set(OPPOSITE)
        if not said or (len(given) == 1 and said == {OPPOSITE[given.pop()]}):
            found += judging.values()
    return found


def unlikely(text: str, language: str) -> bool:
    """Whether `text` says only that a harm is unlikely ("a tsunami is unlikely", "可能性不大",
    "the risk is low"): a reassurance, no risk, and no one's concern. Not a sentence that
    goes on to another ("A tsunami is unlikely, but aftershocks could damage buildings")."""
    return set(levels(text, language, "likelihood")) == {"low"} and not CONTRAST.search(text)


def reads(language: str) -> bool:
    """Whether the words of likelihood and impact of `language` are known."""
    return all(language[:2] in words["high"] for words in KINDS.values())


def levels(text: str, language: str, kind: str) -> dict[str, str]:
    """Which way `text`, in `language`, says how likely a harm is (`kind` "likelihood") or
    how grave ("impact"): "high", "expected", "low", "either", each with the first words
    that say so ("no major", "limited"); none when it does not say. `kind` may also be
    "judging likelihood" or "judging impact": the words an uncited line judges by."""
    language = language[:2]
    if (cues := _cues(kind, language)) is None:
        return {}
    pattern, level_of = cues
    denial = _denial(language)
    other = _other_sense(text, language)
    found: dict[str, str] = {}
    for match in pattern.finditer(text):
        level, words = level_of[(match.lastindex or 1) - 1], match[0]
        if any(a <= match.start() < b for a, b in other) or (
            level not in ("either", "degree") and _in_name(text, match, language)
        ):
            continue
        if (
            level in DEGREED
            and (level != "expected" or language in UNSPACED)  # "expected to lower" is a verb
            and (degree := _degree(text, match, language, DEGREED[level]))
        ):
            level, match = degree
            words = " … ".join(sorted((words, match[0]), key=text.find))
        elif level == "degree":
            continue
        if denial is not None and (denied := _denied(denial, text, match, language)):
            level, words = _DENIED.get((level, kind), "low"), denied
        found.setdefault(level, words)
    return found


def _other_sense(text: str, language: str) -> list[tuple[int, int]]:
    """Where `text` has words in another sense (OTHER_SENSE: "grave concerns")."""
    if not (pattern := OTHER_SENSE.get(language)):
        return []
    return [m.span() for m in re.finditer(pattern, text, re.IGNORECASE)]


def _in_name(text: str, match: re.Match[str], language: str) -> bool:
    """Whether a level word written with a capital is part of a name: "Tata Steel Limited",
    "the Major Crimes Unit", and at a sentence's start before a capital, "Major General"
    (not in German, whose nouns take capitals: "Große Schäden")."""
    if not match[0][:1].isupper() or text.isupper():
        return False
    start, end = text.rfind("\n", 0, match.start()) + 1, text.find("\n", match.end())
    line = text[start : end if end >= 0 else len(text)]
    if _title_case(line):  # a headline's words all take capitals
        return False
    before = text[start : match.start()].rstrip(" \"'“”„«»‘’(")
    if before and before[-1] not in STARTS_SENTENCE:
        return True
    after = text[match.end() :].lstrip(" ")
    return language != "de" and after[:1].isupper()


def _title_case(line: str) -> bool:
    """Whether a line is a headline in Title Case: most of its words start with a capital,
    and it ends with no full stop ("Quake Causes Severe Damage to Homes")."""
    words = [w for w in line.split() if w[:1].isalpha()]
    return (
        len(words) >= 3
        and not line.rstrip().endswith((".", "!", "?", "。"))
        and sum(w[0].isupper() for w in words) >= TITLE_CASE * len(words)
    )


def _degree(
    text: str, said: re.Match[str], language: str, reach: int
) -> tuple[str, re.Match[str]] | None:
    """The level that a word of degree says of a chance, a risk or a forecast (`said`), with
    that word: the word just before it ("little chance"), else the last one after it, up to
    `reach` characters on in its clause ("... is low"); None when there is none."""
    degrees = _degrees(language)
    if language not in UNSPACED and (before := _WORD_BEFORE.search(text, 0, said.start())):
        for level, pattern in degrees.items():
            if pattern.fullmatch(before[1]):
                return level, pattern.fullmatch(text, *before.span(1))
    clause = text[said.end() : said.end() + reach + 20]
    if stop := CLAUSE_END.search(clause):
        clause = clause[: stop.start()]
    found = [
        (level, match)
        for level, pattern in degrees.items()
        for match in pattern.finditer(text, said.end(), said.end() + len(clause))
        if match.start() <= said.end() + reach
        and (language in UNSPACED or _ends_phrase(text, match.end(), language))
    ]
    return max(found, key=lambda f: f[1].start(), default=None)


def _ends_phrase(text: str, end: int, language: str) -> bool:
    """Whether the word that ends at `end` (or goes on: "низк|ая") ends its phrase: the
    clause ends after it, or a function word follows it (a stop word of `language`)."""
    after = NEXT_WORD.match(text, end)
    return after is not None and (not after[2] or after[2].casefold() in stop_words(language))


@cache
def _degrees(language: str) -> dict[str, re.Pattern[str]]:
    return {
        level: word_pattern(
            [w for e in words[language].split() for w in {e.lower(), e.casefold()}], language
        )
        for level, words in DEGREE.items()
        if language in words
    }


def denied(text: str, match: re.Match[str], language: str, reach: int = BEFORE_WORDS) -> bool:
    """Whether the word `match` found in `text` is denied ("no one was killed", "无人死亡"),
    by a word of denial up to `reach` words before it (`reach` 1: "no concern", not "did not
    hide his concern")."""
    denial = _denial(language)
    if denial is None or not (said := _denied(denial, text, match, language)):
        return False
    return language in DENY_AFTER or len(said.split()) - len(match[0].split()) <= reach


def _denied(denial: re.Pattern[str], text: str, match: re.Match[str], language: str) -> str:
    """The level word `match` with the words that deny it ("no major", "深刻ではない"), or
    "" when none does."""
    if later := _denied_later(text, match, language):
        return later
    if language in DENY_AFTER:
        after = denial.search(text[match.end() : match.end() + AFTER_CHARS + 3])
        return match[0] + after[0] if after else ""
    before = denial.search(text[max(0, match.start() - 60) : match.start()])
    if before is None:
        return ""
    between = before.groupdict().get("between") or ""
    if _reach_ends(language).intersection(between.casefold().split()):
        return ""
    return before[0] + match[0]


def _denied_later(text: str, match: re.Match[str], language: str) -> str:
    """The level word `match` with the words later in its clause that deny it (DENY_LATER:
    "... wurden nicht gemeldet"), or "" when none do."""
    if not (denial := DENY_LATER.get(language)):
        return ""
    clause = _clause_after(text, match.end(), language)
    later = re.search(denial, clause, re.IGNORECASE)
    return f"{match[0]} … {later[0]}" if later else ""


def _clause_after(text: str, end: int, language: str) -> str:
    """What follows `end` in its clause, up to LATER_WORDS words (LATER_CHARS characters in
    Chinese, Japanese, Korean): stopped at punctuation, at "and" and at the words that end
    a denial's reach ("Major flooding hit the town and injuries were not reported")."""
    clause = text[end : end + LATER_CHARS]
    clause = clause[: stop.start()] if (stop := CLAUSE_END.search(clause)) else clause
    if language in UNSPACED:
        return clause
    rest, *words = clause.split(" ")[: LATER_WORDS + 1]  # the rest of the level word first
    ends = _reach_ends(language) | AND_WORDS
    return " ".join([rest, *itertools.takewhile(lambda w: w.casefold() not in ends, words)])


@cache
def _reach_ends(language: str) -> frozenset[str]:
    return frozenset(REACH_ENDS.get(language, "").split())
