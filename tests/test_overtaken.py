"""An outlook a later report has overtaken is no outlook (nu35: "the commission is expected
to declare the results" stood in the brief beside the report that it declared them)."""

import datetime as dt

from briefgen.cluster import cluster
from briefgen.summarize.overtaken import overtaken
from briefgen.summarize.sentences import Sentence
from briefgen.summarize.terms import terms
from tests.synthetic_news import news_article, offline_brief

AT = dt.datetime(2026, 12, 1, 7, tzinfo=dt.UTC)


def sentence(text: str) -> Sentence:
    return Sentence(text, 0, 3, terms=terms(text, "en"), lang="en")


def test_an_outlook_whose_verb_a_later_report_puts_in_the_past_is_overtaken():
    expected = sentence("The commission is expected to declare the final results on Thursday.")
    declared = sentence("The election commission declared the final results on Thursday.")
    assert overtaken(expected, [declared])
    # the verb alone, or the terms without the verb, are not what happened
    assert not overtaken(expected, [sentence("The court declared the strike illegal.")])
    assert not overtaken(expected, [sentence("The final results are due on Thursday.")])
    # irregular pasts, and a passive
    meet = sentence("Ministers will meet union leaders in Brussels on Friday.")
    assert overtaken(meet, [sentence("Ministers met union leaders in Brussels on Friday.")])
    signed = sentence("The agreement will be signed by both prime ministers in Oslo.")
    assert overtaken(signed, [sentence("Both prime ministers signed the agreement in Oslo.")])
    # not yet, or still to come, in the later report (the review's)
    assert not overtaken(expected, [sentence("The commission has not yet declared the final "
                                             "results for Thursday.")])  # fmt: skip
    announced = sentence("Final results will be announced by the commission on Friday.")
    again = sentence("The commission said final results will be announced on Friday.")
    assert not overtaken(announced, [again])
    assert overtaken(announced, [sentence("The commission announced final results on Friday.")])
    cut = sentence("The central bank is expected to cut interest rates at its meeting.")
    expect = sentence("Economists expect the central bank to cut interest rates at its meeting.")
    assert not overtaken(cut, [expect])
    assert overtaken(cut, [sentence("The central bank has cut interest rates at its meeting.")])
    exceed = sentence("Exports are expected to exceed 2 million tonnes, the ministry said.")
    assert not overtaken(exceed, [sentence("The ministry said exports could exceed 2 million.")])
    renew = sentence("The company will not renew the contract with the city, officials said.")
    assert not overtaken(renew, [sentence("City officials noted the contract expires soon.")])
    # "will be" before no participle expects no event
    test = sentence("The vote will be a test of the coalition's majority in parliament.")
    assert not overtaken(test, [sentence("It was a test of the coalition's majority.")])
    held = sentence("The vote will be held in parliament on Sunday.")
    assert overtaken(held, [sentence("The vote was held in parliament on Sunday.")])
    # what goes on is no event that can be over; other languages are not read
    stays = sentence("The shelter will remain open for displaced residents this week.")
    assert not overtaken(stays, [sentence("The shelter remained open for displaced residents.")])


def test_the_brief_leaves_out_an_outlook_a_later_report_overtook():
    early = news_article(
        "Andes Wire", "Peru regional vote count nears end in Cusco",
        "Vote counting in Cusco's regional election was nearly complete on Monday, with "
        "Rosa Quispe leading by 4 points.\n\nThe regional electoral board is expected to "
        "declare the final results on Tuesday afternoon, officials said.",
        AT, language="en",
    )  # fmt: skip
    late = news_article(
        "Pacific Ledger", "Rosa Quispe wins Cusco regional election",
        "Rosa Quispe will be Cusco's next governor after the electoral board declared her "
        "elected on Tuesday, ending a count slowed by appeals in two provinces.\n\nQuispe "
        "said she would focus on water supply in the Sacred Valley.",
        AT + dt.timedelta(hours=26), language="en",
    )  # fmt: skip
    [story] = cluster([early, late], set(), AT + dt.timedelta(hours=27), max_stories=8)
    brief = offline_brief("Cusco", story.model_copy(update={"id": "s1"}))
    assert not brief.outlook, brief.outlook  # it was "expected to declare the final results"
