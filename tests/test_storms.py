"""A storm's name, written as each language writes it, makes its reports one story (storms.py,
cuts.one_storm) when they name a place in common, or give one typhoon's number: a Danish
report of ferries stopped by Norway's storm shares little else with the Norwegian report of
its red warning."""

import json

import pytest
from test_cluster_languages import stories_of

from briefgen.storm_glosses import called, glossed
from briefgen.storms import TYPHOON_NAMES, aliased, name_keys, numbered, storm_keys
from briefgen.words import simplified

WARNING_NO = (
    "no",
    "Rødt farevarsel for Vestlandet: «Solvor» gir orkan i kastene",
    "Meteorologisk institutt har sendt ut rødt farevarsel for kysten av Vestland og Møre og "
    "Romsdal. Ekstremværet «Solvor» ventes å gi vindkast på opptil 42 meter per sekund fra "
    "fredag ettermiddag.\n\nBergensbanen stenges fra klokken 15, og skolene i Bergen holder "
    "stengt. Nettselskapene advarer om at mange kan miste strømmen i natt.",
)
FERRIES_DA = (
    "da",
    "Færgerne fra Hirtshals ligger stille",
    "Uvejret «Solvor», der fredag rammer den norske vestkyst, stopper alle afgange fra "
    "Hirtshals til Kristiansand indtil fredag aften. Lastbilchauffører venter på kajen, og "
    "rederiet tilbyder ombooking uden gebyr.\n\nDMI varsler kraftig vind langs "
    "Nordjyllands vestkyst, men ingen stormflod.",
)
OTHER_STORM_SV = (
    "sv",
    "Stormen «Edla» fäller träd i Västsverige",
    "Stormen «Edla» drog in över Göteborg natten till fredag och fällde träd över vägar och "
    "järnvägar. SMHI har utfärdat orange varning för Västra Götaland och Halland.\n\n"
    "Omkring 30 000 hushåll saknar ström, uppger Ellevio.",
)


def test_a_storm_is_keyed_by_its_name_as_each_language_writes_it():
    tora = {"storm:tr"}
    assert storm_keys("Storm Tora closes the Bergen railway", "en") == tora
    assert storm_keys("Uvejret «Tora» rammer Vestnorge", "da") == tora
    assert storm_keys("Rødt farevarsel: «Tora» kan gi orkan i kastene", "no") == tora
    assert "storm:tr" in storm_keys("Tora-myrsky riepottelee Pohjanmaata", "fi")
    assert storm_keys("Sturmtief Tora erreicht Norwegen", "de") == tora
    # a name of one consonant by its letters: its consonant alone would meet Ida's, Ana's
    assert storm_keys("Storm Enya: amber warning for Aberdeen", "en") == {"storm=enya"}
    assert storm_keys("Hurricane Ida nears Louisiana", "en") == {"storm=ida"}
    murasu = "storm:mrs"
    assert murasu in storm_keys("Cyclone Murasu makes landfall near Cuddalore", "en")
    assert murasu in storm_keys("முரசு புயல் இன்று இரவு கரையைக் கடக்கும்", "ta")
    assert murasu in storm_keys("चक्रवात 'मुरासु' तमिलनाडु तट की ओर", "hi")
    jangmi = "storm:snm"
    assert jangmi in storm_keys("Typhoon Jangmi kills four in central Vietnam", "en")
    assert jangmi in storm_keys('อิทธิพลพายุ "จังมี" ทำให้ฝนตกหนัก', "th")
    lanari = "storm:rnr"
    assert lanari in storm_keys("Typhoon Lanari lashes Miyako island", "en")
    assert lanari in storm_keys("台风“拉纳莉”来袭 福建启动应急响应", "zh")
    assert lanari in storm_keys("제17호 태풍 '라나리' 북상", "ko")
    # German quotes open low; a storm named as a town is (blind-day-63: Nirmal, Telangana)
    assert storm_keys("Sturmtief „Yasmin“: Bahn stoppt Fernverkehr", "de") == {"storm:smn"}
    nirmal = {"storm:nrmr"}
    assert storm_keys("Cyclone Nirmal weakens after landfall", "en") == nirmal
    assert storm_keys("चक्रवात 'निर्मल' ने तमिलनाडु में मचाई तबाही", "hi") == nirmal
    assert storm_keys("चक्रवाती तूफान 'निर्मल' तट से टकराया", "hi") == nirmal  # "cyclonic storm"


def test_a_chinese_name_of_the_typhoon_committee_s_list_is_that_name():
    # Chinese translates some names and transliterates others its own way, mainland and
    # Taiwan apart: their sounds meet no other language's
    jangmi = "storm:snm"  # "rose"
    assert jangmi in storm_keys("台风“蔷薇”登陆越南中部 已致2人死亡", "zh")
    assert jangmi in storm_keys("颱風「薔薇」登陸越南", "zh")  # in traditional characters
    assert jangmi in storm_keys("薔蜜颱風外圍環流影響", "zh")  # Taiwan's name for it
    nakri = "storm:nkr"  # najili, nakeli
    assert nakri in storm_keys('台风"娜基莉"登陆菲律宾东萨马省', "zh")
    assert nakri in storm_keys("颱風娜克莉橫掃菲律賓中部", "zh")  # Taiwan's, unquoted after it
    assert "storm:prst" in storm_keys("今年第27号台风“百里嘉”进入南海", "zh")  # Barijat
    # a name that is a common word ("butterfly") before the storm's word, as a rare one is
    assert "storm:ptp" in storm_keys("蝴蝶台风逼近海南", "zh")  # Wutip
    assert storm_keys("超强台风逼近海南", "zh") == frozenset()  # "super typhoon"
    # a name of two characters after it opens too many words: a temple of the sea god, a
    # hurricane in South Carolina (Haishen, Nangka)
    assert storm_keys("台风海神庙受损", "zh") == frozenset()
    assert storm_keys("飓风南卡罗来纳州登陆", "zh") == frozenset()
    # Japanese writes the list's names in katakana: its Han words are no Chinese names
    assert storm_keys("、銀河台風", "ja") == storm_keys("鳳凰台風が北上", "ja") == frozenset()


def test_each_chinese_name_of_the_typhoon_table_is_one_storm_s_in_simplified_characters():
    pairs = json.loads(TYPHOON_NAMES.read_text(encoding="utf-8"), object_pairs_hook=list)
    listed = dict(pairs)
    assert len(listed) == len(pairs) == 159  # no name twice (a second would hide the first)
    chinese = [name for names in listed.values() for name in names]
    assert len(chinese) == len(set(chinese))
    assert all(simplified(name) == name for name in chinese)


def test_chinese_japanese_and_korean_number_a_season_s_typhoons_alike():
    assert "storm#17" in storm_keys("台風17号、宮古島地方に今夜最接近", "ja")
    assert "storm#17" in storm_keys("今年第17号台风“拉纳莉”来袭", "zh")
    assert "storm#17" in storm_keys("제17호 태풍 '라나리' 북상", "ko")
    assert "storm#10" in storm_keys("台風１０号が上陸", "ja")  # in full-width digits


def test_a_word_beside_a_storm_s_that_names_no_storm_is_no_key():
    assert storm_keys("Storm i Norge aflyser færger fra Hirtshals", "da") == frozenset()
    assert storm_keys("The Storm Prediction Center warned of tornadoes", "en") == frozenset()
    assert storm_keys("Storm damage on Monday closed the line", "en") == frozenset()
    assert storm_keys("A storm on Friday felled trees", "en") == frozenset()
    # a storm in a figure of speech, and words between that are no storm's
    assert storm_keys("Sturm der Entrüstung nach Merz-Äußerung", "de") == frozenset()
    assert storm_keys("Perfect storm for Biden as polls slide", "en") == frozenset()
    assert storm_keys("Tempête politique à Matignon", "fr") == frozenset()
    assert storm_keys("Hurricane's eye hits Tampa's bay", "en") == frozenset()
    assert storm_keys("'Nightmare' for farmers as storm hits", "en") == frozenset()
    assert storm_keys("عملیات طوفان الاقصی", "fa") == frozenset()  # Al-Aqsa Flood
    assert storm_keys("今年首个台风生成", "zh") == frozenset()  # this year's first typhoon
    assert storm_keys("태풍 3호선 운행 중단", "ko") == frozenset()  # metro line 3
    assert storm_keys("…புயல் கரையைக் கடந்தது", "ta") == frozenset()  # crossed the shore
    assert storm_keys("Burza Crobex pala", "hr") == frozenset()  # no words for Croatian
    # a capital, or a town without quotes nor capitals, is where a storm is (சென்னை புயல்,
    # "the Chennai cyclone")
    assert storm_keys("Typhoon Manila: schools closed", "en") == frozenset()
    assert storm_keys("Storm Birmingham: trains cancelled", "en") == frozenset()  # a known city
    assert storm_keys("चक्रवाती परिसंचरण बना हुआ है", "hi") == frozenset()  # "cyclonic circulation"
    assert storm_keys("சென்னை புயல் கரையைக் கடந்தது", "ta") == frozenset()


def test_the_reports_of_one_named_storm_are_one_story_and_another_storm_is_another():
    stories = stories_of(WARNING_NO, FERRIES_DA, OTHER_STORM_SV)
    assert stories == [{"outlet0", "outlet1"}, {"outlet2"}]
    # ... but one name with no place in common is no storm in common: storms of other
    # seasons and other seas are given one name ("den norske vestkyst" names Norway:
    # adjectives.py)
    elsewhere = (
        FERRIES_DA[0],
        FERRIES_DA[1],
        FERRIES_DA[2].replace("Kristiansand", "Færøerne").replace("norske", "færøske"),
    )
    assert stories_of(WARNING_NO, elsewhere) == [{"outlet0"}, {"outlet1"}]


def test_in_a_large_batch_one_storm_and_place_make_two_reports_worth_comparing(monkeypatch):
    from briefgen import candidates

    monkeypatch.setattr(candidates, "ALL_PAIRS", 0)  # as in a batch of more than 300
    vectors = [{"ferje": 1.0, "kai": 1.0}, {"skole": 1.0, "bybane": 1.0}, {"tog": 1.0}]
    storms = [{"storm:srpr n:NO"}, {"storm:srpr n:NO"}, set()]  # (cuts.storm_places)
    left, right = candidates.candidate_pairs(vectors, vectors, vectors, storms)
    assert list(zip(left.tolist(), right.tolist(), strict=True)) == [(0, 1)]
    left, _ = candidates.candidate_pairs(vectors, vectors, vectors, [set()] * 3)
    assert len(left) == 0


TYPHOON_JA = (
    "ja",
    "台風17号、宮古島で最大瞬間風速61.8メートル　1人死亡",
    "非常に強い台風17号は18日夜、宮古島付近を通過した。午後7時過ぎに最大瞬間風速61.8メートルを"
    "観測し、屋根の補修作業中だった70代の男性が転落して死亡した。\n\n"
    "約4万戸が停電しており、暴風がおさまるまで復旧作業に入れない。",
)
TYPHOON_EN = (
    "en",
    "Typhoon Lanari lashes Japan's southern islands, Taiwan braces for landfall",
    "Typhoon Lanari battered Japan's southern islands overnight with gusts above 200 km/h "
    "before turning towards Taiwan, where schools in Yilan and Hualien will close on "
    "Friday.\n\nTaiwan's weather bureau issued a land warning and Eva Air cancelled 40 flights.",
)
TYPHOON_KO = (
    "ko",
    "제17호 태풍 '라나리' 북상…제주, 20일부터 영향권",
    "제17호 태풍 '라나리'가 일본 남쪽 섬들을 지나 북상하고 있다. 기상청은 제주도가 20일부터 "
    "태풍의 간접 영향권에 들 것으로 내다봤다.\n\n제주 해상에는 풍랑 예비특보가 내려졌다.",
)


def test_a_typhoons_number_is_its_name_where_a_lead_gives_both():
    leads = [
        frozenset({"storm#17"}),
        frozenset({"storm#17", "storm:rnr"}),
        frozenset({"storm:rnr"}),
    ]
    assert numbered(leads) == [{"storm#17"}, {"storm#17", "storm:rnr"}, {"storm#17", "storm:rnr"}]
    # a lead of two numbers ties neither to its name, nor is a name given two numbers one
    two = [frozenset({"storm#17", "storm#18", "storm:rnr"}), frozenset({"storm:rnr"})]
    assert numbered(two) == two
    apart = [frozenset({"storm#17", "storm:rnr"}), frozenset({"storm#18", "storm:rnr"})]
    assert numbered([*apart, frozenset({"storm:rnr"})])[2] == {"storm:rnr"}
    # the Japanese report names the typhoon by its number alone, the English one by its
    # name alone, and they share no place the gazetteer knows in both scripts: the Korean
    # lead, which gives both, makes the three one story
    assert stories_of(TYPHOON_JA, TYPHOON_EN, TYPHOON_KO) == [{"outlet0", "outlet1", "outlet2"}]
    assert stories_of(TYPHOON_JA, TYPHOON_EN) == [{"outlet0"}, {"outlet1"}]


def test_a_storm_s_other_name_is_the_one_given_in_brackets_after_its_own():
    """The Philippines name a typhoon apart from its international name, and a report gives
    the other in brackets after its own; a name a text gives otherwise is no other name of
    its storm ("a week after Storm Norbert", "another cyclone, called Ilanga")."""
    assert glossed("Typhoon Samuel (international name: Bualoi) hit Samar", "en") == {"bualoi"}
    assert glossed("Bagyong Samuel (Bualoi) ang tumama sa Samar", "tl") == {"bualoi"}
    assert glossed("khi đổ bộ, bão (tên địa phương là Samuel) đã khiến", "vi") == {"samuel"}
    assert glossed("It comes a week after Storm Norbert battered the coast", "en") == set()
    assert glossed("Wakati huo huo, kimbunga kingine kinachoitwa Ilanga", "sw") == set()
    assert glossed("Storm Amy (UK) and Typhoon Koinu (No. 14)", "en") == set()  # a place, a word


@pytest.mark.parametrize(
    ("text", "language", "other"),
    [
        (
            'Sturmtief "Quirin" tobt. In Großbritannien trägt der Sturm den Namen "Fenna".',
            "de",
            "fenna",
        ),
        (
            'Storm Elin hit Ireland. In Germany, where the system has been named "Norbert", ...',
            "en",
            "norbert",
        ),
        ("Stormen hærgede i nat Irland, hvor den kaldes Elin.", "da", "elin"),
        ("Typhoon Haitang, locally named Yayang, gained strength.", "en", "yayang"),
        ("El tifón Sinlaku, llamado Tekla por los meteorólogos filipinos.", "es", "tekla"),
        (
            "Le typhon Fung-wong, baptisé « Uwan » aux Philippines, a fait trois morts.",
            "fr",
            "uwan",
        ),
        ("Typhoon Fung-wong, known locally as Uwan, hit Luzon.", "en", "uwan"),
        ("Storm Amy, which Germany named Bodo, battered Ireland for the second day.", "en", "bodo"),
        ("Шторм «Кира» получил название «Норберт» в Германии.", "ru", "norbert"),
    ],
)
def test_a_storm_s_other_name_is_the_one_a_report_says_it_is_given(text, language, other):
    """A report says what its storm is called elsewhere ("trägt den Namen", "kaldes",
    "locally named"); not where the sentence is of another storm, nor where the storm is
    named by someone ("named by Met Éireann") or "the sixth named storm"."""
    assert glossed(text, language) == {other}


def test_a_name_given_to_another_storm_or_to_no_storm_is_no_other_name():
    assert glossed("Storm Ana. Another storm, named Gerrit, follows on Friday.", "en") == set()
    assert glossed("Sturm Anna. Ein anderer Sturm namens Bodo folgt.", "de") == set()
    assert glossed("Storm Fenna is the sixth named storm of the season.", "en") == set()
    assert glossed("Storm Bert is the strongest named storm since Ashley.", "en") == set()
    assert glossed("Storm Bert is the latest named storm after Ashley.", "en") == set()
    assert glossed("Storm Ana. The storm was named by Met Éireann on Friday.", "en") == set()


def test_names_glossed_in_any_report_are_one_storm_s_and_sound_alikes_stay_apart():
    samuel, bualoi, tekla, bailu = (frozenset({n}) for n in ("samuel", "bualoi", "tekla", "bailu"))
    leads = [name_keys(n) for n in ("samuel", "bualoi", "tekla", "bailu")]
    # one report glosses Samuel as Bualoi, another Tekla as Bualoi: three names of one storm
    tied = aliased(
        leads, [samuel, bualoi, tekla, bailu], [bualoi, frozenset(), bualoi, frozenset()]
    )
    assert tied[0] == tied[1] == tied[2] == {"storm:smr", "storm:pr", "storm:tkr"}
    assert tied[3] == {"storm:pr"}  # Bailu sounds as Bualoi does, and is given no other name
    assert aliased(leads, [samuel, bualoi, tekla, bailu], [frozenset()] * 4) == leads
    # an agency in brackets is no lead's storm; a lead of two storms glosses neither
    pagasa = [frozenset({"pagasa"})] * 4
    assert aliased(leads, [samuel, bualoi, tekla, bailu], pagasa) == leads
    two = [samuel | tekla, bualoi, frozenset(), bailu]
    assert aliased(leads, two, [bualoi, frozenset(), frozenset(), frozenset()]) == leads


def test_a_typhoon_chinese_reports_translate_is_one_story_with_the_others():
    nakri_en = (
        "en",
        "Typhoon Nakri makes landfall in Eastern Samar",
        "Typhoon Nakri made landfall in Guiuan, Eastern Samar, on Friday morning with winds of "
        "150 km/h, the Philippine weather bureau said.\n\nMore than 200,000 people were "
        "evacuated across the Visayas; two fishermen are missing off Leyte.",
    )
    nakri_zh = (
        "zh",
        "台风“娜基莉”登陆菲律宾东萨马省",
        "今年第26号台风“娜基莉”5日早晨在菲律宾东萨马省登陆，登陆时中心附近最大风力每秒42米。"
        "菲律宾当局已疏散约21万人。\n\n中央气象台预计，该台风将于7日进入南海东部海域。",
    )
    assert stories_of(nakri_en, nakri_zh) == [{"outlet0", "outlet1"}]


def test_a_lead_that_names_its_storm_only_by_what_it_is_called_names_it_so():
    """blind-day-65: a Lithuanian report of the storm Nordic forecasters named Ragnhild and
    German ones Ulla ("audra, kurią ... meteorologai pavadino „Ragnhild"") gave its storm no
    name of its own, and Lithuanian had no word for a storm: it stood apart from the
    storm's five other reports."""
    ragnhild_no = (
        "no",
        "Ekstremværet «Ragnhild»: 40.000 uten strøm på Sørlandet",
        "Ekstremværet «Ragnhild» har gitt vindkast på over 40 meter per sekund i Agder. "
        "Rundt 40.000 kunder er uten strøm, og fergene mellom Kristiansand og Hirtshals står "
        "stille.\n\nMeteorologisk institutt venter at uværet trekker mot Sverige og Danmark.",
    )
    ragnhild_lt = (
        "lt",
        "Audra pasiekė Lietuvą: Klaipėdos uostas uždarytas",
        "Per Skandinaviją praūžusi audra, kurią Šiaurės šalių meteorologai pavadino "
        "„Ragnhild“, antradienio vakarą pasiekė Lietuvą. Vėjo gūsiai gali siekti 30 metrų per "
        "sekundę.\n\nKlaipėdos uostas sustabdė laivų eismą. Audra jau pražudė du žmones "
        "Švedijoje ir Danijoje.",
    )
    assert glossed(ragnhild_lt[2], "lt") == {"ragnhild"}
    assert storm_keys("Uraganas „Milton“ pasiekė Floridą", "lt") == name_keys("Milton")
    assert stories_of(ragnhild_no, ragnhild_lt) == [{"outlet0", "outlet1"}]
    # a lead that names another storm so is no report of this one
    other = (
        "lt",
        "Audra Lietuvoje",
        "Audra, kurią meteorologai pavadino „Edla“, nuvertė medžius Klaipėdoje. Ji jau "
        "pražudė du žmones Švedijoje ir Danijoje.",
    )
    assert stories_of(ragnhild_no, other) == [{"outlet0"}, {"outlet1"}]
    # a name in brackets or unquoted after "called", and words that also say "on behalf
    # of", give a lead no storm (the review's: two reports quoting the Storm Prediction
    # Center (SPC) were one storm's)
    assert called("The Storm Prediction Center (SPC) issued a tornado watch.", "en") == set()
    # ... but a name in brackets is (blind-day-30's Vietnamese typhoon report)
    assert called("tâm bão số 14 (tên quốc tế Jangmi) đã đi vào đất liền", "vi") == {"jangmi"}
    assert called("A storm of criticism as officials called Netanyahu a liar.", "en") == set()
    assert called("Nakon oluje, u ime Vlade govorio je Plenković.", "hr") == set()
    assert called("Oluja, koju su nazvali „Ulla“, pogodila je Zagreb.", "bs") == {"ulla"}  # as hr
    assert glossed("Nakon oluje, u ime Vlade govorio je Plenković.", "hr") == set()
    assert called("La tempesta Alex; una altra tempesta, anomenada „Bella“.", "ca") == set()
