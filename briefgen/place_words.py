"""How a capitalised word is looked up as a place's name (places.find): without a tail
joined to it, by the base of its case in a language that declines names, and in German, where
every noun has a capital, with common nouns set apart and a genitive's s read off; and a word
of Chinese, Japanese or Korean without a port's or an institution's word written against the
place's name (without_suffix). A country's name in another case ends a name (declined); a
city's name that is a common word of the text's language is that word (a_word_here), as is an
Arabic adjective after its noun (an_arabic_adjective)."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

import regex

from briefgen.country_names import homes
from briefgen.frequency import zipf
from briefgen.gazetteer import Gazetteer, Place, fold, gazetteer
from briefgen.inflection import (
    BASES,
    MIN_STEM,
    SUFFIXES,
    forms,
    genitive_stem,
    rarer_with_s,
    stems_of,
    unaccented,
    without_case_ending,
)

NOT_A_PLACE = "\x00"  # a morpheme that no name of a place contains
NOUNS_CAPITALISED = {"de"}  # German writes its nouns with a capital (see german) ...
COMMON_NOUN = 3.5  # ... and a noun this common (zipf) is no part of a place's name
MIN_GENITIVE = 4  # a genitive s is read off names this long or longer (Polens, not "Was")
# A one-word city's name this common (zipf) in the text's language, and this much commoner
# there than in English, is that language's word when it opens a sentence: Catalan "Ho ha
# dit" ("it", Ho in Ghana), Tagalog "Muling" ("again", Muling in China); not where the city is
# at home (Portuguese "Porto", also "port")
WORD_HERE = 5.0
MORE_THAN_ENGLISH = 2.0
ARABIC_ARTICLE = "ال"
# a word with the article, also after "and", "so", "with", "as" or "for" joined to it
# (والأسعار, بالأسعار, للأسعار)
ARABIC_DEFINITE = regex.compile(r"(?:[وفبكل]?ال|لل)\p{Arabic}")
NORDIC = frozenset({"sv", "da", "no", "nb", "nn"})  # a country's or capital's genitive s too
DECLINED = frozenset(SUFFIXES)  # the languages whose places are looked up by their forms too
# ... and those that case a name's last word only, so that a word in a case ends its name
# ("Helsingissä Suomen hallitus", "Toshkentda Markaziy Osiyo"); not Slavic ("Nowym Jorku"),
# nor Turkish, whose cases follow an apostrophe and whose possessives stand inside names
# ("Hürmüz Boğazı"). Each with the endings of a genitive or an adjective that name
# institutions ("Helsingin Sanomat", "Tallinna Sadam", "Budapesti Corvinus Egyetem"); a
# Turkic genitive names a place's parts ("Toshkentning Chilonzor tumani")
LAST_WORD_CASES: dict[str, tuple[str, ...]] = {
    "fi": ("n",),
    "et": ("a", "e", "i", "o", "u"),
    "hu": ("i", "nak", "nek"),
    **dict.fromkeys(("az", "kk", "ky", "uz"), ()),
}
# Ukrainian's і and ї where a declined stem has е, о and є: Харкова, Харків; Києва, Київ
UKRAINIAN_I = regex.compile(r"(?:([ео])|(є))(?=[^\W\d_аеиоуєіїюя]$)")
cached_fold = lru_cache(maxsize=65536)(fold)  # Persian's kaf and yeh as Arabic's, cached
MAX_WORDS = 4  # words of a place's name: "Rio de Janeiro", "Bosnia and Herzegovina"
# an adjective's case endings, each with its nominative's, by language: the first word of a
# name of two declines as an adjective ("u Novom Sadu", Novi Sad; "w Zielonej Górze",
# Zielona Góra; "в Нижнем Новгороде", Нижний Новгород; "v Banskej Bystrici", Banská Bystrica),
# in the plural too ("pri Nových Zámkoch", Nové Zámky; "в Набережных Челнах", Набережные Челны,
# whose last word's plural ending PLURAL_BASES gives: not a one-word name's, "Шахта" is no Shakhty)
_SERBO_CROATIAN = (("om", "i"), ("og", "i"), ("oga", "i"), ("ome", "i"), ("im", "i"),
                   ("oj", "a"), ("e", "a"), ("om", "a"))  # fmt: skip
PLURAL_BASES = {"ru": ("ы", "и"), "uk": ("и", "і")}
ADJECTIVE_CASES: dict[str, tuple[tuple[str, str], ...]] = {
    "pl": (("ym", "y"), ("ego", "y"), ("emu", "y"), ("ej", "a"), ("ą", "a"), ("iego", "i"),
           ("im", "i"), ("ich", "ie"), ("ych", "e"), ("imi", "ie"), ("ymi", "e")),
    "cs": (("ém", "é"), ("ého", "é"), ("ém", "ý"), ("ého", "ý"), ("é", "á"), ("ým", "ý"),
           ("ým", "é"), ("ou", "á"), ("ých", "é"), ("ými", "é"), ("ých", "y")),
    "sk": (("ej", "á"), ("om", "é"), ("om", "ý"), ("ého", "ý"), ("ého", "é"), ("ým", "ý"),
           ("ým", "é"), ("ou", "á"), ("ých", "é"), ("ými", "é")),
    "hr": _SERBO_CROATIAN,
    "bs": _SERBO_CROATIAN,
    "sr": (*_SERBO_CROATIAN, ("ом", "и"), ("ог", "и"), ("ога", "и"), ("оме", "и"), ("им", "и"),
           ("ој", "а"), ("е", "а"), ("ом", "а")),
    "ru": (("ем", "ий"), ("его", "ий"), ("ему", "ий"), ("им", "ий"), ("ом", "ий"), ("ого", "ий"),
           ("ому", "ий"), ("ом", "ый"), ("ого", "ый"), ("ому", "ый"), ("ым", "ый"), ("ом", "ой"),
           ("ого", "ой"), ("ому", "ой"), ("ым", "ой"), ("ой", "ая"), ("ую", "ая"), ("ых", "ые"),
           ("их", "ие"), ("ым", "ые"), ("им", "ие"), ("ыми", "ые"), ("ими", "ие")),
    "uk": (("ому", "ий"), ("ого", "ий"), ("ім", "ий"), ("им", "ий"), ("ій", "а"), ("ої", "а"),
           ("ою", "а"), ("их", "і"), ("им", "і"), ("ими", "і")),
}  # fmt: skip


class Word(NamedTuple):
    text: str
    start: int
    end: int
    folded: str  # as looked up; "Kyiv-based" as "kyiv"


def name_of(words: list[Word]) -> str:
    """The words as a name is looked up."""
    return words[0].folded if len(words) == 1 else cached_fold(" ".join(w.text for w in words))


# a case ending that changes the stem's last consonant, and the nominative's ending it was:
# Polish "w Polsce" (Polska), "w Pradze" (Praga), Czech "v Praze" (Praha), "v Brně" (Brno)
ALTERED: dict[str, tuple[tuple[str, str], ...]] = {
    "pl": (("ce", "ka"), ("dze", "ga"), ("sze", "cha"), ("rze", "ra")),
    "cs": (("ce", "ka"), ("ze", "ha"), ("ře", "ra"), ("ně", "no")),
    "sk": (("ke", "ka"), ("ze", "ha")),
}
MIN_ALTERED = 2  # letters before an altered ending: Pra|dze, Br|ně
SHORTEST_OWN = 3  # letters of a stem whose name is the language's own (Çin) or accented (Rīga)
HOME = {"pl": "n:PL", "cs": "n:CZ", "sk": "n:SK"}
# the accented letters of the languages that decline names (for their names read unaccented)
LETTERS = {
    "pl": "ąćęłńóśźż", "cs": "áčďéěíňóřšťúůýž", "sk": "áäčďéíĺľňóôŕšťúýž",
    "hr": "čćđšž", "sl": "čšž", "bs": "čćđšž", "hu": "áéíóöőúüű", "ro": "ăâîșşțţ",
    "lt": "ąčęėįšųūž", "lv": "āčēģīķļņšūž", "et": "äõöüšž", "fi": "äöå", "az": "çəğıöşü",
}  # fmt: skip


# a port, a new port, an airport, a station: written against the city's name (부산항, 인천공항)
KOREAN_PLACE_SUFFIXES = ("신항", "공항", "항", "역")
# a word of a country's name and one of its institutions (日本銀行, the Bank of Japan, one
# word to MeCab as "Bank of Japan" is words to a reader; 中国外交部 to jieba): it names the
# country
CJK_INSTITUTIONS = tuple(
    "中央銀行 銀行 政府 大使館 外務省 国防省 国務省 財務省 当局 議会 "
    "央行 银行 大使馆 外交部 国防部 商务部 财政部 国务院 海警".split()
)


def without_suffix(word: str, suffixes: tuple[str, ...], country: bool = False) -> str:
    """A word of Chinese, Japanese or Korean as a place is looked up: without one of
    `suffixes` written against a place's name when the rest is one (a country's, with
    `country`): 부산항 "Busan port": 부산; 서울역: 서울; 日本銀行: 日本. Else the word."""
    names = gazetteer().names
    if word in names:
        return word
    for suffix in suffixes:
        rest = word[: -len(suffix)]
        if word.endswith(suffix) and rest in names and (not country or names[rest].key[:2] == "n:"):
            return rest
    return word


@lru_cache(maxsize=65536)
def looked_up(word: str, language: str) -> str:
    """A capitalised word as a place's name is looked up: case-folded, without a tail
    (head), and in a language that declines names, the name that its forms give when the
    word itself starts none and they name one place ("w Kijowie", "в Киеве", "Helsingissä",
    "Budapesten"; Ukrainian's і where a stem has е or о: "у Києві", Київ)."""
    folded = cached_fold(head(word, language))
    names = gazetteer()
    if language[:2] in NORDIC and (country := _nordic_genitive(names, folded, language[:2])):
        return country
    if folded in names.names or language[:2] not in DECLINED:
        return folded
    stems = forms(folded, language)
    if language[:2] == "uk":
        stems |= {UKRAINIAN_I.sub(lambda m: "і" if m[1] else "ї", stem) for stem in stems}
    if not folded.isascii():  # "v Česku": Česko, whose forms are read without accents,
        # unless a stem with its accents is a name ("Bakıda": Bakı, Baku; not Indonesia's
        # Baki), of three letters if it is the language's own ("Çində": Çin, China) or an
        # accented name ("Rīgā": Rīga)
        accented = _accented(language[:2])
        own = {  # (with a nominative's ending: ಬೆಂಗಳೂರಿನಲ್ಲಿ, in Bengaluru, is ಬೆಂಗಳೂರ + ು)
            form
            for stem in {
                *stems_of(folded, language[:2], SHORTEST_OWN),
                genitive_stem(folded, language[:2]),
            }
            if stem
            for form in (stem, *(stem + base for base in BASES.get(language[:2], ())))
            if form in names.names
            and (
                len(stem) >= MIN_STEM
                or (len(form) >= MIN_STEM and not form.isascii())
                or language[:2] in names.languages.get(form, ())
            )
        }
        stems = own or {stem if stem in names.names else accented.get(stem, "") for stem in stems}
    found: dict[str, str] = {}  # each place by one of its forms, not a word of the language
    for stem in sorted(stems):  # (Croatian's Češka, Czechia, is a Czech woman: Česko)
        if stem in names.names and not names.common_word_in(stem, language):
            found.setdefault(names.names[stem].key, stem)
    found |= _altered(folded, language[:2], names)
    return next(iter(found.values())) if len(found) == 1 else folded


def starts_a_name(names: Gazetteer, folded: str, language: str) -> bool:
    """Whether a word as looked_up reads it is the first of a place's name, or in a case of
    an adjective that is (adjective_starts)."""
    return folded in names.starts or (
        language[:2] in ADJECTIVE_CASES and bool(adjective_starts(folded, language))
    )


@lru_cache(maxsize=65536)
def adjective_starts(folded: str, language: str) -> frozenset[str]:
    """A word in a case of an adjective as the nominatives that names of two words or more
    start with (ADJECTIVE_CASES: "Novom", novi, of Novi Sad; not of Novi, Michigan, which
    declined_name does not look up)."""
    starts = gazetteer().starts
    nominatives = _nominatives(folded, ADJECTIVE_CASES.get(language[:2], ()))
    return frozenset(start for start in nominatives if start in starts)


def declined_name(words: list[Word], language: str) -> str:
    """A name of two words or more in a case, as it is looked up: its first word as an
    adjective's nominative (adjective_starts: "Novom", novi) or as looked_up reads it, the
    words between as looked_up reads them, and its last in the nominative that its forms
    give, where that makes one name ("Novom Sadu": novi sad; "Zielonej Górze": zielona
    góra); '' for none."""
    if len(words) < 2 or language[:2] not in DECLINED:
        return ""
    names = gazetteer().names
    written = cached_fold(words[0].text)  # (looked_up reads České as Česko)
    first = {words[0].folded, written, *adjective_starts(written, language)}
    between = "".join(f" {w.folded}" for w in words[1:-1])
    last, language = words[-1].folded, language[:2]
    nominatives = {
        stem + base
        for stem in stems_of(last, language, MIN_ALTERED)
        for base in (*BASES[language], *PLURAL_BASES.get(language, ()))
    }  # (of a short stem too: Sadu, Sad; the whole name tells)
    found = {
        names[name].key: name
        for start in sorted(first)
        for form in sorted({last, *nominatives, *_altered_forms(last, language)})
        if (name := f"{start}{between} {form}") in names
    }  # (one place by two spellings is one: Новый Орлеан, Новий Орлеан)
    return next(iter(found.values())) if len(found) == 1 else ""


def _altered_forms(word: str, language: str) -> set[str]:
    """A word's nominatives where its case ending changed its stem's last consonant
    (ALTERED: "Górze", Góra), whatever they name."""
    found = set(_nominatives(word, ALTERED.get(language, ())))
    return found | {unaccented(form) for form in found}


def _nominatives(word: str, endings: Iterable[tuple[str, str]]) -> list[str]:
    """The word with each case ending of `endings` it ends in replaced by its nominative's
    ending, MIN_ALTERED letters left before it at least."""
    return [
        word[: -len(ending)] + nominative
        for ending, nominative in endings
        if word.endswith(ending) and len(word) - len(ending) >= MIN_ALTERED
    ]


def _altered(word: str, language: str, names: Gazetteer) -> dict[str, str]:
    """The place a word names whose case ending changed its stem's last consonant (ALTERED:
    "w Polsce", Polska; "v Brně", Brno), by its key: a country, a capital, or a city of the
    language's own country only (not Válce, "war", as Latvia's Valka; nor Moře, "sea", as
    Sweden's Mora)."""
    found = {}
    for nominative in _nominatives(word, ALTERED.get(language, ())):
        name = unaccented(nominative)
        place = names.names.get(name) or names.names.get(_accented(language).get(name, ""))
        if place and (
            place.key.startswith("n:")
            or place in names.capitals.values()
            or place.country == HOME.get(language)
        ):
            found[place.key] = place.name
    return found


@lru_cache(maxsize=8)
def _accented(language: str) -> dict[str, str]:
    """The names written with accents by their form without them, which a name's forms are
    ("v Česku": cesko, Česko), where one name only has that form and its accented letters
    are the language's own (not Paulínia, Būsh or Ŏrang: LETTERS)."""
    letters = LETTERS.get(language, "")
    by_form: dict[str, set[str]] = {}
    for name in gazetteer().names:
        accents = {c for c in name if not c.isascii()}
        if accents and accents <= set(letters) and (form := unaccented(name)).isascii():
            by_form.setdefault(form, set()).add(name)
    return {form: next(iter(names)) for form, names in by_form.items() if len(names) == 1}


def head(word: str, language: str = "") -> str:
    """A word without a lower-case tail joined by a hyphen ("Kyiv-based", "Lisbon-bound"),
    or, in Turkish and Azerbaijani, by an apostrophe: a case ending ("Malatya'da")."""
    front, _, tail = word.partition("-")
    return without_case_ending(front if tail and tail.islower() else word, language)


def german(names: Gazetteer, words: list[Word]) -> list[Word]:
    """A run of capitalised German words as places are looked up in it: German writes every
    noun with a capital, so a common noun before a place makes no longer name ("nahe der
    Stadt Piła", "im Westen Polens"): it is set apart (no name starts with NOT_A_PLACE; one
    after it still does: "Mitte Dezember", "Nico Lanz"); and a place in the genitive is
    looked up without its s (Polens, Berlins; not "Was")."""
    looked_up = []
    for word in words:
        folded = word.folded
        if folded[-1:] == "s" and (_genitive(names, folded) or _country_s(names, folded)):
            folded = folded[:-1]
        elif folded not in names.names and _common_noun(folded):
            folded = NOT_A_PLACE
        looked_up.append(word._replace(folded=folded))
    return looked_up


def _nordic_genitive(names: Gazetteer, folded: str, language: str) -> str:
    """A Swedish, Danish or Norwegian word that is a country's or a capital's genitive
    (Finlands, Sveriges, Oslos) as that name; '' for any other (Hamas is no genitive of
    Syria's Hama, nor Åhléns of Ahlen)."""
    if not (folded.endswith("s") and _genitive(names, folded, language)):
        return ""
    place = names.names[folded[:-1]]
    return folded[:-1] if place.key.startswith("n:") or place in names.capitals.values() else ""


def _country_s(names: Gazetteer, folded: str) -> bool:
    """Whether a German word ending in s is a country's genitive, though a city abroad bears
    it too ("Perus", Peru's, and Perus in São Paulo)."""
    place = names.names.get(folded[:-1])
    return len(folded) > MIN_GENITIVE and place is not None and place.key.startswith("n:")


def a_word_here(name: str, place: Place, language: str) -> bool:
    """Whether a city's name, as written (case-folded), is a common word of the text's
    language, where the city is not at home (WORD_HERE, MORE_THAN_ENGLISH)."""
    if not language or place.key[:2] != "c:" or place.country in homes(language):
        return False
    here = zipf(name, language)
    return here >= WORD_HERE and here - zipf(name, "en") >= MORE_THAN_ENGLISH


def an_arabic_adjective(text: str, before: Word | None, word: Word, place: Place) -> bool:
    """Whether a city's one-word name with the Arabic article follows a word with it, with a
    space only between them, as an adjective follows its noun: "الأسعار الجديدة" (the new
    prices; El Jadida), "الطريق الأقصر" (the shortest road; Luxor). Not a capital's: "وتغادر
    الوزيرة القاهرة" (the minister leaves Cairo); a country's adjective names it ("البنك
    المركزي المصري", Egypt's central bank: adjectives.py)."""
    return (
        before is not None
        and place.key[:2] == "c:"
        and word.text.startswith(ARABIC_ARTICLE)
        and ARABIC_DEFINITE.match(before.text) is not None
        and text[before.end : word.start] == " "
        and place not in gazetteer().capitals.values()
    )


def declined(word: Word) -> bool:
    """Whether a word was looked up as a country's name in another case ("Chinas" and
    "Sveriges", genitives; "Թուրքիայի", Turkey's; "Polski"): the name ends there, as at an
    English "'s" ("Chinas Exporte", "die Exporte Chinas", "Թուրքիայի Վանի նահանգ"). Not a
    city's: "Hamas" is read as Hama's in German."""
    place = gazetteer().names.get(word.folded)
    return word.folded != cached_fold(word.text) and place is not None and place.key[:2] == "n:"


def _genitive(names: Gazetteer, folded: str, language: str = "de") -> bool:
    """Whether a German (or Nordic) word ending in s is a place's genitive: no name itself,
    a name of MIN_GENITIVE letters or more without its s, and no commoner in `language` than
    that name (Berlins, Polens; "die Hamas" is no genitive of Syria's Hama)."""
    return (
        len(folded) > MIN_GENITIVE
        and folded not in names.names
        and folded[:-1] in names.names
        and rarer_with_s(folded, language)
    )


@lru_cache(maxsize=65536)
def _common_noun(folded: str) -> bool:
    from wordfreq import zipf_frequency  # the small list: words of zipf 3 and more

    return zipf_frequency(folded, "de", wordlist="small") >= COMMON_NOUN


def case_ended(word: Word, language: str, country: str = "") -> bool:
    """Whether a word names a place in a case that ends its name, in a language where only a
    name's last word takes one (LAST_WORD_CASES: "Samarqanddan Andijonga", from Samarkand to
    Andijan); not in a genitive ("Helsingin Sanomat"). Not a place abroad other than a country or
    a capital, which is a person's name as often ("Hamida Rasulova": Hami, in China, and -da);
    nor, when the place after it is given (its `country`), a place of another country, which
    starts that place's longer name ("Toshkentdagi Turin politexnika universiteti", the Turin
    polytechnic in Tashkent)."""
    genitives = LAST_WORD_CASES.get(language[:2])
    if genitives is None:
        return False
    written = cached_fold(head(word.text, language))
    if word.folded == written or written.endswith(genitives):
        return False
    names = gazetteer()
    place = names.names.get(word.folded)
    if place is None or (country and place.country != country):
        return False
    return (
        place.key[:2] == "n:"
        or place in names.capitals.values()
        or place.country in homes(language[:2])
    )
