"""Regions as places of their country, and a city's country told by the article's other places
(briefgen/regions.py)."""

import datetime as dt
from collections import Counter

import pytest

from briefgen.cluster import cluster
from briefgen.gazetteer import gazetteer
from briefgen.models import Article
from briefgen.places import find
from briefgen.salience import profiles
from tests.synthetic_news import news_article

T0 = dt.datetime(2026, 11, 24, 7, tzinfo=dt.UTC)
NONE: Counter[str] = Counter()


def places(text: str) -> dict:
    return dict(find(text, NONE, NONE).places)


def news(outlet: str, title: str, text: str, hours: float = 0) -> Article:
    return news_article(outlet, title, text, T0 + dt.timedelta(hours=hours))


def test_a_region_is_a_place_of_its_country():
    assert places("Snow closed roads across Cumbria.") == {"r:cumbria": 1, "n:GB": 1, "k:GB": 1}
    assert places("Floods hit Minas Gerais.") == {"r:minas gerais": 1, "n:BR": 1, "k:BR": 1}
    assert places("Rain swept Andhra Pradesh.") == {"r:andhra pradesh": 1, "n:IN": 1, "k:IN": 1}


def test_a_region_by_its_name_in_other_languages_and_only_the_region_s_country():
    """pycountry's catalogues name a region in English, French, German...: Bavaria and
    Bavière, whose ISO name Bayern is a football club's in English. Galicia is Spain's:
    countryinfo's list, tried first, gave it (and Spain's other regions) to South Sudan."""
    bavaria = {"r:bayern": 1, "n:DE": 1, "k:DE": 1}  # keyed by the ISO name
    assert places("Floods hit Bavaria on Sunday.") == bavaria
    assert dict(find("Inondations en Bavière.", NONE, NONE, language="fr").places) == bavaria
    assert places("Bayern won 3-1 on Sunday.") == {}
    sicily = {"r:sicilia": 1, "n:IT": 1, "k:IT": 1}
    assert dict(find("Hochwasser in Sizilien", NONE, NONE, language="de").places) == sicily
    assert places("Storm Ingrid hit Galicia on Monday.") == {"r:galicia": 1, "n:ES": 1, "k:ES": 1}


def test_a_region_drawn_since_the_data_is_a_place_of_its_country():
    """Norway split Troms og Finnmark again in 2024, after pycountry's data: a Norwegian and
    a Finnish report of a snow warning for Finnmark ("Finnmarkissa") named no place
    (blind-day-67)."""
    finnmark = {"r:finnmark": 1, "n:NO": 1, "k:NO": 1}
    assert places("A snow warning was issued for Finnmark.") == finnmark
    finnish = "Norja varoittaa lumimyräkästä Finnmarkissa."
    assert dict(find(finnish, NONE, NONE, language="fi").places) == finnmark | {"n:NO": 2}
    assert places("Buses were cancelled in Østfold.")["r:østfold"] == 1


def test_a_region_whose_name_is_a_word_or_of_two_countries_is_no_place():
    assert places("Voters in Limburg went to the polls.") == {}  # Belgium's and the Netherlands'
    assert places("Voters in Unity went to the polls.") == {}  # a South Sudanese state
    assert places("The Centre said it would appeal.") == {}  # a French region
    assert places("Traffic was heavy in Madrid.")["c:madrid"] == 1  # the city, not the region
    assert places("The North East said it would appeal.") == {}  # England's, of common words
    assert places("Glasgow City Council cut its budget.")["c:glasgow"] == 1  # the city


@pytest.mark.parametrize(
    ("text", "region", "country"),
    [  # of common words, but one of them a country's name or a city's
        ("Floods hit New South Wales.", "r:new south wales", "n:AU"),  # not Wales
        ("Wildfires spread in British Columbia.", "r:british columbia", "n:CA"),  # not Britain
        ("Police in Northern Ireland arrested two men.", "r:northern ireland", "n:GB"),
        ("Storms lashed Western Australia.", "r:western australia", "n:AU"),
    ],
)
def test_a_region_named_by_a_country_or_a_city_and_common_words(text, region, country):
    assert places(text) == {region: 1, country: 1, "k:" + country[2:]: 1}


def test_a_city_takes_the_country_of_the_article_s_other_places():
    """Durham, North Carolina, has 280,000 people, Durham in England 48,000: the name alone
    tells the United States, but an article that names Northumberland is England's news."""
    (england, carolina, student) = profiles([
        news("Gazette", "Heavy snow heads for Durham",
             "Gritters are out in Durham and Northumberland ahead of heavy snow."),
        news("Wire", "Heavy rain floods Durham",
             "Streets flooded in Durham, North Carolina, after heavy rain."),
        news("Post", "Student killed in Florence",
             "An American student was killed in Florence on Sunday, police said."),
    ])  # fmt: skip
    assert {"c:durham", "n:GB", "k:GB", "r:northumberland"} <= england.lead_places
    assert not {"n:US", "k:US"} & england.places
    assert {"c:durham", "n:US"} <= carolina.places and "n:GB" not in carolina.places
    assert {"c:florence", "n:IT", "k:IT"} <= student.places  # a country's people are no place of it


def test_a_city_takes_the_country_named_right_after_it_where_a_city_bears_its_name():
    """Tripoli is Libya's capital and a city of Lebanon: "طرابلس شمال لبنان" (Tripoli, north
    Lebanon) and "Tripoli, Lebanon" are Lebanon's news, and Lebanon's Tripoli and Libya's are
    two places (blind-day-82: a building's collapse in one joined clashes in the other).
    "Moscow, Idaho" is America's. A country that follows a city as who, not where, or where
    no city of it bears the name, is no place of it ("In Moscow, US envoy ..."; "In Gaza,
    Israel said")."""
    lebanon_named = find("Fire in Tripoli, Lebanon, kills two.", NONE, NONE).located
    assert lebanon_named == {"c:tripoli": frozenset({"n:LB"})}
    for who in (
        "In Tripoli, Lebanese officials said.",  # a people
        "In Moscow, US envoy Steve Witkoff met Vladimir Putin.",  # who, not where
        "In London, Canada's prime minister met King Charles.",
        "Delegations from Tripoli, Lebanon and Syria met in Cairo.",  # a list
        "Protests spread to Paris, Rome, Moscow, United States.",
    ):
        assert find(who, NONE, NONE).located == {}, who
    (lebanon, libya, idaho, gaza, people) = profiles([
        news("الشمال اليوم", "انهيار مبنى في طرابلس",
             "انهار مبنى قديم في مدينة طرابلس شمال لبنان فجر اليوم، ما أدى إلى مقتل شخصين."),
        news("الساحل", "اشتباكات في طرابلس",
             "اندلعت اشتباكات مسلحة ليلية في طرابلس وعلقت الرحلات في مطار معيتيقة."),
        news("Wire", "Students mourn in Moscow",
             "Students in Moscow, Idaho, mourned four classmates on Sunday."),
        news("Wire", "Strikes in Gaza", "In Gaza, Israel said on Monday it had struck 20 sites."),
        news("Wire", "Clashes in Tripoli",
             "Clashes shook Tripoli, Lebanese officials said, as the airport closed."),
    ])  # fmt: skip
    assert {"c:tripoli", "n:LB", "k:LB"} <= lebanon.lead_places
    assert not {"n:LY", "k:LY"} & lebanon.places
    assert {"c:tripoli", "n:LY", "k:LY"} <= libya.lead_places
    assert {"c:moscow", "k:US"} <= idaho.places and "k:RU" not in idaho.places
    assert {"c:gaza", "k:PS"} <= gaza.places and "k:IL" not in gaza.places
    assert "k:LY" in people.places and "k:LB" not in people.places


def test_a_report_that_names_the_region_joins_one_that_names_the_country():
    """Both tell one snow warning; "Durham" read as North Carolina's made their leads two
    countries', which cut them apart."""
    articles = [
        news("Broadcaster", "Amber snow warning for northern England",
             "Forecasters issued an amber warning for heavy snow across northern England on "
             "Tuesday, with up to 25 centimetres expected on high ground and drivers told to "
             "avoid the A66 and A69."),
        news("Gazette", "Gritters ready as heavy snow heads for Durham and Northumberland",
             "Councils in Durham and Northumberland put all their gritters on standby as an "
             "amber warning for heavy snow came into force, with up to 25 centimetres expected "
             "and the A66 and A69 likely to close.", 2),
        news("Courier", "Heavy rain floods streets in Tampa",
             "Heavy rain flooded streets across Tampa on Tuesday, and drivers were told to "
             "avoid low roads.", 1),
    ]  # fmt: skip
    found = cluster(articles, set(), T0 + dt.timedelta(hours=6))
    assert sorted(sorted(a.outlet for a in s.articles) for s in found) == [
        ["Broadcaster", "Gazette"],
        ["Courier"],
    ]


def test_a_region_by_its_name_in_other_scripts():
    """pycountry's catalogues in Chinese, Japanese, Russian...: a Chinese report of floods
    in 吉兰丹 names Kelantan and Malaysia as a Malay one does; a region abroad in Han
    characters (three or more: 宫城县, Miyagi) or katakana."""
    kelantan = {"r:kelantan": 1, "n:MY": 1, "k:MY": 1}
    assert dict(find("吉兰丹水灾灾民破万", NONE, NONE, language="zh").places) == kelantan
    assert dict(find("Banjir melanda Kelantan.", NONE, NONE, language="ms").places) == kelantan
    assert dict(find("クランタン州で洪水", NONE, NONE, language="ja").places) == kelantan
    assert dict(find("Наводнение в Келантане.", NONE, NONE, language="ru").places) == kelantan
    miyagi = dict(find("宫城县发生地震", NONE, NONE, language="zh").places)
    assert miyagi["r:miyagi"] == 1 and miyagi["n:JP"] == 1
    taiwan = dict(find("台湾省", NONE, NONE, language="zh").places)
    assert "r:hainan" not in taiwan  # a Dutch catalogue's "Hainan" keys no region


@pytest.mark.parametrize(
    ("text", "language"),
    [  # words, and sounds of a region abroad spelled in a script without capitals: no place
        ("他们在西部", "zh"),  # "in the west" (Cameroon's Ouest)
        ("中部省份", "zh"),  # "central provinces" (Malawi's)
        ("他会说德文和法文", "zh"),  # German and French (Devon)
        ("河口附近的丘陵地带", "zh"),  # a river mouth, hills (Gabon's, Benin's)
        ("北海舰队", "zh"),  # the North Sea Fleet: Hokkaido is 北海道
        ("フライトが遅れた", "ja"),  # a flight (Brunei's Belait, ブライト)
        ("गांजा बरामद", "hi"),  # cannabis (Ganja)
        ("אגמים רבים התייבשו", "he"),  # lakes (South Sudan's Lakes)
        ("ฉันไม่เคยไปเลย", "th"),  # "at all" (Loei): Thai has no list of words
    ],
)
def test_a_word_in_a_script_without_capitals_is_no_region(text, language):
    found = dict(find(text, NONE, NONE, language=language).places)
    assert not [key for key in found if key.startswith("r:")], found


def test_indonesia_s_provinces_by_their_names_in_english_and_other_languages():
    """Indonesia's first level is its islands (Sulawesi); its provinces, below them, are the
    places news names, in Indonesian, in English with the compass word first (West Java,
    though "Java" is a word of English), in Chinese."""
    central = {"r:sulawesi tengah": 1, "n:ID": 1, "k:ID": 1}
    assert places("A strong quake hit Central Sulawesi on Friday.") == central
    found = find("Gempa mengguncang Sulawesi Tengah.", NONE, NONE, language="id")
    assert dict(found.places) == central
    assert dict(find("中苏拉威西省发生地震", NONE, NONE, language="zh").places) == central
    assert places("Floods hit West Java.") == {"r:jawa barat": 1, "n:ID": 1, "k:ID": 1}
    assert places("Ferries to the Riau Islands were halted.") == {
        "r:kepulauan riau": 1,
        "n:ID": 1,
        "k:ID": 1,
    }


def test_a_place_after_its_country_s_possessive():
    """ "Indonesia's Central Sulawesi" names the province, as "Central Sulawesi" does: the
    possessive of a place of the region's country opens no longer name. "Lisbon's Metro" is
    no Metro of Indonesia, and "King's Lynn" one name (no Lynn of Massachusetts)."""
    assert places("A quake hit Indonesia's Central Sulawesi.") == {
        "r:sulawesi tengah": 1,
        "n:ID": 2,
        "k:ID": 1,
    }
    assert places("Floods hit Brazil's Minas Gerais.")["r:minas gerais"] == 1
    assert "c:metro" not in places("Lisbon's Metro is closed.")
    assert places("Police in King's Lynn said.") == {}


def test_a_region_that_is_a_city_is_the_city_in_every_script():
    """Szeged is a Hungarian city with county rights, a region to ISO: its Chinese name
    (塞格德, from the region's catalogue) is the city, as "Szeged" is; 青森县 (the prefecture's
    name and its kind) the city 青森, as Japanese 青森県 is read."""
    szeged = dict(find("比亚迪在匈牙利塞格德的工厂投产", NONE, NONE, language="zh").places)
    assert szeged["c:szeged"] == 1 and not [k for k in szeged if k.startswith("r:")]
    aomori = dict(find("青森县发生地震", NONE, NONE, language="zh").places)
    assert aomori["c:aomori"] == 1


def test_a_region_s_cyrillic_name_that_is_a_word_of_another_cyrillic_language_is_none():
    """Ukrainian's catalogue names Malta's Mosta "Моста", which is "of the bridge" in Russian
    and Bulgarian (and Serbian's "Мосту слободе", Liberty Bridge, is read by its forms):
    no region."""
    assert "моста" not in gazetteer().names
    assert not find("Колона је кренула ка Мосту слободе.", {}, {}, language="sr").places
    # but a name common in a language where its region is, or as common in English, is kept
    for text, language, place in [
        ("Протест в Плевен срещу цените на водата.", "bg", "c:pleven"),
        ("Лесные пожары в Калифорнии уничтожили сотни домов.", "ru", "r:california"),
        ("Горски пожари в Калифорния унищожиха стотици домове.", "bg", "r:california"),
        ("Выборы в Вирджинии прошли спокойно.", "ru", "r:virginia"),
    ]:
        assert place in find(text, {}, {}, language=language).places, text
