"""Whether a text says that someone died: a claim that "a fire killed two workers" needs an
article that says so, in any language, and not one that says only "injured" (nu34 r01: a
model's deaths that no article told passed, "two" being too small a number to check). A
death denied ("no one was killed", "无人死亡", "死者は出ていない") is no death said.

Entries as in level_words.py: whole words, "_" a space, "-" a word's start; in Chinese,
Japanese and Korean found anywhere. A language not listed cannot tell: its articles are
taken to say it.
"""

from __future__ import annotations

import re
from functools import cache

from briefgen.assessed import denied, word_pattern

DEATHS = {
    "en": "killed killing died dead death deaths fatalities fatality death_toll lives_lost "
    "perished",
    "de": "tot tote toten getötet starb starben gestorben ums_leben todesopfer",
    "fr": "mort morts morte mortes tué tués tuée tuées décès décédé- péri",
    "es": "muerto muertos muerta muertas murió murieron fallecid- falleció fallecieron "
    "víctimas_mortales",
    "it": "morto morti morta morte uccis- decedut-",
    "pt": "morto mortos morta mortas morreu morreram óbito- faleceu faleceram",
    "nl": "dood doden dode omgekomen gedood overleden",
    "ru": "погиб- умер- смерт- убит- убил-",
    "uk": "загин- помер- смерт- убит- вбит- вбил-",
    "ar": "قتل- مقتل- قتلى وفاة- وفيات مصرع- توفي-",
    "zh": "死亡 遇难 丧生 身亡 罹难 死者 丧命",
    "ja": "死亡 死者 亡くな 犠牲 死去",
    "ko": "사망 숨졌 숨진 숨져 목숨을_잃",
    "hi": "मौत मारे_गए मारा_गया मृत्यु मृतक",
    "tr": "öldü öldürüldü hayatını_kaybetti ölü ölüm",
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


def tells(text: str, language: str) -> bool:
    """Whether `text`, in `language` (ISO 639-1), says that someone died."""
    language = language[:2]
    if (pattern := _pattern(language)) is None:
        return False
    return any(
        not denied(text, m, language) and not _no_one(text, m, language)
        for m in pattern.finditer(text)
    )


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


def unknown(language: str) -> bool:
    """Whether the words of `language` for dying are not known (its texts cannot tell)."""
    return language[:2] not in DEATHS


@cache
def _pattern(language: str) -> re.Pattern[str] | None:
    words = DEATHS.get(language)
    return word_pattern(words.split(), language) if words else None
