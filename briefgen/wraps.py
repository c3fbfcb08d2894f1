"""Markets wraps: how the day's markets moved, index by index ("European shares slip as
Veltrix slumps ... the DAX fell 0.4%, the CAC 40 ...", "東証大引け 日経平均は反落 ...
TOPIX"). A wrap names the companies and events that moved them (a carmaker's recall, a
mine's collapse, a jobs report) in a sentence each, and shares their names and figures: it
joined the recall, the mine and the jobs report on four of the labelled days. It is a story
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
# the main stock indexes, as their markets' and the English press write them
INDEXES = regex.compile(
    r"S&P\s?500|\bNasdaq\b|\bDow\s+Jones\b|\bthe\s+Dow\b|\bFTSE\b|\bDAX\b|\bCAC\s?40\b"
    r"|\bStoxx\b|\bNikkei\b|\bTopix\b|\bHang\s+Seng\b|\bKospi\b|\bKosdaq\b|\bSensex\b"
    r"|\bNifty\b|\bASX\b|Shanghai\s+Composite|\bCSI\s?300\b|\bTaiex\b|\bIBEX\b|\bAEX\b"
    r"|\bWIG\s?20\b|\bBIST\b|Bovespa|\bMerval\b|\bTASI\b|\bEGX\s?30\b|\bKLCI\b"
    r"|Straits\s+Times\s+Index|\bPSEi\b|\bIHSG\b|Jakarta\s+Composite|\bSET\s+index"
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


def markets_wrap(text: str) -> bool:
    """Whether a text is a markets wrap: it names MIN_INDEXES stock indexes or more."""
    return len({found.casefold() for found in INDEXES.findall(text)}) >= MIN_INDEXES


def market_report(lead: str) -> bool:
    """Whether a lead (a title and its first sentence) speaks of the markets: an index, or
    a market as a whole."""
    return bool(INDEXES.search(lead) or MARKETS.search(lead))


def without_wraps(
    edges: dict[tuple[int, int], float], wraps: list[bool], reports: list[bool]
) -> dict[tuple[int, int], float]:
    """The pairs of articles `edges` holds but those of a markets wrap (`wraps`: whether each
    article is one) and an article whose lead is no market report (`reports`)."""
    return {
        (i, j): sim
        for (i, j), sim in edges.items()
        if not ((wraps[i] and not reports[j]) or (wraps[j] and not reports[i]))
    }
