"""Where shares trade is no place of the event: "Brennauer shares fell 5.8% in Frankfurt",
"Qingyun Motors dropped 4.3% in Hong Kong", "on the Oslo Børs", "a Frankfurt-listed
carmaker". A markets piece names the exchange in its lead where the wire names the company's
town (Munich, Shenzhen), and the two leads then seemed to tell two places (cuts.elsewhere).
English only: the markets pieces that wires write."""

from __future__ import annotations

import regex

PLACE = r"(\p{Lu}[\p{L}'’.]*(?:\s+\p{Lu}[\p{L}'’.]*){0,2})"
# what may come between a move and its market: figures and their decimal points, not another
# clause ("shares fell after a fire at its plant in Stuttgart": Stuttgart is the event's)
BETWEEN = (
    r"(?:(?!\b(?:after|as(?!\s+(?:much|little|far|high|low|\d))|when|because|following|amid"
    r"|while|since|over|at|plant|factory)\b)"
    r"(?:[^.;:]|\.(?=\d))){0,60}?"
)
MARKETS = regex.compile(
    r"\b(?:shares?|stocks?|equities|bonds?|index)\b|-listed\b", regex.IGNORECASE
)
MOVED = (
    r"(?:fell|falls|rose|rises|slipped|slips|dropped|drops|jumped|jumps|climbed|climbs|gained"
    r"|gains|lost|loses|slid|slides|tumbled|tumbles|surged|surges|soared|soars|plunged|plunges"
    r"|closed|closes|ended|ends|traded|trades|trading|edged|edges|sank|sinks|rallied|rallies"
    r"|skidded|skids|sagged|sags|slumped|slumps|advanced|advances|declined|declines)"
)
VENUE = regex.compile(
    rf"\b{MOVED}\b{BETWEEN}\bin\s+{PLACE}"  # shares fell 5.8% in Frankfurt
    rf"|\bon\s+the\s+{PLACE}(?=\s+(?:Børs|Bors|Stock\s+Exchange|bourse|Bourse|exchange))"
    rf"|{PLACE}(?=-listed\b)"  # a Frankfurt-listed carmaker
)


def without_venues(text: str) -> str:
    """`text` with the places where shares trade blanked out, when it speaks of shares."""
    if not MARKETS.search(text):
        return text
    return VENUE.sub(_blank, text)


def _blank(found: regex.Match[str]) -> str:
    """The match with its place (the group that matched) turned into spaces: offsets kept."""
    group = next(g for g in range(1, 4) if found.group(g) is not None)
    start, end = found.span(group)
    whole = found.group(0)
    at = start - found.start()
    return whole[:at] + " " * (end - start) + whole[at + end - start :]
