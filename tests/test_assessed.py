"""Which way an article assesses a harm's likelihood or impact (assessed.py), and a model's
level that the cited articles only contradict (parts._levels_checked)."""

import pytest

from briefgen.assessed import levels
from briefgen.grounding import Grounder, line_grounded
from briefgen.models import GroundingStats, Risk
from briefgen.summarize.parts import _levels_checked


@pytest.mark.parametrize(
    ("text", "language", "kind", "said"),
    [
        ("Analysts said a cut in March was likely.", "en", "likelihood", {"high": "likely"}),
        ("A cut is not likely before March.", "en", "likelihood", {"low": "not likely"}),
        ("Further aftershocks are unlikely.", "en", "likelihood", {"low": "unlikely"}),
        ("It is not unlikely.", "en", "likelihood", {"either": "not unlikely"}),
        ("The odds of a cut have risen.", "en", "likelihood", {"either": "odds"}),
        ("TSMC reported no major losses.", "en", "impact", {"low": "no major"}),
        ("The port didn’t report major damage.", "en", "impact", {"low": "didn’t report major"}),
        ("No. The damage was severe.", "en", "impact", {"high": "severe"}),  # another sentence
        ("Not everyone agrees, but the damage is severe.", "en", "impact", {"high": "severe"}),
        ("台積電表示，未有重大損失。", "zh", "impact", {"low": "未有重大"}),  # nu32 r10
        ("台积电损失严重。", "zh", "impact", {"high": "严重"}),
        ("地震没有造成严重损失。", "zh", "impact", {"low": "没有造成严重"}),
        ("被害は深刻ではない。", "ja", "impact", {"low": "深刻ではない"}),
        ("피해는 심각하지 않았다.", "ko", "impact", {"low": "심각하지 않"}),
        ("Es gab keine schweren Schäden.", "de", "impact", {"low": "keine schweren"}),
        ("Il n'y a pas de dégâts importants.", "fr", "impact", {"low": "pas de dégâts importants"}),
        ("No hubo daños graves.", "es", "impact", {"low": "No hubo daños graves"}),
        ("Не было серьезных повреждений.", "ru", "impact", {"low": "Не было серьезн"}),
        ("لم تقع أضرار كبيرة", "ar", "impact", {"low": "لم تقع أضرار كبير"}),
        ("Limited strikes, severe damage.", "en", "impact", {"low": "Limited", "high": "severe"}),
        ("Zayıf real enflasyonu artırabilir.", "tr", "likelihood", {}),  # no words known
        # what ends a denial's reach (the review's): another clause, "only", "such", "less"
        ("There were no deaths but major damage.", "en", "impact", {"high": "major"}),
        ("We have never seen such severe flooding.", "en", "impact", {"high": "severe"}),
        ("The damage is not only severe but lasting.", "en", "impact", {"high": "severe"}),
        ("Keine Toten, aber schwere Schäden.", "de", "impact", {"high": "schwere"}),
        ("Не менее серьёзные последствия.", "ru", "impact", {"high": "серьёзн"}),
        ("غير أن الأضرار كبيرة", "ar", "impact", {"high": "كبير"}),  # "however"
        ("不少重大损失", "zh", "impact", {"high": "重大"}),  # quite a few
        ("未来严重缺水", "zh", "impact", {"high": "严重"}),  # the future
        ("被害は深刻に違いない", "ja", "impact", {"high": "深刻"}),  # surely
        ("Die Wahrscheinlichkeit ist hoch.", "de", "likelihood", {"high": "Wahrscheinlichkeit … hoch"}),  # noqa: E501
        # a chance or a risk says its level by a word of degree later in its clause
        ("The probability of a hit is low.", "en", "likelihood", {"low": "probability … low"}),
        ("The chance is not high.", "en", "likelihood", {"low": "not high"}),
        ("Le risque de contamination est faible.", "fr", "likelihood", {"low": "risque … faible"}),
        ("The risk of floods remains, officials said.", "en", "likelihood", {}),
        ("病毒传播的可能性不大。", "zh", "likelihood", {"low": "可能性 … 不大"}),
        ("금리를 인하할 가능성이 높다고 본다.", "ko", "likelihood", {"high": "가능성이 높"}),
        ("금리를 인하할 가능성이 있다.", "ko", "likelihood", {"either": "가능성"}),  # not "low"
        ("There is little chance of a truce.", "en", "likelihood", {"low": "little … chance"}),
        ("Experts ruled out a tsunami.", "en", "likelihood", {"low": "ruled out"}),
        ("A tsunami cannot be ruled out.", "en", "likelihood", {"either": "cannot be ruled out"}),
        ("死者の数は増える見通しだ。", "ja", "likelihood", {"expected": "見通し"}),
        ("早期再開の見通しは薄い。", "ja", "likelihood", {"low": "見通し … 薄い"}),
        ("Des dégâts non négligeables.", "fr", "impact", {"high": "non négligeables"}),  # not small
        # denied later in the clause, as a report of nothing found
        ("Größere Schäden wurden nicht gemeldet.", "de", "impact", {"low": "Größere … nicht gemeldet"}),  # noqa: E501
        ("Серьёзных потерь не было.", "ru", "impact", {"low": "Серьёзн … не было"}),
        ("大きな被害は確認されていない。", "ja", "impact", {"low": "大きな … は確認されていない"}),
        ("큰 피해는 보고되지 않았다.", "ko", "impact", {"low": "큰 피해 … 는 보고되지 않"}),
        ("Серьёзных потерь удалось избежать", "ru", "impact", {"low": "Серьёзн … удалось избежать"}),  # noqa: E501
        # (the review's) a denial in the next clause, an unknown extent, an affirmative も出て;
        # a word of degree before a noun, and a forecast's verb
        ("Major flooding hit the town and injuries were not reported.", "en", "impact",
         {"high": "Major"}),
        ("Das Ausmaß der schweren Schäden ist noch nicht bekannt.", "de", "impact",
         {"high": "schweren"}),
        ("住宅に大きな被害も出ている。", "ja", "impact", {"high": "大きな"}),
        ("The odds of small aftershocks are put at 90 percent.", "en", "likelihood",
         {"either": "odds"}),
        ("The bank is expected to lower rates.", "en", "likelihood", {"expected": "expected to"}),
        # names and other senses
        ("Major General Ann Fox arrived on time.", "en", "impact", {}),
        ("Tata Steel Limited reported revenue of 58,000 crore.", "en", "impact", {}),
        ("The Major Crimes Unit took over.", "en", "impact", {}),
        ("Major damage was reported.", "en", "impact", {"high": "Major"}),
        ("TOKYO (AP) - Major damage was reported.", "en", "impact", {"high": "Major"}),
        ("• Severe damage to buildings in Beirut.", "en", "impact", {"high": "Severe"}),
        ("Quake Causes Severe Damage to Homes", "en", "impact", {"high": "Severe"}),
        ("Große Schäden am Dach.", "de", "impact", {"high": "Große"}),  # German nouns: capitals
        ("The mayor voiced grave concerns about the budget.", "en", "impact", {}),
        ("Heavy rain fell across the region.", "en", "impact", {}),
        ("Chuvas fortes caíram sobre o Recife.", "pt", "impact", {}),
        ("The band will release a limited edition vinyl.", "en", "impact", {}),
        ("外交部对局势表示严重关切。", "zh", "impact", {}),
    ],
)  # fmt: skip
def test_which_way_an_article_assesses_a_level(text, language, kind, said):
    assert levels(text, language, kind) == said


GROUNDER = Grounder(
    {
        "S1": "The quake shook Hualien. TSMC said its Hsinchu fabs suffered no major losses "
        "from the quake.",
        "S2": "花蓮地震後，台積電表示，未有重大損失。",
        "S3": "Officials warned the quake could cause severe damage to old buildings in Hualien.",
    },
    {"S1": "en", "S2": "zh-Hant", "S3": "en"},
    "en",
)


def _checked(impact: str, sources: list[str], policy: str = "flag") -> Risk:
    risk = Risk(
        risk="Quake losses at TSMC",
        detail="The Hualien quake could cause losses at TSMC's fabs.",
        impact=impact,
        story="s1",
        sources=sources,
    )
    return _levels_checked(risk, GROUNDER, policy, GroundingStats())


def test_a_level_the_cited_articles_only_contradict_is_flagged_or_left_out():
    """nu32 r10: a model's "high" impact passed because the article said "未有重大損失" (no
    major losses): it assesses the impact, but low. Now the flag quotes what they say; a
    "low" or "medium" impact stands, and so does "high" where another article says
    "severe"."""
    assert _checked("high", ["S1", "S2"]).flags == ["impact 'high', but S1, S2 say only 'no major'"]
    assert _checked("high", ["S2"]).flags == ["impact 'high', but S2 says only '未有重大'"]
    assert _checked("high", ["S1", "S2"], policy="drop").impact is None
    assert not _checked("low", ["S1", "S2"]).flags
    assert not _checked("medium", ["S1", "S2"]).flags
    assert not _checked("high", ["S1", "S3"]).flags
    assert _checked("low", ["S3"]).flags == ["impact 'low', but S3 says only 'severe'"]


def test_an_uncited_line_says_how_likely_or_grave_only_as_an_article_does():
    """nu33 r02: the model's headline, bottom line and outlook said "likely" and "severe"
    of a recall whose article assessed nothing; the same words in a risk were checked. A
    forecast's "expected to" is no such judgement, and an article in a language without
    level words cannot tell."""
    quiet = Grounder(
        {"S1": "Veltraco Motors is recalling 120,000 SUVs because a brake hose can leak."},
        {"S1": "en"},
        "en",
    )
    for line in (
        "Recall likely to deepen Veltraco's crisis",
        "The recall will have a severe impact on Veltraco's sales.",
    ):
        assert not line_grounded(line, [quiet]), line
    assert line_grounded("Veltraco is expected to finish the repairs in March.", [quiet])
    assert line_grounded("Veltraco recalls 120,000 SUVs.", [quiet])
    for said in (  # words of size or odds that judge nothing (the review's)
        "Ministers at odds over Veltraco",
        "Heavy rain slows Veltraco's recall",
        "Sharp rise in Veltraco recalls",
        "A major recall for Veltraco",
        "Minor arrested in Veltraco case",
    ):
        assert line_grounded(said, [quiet]), said
    assessing = Grounder(
        {"S1": "Analysts said further recalls were likely and the damage severe."}, {}, "en"
    )
    assert line_grounded("More recalls are likely.", [assessing])
    # nu34 r01: a line that turns the articles' assessment round ("unlikely": "likely")
    denying = Grounder(
        {"S1": "Officials said major damage was unlikely and no tsunami warning was issued."},
        {"S1": "en"},
        "en",
    )
    assert not line_grounded("A quake hit Kagoshima; major damage is likely.", [denying])
    assert line_grounded("Officials said major damage was unlikely.", [denying])
    greek = Grounder({"S1": "Η ανάκληση είναι πιθανό να συνεχιστεί."}, {"S1": "el"}, "en")
    assert line_grounded("More recalls are likely.", [greek])


def test_the_articles_are_read_as_written_so_a_name_assesses_nothing():
    """A level word in a name ("Major General", "Tata Steel Limited") is told by its capital,
    which the case-folded text the check read before had lost: "Major" confirmed a "high"."""
    names = Grounder(
        {"S1": "Major General Ann Fox said Tata Steel Limited trucks reached the Hualien port."},
        {"S1": "en"},
        "en",
    )
    assert names.assessed("Port damage in Hualien", ["S1"]) == {}
    assert GROUNDER.assessed("Quake losses at TSMC", ["S1"]) == {"impact": {"low": "no major"}}


def test_a_title_case_headline_is_no_name_and_an_uncited_line_is_read_case_folded():
    """The review's: an article's Title Case title ("Quake Causes Severe Damage") lost its
    level word to the name test, and a model's Title Case headline escaped the check."""
    titled = Grounder(
        {"S1": "Quake Causes Severe Damage to Homes in Coastal Town\nThe quake hit on Tuesday."},
        {"S1": "en"},
        "en",
    )
    assert titled.assessed("Severe damage to homes", ["S1"]) == {"impact": {"high": "Severe"}}
    quiet = Grounder({"S1": "Rain fell in the north on Tuesday."}, {"S1": "en"}, "en")
    assert not line_grounded("Flooding Is Likely to Worsen, Officials Warn", [quiet])
