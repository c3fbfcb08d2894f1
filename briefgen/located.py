"""A city located by the country named right after it (places.find, regions.settle):
"Tripoli, Lebanon", "Tripoli in northern Lebanon", طرابلس شمال لبنان and "Moscow, Idaho" are
Lebanon's and America's news, though the name alone tells Libya's capital and Russia's. A
country that follows a city says who as often as where ("In Moscow, US envoy Steve Witkoff
met ...", "In London, Canada's prime minister ...", "Delegations from Tripoli, Lebanon and
Syria ..."), so only one that stands as a place's locator does: after marks alone, a mark or
the text's end follows it; after words of where (LOCATING), anything may; never a
possessive, a list's next name, nor a people's name ("Tripoli, Lebanese officials said"),
nor after a city that is itself in a list ("Paris, Rome, Moscow, United States.").
Not in Chinese, Japanese or Korean, which name the country first (莫斯科美国大使馆: the US
embassy in Moscow)."""

from __future__ import annotations

from itertools import pairwise

import regex

from briefgen.words import read_in_morphemes

WITHIN = 30  # characters between a city and the country that locates it, at most
# what may stand between them: marks, and up to two words that say where in the country
LOCATING = regex.compile(
    r"[\s,(（،-]*(?:(?:in|of|northern|southern|eastern|western|central|north|south|east|west"
    r"|au|en|du|de|del|do|da|no|na|nel|im|dans|nord|sud|est|ouest|norte|sur|este|oeste"
    r"|في|شمال|جنوب|شرق|غرب|شمالي|جنوبي|شرقي|غربي|وسط)[\s,]+){0,2}",
    regex.IGNORECASE,
)
WORDED = regex.compile(r"\w")
CLOSED = regex.compile(r"\s*(?:[,.;:)）،؛]|$)")  # what follows a country named after marks alone
LISTED = regex.compile(r"\s*,?\s*(?:and|or|et|ou|y|o|e|und|oder|و)\s", regex.IGNORECASE)
POSSESSIVE = ("'s", "’s")
IN_A_LIST = regex.compile(r"\s*[,،、]\s*")  # between a city and the place before it

Span = tuple[int, int, str, bool]  # a place named: start, end, key, whether by its people


def located(text: str, spans: list[Span]) -> dict[str, frozenset[str]]:
    """Each city of `spans` (the places named, in order) that a country's name follows as
    its locator (see the module), with every country that so follows it in the text."""
    found: dict[str, set[str]] = {}
    for k, ((begin, end, city, _), (start, after, country, people)) in enumerate(pairwise(spans)):
        in_a_list = k > 0 and IN_A_LIST.fullmatch(text, spans[k - 1][1], begin) is not None
        if (
            city.startswith("c:")
            and country.startswith("n:")
            and not (people or in_a_list)
            and 0 <= start - end <= WITHIN
            and not read_in_morphemes(text[start:after])
            and text[after - 2 : after] not in POSSESSIVE
            and LOCATING.fullmatch(text, end, start)
            and (WORDED.search(text, end, start) or CLOSED.match(text, after))
            and not LISTED.match(text, after)
        ):
            found.setdefault(city, set()).add(country)
    return {city: frozenset(countries) for city, countries in found.items()}
