"""Datelines (briefgen/datelines.py): the place a report was filed from, as wires, agencies
and papers write it, tells the lead its country; the agency's credit is no name of the event."""

import datetime as dt

from briefgen.datelines import credit, dateline
from briefgen.salience import Profile, profiles
from tests.synthetic_news import news_article

T0 = dt.datetime(2026, 11, 24, 7, tzinfo=dt.UTC)


def test_a_dateline_in_a_capital_tells_the_lead_its_country_not_its_town():
    def profile(text: str) -> Profile:
        return profiles([news_article("Meridian Wire", "Headline", text, T0)])[0]

    kyiv = profile("KYIV, Feb 3 (Meridian Wire) - Prisoners came home through Chernihiv. More.")
    assert kyiv.lead_places == {"c:chernihiv", "n:UA", "k:UA"}  # from the capital: the country
    assert "c:kyiv" in kyiv.places
    seville = profile("SEVILLE, Jan 19 (Meridian) - Real Betis beat Osasuna 2-1. More.")
    assert seville.lead_places == {"c:sevilla", "n:ES", "k:ES"}  # where the reporter went
    aomori = {"c:aomori", "n:JP", "k:JP"}
    for text, lead in (  # Korean, Japanese and Chinese agencies write theirs so
        ("(도쿄=한빛통신) 9일 오전 규모 6.2의 지진이 발생했다.", {"n:JP"}),
        ("【東京＝東亜通信】9日未明、青森県東方沖で地震があった。", aomori),
        ("华夏新闻社东京12月9日电 日本青森县东部海域9日发生6.2级地震。", aomori),
    ):
        assert profile(text).lead_places == lead, text
        assert "c:tokyo" in profile(text).places, text
    # ... but not from a capital whose country the top names fewer cities of than another
    # country's: a bureau writes of its region
    london = profile(
        "LONDON, Feb 3 (Meridian Wire) - Lufthansa grounded most of its fleet as pilots struck. "
        "It cancelled hundreds of flights from Frankfurt and Munich, and Frankfurt's airport "
        "was empty. Of its flights to London, 58 were cancelled."
    )
    assert london.lead_places == set() and "n:GB" in london.places
    # as German, Spanish and French papers write theirs (blind-day-56: "Istanbul/Potsdam."
    # was the lead, and the quake's Malatya in the sentence after it was not)
    malatya = profile(
        "Istanbul/Potsdam. Ein Erdbeben der Stärke 5,8 hat am Donnerstag die Provinz Malatya "
        "im Osten der Türkei erschüttert. Elf Menschen wurden verletzt."
    )
    assert {"c:malatya", "c:istanbul", "c:potsdam"} <= malatya.lead_places
    rabat = profile("Rabat, 5 dic (EFE).- Un incendio arrasó un mercado de Casablanca. Más.")
    assert "c:casablanca" in rabat.lead_places and "@efe" not in rabat.anchors
    for text in ("Berlin (dpa) - Der Bundestag tagt.", "Warschau. Das Parlament tagt."):
        assert profile(text).lead_places == {"n:DE" if "Berlin" in text else "n:PL"}, text
    paris = profile("PARIS, 30 novembre 2026 (Meridian) - Les cheminots sont en grève. Plus.")
    assert "@meridian" not in paris.anchors  # the agency's credit is no name of the event
    assert "c:meridian" not in paris.places and paris.lead_places == {"n:FR"}


def test_the_agencies_of_russia_the_caucasus_and_central_asia_date_their_datelines():
    """blind-day-70: Report.az's "Bakı. 16 dekabr. REPORT.AZ" was read as the lead, whose
    Baku then stood against the refinery fire's Izmir; a date stands between the place and
    the agency, whose credit is a name in capitals, between slashes or in brackets."""
    for text, place, agency in (
        ("Bakı. 16 dekabr. REPORT.AZ\n\nTürkiyənin İzmir vilayətində yanğın olub.", "Bakı",
         "REPORT.AZ"),
        ("МОСКВА, 16 декабря. /ТАСС/. В Измире горит нефтезавод.", "МОСКВА", "ТАСС"),
        ("Астана. 16 декабря. KAZINFORM - В Измире горит нефтезавод.", "Астана", "KAZINFORM"),
        ("Baku, Azerbaijan, Dec.16 (Trend) A refinery is on fire in Izmir.", "Baku, Azerbaijan",
         "Trend"),
    ):  # fmt: skip
        assert (dateline(text)[0], credit(text)) == (place, agency), text
    text = "Baku, Azerbaijan, Dec.16 (Trend) A refinery is on fire in Izmir."
    trend = profiles([news_article("Trend", "Refinery fire", text, T0)])[0]
    assert "c:i̇zmir" in trend.lead_places and "c:baku" not in trend.lead_places
    assert "@trend" not in trend.anchors
    assert dateline("НИЖНИЙ НОВГОРОД, 16 декабря. /ТАСС/. Текст.")[0] == "НИЖНИЙ НОВГОРОД"
    # a company or a country in capitals after the date is the lead's, no agency
    # (blind-day-25; the review's), nor is a word beside a number a date
    for text in (
        "ТАШКЕНТ, 14 октября. АО «Узбекнефтегаз» подписало соглашение.",
        "Kyiv, 16 December. U.S. envoy Keith Kellogg arrived on Monday.",
        "МОСКВА, 16 декабря. США — главный торговый партнёр.",
        "Texas, Phase 2 (ERCOT) begins today with rolling outages.",
        "Berlin, Seite 3 (Politik) Der Kanzler sprach.",
    ):
        assert dateline(text) == ("", 0), text
