"""What changed since the last brief: a topic run on two consecutive days."""

import datetime as dt
import json
import re
import shutil
from collections import defaultdict
from pathlib import Path

from clitools import cli
from conftest import FIXTURES, REPO

from briefgen import novelty
from briefgen.models import Article, Brief, Story
from briefgen.novelty import PastStory
from briefgen.salience import profiles

CLUSTERS = FIXTURES / "clusters"
BLIND_DAY = REPO / "benchmarks" / "corpora" / "blind-day-8.jsonl"


def place(folder, event, outlet, day):
    """Copy a labelled fixture article into `folder`, published on 2026-11-<day>."""
    source = CLUSTERS / event / f"{outlet}.md"
    text = re.sub(
        r"^published: .*$",
        f"published: 2026-11-{day}T06:00:00+00:00",
        source.read_text(encoding="utf-8"),
        count=1,
        flags=re.M,
    )
    (folder / f"{event}--{outlet}.md").write_text(text, encoding="utf-8")


def brief_for(tmp_path, folder, date, *extra, since="48h") -> Brief:
    config = tmp_path / "briefgen.toml"
    config.write_text(
        f"""output_dir = "out"
[[topics]]
name = "World"
since = "{since}"
sources = ["{folder}"]
{chr(10).join(extra)}
""",
        encoding="utf-8",
    )
    result = cli("generate", "--config", config, "--date", date, "--format", "json")
    assert result.exit_code == 0, result.output
    return Brief.model_validate_json((tmp_path / "out" / date / "world.json").read_text())


def status_by_title(brief: Brief) -> dict[str, str]:
    return {s.title: s.status for s in brief.stories}


def first_day(tmp_path) -> tuple[Path, Brief]:
    """A derailment told by two outlets and a central bank's decision by one, on 23 Nov."""
    folder = tmp_path / "news"
    folder.mkdir()
    place(folder, "freight-derailment-brenna", "brenna-dagblad", 23)
    place(folder, "freight-derailment-brenna", "continental-wire", 23)
    place(folder, "central-bank-holds-rates", "market-desk", 23)
    return folder, brief_for(tmp_path, folder, "2026-11-23")


def test_two_consecutive_days(tmp_path):
    folder, day1 = first_day(tmp_path)
    assert {s.status for s in day1.stories} == {"new"}
    assert len(day1.stories) == 2

    # The next day: yesterday's articles are still in the 48 h window, the bank story gains
    # two outlets, and a new event breaks.
    place(folder, "central-bank-holds-rates", "harbour-gazette", 24)
    place(folder, "central-bank-holds-rates", "continental-wire", 24)
    place(folder, "glacier-retreat-study", "northern-ledger", 24)
    day2 = brief_for(tmp_path, folder, "2026-11-24")
    by_event = {}
    for story in day2.stories:
        urls = {day2.sources[[s.id for s in day2.sources].index(i)].url for i in story.sources}
        event = (
            "derailment"
            if any("derail" in u or "brenna" in u for u in urls)
            else ("bank" if any("rate" in u for u in urls) else "glacier")
        )
        by_event[event] = story.status
    assert by_event == {"glacier": "new", "bank": "updated", "derailment": "continuing"}
    assert [s.status for s in day2.stories] == ["new", "updated", "continuing"]  # news first

    # The updated story leads with what is new in it: its first development cites one of
    # today's articles; the bottom line is about the new and updated stories.
    today = {s.id for s in day2.sources if s.published.day == 24}
    bank = day2.stories[1].id
    [first] = [d for d in day2.developments if d.story == bank][:1]
    assert first.sources[0] in today, first
    derailment = day2.stories[2]
    continuing_leads = [d.detail for d in day2.developments if d.story == derailment.id]
    assert not set(day2.summary) & set(continuing_leads)


def test_one_updated_story_is_the_whole_bottom_line(tmp_path):
    """The next day one story gains a report and the other has nothing new: the bottom line
    tells the update, not yesterday's line of the continuing story again (a new user's
    second day: three of four lines were the first day's)."""
    folder, day1 = first_day(tmp_path)
    place(folder, "central-bank-holds-rates", "harbour-gazette", 24)
    day2 = brief_for(tmp_path, folder, "2026-11-24")
    assert sorted(s.status for s in day2.stories) == ["continuing", "updated"]
    assert day2.summary and not set(day2.summary) & set(day1.summary)
    assert not [line for line in day2.summary if "derail" in line.lower()]


def test_continuing_stories_can_be_left_out(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    place(folder, "freight-derailment-brenna", "brenna-dagblad", 23)
    brief_for(tmp_path, folder, "2026-11-23", 'continuing = "omit"')
    place(folder, "glacier-retreat-study", "northern-ledger", 24)
    day2 = brief_for(tmp_path, folder, "2026-11-24", 'continuing = "omit"')
    assert [s.status for s in day2.stories] == ["new"]
    assert all("glacier" in s.url for s in day2.sources)


def test_a_rerun_of_the_same_day_keeps_its_statuses(tmp_path):
    """Statuses compare with earlier dates only: --force on today's brief changes nothing."""
    folder = tmp_path / "news"
    folder.mkdir()
    place(folder, "glacier-retreat-study", "northern-ledger", 24)
    first = brief_for(tmp_path, folder, "2026-11-24")
    shutil.rmtree(tmp_path / "out")
    again = brief_for(tmp_path, folder, "2026-11-24")
    assert status_by_title(first) == status_by_title(again) == {first.stories[0].title: "new"}


def test_a_story_told_again_by_other_outlets_is_updated(tmp_path):
    """Yesterday's articles are out of today's 24 h window; today other outlets report the
    same event: matched by its terms, it is updated, not new. An unrelated event is new."""
    folder = tmp_path / "news"
    folder.mkdir()
    place(folder, "freight-derailment-brenna", "brenna-dagblad", 22)
    place(folder, "freight-derailment-brenna", "continental-wire", 22)
    brief_for(tmp_path, folder, "2026-11-22", since="24h")
    place(folder, "freight-derailment-brenna", "northern-ledger", 24)
    place(folder, "freight-derailment-brenna", "veldmark-tribune", 24)
    place(folder, "glacier-retreat-study", "northern-ledger", 24)
    day2 = brief_for(tmp_path, folder, "2026-11-24", since="24h")
    urls = {s.id: s.url for s in day2.sources}
    assert len(urls) == 3  # yesterday's two articles are outside the window
    by_status = {s.status: sorted(urls[i] for i in s.sources) for s in day2.stories}
    assert set(by_status) == {"new", "updated"}, by_status
    assert by_status["new"] == [u for u in urls.values() if "glacier" in u]
    assert len(by_status["updated"]) == 2  # the derailment, told by two other outlets


def test_events_told_again_in_other_words_are_updated(tmp_path):
    """Two days on, other outlets tell four of the first day's events in their own words
    (one in German and English): matched by the names, figures and telling words they share,
    each is updated; two events no one told before are new. The plain terms' cosine found
    none of the four."""
    told_again = {
        "velmora-ceo-resigns", "paris-metro-strike", "kenya-tana-river-floods",
        "madrid-doctors-strike",
    }  # fmt: skip
    assert set(two_days(tmp_path, told_again)) == {(e, "updated") for e in told_again} | FRESH


def test_events_told_again_in_another_language_are_updated(tmp_path):
    """Turkish, then English; Hindi, then English; English, then Arabic: the names and
    figures any script writes alike (places, numbers) make the later story the earlier one
    told again. Their words had nothing in common."""
    told_again = {"turkey-inflation-november", "isro-eos12-launch", "hurghada-ferry-sinking"}
    assert set(two_days(tmp_path, told_again)) == {(e, "updated") for e in told_again} | FRESH


def test_an_event_told_a_day_apart_in_one_window_is_one_updated_story(tmp_path):
    """With a 48 h window the first day's reports are in the second day's brief too; the
    clustering keeps reports a day apart apart, so an event was a continuing story and an
    updated one. The continuing one now joins the story that tells it again."""
    told_again = {"turkey-inflation-november", "isro-eos12-launch", "nagano-earthquake"}
    stories = two_days(tmp_path, told_again, later=23, since="48h")
    assert stories == sorted([(e, "updated") for e in told_again] + list(FRESH))


FRESH = {("northcare-data-breach", "new"), ("who-europe-measles-report", "new")}


def two_days(
    tmp_path, told_again: set[str], later: int = 24, since: str = "24h"
) -> list[tuple[str, str]]:
    """Briefs of 22 November and of the `later` day from blind-day-8: the first half of each
    event of `told_again` on the 22nd, the rest on the later day, with the FRESH events. Each
    story of the later brief as its events and its status, by event."""
    by_event = defaultdict(list)
    for line in BLIND_DAY.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record["event"] in told_again | {event for event, _ in FRESH}:
            by_event[record["event"]].append(record)
    folder = tmp_path / "news"
    folder.mkdir()
    event_of = {}
    for event, records in by_event.items():
        records.sort(key=lambda r: r["published"])
        half = len(records) // 2 if event in told_again else 0
        for k, record in enumerate(records):
            day = 22 if k < half else later
            meta = {**record, "published": f"2026-11-{day}{record['published'][10:]}"}
            keys = ("title", "url", "outlet", "published", "language")
            front = "".join(f"{key}: {json.dumps(meta[key])}\n" for key in keys)
            (folder / f"{event}-{k}.txt").write_text(f"---\n{front}---\n{record['text']}\n")
            event_of[record["url"]] = event
    brief_for(tmp_path, folder, "2026-11-22", since=since)
    brief = brief_for(tmp_path, folder, f"2026-11-{later}", since=since)
    urls = {s.id: s.url for s in brief.sources}
    return sorted(
        (event_of[urls[i]], story.status)
        for story in brief.stories
        for i in {event_of[urls[i]]: i for i in story.sources}.values()
    )


def test_a_continuing_story_joins_the_updated_story_most_like_it():
    """Yesterday's Paris strike (continuing) and two updated stories that both tell it again
    by the signature's words: Madrid's strike, ranked first, shares only the words; Paris's
    shares the names too. The continuing story joins Paris's."""

    def story(n: int, names: dict[str, float]) -> Story:
        url = f"https://example.com/{n}"
        article = Article(url=url, canonical_url=url, title=f"Strike {n}", text="Strike.",
                          published=dt.datetime(2026, 11, 24, tzinfo=dt.UTC))  # fmt: skip
        signature = {"=en": 0.0, "strike": 0.6, "walkout": 0.4, **names}
        return Story(id=f"s{n}", title=f"Strike {n}", articles=[article], signature=signature)

    madrid, paris, yesterday = (
        story(1, {"@madrid": 1.0}),
        story(2, {"@paris": 1.0}),
        story(3, {"@paris": 1.0}),
    )
    ids = {s.articles[0].url: n for n, s in enumerate([madrid, paris, yesterday], start=1)}
    past = [PastStory("Paris strike", dict(yesterday.signature), {3})]
    kept = novelty.mark([madrid, paris, yesterday], ids, {3}, past)
    assert [(s.title, s.status) for s in kept] == [("Strike 1", "updated"), ("Strike 2", "updated")]
    assert [a.url for a in kept[1].articles] == ["https://example.com/2", "https://example.com/3"]


def _write(folder, slug, title, outlet, day, text):
    (folder / f"{slug}.md").write_text(
        f'---\ntitle: "{title}"\noutlet: {outlet}\nurl: https://{slug}.example.com/{day}\n'
        f"published: 2026-11-{day}T08:00:00+00:00\n---\n{text}\n",
        encoding="utf-8",
    )


def test_another_kind_of_event_of_one_company_is_new_not_updated(tmp_path):
    """Tessaro's results, then two days on its recall: one company, its chief and its city,
    but the leads tell two kinds of event and neither names the other's (happenings.py), so
    the recall is a new story, not yesterday's results told again."""
    folder = tmp_path / "news"
    folder.mkdir()
    chief = "Chief executive Mirela Dovgan said in Ostrava"
    for n, outlet in enumerate(["Wire One", "Capital Desk"]):
        _write(folder, f"results-{n}", "Tessaro Motors quarterly profit rises 18%", outlet, 22,
               f"Tessaro Motors reported third-quarter profit of 2.4 billion koruna, up 18%, on "
               f"strong demand for its Vela hatchback. {chief} that the carmaker would raise "
               f"output at its Ostrava plant. Revenue rose 9% to 31 billion koruna.")  # fmt: skip
    brief_for(tmp_path, folder, "2026-11-22", since="24h")
    for n, outlet in enumerate(["Wire Two", "Motor Ledger"]):
        _write(folder, f"recall-{n}", "Tessaro Motors recalls 61,000 Vela cars", outlet, 24,
               f"Tessaro Motors is recalling 61,000 Vela hatchbacks built at its Ostrava plant "
               f"over a faulty fuel line that can leak. {chief} that owners would be contacted "
               f"by letter and repairs would take an hour.")  # fmt: skip
    day3 = brief_for(tmp_path, folder, "2026-11-24", since="24h")
    assert [s.status for s in day3.stories] == ["new"]


def test_signatures_of_two_kinds_of_event_are_two_events():
    """The same names and words, but a results story and a recall story: two events, unless
    one names the other's kind; a signature of an older version (no kinds) is compared as
    before."""
    words, names = [{"profit": 0.8, "car": 0.6}], [{"@tessaro": 1.0}]
    results = novelty.signature(words, names, "en", [({"results"}, {"results"})])
    recall = novelty.signature(words, names, "en", [({"recall"}, {"recall"})])
    told_both = novelty.signature(words, names, "en", [({"recall"}, {"recall", "results"})])
    older = novelty.signature(words, names, "en")
    assert novelty.same_event(results, results)
    assert not novelty.same_event(results, recall)
    assert novelty.same_event(results, told_both) and novelty.same_event(older, recall)


def test_a_greek_story_is_compared_the_next_day():
    """The Greek stemmer leaves nothing of "έως" ("until"): an empty key in a Greek story's
    signature crashed every later brief of its topic (IndexError in same_event). The word
    is now its own stem, and a signature an earlier version stored with '' is still read."""
    text = "Δεμένα τα πλοία έως το πρωί της Πέμπτης λόγω της απεργίας των ναυτικών."
    article = Article(
        url="u",
        canonical_url="u",
        title="Απεργία",
        text=text,
        published=dt.datetime(2026, 11, 24, tzinfo=dt.UTC),
        language="el",
    )
    (profile,) = profiles([article])
    assert "" not in profile.terms
    stored = novelty.signature([{"": 0.5, "πλοι": 0.8}], [{"@πειραιάς": 1.0}], "el")
    today = novelty.signature([{"πλοι": 0.8}], [{"@πειραιάς": 1.0}], "el")
    assert novelty.same_event(today, stored)


def test_a_continuing_story_joins_an_updated_one_only_when_it_firmly_tells_the_same():
    """A new English report of Cairo airport's Terminal 4 was taken for the day before's
    Arabic story of Cairo metro's Line 4 (Cairo, Egypt, 4), and that story's three reports,
    in today's brief too, were folded into it: one story of two events. It may still be
    marked updated, but no longer takes them in. A city and a telling number in common
    firmly make one event."""
    metro = novelty.signature(
        [{"مترو": 0.9, "خط": 0.4}],
        [
            {"@cairo": 0.5, "@egypt": 0.3, "#4": 0.3, "#17": 0.3, "#16": 0.3, "#2028": 0.2}
            | {"#2100000000": 0.4, "#1200000": 0.4, "@الأشجار": 0.4, "@الوزير": 0.4}
        ],
        "ar",
    )
    airport = novelty.signature(
        [{"airport": 0.9, "termin": 0.4}],
        [{"@cairo": 0.5, "@egypt": 0.4, "#4": 0.3, "#1100000000": 0.5, "#15000000": 0.5}],
        "en",
    )
    assert not novelty.same_event(airport, metro, firm=True)
    urls = [f"https://metro.example.com/{n}" for n in range(3)]
    continuing = Story(id="s2", title="Metro", articles=[_news(u) for u in urls], score=2.0)
    continuing.signature = metro
    new = Story(id="s1", title="Airport", articles=[_news("https://air.example.com/")], score=1)
    new.signature = airport
    ids = {url: n for n, url in enumerate([*urls, "https://air.example.com/"])}
    kept = novelty.mark([new, continuing], ids, {0, 1, 2}, [PastStory("Metro", metro, {0, 1, 2})])
    assert [len(s.articles) for s in kept] == [1, 3]
    # ... nor the other way round: yesterday's airport report and today's, and the metro's
    # three reports, which were yesterday's metro story and only loosely like the airport's
    urls.append("https://air.example.com/")
    updated = Story(id="s1", title="Airport", articles=[_news(u) for u in urls[3:]], score=1)
    updated.articles.append(_news("https://air.example.com/today"))
    updated.signature = airport
    continuing = Story(id="s2", title="Metro", articles=[_news(u) for u in urls[:3]], score=2)
    continuing.signature = metro
    ids = {url: n for n, url in enumerate([*urls, "https://air.example.com/today"])}
    past = [PastStory("Metro", metro, {0, 1, 2}), PastStory("Airport", airport, {3})]
    kept = novelty.mark([updated, continuing], ids, {0, 1, 2, 3}, past)
    assert [(s.status, len(s.articles)) for s in kept] == [("updated", 2), ("continuing", 3)]
    quake_es = novelty.signature(
        [{"sismo": 0.9}], [{"@valparaíso": 0.7, "@chile": 0.5, "#6.4": 0.5}], "es"
    )
    quake_en = novelty.signature(
        [{"quake": 0.9}], [{"@valparaíso": 0.6, "@chile": 0.5, "#6.4": 0.5, "#40": 0.3}], "en"
    )
    assert novelty.same_event(quake_en, quake_es, firm=True)


def _news(url: str) -> Article:
    return Article(url=url, canonical_url=url, title="t", text="t", published=T_NEWS)


T_NEWS = dt.datetime(2026, 12, 2, 8, tzinfo=dt.UTC)


def test_the_stories_kept_are_the_best_ranked_new_and_updated_ones_shown_new_first():
    """nu34 r10: every updated story was cut by max_stories for new ones, however small (a
    quake revised to M6.3 for a one-report protest). The best ranked new and updated stories
    are kept, and shown new first; continuing ones fill what is left."""
    ranked = [
        Story(id="", title=title, articles=[], status=status)
        for title, status in [
            ("quake revised", "updated"),
            ("port strike", "new"),
            ("old budget", "continuing"),
            ("small protest", "new"),
            ("leak raised", "updated"),
            ("street fair", "new"),
        ]
    ]
    kept = novelty.lead_with_news(ranked, "collapse", 3)
    assert [(s.id, s.title) for s in kept] == [
        ("s1", "port strike"),
        ("s2", "small protest"),
        ("s3", "quake revised"),
    ]
    kept = novelty.lead_with_news(ranked, "collapse", 6)
    assert [s.title for s in kept][-1] == "old budget"
    assert "old budget" not in [s.title for s in novelty.lead_with_news(ranked, "omit", 6)]
