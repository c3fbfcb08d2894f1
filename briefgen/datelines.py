"""A news text's dateline: the place it was filed from and the agency it credits
("KYIV, Feb 3 (Meridian Wire) - ", "Berlin (dpa) - ", "Warschau. ", "(서울=한빛통신)",
"华夏新闻社马尼拉10月21日电", "МОСКВА, 16 декабря. /ТАСС/."). Salience
reads the place apart from the lead (salience._parts), the sentence splitter leaves it out of
the first sentence, and a local file without an outlet is credited to the agency."""

from __future__ import annotations

import functools

import regex

# a place's name in title case, of up to three words ("Warschau", "El Cairo", "Улаанбаатар")
TITLED = r"\p{Lu}\p{Ll}++(?:[\s-]\p{Lu}\p{Ll}++){0,2}"
ABBREVIATIONS = (  # ... that is no title's or month's abbreviation before its full stop
    r"(?:Mr|Ms|Dr|St|Lt|Jr|Sr|Co|Nr|Hr|Fr|Mrs|Gen|Col|Sen|Rep|Gov|Sgt|Hon|Rev|Inc|Ltd|Corp|"
    r"Capt|Prof|Dipl|Univ|Str|Abs|Art|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Okt|Nov|Dec|Dez)\."
)
# "KYIV, Feb 3 (Meridian Wire) - ", "EINDHOVEN, Netherlands, Dec 10 (Atlas) - ", "SEOUL —"
DATELINE = regex.compile(  # the same group name in each branch: the `regex` module allows it
    r"\s*(?P<place>\p{Lu}[\p{Lu}\p{M}'’.-]++(?:\s+\p{Lu}[\p{Lu}\p{M}'’.-]*+)*)"
    r"(?P<region>(?:,\s*\p{Lu}[\p{L}\p{M}.'’-]*+(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*+)*){0,2})"
    r"(?:,?\s*(?:\p{L}{3,9}\.?\s+\d{1,2}|\d{1,2}\.?\s+\p{L}{3,9}\.?)(?:,?\s+\d{4})?)?"  # date
    r"\s*(?:\((?P<credit>[^()\n]{1,40})\))?"  # the agency's credit: no place of the event
    r"\s*[—–-]{1,2}\s+"
    # in Korean and Japanese "(도쿄=한빛통신)", "【マニラ＝東亜通信】", "【北京】", "【台北支局】"
    r"|\s*[(（【\[](?P<place>[\p{Hangul}\p{Han}\p{Katakana}ー]{1,10}?)(?:支局)?"
    r"(?:[=＝](?P<credit>[^)）】\]\n]{1,30}))?[)）】\]](?:\s*\S{2,4}\s*기자\s*=)?\s*"
    # in Chinese "华夏新闻社马尼拉10月21日电", "（万津15日讯）"
    r"|\s*(?:(?P<credit>\p{Han}{2,8}社)|[(（])(?P<place>\p{Han}{2,6}?)(?:\d{1,2}月)?\d{1,2}日[电電讯訊][)）]?\s*"
    # as German, Spanish, French papers write it: "Berlin (dpa) - ", "Rabat, 5 dic (EFE).- ",
    # and the place alone as a sentence: "Warschau. ", "Istanbul/Potsdam. " (no abbreviation:
    # "Prof. Weber", "Gen. Ruiz")
    rf"|\s*(?!{ABBREVIATIONS})(?P<place>{TITLED}(?:/{TITLED})*)"
    r"(?:\.\s+(?=\p{Lu})|(?:,\s*\d{1,2}\.?\s+\p{L}{3,9}\.?)?\s*\((?P<credit>[^()\n]{1,40})\)"
    r"\s*(?:[—–-]{1,2}|\.-?)\s+)"
    # as the agencies of Russia, the Caucasus and Central Asia write it, a date between the
    # place and the agency: "МОСКВА, 16 декабря. /ТАСС/.", "Bakı. 16 dekabr. REPORT.AZ",
    # "Астана. 16 декабря. KAZINFORM -", "Baku, Azerbaijan, Dec.16 (Trend)"; the date's word
    # a month's name (_dateline: not "Texas, Phase 2 (ERCOT)")
    rf"|\s*(?!{ABBREVIATIONS})(?P<place>{TITLED}|\p{{Lu}}[\p{{Lu}}\p{{M}}-]++"
    r"(?:\s\p{Lu}[\p{Lu}\p{M}-]++){0,2})"
    rf"(?P<region>(?:,\s*{TITLED})?)"
    r"[.,]\s*(?:\d{1,2}\s+(?P<month>\p{L}{3,9})|(?P<month>\p{L}{3,9})\.?\s?\d{1,2})\.?[.,]?\s*"
    r"(?:/(?P<credit>[^/\n]{2,20})/|\((?P<credit>[^()\n]{1,40})\)"
    # (an agency's name in capitals, of five characters or more, before a full stop, a dash
    # or the line's end: not "АО «Узбекнефтегаз»", a joint-stock company, nor "U.S. envoy")
    r"|(?P<credit>\p{Lu}[\p{Lu}\p{M}\d.-]{3,}\p{Lu}(?![\p{L}\p{M}])(?=\.|\s*(?:\n|[—–-]))))"
    r"\.?(?:\s*[—–-]{1,2})?\s+"
)
# the languages whose months' names (CLDR, through babel) a dated dateline's date is read in
MONTH_LOCALES = "en ru uk be kk ky uz az tk tg hy ka mn de fr es it pt nl pl ro tr".split()


def dateline(text: str) -> tuple[str, int]:
    """The place of a text's dateline ("KYIV", "EINDHOVEN, Netherlands") and where the text
    after it starts; ("", 0) without one."""
    found = _dateline(text)
    if found is None:
        return "", 0
    return found["place"] + (found["region"] or ""), found.end()


def credit(text: str) -> str:
    """The agency a text's dateline credits ("KYIV, Feb 3 (Atlas) -": Atlas; "(서울=한빛통신)":
    한빛통신), '' without one."""
    found = _dateline(text)
    return (found["credit"] or "").strip() if found else ""


@functools.cache
def _months() -> frozenset[str]:
    """The months' names and their abbreviations in MONTH_LOCALES, case-folded, without
    full stops ("декабря", "dekabr", "dec", "дек")."""
    from babel import Locale

    return frozenset(
        name.casefold().strip(".")
        for code in MONTH_LOCALES
        for context in ("format", "stand-alone")
        for width in ("wide", "abbreviated")
        for name in Locale.parse(code).months[context][width].values()
    )


def _dateline(text: str) -> regex.Match[str] | None:
    """DATELINE's match at the start of `text`; in title case only where it names a place
    the gazetteer knows ("Warschau. ", "Istanbul/Potsdam. "; not "Tesla (TSLA) - Shares
    fell", nor "Sra. García dijo"); dated by a month's name where a date stands before the
    agency (_months)."""
    found = DATELINE.match(text)
    if found is not None and found["month"] and found["month"].casefold() not in _months():
        return None
    if found is None or not regex.search(r"\p{Ll}", found["place"]):
        return found
    from briefgen.gazetteer import fold, gazetteer

    names = gazetteer().names
    parts = found["place"].split("/")  # (a name after its article too: El Cairo)
    known = any(fold(name) in names for part in parts for name in (part, part.split(" ", 1)[-1]))
    return found if known else None
