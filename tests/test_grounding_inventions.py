"""What a model invents that numbers and quotes do not show (nu34 r01): deaths no article
reports, and a person whose first name and surname are each too common to count as a name;
and true claims that looked invented (r03)."""

import pytest

from briefgen.casualties import counts_deaths, mentions
from briefgen.claim_names import names_in
from briefgen.grounding import Grounder, line_grounded
from briefgen.models import GroundingStats, Reaction, Story
from briefgen.summarize.lean import Lean
from briefgen.summarize.parts import StoryPart, _stance_told, ground_part

ULSAN = {
    "S1": "A fire broke out at a chemical warehouse in Ulsan on Thursday, injuring three "
    "workers and forcing 120 residents to leave their homes.",
    "S2": "울산의 화학물질 창고에서 불이 나 근로자 3명이 다쳤다.",
}


@pytest.mark.parametrize(
    ("text", "language", "died"),
    [
        ("A fire in Ulsan killed two workers.", "en", True),
        ("Three workers died in the fire.", "en", True),
        ("No one was killed.", "en", False),
        ("No deaths were reported.", "en", False),
        ("Officials said no one was hurt and two died.", "en", True),  # "no one" of the hurt
        ("The fire injured three workers.", "en", False),
        ("A man died after a stabbing.", "en", False),  # no count: not checked
        # (the review's) words for dying in another sense
        ("The Senate killed the bill by 52 votes to 48.", "en", False),
        ("Prosecutors will seek the death penalty for the two men.", "en", False),
        ("Polls show the two candidates in a dead heat.", "en", False),
        ("Zwei Menschen starben.", "de", True),
        ("Es gab keine Toten.", "de", False),
        ("Погибли два человека.", "ru", True),
        ("事故造成3人死亡。", "zh", True),
        ("事故无人死亡。", "zh", False),
        ("2명이 숨졌다.", "ko", True),
    ],
)
def test_which_claims_count_deaths(text, language, died):
    assert counts_deaths(text, language) is died


def test_an_article_mentions_deaths_by_any_word_for_dying_denied_or_not():
    """A true claim is flagged only when its articles never speak of deaths: one that says
    "it was not clear how many died" does."""
    assert mentions("It was not clear how many people died.", "en")
    assert mentions("Погибших нет.", "ru") and mentions("死者は出ていない。", "ja")
    assert not mentions("A fire injured three workers.", "en")


def test_deaths_no_cited_article_reports_are_flagged():
    """ "Two workers were killed" of articles in English and Korean that say three were hurt;
    a death an article reports passes, and so does one only articles in another language
    than the claim's can tell."""
    g = Grounder(ULSAN, {"S1": "en", "S2": "ko"}, "en")
    assert g.check("Two workers were killed in Ulsan.", [], ["S1", "S2"]).problems == [
        "deaths S1, S2 do not report"
    ]
    assert g.check("Three workers were hurt in Ulsan.", [], ["S1", "S2"]).grounded
    told = Grounder({"S1": "울산 창고 화재로 근로자 2명이 숨졌다."}, {"S1": "ko"}, "en")
    assert told.check("Two workers were killed in Ulsan.", [], ["S1"]).grounded
    unknown = Grounder({"S1": "Ulsan: moto umeua wafanyakazi."}, {"S1": "sw"}, "en")
    assert unknown.check("Two workers were killed in Ulsan.", [], ["S1"]).grounded


def test_an_uncited_line_with_deaths_or_a_full_name_no_article_has_is_dropped():
    g = Grounder(ULSAN, {"S1": "en", "S2": "ko"}, "en")
    assert not line_grounded("A chemical warehouse fire in Ulsan killed two workers.", [g])
    # the brief's other stories' articles count too (the review's: a line of deaths was
    # dropped when any one story reported none)
    leeds = Grounder({"S3": "A fire in Leeds killed two workers on Monday."}, {"S3": "en"}, "en")
    assert line_grounded("A warehouse fire in Leeds killed two workers.", [g, leeds])
    assert line_grounded("A chemical warehouse fire in Ulsan injured three workers.", [g])
    madrid = Grounder(
        {"S1": "Councillor Andrés Villalba rejected the Madrid metro strike."}, {"S1": "en"}, "en"
    )
    assert not line_grounded("President Elena Vargas condemned the Madrid metro strike.", [madrid])
    assert line_grounded("Andrés Villalba rejected the strike.", [madrid])


def test_a_first_name_and_a_surname_side_by_side_are_a_name_though_each_is_common():
    """Elena (zipf 3.75) and Vargas (3.33) are each too common to be taken for a name alone;
    side by side they are one. Not two common words a title capitalises."""
    assert names_in("President Elena Vargas condemned the strike.", "en") == ["Elena", "Vargas"]
    assert names_in("Prime Minister Vargas spoke in Hong Kong.", "en") == []
    # ... but only when neither word is written, nor the two a place's name (the review's:
    # a model adds the first name an article leaves out, or names the capital it describes)
    said = Grounder(
        {"S1": "President Macron said France would send aid to the Argentine capital."},
        {"S1": "en"},
        "en",
    )
    assert said.check(
        "President Emmanuel Macron said aid would go to Buenos Aires.", [], ["S1"]
    ).grounded


def test_a_serbian_name_in_latin_letters_is_written_by_an_article_in_cyrillic():
    """Serbian is read by the Serbo-Croatian list, so a Serbian claim's rare names are
    checked: a brief in Latin letters names Đurišić where its outlet writes Ђуришић (the
    review's), and is grounded; a name no article writes in either script is not."""
    said = Grounder(
        {"S1": "Председник Вучић састао се са министром Ђуришићем у Београду."}, {"S1": "sr"}, "sr"
    )
    assert said.check("Vučić se sastao sa Đurišićem u Beogradu.", [], ["S1"]).grounded
    assert not said.check("Vučić se sastao sa Zorblatovićem u Beogradu.", [], ["S1"]).grounded


def test_quotes_pair_in_turn_so_a_short_one_makes_no_quote_of_what_follows():
    """„Nordlicht“ … „Nordlicht“: the words between were taken for a quote."""
    g = Grounder({"S1": "Das Containerschiff „Nordlicht“ der Reederei Kessler lief auf Grund."})
    assert g.check("„Nordlicht“ auf Grund gelaufen: das Schiff „Nordlicht“.", [], ["S1"]).grounded


def test_a_claim_left_in_its_articles_language_reads_its_numbers_so():
    """ "Unos 2.300 trabajadores" in an English brief is 2,300, not 2.3."""
    g = Grounder({"S1": "Unos 2.300 mineros fueron a la huelga."}, {"S1": "es"}, "en")
    said = "Unos 2.300 mineros de Escondida fueron a la huelga el lunes por los salarios."
    assert g.check(said, [], ["S1"]).grounded


def test_a_stance_the_cited_articles_contradict_is_flagged():
    """nu34 r13: "The councillor welcomed the strike" (support) of one who "rejected the
    strike, calling it irresponsible"; a stance the articles tell alike, or not at all, or
    turn round ("did not oppose"), is the model's."""
    g = Grounder(
        {
            "S1": "The metro strike halted 60% of trains. City mobility councillor Andrés "
            "Villalba rejected the strike, calling it irresponsible.",
            "S2": "Andrés Villalba did not oppose the talks.",
            "S3": "Andrés Villalba spoke to reporters at the depot.",
            # named once, then "he" (nu35 r03)
            "S4": "City mobility councillor Andrés Villalba said the vote was close. He "
            "criticised the strike as irresponsible.",
        },
        {"S1": "en", "S2": "en", "S3": "en", "S4": "en"},
        "en",
    )
    welcomed = Reaction(actor="Andrés Villalba", stance="support", story="s1", sources=["S1"],
                        detail="The councillor welcomed the strike.")  # fmt: skip
    for sources in (["S1"], ["S4"]):
        assert _stance_told(
            welcomed.model_copy(update={"sources": sources}), g, GroundingStats()
        ).flags == ["stance 'support', but the cited articles read 'oppose'"]
    for kept in (
        welcomed.model_copy(update={"stance": "oppose"}),
        welcomed.model_copy(update={"sources": ["S2"]}),
        welcomed.model_copy(update={"sources": ["S3"]}),
    ):
        assert _stance_told(kept, g, GroundingStats()) is kept


def test_an_uncited_lines_numbers_are_those_of_the_stories_it_is_about():
    """nu35 r02: "Peru quake kills 14" passed because 14 was the count of ships a port
    strike stranded, in another story. A story told only in another language is always
    among those a line may be about (its words cannot be compared)."""
    quake = Grounder(
        {"S1": "A magnitude 6.3 earthquake in southern Peru killed 11 people near Arequipa."},
        {"S1": "en"}, "en",
    )  # fmt: skip
    strike = Grounder(
        {"S2": "A dockworkers' strike in Rotterdam left 14 ships waiting to unload."},
        {"S2": "en"}, "en",
    )  # fmt: skip
    kyushu = Grounder({"S3": "鹿児島市で地震があり、5人がけがをした。"}, {"S3": "ja"}, "en")
    stories = [quake, strike, kyushu]
    assert not line_grounded("Peru quake kills 14", stories)
    assert line_grounded("Peru quake kills 11", stories)
    assert line_grounded("Rotterdam strike strands 14 ships", stories)
    assert line_grounded("A quake injured 5 people", stories)
    assert line_grounded("Quake kills 11; 14 ships stranded in Rotterdam", stories)


def test_a_quote_the_article_gives_to_someone_else_is_flagged():
    """nu35 r10: the Prime Minister's words, given to the opposition leader who lost the
    vote. Who says them is read as the offline summarizer reads it ("he told reporters": the
    last actor named); a quote the article gives to no one it names is not flagged."""
    g = Grounder(
        {"S1": "Slovenia's government survived a no-confidence vote on Tuesday.\n\n"
               "Prime Minister Robert Golob said the result showed the coalition was united. "
               "\"Now we can get back to work,\" he told reporters after the vote.\n\n"
               "SDS leader Janez Janša said the government had lost the trust of voters.\n\n"
               "\"It was a long night,\" one lawmaker said."},
        {"S1": "en"}, "en",
    )  # fmt: skip
    quote = ["Now we can get back to work"]
    wrong = g.check("The SDS leader welcomed it.", quote, ["S1"], who="Janez Janša")
    assert wrong.problems == ["quote said by another (S1: Prime Minister Robert Golob)"]
    assert wrong.unconfirmed == quote  # kept flagged, it is no longer shown as a quote
    assert g.check("Golob welcomed it.", quote, ["S1"], who="Robert Golob").grounded
    night = ["It was a long night"]
    assert g.check("Janša spoke of a long night.", night, ["S1"], who="Janez Janša").grounded

    # kept flagged, the quote is told in its flag, no longer shown as the reaction's quote
    given = Reaction(actor="Janez Janša", stance="neutral", story="Vote", sources=["S1"],
                     detail="Janez Janša said the government had lost the trust of voters.",
                     quote=quote[0])  # fmt: skip
    part = StoryPart(Story(id="x", title="Vote", articles=[]), reactions=[given])
    ground_part(part, g, "flag", GroundingStats(), Lean([], []))
    (flagged,) = part.reactions
    assert flagged.quote == "" and flagged.detail == given.detail
    assert flagged.flags == ["quote said by another (S1: Prime Minister Robert Golob)"]
