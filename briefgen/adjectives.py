"""Countries named by their adjective in other languages than English, written lower-case
("der chinesische Hersteller", "le constructeur chinois", "el fabricante chino", "il
costruttore cinese", "de Chinese fabrikant", "болгарские выборы", "polscy rolnicy", "finsk
havnestrejke"): each names its country as English's "Chinese" does (the gazetteer's
demonyms), in a text of its own language only.

The adjectives of German, French, Spanish, Italian, Dutch and Norwegian are i18n-nationality's
(data/nationalities.json, see data/README.md: one base form for each country of a million
people or more: the smaller ones' were common words, "man" for the Isle of Man); those of
sixteen more languages (Russian, Ukrainian, Bulgarian, Polish, Czech, Slovak, Slovene,
Croatian, Serbian, Greek, Portuguese, Swedish, Danish, Hungarian, Romanian, Finnish), and the
nouns for a country's people that Russian, Ukrainian, Bulgarian, Swedish and Danish write
lower-case ("българи", "kinesere"), were written for briefgen and reviewed
(data/nationalities_written.json). Their inflected forms are made here (chinesisch:
chinesische, chinesischen ...; болгарский: болгарская, болгарских ...).
An adjective written with a capital is left alone: inside a sentence that is a name
("Deutsche Bank"); but in Dutch, and an inflected form opening a sentence before a word
written small ("Polscy rolnicy protestują"; not a base form or a noun for people, which are
surnames too: "Russo ha detto", "Поляков заявил"): countries_in."""

from __future__ import annotations

import json
from functools import cache
from itertools import chain
from pathlib import Path

import regex

from briefgen.text import ROMANIAN_COMMAS

DATA = Path(__file__).parent / "data" / "nationalities.json"
WRITTEN = Path(__file__).parent / "data" / "nationalities_written.json"
# a word written small (an adjective; joined by hyphens: "norte-americano", "dél-koreai") ...
LOWER_WORD = regex.compile(r"(?<![\w'’-])\p{Ll}[\p{L}\p{M}]*(?:-\p{Ll}[\p{L}\p{M}]*)*(?![\w'’-])")
# ... or a sentence's first word, with its capital, before a word without one ("Polscy
# rolnicy protestują"; not "Polskie Radio", a name)
OPENING = regex.compile(
    r"(?:^|(?<=[.!?…]\s))['\"“«„]?(\p{Lu}['’ʼ]?\p{Ll}[\p{L}\p{M}'’ʼ-]*)(?=\s+\p{Ll})", regex.M
)
# Ukrainian writes an apostrophe inside a word: в'єтнамський, м'янманський
APOSTROPHES = "'’ʼ"
INSIDE_APOSTROPHE = regex.compile(
    rf"(?<![\w{APOSTROPHES}-])\p{{Ll}}[\p{{L}}\p{{M}}]*(?:[{APOSTROPHES}-]\p{{Ll}}[\p{{L}}\p{{M}}]*)*"
    rf"(?![\w{APOSTROPHES}-])"
)
TITLE_WORD = regex.compile(r"(?<![\w'’-])\p{Lu}\p{Ll}[\p{L}\p{M}]*(?![\w'’-])")
# Bokmål and Nynorsk, as language detection names them; Bosnian reads Croatian's adjectives
ALIASES = {"nb": "no", "nn": "no", "bs": "hr"}
UNACCENTED = str.maketrans("áéíóú", "aeiou")
# An adjective's forms in a language that declines it alike whatever its country: the base
# forms' endings, taken off, and the endings the stem then takes (all of a language's
# endings for every stem: a form that is no word of the language is never met; Greek's
# unaccented ones are those of an adjective stressed on its stem, and of texts written
# without accents; Slovak's short ones those after a long syllable, čínsky: čínska)
DECLINED = {
    "ru": ("ий ый ой", "ий ый ой ая ое ие ые ого его ому ему ую им ым ом ем их ых ими ыми ей"),
    "uk": ("ий ій", "ий ій а я е є і ого ього ому ьому у ю им ім ої ьої ою ьою их іх ими іми"),
    "bg": ("и", "и а о ия ият ата ото ите"),
    "pl": ("i y", "i y a e ie ego iego emu iemu im ym ą ej iej ich ych imi ymi"),
    "cs": ("ý í", "ý á é ého ému ém ým ou ých ými í"),
    "sk": ("ý í y", "ý á é ého ému om ým ou ej ých ými í y a e eho emu ym u ych ymi i"),
    "sl": ("i", "i a o e ega emu em im ih imi"),
    "hr": ("i", "i a o e og oga om omu oj im ih ima u"),
    "sr": ("i и", "i a o e og oga om omu oj im ih ima u и а о е ог ога ом ому ој им их има у"),
    "el": ("ός ος", "ός ή ό οί ές ά ού ής ών όν ούς ος η ο οι ες α ου ης ων ον ους"),
    "fi": (
        "nen",
        "nen sen set sta stä sten sien sia siä seen siin sessa sessä sesta sestä sella sellä "
        "selta seltä selle sena senä seksi sissa sissä sista sistä silla sillä silta siltä "
        "sille sina sinä siksi",
    ),
}
# the masculine plural of a people's adjective, said of its people: Polish "polscy",
# "niemieccy", Czech "čeští", "američtí"
PERSONAL = {"pl": {"sk": "scy", "ck": "ccy", "zk": "zcy"}, "cs": {"sk": "ští", "ck": "čtí"}}
CYRILLIC = regex.compile(r"\p{Cyrillic}")


def forms(language: str) -> dict[str, str]:
    """Every inflected form of the country adjectives of `language` (ISO 639-1), and its
    people's nouns: its country's key ('n:CN'); {} for a language without them."""
    return _readings(ALIASES.get(language[:2], language[:2]))[0]


@cache
def _readings(language: str) -> tuple[dict[str, str], frozenset[str]]:
    """The forms of a language's adjectives and nouns for people, each with the country it
    names (a form made for two countries names neither: made_for), and those that may open a
    sentence (inflected: no base form, nor a noun for people)."""
    made = made_for(language)
    found = {form: next(iter(countries)) for form, countries in made.items() if len(countries) == 1}
    adjectives, people = _tables()
    plain = {
        variant
        for form in (
            *(base.lower() for bases in adjectives.get(language, {}).values() for base in bases),
            *(noun for nouns in people.get(language, {}).values() for noun in nouns),
        )
        for variant in _spellings(form)
    }
    return found, frozenset(found.keys() - plain)


def made_for(language: str) -> dict[str, set[str]]:
    """Each form that a language's adjectives and nouns for people make, in each spelling,
    with the countries ('n:CN') it is made for (one, but by a fault of the data)."""
    adjectives, people = _tables()
    known = _country_names()
    made: dict[str, set[str]] = {}
    for country, bases in adjectives.get(language, {}).items():
        if "n:" + country not in known:
            continue  # a country the gazetteer lacks: nothing to name
        inflections = {f for base in bases for f in _inflected(base.lower(), language)}
        for form in inflections | set(people.get(language, {}).get(country, ())):
            for variant in _spellings(form):
                made.setdefault(variant, set()).add("n:" + country)
    return made


def countries_in(text: str, language: str) -> list[tuple[str, str, str]]:
    """The country adjectives written lower-case in `text` (or opening a sentence before a
    word written so), each with its country's key and name ('n:CN', 'china'); in Dutch,
    which writes them with a capital, those inflected ("de Franse regering"; not "Frans", a
    first name too)."""
    code = ALIASES.get(language[:2], language[:2])
    table, openers = _readings(code)
    if not table:
        return []
    if code == "ro":  # elveţian (a cedilla) as elvețian (a comma below), as its forms are
        text = text.translate(ROMANIAN_COMMAS)
    if code == "nl":
        found = (m[0].lower() for m in TITLE_WORD.finditer(text) if m[0].endswith("e"))
    elif code == "uk":
        found = (m[0] for m in INSIDE_APOSTROPHE.finditer(text))
    else:
        found = (m[0] for m in LOWER_WORD.finditer(text))
    if code != "nl":
        opening = (m[1].lower() for m in OPENING.finditer(text))
        found = chain(found, (word for word in opening if word in openers))
    names = _country_names()
    return [(word, table[word], names[table[word]]) for word in found if word in table]


def _spellings(form: str) -> set[str]:
    """A form as texts write it: with each apostrophe (в'єтнамський, в’єтнамський)."""
    if "'" not in form:
        return {form}
    return {form.replace("'", mark) for mark in APOSTROPHES}


@cache
def _tables() -> tuple[dict[str, dict[str, list[str]]], dict[str, dict[str, list[str]]]]:
    """Each language's adjectives by country code (their base forms), and the nouns for its
    people in the languages that write them lower-case (every form), read once a process."""
    adjectives = {
        language: {country: [base] for country, base in table.items()}
        for language, table in json.loads(DATA.read_text(encoding="utf-8")).items()
    }
    written = json.loads(WRITTEN.read_text(encoding="utf-8"))
    return adjectives | written["adjectives"], written["people"]


@cache
def _country_names() -> dict[str, str]:
    """Each country's key ('n:CN') and its name in the gazetteer ('china'): the name that
    names itself where one does ('united kingdom', which English's "Britain" and "British"
    give; not 'wales', the name of Wales's names in other languages)."""
    from briefgen.gazetteer import gazetteer

    names = gazetteer().names
    countries = [p for p in names.values() if p.key[:2] == "n:"]
    found = {p.key: p.name for p in countries}  # (Georgia's name names no place alone)
    for p in countries:
        if (own := names.get(p.name)) is not None and own.name == p.name:
            found[p.key] = p.name
    return found


def _inflected(base: str, language: str) -> set[str]:
    """A base form's inflections in its language (regular ones; a rare irregular form, such
    as French "grecque", is not found)."""
    if language in DECLINED:
        return _declined(base, language)
    if language == "de":  # chinesisch: -e, -en, -er, -es, -em
        return {base + end for end in ("", "e", "en", "er", "es", "em")}
    if language == "fr":  # chinois(e)(s), italien(ne)(s), britannique(s)
        feminine = (
            base + "ne" if base.endswith("en") else base if base.endswith("e") else base + "e"
        )
        return {base, feminine, base + ("" if base.endswith(("s", "x")) else "s"), feminine + "s"}
    if language == "es":  # chino/a/os/as, alemán/alemana/alemanes, estadounidense(s)
        if base.endswith("o"):
            return {base, base[:-1] + "a", base + "s", base[:-1] + "as"}
        if base.endswith("e"):
            return {base, base + "s"}
        stem = base.translate(UNACCENTED) if base[-2:-1] in "áéíóú" else base
        return {base, stem + "a", stem + "as", stem + "es"}
    if language == "pt":
        return _portuguese(base)
    if language == "ro":
        return _romanian(base)
    if language == "it":  # cinese/i, tedesco/a/chi/che
        if base.endswith("o"):
            plural = (base[:-1] + "hi", base[:-1] + "he") if base.endswith("co") else ()
            return {base, base[:-1] + "a", base[:-1] + "i", base[:-1] + "e", *plural}
        return {base, base[:-1] + "i"} if base.endswith("e") else {base}
    if language == "nl":  # chinees: chinese; duits: duitse; italiaan: italiaanse
        if base.endswith("aan"):
            return {base, base + "se"}
        doubled = len(base) > 3 and base[-3] == base[-2] and base[-2] in "aeiou"
        return {base, (base[:-2] + base[-1] if doubled else base) + "e"}
    if language == "sv":  # kinesisk, kinesiska, kinesiskt
        return {base, base + "a", base + "t"}
    if language == "hu":  # kínai (before a noun, as it is), kínaiak; bolgár, bolgárok
        if base[-1] in "ae":  # a last a or e lengthens: belga, belgák; francia, franciák
            stem = base[:-1] + {"a": "á", "e": "é"}[base[-1]]
            return {base, stem + "k", stem + "kat"}
        return {base} | {base + end for end in ("ok", "ek", "ök", "ak", "okat", "eket", "akat")}
    return {base, base + "e"}  # Norwegian and Danish: kinesisk, kinesiske


def _declined(base: str, language: str) -> set[str]:
    """A Slavic, Greek or Finnish adjective's forms: болгарский, болгарская, болгарских ...;
    of Serbian's, those in its base's script (бугарски or bugarski)."""
    taken, endings = (part.split() for part in DECLINED[language])
    ending = next((end for end in taken if base.endswith(end)), None)
    if ending is None:
        return {base}  # no adjective of its language's kind (a test holds there is none)
    stem = base[: -len(ending)]
    cyrillic = bool(CYRILLIC.match(stem[-1:]))
    found = {stem + end for end in endings if bool(CYRILLIC.match(end)) == cyrillic}
    for hard, personal in PERSONAL.get(language, {}).items():
        if stem.endswith(hard):
            found.add(stem[: -len(hard)] + personal)
    return found | {base}


def _portuguese(base: str) -> set[str]:
    """chinês, chinesa, chineses, chinesas; búlgaro/a/os/as; alemão, alemã, alemães;
    espanhol, espanhóis; belga(s), estadunidense(s); europeu, europeia."""
    if base.endswith("ão"):
        return {base, base[:-2] + "ã", base[:-2] + "ães", base[:-2] + "ãs", base[:-2] + "ãos"}
    if base.endswith("o"):
        return {base, base[:-1] + "a", base + "s", base[:-1] + "as"}
    if base.endswith("ês"):
        stem = base[:-2] + "es"
        return {base, stem + "a", stem + "es", stem + "as"}
    if base.endswith("ol"):
        return {base, base + "a", base + "as", base[:-2] + "óis"}
    if base.endswith("eu"):
        return {base, base + "s", base[:-1] + "ia", base[:-1] + "ias"}
    return {base, base + ("es" if base.endswith(("l", "r", "z")) else "s")}


def _romanian(base: str) -> set[str]:
    """bulgar, bulgară, bulgari, bulgare, bulgarii; rus, ruși; românesc, românească,
    românești; ucrainean, ucraineni, ucrainene; italian, italieni, italiene."""
    if base.endswith("esc"):
        stem = base[:-3]
        return {base, stem + "ească", stem + "ești"}
    plural = (
        base[:-3] + ("en" if base.endswith("ean") else "ien")
        if base.endswith(("ean", "ian"))
        else base
    )
    plural = plural[:-1] + {"s": "ș", "t": "ț"}.get(plural[-1], plural[-1])
    feminine_plural = plural[:-1] + base[-1] + "e"  # (ruse: no ș before e)
    return {base, base + "ă", base + "ul", plural + "i", plural + "ii", feminine_plural}
