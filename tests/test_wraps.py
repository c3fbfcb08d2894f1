"""Markets wraps (briefgen/wraps.py): a story of their own, or one with the other market
reports of their day, not a report of the events that moved the markets."""

import datetime as dt

from briefgen.cluster import cluster
from briefgen.wraps import market_report, markets_wrap
from tests.synthetic_news import news_article

T0 = dt.datetime(2029, 3, 14, 16, tzinfo=dt.UTC)

WRAP = """European shares slipped on Wednesday as a slump in Brenner weighed on consumer \
stocks, while Turkish banks rallied after a surprise rate cut.

The pan-European Stoxx 600 closed 0.4% lower. Germany's DAX fell 0.6% and France's CAC 40 \
lost 0.3%, while London's FTSE 100 ended flat.

Brenner tumbled 8.2% after the appliance maker recalled 310,000 dishwashers over a faulty \
heating element that it said could cause fires in 14 countries.

In Istanbul, the BIST 100 jumped 2.1% as lenders gained after the central bank cut its \
benchmark rate by 250 basis points."""

REACTION = """Seoul shares fell on Thursday after the Bank of Korea raised its base rate by a \
quarter point to 3.0%, with the KOSPI closing 1.1% lower as exporters slid.

Analysts said the won could firm further if the central bank signals more tightening; the \
KOSDAQ lost 0.8%."""

RECALL = [
    (
        "Wire",
        "Brenner recalls 310,000 dishwashers over fire risk",
        "Appliance maker Brenner is recalling 310,000 dishwashers sold in 14 countries because "
        "a faulty heating element can overheat and cause fires, the company said on "
        "Wednesday. Owners should stop using the machines until a technician replaces the "
        "part, Brenner said.",
    ),
    (
        "Consumer Daily",
        "310,000 Brenner dishwashers recalled after kitchen fires",
        "Brenner has recalled 310,000 dishwashers in 14 countries after reports of kitchen "
        "fires caused by an overheating heating element. The company will replace the part "
        "free of charge, it said.",
    ),
]


def test_a_wrap_names_several_indexes_a_market_report_one():
    """A wrap names three indexes or more; a report of one event's effect on one market names
    one or two, and its lead speaks of the market; a recall's lead does not."""
    assert markets_wrap(WRAP)
    assert not markets_wrap(REACTION)
    # indexes of several words, and in other scripts, each found past the hints read first
    assert markets_wrap("Shanghai Composite, Straits Times Index and the SET index")
    assert markets_wrap("日経平均は反落、TOPIXも下落。恒指も下げた。")
    assert markets_wrap("Индекс Мосбиржи, индекс РТС и Dow Jones")
    # blind-day-68: Toronto's and MSCI's indexes, with Europe's STOXX 600; the Nordics'
    assert markets_wrap(
        "The MSCI All Country World index rose, the STOXX 600 added 0.4% and the S&P/TSX "
        "composite index was flat."
    )
    assert markets_wrap("The OMXS30 rose, the OMXH25 fell and the OMXC25 was flat.")
    # Germany's indexes beyond the Dax, and Europe's blue chips beside its 600
    assert markets_wrap("Der Dax gab 0,3 Prozent nach, der MDax 0,5 Prozent, der TecDax stieg.")
    assert markets_wrap("Le CAC 40 recule, l'Euro Stoxx 50 aussi ; le Stoxx 600 est stable.")
    assert markets_wrap("The Swiss Market Index, Vienna's ATX index and the BEL 20 all fell.")
    # ... but one index however it is spelled is one, and Spain's SMI is its minimum wage
    # (the review's)
    assert not markets_wrap(
        "The pan-European STOXX 600 fell 1.2%, with the STOXX Europe 600 banks index down 4%; "
        "the Stoxx banks index has lost a tenth this year."
    )
    assert not market_report("El Gobierno y los sindicatos pactan subir el SMI a 1.184 euros")
    assert not market_report("Dell unveils new ATX motherboards at CES")
    # ... not an exchange where a company is listed, nor MSCI the company
    assert not market_report("JSE-listed miner says five killed in shaft accident")
    assert not market_report("MSCI downgrades Adani Green's ESG rating")
    assert not markets_wrap("The miner, listed on the JSE, the ASX and the TSX, said five died.")
    assert market_report("Seoul shares fall as KOSPI slides after rate hike")
    assert market_report("European shares slip as Brenner slumps on recall")
    assert not market_report(RECALL[0][1] + "\n" + RECALL[0][2])


def test_a_wrap_is_no_report_of_the_recall_it_tells():
    """The wrap shares the recall's company, its 310,000 dishwashers and 14 countries, and
    joined the recall's story; the recall's two reports stay one story and the wrap is
    another."""
    recall = [
        news_article(outlet, title, text, T0 + dt.timedelta(hours=k))
        for k, (outlet, title, text) in enumerate(RECALL)
    ]
    wrap = news_article(
        "Markets Desk", "EUROPE MARKETS: Stocks slip as Brenner slumps on recall", WRAP, T0
    )
    stories = cluster([*recall, wrap], set(), T0 + dt.timedelta(hours=3))
    grouped = sorted(sorted(a.outlet for a in s.articles) for s in stories)
    assert grouped == [["Consumer Daily", "Wire"], ["Markets Desk"]]
