"""A storm's name, the one thing every report of it shares: a cyclone, typhoon, hurricane or
winter storm is named ("Storm Tora", «Brita», 태풍 '라나리', முரசு புயல், พายุ "จังมี"), and
each language writes the name as it sounds. Two reports whose leads name one storm tell one
event, wherever each is told from: a Danish report of ferries stopped in Hirtshals by
Norway's storm and a Norwegian one of its red warning share little else (cluster.py).

A name is looked for beside a word for a storm in the text's language (STORM_WORDS): in
letters with capitals, a capitalised word rare in the language after it (one or two
lower-case words may stand between: "tempestade tropical severa Jelani") or joined before it
by a hyphen (Finnish "Tora-myrsky"); in any script, a quoted word after it; in a script
without capitals, the word before or after it when rare in the language (Tamil names a
cyclone before its word: முரசு புயல்). Chinese, Japanese and Korean also number a season's
typhoons alike (台風17号, 第17号台风, 제17호 태풍): the number is a key too.

A name is keyed by its consonants in classes that romanizations of one name keep apart
(`sound`: Murasu, Tamil's முரசு "murcu" and Thai's จังมี "changmi" as Jangmi): two storms of
one day do not share them, while words of one sound class would meet a name by chance
(which is why only a word beside a storm's is keyed).
"""

from __future__ import annotations

from functools import cache, lru_cache

import regex

from briefgen.frequency import calendar_words, listed, zipf
from briefgen.gazetteer import fold, gazetteer

# the words for a storm that a name follows or precedes, by language (ISO 639-1); a word
# ending in "_" stands for its inflected forms too (Danish "stormen", Polish "orkanu")
STORM_WORDS = {
    "en": "storm typhoon super_typhoon hurricane cyclone",
    "de": "sturm_ sturmtief_ orkan_ orkantief_ taifun_ hurrikan_ zyklon_ wirbelsturm_",
    "fr": "tempête typhon ouragan cyclone",
    "es": "tormenta huracán tifón ciclón borrasca",
    "pt": "tempestade furacão tufão ciclone",
    "it": "tempesta tifone uragano ciclone",
    "nl": "storm_ tyfoon orkaan cycloon",
    "sv": "storm_ oväde_ orkan_ tyfon_",
    "da": "storm_ uvejr_ orkan_ tyfon_ stormvejr_",
    "no": "storm_ uvær_ ekstremvær_ orkan_ tyfon_",
    "nb": "storm_ uvær_ ekstremvær_ orkan_ tyfon_",
    "fi": "myrsky_ taifuuni_ hurrikaani_ sykloni_",
    "pl": "burz_ orkan_ tajfun_ huragan_ cyklon_",
    "cs": "bouř_ orkán_ tajfun_ hurikán_ cyklón_",
    "sk": "búrk_ orkán_ tajfún_ hurikán_ cyklón_",
    "hu": "vihar_ tájfun_ hurrikán_ ciklon_ orkán_",
    "ro": "furtun_ taifun_ uragan_ ciclon_",
    "el": "καταιγίδα_ κακοκαιρία_ τυφώνα_ κυκλώνα_ θύελλα_",
    "tr": "fırtına_ tayfun_ kasırga_ siklon_",
    "ru": "шторм_ ураган_ тайфун_ циклон_",
    "uk": "шторм_ ураган_ тайфун_ циклон_",
    "bg": "бур_ ураган_ тайфун_ циклон_",
    "sr": "олуј_ ураган_ тајфун_ циклон_",
    "ar": "عاصفة العاصفة إعصار الإعصار",
    "fa": "طوفان توفان",
    "ur": "طوفان",
    "he": "סערה הסערה סערת הוריקן טייפון ציקלון",
    "hi": "चक्रवात तूफान तूफ़ान टाइफून",
    "mr": "चक्रीवादळ",
    "bn": "ঘূর্ণিঝড়",
    "ta": "புயல் சூறாவளி",
    "te": "తుపాను తుఫాను తుఫాన్",
    "kn": "ಚಂಡಮಾರುತ",
    "ml": "ചുഴലിക്കാറ്റ്",
    "si": "සුළි කුණාටුව",  # "whirl", "storm"
    "th": "พายุ ไต้ฝุ่น",
    "vi": "bão",
    "id": "badai topan siklon",
    "ms": "ribut taufan siklon",
    "tl": "bagyong bagyo",
    "sw": "dhoruba kimbunga",
    "zh": "台风 颱風 飓风 颶風 气旋 氣旋",
    "ja": "台風 ハリケーン サイクロン",
    "ko": "태풍 허리케인 사이클론",
}
UNSPACED = frozenset({"zh", "ja", "th"})
SPACE = r"[^\S\n]"  # a name is in the storm's word's line
QUOTED = regex.compile(
    rf"""{SPACE}*(?:\p{{Ll}}+{SPACE}+){{0,2}}["“«‘'「『]([^"”»’'」』\n]{{2,20}})["”»’'」』]"""
)
# ... or before it, one to three words apart: «Brita» kan gi orkan
QUOTED_BEFORE = regex.compile(
    rf"""["“«‘'「『]([^"”»’'」』\n]{{2,20}})["”»’'」』](?:{SPACE}+[\p{{L}}\p{{M}}]+){{1,3}}{SPACE}+$"""
)
# one capitalised word, not the first of several ("Storm Prediction Center")
CAPITALISED = regex.compile(
    rf"{SPACE}*(?:\p{{Ll}}+{SPACE}+){{0,2}}(\p{{Lu}}[\p{{L}}\p{{M}}]++)(?!{SPACE}*\p{{Lu}})"
)
HYPHENED = regex.compile(r"(\p{Lu}[\p{L}\p{M}]+)-$")
WORD = regex.compile(r"[\p{L}\p{M}\u200c\u200d]+")
NUMBERED = regex.compile(r"第?\s?(\d{1,2})\s?[号號호]")
NUMBERING = frozenset({"zh", "ja", "ko"})
# a name is no word commoner than this (zipf) in its language: Tamil's முரசு ("drum", 4.3), not
# கடும் ("severe", 5.3)
NAME_RARE = 4.5
MIN_CONSONANTS = 2  # Tora: tr
# consonants by the classes romanizations of one sound share, in this order (ch before c)
CLASSES = (
    ("ch", "s"), ("sh", "s"), ("kh", "k"), ("ph", "p"), ("th", "t"), ("ng", "n"),
    ("c", "s"), ("z", "s"), ("j", "s"), ("x", "s"), ("g", "k"), ("q", "k"),
    ("b", "p"), ("f", "p"), ("v", "p"), ("w", "p"), ("d", "t"), ("l", "r"),
)  # fmt: skip
KEPT = frozenset("kmnprst")


def storm_keys(text: str, language: str) -> frozenset[str]:
    """The keys of the storms `text` names ('storm:tr' for Tora, 'storm#17' for 台風17号)."""
    found = _words(language).finditer(text)
    keys: set[str] = set()
    for match in found:
        start, end = match.span()
        for name in _names(text, start, end, language):
            keys.update("storm:" + k for k in sound(name) if len(k) >= MIN_CONSONANTS)
        if language in NUMBERING:
            for side in (text[max(0, start - 6) : start], text[end : end + 6]):
                if number := NUMBERED.search(side):
                    keys.add("storm#" + number[1])
    return frozenset(keys)


@lru_cache(maxsize=4096)
def sound(name: str) -> frozenset[str]:
    """A name's consonants by class (CLASSES), vowels, h and y dropped ('Jangmi': 'snm');
    in Arabic or Hebrew letters also without w and v, which are vowels there as often."""
    from anyascii import anyascii

    latin = regex.sub(r"[^a-z]", "", anyascii(name).lower())
    spellings = {latin}
    if regex.search(r"[\p{Arabic}\p{Hebrew}]", name):
        spellings.add(latin.replace("w", "").replace("v", ""))
    keys = set()
    for spelled in spellings:
        for letters, kind in CLASSES:
            spelled = spelled.replace(letters, kind)
        skeleton = "".join(c for c in spelled if c in KEPT)
        keys.add(regex.sub(r"(.)\1+", r"\1", skeleton))
    return frozenset(keys)


def _names(text: str, start: int, end: int, language: str) -> list[str]:
    """The names beside the storm's word at text[start:end]."""
    after = text[end : end + 60]
    names = [m[1] for m in (QUOTED.match(after), QUOTED_BEFORE.search(text[:start][-60:])) if m]
    if language in UNSPACED:
        return names + _unspaced(text, start, end, language)
    if capitalised := CAPITALISED.match(after):
        names.append(capitalised[1])
    if hyphened := HYPHENED.search(text[max(0, start - 30) : start]):
        names.append(hyphened[1])
    if text[start:end].lower() == text[start:end].upper():  # a script without capitals
        before = WORD.findall(text[max(0, start - 40) : start])
        following = WORD.match(text[end : end + 40].lstrip())
        names += before[-1:] + ([following[0]] if following else [])
    return [n for n in names if _a_name(n, language) and not _words(language).fullmatch(n)]


def _unspaced(text: str, start: int, end: int, language: str) -> list[str]:
    """In Chinese or Japanese, the katakana run beside the storm's word (台風ラナリ), or the
    run of Han characters before it that opens a title or a clause (拉納莉颱風逼近)."""
    found = []
    if run := regex.match(r"[\p{Katakana}ー]{2,}", text[end:]):
        found.append(run[0])
    before = regex.search(r"(?:^|[\s\p{P}])([\p{Han}\p{Katakana}ー]{2,4})$", text[:start])
    if before and language != "th":
        found.append(before[1])
    return found


def _a_name(word: str, language: str) -> bool:
    """Whether a word beside a storm's may be its name: rare in the language (where a list
    tells), no place, no weekday or month."""
    folded = fold(word)
    if folded in gazetteer().names or folded in calendar_words(language):
        return False
    return not listed(language) or zipf(folded, language) <= NAME_RARE


@cache
def _words(language: str) -> regex.Pattern[str]:
    """The storm words of `language` as one pattern (of every language when it has none)."""
    listed_words = STORM_WORDS.get(language) or " ".join(STORM_WORDS.values())
    alternatives = sorted(
        (regex.escape(w[:-1]) + r"\w*" if w.endswith("_") else regex.escape(w)).replace("_", " ")
        for w in listed_words.split()
    )
    if language in UNSPACED or language in ("ko",):
        return regex.compile("|".join(alternatives))
    return regex.compile(rf"(?<!\w)(?:{'|'.join(alternatives)})(?!\w)", regex.IGNORECASE)
