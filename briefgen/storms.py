"""A storm's name, the one thing every report of it shares: a cyclone, typhoon, hurricane or
winter storm is named ("Storm Tora", «Brita», 태풍 '라나리', முரசு புயல், พายุ "จังมี"), and
each language writes the name as it sounds. Two reports whose leads name one storm, and that
name a place in common (or give one typhoon's number, which is one storm's of the season
wherever it is told), tell one event wherever each is told from: a Danish report of
ferries stopped in Hirtshals by Norway's storm and a Norwegian one of its red warning share
little else (cuts.one_storm, cluster.STORM).

A name is looked for beside a word for a storm in the text's language (STORM_WORDS; none in a
language not there): in letters with capitals, a capitalised word rare in the language right
after it (past "tropical", "severa" and the like: "tempestade tropical severa Jelani"; not
"Sturm der Entrüstung") or joined before it by a hyphen (Finnish "Tora-myrsky"); in any
script, a quoted word after it or one or two words before it («Brita» kan gi orkan); in a
script without capitals, the rare word before or after it (Tamil and its neighbours name a
cyclone before its word only: முரசு புயல்); in Chinese and Japanese a katakana run after it
or a rare Han run before it (拉納莉颱風). Chinese, Japanese and Korean also number a season's
typhoons alike (台風17号, 第17号台风, 제17호 태풍): the number is a key too, and one lead that
gives a number and a name makes them one storm's in the batch (`numbered`).

A name is keyed by its consonants in the classes that romanizations of one name share
(`sound`: Murasu and Tamil's முரசு, "murcu", are 'mrs'; Jangmi and Thai's จังมี, "changmi",
'snm'). Words of one class meet by chance, which is why only a word beside a storm's is keyed;
a name of one consonant (Enya, Ida) is keyed by its letters.
Chinese translates or transliterates the Typhoon Committee's names its own way (Jangmi,
"rose", is 蔷薇; Nakri 娜基莉, "najili"): a Chinese name of that list (data/typhoon_names.json)
is read as the list's name too.
"""

from __future__ import annotations

import json
import math
import unicodedata
from functools import cache, lru_cache
from pathlib import Path

import regex

from briefgen.components import components
from briefgen.frequency import calendar_words, listed, zipf
from briefgen.gazetteer import fold, gazetteer
from briefgen.inflection import forms
from briefgen.places import capitals
from briefgen.words import simplified

# the words for a storm that a name follows or precedes, by language (ISO 639-1), in the
# forms a name stands beside (Danish "stormen", Polish "orkanu"; "_" a space); none for a
# language not here
STORM_WORDS = {
    "en": "storm typhoon hurricane cyclone",
    "de": "sturm sturms sturmtief orkan orkantief taifun hurrikan zyklon wirbelsturm",
    "fr": "tempête typhon ouragan cyclone",
    "es": "tormenta huracán tifón ciclón borrasca",
    "pt": "tempestade furacão tufão ciclone",
    "it": "tempesta tifone uragano ciclone",
    "nl": "storm tyfoon orkaan cycloon",
    "sv": "storm stormen oväder ovädret orkan orkanen tyfon tyfonen",
    "da": "storm stormen uvejr uvejret orkan orkanen tyfon tyfonen",
    "no": "storm stormen uvær uværet ekstremvær ekstremværet orkan orkanen tyfon tyfonen",
    "fi": "myrsky myrskyn taifuuni taifuunin hurrikaani hurrikaanin sykloni syklonin",
    "pl": "burza burzy orkan orkanu tajfun tajfunu huragan huraganu cyklon cyklonu",
    "cs": "bouře orkán orkánu tajfun tajfunu hurikán hurikánu cyklón cyklónu",
    "sk": "búrka búrky orkán orkánu tajfún tajfúnu hurikán hurikánu cyklón cyklónu",
    "hu": "vihar tájfun hurrikán ciklon orkán",
    "lt": "audra audros audrą uraganas uragano taifūnas taifūno ciklonas ciklono",
    "lv": "vētra vētras vētru viesuļvētra viesuļvētras taifūns taifūna ciklons ciklona",
    "et": "torm tormi orkaan orkaani taifuun taifuuni tsüklon tsükloni",
    "sl": "nevihta nevihte neurje orkan orkana tajfun tajfuna ciklon ciklona",
    "hr": "oluja oluje olujom uragan uragana tajfun tajfuna ciklon ciklona",
    "ca": "tempesta borrasca huracà tifó cicló",
    "ro": "furtuna furtună furtunii taifun taifunul uragan uraganul ciclon ciclonul",
    "el": "καταιγίδα καταιγίδας κακοκαιρία κακοκαιρίας τυφώνας τυφώνα κυκλώνας κυκλώνα",
    "tr": "fırtına fırtınası tayfun tayfunu kasırga kasırgası siklon siklonu",
    "ru": "шторм шторма ураган урагана тайфун тайфуна циклон циклона",
    "uk": "шторм шторму ураган урагану тайфун тайфуну циклон циклону",
    "bg": "буря бурята ураган урагана тайфун тайфуна циклон циклона",
    "sr": "олуја олује ураган урагана тајфун тајфуна циклон циклона oluja oluje olujom uragan"
    " uragana tajfun tajfuna ciklon ciklona",
    "ar": "عاصفة العاصفة إعصار الإعصار",
    "fa": "طوفان توفان",
    "ur": "طوفان",
    "he": "סערה הסערה סערת הוריקן טייפון ציקלון",
    "hi": "चक्रवात चक्रवाती_तूफान चक्रवाती_तूफ़ान तूफान तूफ़ान टाइफून",  # (चक्रवाती: "cyclonic")
    "mr": "चक्रीवादळ",
    "bn": "ঘূর্ণিঝড়",
    "ta": "புயல் சூறாவளி",
    "te": "తుపాను తుఫాను తుఫాన్",
    "kn": "ಚಂಡಮಾರುತ",
    "ml": "ചുഴലിക്കാറ്റ്",
    "si": "සුළි_කුණාටුව කුණාටුව",  # "whirl storm", "storm"
    "th": "พายุ ไต้ฝุ่น",
    "vi": "bão",
    "id": "badai topan siklon",
    "ms": "ribut taufan siklon",
    "tl": "bagyong bagyo",
    "sw": "dhoruba kimbunga",
    "ga": "stoirm stoirme",
    "cy": "storm",
    "zh": "台风 颱風 飓风 颶風 气旋 氣旋",
    "ja": "台風 ハリケーン サイクロン",
    "ko": "태풍 허리케인 사이클론",
}
# the codes of a language that these lists have under another's (Norwegian's three as one;
# Bosnian as Croatian, whose words and endings it shares)
ALIASES = {"nb": "no", "nn": "no", "bs": "hr"}
# languages that name a storm before its word (முரசு புயல், మురసు తుపాను), where the word
# after it is a verb or a noun in a case no word list has (புயல் கரையைக் கடந்தது, "the
# cyclone crossed the shore")
NAME_BEFORE = frozenset({"ta", "te", "kn", "ml", "si", "mr"})
UNSPACED = frozenset({"zh", "ja", "th"})
SPACE = r"[^\S\n]"  # a name is in the storm's word's line
# the words that may stand between a storm's word and its name ("tempestade tropical severa
# Jelani", "tropical storm"): any other word, and a capitalised word after it is no name
# ("Sturm der Entrüstung", "Storm over Netanyahu's plan")
BETWEEN = (
    r"(?i:tropical|tropicale|tropicales|tropicais|tropische[rn]?|tropisk|severa|severo|sévère"
    r"|intense|intensa|forte|fuerte|super)"
)
# a quoted name after the storm's word, past such words, an apostrophe opening it only after a
# space (not "Hurricane's eye hits Tampa's bay"); German opens its quotes low („Yasmin“) ...
QUOTED = regex.compile(
    rf"""(?:{SPACE}+{BETWEEN})*(?:{SPACE}*["“„«「『]|{SPACE}+['‘‚])([^\s"“”»’'」』]{{2,20}})"""
    r"""["“”»’'」』]"""
)
# ... or one word quoted one or two words before it: «Brita» kan gi orkan; not "'Nightmare'
# for farmers as storm hits"
QUOTED_BEFORE = regex.compile(
    rf"""["“„«‘‚'「『]([^\s"“”»’'」』]{{2,20}})["“”»’'」』](?:{SPACE}+[\p{{L}}\p{{M}}]+){{1,2}}"""
    rf"{SPACE}+$"
)
# one capitalised word after it, not the first of several ("Storm Prediction Center")
CAPITALISED = regex.compile(
    rf"(?:{SPACE}+{BETWEEN})*{SPACE}+(\p{{Lu}}[\p{{L}}\p{{M}}]++)(?!{SPACE}*\p{{Lu}})"
)
HYPHENED = regex.compile(r"(\p{Lu}[\p{L}\p{M}]+)-$")
WORD = regex.compile(r"[\p{L}\p{M}\u200c\u200d]+")
# a season's typhoon number beside its word: 台風17号 after it, 第17号台风 and 제17호 태풍
# before it (not 3호선, Seoul's metro line 3)
NUMBER_AFTER = regex.compile(r"\s?第?(\d{1,2})\s?[号號호](?!선)")
NUMBER_BEFORE = regex.compile(r"第?(\d{1,2})\s?[号號호]\s?$")
NUMBERING = frozenset({"zh", "ja", "ko"})
NUMBERED = "storm#"  # a numbered typhoon's key: 'storm#17'
# a name is no word commoner than this (zipf) in its language: Tamil's முரசு ("drum", 4.3), not
# கடும் ("severe", 5.3)
NAME_RARE = 4.5
# ... and a town's name, capitalised after the storm's word, no commoner than this: Nirmal,
# not Birmingham, Osaka or Houston ("Storm Birmingham: trains cancelled" names where)
TOWN_RARE = 3.0
# ... and in Chinese or Japanese, a run of Han characters before the storm's word no
# commoner than this: 拉納莉, not 超强 ("super") or 今年首个 ("this year's first")
HAN_RARE = 2.5
MIN_CONSONANTS = 2  # Tora: tr; a name of fewer is keyed by its letters ...
MIN_LETTERS = 3  # ... when it has this many: Enya, 'storm=enya'
# consonants by the classes romanizations of one sound share, in this order (ch before c)
CLASSES = (
    ("ch", "s"), ("sh", "s"), ("kh", "k"), ("ph", "p"), ("th", "t"), ("ng", "n"),
    ("c", "s"), ("z", "s"), ("j", "s"), ("x", "s"), ("g", "k"), ("q", "k"),
    ("b", "p"), ("f", "p"), ("v", "p"), ("w", "p"), ("d", "t"), ("l", "r"),
)  # fmt: skip
KEPT = frozenset("kmnprst")
# the Typhoon Committee's names of the western North Pacific's storms, with the Chinese names
# the China Meteorological Administration, Hong Kong and Taiwan's Central Weather
# Administration give each, in simplified characters (data/README.md)
TYPHOON_NAMES = Path(__file__).parent / "data" / "typhoon_names.json"


def storm_keys(text: str, language: str) -> frozenset[str]:
    """The keys of the storms `text` names ('storm:tr' for Tora, 'storm=enya' for Enya,
    'storm#17' for 台風17号)."""
    return named_storms(text, language)[0]


def named_storms(text: str, language: str) -> tuple[frozenset[str], frozenset[str]]:
    """The keys of the storms `text` names (storm_keys), and the names it gives them beside a
    word for a storm, in Latin letters ('elin')."""
    names, numbers = _storms(text, language)
    keys = frozenset(numbers).union(*(name_keys(name) for name in names))
    return keys, frozenset(filter(None, map(latin, names)))


@lru_cache(maxsize=4096)
def name_keys(name: str) -> frozenset[str]:
    """The keys of one storm's name: its consonants by class, or its letters when it has
    fewer than MIN_CONSONANTS."""
    skeletons = sound(name)
    keys = {"storm:" + k for k in skeletons if len(k) >= MIN_CONSONANTS}
    return frozenset(keys or _by_letters(name))


def _storms(text: str, language: str) -> tuple[list[str], list[str]]:
    """The names `text` gives storms beside a word for a storm, and the typhoons' numbers
    it gives (NUMBERED)."""
    language, text, matches = storm_words(text, language)
    names: list[str] = []
    numbers: list[str] = []
    for match in matches:
        start, end = match.span()
        found = _names(text, start, end, language)
        names += found
        if language == "zh":
            names += filter(None, (_chinese_names().get(simplified(n)) for n in found))
        if language in NUMBERING:
            after = NUMBER_AFTER.match(text, end)
            before = NUMBER_BEFORE.search(text[max(0, start - 8) : start])
            numbers += [NUMBERED + number[1] for number in (after, before) if number]
    return names, numbers


def storm_words(text: str, language: str) -> tuple[str, str, list[regex.Match[str]]]:
    """The language as STORM_WORDS has it (ALIASES: Norwegian's three codes as one, Bosnian
    as Croatian), the text composed (台風１７号: 17), and its words for a storm; none in a
    language not there."""
    language = ALIASES.get(language, language)
    if language not in STORM_WORDS:
        return language, text, []
    text = unicodedata.normalize("NFKC", text)
    return language, text, list(storm_pattern(language).finditer(text))


def numbered(storms: list[frozenset[str]]) -> list[frozenset[str]]:
    """Each lead's storms (storm_keys) with the number that another lead of the batch gives
    one of its names: a Korean lead that writes "제17호 태풍 '라나리'" tells that the
    Japanese 台風17号 is the Lanari an English lead names. Only a lead that gives one number
    ties it to its names ("台風17号と18号" ties none), and only a name given one number."""
    numbers: dict[str, set[str]] = {}
    for keys in storms:
        given = [k for k in keys if k.startswith(NUMBERED)]
        if len(given) == 1:
            for key in keys - set(given):
                numbers.setdefault(key, set()).add(given[0])
    tied = {key: found.pop() for key, found in numbers.items() if len(found) == 1}
    return [keys | {tied[k] for k in keys if k in tied} for keys in storms]


def aliased(
    storms: list[frozenset[str]], lead_names: list[frozenset[str]], glosses: list[frozenset[str]]
) -> list[frozenset[str]]:
    """Each lead's storms with the keys of the other names its storms are given: national
    weather services and the Philippines name one storm apart, and a report gives the other
    name in brackets after its own ("Typhoon Samuel (international name: Bualoi)", "bão (tên
    địa phương là Samuel)": `glossed`). A name another lead gives a storm, glossed so in a
    report whose lead names one storm, is that storm's name, and so are the names it is
    glossed with in other reports. A name in brackets that no lead gives a storm ties none
    ("Typhoon Ada (PAGASA)" and "Typhoon Bising (PAGASA)"), nor does one where a lead names
    two storms; a name the text gives otherwise is no other name of its storm ("a week after
    Ragasa", "another cyclone, called Ilanga"). `lead_names`: the names each lead gives
    storms, in Latin letters (named_storms)."""
    led = set().union(*lead_names)
    tied = components(
        (other, next(iter(names)))
        for names, glossed_names in zip(lead_names, glosses, strict=True)
        if len(names) == 1
        for other in (glossed_names & led) - names
    )
    if not tied:
        return storms
    return [
        keys.union(*(name_keys(other) for n in names for other in tied.get(n, ())))
        for keys, names in zip(storms, lead_names, strict=True)
    ]


@lru_cache(maxsize=4096)
def sound(name: str) -> frozenset[str]:
    """A name's consonants by class (CLASSES), vowels, h and y dropped ('Jangmi': 'snm');
    in Arabic or Hebrew letters also without w and v, which are vowels there as often."""
    written = latin(name)
    spellings = {written}
    if regex.search(r"[\p{Arabic}\p{Hebrew}]", name):
        spellings.add(written.replace("w", "").replace("v", ""))
    keys = set()
    for spelled in spellings:
        for letters, kind in CLASSES:
            spelled = spelled.replace(letters, kind)
        skeleton = "".join(c for c in spelled if c in KEPT)
        keys.add(regex.sub(r"(.)\1+", r"\1", skeleton))
    return frozenset(keys)


def _by_letters(name: str) -> set[str]:
    """A name of fewer than MIN_CONSONANTS consonants (Enya, Ida) keyed by its letters in Latin
    letters, vowels too ('storm=enya'): its consonants alone would meet every such name."""
    letters = latin(name)
    return {"storm=" + letters} if len(letters) >= MIN_LETTERS else set()


def latin(name: str) -> str:
    """A name in lower-case Latin letters a to z only (anyascii: Ciarán, ciaran; Киаран, kiaran)."""
    from anyascii import anyascii

    return regex.sub(r"[^a-z]", "", anyascii(name).lower())


def _names(text: str, start: int, end: int, language: str) -> list[str]:
    """The names beside the storm's word at text[start:end]: a name quoted may be a town's
    too (चक्रवात 'निर्मल'; Nirmal is a town of Telangana), and one capitalised a little-known
    town's (Cyclone Nirmal; not "Storm Birmingham: trains cancelled", TOWN_RARE); an
    uncapitalised word beside it no place (சென்னை புயல், "the Chennai cyclone")."""
    after = text[end : end + 60]
    quoted = [m[1] for m in (QUOTED.match(after), QUOTED_BEFORE.search(text[:start][-60:])) if m]
    if language in UNSPACED:
        return _kept(quoted + _unspaced(text, start, end, language), language)
    capitalised = [m[1] for m in [CAPITALISED.match(after)] if m]
    capitalised += [m[1] for m in [HYPHENED.search(text[max(0, start - 30) : start])] if m]
    names = []
    if text[start:end].lower() == text[start:end].upper():
        # a script without capitals: the word before it in a language that names a storm
        # there (NAME_BEFORE); elsewhere, where a list tells the language's common words, the
        # word after it and the word before it (not in Korean, whose words before it are its
        # modifiers: 강력한 태풍)
        following = WORD.match(text[end : end + 40].lstrip())
        if following and language not in NAME_BEFORE and listed(language):
            names.append(following[0])
        if language in NAME_BEFORE or (language != "ko" and listed(language)):
            names += WORD.findall(text[max(0, start - 40) : start])[-1:]
    found = _kept(quoted, language, math.inf) + _kept(capitalised, language, TOWN_RARE)
    return found + _kept(names, language)


def _kept(names: list[str], language: str, towns: float = -math.inf) -> list[str]:
    """The `names` that may be a storm's (a_name), and are no word for a storm."""
    pattern = storm_pattern(language)
    return [n for n in names if a_name(n, language, towns) and not pattern.fullmatch(n)]


def _unspaced(text: str, start: int, end: int, language: str) -> list[str]:
    """In Chinese or Japanese, the katakana run after the storm's word (台風ラナリ), or a
    rare run of Han characters before it that opens a title or a clause (拉納莉颱風逼近; not
    超强台风, "super typhoon"); in Chinese, a name of the Typhoon Committee's list
    (_chinese_names) right before it whatever its word's frequency (蝴蝶台风, Wutip, is
    "butterfly typhoon"), or one of three characters or more right after it (颱風娜克莉橫掃,
    "Typhoon Nakri sweeps")."""
    if language == "th":
        return []
    found = []
    if run := regex.match(r"[\p{Katakana}ー]{2,}", text[end:]):
        found.append(run[0])
    chinese = language == "zh"
    if chinese:
        # a listed name right after it, unquoted (颱風娜克莉橫掃菲律賓), of three characters
        # or more: one of two opens too many words (台风海神庙, 飓风南卡罗来纳州: Haishen, Nangka)
        after = simplified(text[end : end + 4])
        found += [after[:n] for n in (4, 3) if after[:n] in _chinese_names()][:1]
    before = regex.search(r"(?:^|[\s\p{P}])([\p{Han}\p{Katakana}ー]{2,4})$", text[:start])
    if before and (
        zipf(before[1], language) <= HAN_RARE
        or (chinese and simplified(before[1]) in _chinese_names())
    ):
        found.append(before[1])  # (蝴蝶台风: Wutip, though 蝴蝶 is "butterfly")
    return found


@cache
def _chinese_names() -> dict[str, str]:
    """The Typhoon Committee's names by their Chinese names in simplified characters (蔷薇
    and Taiwan's 蔷蜜: Jangmi)."""
    listed_names = json.loads(TYPHOON_NAMES.read_text(encoding="utf-8"))
    return {
        chinese: name for name, chinese_names in listed_names.items() for chinese in chinese_names
    }


def a_name(word: str, language: str, towns: float = -math.inf) -> bool:
    """Whether a word beside a storm's may be its name: no place (but a town's or a city's
    other than a capital, no commoner than `towns` (zipf) in the language), weekday or
    month, no word with Arabic's article, and rare in the language where a list tells, as
    are the forms inflection.forms reads it in."""
    folded = fold(word)
    place = gazetteer().names.get(folded)
    if place and not (_a_town(place.key) and zipf(word.lower(), language) <= towns):
        return False
    if folded in calendar_words(language):
        return False
    if word[:2] == "ال":
        return False  # (a name with Arabic's article is no storm's: طوفان الاقصی, Al-Aqsa Flood)
    if not listed(language):
        return True
    return all(zipf(w, language) <= NAME_RARE for w in (word.lower(), *forms(word, language)))


def _a_town(key: str) -> bool:
    """Whether a place's key is a town's or a city's other than a capital ("Typhoon Manila"
    names a typhoon's place, not the typhoon)."""
    return key[0] == "t" or (key[0] == "c" and key not in capitals())


@cache
def storm_pattern(language: str) -> regex.Pattern[str]:
    """The storm words of `language` as one pattern."""
    words = (regex.escape(w.replace("_", " ")) for w in STORM_WORDS[language].split())
    alternatives = sorted(words, key=len, reverse=True)
    if language in UNSPACED or language == "ko":
        return regex.compile("|".join(alternatives))
    return regex.compile(rf"(?<!\w)(?:{'|'.join(alternatives)})(?!\w)", regex.IGNORECASE)
