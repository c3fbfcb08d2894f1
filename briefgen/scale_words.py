"""Scale words: the words written after a number that multiply it ("12 billion", "1,5
Milliarden", "3,2 млрд", "400 אלף", "5 কোটি"), by the power of ten each stands for. News's
common ones in every language are listed here (SCALE_WORDS); the rest of each language's come
from the Unicode CLDR's long compact number formats (babel: "0 milioane" in Romanian, "0 ezer"
in Hungarian, "0 কোটি" in Bengali), which scale numbers in texts of that language only.
"""

from __future__ import annotations

from functools import cache

import regex

# Scale words by the power of ten they stand for, as news writes them (abbreviations without
# their full stop); the forms a language inflects are listed whole, not by prefix ("mil" is
# Spanish for a thousand, "millones" its millions). Not "m", "k" or "tn": metres, kilos and
# tonnes too.
_BY_POWER = {
    3: "thousand tausend tsd mille mil mila duizend tusen tusind tuhat ezer bin ribu nghìn "
    "ngàn tys tysiąc tysięcy tysiące тыс тысяч тысячи тысяча тис тисяч тисячі тисяча хил "
    "хиляди χιλιάδες χιλιάδων אלף אלפים ألف آلاف الف هزار هەزار हज़ार हजार พัน",
    # a lakh and a crore in the Indic scripts whose CLDR formats write a million instead
    # (Telugu "1.18 లక్షల బాటిళ్లు", 1.18 lakh bottles), with their plural and oblique forms
    # (not Sinhala's, written before the number: "රුපියල් කෝටි 500")
    5: "lakh lakhs लाख লক্ষ లక్ష లక్షల లక్షలు லட்சம் லட்ச ലക്ഷം ಲಕ್ಷ",
    6: "million millions mn mio mln millionen million milioni milione millón millones "
    "milhão milhões miljoen miljon miljoner millioner milj miljoonaa milyon juta triệu "
    "milion miliony milionów млн миллион миллиона миллионов мільйон мільйони мільйонів "
    "милиона милиони εκατ εκατομμύρια εκατομμύριο מיליון מיליונים مليون ملايين ميليون "
    "میلیون ملین ملیۆن ล้าน",
    7: "crore crores करोड़ करोड కోటి కోట్ల కోట్లు கோடி കോടി ಕೋಟಿ",
    9: "billion billions bn mrd mia md mld milliard milliards milliarde milliarden miliardo "
    "miliardi millardo millardos bilhão bilhões miljard miljarder milliarder miljardia "
    "milyar miliar tỷ tỉ miliard miliardy miliardów млрд миллиард миллиарда миллиардов "
    "мільярд мільярди мільярдів милиарда милиарди δισ δισεκατομμύρια מיליארד מיליארדים "
    "مليار مليارات میلیارد ملیار",
    12: "trillion trillions billionen biljoen biljon biljoner bilion biliony trilyon triliun "
    "billón billones "
    "трлн триллион триллиона триллионов трильйон تريليون تريليونات تریلیون טריליון",
}
SCALE_WORDS = {word: power for power, words in _BY_POWER.items() for word in words.split()}
# where "billion" is a million millions (long scale), as are its inflections; and where
# "bilion" is a thousand millions (Malay; Polish's is a million millions)
LONG_SCALE = {
    "de": {"billion": 12},
    "fr": {"billion": 12, "billions": 12},
    "da": {"billion": 12, "billioner": 12},
    "nb": {"billion": 12, "billioner": 12},
    "no": {"billion": 12, "billioner": 12},
    "ms": {"bilion": 9},
}
# Chinese, Japanese and Korean write their large amounts in groups (figures.in_full: 3조 원,
# 120亿), not after a number as the CLDR's formats give them (3조 is also "Article 3" in 제3조)
GROUPED = {"zh", "ja", "ko"}
# scale words that are other words in other languages: Turkish "bin" (a thousand) is an English
# bin and German "bin" ("I am"), Spanish "mil" a Swedish mil (ten kilometres), the Nordic
# and Swiss German "Mia." (milliarder, Milliarden) an Italian "mia" ("my")
ONLY_IN = {
    "bin": ("tr", "az"),
    "mil": ("es", "pt", "ca", "gl"),
    "mia": ("da", "no", "nb", "nn", "sv", "de"),  # "61,8 mia. kr."
}


def scales_in(word: str, language: str) -> bool:
    """Whether a scale word (case-folded) scales a number in `language` (ISO 639-1): every
    one does but those of ONLY_IN, which do only in their own languages."""
    return language[:2] in ONLY_IN.get(word, (language[:2],))


# the CLDR locale of a language where news's code for it names none
CLDR_LOCALES = {"no": "nb"}
WRITTEN = ("after", "before")  # how a scale word is written beside its number, when alone


def scale_power(word: str, language: str) -> int | None:
    """The power of ten a word (case-folded) after a number multiplies it by in `language`:
    a long scale's billion in German is 12 (LONG_SCALE), Turkish "bin" is a thousand in
    Turkish alone (ONLY_IN); None when it is no scale word there."""
    code = language[:2]
    if word in LONG_SCALE.get(code, {}):
        return LONG_SCALE[code][word]
    if word in SCALE_WORDS:
        return SCALE_WORDS[word] if scales_in(word, language) else None
    return cldr_scales(code).get(word)


@cache
def cldr_scales(language: str) -> dict[str, int]:
    """The scale words of a language's long compact number formats in the CLDR (babel), by
    the power of ten each stands for: a pattern "00 লাখ" at 1000000 makes লাখ 10^5."""
    alone = {word: power for word, power, written in _cldr_patterns(language) if written in WRITTEN}
    return {word: power for (_, word), power in _joined(language).items()} | alone


@cache
def _joined(language: str) -> dict[tuple[str, str], int]:
    """The scale words that the CLDR writes after a word that joins them to their number
    (Romanian's "de"), by that word and theirs, with their power of ten; not after another
    scale word ("লাখ কোটি", a lakh of crores; Zulu's "isigidi sezigidi")."""
    patterns = _cldr_patterns(language)
    alone = {word for word, _, written in patterns if written in WRITTEN}
    return {
        (joiner, word): power
        for word, power, joiner in patterns
        if joiner not in WRITTEN and joiner not in alone and joiner not in SCALE_WORDS
    }


@cache
def cldr_locale(language: str):  # -> babel.Locale | None
    """The CLDR's locale of `language` (babel), None for a language it has not."""
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(language) if language else None
    except (UnknownLocaleError, ValueError, TypeError):
        return None


@cache
def _cldr_patterns(language: str) -> tuple[tuple[str, int, str], ...]:
    """Each scale word of a language's long compact number formats (the CLDR's), the power
    of ten it stands for, and how it is written: 'after' its number ("1,5 milioane" in
    Romanian), 'before' it ("milioni 5" in Swahili), or after the number and a word that
    joins them, which is given ("20 de milioane": 'de'; but "0 লাখ কোটি", a lakh crore, is
    two scale words: _joined). None in Chinese, Japanese and Korean (GROUPED)."""
    locale = None if language in GROUPED else cldr_locale(CLDR_LOCALES.get(language, language))
    if locale is None:
        return ()
    found: dict[tuple[str, str], int] = {}
    for by_magnitude in locale.compact_decimal_formats.get("long", {}).values():
        for magnitude, pattern in by_magnitude.items():
            prefix, suffix = (
                part[0].replace("'", "").replace(".", "").split()  # (Bulgarian's "хил'.'")
                for part in (pattern.prefix, pattern.suffix)
            )
            digits = pattern.pattern.split(";")[0].count("0")
            power = len(magnitude) - digits
            if not digits:  # "mille", a thousand in French, written without its number
                continue
            if len(prefix) == 1 and not suffix:
                found.setdefault((prefix[0].casefold(), "before"), power)
            elif not prefix and len(suffix) == 1:
                found.setdefault((suffix[0].casefold(), "after"), power)
            elif not prefix and len(suffix) == 2:
                found.setdefault((suffix[1].casefold(), suffix[0].casefold()), power)
    return tuple((word, power, written) for (word, written), power in found.items())


@cache
def _reordered(language: str) -> tuple[regex.Pattern | None, regex.Pattern | None]:
    """The patterns that find a language's scale words written before their number, and
    those written after a joining word (_cldr_patterns)."""
    before = {word for word, _, written in _cldr_patterns(language) if written == "before"}
    joined = _joined(language)
    first = second = None
    if before:
        words = "|".join(map(regex.escape, sorted(before)))
        first = regex.compile(rf"(?<![\w])({words})\s+(\d[\d.,]*\d|\d)(?![\w])", regex.I)
    if joined:
        pairs = "|".join(rf"{regex.escape(j)}\s+{regex.escape(w)}" for j, w in sorted(joined))
        second = regex.compile(rf"(?<=\d)\s+(?:{pairs})(?![\w])", regex.I)
    return first, second


# the languages that join a scale word to what it counts by a word ("milliards de francs",
# "d'euros", "miliardi di euro", "millones de dólares", "milhões de reais", "milioane de
# lei"), and the words
OF = {
    "fr": "de d' d’ des",
    "es": "de",
    "ca": "de d' d’",
    "gl": "de",
    "pt": "de",
    "it": "di d' d’",
    "ro": "de",
}
# Spanish, Portuguese, Catalan and Galician write a thousand million as a thousand and millions
DIGIT = regex.compile(r"\d")  # (the joining words' pattern is slow to run over a text of none)
THOUSAND_MILLIONS = regex.compile(
    r"(?<=\d\s?)mil\s+(?:millones|milhões|milions|millóns)\b", regex.I
)


@cache
def _of_after(language: str) -> regex.Pattern[str] | None:
    """The pattern of a joining word (OF) after a number's scale word in `language`."""
    if language not in OF:
        return None
    words = {w for w in SCALE_WORDS if scales_in(w, language)} | set(cldr_scales(language))
    scales = "|".join(map(regex.escape, sorted(words, key=len, reverse=True)))
    joins = "|".join(regex.escape(j) for j in sorted(OF[language].split(), key=len, reverse=True))
    return regex.compile(
        rf"(?<=\d\s?(?:{scales})\.?\s+)(?:{joins})(?:\s+|(?<=['’]))(?=\p{{L}})", regex.I
    )


def in_scale_order(text: str, language: str) -> str:
    """`text` with its language's scale words after their numbers, as the other languages
    write them: Swahili's "shilingi bilioni 1.5" as "shilingi 1.5 bilioni", Romanian's "20
    de milioane de lei" as "20 milioane lei", French "19 milliards d'euros" as "19 milliards
    euros", so that they are read as 1,500,000,000 shillings, 20,000,000 lei and
    19,000,000,000 euros (not 19 billion of something called "d")."""
    before, joined = _reordered(language[:2])
    if before:
        text = before.sub(lambda m: f"{m[2]} {m[1]}", text)
    if joined:
        text = joined.sub(lambda m: " " + m[0].split()[-1], text)
    if (of := _of_after(language[:2])) and DIGIT.search(text):
        text = of.sub("", THOUSAND_MILLIONS.sub("millardos", text))
    return text
