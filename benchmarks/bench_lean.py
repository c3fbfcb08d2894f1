"""Characters sent to the LLM against a naive baseline, on wire copy shared by several outlets.

Run on demand:  python benchmarks/bench_lean.py [EVENTS OUTLETS]  (prints figures; nothing is
asserted)

The corpus (`wire_corpus`): each event is told by every outlet; the outlets share most of
their sentences (a wire story rewritten around the edges: `SHARED` sentences, most verbatim,
some with a changed attribution, an added or a cut clause) and add `OWN` sentences of their own
(a lead of their own, colour, an ending), about 4,400 characters an article. The articles go
through `dedupe` and `cluster` as `generate` does, then the `openai` provider writes the brief
against the test suite's server (tests/llm_server.py, in process, no delay). Figures: the
characters of every prompt sent (system and user messages of all calls) against the naive
baseline (every article's title and text sent once, in full), the stories found, and whether every
outlet is still cited on its story and on the items drawn from shared sentences.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path

from briefgen.models import Article
from briefgen.text import content_hash

REPO = Path(__file__).resolve().parent.parent
NOW = dt.datetime(2026, 11, 24, 18, tzinfo=dt.UTC)
EVENTS, OUTLETS, SHARED, OWN = 6, 4, 20, 10

FIRST = """Marta Jonas Ines Tomas Lena Piotr Sara Erik Nora Karl Vera Anton Maja Felix Ida Lukas
Elin Aron Sofia Dag Klara Viktor Greta Ivar""".split()
LAST = """Hollen Vikberg Carvalho Reiner Strand Malek Lindqvist Dahl Aasen Brenner Solheim Nyberg
Kvist Tveit Ostby Hegland Sandvik Moen Brekke Lunde Fosse Haugen Rustad Eide""".split()
PLACES = "Veldmark Brennavik Sorholm Kaupstad Lyngmoen Tanvik Eldsund Marholm".split()
ORGS = """port authority|regional council|grid operator|transport ministry|dockers' union|coast
guard|health agency|water company|fire service|rail operator""".replace("\n", " ").split("|")
# Per kind: what happened, and the words its reports use (nouns, verbs, the things at stake).
KINDS = {
    "flood": ("flooding", "river gauges levees sandbags pumps basements embankments", "evacuated"),
    "strike": ("the strike", "pickets wages shifts ballots depots negotiators", "walked out"),
    "blackout": ("the blackout", "substations feeders generators transformers meters", "cut off"),
    "fire": ("the warehouse fire", "hydrants ladders smoke roofs sprinklers crews", "evacuated"),
    "storm": ("the storm", "gusts ferries moorings chimneys tiles forecasts", "stranded"),
    "outbreak": ("the outbreak", "clinics samples wards vaccines swabs isolation", "tested"),
    "derailment": ("the derailment", "carriages sleepers signals tracks couplings", "stranded"),
    "landslide": ("the landslide", "slopes boulders drains culverts retaining walls", "cut off"),
}
SUBJECTS = [
    "{person} of the {org}",
    "Officials in {place}",
    "A spokesman for the {org}",
    "The mayor of {place}, {person},",
    "Opposition leader {person}",
    "Engineers from the {org}",
    "Insurers",
    "Police in {place}",
    "{person}, who heads the {org},",
    "Residents of {place}",
]
VERBS = ["said", "reported", "confirmed", "warned", "estimated", "told reporters", "insisted"]
CLAUSES = [
    "{n} people had been {verb} since {what} began on {day}",
    "the cost of {what} could reach {n} million crowns by the end of {month}",
    "{n} {noun} around {place} were checked overnight and {m} needed repairs",
    "{what} had closed {n} schools and kept {m} {noun} out of use",
    "{n} volunteers had joined the {org} to help with the {noun}",
    "the {org} would ask the government for {n} million crowns in emergency aid",
    "{m} of the {noun} near {place} station would stay shut until {day}",
    "the response to {what} was faster than in {year}, when it took {m} days",
    "{n} households in {place} were still without water on {day} evening",
    '"we have never seen {noun} like this in {place}", in the words of {person}',
    "an inquiry into how the {noun} were monitored would report within {m} weeks",
    "{n} drivers had been turned back at checkpoints on the road to {place}",
    "{m} people were hurt during {what}, {k} of them seriously, with no deaths reported",
    "the prime minister would visit {place} on {day} to meet families and {noun} staff",
    "claims from {what} had reached {n} million crowns, a record for {place}",
    "{n} of the {org}'s staff had worked double shifts since {day}",
    "the {noun} in the old town of {place} were inspected by {m} experts on {day}",
    "a second road out of {place} and {m} new {noun} depots were needed before winter",
    "traders in central {place} expected to lose {n} million crowns in sales this week",
    "{m} buildings near the {noun} would be checked before anyone could return",
]
TAILS = [
    "",
    "",
    "",
    "",
    "",
    "",
    ", adding that {clause}",
    ", and said {clause}",
    ", while {clause}",
]
OUTLET_NAMES = [
    "Continental Wire",
    "Northern Ledger",
    "Meridian Post",
    "Harbour Gazette",
    "Atlantic Dispatch",
    "Capital Record",
]
OWN_LINES = [
    "{outlet} reporters in {place} watched {noun} being cleared from the square on {day}",
    "for many in {place}, {what} brought back memories of {year}, residents told {outlet}",
    "{person} spoke to {outlet} from a temporary office in the {place} library",
    "a cafe owner near the {place} harbour told {outlet} that {n} regulars had offered help",
    "{outlet} counted {n} lorries carrying {noun} on the road into {place} in an hour",
    "in a poll for {outlet}, {m} percent of {place} residents trusted the {org}",
    "local historian {person} told {outlet} that {place} had seen {m} such events in a century",
    "the mood in {place} on {day} evening was calm, {outlet} found, as neighbours shared {noun}",
    "children in {place} watched {noun} crews from behind barriers, {outlet} saw on {day}",
    "our correspondent in {place} reports that {m} roads remain closed late on {day}",
    "{outlet} will follow {what} in {place} as it develops, with updates through {day}",
    "a reader in {place} sent {outlet} photographs of {noun} stacked along the quay",
]
HEADLINES = [
    "{what} hits {place}",
    "{place} hit by {what}",
    "{place}: {n} {verb} after {what}",
    "{what} in {place}: {noun} damaged",
]
DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
MONTHS = "January February March April May June July August".split()
# Rewrites "around the edges" of a shared sentence (an outlet's house style).
EDITS = [
    lambda s, o: s[:-1] + f", {o} understands.",  # an added attribution
    lambda s, o: s.replace(" said ", " told reporters ", 1),
    lambda s, o: s.split(", adding that ")[0] + "." if ", adding" in s else s,  # a clause cut
    lambda s, o: s.replace(" on ", " late on ", 1),
]


def _filler(rng: random.Random, kind: str, place: str, people: list[str], outlet: str = ""):
    """Values for one sentence: the event's own names, a random figure or two."""
    what, nouns, verb = KINDS[kind]
    return {
        "what": what,
        "verb": verb,
        "noun": rng.choice(nouns.split()),
        "place": place,
        "person": rng.choice(people),
        "org": rng.choice(ORGS),
        "outlet": outlet,
        "day": rng.choice(DAYS),
        "month": rng.choice(MONTHS),
        "year": str(rng.randint(1990, 2020)),
        "n": f"{rng.randint(20, 9000):,}",
        "m": str(rng.randint(2, 99)),
        "k": str(rng.randint(2, 9)),
    }


def _sentence(
    rng: random.Random, kind: str, place: str, people: list[str], phrases: dict[str, list[str]]
) -> str:
    def fill(template: str) -> str:
        return template.format(**_filler(rng, kind, place, people))

    clause, tail = fill(rng.choice(phrases["clauses"])), rng.choice(TAILS)
    tail = tail.format(clause=fill(rng.choice(phrases["clauses"]))) if tail else ""
    return f"{fill(rng.choice(phrases['subjects']))} {rng.choice(VERBS)} {clause}{tail}."


def _own(
    rng: random.Random,
    kind: str,
    place: str,
    people: list[str],
    phrases: dict[str, list[str]],
    outlet: str,
) -> str:
    text = rng.choice(phrases["own"]).format(**_filler(rng, kind, place, people, outlet))
    if rng.random() < 0.6:  # as long as a wire sentence on average
        extra = rng.choice(phrases["clauses"])
        text += ", and " + extra.format(**_filler(rng, kind, place, people))
    return f"{text[0].upper()}{text[1:]}."


def wire_corpus(
    events: int = EVENTS,
    outlets: int = OUTLETS,
    shared: int = SHARED,
    own: int = OWN,
    seed: int = 7,
) -> list[Article]:
    """`events` x `outlets` articles: per event `shared` wire sentences in every outlet's
    article (a quarter of them rewritten around the edges), plus `own` sentences each."""
    rng = random.Random(seed)
    kinds = list(KINDS)
    names = [f"{f} {la}" for f, la in zip(rng.sample(FIRST, len(LAST)), LAST, strict=True)]
    articles = []
    for e in range(events):
        kind, place = kinds[e % len(kinds)], PLACES[e % len(PLACES)]
        # each event its own people and its own handful of things to report, as real events
        people = [names[(3 * e + k) % len(names)] for k in range(3)]
        phrases = {
            "clauses": rng.sample(CLAUSES, 8),
            "subjects": rng.sample(SUBJECTS, 5),
            "own": rng.sample(OWN_LINES, 5),
        }
        wire = [_sentence(rng, kind, place, people, phrases) for _ in range(shared)]
        for o in range(outlets):
            outlet = OUTLET_NAMES[o % len(OUTLET_NAMES)]
            mine = [_own(rng, kind, place, people, phrases, outlet) for _ in range(own)]
            body = [
                EDITS[rng.randrange(len(EDITS))](s, outlet) if rng.random() < 0.25 else s
                for s in wire
            ]
            # own lead first, own sentences spread through the wire copy, own ending last
            for k, line in enumerate(mine[1:-1]):
                body.insert(min(len(body), 2 + 3 * k + rng.randint(0, 1)), line)
            sentences = [mine[0], *body, mine[-1]] if own > 1 else [*mine, *body]
            paragraphs = [" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3)]
            url = f"https://{outlet.lower().replace(' ', '')}.example/{kind}-{e}"
            title = rng.choice(HEADLINES).format(**_filler(rng, kind, place, people))
            title = title[0].upper() + title[1:]
            text = "\n\n".join(paragraphs)
            articles.append(
                Article(
                    url=url,
                    canonical_url=url,
                    title=title,
                    text=text,
                    content_hash=content_hash(title, text),
                    published=NOW - dt.timedelta(hours=events - e + o * 0.5 + 2),
                    outlet=outlet,
                )
            )
    return articles


def main() -> None:
    sys.path.insert(0, str(REPO / "tests"))
    from llm_server import FakeLLM, serve

    from briefgen.cluster import cluster, dedupe
    from briefgen.config import LLMSettings
    from briefgen.models import Period
    from briefgen.summarize import SummaryRequest
    from briefgen.summarize.openai import OpenAISummarizer

    events, outlets = (int(a) for a in sys.argv[1:3]) if len(sys.argv) > 2 else (EVENTS, OUTLETS)
    articles = wire_corpus(events, outlets)
    deduped = dedupe(articles)
    stories = cluster(deduped.articles, set(), NOW, len(deduped.articles))
    period = Period(start=NOW - dt.timedelta(days=1), end=NOW)
    request = SummaryRequest("Bench", [], NOW.date(), period, NOW, stories)
    with serve(FakeLLM()) as server:
        llm = LLMSettings(provider="openai", model="bench", base_url=server.base_url, cache=False)
        brief = OpenAISummarizer(llm, None, NOW).summarize(request)
        sent = sum(len(m["content"]) for r in server.requests for m in r["messages"])
        synthesis = [r for r in server.requests if "<<<DIGEST" in r["messages"][-1]["content"]]
        synthesis_chars = sum(len(m["content"]) for r in synthesis for m in r["messages"])
        system = server.requests[0]["messages"][0]["content"]
    naive = sum(len(a.title) + len(a.text) for a in articles)
    outlet_of = {s.id: s.outlet for s in brief.sources}
    cited_in_story = all(
        len({outlet_of[i] for i in ref.sources}) == outlets for ref in brief.stories
    )
    items = [*brief.developments, *brief.risks, *brief.reactions]
    per_item = sorted({len({outlet_of[i] for i in item.sources}) for item in items})
    print(f"{len(articles)} articles ({events} events x {outlets} outlets), "
          f"{naive / len(articles):,.0f} characters each on average; "
          f"{deduped.dropped} folded by dedupe\n")  # fmt: skip
    print("| what | figure |\n| --- | --- |")
    print(f"| stories | {len(brief.stories)} |")
    print(f"| LLM calls | {brief.stats.llm_calls} |")
    print(f"| characters sent, all prompts | {sent:,} |")
    print(f"| of which the synthesis call | {synthesis_chars:,} |")
    print(f"| system prompt (each call) | {len(system):,} |")
    print(f"| naive baseline (every article's title and text once) | {naive:,} |")
    print(f"| sent / naive | {sent / naive:.2%} |")
    print(f"| tokens sent (server's count) | {brief.stats.prompt_tokens:,} |")
    print(f"| every outlet on its story's sources | {'yes' if cited_in_story else 'NO'} |")
    print(f"| outlets cited per item (distinct counts) | {per_item} |")
    g = brief.stats.grounding
    print(f"| grounding checked / dropped / flagged | {g.checked} / {g.dropped} / {g.flagged} |")


if __name__ == "__main__":
    main()
