"""Countries by their names in other languages (country_names.py): in a text of one language
a country's name there names the country, not a city that GeoNames gives that name too."""

import pytest
from test_cluster_languages import stories_of

from briefgen.gazetteer import gazetteer
from briefgen.places import find

QUAKE_EN = (
    "en",
    "Magnitude 5.8 earthquake kills two in northern Armenia",
    "A magnitude 5.8 earthquake struck northern Armenia early on Thursday, killing two people "
    "and damaging dozens of houses in Lori province, the emergency ministry said. The quake "
    "hit at 3:42 a.m. at a depth of 10 km near the town of Spitak.\n\nRescuers pulled a "
    "woman from the rubble of a collapsed barn. Schools in the province will stay shut on "
    "Friday while engineers inspect them.",
)
QUAKE_DE = (
    "de",
    "Zwei Tote bei Erdbeben in Armenien",
    "Bei einem Erdbeben der Stärke 5,8 sind in Armenien am Donnerstagmorgen zwei Menschen "
    "ums Leben gekommen. Das Beben ereignete sich in zehn Kilometern Tiefe im Norden des "
    "Landes, wie das Katastrophenschutzministerium mitteilte.\n\n"
    "Dutzende Häuser wurden beschädigt. Die Schulen der Provinz bleiben am Freitag "
    "geschlossen.",
)


def test_countries_by_their_names_in_other_languages():
    """Polen, Espagne, Alemania (CLDR); a city before a country's foreign name (Granada, the
    city, is Grenada in Spanish). A name that is a common word in another language names
    nothing in a text of that language and still names its country in its own: Gana is
    Ghana in Portuguese and "wins" in Spanish; Cina is China in Italian and "dinner" in
    Romanian; Japon is Japan in French and "Japanese" in Turkish."""
    names = gazetteer().names
    assert names["polen"].key == "n:PL" and names["espagne"].key == names["españa"].key
    assert names["alemania"].key == names["niemcy"].key == "n:DE"
    assert names["granada"].key == "c:granada"
    for language, text, country in [
        ("pt", "O presidente visitou Gana.", "n:GH"),
        ("es", "El equipo que gana. El presidente visitó Gana.", None),
        ("it", "Il ministro è arrivato in Cina.", "n:CN"),
        ("ro", "Cina a fost servită la ora opt.", None),
        ("fr", "Le ministre est arrivé au Japon.", "n:JP"),
        ("de", "Der Minister reiste nach Italien und Syrien.", "n:IT"),
        ("es", "El ministro viajó a Polonia.", "n:PL"),
        # and in Malay, Indonesian, Swahili and Vietnamese: a Malay report of a quake
        # "di selatan Filipina" named Malaysia only, and was cut from the quake's others
        ("ms", "Gempa bumi di selatan Filipina tidak timbulkan ancaman.", "n:PH"),
        ("id", "Gempa mengguncang Filipina selatan pagi ini.", "n:PH"),
        ("sw", "Tetemeko la ardhi limetokea nchini Ufilipino.", "n:PH"),
        ("vi", "Động đất mạnh ở Thổ Nhĩ Kỳ sáng nay.", "n:TR"),
        # and in Kazakh, Kyrgyz and Mongolian Cyrillic, whose names are not Russian's
        ("kk", "Ресей мен Қытай арасындағы сауда өсті.", "n:RU"),
        ("mn", "Засгийн газар Хятад руу нүүрс экспортолно.", "n:CN"),
        ("ky", "Кытай менен Кыргызстан келишимге кол коюшту.", "n:CN"),
        # ... not those that are Russian's or Ukrainian's words and names (the review's:
        # Mongolian's Франц, Болгар, Сири, Грек and Чех are France, Bulgaria, Syria, Greece
        # and Czechia)
        ("ru", "Выставка посвящена писателю Францу Кафке.", None),
        ("ru", "Город Болгар принял миллион туристов.", None),
        ("uk", "Корпорація Apple оновила Сири.", None),
        ("ru", "Грек задержан в аэропорту, а Чех выиграл гонку.", None),
    ]:
        found = find(text, {}, {}, language=language).places
        assert (country in found) if country else not found, (language, text, found)


@pytest.mark.parametrize(
    ("language", "text", "country"),
    [
        ("de", "In Großbritannien trägt der Sturm einen anderen Namen.", "n:GB"),
        ("fr", "Les rafales ont frappé la Grande-Bretagne dans la nuit.", "n:GB"),
        ("it", "Il ministro è arrivato in Olanda ieri sera.", "n:NL"),
        ("el", "Ο υπουργός ταξίδεψε στην Ολλανδία.", "n:NL"),
        ("de", "Der Minister reiste am Montag in die USA.", "n:US"),
        ("ru", "В США заявили о новых пошлинах.", "n:US"),
        ("tr", "Bakan dün ABD'ye gitti.", "n:US"),
        ("pt", "O governo dos EUA anunciou novas tarifas.", "n:US"),
        ("tr", "İngiltere'de grev var.", "n:GB"),
        ("ru", "Авария в Южной Корее унесла жизни трех человек.", "n:KR"),
        # South Asian and Persian news: Britain, in a case of its own too
        ("hi", "ब्रिटेन ने बयान जारी किया।", "n:GB"),
        ("bn", "ব্রিটেন নতুন শুল্ক ঘোষণা করেছে।", "n:GB"),
        ("te", "బ్రిటన్‌లో కొత్త చట్టం.", "n:GB"),
        ("ml", "ബ്രിട്ടൻ പുതിയ നിയമം കൊണ്ടുവന്നു.", "n:GB"),
        ("fa", "انگلیس تحریم‌های تازه اعلام کرد.", "n:GB"),
    ],
)
def test_a_country_by_the_name_news_gives_it_where_cldr_gives_another(language, text, country):
    """CLDR names Britain "Vereinigtes Königreich" in German and the Netherlands "Paesi
    Bassi" in Italian; German news writes "Großbritannien", Italian "Olanda", and German,
    Russian, Greek, Turkish and Portuguese news name the US by an acronym (USA, США, ΗΠΑ,
    ABD, EUA); Hindi, Bengali, Telugu, Malayalam and Persian news name the UK Britain, where
    CLDR has यूनाइटेड किंगडम."""
    assert country in find(text, {}, {}, language=language).places


def test_latin_america_in_hindi_names_no_country():
    """South Asian news names the US America, and Latin America too (लैटिन अमेरिका): the US
    is not read from it (the review's)."""
    assert "n:US" not in find("लैटिन अमेरिका में बाढ़ आई।", {}, {}, language="hi").places


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Abd el-Fattah, 43, was released on Monday.", "en"),
        ("His mother said Abd el-Fattah would fly home.", "en"),
        ("Usa il telefono solo in caso di emergenza.", "it"),
    ],
)
def test_a_listed_acronym_names_its_country_only_in_capitals(text, language):
    """ABD and USA name the US in Turkish and German; "Abd" is part of an Arabic name, and
    Italian's "Usa" is "use"."""
    assert "n:US" not in find(text, {}, {}, language=language).places


def test_a_country_s_name_in_another_language_is_the_country_not_a_city_named_so():
    """GeoNames gives Colombia's city of Armenia the country's names in other languages
    ("Armenien", "Ermənistan"), Mexico City Mexico's ("Mexiko", "Meksyk"), China's Hainan
    Taiwan's in Polish ("Tajwan"), the US state of Georgia the country's in German and
    Turkish ("Georgien", "Gürcistan"): each names the country. A city's own name stays the
    city's (Granada, Grenada's name in Spanish)."""
    names = gazetteer().names
    for name, country in [
        ("armenien", "n:AM"),
        ("ermənistan", "n:AM"),
        ("ermenistan", "n:AM"),
        ("mexiko", "n:MX"),
        ("meksyk", "n:MX"),
        ("tajwan", "n:TW"),
        ("georgien", "n:GE"),
        ("gürcistan", "n:GE"),
    ]:
        assert names[name].key == country, (name, names[name])
    assert names["granada"].key == "c:granada"
    assert names["brasilia"].key == "c:brasília"  # its own name unaccented (Brazil in Finnish)
    found = find(
        "Zəngəzur dəhlizinin Ermənistan ərazisindən keçən hissəsində tikinti başlayıb.",
        {},
        {},
        language="az",
    ).places
    assert "n:AM" in found and "n:CO" not in found, found


def test_every_name_of_a_country_is_one_name():
    """countryinfo holds two records of some countries (the United Kingdom and Wales, Burma
    and Myanmar): the names in other languages gave the UK as "wales" and the English ones
    as "united kingdom", so a French report's Royaume-Uni and an English one's Britain
    shared no name, and Japanese ミャンマー was Burma where Chinese 缅甸 was Myanmar."""
    names = gazetteer().names
    named: dict[str, set[str]] = {}
    for place in names.values():
        if place.key.startswith("n:"):
            named.setdefault(place.key, set()).add(place.name)
    assert {key: found for key, found in named.items() if len(found) > 1} == {}
    assert names["royaume-uni"] == names["britain"] == names["英国"]
    assert names["ミャンマー"] == names["缅甸"] == names["myanmar"]


def test_a_quake_in_armenia_told_in_german_and_in_english_is_one_story():
    """Read as Colombia's city, the German "Armenien" put the two reports in two countries,
    and the cut for events told in two places kept them apart."""
    assert stories_of(QUAKE_EN, QUAKE_DE) == [{"outlet0", "outlet1"}]
