"""What happened: the kinds of event a text tells (a fire, a recall, a quarter's results, a
strike, a resignation ...), found by cue words in forty-four languages. Two reports whose
leads tell different kinds of event, neither of which names the other's, are two events
though they name one actor (a company's results and its data breach on one day): see
cuts.other_happenings. A text in a language without cues, or whose lead has none, tells no
kind, and conflicts with nothing.

The cue words are in happening_words.py (English, German, French, Spanish, Italian,
Portuguese, Dutch, Chinese, Japanese, Korean), happening_words_ru_uk.py (Russian,
Ukrainian), _pl_cs.py (Polish, Czech), _tr_ar.py (Turkish, Arabic), _id_vi.py (Indonesian,
Malay, Vietnamese), _hi_el_sw.py (Hindi, Greek, Swahili), _nordic.py (Swedish, Norwegian,
Danish), _th_fa_he.py (Thai, Persian, Hebrew), _bn_ta_hy_ka_am.py (Bengali, Tamil, Armenian,
Georgian, Amharic), _hu_fi.py (Hungarian, Finnish), _ro_bg.py (Romanian, Bulgarian),
_ur_tl.py (Urdu, Tagalog), _sr_hr.py (Serbian, Croatian, Bosnian) and _sk_ca.py (Slovak,
Catalan); winter's weather, power cut off and shipwrecks, in the languages of the first
and of _nordic.py, are in _seasons.py, joined to them language by language. The kinds a text
tells are a set, so that one event told in the words of two kinds (a cyber attack, a quake's
fires) meets both.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from briefgen import (
    happening_words,
    happening_words_bn_ta_hy_ka_am,
    happening_words_hi_el_sw,
    happening_words_hu_fi,
    happening_words_id_vi,
    happening_words_nordic,
    happening_words_pl_cs,
    happening_words_ro_bg,
    happening_words_ru_uk,
    happening_words_seasons,
    happening_words_sk_ca,
    happening_words_sr_hr,
    happening_words_th_fa_he,
    happening_words_tr_ar,
    happening_words_ur_tl,
)
from briefgen.text import ROMANIAN_COMMAS
from briefgen.words import simplified

# the cue words of every language, by kind: happening_words.py's ten, and the others'
LISTS = (
    happening_words,
    happening_words_ru_uk,
    happening_words_pl_cs,
    happening_words_tr_ar,
    happening_words_id_vi,
    happening_words_hi_el_sw,
    happening_words_nordic,
    happening_words_th_fa_he,
    happening_words_bn_ta_hy_ka_am,
    happening_words_hu_fi,
    happening_words_ro_bg,
    happening_words_ur_tl,
    happening_words_sr_hr,
    happening_words_sk_ca,
    happening_words_seasons,
)


def _joined(entries: list[dict[str, str]]) -> dict[str, str]:
    """Each language's entries of several lists, in one (a language's list and
    happening_words_seasons.py's)."""
    joined: dict[str, str] = {}
    for of in entries:
        for language, words in of.items():
            joined[language] = f"{joined[language]} {words}" if language in joined else words
    return joined


KINDS = {kind: _joined([m.KINDS.get(kind, {}) for m in LISTS]) for kind in happening_words.KINDS}
NOT = _joined([m.NOT for m in LISTS])
# Entries are found anywhere: no spaces between words (Chinese, Japanese, Thai: ไฟไหม้โกดัง, a
# warehouse fire), or (Korean) words written joined to what they are part of (공장화재, a
# factory fire; 1분기, the first quarter)
UNSPACED = ("zh", "ja", "ko", "th")
# A letter of a word, where `re`'s \w leaves some out: Devanagari's vowel signs and virama are
# marks, and the joiners sit inside words ("आग_", a fire, is not the start of "आगे", ahead;
# nor does an entry start after a vowel sign inside a word). The dandas end sentences.
LETTERS = {"hi": r"[\w\u0900-\u0963\u0966-\u097f\u200c\u200d]"}
# An article names another event it is not about, if at all, in its first paragraphs (4,000
# against 1,000 characters: own-day precision 0.982 -> 0.984, recall 0.854 -> 0.857)
HAPPENINGS_CHARS = 4000
# An entry's gap ("ruft…zurück_"): up to GAP words of one clause and line between its two
# words, as a German or Dutch verb's particle ends its clause
GAP_MARK = "…"
GAP = 8


# What a lead tells after these words happened before, as background: "Norvalis agreed to buy
# Voltia, hours after it announced a battery recall" tells a takeover, and names a recall
BEFORE = {
    "en": r"(?:hours|days|weeks|months|a\s+day|a\s+week|a\s+month|shortly|just|soon)\s+after",
    "de": r"(?:Stunden|Tage|Wochen|Monate|kurz|einen\s+Tag|eine\s+Woche)\s+nach(?:dem)?",
    "fr": r"(?:heures|jours|semaines|mois|peu)\s+après",
    "es": r"(?:horas|días|semanas|meses|poco)\s+después",
    "it": r"(?:ore|giorni|settimane|mesi|poco)\s+dopo",
    "pt": r"(?:horas|dias|semanas|meses|pouco)\s+depois",
    "nl": r"(?:uur|uren|dagen|weken|maanden|kort)\s+na(?:dat)?",
}
BACKGROUND = {
    # to the clause's end: "Days after customers reported overheating, Voltia recalled ..."
    lang: re.compile(rf"(?<!\w){words}(?!\w)[^,;:\n]*", re.IGNORECASE)
    for lang, words in BEFORE.items()
}


def told(lead: str, text: str, language: str) -> tuple[frozenset[str], frozenset[str]]:
    """The kinds of event an article's `lead` (its title and first sentence) tells, and those
    its lead and its `text`'s first HAPPENINGS_CHARS characters tell; the text is read only
    when the lead tells a kind (a lead of none conflicts with nothing). What the lead tells
    as having happened hours or days before (BACKGROUND) is named, not told. Chinese is read
    in simplified characters, as its words are (salience._parts)."""
    background = BACKGROUND.get(language)
    told_lead = background.sub("", lead) if background else lead
    in_lead = happenings(told_lead, language)
    named = happenings(lead, language) - in_lead if told_lead != lead else frozenset()
    if not in_lead:
        return in_lead, in_lead
    text = text[:HAPPENINGS_CHARS]
    return in_lead, in_lead | named | happenings(
        simplified(text) if language == "zh" else text, language
    )


def happenings(text: str, language: str) -> frozenset[str]:
    """The kinds of event `text` tells, in `language` (ISO 639-1); none in a language
    without cues. A gapped entry ("ruft…zurück_") is hidden, as any, by an entry of `NOT`
    found where it starts ("ruft…botschafter": an ambassador recalled)."""
    found = _pattern(language)
    if found is None:
        return frozenset()
    kinds = _kinds(language)
    plain = _plain(text, language)
    told: set[str] = set()
    hidden: set[int] = set()
    for m in found.finditer(plain):
        told.update(kinds[m.group()])
        if not kinds[m.group()]:
            hidden.add(m.start())
    gapped = [
        (m.start(), of)
        for verb, cue, of in _gapped(language)
        if verb in plain
        for m in cue.finditer(plain)
    ]
    hidden.update(start for start, of in gapped if not of)
    return frozenset(told.union(*(of for start, of in gapped if start not in hidden)))


@functools.cache
def _gapped(language: str) -> tuple[tuple[str, re.Pattern[str], tuple[str, ...]], ...]:
    """The entries of `language` with a gap ("ruft…zurück_"), `NOT`'s among them (no
    kind), each as its verb, a pattern of its two words with up to GAP words of one clause
    between them, and its kinds."""
    found: dict[str, list[str]] = {}
    for entry, kind in _cues(language):
        if GAP_MARK in entry:
            if kind is None:
                found[entry] = []
            else:
                found.setdefault(entry, []).append(kind)
    within = LETTERS.get(language, r"\w")
    return tuple(
        (
            _literal(entry.split(GAP_MARK)[0], language),
            _gap_pattern(entry, language, within),
            tuple(kinds),
        )
        for entry, kinds in found.items()
    )


def _gap_pattern(entry: str, language: str, within: str) -> re.Pattern[str]:
    """'ruft…zurück_': the verb as a word, then up to GAP words of its clause and line (a
    word that ends in a comma or a full stop ends it, but an ordinal's or an initial's
    stop: "zum 1. Juli", "u. a."), then the particle, a word's start (a whole word with
    "_"). The verb comes first in the pattern, so that `re` looks for it as a literal."""
    verb, particle = entry.split(GAP_MARK)
    end = f"(?!{within})" if particle.endswith("_") else ""
    verb, particle = re.escape(_literal(verb, language)), re.escape(_literal(particle, language))
    word = r"(?:\S*[^\s.,;:!?]|\d+\.|\w\.)"
    gap = rf"(?:[^\S\n]+{word}){{0,{GAP}}}?"
    return re.compile(rf"{verb}(?<!{within}{verb})(?!{within}){gap}[^\S\n]+{particle}{end}")


@functools.cache
def _cues(language: str) -> tuple[tuple[str, str | None], ...]:
    """Every entry of `language` with its kind, each kind's in turn, then `NOT`'s (kind
    None), as written ("ruft…zurück_", "fire_")."""
    return tuple(
        (entry, kind) for kind, cues in KINDS.items() for entry in cues.get(language, "").split()
    ) + tuple((entry, None) for entry in NOT.get(language, "").split())


@functools.cache
def _kinds(language: str) -> dict[str, tuple[str, ...]]:
    """Each entry of `language` as it is found (spaces for "_"), with its kinds (none: NOT)."""
    entries: dict[str, list[str]] = {}
    for entry, kind in _cues(language):
        if GAP_MARK not in entry:
            if kind is None:
                entries[_literal(entry, language)] = []
            else:
                entries.setdefault(_literal(entry, language), []).append(kind)
    return {entry: tuple(kinds) for entry, kinds in entries.items()}


@functools.cache
def _pattern(language: str) -> re.Pattern[str] | None:
    """One pattern of every entry of `language`, each at a word's start unless the language is
    written unspaced: a trie of their letters, so that each place in a text is tried letter
    by letter and not entry by entry (5 times faster than their plain alternation), longer
    entries before shorter ones (the longest found at a place wins)."""
    raw = [entry for entry, _ in _cues(language) if GAP_MARK not in entry]
    if not raw:
        return None
    trie: dict = {}
    for entry in raw:
        node = trie
        for letter in _literal(entry, language):
            node = node.setdefault(letter, {})
        # True: the whole word only (an entry ending in "_"); a start of a word wins over it
        node[""] = node.get("", True) and entry.endswith("_")
    within = LETTERS.get(language, r"\w")
    start = "" if language in UNSPACED else f"(?<!{within})"
    return re.compile(start + _alternatives(trie, within))


def _alternatives(node: dict, within: str) -> str:
    """A trie node as a pattern: its longer entries, then the one that ends at it (a whole
    word's: no letter `within` a word after it)."""
    found = [re.escape(c) + _alternatives(child, within) for c, child in node.items() if c]
    if "" in node:
        found.append(f"(?!{within})" if node[""] else "")
    return found[0] if len(found) == 1 else "(?:" + "|".join(found) + ")"


def _literal(entry: str, language: str) -> str:
    return _plain(entry.rstrip("_").replace("_", " "), language)


def _plain(text: str, language: str) -> str:
    """Text as entries are matched: composed (NFKC: "é" one letter), case-folded ("Bußgeld"
    and Swiss "Bussgeld" alike), with the typographic apostrophe as the plain one
    ("chiffre d’affaires"); Greek without its accents, which capitals drop ("ΣΕΙΣΜΟΣ",
    σεισμός, an earthquake); Romanian's ş and ţ as its ș and ț."""
    if language == "el":
        text = "".join(
            c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)
        )
    text = unicodedata.normalize("NFKC", text).casefold().replace("’", "'")
    if language == "ro":  # ş and ţ (with a cedilla) as ș and ț (with a comma below)
        text = text.translate(ROMANIAN_COMMAS)
    return text
