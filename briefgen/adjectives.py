"""Countries named by their adjective in other languages than English, written lower-case
("der chinesische Hersteller", "le constructeur chinois", "el fabricante chino", "il
costruttore cinese", "de Chinese fabrikant"): each names its country as English's "Chinese"
does (the gazetteer's demonyms), in a text of its own language only.

The adjectives are i18n-nationality's (data/nationalities.json, see data/README.md: German,
French, Spanish, Italian, Dutch and Norwegian, one base form for each country of a million
people or more: the smaller ones' were common words, "man" for the Isle of Man); their
inflected forms are made here (chinesisch: chinesische, chinesischen ...; chino: china ...).
An adjective written with a capital is left alone: inside a sentence that is a name
("Deutsche Bank"); but in Dutch (countries_in)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import regex

DATA = Path(__file__).parent / "data" / "nationalities.json"
LOWER_WORD = regex.compile(r"(?<![\w'’-])\p{Ll}[\p{L}\p{M}]*(?![\w'’-])")
TITLE_WORD = regex.compile(r"(?<![\w'’-])\p{Lu}\p{Ll}[\p{L}\p{M}]*(?![\w'’-])")
NORWEGIAN = {"nb": "no", "nn": "no"}  # Bokmål and Nynorsk, as language detection names them
UNACCENTED = str.maketrans("áéíóú", "aeiou")


@cache
def forms(language: str) -> dict[str, str]:
    """Every inflected form of the country adjectives of `language` (ISO 639-1): its
    country's key ('n:CN'); {} for a language without them."""
    code = NORWEGIAN.get(language[:2], language[:2])
    table = _tables().get(code, {})
    if not table:
        return {}
    known = _country_names()
    found: dict[str, str] = {}
    for country, base in table.items():
        if "n:" + country not in known:
            continue  # a country the gazetteer lacks (Kosovo): nothing to name
        for form in _inflected(base.lower(), code):
            found.setdefault(form, "n:" + country)
    return found


def countries_in(text: str, language: str) -> list[tuple[str, str, str]]:
    """The country adjectives written lower-case in `text`, each with its country's key and
    name ('n:CN', 'china'); in Dutch, which writes them with a capital, those inflected ("de
    Franse regering"; not "Frans", a first name too)."""
    table = forms(language)
    if not table:
        return []
    if language[:2] == "nl":
        found = (m[0].lower() for m in TITLE_WORD.finditer(text) if m[0].endswith("e"))
    else:
        found = (m[0] for m in LOWER_WORD.finditer(text))
    names = _country_names()
    return [(word, table[word], names[table[word]]) for word in found if word in table]


@cache
def _tables() -> dict[str, dict[str, str]]:
    """Each language's adjectives by country code, read once a process."""
    return json.loads(DATA.read_text(encoding="utf-8"))


@cache
def _country_names() -> dict[str, str]:
    """Each country's key ('n:CN') and its name in the gazetteer ('china')."""
    from briefgen.gazetteer import gazetteer

    return {p.key: p.name for p in gazetteer().names.values() if p.key.startswith("n:")}


def _inflected(base: str, language: str) -> set[str]:
    """A base form's inflections in its language (regular ones; a rare irregular form, such
    as French "grecque", is not found)."""
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
    return {base, base + "e"}  # Norwegian: kinesisk, kinesiske
