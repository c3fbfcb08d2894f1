"""Markets wraps: how the day's markets moved, index by index ("European shares slip as
Veltrix slumps ... the DAX fell 0.4%, the CAC 40 ...", "東証大引け 日経平均は反落 ...
TOPIX"). A wrap names the companies and events that moved them (a carmaker's recall, a
mine's collapse, a jobs report) in a sentence each, and shares their names and figures: it
joined a recall, a court ruling, a rate cut and a jobs report on three labelled days
(blind-day-22, 40 and 47), and a mine's collapse and a carmaker's recall as soon as reports
in two scripts met by more of their names (blind-day-23 and 42). It is a story
of its own, or one with the other market reports of its day: cluster.cluster keeps a wrap's
pairs with the reports whose leads speak of the markets (an index or a market as a whole,
`market_report`) and drops those with any other (`without_wraps`).

A wrap names MIN_INDEXES stock indexes or more in its text; a report of one event's effect on
the market ("KOSPI falls after the central bank's hike", "TCS lifts the Nifty IT index")
names one or two. The indexes are the main ones of the markets the press follows, in the
scripts their own press writes them in.
"""

from __future__ import annotations

import regex

MIN_INDEXES = 3
# the main stock indexes, as their markets' and the English press write them: in Latin
# letters apart from other Latin letters (Japanese writes "、TOPIXも", flush with its kana)
LATIN_INDEXES = (
    r"S&P\s?500", "Nasdaq", r"Dow\s+Jones", r"the\s+Dow", r"FTSE\s?MIB", "FTSE", "DAX",
    # Germany's mid-, small- and tech-caps and Europe's blue chips (one wrap's "Der Dax ...,
    # der MDax ..., der Euro Stoxx 50"), Paris's wider index, Zurich's, Vienna's, Brussels'
    # and Lisbon's (not Spain's SMI, its minimum wage, nor an ATX motherboard)
    r"(?:M|S|Tec)DAX", r"Euro\s?Stoxx(?:\s?50)?", r"SBF\s?120", r"Swiss\s+Market\s+Index",
    r"ATX\s+index", r"BEL\s?20", r"PSI[\s-]?20", r"CAC\s?40", "Stoxx",
    "Nikkei", "Topix", r"Hang\s+Seng", "Kospi", "Kosdaq", "Sensex", "Nifty", "ASX",
    r"Shanghai\s+Composite", r"CSI\s?300", "Taiex", "IBEX", "AEX", r"WIG\s?20", "BIST",
    "Ibovespa", "Bovespa", "Merval", "TASI", r"EGX\s?30", "KLCI", r"Straits\s+Times\s+Index",
    "PSEi", "IHSG", r"Jakarta\s+Composite", r"SET\s+index", "TSX", r"OMX(?:[SHC]\d\d)?",
    r"Russell\s?2000", r"KSE[-\s]?100", "JSE", "MOEX",
    # MSCI's indexes, not the company ("MSCI downgrades ...'s ESG rating")
    r"MSCI(?:['’]s)?(?:\s+[\w-]+){0,6}?\s+ind(?:ex|ices|exes)",
)  # fmt: skip
# an exchange's name where a company is listed on it ("TSX-listed", "listed on the JSE") is
# no index the text reports
INDEXES = regex.compile(
    r"(?<!listed\s+(?:on|in)\s+(?:the\s+)?)"
    rf"(?<![A-Za-z])(?:{'|'.join(LATIN_INDEXES)})(?![A-Za-z])(?![-‐‑]listed)"
    r"|日経平均|日経225|東証株価指数|恒生指数|恒指|上证指数|沪指|深证成指|创业板指|沪深300|日经"
    r"|코스피|코스닥|सेंसेक्स|निफ्टी|Мосбирж|индекс\s+РТС",
    regex.IGNORECASE,
)
# ... and the markets as a whole, which a market report's lead may speak of instead
MARKETS = regex.compile(
    r"Wall\s+Street|Dalal\s+Street|Bourse\s+de\s+Paris|\b(?:Asian|European|Global|World"
    r"|Emerging[- ]market|Gulf|Japanese|Chinese|Indian)\s+(?:stocks|shares|equities|markets"
    r"|bourses)\b",
    regex.IGNORECASE,
)


# what each of them holds, read before them: a text that holds none names none, and their
# many alternatives make the patterns slow to run over every text (2.6 s of 10,000 articles)
INDEX_HINTS = (
    "s&p", "nasdaq", "dow", "ftse", "dax", "cac", "stoxx", "sbf", "swiss market", "atx index",
    "bel 20", "bel20", "psi",
    "nikkei", "topix", "hang seng",
    "kospi", "kosdaq", "sensex", "nifty", "asx", "composite", "csi", "taiex", "ibex", "aex",
    "wig", "bist", "bovespa", "merval", "tasi", "egx", "klci", "straits times", "psei", "ihsg",
    "set index", "tsx", "msci", "omx", "russell", "kse", "jse", "moex",
    "日経", "東証株価指数", "恒生", "恒指", "上证", "沪指", "深证", "创业板", "沪深",
    "日经", "코스피", "코스닥", "सेंसेक्स", "निफ्टी", "мосбирж", "ртс",
)  # fmt: skip
MARKET_HINTS = ("street", "bourse", "stocks", "shares", "equities", "markets")


def markets_wrap(text: str) -> bool:
    """Whether a text is a markets wrap: it names MIN_INDEXES stock indexes or more."""
    if not _holds(text, INDEX_HINTS):
        return False
    return len({_index(found) for found in INDEXES.findall(text)}) >= MIN_INDEXES


def _index(found: str) -> str:
    """An index as written, as one key however it is spelled: "STOXX 600", "Stoxx Europe 600"
    and "Stoxx" are Europe's 600, "Euro Stoxx 50" and "EuroStoxx" its blue chips, "the Dow"
    the Dow Jones (a report of one market's banks names its index thrice: no wrap)."""
    key = regex.sub(r"[\s-]+", "", found.casefold()).replace("europe", "")
    for family in ("eurostoxx", "stoxx", "dowjones"):
        if key.startswith(family):
            return family
    return "dowjones" if key == "thedow" else key


def market_report(lead: str) -> bool:
    """Whether a lead (a title and its first sentence) speaks of the markets: an index, or
    a market as a whole."""
    return bool(
        (_holds(lead, INDEX_HINTS) and INDEXES.search(lead))
        or (_holds(lead, MARKET_HINTS) and MARKETS.search(lead))
    )


def _holds(text: str, hints: tuple[str, ...]) -> bool:
    folded = text.casefold()
    return any(hint in folded for hint in hints)


def without_wraps(
    edges: dict[tuple[int, int], float], wraps: list[bool], reports: list[bool]
) -> dict[tuple[int, int], float]:
    """The pairs of articles `edges` holds but those of a markets wrap (`wraps`: whether each
    article is one) and an article whose lead is no market report (`reports`)."""
    if not any(wraps):
        return edges  # (most batches: no walk over every pair)
    return {
        (i, j): sim
        for (i, j), sim in edges.items()
        if not ((wraps[i] and not reports[j]) or (wraps[j] and not reports[i]))
    }
