"""Articles in two languages compared by their words (cluster._similarities): their content
words are other words, so the names and figures they share are all there is to judge by,
and across scripts only those that both can write: figures, places and names by their
sound."""

from __future__ import annotations

from collections.abc import Container

import numpy as np

from briefgen import places
from briefgen.cuts import elsewhere, other_happenings
from briefgen.figures import YEAR, telling_number
from briefgen.frequency import zipf
from briefgen.gazetteer import gazetteer
from briefgen.organisations import ORGANISATIONS
from briefgen.romanize import SPELLED, VOWELLED
from briefgen.salience import Profile
from briefgen.sound_keys import WHOLE
from briefgen.vectors import Vector, rowwise_dot, sparse_rows, unit

MIN_SHARED = 2  # one shared name or term alone is too often chance
# ... but across languages two telling numbers in common (268 votes to 187; 33,458 and
# 39,870 ballots) are one event, though its names are in two scripts (figures.telling_number)
TELLING_SHARED = 2
# ... or a telling number or a name among this many numbers in common that are no year
NUMBERS_SHARED = 3
COUNTS_SHARED = 2  # ... or a city in both leads and two counts (see _named_twice)
# Across scripts a share alone is no event in common (an index up 1.5% in a day, house prices
# up 1.5% in a month), but two shares in common count as one telling number: a rate raised
# from 0.5% to 0.75%
SHARES_SHARED = 2
CASED = {"latin", "cyrillic", "greek"}  # the scripts (scripts.script_of) with capital letters
# a key of a name's consonants (sound_keys.consonants), or of a foreign name's as katakana
# spells it with fewer than LOAN_STRONG (loanwords.loan, '~=' and three letters): three
# consonants meet by chance more often than a name by its sound
LOAN_STRONG = 4
# ... but five consonants or more meet by a name, not by chance: نيوتريلاك and Nutrilac
# ('~:ntrlk'; three or four meet by chance: गुरुवार, "Thursday", and Grover, grvr)
CONSONANTS_STRONG = 5
# ... and a key of an Indic word's whole sound (sound_keys.WHOLE) of fewer letters than this
# meets by chance as well: Marathi's इथे, "here", is 'ithe'
WHOLE_STRONG = 5
# a name in Latin letters that reports in two scripts write is written alike when it is this
# rare in English (zipf: JAXA 1.9, TSMC 2.1, H3 2.9), not a word of any trade (LNG 3.2, ISS
# 3.5, AI 4.2: a Korean shipyard's LNG carriers met a German utility's LNG from Qatar)
WRITTEN_RARE = 3.0
# the scripts whose languages write names alike (writers)
ALIKE_ACROSS_LANGUAGES = ("latin", "han")


def across(
    everything: list[Vector],
    profiles: list[Profile],
    script_caseless: tuple[np.ndarray, np.ndarray],
    left: np.ndarray,
    right: np.ndarray,
    who: np.ndarray,
) -> np.ndarray:
    """Similarity of pairs in two languages, whose content words are other words: the names
    and figures shared are all there is to judge by (and the embeddings, in
    _across_languages), and across scripts those that can be written in both; 0 unless they
    share enough (_named_twice), as across scripts when either is written without case
    (Chinese and Japanese share the Han script, but their names in common are places only).
    `everything`: the names-and-figures vectors with the names by their sound;
    `script_caseless`: each article's script and whether it is caseless; `who`: each pair's
    cosine over all names and figures."""
    script, caseless = script_caseless
    other_script = script[left] != script[right]
    spelled = np.array([p.script in SPELLED and p.language not in VOWELLED for p in profiles])
    written = written_alike(everything, profiles)
    anywhere = _anywhere(everything, left, right, spelled[left] | spelled[right], written)
    who_across = np.where(other_script, anywhere, who)
    strict = other_script | caseless[left] | caseless[right]
    return np.where(_named_twice(everything, left, right, strict, profiles), who_across, 0)


def in_any_script(
    everything: list[Vector], spelled: bool = False, written: Container[str] = ()
) -> list[Vector]:
    """The names-and-figures vectors cut to what every script writes alike, scaled to length
    1 again: figures, places (a place is named by its English name in every script:
    places.py) and names by their sound (현암 and Hyeonam: '~hyeonam', romanize.py), or for
    a pair with a text in a SPELLED script (Devanagari, Arabic, ...) by their consonants
    (कोहिनूर and Kohinoor: '~:knr'; one name is one key). An English report's other names,
    that a Korean one cannot share, would make one event look like two; so would its
    regions (regions.py: Hokkaido), which the gazetteer knows in Latin letters only. But a
    name that reports in two scripts of the batch write in Latin letters (`written`: JAXA,
    H3 and HTV-X in a Japanese report and in an English one) is written alike."""
    known = gazetteer().in_every_script
    return [
        unit({k: w for k, w in v.items() if _in_any_script(k, known, spelled, written)})
        for v in everything
    ]


def _in_any_script(key: str, known: Container[str], spelled: bool, written: Container[str]) -> bool:
    if key[0] == "~":
        return key.startswith("~:") == spelled
    return key[0] == "#" or key[1:] in known or key[1:] in ORGANISATIONS or key in written


def written_alike(everything: list[Vector], profiles: list[Profile]) -> set[str]:
    """The names in Latin letters ('@' keys) that reports in two scripts of the batch write,
    rare in English (WRITTEN_RARE): an acronym or a brand that a Japanese or a Hindi report
    writes as the English one does."""
    if len({p.writing for p in profiles}) < 2:
        return set()  # one script: no pair in two (and no walk over every name)
    found: dict[str, set[str]] = {}
    for vector, profile in zip(everything, profiles, strict=True):
        for k in vector:
            if k[0] == "@" and k[1:].isascii():
                found.setdefault(k, set()).add(profile.writing)
    return {
        k for k, writers in found.items() if len(writers) > 1 and zipf(k[1:], "en") <= WRITTEN_RARE
    }


def _anywhere(
    everything: list[Vector],
    left: np.ndarray,
    right: np.ndarray,
    spelled: np.ndarray,
    written: Container[str],
) -> np.ndarray:
    """Each pair's cosine over what both scripts write alike (in_any_script, `written`), by
    their consonants where either is in a SPELLED script (`spelled`)."""
    found = rowwise_dot(sparse_rows(in_any_script(everything, False, written)), left, right)
    if spelled.any():
        alike = in_any_script(everything, True, written)
        by_consonants = rowwise_dot(sparse_rows(alike), left, right)
        found = np.where(spelled, by_consonants, found)
    return np.maximum(found, 0)


def _named_twice(
    everything: list[Vector],
    left: np.ndarray,
    right: np.ndarray,
    strict: np.ndarray,
    profiles: list[Profile],
) -> np.ndarray:
    """Whether each pair shares two names or figures, one of them a name, or TELLING_SHARED
    telling numbers: a count or a date in common is no event in common, nor is one name (a
    company in the news twice a day). Across scripts, or where one side writes no capitals
    (`strict`), a name in common is a place (in_any_script), and only a telling number that
    is no share counts as the second thing in common: Seoul and "1" are no event, nor Seoul
    and 1.5% (an index's day and a month of house prices: each profile's numbers given as
    shares), but two shares (0.5% and 0.75%) count as one such number. There a name by its
    sound counts as a name (in one script it is the name itself), one word in two of its
    forms once (`stems`), by its consonants only beside another or a telling number. And a
    city both leads name with COUNTS_SHARED counts of ten or more in common is one event (a fire in
    Dongguan, 12 hurt and 15 fire engines; a markets piece that names Seoul and 14 and 18 is
    not, Seoul is not in its lead), as is one with one kind of event both leads tell
    (happenings.py) and a figure both give (Profile.lead_counts: "17 taken to hospital" by a
    Mumbai fire in Hindi and in English, five dead of a collapse in Alexandria in Arabic and
    in English; not two figures of either's text, which two fires in Mumbai that day gave
    by chance, 3 and 14: blind-day-22). A town both name (salience._shared_towns) and a
    count both leads give are two things in common, though the count is of a day of the
    month's size (23 bodies from a jade-mine landslide in Hpakant, in Burmese and in
    English: blind-day-50). And a telling number or a name beside NUMBERS_SHARED numbers in
    common that are no year is one event (a Hong Kong fire's 45 fire engines, 200 evacuated
    and 12 hours, in Chinese and in English; Tehran, 80 districts, 9 hours and 5 weeks of
    water cuts, in Persian and in English); one telling number or a place beside a small
    count is chance."""
    shares_of = [p.shares for p in profiles]
    towns = set().union(*(p.towns for p in profiles))
    n = len(everything)
    rows = sparse_rows(
        _names_only(everything)
        + [dict.fromkeys((k for k in v if _a_telling_number(k)), 1.0) for v in everything]
        + [dict.fromkeys((k for k in v if k[0] == "#"), 1.0) for v in everything]
        + [
            dict.fromkeys((k for k in v if _a_telling_number(k) and k not in shares), 1.0)
            for v, shares in zip(everything, shares_of, strict=True)
        ]
        + [
            dict.fromkeys((k for k in v if _a_count(k) and k not in shares), 1.0)
            for v, shares in zip(everything, shares_of, strict=True)
        ]
        + [dict.fromkeys(places.cities(p.lead_places), 1.0) for p in profiles]
        + [dict.fromkeys(shares, 1.0) for shares in shares_of]
        + [dict.fromkeys((k for k in v if _weak(k)), 1.0) for v in everything]
        + [dict.fromkeys(map(str, p.lead_counts), 1.0) for p in profiles]
        + [dict.fromkeys(p.lead_happenings, 1.0) for p in profiles]
        + [dict.fromkeys((k for k in v if _a_number(k)), 1.0) for v in everything]
        + [dict.fromkeys(towns & v.keys(), 1.0) for v in everything]
    )  # fmt: skip
    counts = rowwise_dot(rows[4 * n : 5 * n], left, right)
    one_city = rowwise_dot(rows[5 * n : 6 * n], left, right)
    telling = rowwise_dot(rows[n : 2 * n], left, right)
    counted = rowwise_dot(rows[3 * n : 4 * n], left, right)
    counted += rowwise_dot(rows[6 * n : 7 * n], left, right) >= SHARES_SHARED
    figures = rowwise_dot(rows[8 * n : 9 * n], left, right)
    # beside a town both name, a count both leads give is a telling one (not beside a city:
    # 17 taken to hospital from a Mumbai fire and 17 detained at a Mumbai march)
    one_town = rowwise_dot(rows[11 * n :], left, right) > 0
    counted = np.maximum(counted, one_town & (figures > 0))
    numbers = np.where(strict, counted, rowwise_dot(rows[2 * n : 3 * n], left, right))
    # one name's consonants alone in common (three letters) is chance beside a place
    # (गुरुवार "Thursday" and Grover, both in Mumbai); beside a telling number it counts
    lone = (rowwise_dot(rows[7 * n : 8 * n], left, right) == 1) & (numbers == 0)
    one_kind = rowwise_dot(rows[9 * n : 10 * n], left, right) > 0
    numbered = rowwise_dot(rows[10 * n : 11 * n], left, right)
    sounds = [frozenset(k for k in v if k[0] == "~") for v in everything]
    in_common = [len(stems(sounds[a] & sounds[b])) for a, b in zip(left, right, strict=True)]
    sounded = np.where(strict, np.array(in_common, dtype=float) - lone, 0)
    named = rowwise_dot(rows[:n], left, right) + sounded
    return (
        ((named > 0) & (named + numbers >= MIN_SHARED))
        | (telling >= TELLING_SHARED)
        | (((telling > 0) | (named > 0)) & (numbered >= NUMBERS_SHARED))
        | ((one_city > 0) & ((counts >= COUNTS_SHARED) | (one_kind & (figures > 0))))
    )


def _names_only(vectors: list[Vector]) -> list[dict[str, float]]:
    """Each vector's names ('@' keys, not figures or sounds), each counted once."""
    return [dict.fromkeys((k for k in v if k[0] == "@"), 1.0) for v in vectors]


def stems(keys: frozenset[str]) -> frozenset[str]:
    """Keys by sound without those that are another of them with an ending (Armenian բանկի
    and Kazakh Банкі, "of the bank": banki beside bank): one word in two of its forms is one
    name in common, not two (a Kazakh rate cut and an Armenian rate hold met by "bank" twice
    and a year, blind-day-35)."""
    return frozenset(k for k in keys if not any(k[:end] in keys for end in range(2, len(k))))


def _weak(key: str) -> bool:
    """Whether a key is of a name's consonants and meets others by chance (see LOAN_STRONG,
    CONSONANTS_STRONG)."""
    if key.startswith("~" + WHOLE):
        return len(key) - 3 < WHOLE_STRONG
    if key.startswith("~:"):
        return len(key.lstrip("~:!")) < CONSONANTS_STRONG
    return key.startswith("~=") and len(key) - 2 < LOAN_STRONG


def _a_count(key: str) -> bool:
    """A whole number of ten or more that is no year ('#12', '#3000', '#1,950')."""
    digits = key[1:].replace(",", "")
    return key[0] == "#" and digits.isdigit() and int(digits) >= 10 and not YEAR.fullmatch(key[1:])


def _a_number(key: str) -> bool:
    """A number that is no year ('#3', '#45', '#1,950'; not '#2026')."""
    return key[0] == "#" and not YEAR.fullmatch(key[1:])


def _a_telling_number(key: str) -> bool:
    return key[0] == "#" and telling_number(key[1:])


def unlike_in_words(
    profiles: list[Profile],
    names: list[Vector],
    words: dict[tuple[int, int], float],
    left: np.ndarray,
    right: np.ndarray,
) -> np.ndarray:
    """Whether the words tell each pair in two languages apart, where an embeddings model
    joins them (it sees two central banks' cuts, or two bus crashes in two countries, as one
    news): both in Latin letters, they share no name (the ECB's cut in Dutch and the Czech
    National Bank's in Czech; one event's reports in Latin letters share its names and
    places, where a Japanese and a Chinese report of one typhoon write its name ラナリ and
    拉纳莉); or their leads tell different kinds of event (cuts.other_happenings); or the
    words found nothing in common (`words`: their similarity of each pair, i < j) and their
    leads are in different places (cuts.elsewhere: a bus in a gorge near Shimla told in
    Hindi, another in Nepal's Dhading in Nepali). `names`: the names-and-figures vectors."""
    latin = np.array([p.script == "latin" for p in profiles])
    named = sparse_rows(_names_only(names))
    unnamed = latin[left] & latin[right] & (rowwise_dot(named, left, right) == 0)
    pairs = zip(left.tolist(), right.tolist(), strict=True)
    apart = np.array([not words.get(pair) for pair in pairs], dtype=bool)
    if apart.any():  # places only for the pairs the words found nothing in
        apart[apart] = elsewhere(profiles, left[apart], right[apart])
    return unnamed | apart | other_happenings(profiles, left, right)[0]


def writers(profiles: list[Profile]) -> list[str]:
    """What each report writes names in, for clustering's cohesion tests (linkage: a pair of
    two writers that shares nothing is unknown, not unlike): its script, and its language too
    outside Latin letters and Han characters, where each language spells foreign names its
    own way (Russian's Россия is Kazakh's Ресей). Chinese and Japanese write places alike
    in Han (台湾, 花蓮): a Japanese market report that shares nothing with a Chinese one of
    Hualien's quake is unlike it (measured: benchmarks/README.md)."""
    return [
        p.writing if p.script in ALIKE_ACROSS_LANGUAGES else f"{p.writing}:{p.language}"
        for p in profiles
    ]
