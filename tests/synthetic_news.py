"""Generated news articles with known events, for clustering tests and benchmarks.

Each event has a kind (storm, strike, earnings, vote, ...) and its own people, places,
organisations and figures. Each outlet writes the event up from its own paraphrases of the
kind's sentences, in its own order, with background sentences shared by every event of the
kind, and now and then a line about another event. Some outlets reprint another's article
with a light edit (a syndicated copy). Names come from small pools, so events share names
and every kind's vocabulary is shared by many events, as on a real news day.
"""

from __future__ import annotations

import datetime as dt
import random
import zlib

from briefgen.gather import brief_period
from briefgen.models import Article, Brief, Story
from briefgen.summarize import SummaryRequest
from briefgen.summarize.extractive import ExtractiveSummarizer
from briefgen.text import canonical_url, content_hash

FIRST = """Anna Jonas Mira Erik Lena Tomas Sara Piotr Ines Karl Nora Olaf Vera Henrik Maja Felix
Ida Lukas Elin Jan Alma Mats Rosa Emil Hanne Aron Sofia Dag Klara Viktor Lisa Ola Greta Anton
Julia Ivar Freja Marek Tilde Ruben""".split()
SYLLABLES = """ber lund hol vik stra dahl mo ne kro bre vin hau lin ros sor ek sol fjel ny bak
tor wol kvi en ru hov aas lyk bor ste mor ul grim tan slet vol ei ran heg nor ska ler tve ga
mel ar ost sal kes hal mar rin ask eld kau sva dal aur len tro fro gra lyn""".split()


def _pool(rng: random.Random, size: int, endings: list[str]) -> list[str]:
    """Made-up names (syllable pairs plus an ending): a few thousand, so names recur across
    events now and then, as real names do, without every event sharing them."""
    found: set[str] = set()
    while len(found) < size:
        found.add(
            (rng.choice(SYLLABLES) + rng.choice(SYLLABLES)).capitalize() + rng.choice(endings)
        )
    return sorted(found)


_POOLS = random.Random(0)
LAST = _pool(_POOLS, 3000, ["", "sen", "berg", "strom", "dal", "by"])
TOWNS = _pool(_POOLS, 1200, ["by", "vik", "sund", "stad", "moen", "havn", "holm"])
FIRMS = _pool(_POOLS, 600, ["", "a", "tec", "on"])
SUBJECTS = """pension|data retention|rent control|fishing quota|school meals|wind power|minimum
wage|asylum|tobacco tax|rail franchise|broadband|forestry|mining permit|child benefit|hospital
funding|police powers|speed limit|road toll|ferry subsidy|grid tariff""".replace("\n", " ").split(
    "|"
)
OUTLETS = """Continental Wire|Northern Ledger|Meridian Post|Harbour Gazette|Market Desk|Kessel
Evening News|Atlantic Dispatch|Veldmark Tribune|Brenna Dagblad|Sportsdesk Nord|Coastal
Courier|Capital Record|Evening Standard Nord|Valley Times|Morning Signal""".replace(
    "\n", " "
).split("|")

# Per kind: titles, then facts (each a list of paraphrases), then background sentences.
KINDS: dict[str, tuple[list[str], list[list[str]], list[str]]] = {
    "storm": (
        [
            "Storm {name} cuts power to {n1:,} homes in {town}",
            "{town} battered as Storm {name} brings {n2} km/h gusts",
            "Storm {name}: {town} port closed, thousands without power",
        ],
        [
            [
                "Storm {name} hit {town} overnight with gusts of up to {n2} kilometres an hour.",
                "Gusts of {n2} km/h were recorded in {town} as Storm {name} swept in overnight.",
            ],
            [
                "About {n1:,} homes lost power, grid operator {firm} said.",
                "{firm}, the grid operator, said {n1:,} customers were without electricity.",
            ],
            [
                '"Some lines will not be back until Thursday," said {p1} of {firm}.',
                "{p1} of {firm} warned that repairs could take until Thursday.",
            ],
            [
                "The port of {town} was closed and ferries to {town2} were cancelled.",
                "Ferry services between {town} and {town2} were suspended and the port shut.",
            ],
            [
                "A {age}-year-old man was hurt when a tree fell on his car near {town2}.",
                "Police said a {age}-year-old driver was hurt by a falling tree outside {town2}.",
            ],
        ],
        [
            "Forecasters said the storm would weaken as it moved north.",
            "Emergency services urged people to stay indoors and avoid the coast.",
            "Insurers said it was too early to estimate the cost of the damage.",
        ],
    ),
    "strike": (
        [
            "{firm} workers in {town} walk out over pay",
            "Strike halts {firm} plant in {town}",
            "Union calls {days}-day strike at {firm} {town} site",
        ],
        [
            [
                "About {n3:,} workers at {firm}'s plant in {town} began a {days}-day strike.",
                "A {days}-day walkout by {n3:,} staff shut {firm}'s {town} site.",
            ],
            [
                "The union is asking for a {pct}% pay rise; {firm} has offered less than half.",
                "Workers want {pct}% more pay, while {firm} offered well under half of that.",
            ],
            [
                '"We have run out of patience," union leader {p1} told reporters.',
                'Union leader {p1} said members had "run out of patience".',
            ],
            [
                "{firm} chief executive {p2} called the strike regrettable.",
                "{p2}, who runs {firm}, said the walkout was regrettable.",
            ],
            [
                "Talks are due to resume in {town2} next week.",
                "Both sides are expected back at the table in {town2} next week.",
            ],
        ],
        [
            "Inflation has eroded wages across the industry this year.",
            "Several other unions are balloting their members on action.",
            "The government said it would not intervene in the dispute.",
        ],
    ),
    "earnings": (
        [
            "{firm} profit rises {pct}% as sales beat forecasts",
            "{firm} beats expectations with {pct}% profit jump",
            "{firm} shares climb after quarterly results",
        ],
        [
            [
                "{firm} said quarterly net profit rose {pct}% to {n4} million crowns.",
                "Net profit at {firm} climbed {pct}% to {n4} million crowns in the quarter.",
            ],
            [
                "Revenue came in at {n5} million crowns, above analysts' estimates.",
                "Sales of {n5} million crowns beat what analysts had expected.",
            ],
            [
                'Chief executive {p1} said demand in {town} had been "exceptionally strong".',
                '"Demand was exceptionally strong," said {p1}, citing the {town} market.',
            ],
            [
                "Shares rose {small}% in early trading.",
                "The stock gained {small}% shortly after the market opened.",
            ],
            [
                "Analyst {p2} said the outlook for next year looked cautious.",
                "{p2}, an analyst, called the guidance for next year cautious.",
            ],
        ],
        [
            "The wider index was little changed.",
            "Several rivals report their results later this month.",
            "Currency movements weighed on exporters during the quarter.",
        ],
    ),
    "vote": (
        [
            "Parliament passes {name} bill by {n6} votes to {n7}",
            "{p1} wins vote on {name} reform",
            "Lawmakers back {name} law after long debate",
        ],
        [
            [
                "Parliament approved the {name} bill by {n6} votes to {n7} on Tuesday.",
                "The {name} bill passed {n6} to {n7} after a debate that ran late into Tuesday.",
            ],
            [
                "Minister {p1} said the law would take effect in {town} first, as a pilot.",
                "A pilot of the {name} rules will start in {town}, minister {p1} said.",
            ],
            [
                'Opposition leader {p2} called the result "a sad day for {town2}".',
                '"This is a sad day for {town2}," opposition leader {p2} said.',
            ],
            [
                "The reform is expected to cost {n4} million crowns a year.",
                "Officials put the yearly cost of the change at {n4} million crowns.",
            ],
            [
                "Protesters gathered outside the assembly as the result was announced.",
                "A small crowd protested outside as the vote was read out.",
            ],
        ],
        [
            "The governing coalition holds a narrow majority.",
            "The upper house must still approve the bill.",
            "Several lawmakers did not take part in the vote.",
        ],
    ),
    "crash": (
        [
            "{n8} injured as train derails near {town}",
            "Freight train derails outside {town}, line closed",
            "Derailment near {town} blocks main line to {town2}",
        ],
        [
            [
                "A train came off the tracks near {town} early on Monday, injuring {n8} people.",
                "{n8} people were injured when a train derailed outside {town} on Monday morning.",
            ],
            [
                "The line between {town} and {town2} will stay closed for at least {days} days.",
                "Rail operator {firm} said the {town}-{town2} line would be shut for {days} days.",
            ],
            [
                "Investigator {p1} said it was too early to say what caused the derailment.",
                '"It is too early to speak about causes," said {p1} of the accident board.',
            ],
            [
                "{n9} wagons left the rails, some carrying timber.",
                "Of the train's wagons, {n9} derailed, several of them loaded with timber.",
            ],
            [
                "Replacement buses will run between {town} and {town2}, {firm} said.",
                "{firm} is laying on buses between {town} and {town2}.",
            ],
        ],
        [
            "It is the second derailment on the network this year.",
            "Track maintenance budgets have been cut in recent years.",
            "The transport ministry has ordered a review.",
        ],
    ),
    "match": (
        [
            "{team} beat {team2} {g1}-{g2} to reach cup final",
            "{team} into final after {g1}-{g2} win over {team2}",
            "{p1} double sends {team} past {team2}",
        ],
        [
            [
                "{team} beat {team2} {g1}-{g2} in the cup semi-final in {town} on Sunday.",
                "A {g1}-{g2} win over {team2} in {town} on Sunday put {team} into the final.",
            ],
            [
                "Striker {p1} scored twice, the second in the {minute}th minute.",
                "{p1} got both decisive goals, the winner coming in the {minute}th minute.",
            ],
            [
                '"The boys showed real character," said coach {p2}.',
                'Coach {p2} praised his side\'s "real character".',
            ],
            [
                "A crowd of {n3:,} watched at the stadium.",
                "{n3:,} fans packed the ground.",
            ],
            [
                "{team} will meet the winner of the other semi-final in {town2}.",
                "The final will be played in {town2} next month.",
            ],
        ],
        [
            "Both sides had injury worries before kick-off.",
            "The referee showed five yellow cards.",
            "The competition's final is traditionally sold out.",
        ],
    ),
}
NOISE = [
    "The ministry did not respond to a request for comment.",
    "Local media reported the news first on Monday evening.",
    "More details are expected later in the week.",
    "Officials said they would publish a full report.",
]


def generate(n_events: int, per_event: int = 5, seed: int = 1) -> list[tuple[Article, int]]:
    """About n_events * per_event articles, each with its event number."""
    rng = random.Random(seed)
    start = dt.datetime(2026, 11, 24, 6, tzinfo=dt.UTC)
    events = [_event(rng, k) for k in range(n_events)]
    out: list[tuple[Article, int]] = []
    for k, event in enumerate(events):
        outlets = rng.sample(OUTLETS, max(1, min(len(OUTLETS), per_event + rng.randint(-2, 2))))
        written: list[Article] = []
        for outlet in outlets:
            if written and rng.random() < 0.12:  # a syndicated copy, lightly edited
                source = rng.choice(written)
                title, text = source.title, source.text.replace(" said ", " told reporters ", 1)
            else:
                title, text = _write(rng, event, events)
            minutes = event["minute"] * 7 + rng.randint(0, 600)
            written.append(_article(outlet, k, title, text, start + dt.timedelta(minutes=minutes)))
        out.extend((a, k) for a in written)
    rng.shuffle(out)
    return out


def _event(rng: random.Random, k: int) -> dict:
    kind = rng.choice(sorted(KINDS))
    people = [f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(2)]
    towns = rng.sample(TOWNS, 2)
    return {
        "kind": kind,
        "name": rng.choice(FIRST) if kind == "storm" else rng.choice(SUBJECTS),
        "p1": people[0],
        "p2": people[1],
        "town": towns[0],
        "town2": towns[1],
        "firm": rng.choice(FIRMS),
        "team": f"{towns[0]} United",
        "team2": f"{rng.choice(TOWNS)} Rovers",
        "n1": rng.randrange(1000, 90000, 100),
        "n2": rng.randrange(90, 180, 5),
        "n3": rng.randrange(300, 30000, 50),
        "n4": rng.randrange(20, 900),
        "n5": rng.randrange(1000, 20000, 10),
        "n6": rng.randint(80, 120),
        "n7": rng.randint(40, 79),
        "n8": rng.randint(2, 40),
        "n9": rng.randint(3, 25),
        "pct": rng.randint(3, 30),
        "small": rng.randint(1, 9),
        "days": rng.randint(2, 10),
        "age": rng.randint(19, 88),
        "g1": rng.randint(2, 4),
        "g2": rng.randint(0, 1),
        "minute": rng.randint(5, 119),
        "id": k,
    }


def _write(rng: random.Random, event: dict, events: list[dict]) -> tuple[str, str]:
    titles, facts, background = KINDS[event["kind"]]
    chosen = [rng.choice(variants) for variants in facts if rng.random() < 0.85]
    rng.shuffle(chosen)
    chosen += rng.sample(background, 2) + rng.sample(NOISE, 1)
    if rng.random() < 0.2:  # a line about another event, as real coverage has
        other = rng.choice(events)
        chosen.append(f"It comes a day after news from {other['town']} involving {other['p1']}.")
    text = " ".join(s.format(**event) for s in chosen)
    return rng.choice(titles).format(**event), text


def _article(outlet: str, k: int, title: str, text: str, published: dt.datetime) -> Article:
    return news_article(outlet, title, text, published, f"2026/11/24/event-{k}")


def news_article(
    outlet: str,
    title: str,
    text: str,
    published: dt.datetime,
    path: str = "news",
    language: str = "",
) -> Article:
    """An article as a feed gives it: a URL on the outlet's host, made from `path` and the
    title (the same every run), in `language` when the feed says it."""
    host = outlet.lower().replace(" ", "")
    url = f"https://{host}.example.com/{path}-{zlib.crc32(title.encode()) % 10**6}"
    return Article(
        url=url,
        canonical_url=canonical_url(url),
        title=title,
        text=text,
        published=published,
        outlet=outlet,
        content_hash=content_hash(title, text),
        language=language,
    )


def offline_brief(topic: str, story: Story) -> Brief:
    """The offline brief of one story of 1 December 2026, three hours after its first report."""
    later = story.articles[0].published + dt.timedelta(hours=3)
    period = brief_period(dt.date(2026, 12, 1), later, dt.timedelta(days=2), dt.UTC)
    return ExtractiveSummarizer().summarize(
        SummaryRequest(topic, [], dt.date(2026, 12, 1), period, later, [story])
    )
