"""What around a city's name makes it no place (briefgen/places.py): a clock ("Beijing
time") and a street named after it ("strada Brașov"); and the abbreviations that name a city
(gazetteer.CITY_ABBREVIATIONS)."""

from collections import Counter

from briefgen.places import find

NONE: Counter[str] = Counter()


def places(text: str, language: str = "") -> dict:
    return dict(find(text, NONE, NONE, language=language).places)


def test_a_city_that_tells_the_time_is_no_place():
    """Foreign news gives the hour at home: "北京时间3时17分" is Beijing's clock, not a
    report from Beijing (it cut a Chinese report of a Hokkaido quake from a Japanese one)."""
    tokyo = {"c:tokyo": 1, "n:JP": 1, "k:JP": 1}
    assert places("The quake hit at 4:17 a.m. (Beijing time) off Tokyo.") == tokyo
    assert places("Talks start at 9 a.m. Moscow Standard Time.") == {}
    chinese = "当地时间12日4时17分（北京时间3时17分），北海道发生地震"
    hokkaido = {"r:hokkaido": 1, "n:JP": 1, "k:JP": 1}  # the quake's, not Beijing
    assert dict(find(chinese, NONE, NONE, language="zh").places) == hokkaido
    assert dict(find("日本時間の午前4時、東京で", NONE, NONE, language="ja").places) == tokyo
    assert places("Officials in Beijing said the time had come.")["c:beijing"] == 1
    assert places("Officials said that for Ukraine time is running out.") == {"n:UA": 1}


def test_a_street_named_after_a_city_is_no_place():
    """blind-day-65: a Bucharest blast "pe strada Brașov" (on Brașov Street) led with Brașov,
    and was cut from its English report as of another city. A language that writes a
    street's word before the name; not a word that means something else too ("via Londra",
    by way of London; "la place de Paris", its standing), nor a country."""
    bucharest = "Explozie într-un bloc de pe strada Brașov, din cartierul Drumul Taberei."
    assert places(bucharest, "ro") == {}
    assert places("Explozie la Brașov.", "ro")["c:braşov"] == 1
    for text, language in (
        ("Un incendie rue de Lyon, dans le 12e.", "fr"),
        ("Pożar przy ul. Gdańsk, w nocy.", "pl"),
        ("Incendio en la calle Toledo, de madrugada.", "es"),
    ):
        assert not {k for k in places(text, language) if k.startswith("c:")}, text
    assert "c:london" in places("Voli via Londra cancellati per la nebbia.", "it")
    assert "c:paris" in places("La place de Paris reste forte, dit le ministre.", "fr")
    assert "c:milan" in places("Flights to Rome via Milan were cancelled.", "en")
    assert "n:FR" in places("Un incendie rue de France, à Nice.", "fr")


def test_a_city_s_abbreviation_names_it():
    """blind-day-67: a Vietnamese report of Ho Chi Minh City's metro wrote "TP.HCM", as
    Vietnamese papers do, and met the Japanese one's ホーチミン by nothing but two countries."""
    saigon = {"c:ho chi minh city": 1, "n:VN": 1, "k:VN": 1}
    assert places("Khởi công tuyến metro số 2 ở TP.HCM hôm nay.", "vi") == saigon
    assert places("Tuyến metro TP HCM khởi công.", "vi") == saigon
    assert places("The HCMC metro line broke ground on Thursday.") == saigon
    assert places("A shooting in NYC left two dead.")["c:new york city"] == 1
    assert places("Oracle launched a new HCM cloud suite.") == {}  # human capital management
