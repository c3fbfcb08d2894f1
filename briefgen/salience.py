"""How telling a word is of one event, beyond the day's batch: its background frequency in the
article's language (wordfreq, 40+ languages), and for a number how specific it is.

A batch of twenty articles cannot tell a template word ("officials", "inquiry") from a city:
both may be in half of them. The language at large can: "officials" is a common word, "Lisbon"
or "Halvorsen" a rare one. `frequency.rarity` is that difference, in zipf units.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import regex

from briefgen import datelines, inflection, kin, organisations, places, regions, romanize
from briefgen.article_words import (
    TOKEN,
    Words,
    in_title_case,
    with_uzbek_letters,
    without_prefixes,
    word_key,
    words_of,
)
from briefgen.figures import (
    SPECIFIC,
    UNCOUNTED,
    ascii_digits,
    buckets,
    number_rarity,
    numbers_apart,
    tallies,
)
from briefgen.frequency import calendar_words, rarity
from briefgen.gazetteer import gazetteer
from briefgen.happenings import told
from briefgen.language import DEFAULT_LANGUAGE, language_of
from briefgen.models import Article
from briefgen.revisions import lead_tolls
from briefgen.roundups import roundup
from briefgen.scripts import SCRIPT_SAMPLE, script_of
from briefgen.storm_glosses import called, glossed
from briefgen.storms import name_keys, named_storms
from briefgen.venues import without_venues
from briefgen.words import (
    simplified,
)
from briefgen.wraps import market_report, markets_wrap

LEAD_SENTENCES = 1  # the title and this many first sentences say what the article is about
# The top of an article says who, what, where and when; further down, a long one drifts into
# background that other events share (an election's history, a war's) and that outweighs
# its news. Words are read from the title and about this many first characters of the text
# (embeddings read as much: embeddings.LEAD_CHARS). Measured: benchmarks/README.md, "Long
# articles".
TOP_CHARS = 1000
# ... and in Chinese and Japanese, which say as much in fewer characters (a word is one to
# three), this many: 1000 read a whole Japanese report of Coming of Age Day, whose ninth
# paragraph noted the heavy snow in Niigata, into the snow's story (blind-day-36). Measured
# on our corpora: benchmarks/README.md
TOP_CHARS_DENSE = 400
DENSE = frozenset({"zh", "ja"})
# title, dateline, lead, rest: how often each counts, and whether it is the lead
PARTS = ((2, True), (1, False), (1, True), (1, False))
DATELINE = 1  # the dateline's index in PARTS
# a sentence's end: before a capital, a digit or a letter of a script without case (Arabic,
# Hebrew, Devanagari: a lead there was the whole top), or after 。！？
SENTENCE_END = regex.compile(
    r"(?<=[.!?؟।۔])[\"'”’)]?\s+(?=[\"'“‘(]?[\p{Lu}\p{Lt}\p{Lo}\d])|[。！？][」』”）]?"
)


@dataclass
class Profile:
    """What an article is about, as countable keys: content stems, and anchors (names,
    case-folded, prefixed '@', and numbers, prefixed '#'); `rarity` how telling each key is
    in the article's language; its quantities as 'kind=value' (see figures.buckets)."""

    terms: Counter[str]
    anchors: Counter[str]
    rarity: dict[str, float]
    figures: set[str]  # every quantity, to two significant digits, also rounded down and up
    key_figures: set[str]  # the title's and first sentence's specific counted quantities
    language: str = DEFAULT_LANGUAGE  # ISO 639-1, as `language_of` tells
    script: str = ""  # the script of its start (scripts.script_of: 'latin', 'han', ...)
    places: set[str] = field(default_factory=set)  # cities and countries named (places.py)
    lead_places: set[str] = field(default_factory=set)  # those of the title and first sentence
    shares: set[str] = field(default_factory=set)  # the numbers ('#1.5') given as shares (1.5%)
    # its names by their sound ('~seiwa': romanize.py) and the Han words a Chinese and a
    # Japanese report share ('~震源': kin.py), when the batch has Chinese, Japanese or
    # Korean, for pairs in two scripts
    sounds: Counter[str] = field(default_factory=Counter)
    # the kinds of event its lead tells, and its text's start (happenings.py: 'fire', ...)
    lead_happenings: frozenset[str] = frozenset()
    happenings: frozenset[str] = frozenset()
    dead: frozenset[float] = frozenset()  # the counts of the dead its lead gives (revisions.py)
    roundup: bool = False  # it tells several events in turn, a paragraph each (roundups.py)
    wrap: bool = False  # it tells how the day's markets moved, index by index (wraps.py)
    market_lead: bool = False  # its lead speaks of the markets (wraps.market_report)
    towns: set[str] = field(default_factory=set)  # its names of towns ('@holon', _shared_towns)
    storms: frozenset[str] = frozenset()  # the storms its lead names ('storm:tr': storms.py)
    # ... their names, and the names its top gives them in brackets, in Latin letters ('tora':
    # storms.aliased)
    storm_names: frozenset[str] = frozenset()
    storm_glosses: frozenset[str] = frozenset()

    @property
    def lead_dead(self) -> frozenset[float]:
        """Its counts of the dead to two significant digits, as key figures are (137: 140)."""
        return frozenset(float(buckets(f"dead={n:g}")[0].partition("=")[2]) for n in self.dead)

    @property
    def lead_counts(self) -> frozenset[float]:
        """What its lead gives: its key figures' values and its counts of the dead, to two
        significant digits."""
        return (
            frozenset(v for f in self.key_figures if (v := value(f)) is not None) | self.lead_dead
        )

    @property
    def writing(self) -> str:
        """Its script as two reports can share one: scripts.script_of's 'other' (Georgian,
        Armenian, Khmer, Ge'ez, ...) told apart by the language."""
        return self.script if self.script != "other" else f"other:{self.language}"


def value(figure: str) -> float | None:
    """A key figure's value ('peopl=37e0': 37.0; None of a score, 'tally=17-16')."""
    digits, _, exponent = figure.partition("=")[2].partition("e")
    return float(f"{digits}e{exponent or 0}") if digits.isdigit() else None


def profiles(articles: list[Article]) -> list[Profile]:
    """Each article's content stems and anchors (its title counts twice) and their rarity.

    A word is a name (an anchor, not a content stem) when, inside sentences, the batch writes
    it with a capital at least as often as without (the first word of a sentence or of a
    Title Case headline does not count either way), or when it names a place (places.py)."""
    languages = [language_of(a) for a in articles]
    split = [_parts(a, language) for a, language in zip(articles, languages, strict=True)]
    read = [_read(parts, language) for parts, language in zip(split, languages, strict=True)]
    capital: Counter[str] = Counter()
    small: Counter[str] = Counter()
    for _, parts in read:
        for words, _, _ in parts:
            for folded, case, n in words:
                if case == "capital":
                    capital[folded] += n
                elif case == "small":
                    small[folded] += n
    names = {w for w, n in capital.items() if n >= small[w]}
    located = [
        _places(parts, capital, small, language)
        for parts, (language, _) in zip(split, read, strict=True)
    ]
    names.update(w for found in located for part in found for w in part.words)
    profiled = []
    for article, (language, parts), found, (title, _, lead, rest) in zip(
        articles, read, located, split, strict=True
    ):
        profile = _profile(language, parts, names)
        profile.script = script_of(f"{article.title} {article.text[:SCRIPT_SAMPLE]}")
        _add_places(profile, found)
        _add_organisations(profile, title, lead, rest, language)
        kinds = told(f"{title}\n{lead}", article.text, language)  # the lead's, and all
        if told_tallies := tallies(f"{title}\n{lead}"):  # the rest's matter only beside them
            profile.key_figures |= told_tallies
            profile.figures |= told_tallies | tallies(rest)
        profile.lead_happenings, profile.happenings = kinds
        profile.dead = lead_tolls(title, lead, language, article.published.year)
        profile.roundup = roundup(article.text, language, article.title)
        profile.storms, profile.storm_names = named_storms(f"{title}\n{lead}", language)
        if profile.storms:
            profile.storm_glosses = glossed(f"{title}\n{lead}\n{rest}", language)
        elif given := called(f"{title}\n{lead}", language):  # a lead that names its storm
            # only by what it is called ("audra, kurią ... pavadino „Ragnhild“")
            profile.storms = frozenset().union(*map(name_keys, given))
            profile.storm_names = given
        profile.wrap = markets_wrap(f"{title}\n{article.text}")
        profiled.append(profile)
    if any(p.wrap for p in profiled):  # (what the other leads speak of matters beside one)
        for profile, (title, _, lead, _) in zip(profiled, split, strict=True):
            profile.market_lead = market_report(f"{title}\n{lead}")
    _shared_towns(profiled)
    inflection.unify(profiled)  # Dorohusku is Dorohusk, Zielinski Zieliński
    if any(language in romanize.SOUNDED for language, _ in read) or any(
        p.script in romanize.SPELLED | romanize.CASED for p in profiled
    ):
        kin.add_sounds(profiled, [" ".join(parts) for parts in split])
        kin.add_han_words(profiled)
    return profiled


def _shared_towns(profiles: list[Profile]) -> None:
    """Leave out the names of towns an article names in their own script (places.Found.
    towns: Πειραιάς, Piraeus) that no article of the batch in another language names: a
    name that meets none only makes the article less like its event's other reports (a
    Persian report of a quake in Van, felt in Khoy, Salmas and Maku, parted from its Turkish
    reports), and in one language the word is shared anyway (as a word: Центральний, a
    district of several towns, is "central"). A town that an article names in its own
    script is its name in another's Latin spelling too (ဖားကန့် and Hpakant: hpakan)."""
    named = {town for profile in profiles for town in profile.towns}
    spellings = gazetteer().town_spellings
    for profile in profiles:
        for key in [k for k in profile.anchors if k[0] == "@" and k[1:] in spellings]:
            if (town := "@" + spellings[key[1:]]) in named:
                profile.anchors[town] += profile.anchors.pop(key)
                rarity = min(profile.rarity.pop(key, 99.0), profile.rarity.get(town, 99.0))
                profile.rarity[town] = rarity
    languages: dict[str, set[str]] = {}
    for profile in profiles:
        for key in profile.anchors:
            if key[0] == "@":
                languages.setdefault(key, set()).add(profile.language)
    for profile in profiles:
        for key in profile.towns:
            if len(languages[key]) < 2:
                del profile.anchors[key]


def _read(
    parts: tuple[str, str, str, str], language: str
) -> tuple[str, list[tuple[Words, int, bool]]]:
    """The article's language, and the words of its title (counted twice), its dateline's
    place, its first sentence and the rest of its top (its `_parts`), each with how often it
    counts and whether it is the lead."""
    title, *others = parts
    found = [words_of(title, language, title=True)]
    found += [words_of(part, language) if part else [] for part in others]
    return language, [
        (part, times, in_lead) for part, (times, in_lead) in zip(found, PARTS, strict=True)
    ]


def _parts(article: Article, language: str) -> tuple[str, str, str, str]:
    """The article's title, its dateline's place (datelines.dateline), the first
    LEAD_SENTENCES sentences of its text after that and the rest of the text's top
    (TOP_CHARS, cut between words); digits in ASCII, so that a Bengali or Persian report's
    ৩০ and ۳۰ are the English one's 30, and apart from a letter joined to them (بـ13.9%:
    figures.numbers_apart); Chinese in simplified characters, so that a report from
    Taipei or Hong Kong (花蓮, 銀行) and one from the mainland (花莲, 银行) share their words;
    a place without the prefix a Zulu or Irish text joins to it (article_words.
    without_prefixes: yaseRustenburg); Uzbek's oʻ and gʻ as one letter (with_uzbek_letters:
    Qozog‘iston)."""
    top = _top(article.text, TOP_CHARS_DENSE if language in DENSE else TOP_CHARS)
    title, text = (
        without_prefixes(with_uzbek_letters(numbers_apart(ascii_digits(t)), language), language)
        for t in (article.title, top)
    )
    if language == "zh":
        title, text = simplified(title), simplified(text)
    where, start = datelines.dateline(text)
    end = _lead_end(text, start)
    return title, where, text[start:end], text[end:]


def _top(text: str, chars: int = TOP_CHARS) -> str:
    """The text's first `chars` characters, cut at the last space or line break if there is
    one in the last fifth (Chinese and Japanese have few: there, at `chars`)."""
    if len(text) <= chars:
        return text
    space = max(text.rfind(" ", 0, chars + 1), text.rfind("\n", 0, chars + 1))
    return text[: space if space >= chars * 0.8 else chars]


def _places(
    parts: tuple[str, str, str, str], capital: Counter, small: Counter, language: str
) -> list[places.Found]:
    """The places named in an article's title, dateline, first sentence and the rest of its
    top (its `_parts`); not, in its title and first sentence, where its shares trade."""
    title, where, lead, rest = parts
    if language == "en":  # where shares trade tells no place of the event (venues.py)
        title, lead = without_venues(title), without_venues(lead)
    title_case = in_title_case(TOKEN.findall(". " + title))
    return [
        places.find(title, capital, small, title_case=title_case, language=language),
        places.find(where, capital, small, language=language) if where else places.Found(),
        places.find(lead, capital, small, language=language),
        places.find(rest, capital, small, language=language),
    ]


def _add_places(profile: Profile, found: list[places.Found]) -> None:
    """The places the article names (in its lead, and anywhere), and as names those it
    names in other words ("the Portuguese capital": Lisbon, "Lisboa": Lisbon), so that
    outlets that name one place differently share it. A dateline in a capital tells the lead
    its country, not its city: wires write a country's news from its capital, and the event
    may be in another of its towns ("KYIV - ... prisoners came home through Chernihiv");
    a dateline elsewhere is where the reporter went ("SEVILLE - Real Betis beat ..."). Nor
    does a capital's when the top names other countries' cities more often than its own: a
    bureau writes of its region (_its_region)."""
    located: dict[str, frozenset[str]] = {}
    for part in found:
        for city, countries in part.located.items():
            located[city] = located.get(city, frozenset()) | countries
    regions.settle([part.places for part in found], gazetteer().namesakes, located)
    cities_in: Counter[str] = Counter()  # the top's mentions of cities, by their country
    for k, part in enumerate(found):
        if k != DATELINE:
            in_part = places.countries_of_cities(part.places)
            cities_in.update({"n" + key[1:]: part.places[key] for key in in_part})
    for k, (part, (times, in_lead)) in enumerate(zip(found, PARTS, strict=True)):
        profile.places.update(part.places)
        if in_lead or (k == DATELINE and not places.cities(part.places) <= places.capitals()):
            profile.lead_places.update(part.places)
        elif k == DATELINE and _its_region(places.countries(part.places), cities_in):
            profile.lead_places.update(places.countries(part.places))
        for name, n in (part.aliases + part.towns).items():
            key = "@" + name
            profile.anchors[key] += n * times
            profile.rarity[key] = min(profile.rarity.get(key, 99.0), rarity(name, profile.language))
        profile.towns.update("@" + name for name in part.towns)


def _add_organisations(profile: Profile, title: str, lead: str, rest: str, language: str) -> None:
    """The international organisations the article's title or lead names (organisations.py),
    each as one name in every language and script ('@opec': OPEC, OPEP, ОПЕК, أوبك, 欧佩克),
    counted as words are (the title twice, then its mentions in the rest of the top) and in
    place of its one-word names ('@opep', '@bce'), so that its reports in two languages share
    it. One the rest names only is background: a central bank's report names the ECB's or the
    Fed's moves, and joined them in two languages (sparse days: 7 more wrong pairs, 3 right)."""
    title_named = organisations.named(title, language)
    found = title_named + title_named + organisations.named(lead, language)
    if not found:
        return  # (most leads name none: the rest is not read for them)
    found += Counter({k: n for k, n in organisations.named(rest, language).items() if k in found})
    for key, times in found.items():
        own = [profile.anchors.pop(f"@{form}", 0) for form in organisations.words(key, language)]
        anchor = "@" + key
        profile.anchors[anchor] = max(times, profile.anchors[anchor], *own)
        profile.rarity[anchor] = organisations.rarity(key)


def _its_region(countries: set[str], cities_in: Counter[str]) -> bool:
    """Whether a capital's dateline tells the country of the event: the top names no city,
    or names the dateline's country's cities as often as any other country's ("LONDON -
    Lufthansa ... flights from Frankfurt and Munich ... For London passengers" is news of
    Germany)."""
    own = sum(cities_in[country] for country in countries)
    return not cities_in or own >= max(cities_in.values())


def _profile(language: str, parts: list[tuple[Words, int, bool]], names: set[str]) -> Profile:
    terms: dict[str, int] = {}
    anchors: dict[str, int] = {}
    weights: dict[str, float] = {}
    figures: set[str] = set()
    key_figures: set[str] = set()
    shares: set[str] = set()
    for words, times, in_lead in parts:
        for folded, case, n in words:
            if folded[0].isdigit():
                key, telling = "#" + folded, number_rarity(folded)
                anchors[key] = anchors.get(key, 0) + n * times
                if case.startswith("%="):
                    shares.add(key)
                if case:  # a quantity of a kind: 'kind=value'
                    rounded = buckets(case)
                    figures.update(rounded)
                    if in_lead and telling >= SPECIFIC and case.split("=")[0] not in UNCOUNTED:
                        key_figures.add(rounded[0])
            else:
                key, telling = word_key(folded, language)
                if not telling:
                    continue
                if folded in names:
                    if folded in calendar_words(language):
                        continue  # "Tuesday", "March": capitalised, and no name of an event
                    key = "@" + folded
                    anchors[key] = anchors.get(key, 0) + n * times
                else:
                    terms[key] = terms.get(key, 0) + n * times
            if telling < weights.get(key, 99.0):
                weights[key] = telling  # its commonest form
    return Profile(
        Counter(terms), Counter(anchors), weights, figures, key_figures, language, shares=shares
    )


def _lead_end(text: str, start: int = 0) -> int:
    """Where the first LEAD_SENTENCES sentences of a text from `start` end."""
    end = start
    for _ in range(LEAD_SENTENCES):
        found = SENTENCE_END.search(text, end)
        if found is None:
            return len(text)
        end = found.end()
    return end
