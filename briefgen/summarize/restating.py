"""Whether two sentences of a story say one thing, in one language or in two: the offline
summarizer says each thing once (extractive.py)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from briefgen import places
from briefgen.assessed import KINDS, OPPOSITE, levels
from briefgen.figures import anchor, ascii_digits, in_full, in_points, telling_number
from briefgen.romanize import name_keys
from briefgen.scales import amounts_apart
from briefgen.summarize.counts import counts, in_digits
from briefgen.summarize.cues import stance_of
from briefgen.summarize.lang_cues import QUOTES
from briefgen.summarize.months import months
from briefgen.summarize.ranking import NUMBER, Candidate
from briefgen.vectors import cosine

if TYPE_CHECKING:
    from briefgen.summarize.sentences import Sentence

REDUNDANT = 0.35  # cosine above which two sentences of a story say the same thing
# ... and the names two sentences of a story in two languages give alike (a person and a firm)
NAMES_ALIKE = 2
COUNTS_ALIKE = 2  # counts two sentences in two languages of one story give alike: one fact
LARGE_COUNT = 20  # ... or one count above this (no "two", no day of a month) and a name
# ... or one share of at least this many per cent, as each language writes a share: "80 %",
# "80%", "80 Prozent", "yüzde 80", "٪80" (a share of a day's trains, not a small round rate).
# Two facts of one story with one share in two languages are then one ("a 20% pay rise",
# "20 Prozent der Züge"): a fact left out, nothing said wrong. A smaller share is not, even
# with a name in common: one company's shares fell 3% and its revenue rose drei Prozent
LARGE_SHARE = 10
NUMBER_OF_SHARE = r"(\d+(?:[.,]\d{1,2})?)"
SHARE = re.compile(
    rf"(?<![\d.,])(?<!\d\s){NUMBER_OF_SHARE}\s?(?:%|％|٪|per ?cent|pour cent|por ciento|"
    r"per cento|por cento|pro[cz]ent|процент|відсот|prosent|في المئة|في المائة|بالمئة)"
    r"(?!\s?(?:points?|punkte?|п\.|пункт|porcentual|percentual))"  # no "percentage points"
    rf"|(?:%|٪|yüzde )\s?{NUMBER_OF_SHARE}(?![\d])",
    re.IGNORECASE,
)


def said(c: Candidate, chosen: list[Candidate]) -> bool:
    """Whether a sentence restates one already chosen from its story, or is word for word
    one chosen from another: a stock sentence ("Firefighters warned that the building could
    collapse", in the reports of three fires: nu35 r04) is said once."""
    words = _words(c.sentence.text)
    return any(
        (o.story == c.story and restates(c, o)) or _words(o.sentence.text) == words for o in chosen
    )


def _words(text: str) -> str:
    return " ".join(text.casefold().split())


def restates(c: Candidate, other: Candidate) -> bool:
    """Whether a sentence says what another says: their words are alike (of two stories,
    unless they tell facts apart: `facts_apart`, two events of one template), or, of one story,
    they give a telling number in common (6.1, 2,500, 0.75, "320 billion" and 3200億:
    figures.telling_number, as each language writes it) and, in one language, a name in
    common (two wordings of Seiwa's 320 billion yen plant); or, in two languages (whose words
    differ), NAMES_ALIKE names spelled alike or cities named alike, a person's first name and
    surname one name (Sergei Kovalyov and Ковалёв, and Sibvodokanal and «Сибводоканал»:
    romanize.name_keys; "between Antofagasta and Tocopilla": _names_and_cities),
    COUNTS_ALIKE counts in digits or words, or months ("three dead and about 40 hurt", "drei
    Tote, rund 40 Verletzte": counts.py; "15% from January": months.py), a count above
    LARGE_COUNT and a name (40 000 m² and 40.000 m² at Burchardkai), one named actor's
    statements with one stance (a reaction and a development alike: nu34 r08), quotes
    beside a name in common (the mayor's words, and "La alcaldesa, Elena Ferrer, pidió ...:
    «...»"), or one level of a harm's likelihood or
    impact beside a name or a count in common ("the risk of a fire is low", said Katrin
    Albers; "Katrin Albers aseguró que el riesgo de incendio es bajo": nu34 r11)."""
    a, b = c.sentence, other.sentence
    if cosine(c.vector, other.vector) >= REDUNDANT:
        return c.story == other.story or not facts_apart(a, b)
    if c.story != other.story:
        return False  # 2.5% in two stories is two facts
    numbers = telling_numbers(a.text, a.lang) & telling_numbers(b.text, b.lang)
    if a.lang == b.lang:
        return bool(numbers) and _names_alike(
            name_keys(a.text, a.lang), name_keys(b.text, b.lang), 1
        )
    if _one_actor(c, other):  # "Mayor Rafał Trzaskowski criticised ...", "Prezydent ...
        return True  # skrytykował"; "Chair Chihiro Murai said ...", "村井千尋委員長は ..."
    shares = _shares(a.text, a.lang) & _shares(b.text, b.lang)
    if numbers or any(share >= LARGE_SHARE for share in shares):
        return True
    alike = _dated_counts(a.text, a.lang) & _dated_counts(b.text, b.lang)
    named = name_keys(a.text, a.lang), name_keys(b.text, b.lang)
    if QUOTES.search(a.text) and QUOTES.search(b.text) and _names_alike(*named, 1):
        return True  # one person's words quoted, and quoted again in translation
    if _one_level(a, b) and (alike or _names_alike(*named, 1)):
        return True  # "the risk of a fire is low", said Katrin Albers; "el riesgo ... es bajo"
    names = _names_and_cities(a.text, a.lang), _names_and_cities(b.text, b.lang)
    return (
        len(alike) >= COUNTS_ALIKE
        # 40 000 m² and 40.000 m² at Burchardkai; not "two" and "zwei", nor a month alone
        or (any(n.isdigit() and int(n) > LARGE_COUNT for n in alike) and _names_alike(*names, 1))
        or _names_alike(*names, NAMES_ALIKE)
    )


@lru_cache(maxsize=4096)
def _names_and_cities(text: str, lang: str) -> tuple[frozenset[str], ...]:
    """A sentence's names (romanize.name_keys) and the cities it names, each city by its
    key in every language ("Antofagasta y Tocopilla", "الدار البيضاء": Casablanca)."""
    return name_keys(text, lang) + tuple(frozenset({key}) for key in _cities(text, lang))


@lru_cache(maxsize=4096)
def _dated_counts(text: str, lang: str) -> frozenset[str]:
    """The counts a sentence gives and the months it names ("15% from January 1" and
    "بنسبة 15% ابتداء من يناير": 15 and January, two in common)."""
    return counts(text, lang) | months(text, lang)


@lru_cache(maxsize=4096)
def _shares(text: str, lang: str) -> frozenset[float]:
    """The shares a sentence gives, in digits or words ("d'environ 80 % des trains", "rund
    80 Prozent der Fernverkehrszüge": 80; "sechs Prozent": 6)."""
    text = in_digits(ascii_digits(text), lang)
    return frozenset(float((m[1] or m[2]).replace(",", ".")) for m in SHARE.finditer(text))


def _one_level(a: Sentence, b: Sentence) -> bool:
    """Whether two sentences say one level of one kind, likelihood or impact (assessed.py:
    both "low", as "the risk of a fire is low" and "el riesgo de incendio es bajo" do)."""
    for kind in KINDS:
        said = [set(levels(s.text, s.lang, kind)) & set(OPPOSITE) for s in (a, b)]
        if said[0] and said[0] == said[1]:
            return True
    return False


def _one_actor(c: Candidate, other: Candidate) -> bool:
    """Whether two statements in two languages are one named actor's with one stance."""
    a, b = c.sentence, other.sentence
    return (
        bool(c.actor and other.actor)
        and stance_of(a) == stance_of(b)
        and _names_alike(name_keys(c.actor, a.lang), name_keys(other.actor, b.lang), 1)
    )


def _names_alike(
    ours: tuple[frozenset[str], ...], theirs: tuple[frozenset[str], ...], least: int
) -> bool:
    """Whether `least` names of each side meet a name of the other."""
    mine, yours = frozenset().union(*ours), frozenset().union(*theirs)
    met = min(sum(bool(n & yours) for n in ours), sum(bool(n & mine) for n in theirs))
    return met >= least


def facts_apart(a: Sentence, b: Sentence) -> bool:
    """Whether two sentences name cities and none in common, or, naming none in common,
    give telling numbers and none in common: alike in words, they are two events written
    from one template ("Lisbon's new tram line, 3 km long, cost 120 million euros"; "Oslo's,
    4 km long, 127 million"), not one told twice. Two estimates of one Hamburg strike's cost
    are one event."""
    mine, theirs = _cities(a.text, a.lang), _cities(b.text, b.lang)
    if mine & theirs:
        return False
    numbers = telling_numbers(a.text, a.lang), telling_numbers(b.text, b.lang)
    return _apart(mine, theirs) or _apart(*numbers)


def _apart(mine: frozenset[str], theirs: frozenset[str]) -> bool:
    return bool(mine and theirs) and mine.isdisjoint(theirs)


@lru_cache(maxsize=4096)
def _cities(text: str, lang: str) -> frozenset[str]:
    return frozenset(places.cities(places.find(text, {}, {}, language=lang).places))


@lru_cache(maxsize=4096)
def telling_numbers(text: str, lang: str) -> frozenset[str]:
    """The telling numbers of a sentence, written alike in every language ("2,500", 2500;
    "320 billion", "2.1 مليار" and 3200億 by their whole value: scales.amounts_apart,
    figures.in_full); an amount's number as written ("2.1" of "$2.1 billion") stands for it
    only in the whole, and a "2.1%" beside it for itself."""
    alone, wholes = amounts_apart(text, lang)
    numbers = {
        n.rstrip(".,").replace(",", "") for n in NUMBER.findall(in_full(in_points(alone, lang)))
    }
    numbers.update(wholes)
    return frozenset(anchor(number, "") for number in numbers if telling_number(number))
