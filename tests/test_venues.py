"""Where shares trade is no place of the event (venues.py): a markets piece's "fell 5.8% in
Frankfurt" does not part it from the wire's Munich results."""

import datetime as dt

import numpy as np
import pytest
from synthetic_news import news_article

from briefgen.cluster import cluster
from briefgen.cuts import elsewhere
from briefgen.salience import profiles
from briefgen.venues import without_venues

T0 = dt.datetime(2026, 11, 24, 7, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("Shares in Brennauer fell as much as 5.8 per cent in Frankfurt on Tuesday.",
         "Shares in Brennauer fell as much as 5.8 per cent in           on Tuesday."),
        ("Qingyun Motors shares dropped 4.3% to HK$38.70 in Hong Kong on Tuesday.",
         "Qingyun Motors shares dropped 4.3% to HK$38.70 in           on Tuesday."),
        ("Halvorsen shares fell 7% on the Oslo Børs.",
         "Halvorsen shares fell 7% on the      Børs."),
        # the event's place stays: another clause, or no shares spoken of
        ("Shares of Kessler fell after a fire broke out at its plant in Stuttgart.", None),
        ("Sales fell 4% in Germany, the company said.", None),
        ("Shares fell as investors in Munich sold.", None),
    ],
)  # fmt: skip
def test_where_shares_trade_is_blanked_and_nothing_else(text, left):
    assert without_venues(text) == (left or text)


def test_a_markets_piece_joins_its_event_though_it_names_the_exchange_s_city():
    """The wire names the carmaker's Munich; the markets piece names Frankfurt, where its
    shares trade: both leads named cities of one country, neither the other's, and the
    markets piece was cut from its story. A fire in Frankfurt stays another story."""
    articles = [
        news_article(
            "Wire",
            "Brennauer profit slides 18% as China sales slump",
            "Munich-based carmaker Brennauer said on Tuesday its 2026 operating profit fell 18% "
            "to 6.2 billion euros as sales in China slumped, and cut its dividend to 3.40 euros.",
            T0,
        ),
        news_article(
            "Markets Desk",
            "Brennauer shares skid after profit slide",
            "Brennauer shares fell as much as 5.8% in Frankfurt on Tuesday, dragging European "
            "carmakers lower, as investors balked at a cautious outlook. Analysts said the "
            "dividend cut had been expected.",
            T0 + dt.timedelta(hours=2),
        ),
        news_article(
            "City Paper",
            "Fire destroys warehouse in Frankfurt",
            "A fire destroyed a logistics warehouse in Frankfurt on Tuesday; 40 firefighters "
            "fought the blaze for six hours and no one was hurt.",
            T0 + dt.timedelta(hours=1),
        ),
    ]
    wire, markets, fire = (np.array([i]) for i in range(3))
    read = profiles(articles)
    assert not elsewhere(read, wire, markets)[0]  # Frankfurt is where its shares trade
    assert elsewhere(read, wire, fire)[0]  # ... and where the fire was
    stories = cluster(articles, set(), T0 + dt.timedelta(hours=12), max_stories=10)
    assert sorted(sorted(a.outlet for a in s.articles) for s in stories) == [
        ["City Paper"], ["Markets Desk", "Wire"]
    ]  # fmt: skip
