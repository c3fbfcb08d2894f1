import datetime as dt
from pathlib import Path

import pytest

from briefgen.cluster import cluster, dedupe
from briefgen.config import FetchSettings
from briefgen.gather import brief_period
from briefgen.models import Brief, Story
from briefgen.sources.files import FileSource
from briefgen.summarize import SummaryRequest
from briefgen.summarize.actors import find_actor, quotes_in, speakers
from briefgen.summarize.cues import classify, harm_statement, stance_of
from briefgen.summarize.extractive import ExtractiveSummarizer
from briefgen.summarize.sentences import Sentence
from briefgen.summarize.titles import short_title
from tests.synthetic_news import news_article

NOW = dt.datetime(2026, 11, 24, 18, tzinfo=dt.UTC)


def summarize(path) -> Brief:
    found = FileSource(str(path)).read(FetchSettings()).articles
    stories = cluster(dedupe(found).articles, {"ukrain"}, NOW)
    period = brief_period(dt.date(2026, 11, 24), NOW, dt.timedelta(days=30), dt.UTC)
    return ExtractiveSummarizer().summarize(
        SummaryRequest(
            topic="Ukraine",
            keywords=["Ukraine"],
            date=dt.date(2026, 11, 24),
            period=period,
            generated_at=NOW,
            stories=stories,
        )
    )


def test_shared_sample_lands_in_the_right_sections(atacms_sample):
    brief = summarize(atacms_sample)
    developments = " ".join(d.detail for d in brief.developments)
    risks = " ".join(r.detail for r in brief.risks)
    reactions = {r.actor: r for r in brief.reactions}
    bottom_line = " ".join(brief.summary)
    assert "authorized Ukraine to use the U.S.-made Army Tactical Missile System" in bottom_line
    assert developments
    assert reactions["Putin"].stance == "oppose" and "red line" in reactions["Putin"].detail
    assert "nuclear doctrine" in risks
    assert any("Japan and South Korea" in actor for actor in reactions)
    assert reactions["Critics"].stance == "concern"
    assert brief.headline.startswith("Biden Approves Ukraine")
    assert 2 <= len(brief.summary) <= 5
    assert brief.outlook


def test_every_item_cites_sources_that_carry_its_numbers(articles):
    import re

    brief = summarize(articles)
    texts = {s.id: s for s in brief.sources}
    by_url = {a.url: a.text for a in FileSource(str(articles)).read(FetchSettings()).articles}
    for item in [*brief.developments, *brief.risks, *brief.reactions]:
        for number in re.findall(r"\d[\d,.]*\d|\d", item.detail):
            for source in item.sources:
                assert number in by_url[texts[source].url], (number, source, item.detail)
    # unfiltered here: the football match and the attack of 10 November (another event than
    # the 24 November one) are stories of their own
    assert len(brief.stories) == 5
    for item in [*brief.developments, *brief.risks, *brief.reactions]:
        assert item.sources and set(item.sources) <= set(texts)
    story_sources = {s.id: set(s.sources) for s in brief.stories}
    for item in brief.developments:
        assert set(item.sources) <= story_sources[item.story]


def test_deterministic(articles):
    assert summarize(articles).model_dump() == summarize(articles).model_dump()


@pytest.mark.parametrize(
    ("text", "kind", "actor"),
    [
        ("Kremlin spokesman Yevgeny Lavrin warned of nuclear escalation and retaliation.",
         "risk", "Kremlin spokesman Yevgeny Lavrin"),
        ('Estonian Prime Minister Kadri Saar welcomed the decision as "overdue but right".',
         "reaction", "Estonian Prime Minister Kadri Saar"),
        ('"The escort helps, but underwriters price the risk," said Clive Ashworth, a broker.',
         "reaction", "Clive Ashworth"),
        ('"The next two weeks will be critical," said Dr. Joseph Nakamura of the institute.',
         "reaction", "Dr. Joseph Nakamura of the institute"),
        ("The alliance, which had spent months lobbying against the text, said the law was "
         '"vague, costly and impossible to implement".', "reaction", "The alliance"),
        ("EU energy ministers are due to hold an emergency video conference on Thursday.",
         "outlook", ""),
        ("A convoy of 14 ships left Odesa on Monday under naval escort.", "development", ""),
        ("Monday's vote in Strasbourg, in which MEPs backed the act by 412 votes to 198, was a "
         "milestone.", "development", ""),
        ("Northgate's notes dropped 9 cents and credit default swaps more than doubled.",
         "development", ""),
        # who opposes is who rejected, not the source that tells it
        ("According to Reuters, Boeing rejected the offer as too low.", "reaction", "Boeing"),
        ("The union rejected the offer, according to Reuters.", "reaction", "The union"),
        ("Prices rose 3%, according to the Office for National Statistics.", "development",
         "The Office for National Statistics"),
    ],
)  # fmt: skip
def test_classify(text, kind, actor):
    sentence = Sentence(text=text, article=0, position=3)
    found = find_actor(text)
    assert (classify(sentence, found), found) == (kind, actor)


def test_pronoun_speaker_takes_the_last_named_actor():
    texts = [
        "Governor Elena Marquez-Holt defended the size of the move on Tuesday.",
        "Inflation has stayed above target for two years.",
        '"We would rather act decisively now than be forced to act later," she said.',
    ]
    sentences = [Sentence(text=t, article=0, position=i) for i, t in enumerate(texts)]
    assert speakers(sentences) == ["Governor Elena Marquez-Holt", "",
                                   "Governor Elena Marquez-Holt"]  # fmt: skip


def test_she_said_is_the_last_person_named_they_said_the_last_actor():
    """nu35: "she said" after a company's statement was the company's; a person named
    before is who "she" is, and "they" may be the company."""
    texts = [
        "Chief executive Anna Berg said the company would compensate its customers.",
        "Orbitel said it had informed the data protection regulator.",
        '"We take the security of client data extremely seriously," she said.',
        '"Nothing was lost," they said.',
    ]
    sentences = [Sentence(text=t, article=0, position=i) for i, t in enumerate(texts)]
    assert speakers(sentences) == [
        "Chief executive Anna Berg", "Orbitel", "Chief executive Anna Berg", "Orbitel"
    ]  # fmt: skip
    # an unnamed person is who "she" is; so is the last actor when no person was named
    resident = [texts[0], "A local resident said the water was brown for days.", texts[2]]
    assert speakers([Sentence(t, 0, i) for i, t in enumerate(resident)])[-1] == ("A local resident")
    alone = [Sentence(text=t, article=0, position=i) for i, t in enumerate(texts[1:3])]
    assert speakers(alone) == ["Orbitel", "Orbitel"]


def test_stance_titles_and_quotes():
    assert stance_of(Sentence("Critics condemned the strikes.", 0, 1)) == "oppose"
    assert stance_of(Sentence("The group condemned it and warned of costs.", 0, 1)) == "oppose"
    assert stance_of(Sentence("Japan condemned it.", 0, 1, label="Support")) == "support"
    union = "The union said it would fight the cuts and called a rally for Thursday."
    assert stance_of(Sentence(union, 0, 1)) == "oppose"  # the verb says, the words oppose
    assert (
        find_actor("In Washington, critics including Senator Tom Brandt warned that Moscow "
                   "could retaliate.") == "Critics including Senator Tom Brandt"
    )  # fmt: skip
    assert short_title("In response to earlier U.S. support, Russia revised its nuclear "
                       "doctrine, suggesting a willingness to retaliate.") == (
        "Russia revised its nuclear doctrine"
    )  # fmt: skip
    assert short_title("Ukrenergo, the national grid operator, introduced emergency outages "
                       "in Kyiv and eight other regions.") == (
        "Ukrenergo introduced emergency outages in Kyiv and eight other regions"
    )  # fmt: skip
    title = short_title(
        "Households will face higher monthly payments from January as lenders "
        "raise their standard variable rates by half a point."
    )
    assert title.endswith(" …") and not title.removesuffix(" …").endswith((" as", " by"))
    assert quotes_in('WHO said the risk to the region was "high" and the global risk "low," '
                     "it added.") == []  # fmt: skip
    assert quotes_in("“This is a red line, and Washington knows it,” Lavrin said.") == [
        "This is a red line, and Washington knows it"
    ]


def test_run_on_text_keeps_its_opening(tmp_path):
    folder = tmp_path / "runon"
    folder.mkdir()
    words = " ".join(f"word{i}" for i in range(300))
    (folder / "a.md").write_text(f"Title here\n\nThe council voted {words}\n")
    brief = summarize(folder)
    assert brief.summary[0].startswith("The council voted word0")
    assert brief.summary[0].endswith(" …")


OTHER_NEWS = Path(__file__).parent / "fixtures" / "other-news"  # a strike, a tariff row, a storm


def news_brief(folder: Path, topic: str) -> Brief:
    found = FileSource(str(folder)).read(FetchSettings()).articles
    stories = cluster(dedupe(found).articles, set(), NOW)
    period = brief_period(dt.date(2026, 11, 24), NOW, dt.timedelta(days=30), dt.UTC)
    request = SummaryRequest(topic, [], dt.date(2026, 11, 24), period, NOW, stories)
    return ExtractiveSummarizer().summarize(request)


def _lines(brief: Brief) -> list[str]:
    """Every line a reader sees (a development without a title of its own shows only its
    detail, under its story's title, which the story list has)."""
    story_titles = {s.id: s.title for s in brief.stories}
    lines = [brief.headline, *brief.summary, *story_titles.values(), *brief.outlook]
    for d in brief.developments:
        assert d.title != story_titles[d.story], "the story's title again: leave it empty"
        lines += [d.detail, *d.quotes] + ([d.title] if d.title else [])
    lines += [x for r in brief.risks for x in (r.risk, r.detail)]
    lines += [x for r in brief.reactions for x in (r.detail, r.quote) if x]
    return lines


@pytest.fixture(params=["demo", "other"])
def any_brief(request, articles) -> Brief:
    if request.param == "demo":
        return news_brief(articles, "Ukraine war")
    return news_brief(OTHER_NEWS, "Europe business and weather")


def test_says_each_thing_once(any_brief):
    lines = [" ".join(x.lower().split()) for x in _lines(any_brief)]
    assert len(lines) == len(set(lines)), [x for x in lines if lines.count(x) > 1]
    for r in any_brief.reactions:  # the quote is in the detail, not given twice
        assert not r.quote or r.quote not in r.detail


def test_titles_never_open_their_detail(any_brief):
    for title, detail in [(d.title, d.detail) for d in any_brief.developments] + [
        (r.risk, r.detail) for r in any_brief.risks
    ]:
        words, opening = title.lower().removesuffix(" …").split(), detail.lower().split()
        assert not words or opening[: len(words)] != words, (title, detail)  # none, or its own


def test_risks_are_not_assessed_and_state_a_possible_harm(any_brief):
    assert any_brief.risks
    for r in any_brief.risks:
        assert r.likelihood is None and r.impact is None
        assert harm_statement(r.detail), r.detail


def test_bottom_line_is_one_line_per_story(any_brief):
    stories = {s.id for s in any_brief.stories}
    assert 1 <= len(any_brief.summary) <= len(stories)
    other_news = news_brief(OTHER_NEWS, "Europe")
    assert len(other_news.stories) == 3 and len(other_news.summary) == 3


@pytest.mark.parametrize(
    ("text", "kind", "stance"),
    [
        ("Ukraine's government on Tuesday welcomed Washington's decision to let its forces use "
         "the missiles, while the Kremlin warned that the move crossed a \"red line\".",
         "reaction", "support"),
        ("The American Steel Institute praised the US tariffs as overdue protection for "
         "domestic mills.", "reaction", "support"),
        ("Regional president Loig Chesnais praised emergency crews for working through the "
         "night.", "reaction", "support"),
        ("“This is a red line, and Washington knows it,” Kremlin spokesman Yevgeny Lavrin told "
         "reporters in Moscow.", "reaction", "oppose"),
        ("Meteo-France warned that heavy rain on Wednesday could flood low-lying districts "
         "along the river.", "risk", ""),
        ("Economists at ING said a longer stoppage could cost the Dutch economy 50 million "
         "euros a day and disrupt supply chains.", "risk", ""),
        ("Two people were injured in Brest when a roof collapsed, according to the local "
         "prefecture.", "development", ""),
        ("War-risk premiums for voyages to the ports have risen to about 1% of a ship's hull "
         "value.", "development", ""),
        ("Mobility Minister Jean-Luc Crucke said the strike was \"disproportionate\" and urged "
         "the unions to keep negotiating.", "reaction", "oppose"),
        ("The regulator said the fees were not excessive.", "development", ""),
        ("Doctors said excessive heat had filled emergency wards.", "development", ""),
        # what is warned of is the harm; a thing that stays as it is, no outlook
        ("Officials warned that aftershocks could follow in the coming days.", "risk", ""),
        ("Fares on the Ginza line will not change, the operator said.", "development", ""),
        # "its red warning" is a noun: nobody reacts; a quoted pledge is what someone said,
        # no outlook (a new user's brief had "The national weather service kept its red" as
        # a concerned actor, and "'The state will be there', she told reporters" as outlook)
        ("The national weather service kept its red warning for Porto until Wednesday.",
         "development", ""),
        ("\"The state will be there for every family,\" she told reporters at the quay.",
         "development", ""),
        # a plan told as the past's is background, not what comes next (a new user's
        # outlook); a plan as a verb is
        ("The board had objected to her plan to end combustion engines by 2030.",
         "development", ""),
        ("The carmaker plans to end combustion engines by 2030.", "outlook", ""),
        ("It opposed the minister’s plan to sell the port.", "development", ""),
        ("The government plan to sell the port failed.", "development", ""),
        ("They plan to appeal the ruling.", "outlook", ""),
        # criticism rejected defends what was criticised (a new user's "oppose")
        ("The employers' federation CEL rejected the unions' criticism of the budget, calling "
         "the cuts 'painful but necessary'.", "reaction", "support"),
        ("The minister dismissed concerns that the bridge would be late.", "reaction", "support"),
        ("The unions rejected the budget cuts as 'an attack on workers'.", "reaction", "oppose"),
        # what someone says comes next is the outlook, not a neutral reaction (a new user's)
        ("The CGT-Cheminots and SUD-Rail unions said the open-ended strike would last at least "
         "until 8 a.m. on Thursday.", "outlook", "neutral"),
        ("Economists said the figures gave the central bank room to cut interest rates again "
         "at its meeting on December 11.", "outlook", "neutral"),
        ("Transport Minister Claire Fontanel called the walkout \"disproportionate\" and urged "
         "the unions to return to talks.", "reaction", "oppose"),
        ("The union said it would fight the plan in court next week.", "reaction", "oppose"),
        # no room is no outlook, a meeting held no future; calls for excessive heat no stance
        ("The union said there was no room for compromise.", "reaction", "neutral"),
        ("The minister said at the meeting that prices had risen.", "development", "neutral"),
        ("Officials issued calls for excessive heat precautions on Monday.", "development",
         "neutral"),
        # a harm said to be unlikely is a reassurance, no risk nor concern; a warning denied
        # voices no concern; "we support" does (nu34 r06)
        ("Officials said major damage was unlikely and no tsunami warning was issued.",
         "reaction", "neutral"),
        ("A tsunami is unlikely.", "development", ""),
        ("A tsunami is unlikely, but aftershocks could damage buildings.", "risk", ""),
        ("\"We support this strike until the company honours the deal,\" said Lucía Ferrer.",
         "reaction", "support"),
    ],
)  # fmt: skip
def test_risk_and_stance_come_from_what_the_sentence_says(text, kind, stance):
    sentence = Sentence(text=text, article=0, position=2)
    assert classify(sentence, find_actor(text)) == kind
    if stance:
        assert stance_of(sentence) == stance


def test_bottom_line_takes_the_news_that_a_lead_sentence_files_as_a_reaction():
    lead = (
        "Dutch lawmakers on Tuesday rejected the government's plan to cut nitrogen emissions "
        "by buying out 3,000 livestock farms, by 79 votes to 71."
    )
    texts = {
        "Vote Desk": (
            "House rejects nitrogen buyout plan",
            f"{lead} Farmers' groups gathered outside parliament in The Hague as the votes "
            "were counted. The minister said she would study the result.",
        ),
        "Lowlands Daily": (
            "Nitrogen plan falls in parliament",
            "The farm buyout at the heart of the cabinet's nitrogen policy failed in the lower "
            "house on Tuesday, 71 votes short of the 79 against it. Tractors lined the roads "
            "outside parliament as farmers' groups waited for the result.",
        ),
    }
    articles = [
        news_article(outlet, title, text, NOW - dt.timedelta(hours=6 - k))
        for k, (outlet, (title, text)) in enumerate(texts.items())
    ]
    sentence = Sentence(lead, 0, 0, lang="en")
    assert classify(sentence, find_actor(lead)) == "reaction"  # "rejected": opposition
    stories = cluster(dedupe(articles).articles, set(), NOW)
    period = brief_period(dt.date(2026, 11, 24), NOW, dt.timedelta(days=30), dt.UTC)
    request = SummaryRequest("Netherlands", [], dt.date(2026, 11, 24), period, NOW, stories)
    brief = ExtractiveSummarizer().summarize(request)
    assert brief.summary[0] == lead


def test_the_headline_and_bottom_line_are_in_the_briefs_language():
    """A Japanese report's title does not head an English brief: another English report's
    does, or the story's own title when there is none; nor is its sentence the bottom line
    when an English report has one."""
    story_title = "Chemical plant fire in Suzhou kills three"
    japanese = news_article(
        "Kanto Shimbun",
        "蘇州の化学工場で火災、3人死亡",
        "中国江蘇省蘇州市の化学工場で9日未明、大規模な火災が発生し、作業員3人が死亡、7人が"
        "重軽傷を負い、消防車40台が出動して5時間後に鎮火した。地元当局が発表した。",
        NOW - dt.timedelta(hours=3),
        language="ja",
    )
    english = [
        news_article(outlet, title, text, NOW - dt.timedelta(hours=h))
        for outlet, title, text, h in (
            ("Wire", story_title, "A fire at a chemical plant in Suzhou killed three workers.", 2),
            ("Post", "Three dead in Suzhou blaze", "Three workers died in a Suzhou plant fire.", 1),
        )
    ]
    period = brief_period(NOW.date(), NOW, dt.timedelta(days=1), dt.UTC)

    def brief(articles) -> Brief:
        request = SummaryRequest(
            topic="Industry",
            keywords=[],
            date=NOW.date(),
            period=period,
            generated_at=NOW,
            stories=[Story(id="s1", title=story_title, articles=articles)],
        )
        return ExtractiveSummarizer().summarize(request)

    both = brief([japanese, *english])
    assert both.headline == "Three dead in Suzhou blaze"
    assert both.summary and all(line.isascii() for line in both.summary), both.summary
    assert brief([japanese, english[0]]).headline == story_title


def test_each_story_gives_the_outlook_one_line(tmp_path):
    """nu33 r04: a recall's two reports gave the outlook "dealers will replace the hose free
    of charge" and "Dealers will carry out the repair at no cost": one plan, in other words
    that share too few to be told the same. A story's outlook is now its best line."""
    reports = {
        "drive": (
            "Veltraco recalls 120,000 Corvan SUVs over brake hoses",
            "Veltraco Motors is "
            "recalling 120,000 Corvan SUVs because a brake hose can leak, the carmaker said "
            "on Tuesday. Owners will be contacted by letter and dealers will replace the "
            "hose free of charge.",
        ),
        "wheels": (
            "Corvan recall: 120,000 SUVs called back",
            "Carmaker Veltraco Motors said on "
            "Tuesday it is recalling 120,000 Corvan sport utility vehicles over leaking "
            "brake hoses. Dealers will carry out the repair at no cost, starting next "
            "week.",
        ),
    }
    for outlet, (title, text) in reports.items():
        (tmp_path / f"{outlet}.md").write_text(
            f'---\ntitle: "{title}"\noutlet: {outlet}\nurl: https://{outlet}.example.com/a\n'
            f"published: 2026-11-24T06:40:00+00:00\n---\n{text}\n"
        )
    brief = news_brief(tmp_path, "Cars")
    assert len(brief.stories) == 1
    assert len(brief.outlook) == 1, brief.outlook
