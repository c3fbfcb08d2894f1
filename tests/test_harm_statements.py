"""Whether an English sentence states a possible harm (cues.harm_statement): a warning
lifted, denied or only a noun warns of nothing; a harm or a worry denied is none; and which
stance it tells (cues.stance_of)."""

import pytest

from briefgen.summarize.cues import harm_statement, stance_of
from briefgen.summarize.sentences import Sentence


def test_a_warning_lifted_or_the_noun_warning_is_no_risk():
    assert not harm_statement("The tsunami warning was lifted and residents may now return home.")
    assert not harm_statement("The warning system, which may be upgraded, worked as designed.")
    assert harm_statement("A flood warning has been issued and rivers could burst their banks.")
    # issued and lifted in one sentence (blind-day-37: a risk of the tsunami warning lifted),
    # a magnitude's decimal point between them
    assert not harm_statement(
        "BMKG issued a tsunami warning for nearby coasts, prompting residents to flee to higher "
        "ground, but lifted it about 40 minutes later."
    )
    assert not harm_statement(
        "Japan issued a tsunami warning after a magnitude 6.9 earthquake but lifted it an hour "
        "later."
    )


@pytest.mark.parametrize(
    ("text", "harm"),
    [
        ("The quake hit at 2:08 p.m. local time and no tsunami warning was issued.", False),
        ("The roof collapsed without warning, injuring two workers.", False),
        ("There is no risk of a tsunami, the agency said.", False),
        ("The spill posed no threat to drinking water, officials said.", False),
        ("The ministry did not warn of further strikes.", False),
        ("No one was hurt, but engineers warned the dam could fail.", True),
        ("Regulators warned there could be no power for days if the grid fails.", True),
        ("Without help farmers risk losing their harvest.", True),  # a condition
        ("The IMF has not only warned of a recession but also cut its forecast.", True),
        ("Pyongyang has not stopped threatening nuclear strikes.", True),
        ("The operation is not without risks of collapse.", True),
        ("There is no shortage of warnings about blackouts.", True),
        ("Officials did not exclude escalation.", True),
        # an escalation that happened is news, not a threat (nu30 r05)
        (
            "The union on Wednesday called a 30-hour strike starting at 2 a.m. on Thursday, the "
            "latest escalation in a months-long dispute over working hours.",
            False,
        ),
        ("Moscow retaliated with strikes on Kyiv.", False),
        ("Beijing vowed to retaliate.", True),
        # a mayor is no modal "may", and a harm denied is none
        ("The mayor said a hall was opened for passengers who were not hurt.", False),
        ("Rescuers may search all night; no one was injured.", False),
        ("The storm may hurt crops, though nobody was injured.", True),
        # a worry denied (nu35 r08: a risk titled "Delays")
        ("Harbour master Ines Duarte said she was not worried about the delays.", False),
        ("Residents said they were worried about the delays.", True),
    ],
)
def test_a_warning_denied_warns_of_nothing(text, harm):
    assert harm_statement(text) is harm


@pytest.mark.parametrize(
    ("text", "harm"),
    [
        # the modal and the harm in two clauses predict no harm (blind-day-36: a risk
        # titled "Strike cases involving their own staff")
        ("Compensation payments of up to 600 euros may also apply, though airlines often "
         "contest these in strike cases involving their own staff.", False),
        ("Kelantan is hit by floods every monsoon, but residents said the water had risen "
         "faster this year than they could remember.", False),
        ("The strike could cost the airline 90 million euros, though talks resume today.", True),
        ("Talks resume today, though the strike could cost the airline 90 million euros.", True),
        # what could not be done is no possible harm; what could not be ruled out is one
        # (blind-day-38: "Damaged buildings because they could not" was a risk's title)
        ("Some families had returned to damaged buildings because they could not find other "
         "housing.", False),
        ("Morning services were disrupted because vehicles could not leave the depot.", False),
        ("Engineers said stronger aftershocks could not be ruled out.", True),
        ("Officials said further damage could not be fully ruled out.", True),
        # a warning strike is a strike, told as news (blind-day-36)
        ("The walkout follows a separate warning strike by doctors on Monday.", False),
        ("Verdi called a warning strike that could halt flights at Frankfurt.", True),
    ],
)  # fmt: skip
def test_a_harm_is_predicted_in_the_clause_that_names_it(text, harm):
    assert harm_statement(text) is harm


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # what a relative clause tells of the actor, or what one acts despite, is not the
        # stance (nu35 r08: both were filed under Opposition)
        ("Mayor Jan Kowal, who has criticised the plan in the past, said on Tuesday he "
         "welcomed the compromise.", "support"),
        ("The Social Democrats said on Monday they would back the government despite their "
         "criticism of the health ministry.", "support"),
        ("Despite the rain, the union condemned the plan.", "oppose"),
        ("He came back to work on Monday.", "neutral"),
    ],
)  # fmt: skip
def test_the_stance_is_what_the_actor_does_now(text, stance):
    assert stance_of(Sentence(text, 0, 2)) == stance
