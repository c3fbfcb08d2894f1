"""The names a claim states (a person, a firm, a town), and whether articles write them:
an invented name is the commonest invention numbers and quotes do not show."""

from __future__ import annotations

import itertools
import unicodedata

import regex

from briefgen.frequency import SERBIAN_LATIN, calendar_words, listed, zipf

# A capitalised word (a name, or a word a title or a sentence's start capitalises), with the
# apostrophes and hyphens inside names (O'Brien, Jeong-tae); names in the brief's language are
# checked against the cited articles in it (`unnamed`) when rare in the language: a
# word of zipf COMMON_ZIPF or more is a common word (Minister 4.4, Hamburg 3.6)
NAME = regex.compile(r"(?<![\p{L}\p{M}\d'’-])\p{Lu}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*")
POSSESSIVE = regex.compile(r"['’]s?$")
MARKS = regex.compile(r"\p{Mn}+")  # accents, once letters are decomposed (NFKD)
COMMON_ZIPF = 3.0
FULL_NAME_ZIPF = 4.0  # ... but a first name and a surname side by side are a name
MIN_NAME = 3
TITLE_CASE = 0.6  # a line with this share of its words capitalised is a title
NOUNS_CAPITALISED = {"de", "lb"}


def names_in(claim: str, language: str, named: bool = False) -> list[str]:
    return list(_names(claim, language, named))


def _names(claim: str, language: str, named: bool = False) -> dict[str, str]:
    """The names a claim states as fact: its capitalised words that are rare in its language
    (Zorblat, Kestrel), not the common ones a title capitalises (Minister, Parliament, The),
    weekdays and months, acronyms (an article may spell them out), a sentence's first word
    or the words of a line in Title Case (a headline's "Clampdown Looms as Standoff
    Deepens"); a possessive's 's left out. None in a language that capitalises its nouns
    (German: every compound would be a name) or whose words wordfreq does not list. `named`:
    the claim is a name ("Riga Commodity Exchange"), its first word and Title Case too."""
    if language[:2] in NOUNS_CAPITALISED or not listed(language or "en"):
        return {}
    found: dict[str, str] = {}  # each name, and the other word of a full name it is in
    for line in claim.splitlines():
        words = [m for m in NAME.finditer(line) if named or not _opens_sentence(line, m.start())]
        if not named and len(words) >= TITLE_CASE * max(len(line.split()), 1):
            continue
        paired = _full_names(line, words, language or "en")
        for match in words:
            word = POSSESSIVE.sub("", match.group())
            folded = word.casefold()
            if (
                len(word) < MIN_NAME
                or word.isupper()
                or (zipf(folded, language or "en") >= COMMON_ZIPF and match.start() not in paired)
                or folded in calendar_words(language or "en")
            ):
                continue
            found.setdefault(word, paired.get(match.start(), ""))
    return found


def _full_names(line: str, words: list[regex.Match], language: str) -> dict[int, str]:
    """Where the words of a line's full names start, each with the other word: two
    capitalised words side by side, each less common than FULL_NAME_ZIPF ("Elena Vargas":
    3.75 and 3.33, too common alone; not "Prime Minister", "Hong Kong")."""
    found: dict[int, str] = {}
    for first, second in itertools.pairwise(words):
        a, b = (POSSESSIVE.sub("", m.group()) for m in (first, second))
        if line[first.end() : second.start()] == " " and all(
            zipf(w.casefold(), language) < FULL_NAME_ZIPF for w in (a, b)
        ):
            found[first.start()], found[second.start()] = b, a
    return found


def _opens_sentence(line: str, start: int) -> bool:
    before = line[:start].rstrip(" \"'“‘(")
    return not before or before[-1] in ".!?:;"


def plain(text: str) -> str:
    """Case-folded, accents left out (Zieliński, zielinski), Serbian's Cyrillic in Latin
    letters (Вучић, vucic: a brief in Latin Serbian cites outlets that write Cyrillic): names
    are compared so."""
    folded = text.casefold()
    if folded.isascii():
        return folded
    return MARKS.sub("", unicodedata.normalize("NFKD", folded.translate(SERBIAN_LATIN)))


def unnamed(claim: str, language: str, texts: list[str]) -> list[str]:
    """The names of a claim (`names_in`) that none of `texts` (articles, `plain`) writes: an
    invented person or firm. A word common alone, named for its full name, only when the
    other word is not written either ("Emmanuel Macron" of "President Macron" is named; the
    review's) and the two are no place's name ("Buenos Aires")."""
    return [
        name
        for name, other in _names(claim, language).items()
        if not written(name, texts)
        and not (other and (written(other, texts) or _a_place(name, other)))
    ]


def _a_place(word: str, other: str) -> bool:
    """Whether two words side by side, in either order, name a place the gazetteer knows."""
    from briefgen.gazetteer import gazetteer
    from briefgen.gazetteer import plain as place_key

    names = gazetteer().names
    return any(place_key(f"{a} {b}") in names for a, b in ((word, other), (other, word)))


def written(name: str, texts: list[str]) -> bool:
    """Whether one of `texts` writes `name`: at the start of a word, less an inflected ending
    in a longer name (Dorohusk, Dorohusku)."""
    key = plain(name)
    stem = key[: max(5, len(key) - 2)]
    return any(regex.search(rf"(?<!\w){regex.escape(stem)}", t) for t in texts)
