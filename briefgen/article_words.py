"""An article's words as salience.py counts them: each word case-folded with its case inside
a sentence (a name is written with a capital), each number with the kind of quantity it
counts (figures.quantity), runs of Chinese, Japanese, Thai and Korean segmented."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

import regex

from briefgen import inflection, korean
from briefgen.figures import (
    CURRENCY_SIGNS,
    GLUED,
    a_date_or_time,
    anchor,
    currency_codes,
    in_full,
    in_points,
    quantity,
)
from briefgen.frequency import rarity, zipf
from briefgen.gazetteer import fold, gazetteer
from briefgen.inflection import without_case_ending as without_ending
from briefgen.percent_words import in_percent_order
from briefgen.place_words import NOUNS_CAPITALISED
from briefgen.scale_words import in_scale_order
from briefgen.summarize.counts import in_digits
from briefgen.text import MARKS, STOPWORDS, WORD_REST, stem
from briefgen.words import (
    HAN_RE,
    HANGUL_RE,
    RUN,
    cased_only,
    read_in_morphemes,
    segment,
    stemmer,
    unspaced,
)

Words = list[tuple[str, str, int]]

UZBEK_LETTER = regex.compile(r"(?<=[oOgG])['‘’ʼ`](?=\p{L})")  # see with_uzbek_letters

# a name of capitals joined by an ampersand is one word (H&M, AT&T, S&P, M&S's); not the
# abbreviations of business English, which are words (R&D, M&A, Q&A, P&L)
AMPERSAND = (
    r"(?!(?:R&D|M&A|Q&A|P&L|B&B|T&C|F&B|A&E|F&E)(?![^\W_]))"
    r"[A-Z]{1,3}&[A-Z]{1,3}(?:['’][^\W_]+)?(?![^\W_])"
)
# a number, or a word (not starting with a digit; its combining marks in it: text.MARKS) and
# what begins its sentence if it is first; three capitals before a number are its currency's
# code ("NOK 310 million"), when they are one (figures.currency_codes), else a word; a
# currency's letters written against its number (figures.GLUED: "Rs8.42", "KSh1,200",
# "Tk500"; a single letter only before thousands: "N1,150", Nigeria's naira, not "N95") are
# its currency: a number after a letter or a point is read only there. A unit of a rate is
# read whole ("50 m/s", "120 km/h": metres a second, not 50 million). The first look-ahead
# changes nothing found: it spares the search most spaces, where no token starts.
TOKEN = re.compile(
    rf"(?=[\w\n.!?:…{CURRENCY_SIGNS}])(?:"
    r"(?P<start>(?:\n|[.!?:…]['\"”’)]*)\s*['\"“‘(]*)?"
    rf"(?P<word>(?<![^\W_])(?<![{MARKS}])(?![A-Z]{{3}}\s\d)(?!{GLUED})"
    rf"(?:{AMPERSAND}|[^\W\d_]{WORD_REST}(?:['’](?:[^\W\d_][^\W_]*|(?=\d)))?))"
    rf"|(?:(?P<currency>[{CURRENCY_SIGNS}]|(?<![^\W_])(?:[A-Z]{{3}}(?=\s\d)|{GLUED}))\s?)?"
    r"(?P<number>(?(currency)|(?<![\w.,]))(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?))"
    r"(?=(?:\s?(?P<percent>%|per\s?cent)|[\s-]?(?P<unit>[^\W\d_]"
    + WORD_REST
    + r"(?:/[^\W\d_]+)?)(?:\s(?P<unit2>[^\W\d_]"
    + WORD_REST
    + r"))?)?))"
)
# German writes every noun with a capital; one after an article, a determiner or a number
# (das Werk, am Dienstagmorgen, einer neuen Betriebsversammlung, 1150 Jobs) is a noun, not a
# name, as a word written small is. Not a word with capitals inside (die AfD, der BaFin), nor
# one before a hyphen or a company's legal form (die Kessler-Gruppe, der Kessler AG), nor
# after a score (2:1 Dortmund). An organisation written with an article (die Lufthansa)
# reads as a noun where no other article of the batch writes it bare: a German-only batch's
# firms then weigh as words, not names.
GERMAN_NOUN = regex.compile(
    r"(?<![\w.,:])(?:(?:(?i:d(?:er|ie|as|en|em|es)|(?:ein|kein|mein|sein|ihr|unser|dies|jen|jed"
    r"|welch|manch|all)(?:e|en|er|es|em)?|beiden?|vielen?|mehreren?|einigen?|im|am|zum|zur|vom"
    r"|beim|ins))\s+(?:[a-zäöüß]+(?:e|en|er|es|em)\s+){0,2}|\d[\d.,]*\s+)"
    r"(\p{Lu}\p{Ll}+)(?![^\W\d_]|[-‐‑]|\s+(?:AG|GmbH|SE|KG|KGaA|Holding|Group|Gruppe)\b)"
)
# French, Italian and Catalan write an article or a preposition elided against the next word
# (l'usine, d'Airbus, dell'Etna, nell'area, l'OMS), as Yoruba and Igbo do their "in"
# (n'Ibadan, n'Onitsha): the word is read without it, so a name after one is a name and
# "l'incendie" is "incendie"; before a number the article is all the word (all'1,75%)
ELIDING = frozenset({"fr", "it", "ca", "yo", "ig"})
ELISIONS = (
    r"l|d|j|m|t|s|n|c|qu|jusqu|lorsqu|puisqu|quoiqu|presqu|quelqu|un|dell|dall|nell|sull|all"
    r"|coll|pell|quell|quest|bell|tutt|gl|anch|dov|senz|mezz"
)
ELIDED = regex.compile(rf"(?:{ELISIONS})['’]")
# ... written with a capital, it is part of a name (L'Aquila, L'Oréal, N'Djamena, D'Alema),
# but where it opens a sentence before a word written small (L'usine a fermé)
OPENING_ELIDED = regex.compile(rf"(?i:{ELISIONS})['’](?=\p{{Ll}})")
# a word after an elided article is a name by its capital only when rarer than this (zipf)
# in its language: l'Airbus, l'OMS, dell'Etna; not l'État, l'Assemblée, l'Europe, whose
# capital is an institution's or a country's, that two reports of any two events write
ELIDED_NAME = 4.0
# Nguni languages write a locative or possessive prefix joined to a name (emayini
# yaseRustenburg, "at Rustenburg's mine"; naseDurban), as Irish writes its initial
# mutations (i gCorcaigh, in Cork): a place so written is read from its capital on. Not any
# capitalised word after a prefix: days, months, titles and institutions are written so too
# (ngoLwesibili, on Tuesday; uMongameli, the president; an tAire, the minister), and would
# be names
PREFIXING = frozenset({"zu", "xh", "ss", "nr", "nd", "ga"})
PREFIXED = regex.compile(r"(?<![^\W\d_])\p{Ll}{1,6}(\p{Lu}[\p{L}\p{M}]*)")
MIN_CITY = 4  # letters of a city whose adjective is a place (_a_place_word)
TITLE_CASE = 0.6  # a headline with more capitalised words than this share is in Title Case


def words_of(text: str, language: str, title: bool = False) -> list[tuple[str, str, int]]:
    """(case-folded word, case, count) for each word that is no stopword, case being
    'capital' or 'small' inside a sentence and '' for a sentence's first word, any word of a
    Title Case headline or a script without case; and (number, 'kind=value' or '', count)
    for each number, without thousands separators (but a count that a year would be written
    as: '1,950', figures.anchor). Chinese, Japanese and Thai are segmented
    into words (`language` picks the segmenter), Korean into morphemes (briefgen.korean:
    its particles and endings dropped, a proper noun 'capital': a name). Numbers are read as
    the language writes them (figures.in_points: a decimal comma, groups spaced; its scale
    words before them or joined to them: scale_words.in_scale_order)."""
    # "11,25%" in Portuguese is 11.25%; Swahili's "bilioni 1.5" is "1.5 bilioni", Turkish
    # "yüzde 5" 5%
    text = in_digits(in_points(text, language), language)
    text = in_percent_order(in_scale_order(text, language), language)
    runs: Counter[str] = Counter()
    morphemes = not cased_only(text) and read_in_morphemes(text)
    if morphemes:  # read by the `regex` module: Thai marks are no word breaks
        text = unspaced(in_full(text))
        runs.update(r for r in RUN.findall(text) if read_in_morphemes(r))
    found = Counter(TOKEN.findall(". " + text))  # the first word starts a sentence
    nouns = Counter(GERMAN_NOUN.findall(text) if language in NOUNS_CAPITALISED else ())
    # a German headline drops its articles (Kessler macht Werk dicht): its capitals tell nothing
    title_case = title and (language in NOUNS_CAPITALISED or in_title_case(found))
    endings = language[:2] in inflection.APOSTROPHE  # Turkish: Malatya'da is Malatya
    elided = language[:2] in ELIDING
    bared = endings or elided  # (most languages: the word as it is, without a call)
    out = []
    for (start, word, currency, number, percent, unit, unit2), n in found.items():
        if number and a_date_or_time(unit):
            continue
        if currency.isupper() and len(currency) == 3 and (folded := fold_word(currency)):
            # three capitals: a word too (PHP 8.4 is a language's version), capitalised where
            # it is no currency (ABC 7)
            is_code = currency in currency_codes()
            out.append((folded, "" if is_code else "capital", n))
            currency = currency if is_code else ""
        if number:
            counted = quantity(number, currency, percent, unit, unit2, language)
            out.append((anchor(number.replace(",", ""), counted), counted, n))
        elif morphemes and read_in_morphemes(word):
            continue  # in `runs`, read whole
        elif folded := fold_word(
            bare := _bare(word, language, endings, bool(start)) if bared else word
        ):
            case = "" if title_case or start else "capital" if bare[0].isupper() else "small"
            if len(bare) < len(word) and elided and not title_case:
                case = _elided_case(bare, folded, language)
            if nouns and not start and (noun := min(nouns[word], n)) and not _a_place_word(folded):
                out.append((folded, "small", noun))  # German: das Werk
                n -= noun
            if n:
                out.append((folded, case, n))
    for run, n in runs.items():  # Chinese, Japanese, Thai or Korean: its words, caseless
        if HANGUL_RE.search(run):  # a Korean proper noun is a name (places: by places.py)
            found = korean.morphemes(run)
            out.extend(
                (w, "capital" if kind == korean.NAME else "", n) for w, kind in found if kind
            )
        else:
            out.extend((w, "", n) for w in _segmented(run, language))
    return out


def with_uzbek_letters(text: str, language: str) -> str:
    """An Uzbek text with its letters oʻ and gʻ as GeoNames writes them, with a turned comma
    (U+02BB), where it writes a quotation mark or an apostrophe (UZBEK_LETTER: Qozog‘iston,
    Qozog'iston, Kazakhstan), which would cut the word in two."""
    return UZBEK_LETTER.sub("\u02bb", text) if language[:2] == "uz" else text


def without_prefixes(text: str, language: str) -> str:
    """The text without the prefixes its language joins to places (PREFIXING: emayini
    yaseRustenburg, "at the mine of Rustenburg", is "emayini Rustenburg"), so that they are
    read, and found, as capitalised words: where what follows the prefix is a place's name
    and the whole word none (eThekwini, KwaZulu stay whole)."""
    if language[:2] not in PREFIXING:
        return text
    names = gazetteer().names
    return PREFIXED.sub(
        lambda m: m[1] if fold(m[1]) in names and fold(m[0]) not in names else m[0], text
    )


def _bare(word: str, language: str, endings: bool, opening: bool) -> str:
    """The word without the case ending a Turkish apostrophe joins (`endings`), or else the
    article or preposition elided against it (ELIDING): written small, or capitalised where
    it opens a sentence (`opening`) before a word written small."""
    if endings:
        return without_ending(word, language)
    article = (OPENING_ELIDED if opening else ELIDED).match(word)
    return word[article.end() :] if article else word


def _elided_case(bare: str, folded: str, language: str) -> str:
    """The case of a word after an elided article, wherever in the sentence it is: 'small'
    where it is written so; 'capital' where it is written so and is rarer than ELIDED_NAME in
    the language (d'Airbus); else '', as a sentence's first word's: l'État is an
    institution, and d'Ottawa a city that the batch's other capitals tell (places.find)."""
    if not bare[0].isupper():
        return "small"
    return "capital" if zipf(folded, language) < ELIDED_NAME else ""


def _segmented(run: str, language: str) -> list[str]:
    """The words of a run of a script written without spaces (words.segment: jieba, MeCab,
    PyThaiNLP), less digits and single kana or Thai letters (particles); a single Han
    character is a word (火, 震). Common words weigh nothing later (rarity)."""
    return [
        w
        for w in segment(run, language)
        if not w.isdigit() and (len(w) > 1 or HAN_RE.match(w)) and w not in STOPWORDS
    ]


def in_title_case(tokens: Counter | list) -> bool:
    """Whether a headline's tokens (TOKEN matches) are mostly capitalised words."""
    found = Counter(tokens)
    capitalised = sum(n for t, n in found.items() if t[1][:1].isupper())
    return capitalised > TITLE_CASE * sum(found.values())


def _a_place_word(folded: str) -> bool:
    """Whether a word names a country or is a city's adjective: German names some countries
    with an article (die Schweiz, der Türkei) and writes a city's adjective with a capital
    (der Stuttgarter Autobauer, Münchner, Bremer), but names no city so (beim Essen is a
    meal). A city of MIN_CITY letters or more: a Bauer is no one from Bau."""
    names = gazetteer().names
    place = names.get(folded)
    if place is not None:
        return place.key.startswith("n:")
    if not folded.endswith("er"):
        return False
    cities = {folded[:-2], folded[:-2] + "en", folded[:-3] + "en" if folded.endswith("ner") else ""}
    return any(len(city) >= MIN_CITY and city in names for city in cities)


# the languages in an Indic script with case endings in inflection.SUFFIXES and no Snowball
# stemmer (words.stemmer): Bengali, Telugu, Kannada, Malayalam, Gujarati, Marathi, Sinhala
CASE_STEMMED = frozenset({"bn", "te", "kn", "ml", "gu", "mr", "si"})


@lru_cache(maxsize=262144)
def fold_word(word: str) -> str:
    """The word case-folded, without a possessive 's; '' for a stopword or a single letter."""
    folded = word.casefold().replace("’", "'").removesuffix("'s")
    return folded if len(folded) > 1 and folded not in STOPWORDS else ""


@lru_cache(maxsize=262144)
def word_key(folded: str, language: str) -> tuple[str, float]:
    """A case-folded word's key (its stem) and rarity."""
    return _stem(folded, language), rarity(folded, language)


def _stem(word: str, language: str) -> str:
    """The word's stem; the word itself where the stemmer leaves nothing (Greek "έως"). In
    the Indic languages Snowball has no stemmer for (CASE_STEMMED) a word without its case
    endings (inflection.SUFFIXES: Bengali তেজগাঁওয়ের, "Tejgaon's", and তেজগাঁওয়ে, "in
    Tejgaon", are তেজগাঁও), taken off while one is left: a word whose last letters are an
    ending's is cut as its forms are (সরকার, "government", and সরকারের are both সরকা)."""
    if language in CASE_STEMMED:
        while stems := inflection.stems_of(word, language):
            word = min(stems, key=len)
        return word
    return (stem(word) if language == "en" else stemmer(language)(word)) or word
