"""What backs an offline claim: another article of its story carries the same claim, the
words it quotes and all of its numbers, in digits or in words."""

import datetime as dt

import pytest

from briefgen.models import Story
from briefgen.summarize.ranking import rank
from tests.synthetic_news import news_article


def ranked_story(topic: str, reports: list[tuple[str, str, str]], language: str = "en"):
    """One story of (outlet, title, text) reports published together, ranked."""
    at = dt.datetime(2026, 11, 24, 9, tzinfo=dt.UTC)
    articles = [
        news_article(outlet, title, text, at, language=language) for outlet, title, text in reports
    ]
    story = Story(id="s1", title=reports[0][1], articles=articles, score=float(len(articles)))
    return rank(0, story, topic)


def test_a_quote_is_cited_only_to_the_articles_that_carry_it():
    """An article that names the speaker in a like sentence, but not what she said, does not
    back the quote; one that quotes her words does (a new user's brief cited both)."""
    said = (
        "“We are confident that we will win this case on the facts,” chief executive"
        " Ingrid Sæther said in a statement."
    )
    other = (
        "Chief executive Ingrid Sæther said in a statement that the company was confident"
        " about demand."
    )
    opening = (
        "Eleven salmon farmers have sued Halvorsen Seafood in Oslo District Court over feed"
        " that they say killed 400,000 fish."
    )
    straight = said.replace("“", '"').replace("”", '"')
    ranked = ranked_story(
        "Halvorsen",
        [
            ("Fjord Post", "Farmers sue Halvorsen", f"{opening} {said}"),
            ("Nordic Review", "Halvorsen in court", f"{opening} {other}"),
            ("Coast Times", "Halvorsen sued", f"{opening} {straight}"),
        ],
    )
    first = [c for c in ranked.candidates if c.sentence.article == 0]
    quote = next(c for c in first if "facts" in c.sentence.text)
    opens = next(c for c in first if "400,000" in c.sentence.text)
    assert ranked.backing(quote) == [2]
    assert ranked.backing(opens) == [1, 2]  # no quote: the claim and its number suffice


def test_an_article_that_names_only_the_speaker_backs_nothing_she_said():
    """A new user's brief cited a second outlet for "Helga Brandt said buying Voltia would
    secure the company's battery supply"; that outlet only said she declined to comment
    (nu31 r02): alike by who speaks alone, it carries no claim of hers. Nor does it with one
    common word more; and a speaker named last ("..., X said") backs what is said (the
    review's)."""
    lead = "Norvalis agreed to buy the battery maker Voltia for 2.4 billion euros on Tuesday."
    claim = (
        "Norvalis chief executive Helga Brandt said buying Voltia would secure the company's "
        "battery supply."
    )
    declined = "Chief executive Helga Brandt declined to comment on job cuts."
    secure = "Brandt said the deal would secure the company's battery supply for a decade."
    assert _backers(claim, [claim, declined, secure], lead) == [2]
    aside = "Chief executive Helga Brandt of Norvalis declined to comment on the company's cuts."
    assert _backers(claim, [claim, aside], lead) == []
    last = "Buying Voltia would secure the battery supply, chief executive Helga Brandt said."
    assert _backers(last, [last, last.replace("chief executive Helga ", "")], lead) == [1]


def _backers(claim: str, sentences: list[str], lead: str) -> list[int]:
    """The articles that back `claim`, of a story of one article for each sentence (after
    one lead they all share), by outlets of their own."""
    reports = [(f"Outlet {n}", f"Voltia {n}", f"{lead} {s}") for n, s in enumerate(sentences)]
    ranked = ranked_story("Norvalis", reports)
    said = next(c for c in ranked.candidates if c.sentence.text == claim)
    return ranked.backing(said)


# (language, the claim, a report of the same breach without the number, one with it in
# digits, the lead all three share)
WORDED_CLAIMS = [
    (
        "en",
        "The complaint says Kestrel waited nine days after discovering the intrusion on"
        " Nov. 21 before disclosing it.",
        "Kestrel said it discovered the intrusion on Nov. 21 and disclosed it on Monday.",
        "The complaint says Kestrel waited 9 days after discovering the intrusion on Nov. 21.",
        "Hackers took records on 2.3 million Kestrel customers, the chipmaker said.",
    ),
    (
        "de",
        "Laut Klage wartete Kestrel neun Tage, bevor es den Angriff vom 21. November meldete.",
        "Kestrel meldete den Angriff vom 21. November nach eigenen Angaben am Montag.",
        "Laut Klage wartete Kestrel 9 Tage, bevor es den Angriff vom 21. November meldete.",
        "Hacker erbeuteten Daten von 2,3 Millionen Kunden des Chipherstellers Kestrel.",
    ),
]


@pytest.mark.parametrize(("lang", "claim", "silent", "digits", "lead"), WORDED_CLAIMS)
def test_a_number_in_words_must_be_in_the_article_that_backs_the_claim(
    lang, claim, silent, digits, lead
):
    """'waited nine days' is backed by an article that says nine days, or 9, not by one on
    the same breach that does not (a new user's brief cited it); in every language num2words
    spells ("neun Tage"), not in English alone."""
    ranked = ranked_story(
        "Kestrel",
        [
            ("SecureWatch", "Kestrel sued", f"{lead} {claim}"),
            ("Northern Wire", "Kestrel breach", f"{lead} {silent}"),
            ("Court Desk", "Kestrel lawsuit", f"{lead} {digits}"),
        ],
        lang,
    )
    said = next(c for c in ranked.candidates if c.sentence.text == claim)
    assert ranked.backing(said) == [2]


def test_a_number_of_several_words_is_no_number_word_to_find():
    claim = "Twenty-five people were killed and two thousand residents fled the town of Ardel."
    backer = "In Ardel 25 people were killed and 2,000 residents fled the town, officials said."
    ranked = ranked_story(
        "Ardel",
        [
            ("Wire One", "Ardel flood", f"{claim} Rescue work went on."),
            ("Wire Two", "Ardel flood kills 25", f"{backer} Rescue work went on."),
        ],
    )
    said = next(c for c in ranked.candidates if c.sentence.text == claim)
    assert ranked.backing(said) == [1]
