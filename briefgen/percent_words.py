"""Percent in words: "5 Prozent", "5 pour cent", "5 процентов", "5 শতাংশ", "yüzde 5", "asilimia
5" are 5% as much as "5%" is, a share (figures.quantity: '%=5'), not five of a thing called
"Prozent". The Unicode CLDR's long unit names give each language's forms for every count
(babel: "5 procent", "2 procenta", "1 procento" in Czech) and whether the word stands before
the number (Turkish, Swahili); news writes some it has not (PERCENT_WORDS, BEFORE). A word
that opens with a stem of a language that inflects or compounds the word says percent too
(STEMS: "Prozentpunkte", "százalékkal", Tamil "சதவீதமாக", Korean "퍼센트로"); a stem is
listed, not taken from every form, as one form opens other words ("posto", percent in
Croatian, opens "postojećih", "existing"; Marathi "टक्के" is near "टक्कर", "collision").
Chinese writes 百分之五 with a numeral the figures do not read: only 百分之5 is a share. A
range's first number is a share when its last is ("from 15 to 20 percent", "15〜20%").
Basis points are hundredths of a percent ("25 bps", "25 Basispunkte", "25个基点": 0.25%).
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache

import regex

from briefgen.frequency import calendar_words
from briefgen.scale_words import cldr_locale

# the forms news writes after a number that the CLDR's names do not give, by language (ISO
# 639-1; "_" a space)
PERCENT_WORDS = {
    "en": "per_cent pct",
    "it": "per_cento",
    "ro": "la_sută la_suta",
    "sr": "одсто посто odsto posto procenata procenat",
    "hr": "postotak postotka postotaka postotku",
    "bs": "postotak postotka postotaka odsto",
    "pl": "proc",
    "hi": "फीसदी फ़ीसदी फीसद फ़ीसद",
    "ar": "في_المئة في_المائة بالمئة",
    "he": "אחוזים",
    "fa": "درصدی",
    "vi": "phần_trăm",
    "ko": "퍼센트",
    "tl": "porsiyento",
    "am": "በመቶ",
}
# the beginnings of the words that say percent in languages that inflect it or compound it
# ("Prozentpunkte", "percentage points"), by language
STEMS = {
    "en": "percent",
    "de": "prozent",
    "nl": "procent",
    "sv": "procent",
    "da": "procent",
    "no": "prosent",
    "nb": "prosent",
    "nn": "prosent",
    "fi": "prosent",
    "pl": "procent",
    "cs": "procent",
    "sk": "percent",
    "sl": "odstot",
    "lt": "procent",
    "lv": "procent",
    "et": "protsent",
    "hu": "százalék",
    "ru": "процент",
    "uk": "відсот",
    "bg": "процент",
    "mk": "процент",
    "sr": "процент procent",
    "hr": "postot",
    "bs": "postot",
    "ta": "சதவீத சதவிகித",
    "mr": "टक्के टक्क्य",
    "ml": "ശതമാന",
    "kn": "ಶೇಕಡ",
    "bn": "শতাংশ",
    "ko": "퍼센트",
    "ja": "パーセント",
    "th": "เปอร์เซ็นต์",
    "zh": "百分点 个百分点 個百分點",
}
# the words written before the number besides those the CLDR gives so ("yüzde 5", "asilimia
# 5"): ร้อยละ 5, 百分之5, ಶೇ 5
BEFORE = {"th": "ร้อยละ", "zh": "百分之", "kn": "ಶೇಕಡಾ ಶೇ. ಶೇ"}
UNSPACED = frozenset({"zh", "ja", "th"})
COUNTS = (0, 1, 2, 3, 5, 11, 21, 25, 100, 1.5)  # one of each plural category
NUMBER = r"(\d[\d.,]*\d|\d)"  # not the comma or full stop after it
# other scripts' percent signs as '%' (Arabic's; and the full-width one, which the text's
# composing already gives), and the sign before the number in the languages the CLDR writes
# it so ("%5" in Turkish, Basque and Kurdish)
SIGNS = regex.compile(r"[٪％]")
SIGN_FIRST = regex.compile(rf"(?<![\w%])%\s?{NUMBER}")
# a range's first number is a share when its last is ("from 15 to 20 percent", "5-6%", "de 3 a
# 4 %", "von 2 bis 3 Prozent", "15〜20%"): the two joined by a dash, a wave dash or 至 written
# against them, or by a word of its language that joins a range's ends (RANGE_WORDS), a space
# either side; not a year ("in 2025 to 3%") or a day of the month ("on June 5 to 5.25%": see
# _range_first), nor a number after a time's colon, a fraction's slash, a dash ("Covid-19",
# "2025-26") or a currency's sign ("$5 or 10%"), nor one a noun or a line parts from the share
# ("2 years 20%", "iPhone 16 – 20% cheaper")
RANGE_WORDS = {
    "en": "to and or through",
    "de": "bis und oder auf",
    "fr": "à a et ou",
    "es": "a y o hasta",
    "ca": "a i o fins",
    "it": "a e o fino",
    "pt": "a e ou até",
    "ro": "la și până",
    "nl": "tot en of naar",
    "sv": "till och eller",
    "da": "til og eller",
    "no": "til og eller",
    "nb": "til og eller",
    "fi": "ja tai",
    "pl": "do i lub albo",
    "cs": "až a nebo do",
    "sk": "až a alebo do",
    "hr": "do i ili",
    "sr": "до и или do i ili",
    "ru": "до и или",
    "uk": "до і або",
    "bg": "до и или",
    "el": "έως ως και",
    "tr": "ile ve",
    "sw": "hadi na au",
    "id": "hingga sampai dan atau ke",
    "ms": "hingga sampai dan atau ke",
    "vi": "đến và hoặc tới",
    "tl": "hanggang",
    "hi": "से तक और",
    "bn": "থেকে",
    "ar": "إلى",
    "fa": "تا",
    "he": "עד",
}
# Basis points, hundredths of a percent, as news writes them after a number ("_" a space):
# "25 bps" is 0.25% (figures.quantity: '%=0.25'), as a Hindi or Tamil report of the same
# rate cut writes it. Their words, read in any case ...
BASIS_POINTS = {
    "en": "basis_points basis_point basis-points basis-point",
    "de": "basispunkte basispunkten basispunkt",
    "nl": "basispunten basispunt",
    "sv": "baspunkter baspunkt",
    "da": "basispoint",
    "no": "basispunkter basispunkt",
    "nb": "basispunkter basispunkt",
    "fi": "peruspistettä peruspisteen peruspisteellä",
    "fr": "points_de_base point_de_base",
    "es": "puntos_básicos punto_básico",
    "ca": "punts_bàsics punts_base",
    "it": "punti_base punti_percentuali_base",
    "pt": "pontos-base pontos_base pontos_básicos",
    "pl": "punktów_bazowych punkty_bazowe",
    "cs": "bazických_bodů bazické_body",
    "hu": "bázisponttal bázispontos bázispont",
    "ro": "puncte_de_bază puncte_de_baza de_puncte_de_bază de_puncte_de_baza",
    "tr": "baz_puanlık baz_puan",
    "ru": "базисных_пунктов базисных_пункта базисный_пункт б.п",
    "uk": "базисних_пунктів базисні_пункти базисний_пункт б.п",
    "id": "basis_poin",
    "ms": "mata_asas basis_poin",
    "vi": "điểm_cơ_bản",
    "hi": "बेसिस_पॉइंट्स बेसिस_पॉइंट बेसिस_प्वाइंट आधार_अंकों आधार_अंक",
    "bn": "বেসিস_পয়েন্ট",
    "ar": "نقطة_أساس نقاط_أساس",
    "he": "נקודות_בסיס",
    "zh": "个基点 個基點 基点",
    "ja": "ベーシスポイント",
    "ko": "베이시스포인트",
}
# ... and their abbreviations, in small letters only ("3 BP stations" are BP's, "3 PB"
# petabytes): "bps" and "bp" in any language, "pb" in PB_LANGUAGES
BASIS_POINT_ABBREVIATIONS = "bps bp"
PB_LANGUAGES = frozenset({"fr", "es", "ca", "it", "pt", "pl"})
# where a word follows its unit without a space between them (下调25个基点至3%, 25베이시스포인트를)
UNIT_JOINED = UNSPACED | {"ko"}
# a number of basis points as English writes it (figures.in_points has): "1,000 bps" is 10%
BASIS_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
RANGE_FIRST = (  # (after a letter only in scripts written without spaces: 增长15至20%)
    r"(?<![\d.,%:/\-–—$£€¥₹₦₱₺₴₽₫฿₪₵₸৳])"
    r"(?<![^\W\d\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}])"
    rf"(?!(?:19|20)\d\d(?![\d.,])){NUMBER}"
)
ONE_LINE = "[ \u00a0]"  # a space that parts no line


def in_percent_order(text: str, language: str) -> str:
    """`text` with a number that a percent word or sign stands before written with '%' after
    it, as the others write it ("yüzde 5", "%5": "5%"), other scripts' signs as '%', and
    basis points as percent ("25 bps": "0.25%")."""
    text = _basis_points(language[:2]).sub(_in_percent, SIGNS.sub("%", text))
    if _sign_first(language[:2]):
        text = SIGN_FIRST.sub(r"\1%", text)
    if before := _before(language[:2]):
        text = before.sub(r"\1%", text)
    return _range(language[:2]).sub(lambda found: _range_first(found, language[:2]), text)


def a_percent(unit: str, following: str, language: str) -> bool:
    """Whether the word after a number, with the one after it (`following`), says percent in
    `language`."""
    forms, stems = _forms(language[:2])
    one = unit.casefold()
    return f"{one} {following.casefold()}" in forms or one in forms or one.startswith(stems)


@cache
def _forms(language: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """A language's percent words after a number (the CLDR's and PERCENT_WORDS), and the
    stems its longer ones open with (STEMS)."""
    after, _ = _cldr(language)
    forms = after | {w.replace("_", " ") for w in PERCENT_WORDS.get(language, "").split()}
    return frozenset(forms), tuple(STEMS.get(language, "").split())


@cache
def _range(language: str) -> regex.Pattern[str]:
    """The pattern of a range's first number (its group) whose last is a share in `language`:
    the sign after it, or a percent word (_forms)."""
    forms, stems = _forms(language)
    words = [regex.escape(f) for f in sorted(forms, key=len, reverse=True)]
    words += [regex.escape(s) + r"\w*" for s in stems]
    share = "|".join(["%", *(rf"{w}(?!\w)" for w in words)])
    join = r"[-–—~〜～至到]" + _joining_words(language)
    return regex.compile(
        rf"{RANGE_FIRST}(?=(?:{join})\d(?:[\d.,]*\d)?{ONE_LINE}?(?:{share}))", regex.IGNORECASE
    )


def _range_first(found: regex.Match[str], language: str) -> str:
    """A range's first number with '%' after it, unless a month's name is written right
    before it: "on June 5 to 5.25%" gives a day of the month (a day written before its
    month, "5 June to 5.25%", is no match: the joining word must follow the number)."""
    before = found.string[max(0, found.start() - 20) : found.start()].split()
    if before and before[-1].casefold().strip(".,") in _calendar(language):
        return found[0]
    return found[0] + "%"


@cache
def _calendar(language: str) -> frozenset[str]:
    """The calendar's words of `language` and of English, which news of any language quotes."""
    return calendar_words(language) | calendar_words("en")


def _joining_words(language: str) -> str:
    """The pattern's alternative of a word of `language` that joins a range's ends
    (RANGE_WORDS) between spaces, after a '|'; '' where it has none."""
    joins = "|".join(map(regex.escape, RANGE_WORDS.get(language, "").split()))
    return rf"|{ONE_LINE}(?:{joins}){ONE_LINE}" if joins else ""


@cache
def _basis_points(language: str) -> regex.Pattern[str]:
    """The pattern of a number of basis points in `language` (BASIS_POINTS), or of a range of
    them ("25-50 bps", "between 25 and 50 basis points", "25至50个基点"): the range's first
    number and what joins it to the last are the first two groups, the last number the third."""
    forms = [form.replace("_", " ") for form in BASIS_POINTS.get(language, "").split()]
    words = "".join("|" + regex.escape(f) for f in sorted(forms, key=len, reverse=True))
    short = BASIS_POINT_ABBREVIATIONS + (" pb" if language in PB_LANGUAGES else "")
    abbreviated = "(?-i:(?:" + "|".join(short.split()) + r")(?![A-Za-z]))"
    join = r"\s?[-–~〜～至到]\s?" + _joining_words(language)
    bound = r"(?<![\d.,])" if language in UNSPACED else r"(?<![\w.,])"
    after = "" if language in UNIT_JOINED else r"(?!\w)"
    return regex.compile(
        rf"{bound}(?:({BASIS_NUMBER})({join}))?({BASIS_NUMBER})[ \u00a0-]?"
        rf"(?:{abbreviated}{words}{after})",
        regex.IGNORECASE,
    )


def _in_percent(found: regex.Match[str]) -> str:
    """Basis points as percent: "25 bps" is "0.25%", "12.5 bp" "0.125%", "25-50 bps"
    "0.25%-0.5%". Not both the points and the percent: a rate cut's one figure twice made a
    Polish rate hold's "25 punktów bazowych" and a Hungarian cut's "25 bázisponttal" one
    story (blind-day-38)."""
    first = f"{_percent(found[1])}{found[2]}" if found[1] else ""
    return first + _percent(found[3])


def _percent(points: str) -> str:
    """A number of basis points as English writes it, in percent: '1,000' is '10%'."""
    return f"{Decimal(points.replace(',', '')).scaleb(-2).normalize():f}%"


@cache
def _before(language: str) -> regex.Pattern[str] | None:
    """The pattern of a language's percent words before a number, the number its group."""
    _, before = _cldr(language)
    before |= set(BEFORE.get(language, "").split())
    if not before:
        return None
    words = "|".join(map(regex.escape, sorted(before, key=len, reverse=True)))
    bound = "" if language in UNSPACED else r"(?<!\w)"  # 增长百分之5: no space before it
    return regex.compile(rf"{bound}(?:{words})\s?{NUMBER}(?![\d%])", regex.IGNORECASE)


@cache
def _sign_first(language: str) -> bool:
    """Whether the CLDR writes `language`'s percent sign before the number ("%5")."""
    locale = cldr_locale(language)
    pattern = locale and locale.percent_formats.get(None)
    return bool(pattern) and pattern.pattern.lstrip().startswith("%")


@cache
def _cldr(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """The CLDR's long names of percent in `language` for every plural category: those
    written after the number, and those before it; none for a language it has not."""
    from babel.units import format_unit

    locale = cldr_locale(language)
    if locale is None:
        return frozenset(), frozenset()
    after: set[str] = set()
    before: set[str] = set()
    for count in COUNTS:
        written = format_unit(count, "concentr-percent", length="long", locale=locale)
        number = regex.search(r"\d[\d.,]*", written)
        if not number:
            continue
        head, tail = written[: number.start()].strip(), written[number.end() :].strip()
        if not regex.search(r"\p{L}", head + tail):
            continue  # a sign: "2٪" (SIGNS)
        if tail and not head:
            after.add(tail.casefold())
        elif head and not tail:
            before.add(head.casefold())
    return frozenset(after), frozenset(before)
