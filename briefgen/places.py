"""Places an article names, so that "where" can tell two events apart and one place named in
other words ("Lisboa", "the Portuguese capital", "Portugal's capital") stays one place.

A place is a key: 'c:' and the city's name ('c:lisbon'), or 'n:' and the country's ISO code
('n:PT'), or 'r:' and a region's name ('r:cumbria': regions.py). Naming a city whose country
is known, or a region, names that country too, and 'k:' and the country's code ('k:PT') says
that a city or region of that country was named. The names come from gazetteer.py.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from briefgen import adjectives
from briefgen import caseless_places as caseless
from briefgen.frequency import zipf
from briefgen.gazetteer import ACRONYMS, Gazetteer, gazetteer
from briefgen.located import Span, located
from briefgen.place_words import (
    MAX_WORDS,
    NOT_A_PLACE,
    NOUNS_CAPITALISED,
    Word,
    a_word_here,
    cached_fold,
    case_ended,
    declined,
    declined_name,
    german,
    looked_up,
    name_of,
    starts_a_name,
)
from briefgen.words import (
    cased_only,
    has_caseless,
    read_in_morphemes,
    unspaced_runs,
)

# languages that write a name's case ending after an apostrophe (Turkish: Malatya'nın,
# Malatya's), which ends the name
APOSTROPHE_CASES = frozenset({"tr"})
CASE_ENDING = regex.compile(r"['’]\p{Ll}+$")
SHORT_CAPS = 5  # a word of this many capitals or fewer is an acronym ("NICE"), unless listed
CONNECTORS = r"de|da|do|dos|das|del|di|la|le|el|al|and|of|upon"
# a run of capitalised words, possibly joined by a lowercase connector ("Rio de Janeiro")
CAPITALISED = r"\p{Lu}[\p{L}\p{M}’'-]*(?:\.\p{Lu}[\p{L}\p{M}’'-]*)*"  # "Lisbon", "D.C"
RUN = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}]){CAPITALISED}(?:\s+(?:(?:{CONNECTORS})\s+)?{CAPITALISED})*"
)
WORD = regex.compile(r"\S+")
SENTENCE_START = regex.compile(r"(?:[.!?:…]['\"”’)]*\s+|\n\s*)['\"“‘(]*$")
# "the Portuguese capital", "Portugal's capital", not "Swiss capital markets"
CAPITAL_AFTER = regex.compile(
    r"\s+capital\b(?!\s+(?:markets?|gains?|flight|spending|controls?|inflows?|outflows?"
    r"|investment|expenditure|requirements?|ratios?|buffers?|goods|city))",
    regex.I,
)
THE_BEFORE = regex.compile(r"\bthe\s+$", regex.I)
CAPITAL_BEFORE = regex.compile(r"\bcapital\s+of\s+(?:the\s+)?$", regex.I)  # "capital of Peru"
# a clock, not a place: "4:17 a.m. (Beijing time)" (and "北京时间3时17分", "日本時間", "한국 시간":
# caseless_places.CLOCK_WORDS); in Latin letters after an hour or a bracket ("For Ukraine
# time is running out" is Ukraine)
CLOCK = regex.compile(r"\s?(?:time\b|standard\s+time\b)", regex.I)
CLOCK_BEFORE = regex.compile(r"(?:\d|[ap]\.?m\.?|\()\s*$", regex.I)
# a street named after a city, in a language that writes the street's word before its name
# ("strada Brașov" in Bucharest, "rue de Lyon", "ul. Gdańsk"): no city. Only words that name
# a street and nothing else, in lower case: not "via Londra" (by way of London), "place de
# Paris" (Paris's standing), "piața Chinei" (China's market), "улицы Москвы" (Moscow's
# streets), "площадь Москвы" (Moscow's area); English's "Moscow Road" is one longer name
# (_in_a_name)
STREETS = {
    "ro": r"strada|str\.|bulevardul|bd\.|șoseaua|soseaua|aleea",
    "it": r"viale|piazzale",
    "fr": r"rue|boulevard|bd|quai",
    "es": r"calle|c/|avenida|avda\.",
    "pt": r"rua|avenida|av\.|travessa",
    "ca": r"carrer|avinguda",
    "pl": r"ulica|ulicy|ulicą|ul\.|aleja|alei",
    "cs": r"ulice|ul\.",
    "sk": r"ul\.",
    "ru": r"ул\.|проспект|проспекте|пр-т|переулок",
    "uk": r"вул\.|проспект|проспекті|провулок",
    "bg": r"ул\.|булевард|бул\.",
}
STREET_BEFORE = {
    language: regex.compile(
        rf"(?:^|[\s(])(?:{words})\s+(?:(?:de|du|des|de la|del|della|di|da|do)\s+)?$"
    )
    for language, words in STREETS.items()
}
# a place's own institutions, named after it ("Lyon Metro", "Kyiv Police", and "Taipei City
# Council": _its_own): the place stays a place. Not "Station" (Victoria Station, Waterloo
# Station name no Victoria) nor "Port" (Port Vale)
THE_PLACE_S = frozenset(
    "council metro mrt subway underground police airport harbour harbor municipality "
    "municipal province district region regional prefecture mayor".split()
)
# the kind of place, written before its name with a capital: Vietnamese "TP Hải Phòng" (city),
# Indonesian "Kota Bandung", "Kabupaten Bogor", "Provinsi Aceh": the place stays a place
KIND_BEFORE = frozenset("tp kota kabupaten provinsi".split())
# ... and what opens a sentence before a place's name: "In Abuja, outlets sell at N1,180"
KIND_BEFORE |= frozenset("in at on from after near outside across throughout en dans à im".split())
# a word this common in its language (zipf) is an article or a preposition: la 7.4, η 7.2,
# the 7.7, aux 6.3; not a country's name in its own language (France 6.0, Brasil 6.0)
FUNCTION_WORD = 6.3


@dataclass
class Found:
    """The places of one text: each place's key counted, the names (case-folded) of those
    named in other words than their own, the words that named a place, and the towns named
    in their own script (gazetteer.Place)."""

    places: Counter[str] = field(default_factory=Counter)
    aliases: Counter[str] = field(default_factory=Counter)
    words: set[str] = field(default_factory=set)  # single words found to be places, folded
    towns: Counter[str] = field(default_factory=Counter)  # by their names ('t:' places)
    # each city followed by the name of a country that locates it ('c:tripoli':
    # {'n:LB'}, of "Tripoli, Lebanon": located.py), and the places named, in order
    located: dict[str, frozenset[str]] = field(default_factory=dict)
    spans: list[Span] = field(default_factory=list, repr=False)


def find(
    text: str,
    capital: Mapping[str, int],
    small: Mapping[str, int],
    title_case: bool = False,
    language: str = "",
) -> Found:
    """Places named in `text`. A single word is taken for a place only when the batch writes
    it (case-folded) inside sentences with a capital at least as often as without
    (`capital`, `small`: counts), and, at the start of a sentence or in a Title Case
    headline, never without ("the Metro line" and "metro" elsewhere, "Nice weather"). A
    place's name inside a longer name is no place (see _in_a_name), nor a short acronym
    ("NICE") but at the very start of the text (a dateline) or as a listed one ("UK"), nor a
    currency's ("US$6.7bn", "HK$58").
    Chinese, Japanese and Korean have no capitals: their words are looked up (`language`,
    the text's, picks the segmenter; see caseless_places.in_unspaced), as are those of Hindi,
    Arabic and the other scripts written with spaces but no capitals (in_caseless). A country's
    adjective in a text of its language names it ("chinesische": adjectives.py)."""
    names = gazetteer()
    found = Found()
    plain = cased_only(text)
    if not plain and read_in_morphemes(text):
        for run in unspaced_runs(text):
            for words in caseless.in_unspaced(names, text, run, language):
                _count(names, found, text, words)
    if not plain and has_caseless(text):
        for words in caseless.in_caseless(names, text, language):
            _count(names, found, text, words)
    nouns_capitalised = language[:2] in NOUNS_CAPITALISED
    for run in RUN.finditer(text):
        if not nouns_capitalised and not any(
            starts_a_name(names, looked_up(w, language), language) for w in run[0].split()
        ):
            continue  # most runs: people, firms, weekdays
        words = [
            Word(w.group(), w.start(), w.end(), looked_up(w.group(), language))
            for w in WORD.finditer(text, *run.span())
        ]
        if nouns_capitalised:
            words = german(names, words)
            if not names.starts.intersection(w.folded for w in words):
                continue
        at_start = title_case or _starts_sentence(text, run.start())
        opener = at_start and _function_word(words[0].folded, language)
        i = 0
        while i < len(words):
            n, surface = _match(
                names, words, i, (at_start, opener), title_case, (capital, small), language
            )
            city = bool(n) and names.names[surface].key[:2] in ("c:", "t:")
            if n and not _no_place(text, words[i].start, words[i + n - 1].end, language, city):
                _count(names, found, text, words[i : i + n], surface)
            i += n or 1
    found.located = located(text, sorted(found.spans))
    if named := adjectives.countries_in(text, language):  # "chinesische", "chinoise"
        english = set(found.words)  # (Dutch "Chinese": found above, as English's)
        for word, country, name in named:
            if word not in english:
                found.places[country] += 1
                found.words.add(word)
                found.aliases[name] += 1
    return found


def _no_place(text: str, start: int, end: int, language: str = "", city: bool = False) -> bool:
    """Whether the place named at text[start:end] tells the time ("9 a.m. Moscow time"), a
    currency ("US$6.7bn") or, a `city`, a street (STREET_BEFORE: "strada Brașov")."""
    if text[end : end + 1] == "$":
        return True
    street = STREET_BEFORE.get(language[:2]) if city else None
    if street and street.search(text, max(0, start - 24), start):
        return True
    return bool(CLOCK.match(text, end) and CLOCK_BEFORE.search(text, max(0, start - 12), start))


def _match(
    names: Gazetteer,
    words: list[Word],
    i: int,
    start: tuple[bool, bool],
    title_case: bool,
    cases: tuple[Mapping[str, int], Mapping[str, int]],
    language: str,
) -> tuple[int, str]:
    """How many words from words[i] on name a place (the longest name), 0 when none does,
    and the name they are looked up by (in a case: declined_name). `start`: whether the
    words open a sentence, and whether their first is a function word that does (see
    _function_word); `cases`: the batch's counts of words with a capital and without;
    `language`: the text's (a name from another may be a word in it)."""
    at_start, opener = start
    capital, small = cases
    if not starts_a_name(names, words[i].folded, language):
        return 0, ""
    for n in range(min(MAX_WORDS, len(words) - i), 0, -1):
        surface = name_of(words[i : i + n])
        if surface not in names.names:
            surface = declined_name(words[i : i + n], language) or surface
        if surface not in names.names or names.common_word_in(surface, language):
            continue
        opens = (i == 0 and at_start) or title_case
        if n == 1 and (
            not _single_word_place(words[i], opens, capital, small)
            or (opens and a_word_here(surface, names.names[surface], language))
        ):
            return 0, ""
        after_opener = opener and i == 1  # "La France a annoncé", "Η Αίγυπτος"
        if (
            surface not in names.demonyms
            and not title_case
            and _in_a_name(words, i, n, after_opener, names.names[surface].country, language)
        ):
            return 0, ""
        return n, surface
    return 0, ""


@lru_cache(maxsize=65536)
def _function_word(folded: str, language: str) -> bool:
    """Whether a word is one of its language's commonest (an article, a preposition: zipf
    FUNCTION_WORD or more; English's when the language is unknown), which, opening a
    sentence with a capital, makes no longer name with the place after it (as KIND_BEFORE's
    do anywhere: _in_the_name)."""
    return zipf(folded, language or "en") >= FUNCTION_WORD


def _single_word_place(
    word: Word, at_start: bool, capital: Mapping[str, int], small: Mapping[str, int]
) -> bool:
    """Whether one capitalised word that names a place is taken for it: not a common word
    (see find), not an acronym unless a listed one or a dateline, and a listed acronym only
    in capitals (ABD'ye, not "Abd el-Fattah"; USA, not Italian's "Usa il telefono")."""
    if small.get(word.folded, 0) > (0 if at_start else capital.get(word.folded, 0)):
        return False  # "Nice weather"
    if word.folded in ACRONYMS and not regex.split(r"['’]", word.text)[0].isupper():
        return False  # (without Turkish's case ending: ABD'ye)
    acronym = word.text.isupper() and len(word.text.strip(".'’")) <= SHORT_CAPS
    return not acronym or word.folded in ACRONYMS or word.start == 0


def _in_a_name(
    words: list[Word],
    i: int,
    n: int,
    after_opener: bool = False,
    country: str = "",
    language: str = "",
) -> bool:
    """Whether the name words[i : i + n] is part of a longer name in its run of capitalised
    words: a person's ("Martin Ashdown", "Grace Jackson", "Jordan Henderson"), a club's or a
    paper's ("Paris Saint-Germain", "Washington Post"). A possessive may be followed by one
    ("Lisbon's Metro"), and the place's own institution may follow ("Lisbon Metro", "Taipei
    City Council": _its_own); a lower-case connector separates ("Metropolitano de Lisboa"),
    as does a German common noun before it ("der Stadt Piła": place_words.german), and a
    function word opening the sentence (`after_opener`: "The Netherlands said", "La France a
    annoncé"). A country's name in another case is a name of its own ("Chinas Exporte"), and
    so is a place after the possessive of a place of its `country` ("Indonesia's Central
    Sulawesi", "Japan's Miyagi prefecture"; not "Lisbon's Metro", Metro in Indonesia). A
    case ending after an apostrophe ends a name as "'s" does, in a `language` that writes one
    (APOSTROPHE_CASES: "Malatya'nın Pütürge ilçesi", Malatya's district of Pütürge), and so
    does any where only a name's last word takes it (place_words.case_ended: "Helsingissä
    Suomen hallitus")."""
    if n == 1 and declined(words[i]):
        return False
    before = (
        i > 0
        and not after_opener
        and _in_the_name(words[i - 1])
        and not _possessor(words[i - 1], country)
        and not case_ended(words[i - 1], language, country)
    )
    after = i + n < len(words) and words[i + n].text[:1].isupper() and not _its_own(words, i + n)
    last = words[i + n - 1].text
    ended = (
        last.endswith(("'s", "’s"))
        or (language[:2] in APOSTROPHE_CASES and bool(CASE_ENDING.search(last)))
        or case_ended(words[i + n - 1], language)
    )
    return before or (after and not ended)


def _possessor(word: Word, country: str) -> bool:
    """Whether a word is the possessive of a place of `country` ("Indonesia's")."""
    place = gazetteer().names.get(word.folded)
    possessive = word.text.endswith(("'s", "’s"))
    return possessive and bool(country) and place is not None and place.country == country


def _its_own(words: list[Word], k: int) -> bool:
    """Whether words[k:] name an institution of the place before them (see THE_PLACE_S):
    "Metro", "Police", "City Council"; not "City" or "County" alone, which name clubs
    (Manchester City, Derby County)."""
    folded = words[k].folded
    if folded in THE_PLACE_S:
        return True
    following = words[k + 1].folded if k + 1 < len(words) else ""
    return folded in ("city", "county") and following in ("council", "hall", "government", "police")


def _in_the_name(word: Word) -> bool:
    """Whether a word before a place's name is part of the longer name (see _in_a_name)."""
    return word.text[:1].isupper() and word.folded not in KIND_BEFORE and word.folded != NOT_A_PLACE


def _starts_sentence(text: str, at: int) -> bool:
    return at == 0 or bool(SENTENCE_START.search(text, max(0, at - 12), at))


def _count(names: Gazetteer, found: Found, text: str, words: list[Word], surface: str = "") -> None:
    """Count the place that `words` name (by `surface`, the name they are looked up by, or
    their own), its country, and its capital if they name that."""
    surface = surface or name_of(words)
    place = names.names[surface]
    if len(words) == 1 and not read_in_morphemes(surface):
        found.words.add(surface)  # 新潟 is named by its own name (below): one name, not two
        if words[0].text != surface and cached_fold(words[0].text) == surface:
            found.words.add(words[0].text)  # شیراز as written, looked up as شيراز
    if place.key.startswith("t:"):
        found.towns[place.name] += 1
        return
    found.places[place.key] += 1
    found.spans.append((words[0].start, words[-1].end, place.key, surface in names.demonyms))
    if place.country and place.country != place.key:
        found.places[place.country] += 1
        found.places["k" + place.country[1:]] += 1  # 'k:PT': a place in Portugal is named
    if place.name != surface or " " in surface:  # "Lisboa", "Portuguese": by its own name;
        found.aliases[place.name] += 1  # "South Korea" as one name, as "South Korean" gives
    capital = names.capitals.get(place.key)
    start, end = words[0].start, words[-1].end
    if capital and _names_its_capital(text, start, end, surface in names.demonyms):
        found.places[capital.key] += 1
        found.places["k" + place.key[1:]] += 1
        found.aliases[capital.name] += 1


def _names_its_capital(text: str, start: int, end: int, demonym: bool) -> bool:
    """Whether a country's name at text[start:end] names its capital: "the Portuguese
    capital", "Portugal's capital", "the capital of Portugal"."""
    before = text[max(0, start - 20) : start]
    if CAPITAL_BEFORE.search(before):
        return True
    possessive = text[start:end].endswith(("'s", "’s"))
    return bool(CAPITAL_AFTER.match(text[end : end + 30])) and (
        possessive or (demonym and bool(THE_BEFORE.search(before)))
    )


@lru_cache(maxsize=1)
def capitals() -> frozenset[str]:
    """The keys of the countries' capital cities."""
    return frozenset(place.key for place in gazetteer().capitals.values())


def cities(places: Counter[str] | set[str]) -> set[str]:
    return {p for p in places if p.startswith("c:")}


def countries(places: Counter[str] | set[str]) -> set[str]:
    return {p for p in places if p.startswith("n:")}


def countries_of_cities(places: Counter[str] | set[str]) -> set[str]:
    """The 'k:' keys: the countries whose cities, or regions (regions.py), are named."""
    return {p for p in places if p.startswith("k:")}
