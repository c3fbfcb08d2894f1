"""Deaths a claim counts that its articles never mention: "a fire killed two workers" of
articles in the claim's language that say only "injuring three" (nu34 r01: "two" is too
small a number to check). Kept narrow, since a true claim flagged costs a reader a fact:
the claim must count its dead ("two workers", "3 people") and not deny them ("no one was
killed"); an article mentions deaths by any word for dying, denied or not ("it is not clear
how many died" mentions them); only articles in the claim's language are read (another
language's words for dying are too many to list: "perdieron la vida", "命を落とした"), and
none in it means it cannot be told. Words for dying in another sense ("killed the bill",
"death penalty", "dead heat") are none.

Entries as in level_words.py: whole words, "_" a space, "-" a word's start; in Chinese,
Japanese and Korean found anywhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache

from briefgen.assessed import denied, word_pattern
from briefgen.summarize.counts import counts

DEATHS = {
    "en": "kill- died dies die dead death deaths fatal- drown- lives_lost lost_their_lives "
    "perished death_toll",
    "de": "tot tote toten getötet tötet- starb starben gestorben sterben ums_leben todesopfer "
    "tod todes tödlich-",
    "fr": "mort morts morte mortes tué tués tuée tuées tuant décès décédé- péri perdu_la_vie",
    "es": "muerto muertos muerta muertas muerte muertes murió murieron mató mataron fallecid- "
    "falleció fallecieron víctimas_mortales perdieron_la_vida costó_la_vida",
    "it": "morto morti morta morte uccis- decedut- decess- vittime perso_la_vita",
    "pt": "morto mortos morta mortas morte mortes morreu morreram matou mataram óbito- faleceu "
    "faleceram perderam_a_vida",
    "nl": "dood doden dode omgekomen gedood overleden stierf stierven om_het_leven",
    "ru": "погиб- гибел- умер- смерт- убит- убил- скончал- жертв-",
    "uk": "загин- загиб- загибел- помер- смерт- убит- вбит- вбил- жертв-",
    "ar": "قتل- مقتل- قتلى وفاة- وفيات مصرع- توفي- حتف- بحياة",
    "zh": "死亡 遇难 丧生 身亡 罹难 死者 丧命 遇害",
    "ja": "死亡 死者 亡くな 犠牲 死去 命を落と",
    "ko": "사망 숨졌 숨진 숨져 숨지 목숨을_잃",
    "hi": "मौत मारे_गए मारा_गया मृत्यु मृतक- दम_तोड़",
    "tr": "öldü öldürüldü hayatını_kaybetti ölü- ölüm- ölen",
    "pl": "zginął zginęła zginęło zginęli zginęły zmarł- śmierć śmierci śmiertel- zabit- "
    "nie_żyj- ofiar_śmiertelnych",
}
# counts in words beyond those `counts` reads (two to twenty): "thirty-seven", "hundreds"
BIG_COUNT = re.compile(
    r"\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|dozens?)\b",
    re.IGNORECASE,
)
# Words for dying in another sense, in a claim (the brief's language is mostly English)
OTHER_SENSE = {
    "en": r"kill\w*\s+(?:the|a|its|their|his|her)\s+(?:bill|proposal|plan|deal|motion|idea|"
    r"project|story|engine)|killing\s+time|made\s+a\s+killing|dead\s+(?:heat|end|stop|in\s+"
    r"the\s+water|sea|weight)|dead-end|death\s+(?:penalty|sentence|threats?|valley|row|"
    r"knell|spiral)|(?:plan|bill|deal|engine|battery)\s+(?:\w+\s+)?(?:died|was\s+dead)|"
    r"(?:risk|danger|threat)\s+of\s+(?:\w+\s+){0,4}death",
}


# who died, when no one did: before the word in its clause ("no one was killed", "niemand
# kam ums Leben"), or after it ("погибших нет": of the dead, none)
NO_ONE_BEFORE = {
    "en": "no one|nobody|none",
    "de": "niemand",
    "fr": "personne",
    "es": "nadie|ninguno|ninguna",
    "it": "nessuno|nessuna",
    "pt": "ninguém|nenhum|nenhuma",
    "nl": "niemand|geen",
    "ru": "никто|ни один",
    "uk": "ніхто|жоден",
}
NO_ONE_AFTER = {"ru": "нет", "uk": "немає|нема"}


def untold(claim: str, language: str, articles: Sequence[tuple[str, str]]) -> bool:
    """Whether `claim`, in `language`, counts deaths (`counts_deaths`) that none of the
    `articles` ((text, language) pairs) in its language mentions; False when none is in it."""
    own = [text for text, lang in articles if lang[:2] == language[:2]]
    return (
        bool(own)
        and counts_deaths(claim, language)
        and not any(mentions(text, language) for text in own)
    )


def counts_deaths(text: str, language: str) -> bool:
    """Whether `text` says that a number of people died ("killed two workers", "3 died"):
    a word for dying, not denied nor in another sense, in a text that gives a count."""
    counted = counts(text, language[:2]) or re.search(r"\d", text) or BIG_COUNT.search(text)
    return bool(counted) and bool(deaths_in(text, language))


def deaths_in(text: str, language: str) -> list[re.Match[str]]:
    """The words of `text` that say someone died: not denied, nor of no one."""
    return [
        m
        for m in _deaths(text, language)
        if not denied(text, m, language[:2]) and not _no_one(text, m, language[:2])
    ]


def mentions(text: str, language: str) -> bool:
    """Whether `text` mentions deaths at all (denied or not: "how many died is not known")."""
    return next(_deaths(text, language), None) is not None


def _deaths(text: str, language: str) -> Iterator[re.Match[str]]:
    """The words for dying in `text`, less those in another sense."""
    if (pattern := _pattern(language[:2])) is None:
        return iter(())
    other = OTHER_SENSE.get(language[:2])
    spans = [m.span() for m in re.finditer(other, text, re.I)] if other else []
    return (m for m in pattern.finditer(text) if not any(a <= m.start() < b for a, b in spans))


def _no_one(text: str, match: re.Match[str], language: str) -> bool:
    """Whether the clause of `match` says no one died: "no one" up to three words before
    ("no one was reported killed"; not "no one was hurt and two died"), or "нет" after
    ("погибших нет")."""
    before = text[max(0, match.start() - 60) : match.start()]
    after = re.sub(r"^\w*", "", text[match.end() : match.end() + 20])
    words = NO_ONE_BEFORE.get(language)
    if words and re.search(rf"(?<!\w)(?:{words})(?:\s+[^\s.,;:!?]+){{0,3}}\s*$", before, re.I):
        return True
    words = NO_ONE_AFTER.get(language)
    return bool(words and re.match(rf"\s*(?:{words})(?!\w)", after, re.I))


@cache
def _pattern(language: str) -> re.Pattern[str] | None:
    words = DEATHS.get(language)
    return word_pattern(words.split(), language) if words else None
