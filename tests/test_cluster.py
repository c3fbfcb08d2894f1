import datetime as dt
from itertools import combinations
from pathlib import Path

import pytest

from briefgen.cluster import cluster, dedupe
from briefgen.config import FetchSettings
from briefgen.models import Article, Story
from briefgen.sources.files import FileSource, read_file
from briefgen.stories import titled_in
from briefgen.text import content_hash
from tests.labelled_corpora import AIM, BELOW_AIM, JSONL, corpora, load
from tests.labelled_corpora import pairwise as labelled_pairwise
from tests.synthetic_news import generate, news_article

T0 = dt.datetime(2026, 11, 24, 8, tzinfo=dt.UTC)


def article(url: str, text: str, minutes: int = 0, title: str = "T") -> Article:
    from briefgen.text import canonical_url

    return Article(
        url=url,
        canonical_url=canonical_url(url),
        title=title,
        text=text,
        published=T0 + dt.timedelta(minutes=minutes),
        content_hash=content_hash(title, text),
    )


def test_dedupe_by_url_text_and_near_copy():
    body = (
        "The United States authorised Ukraine to use long-range missiles inside Russia on "
        "Monday after North Korea sent thousands of troops to the Kursk region to fight. "
        "Officials said the strikes would be limited to military targets such as depots and "
        "command posts, and that the decision had been under review for several weeks."
    )
    original = article("https://a.example.com/x", body)
    same_url = article("https://a.example.com/x/?utm_source=feed", "Updated in place.", 5)
    same_text = article("https://b.example.com/y", body, 10)
    near_copy = article("https://c.example.com/z", body.replace("Monday", "Monday evening"), 15)
    other = article("https://d.example.com/w", "Grain ships left Odesa under naval escort.", 20)
    result = dedupe([near_copy, other, same_text, same_url, original])
    # the address's later version replaces it (test_updated_stories.py); the text it had
    # is still another outlet's, and a near copy is folded into that
    assert [a.url for a in result.articles] == [same_url.url, same_text.url, other.url]
    assert result.dropped == 2
    assert result.duplicates == {same_url.url: [original], same_text.url: [near_copy]}


def test_a_copy_at_the_original_s_time_that_adds_a_sentence_leaves_the_original_its_credit():
    """A syndicated copy kept the original's published time and added a sentence: the
    original was folded into it as a duplicate, and every fact credited to the copy (a new
    user's report). The original stays, and so does the copy, for its sentence."""
    body = (
        "Cyclone Dana made landfall near Paradip on Thursday night with winds of 120 km/h, "
        "and officials said about 1.1 million people had been moved to shelters.\n"
        "Six people were killed, four by falling trees and two when walls collapsed, the "
        "state's disaster management authority said on Friday morning."
    )
    extra = "\nIn Kolkata, flights were suspended for twelve hours as the storm passed."
    original = article("https://coast.example.com/dana", body)
    copy = article("https://kolkata.example.com/dana", body + extra)
    for batch in ([copy, original], [original, copy]):
        result = dedupe(batch)
        assert [a.url for a in result.articles] == [original.url, copy.url]
        assert result.dropped == 0


def test_a_near_copy_with_a_lead_of_its_own_stays_in_the_story():
    """Three outlets share a wire's four paragraphs, each with its own lead: the one a
    near copy by its shingles was folded away, its outlet uncredited and its own news
    ("Retailers warned ...") lost (a new user's report)."""
    wire = (
        "The strike, called by the ver.di union, began at 6 a.m. and halted loading at the "
        "Burchardkai, Altenwerder and Tollerort terminals, the port operator HHLA said.\n"
        "About 40 ships were waiting in the Elbe estuary by midday, according to the harbour "
        "master's office, and several lines said they would divert calls to Rotterdam.\n"
        "The union is demanding a pay rise of 8.5 percent over twelve months and an extra "
        "allowance for night shifts; employers have offered 4 percent over two years.\n"
        "Talks are due to resume on Thursday in Bremen, a spokesman for the employers' "
        "association said, adding that a deal before the weekend was still possible."
    )
    leads = [
        "Hamburg's port came to a standstill on Monday as around 2,400 dockworkers walked out "
        "in a dispute over pay.",
        "Freight forwarders scrambled to reroute containers on Monday after Hamburg's "
        "dockworkers began a strike that shut the port's main terminals.",
        "Hamburg's container terminals fell silent on Monday as around 2,400 dockworkers "
        "stopped work, and retailers warned that Christmas stock could arrive late.",
    ]
    reports = [
        article(f"https://{outlet}.example.com/strike", f"{lead}\n{wire}", 20 * k)
        for k, (outlet, lead) in enumerate(zip(("north", "freight", "rhine"), leads, strict=True))
    ]
    edited = article(
        "https://copy.example.com/strike", f"{leads[0]}\n{wire}".replace("6 a.m.", "6am"), 70
    )
    deduped = dedupe([*reports, edited])
    assert [a.url for a in deduped.articles] == [a.url for a in reports]
    assert deduped.duplicates == {reports[0].url: [edited]}  # an edit is no news of its own
    (story,) = cluster(deduped.articles, set(), T0 + dt.timedelta(hours=2))
    assert len(story.articles) == 3


def test_demo_articles_form_three_stories(articles):
    found = FileSource(str(articles)).read(FetchSettings()).articles
    on_topic = [a for a in found if "Sevilla" not in a.text and a.published.day != 10]
    deduped = dedupe(on_topic)
    assert deduped.dropped == 0  # the syndicated copy adds a sentence from Tallinn: it stays
    stories = cluster(deduped.articles, {"ukrain"}, T0 + dt.timedelta(hours=6))
    groups = sorted(sorted(a.outlet or "wire" for a in s.articles) for s in stories)
    assert groups == [
        ["Atlantic Dispatch", "Baltic Times Review", "Northern Ledger", "The Kyiv Observer"],
        ["Bosphorus Monitor", "Meridian Post"],
        ["Continental Wire", "Danube Herald", "wire"],
    ]
    assert [s.id for s in stories] == ["s1", "s2", "s3"]
    assert stories[0].score >= stories[1].score >= stories[2].score


def test_short_teasers_with_different_titles_are_not_duplicates():
    teaser = "Click here to read the full story on our website."
    items = [
        article(f"https://x.example.com/{n}", teaser, n, title=f"Headline {n}") for n in range(3)
    ]
    assert dedupe(items).dropped == 0


FIXTURES = Path(__file__).parent / "fixtures"
NOW = dt.datetime(2026, 11, 25, 6, tzinfo=dt.UTC)


def labelled(corpus: str) -> dict[str, list[Article]]:
    """Articles of a labelled corpus by gold event (the folder name)."""
    events: dict[str, list[Article]] = {}
    for path in sorted((FIXTURES / corpus).glob("*/*.md")):
        events.setdefault(path.parent.name, []).append(read_file(path, 1_000_000))
    return events


def grouped(articles: list[Article]) -> dict[str, str]:
    """url -> story id after dedupe + cluster; a folded copy is in its original's story."""
    deduped = dedupe(articles)
    found = {}
    for story in cluster(deduped.articles, set(), NOW, max_stories=len(articles)):
        for a in story.articles:
            for copy in [a, *deduped.duplicates.get(a.url, [])]:
                found[copy.url] = story.id
    return found


def pairwise(events: dict[str, list[Article]]) -> tuple[float, float]:
    """Pairwise precision and recall of dedupe + cluster against the gold events."""
    articles = [a for group in events.values() for a in group]
    found = grouped(articles)
    gold = {a.url: event for event, group in events.items() for a in group}
    assert found.keys() == gold.keys()
    same_found = {p for p in combinations(sorted(gold), 2) if found[p[0]] == found[p[1]]}
    same_gold = {p for p in combinations(sorted(gold), 2) if gold[p[0]] == gold[p[1]]}
    hits = len(same_found & same_gold)
    return hits / len(same_found), hits / len(same_gold)


def test_three_outlets_one_event_make_one_story_and_unrelated_stay_apart():
    events = labelled("clusters-second")
    tram, budget = events["serin-tram-line-opens"], events["serin-budget-vote"]
    others = events["kalvo-measles-outbreak"] + events["halden-solar-farm-approved"]
    stories = cluster(dedupe(tram + budget + others).articles, set(), NOW, max_stories=20)
    by_url = {a.url: s.id for s in stories for a in s.articles}
    assert len({by_url[a.url] for a in tram}) == 1
    story = next(s for s in stories if s.id == by_url[tram[0].url])
    assert len({a.outlet for a in story.articles}) == 3 and len(story.articles) == 3
    assert by_url[budget[0].url] != story.id  # same city, same tram, another event
    assert len(stories) == 4


def test_syndicated_copy_under_another_url_is_folded_into_the_original():
    mine = labelled("clusters-second")["tarnau-mine-permit-revoked"]
    wire, copy = mine[1], mine[0]  # Maravia Wire at 11:20, Business Maravia's reprint at 12:40
    assert wire.canonical_url != copy.canonical_url and wire.text != copy.text
    result = dedupe(mine)
    assert [a.url for a in result.articles] == [wire.url, mine[2].url]
    assert result.duplicates == {wire.url: [copy]}


def test_no_two_labelled_articles_share_a_url():
    # bench_cluster.py scores all the corpora as one batch too, each article by its URL
    urls = [url for corpus in corpora() for url in load(corpus)[1]]
    assert len(urls) == len(set(urls))


@pytest.mark.parametrize("corpus", corpora(), ids=lambda c: c.stem)
def test_grouping_precision_and_recall_on_labelled_corpora(corpus):
    articles, gold, _ = load(corpus)
    precision, recall = labelled_pairwise(gold, grouped(articles))
    # the corpora written blind are below the aim (benchmarks/README.md, "Places")
    least_precision, least_recall = BELOW_AIM.get(corpus.stem, AIM)
    assert precision >= least_precision
    assert recall >= least_recall


def test_many_generated_events_mixed_together():
    generated = generate(60, seed=7)
    events: dict[str, list[Article]] = {}
    for a, k in generated:
        events.setdefault(str(k), []).append(a)
    gold = {a.url: k for a, k in generated}
    deduped = dedupe([a for a, _ in generated])
    assert len(generated) > 250 and deduped.dropped > 0
    assert all(gold[c.url] == gold[kept] for kept, cs in deduped.duplicates.items() for c in cs)
    # template-made text: events of one kind share nearly all their words but the names and
    # figures, which the rarity weights bring out (10,019 articles: 1.000 / 0.984)
    precision, recall = pairwise(events)
    assert precision >= 0.95 and recall >= 0.95


def test_with_embeddings_every_pair_counts_in_the_cohesion_tests(monkeypatch):
    """Pairs across scripts are unknown to the words, not to an embeddings model: with
    embeddings the linkage is given no kinds, and their 0 means unlike."""
    import numpy as np

    from briefgen import cluster as clustering

    given = []

    def linkage(*args, **kwargs):
        given.append(args[-1])
        return clustering_linkage(*args, **kwargs)

    clustering_linkage = clustering.average_linkage
    monkeypatch.setattr(clustering, "average_linkage", linkage)
    english = article("https://a.example.com/1", "The central bank cut its rate to 2.25% today.")
    korean = article("https://b.example.com/1", "한국은행이 기준금리를 2.25%로 인하했다.", 5)
    clustering.cluster([english, korean], set(), T0 + dt.timedelta(hours=8))
    clustering.cluster([english, korean], set(), T0 + dt.timedelta(hours=8), embeddings=np.eye(2))
    assert given[0] is not None and len(set(given[0])) == 2 and given[1] is None


def test_two_events_in_one_city_on_one_weekday_are_two_stories():
    """A strike and a fire in Lisbon, the whole batch: the city and "Tuesday" were all they
    shared, and "Tuesday", capitalised, counted as a second name in common."""
    strike = article(
        "https://quill.example.com/lisbon-strike",
        "Lisbon's metro was shut down on Tuesday as workers walked out in a 24-hour strike "
        "over pay, forcing hundreds of thousands of commuters onto buses and into cars. The "
        "unions are demanding a 6% wage rise; the operator Metropolitano de Lisboa has "
        "offered 3%. Further stoppages are planned for next week.",
        title="Lisbon metro workers strike over pay",
    )
    fire = article(
        "https://ledger.example.com/lisbon-fire",
        "A fire destroyed a 19th-century warehouse in Lisbon's Alcantara district on Tuesday, "
        "sending a column of black smoke over the Portuguese capital. About 120 firefighters "
        "fought the blaze, and no one was injured, the city's civil protection service said.",
        minutes=240,
        title="Fire destroys historic warehouse in Lisbon",
    )
    stories = cluster([strike, fire], set(), T0 + dt.timedelta(hours=8))
    assert sorted(len(s.articles) for s in stories) == [1, 1]


def test_a_pair_in_two_scripts_that_shares_nothing_is_unknown_in_the_cohesion_tests():
    """A Korean report (0) joined to an English one (1) by their figures, and a second
    Korean report (2) close to the first (0.36) but with nothing an English text could share
    (0): it joins them, the English pair being unknown, not unlike. Had it been written in
    English, 0 would say unlike, and the group (cohesion 0.68) would keep it out."""
    from briefgen.linkage import average_linkage

    edges = {(0, 1): 0.68, (0, 2): 0.36, (1, 2): 0.0}
    linked = average_linkage(3, edges, 0.12, 0.7, 0.36, 0.09, kinds=["ko", "en", "ko"])
    assert sorted(map(sorted, linked)) == [[0, 1, 2]]
    linked = average_linkage(3, edges, 0.12, 0.7, 0.36, 0.09, kinds=["ko", "ko", "ko"])
    assert sorted(map(sorted, linked)) == [[0, 1], [2]]
    # one pair across scripts that the words did find alike is counted as any other
    edges = {(0, 1): 0.68, (0, 2): 0.36, (1, 2): 0.01}
    linked = average_linkage(3, edges, 0.12, 0.7, 0.36, 0.09, kinds=["ko", "en", "ko"])
    assert sorted(map(sorted, linked)) == [[0, 1], [2]]


def test_two_reports_of_one_outlet_on_two_events_of_one_kind_stay_apart(monkeypatch):
    from briefgen import cluster as clustering

    # one Irish paper's reports of a minister's use of a State car and of his resignation
    # (its two Hong Kong fires, the test's case before, are kept apart by their districts)
    articles, gold, _ = load(JSONL / "blind-day-4.jsonl")
    pair = ("ireland-furlong-state-car-row", "ireland-furlong-resigns")
    wire = [a for a in articles if a.outlet == "Irish Observer" and gold[a.url] in pair]
    others = [a for a in articles if a.outlet != "Irish Observer" and gold[a.url] not in pair]
    assert len(wire) == 2 and len(others) >= 3
    batch = wire + others  # and other outlets' reports of the day's other events

    def together() -> bool:
        stories = clustering.cluster(batch, set(), T0 + dt.timedelta(hours=12), 20)
        return any({a.url for a in wire} <= {a.url for a in s.articles} for s in stories)

    assert not together()
    monkeypatch.setattr(clustering, "SAME_OUTLET", 1.0)  # without the outlet rule: one story
    assert together()


def test_a_topic_on_one_feed_groups_its_outlet_s_reports_of_one_event():
    articles, gold, _ = load(JSONL / "matches.jsonl")
    one_feed = [a.model_copy(update={"outlet": "One Wire"}) for a in articles]
    precision, recall = labelled_pairwise(gold, grouped(one_feed))
    assert (precision, recall) == (1.0, 1.0)  # the outlet rule is off for the main outlet


def test_one_wire_s_results_and_its_chief_s_resignation_alone_are_two_stories():
    """A new user's batch of two, one wire's reports of a utility's results and of its
    chief's resignation (which names the results), was one story (nu30 r04): the outlet rule
    was off, the outlet being the whole batch. One outlet's two reports whose leads tell two
    kinds of event are two events whatever its share; its two reports of one are one."""
    results = news_article(
        "Nordic Business Wire",
        "Nordvik Energi Q3 pre-tax profit falls 9% on lower power prices",
        "Norwegian utility Nordvik Energi reported a 9% fall in third-quarter pre-tax profit to "
        "4.2 billion Norwegian crowns on Wednesday, missing forecasts, as lower power prices "
        "in southern Norway weighed on earnings. The board proposed a dividend of 3.50 crowns.",
        T0,
    )
    resigns = news_article(
        "Nordic Business Wire",
        "Nordvik Energi CEO Solberg to step down; CFO named interim chief",
        "Nordvik Energi chief executive Ingrid Solberg will step down after seven years for "
        "personal reasons, the Norwegian utility said on Wednesday, naming finance chief Lars "
        "Maeland as interim CEO. The announcement came hours after Nordvik reported a 9% drop "
        "in third-quarter pre-tax profit. Its shares fell 4.5% in Oslo.",
        T0 + dt.timedelta(hours=7),
    )
    assert len(cluster([results, resigns], set(), T0 + dt.timedelta(hours=8), 8)) == 2
    update = news_article(
        "Nordic Business Wire",
        "UPDATE 1-Nordvik Energi profit drops as power prices slide",
        "Nordvik Energi's third-quarter pre-tax profit fell 9% to 4.2 billion crowns, the "
        "Norwegian utility said on Wednesday, as lower power prices in southern Norway cut "
        "revenue. Its shares fell 4.5% in Oslo after the results.",
        T0 + dt.timedelta(hours=3),
    )
    assert len(cluster([results, update], set(), T0 + dt.timedelta(hours=8), 8)) == 1


def test_the_cycle_collector_is_paused_while_clustering_and_left_as_it_was(monkeypatch):
    import gc

    import briefgen.cluster as clustering

    seen = []
    profiles = clustering.salience_profiles
    monkeypatch.setattr(
        clustering, "salience_profiles", lambda a: seen.append(gc.isenabled()) or profiles(a)
    )
    articles = [a for a, _ in generate(3, seed=2)]
    for enabled in (True, False):
        gc.enable() if enabled else gc.disable()
        try:
            assert cluster(articles, set(), T0)
            assert gc.isenabled() is enabled  # re-enabled only when it was enabled before
        finally:
            gc.enable()
    assert seen == [False, False]


def test_a_huge_page_is_compared_by_its_start_and_its_copy_still_found():
    from briefgen.near_dupes import SHINGLE_CHARS, shingles

    words = " ".join(f"w{i % 7919} x{i % 104729}" for i in range(120_000))  # ~1.6 MB
    assert len(words) > 4 * SHINGLE_CHARS
    assert shingles(words).size == shingles(words[:SHINGLE_CHARS]).size  # bounded work
    original = article("https://a.example.com/huge", words)
    copy = article("https://b.example.com/huge", words[:-1000] + " appended tail", 5)
    assert dedupe([original, copy]).duplicates == {original.url: [copy]}


def test_a_story_is_headed_in_the_brief_s_language_when_a_report_is():
    """An English brief listed "Lyon : un tramway de la ligne T2 déraille…" though the story
    held "Tram derails in central Lyon, 14 injured" (a new user's)."""
    french = news_article(
        "Le Progrès", "Lyon : un tramway de la ligne T2 déraille, 14 blessés",
        "Un tramway de la ligne T2 a déraillé mardi matin près de Perrache à Lyon.", NOW,
        language="fr",
    )  # fmt: skip
    english = news_article(
        "Rhone Courier", "Tram derails in central Lyon, 14 injured",
        "A tram on line T2 derailed near Perrache in Lyon on Tuesday, injuring 14.", NOW,
        language="en",
    )  # fmt: skip
    story = Story(id="s1", title=french.title, articles=[french, english], score=2.0)
    titled_in([story], "en")
    assert story.title == "Tram derails in central Lyon, 14 injured"
    titled_in([story], "fr")
    assert story.title == "Lyon : un tramway de la ligne T2 déraille, 14 blessés"
    alone = Story(id="s2", title=french.title, articles=[french], score=1.0)
    titled_in([alone], "en")
    assert alone.title == french.title  # no report in English: its own
    angle = english.model_copy(update={"title": "Analysis: What the Lyon tram crash says"})
    angled = Story(id="s3", title=french.title, articles=[french, angle], score=2.0)
    titled_in([angled], "en")
    assert angled.title == french.title  # a report's title, not an angle's


def test_one_quake_in_four_languages_is_one_story_though_two_pairs_are_closer():
    """nu32 r01: a Hualien quake told in Chinese, Japanese, Korean and English (M6.1, 24 km,
    2 dead, 37 hurt) made two stories, zh+en and ja+ko, each pair closer within (0.67, 0.81)
    than the four are on average (0.42): groups that alike are one story whatever their
    cohesion (SURELY, 0.45 before: no labelled corpus changed at 0.4)."""
    [quake] = labelled("hualien-quake").values()
    assert len(set(grouped(quake).values())) == 1
