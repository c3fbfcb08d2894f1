"""Figures in news text: numbers with what they count ('kind=value': a sum in a currency, a
share, a count of a unit), how specific a number is, and amounts written in groups of digits
(8억2000만 원, 12万8436台) read whole, so that outlets in any language that give one figure
meet on it (salience reads them; cuts.conflicting_figures and across._named_twice use them).
"""

from __future__ import annotations

import math
import re
import unicodedata
from functools import cache, lru_cache

import regex

from briefgen.percent_words import a_percent
from briefgen.scale_words import scale_power
from briefgen.text import STOPWORDS, stem
from briefgen.words import HAN_RE, HANGUL_RE, THAI_RE, segment

YEAR = re.compile(r"(?:19|20)\d\d")
DECIMALS = re.compile(r"\d+\.\d+")  # a number with decimals, no date (3.12.2026)
# How a language writes 1200.5 (CLDR): a decimal comma ("1.200,5", or "1 200,5" where groups
# are spaced), else a decimal point ("1,200.5"). A language not listed, or unknown (""),
# is read with a decimal point (grounding reads numbers so too).
DECIMAL_COMMA = frozenset(
    "af az be bg bs ca cs da de el es et eu fi fr gl hr hu hy id is it ka kk ky lt lv mk nb nl nn "
    "no pl pt ro ru sk sl sq sr sv tg tr uk uz vi".split()
)
SPACE_GROUPS = frozenset(  # (and South Africa's languages: "amahektha angu-3 000")
    "af be bg cs et fi fr hu hy ka kk ky lt lv nb nn no pl ru sk sq sv tg uk uz xh zu".split()
)
# A well-formed number in each convention: groups of three after the first, one decimal part.
WELL_FORMED = {
    ".": re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"),
    ",": re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"),
}
NUMBER_TOKEN = re.compile(r"\d+(?:[.,]\d+)*")  # digits, and marks between digits
POINTED = str.maketrans(".,", ",.")  # "1.200,5" as English writes it: "1,200.5"
# "1 200" grouped by a no-break space in any language, by a plain one too where the language
# groups so
NBSP_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:[\u00a0\u202f]\d{3})+(?![.,]?\d)")
SPACE_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![.,]?\d)")
RUPEES = ("روپے", "روپیہ", "روپئے", "रुपये", "रुपए", "रुपया")  # in Urdu and in Hindi
# a sum in a currency and its hundredths: 147円35銭 is 147.35 yen, "8 روپے 42 پیسے" (Urdu)
# and "8 रुपये 42 पैसे" (Hindi) 8.42 rupees, as an English report writes Rs8.42
HUNDREDTHS = re.compile(
    rf"(\d+)\s?(円|{'|'.join(RUPEES)})\s?(?:و\s?|और\s)?(\d{{1,2}})\s?(?:銭|پیسے|पैसे|पैसा)"
)
SPECIFIC = 3.0  # a figure with two significant digits or more ('12%', '5.9', '1,240')
MONTH_DAYS = 31
# kinds that do not say what is counted: a share (a profit's fall of 18%, a margin of 2.4%,
# shares 11% lower: one results story) or a bare number (a 58-year-old, "about 40"). Two
# such figures that differ are no conflict (measured: benchmarks/README.md, "Languages
# joined by names, shares that do not conflict")
UNCOUNTED = {"%", ""}
SIGNS = "$€£¥₩₹"
# currencies' signs and letters that news writes against the number, each with its kind
# (as figures.currency_codes names the currency: its code); a single letter only before a
# number in thousands ("N1,150": Nigeria's naira; "N95" is a mask, "R2" a route)
SIGNED = {"₦": "ngn", "₱": "php", "₺": "try", "₴": "uah", "₽": "rub", "₫": "vnd", "฿": "thb"}
SIGNED |= {"₪": "ils", "₵": "ghs", "₸": "kzt", "৳": "bdt"}
CURRENCY_SIGNS = SIGNS + "".join(SIGNED)
LETTERED = {"KSh": "kes", "Ksh": "kes", "Sh": "kes", "TSh": "tzs", "USh": "ugx", "Tk": "bdt"}
LETTERED |= {"Rp": "idr", "RM": "myr"}
# ... and the Gulf's, only before an amount: in thousands or scaled, a space between or not
# ("SR1.3tn", "KD 5 million"; "SR22" is an aircraft, "QR908" a flight)
GULF = {"SR": "sar", "QR": "qar", "KD": "kwd", "BD": "bhd", "RO": "omr", "Dhs": "aed", "Dh": "aed"}
AN_AMOUNT = (
    r"(?=\s?(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s?(?:bn|mn|m|tn|billion|million|trillion)"
    r"(?![^\W_])))"
)
GLUED = (
    r"(?:Rs\.?(?=\s?\d)|(?:"
    + "|".join(sorted(LETTERED, key=len, reverse=True))
    + r")(?=\d)|(?:"
    + "|".join(sorted(GULF, key=len, reverse=True))
    + f"){AN_AMOUNT}"
    + r"|[NR](?=\d{1,3},\d{3}))"
)
CURRENCY = (
    {"£": "£", "$": "$", "€": "€", "¥": "¥", "₹": "₹"}
    | dict.fromkeys(["euro", "euros"], "€")
    | dict.fromkeys(["pound", "pounds", "sterling"], "£")
    | dict.fromkeys(["dollar", "dollars", "dólar", "dólares", "dollaro", "dollari"], "$")
    | dict.fromkeys(["dolar", "dolari", "dòlar", "dòlars", "dolarów", "dolary"], "$")
    | dict.fromkeys(["crown", "crowns", "krona", "kronor", "kroner", "krone", "kr"], "kr")
    | dict.fromkeys(["yen", "円", "yuan", "renminbi", "元"], "¥")  # CNY's symbol is CN¥ too
    | dict.fromkeys(["rupee", "rupees", "rs", "Rs", "Rs.", *RUPEES], "₹")
    | dict.fromkeys(["₩", "won", "원"], "₩")
    | {"달러": "$", "유로": "€", "엔": "¥"}
    | {"美元": "$", "欧元": "€", "歐元": "€", "英镑": "£", "英鎊": "£", "日元": "¥", "日圆": "¥"}
    | {"人民币": "¥", "韩元": "₩", "韓元": "₩", "卢比": "₹"}
    | SIGNED
    | LETTERED
    | GULF
    | {"N": "ngn", "R": "zar"}
)
# a currency that Chinese writes in two characters or more, whose first is a word of its own
# (美元: US dollars, not 美, "beautiful"; 日元: yen, not 日, "day")
HAN_CURRENCIES = tuple(sorted((c for c in CURRENCY if len(c) > 1 and HAN_RE.match(c)), key=len))
ARABIC_MARKS = str.maketrans({"\u066b": ".", "\u066c": ","})  # Arabic's decimal ٫ and thousands ٬
NATIVE_DIGIT = re.compile(r"(?![0-9])\d")  # a decimal digit of another script: ৬, ۶, ६
# a letter that Arabic or Hebrew script writes before a number, joined (بـ13.9%, ב־2024)
PREFIXED_NUMBER = regex.compile(r"(?<=[\p{Arabic}\p{Hebrew}])[\u0640\u05be]?(?=\d)")
NORDIC = {"NOK", "SEK", "DKK", "ISK"}  # kroner and kronor: "kr", as the words above
WORD_CODE = 3.6  # a code that English writes this often as a word (ALL, TOP, RUB) is none
# beside the scale words of every language (scale_words.py: 18,7 miliardi, 150 مليار),
# English's short ones ("£38m", "$40k", "$1.2tn") and a thousand in Chinese, Japanese and
# Korean (5千人, 5천 명; larger amounts in groups: in_full)
SHORT_SCALES = {"k": 1e3, "m": 1e6, "tn": 1e12} | dict.fromkeys(["千", "천"], 1e3)
# Chinese, Japanese and Korean write an amount in groups of four digits (8억2000만: 820
# million; 1조2천억: 1.2 trillion; 12万8436: 128,436), read whole by in_full; not "제15조"
# (Article 15)
BIG_UNITS = {
    "万": 1e4,
    "萬": 1e4,
    "만": 1e4,
    "亿": 1e8,
    "億": 1e8,
    "억": 1e8,
    "兆": 1e12,
    "조": 1e12,
}
THOUSANDS = {"千", "천"}
SPEED_PER = frozenset({"s", "sec", "h", "min"})  # "m/s": metres a second, no million
DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"  # 2,500 萬 (Hong Kong writes so): 25 million
IN_GROUPS = re.compile(
    rf"(?<![\d.,제第])(?:{DIGITS}\s?[千천]?\s?[万萬만亿億억兆조]+\s?)+(?:{DIGITS}\s?[千천]?)?"
)
GROUP_TOKEN = re.compile(r"\d+(?:\.\d+)?|[千천万萬만亿億억兆조]")
NOT_QUANTITY = {"th", "st", "nd", "rd", "am", "pm", "h", "s"}  # ordinals, times of day, 1990s
# ... in Hindi (11वीं मंजिल: the 11th floor; 3 बजे: at 3 o'clock), Marathi (6.40 वाजता), Bengali
# (১১তম) and Tamil (11வது, 3 மணிக்கு)
NOT_QUANTITY |= {"वां", "वाँ", "वीं", "वें", "वा", "वी", "वे", "बजे", "वाजता", "वाजले"}
NOT_QUANTITY |= {"তম", "টায়", "வது", "மணிக்கு"}
# ... and in Chinese, Japanese and Korean, a date or a time (16日, 3月, 9時, 17일): no name of
# an event either
WHEN = set("年月日号號时時分일월년시분")  # ... and in Korean (16일, 3월)
# "48시간", "48時間": hours counted, no time of day; days, years and minutes counted too
DURATION = tuple("시간 時間 时间 日間 日间 일간 年間 年间 년간 分間 分钟 분간".split())
NOT_WHEN = ("日元", "日圆", "分之")  # yen (4120亿日元), a fraction (三分之一): no date either


# A score or a vote: 3-2, 6–3, 2:1, 7대 2 (Korean), 7対2 (Japanese), 3比2 (Chinese); a
# Korean court's "6(헌법불합치) 대 3" too. Not a date (2026-12-18), a time (10:30), an age or a
# range of a unit (aged 5-11, 20-25 degrees, 5–10%, 20대 30대: people in their twenties and
# thirties).
TALLY = re.compile(
    r"(?<![\d.,:/\-–])(\d{1,3})(?:\([^)\d]{1,12}\))?\s?(?:[-–]|:(?=\s?\d(?!\d))|\s?[대対比]\s?)"
    r"\s?(\d{1,3})(?![\d.,:/\-–])"
    r"(?!\s?(?:%|°|대|세|살|per\b|percent|degrees?|years?|cm\b|mm\b|km\b|kg\b|[CF]\b))"
)
AGES = re.compile(r"\bage[ds]?(?: of)?\s*$", re.IGNORECASE)  # "aged 5-11", "ages 18-25"


def tallies(text: str) -> set[str]:
    """The scores and votes a text gives, each as a figure of kind 'tally', the larger number
    first (Sivasspor lost 2-3, Konyaspor won 3-2: one score)."""
    return {
        f"tally={max(a, b, key=int)}-{min(a, b, key=int)}"
        for found in TALLY.finditer(text)
        if not AGES.search(text[max(0, found.start() - 12) : found.start()])
        for a, b in [found.groups()]
    }


@cache
def currency_codes() -> dict[str, str]:
    """The ISO 4217 codes of the currencies in use (CLDR, through Babel: "NOK 310 million",
    "EUR 2.4bn"), each with the kind its amounts count as: the sign of its English symbol
    (USD, HKD and AUD '$', CNY '¥'), 'kr' for the Nordic crowns, else the code. Left out: a
    code that is also a common English word written in capitals (ALL, TOP, TRY, COP)."""
    from babel import Locale
    from babel.numbers import get_currency_symbol, get_territory_currencies
    from wordfreq import zipf_frequency

    codes: set[str] = set()
    for territory in Locale("en").territories:
        codes.update(get_territory_currencies(territory))
    kinds = {}
    for code in codes:
        symbol = get_currency_symbol(code, "en")
        sign = symbol[-1] if symbol[-1] in SIGNS else ""
        if sign or zipf_frequency(code.casefold(), "en") < WORD_CODE:
            kinds[code] = sign or ("kr" if code in NORDIC else code.casefold())
    return kinds


def a_date_or_time(unit: str) -> bool:
    """Whether the word written against a number makes it a date or a time of day (16日,
    3월, 9時), not a count (48시간: 48 hours)."""
    return unit[:1] in WHEN and not unit.startswith(DURATION + NOT_WHEN)


def in_points(text: str, language: str) -> str:
    """The text with its numbers written as English writes them, so that "11,25%" in a
    Portuguese report and "11.25%" in an English one are one figure: in a language with a
    decimal comma "1.200,5" is "1,200.5" and "0,5" is "0.5"; "1 200" grouped by spaces is
    "1,200", its groups kept (a number written in groups is no year: "1.950 casas" are 1,950
    homes); yen and sen ("147円35銭", a rate of exchange in Japanese) are "147.35円", and so
    are rupees and paise (HUNDREDTHS). Dates ("3.12.2026") and numbers already so written are
    left as they are."""
    text = HUNDREDTHS.sub(lambda m: f"{int(m[1])}.{int(m[3]):02d}{m[2]}", text)  # １４７円: 147
    code = language[:2]
    comma = code in DECIMAL_COMMA
    spaced = code in SPACE_GROUPS
    if spaced or "\u00a0" in text or "\u202f" in text:
        grouped = SPACE_GROUPED if spaced else NBSP_GROUPED
        mark = "." if comma else ","  # the language's own, made English's below
        text = grouped.sub(lambda m: re.sub(r"\D", mark, m[0]), text)
    if not comma:
        return text
    return NUMBER_TOKEN.sub(lambda m: _pointed(m[0]), text)


def _pointed(token: str) -> str:
    """A number written with a decimal comma ("1.200,5") as with a point ("1,200.5"); a token
    that is no such number ("3.12.2026", "3.5") as it is."""
    if not WELL_FORMED[","].fullmatch(token):
        return token
    return token.translate(POINTED)


@lru_cache(maxsize=65536)  # (a day's reports repeat their figures)
def quantity(
    number: str, currency: str, percent: str, unit: str, following: str, language: str = ""
) -> str:
    """'kind=value' of a number: its currency (a sign or an ISO code before it, a word or a
    code after it, scaled by 'm', 'bn' ...), '%', or the word after it as its unit; '' for an
    ordinal, a time or a year (1950, not 1,950: a count written in groups)."""
    if YEAR.fullmatch(number):
        return ""
    number = number.replace(",", "")
    value = float(number)
    if percent or (unit and a_percent(unit, following, language)):  # "5 Prozent" too
        return f"%={value}"
    codes = currency_codes()
    written = unit  # as written: an ISO code is in capitals
    # a rate's unit is of its first part ("120 km/h": km; "£300k/week": £300,000), with no
    # scale where it is a speed's: "50 m/s" is 50 metres a second, not 50 million
    unit, rate, per = unit.casefold().partition("/")
    speed = per in SPEED_PER
    following = "" if rate else following  # (what follows a rate is not what it counts)
    if unit in NOT_QUANTITY:
        return ""
    if unit.startswith(HAN_CURRENCIES):  # 4120亿日元: yen
        unit = next(c for c in reversed(HAN_CURRENCIES) if unit.startswith(c))
    elif HAN_RE.match(unit):  # 12万辆 (120,000 vehicles), 3人: a character is the unit
        unit, following = unit[0], unit[1:2]
    elif HANGUL_RE.match(unit):  # 명이, 천명이: its first morpheme, then the next
        unit, *rest = _counted(unit)
        following = rest[0] if rest else following
    elif THAI_RE.match(unit):  # 4.1 แสนคัน (410,000 vehicles): its first word, then the next
        unit, *rest = segment(unit, "th")
        following = rest[0] if rest else following
    if not speed and (scale := _scale(unit, language)) is not None:
        value *= scale
        written = following
        unit = following.casefold()
        if HANGUL_RE.match(unit):  # 5천 명이
            unit = _counted(unit)[0]
        if (scale := _scale(unit, language)) is not None:  # "2.5 lakh crore": a scale of a
            value, unit = value * scale, ""  # scale, what it counts unsaid
    kind = CURRENCY.get(currency) or codes.get(currency) or CURRENCY.get(unit) or codes.get(written)
    if kind is None:
        kind = "" if unit in STOPWORDS else stem(unit)
    return f"{kind}={value}"


def _scale(unit: str, language: str) -> float | None:
    """What a scale word after a number multiplies it by in `language` (scale_words.py and
    SHORT_SCALES); None for any other word."""
    power = scale_power(unit, language)
    return SHORT_SCALES.get(unit) if power is None else 10.0**power


def _counted(word: str) -> tuple[str, ...]:
    """The morphemes of a Korean word that follows a number, as read after one: MeCab reads
    명이 alone as one noun, after "3" as 명 (people) and the particle 이."""
    found = segment("1" + word, "ko")
    return found[1:] if len(found) > 1 and found[0] == "1" else segment(word, "ko")


@lru_cache(maxsize=65536)
def buckets(quantity: str) -> tuple[str, str, str]:
    """'kind=value' with the value to two significant digits: rounded, then rounded down and
    up (so that 1.24bn and 1.2bn, as two outlets may round one figure, meet)."""
    kind, number = quantity.split("=")
    value = float(number)
    if value <= 0:
        return (f"{kind}=0",) * 3
    exponent = math.floor(math.log10(value)) - 1
    scaled = value / 10**exponent
    return tuple(
        f"{kind}={q}e{exponent}" for q in (round(scaled), math.floor(scaled), math.ceil(scaled))
    )


def number_rarity(number: str) -> float:
    """How specific a number is: a year or a single digit says little, '1,240' or '5.9' much
    (1.5 per significant digit, at most 6). '1,950' written in groups is a count, no year."""
    if YEAR.fullmatch(number):
        return 2.0
    digits = number.replace(",", "")
    significant = digits.replace(".", "").strip("0") if "." in digits else digits.rstrip("0")
    return min(6.0, 1.5 * max(1, len(significant.lstrip("0"))))


@lru_cache(maxsize=65536)
def telling_number(number: str) -> bool:
    """Whether a number says which event it belongs to wherever it is written: two
    significant digits or more (number_rarity), not a year, and not a whole number up to
    MONTH_DAYS (a day of the month, "16 March" and "16日" alike, or a count of a few)."""
    if number_rarity(number) < SPECIFIC:
        return False
    digits = number.replace(",", "")
    return "." in digits or int(digits) > MONTH_DAYS


def ascii_digits(text: str) -> str:
    """`text` with the digits of every script written 0-9, and Arabic's decimal and
    thousands marks as . and , (۵٫۹: 5.9)."""
    if text.isascii():
        return text
    text = NATIVE_DIGIT.sub(lambda found: str(unicodedata.digit(found.group())), text)
    return text.translate(ARABIC_MARKS) if "\u066b" in text or "\u066c" in text else text


def numbers_apart(text: str) -> str:
    """`text` with a number set apart from the letter that Arabic or Hebrew script prefixes
    to it ("بـ13.9%": by 13.9%; "ב־2024": in 2024), so that it reads as a number."""
    return PREFIXED_NUMBER.sub(" ", text) if not text.isascii() else text


def in_full(text: str) -> str:
    """`text` with each amount written in groups as one number (8억2000만 원: 820000000 원;
    12万8436台: 128436台; 5千万: 50000000), so that it reads as an English outlet's."""
    return IN_GROUPS.sub(_whole, text)


def _whole(found: re.Match) -> str:
    """The value of an amount in groups: 1조2천억 is 1 x 10^12 + 2 x 10^3 x 10^8; a larger
    unit multiplies what smaller units before it counted (1.9万亿, Chinese for 1.9
    trillion, is 1.9 x 10^4 x 10^8; 2万5000亿 is 25,000 x 10^8)."""
    groups: list[tuple[float, float]] = []  # each group's value and its unit, larger first
    section = 0.0
    digits: float | None = None
    for token in GROUP_TOKEN.findall(found.group().replace(",", "")):
        if token[0].isdigit():
            digits = float(token)
        elif token in THOUSANDS:
            section += (1.0 if digits is None else digits) * 1e3
            digits = None
        else:
            unit, counted = BIG_UNITS[token], section + (digits or 0.0)
            while groups and groups[-1][1] < unit:
                counted += groups.pop()[0]
            groups.append(((counted or 1.0) * unit, unit))
            section, digits = 0.0, None
    total = sum(value for value, _ in groups)
    trailing = found.group()[len(found.group().rstrip()) :]  # the space after it, if any
    return _plain(total + section + (digits or 0.0)) + trailing


def anchor(number: str, quantity: str) -> str:
    """The number as two articles compare it: its value when a scale word multiplied it
    ("1.2 billion", "12억 달러" and "1,200 million" are all 1200000000), else as written less
    the zeros that end its decimals (151.80 and 151.8 are one rate, 1.0% and 1% one share).
    A quantity that a year would be written as keeps its group ("1,950 homes": no year)."""
    found = number.rstrip("0").rstrip(".") if DECIMALS.fullmatch(number) else number
    if quantity:
        value = float(quantity.partition("=")[2])
        found = _plain(value) if value != float(number) else found
        if YEAR.fullmatch(found):
            return f"{found[0]},{found[1:]}"
    return found


def _plain(value: float) -> str:
    """A number without exponent or trailing zeros: 820000000, 5.9."""
    return f"{value:.6f}".rstrip("0").rstrip(".")
