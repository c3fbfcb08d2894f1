"""Places in scripts without capitals (briefgen.places, gazetteer): Chinese, Japanese and
Korean read in words, Hindi, Arabic and Hebrew by looking their words up; Persian letters one
with Arabic's; a city by the name its own country writes."""

from collections import Counter

from briefgen.gazetteer import fold, gazetteer
from briefgen.places import find

NONE: Counter[str] = Counter()


def places(text: str, language: str = "") -> dict:
    """The places found: 'c:' cities, 'n:' countries, 'k:' countries a named city is in."""
    return dict(find(text, NONE, NONE, language=language).places)


def test_a_city_in_a_script_without_capitals_is_found_by_looking_its_words_up():
    """Hindi, Arabic and Hebrew have no capitals to tell a name by: their words are looked
    up (सूरत is Surat, القاهرة Cairo, ירושלים Jerusalem), in Arabic and Hebrew without the
    one-letter word joined before them (ودمشق "and Damascus", בירושלים "in Jerusalem")."""
    assert places("सूरत की कपड़ा मिल में भीषण आग") == {"c:surat": 1, "n:IN": 1, "k:IN": 1}
    assert places("انفجار في القاهرة ودمشق") == {
        **{"c:cairo": 1, "n:EG": 1, "k:EG": 1},
        **{"c:damascus": 1, "n:SY": 1, "k:SY": 1},
    }
    assert places("גשם כבד בירושלים וירושלים") == {"c:jerusalem": 2, "n:IL": 2, "k:IL": 2}
    assert places("اشتباكات بالقاهرة") == {"c:cairo": 1, "n:EG": 1, "k:EG": 1}
    # ... before a name of two words (بالدار البيضاء: "in Casablanca"), and two such letters
    # (ובתל אביב: "and in Tel Aviv")
    assert places("محطة تحلية بالدار البيضاء") == {"c:casablanca": 1, "n:MA": 1, "k:MA": 1}
    assert places("גשם ובתל אביב") == {"c:tel aviv": 1, "n:IL": 1, "k:IL": 1}
    # only a name's first word is read without such a letter: בראשון לציון is "in Rishon
    # LeZion", not "in first" and Zion; and two only after "and" or "that": לכיוון is "to
    # the direction" (כיוון), not "to as" Greece (יוון)
    rishon = {"c:rishon letsiyyon": 1, "n:IL": 1, "k:IL": 1}
    assert places("הרכבת יצאה בראשון לציון") == rishon
    assert places("הרכבת יצאה לכיוון ראשון לציון") == rishon
    assert places("ויוון") == {"n:GR": 1}
    assert places("وزير الخارجية") == {}  # "minister": و is a letter of the word here
    assert places("दिल्ली से") == {"c:delhi": 1, "n:IN": 1, "k:IN": 1}
    # a city abroad whose name in the script is a common word there is none: מסרו ("they
    # handed over") is no Maseru, دوشنبه ("Monday") no Dushanbe; London stays London
    assert places("הם מסרו את המסמכים") == {}
    assert places("الاثنين دوشنبه") == {}
    assert places("גשם בלונדון") == {"c:london": 1, "n:GB": 1, "k:GB": 1}
    # no list tells Georgian's common words: only its own country's cities are looked up in
    # it (მოსული, "arrived", is no Mosul; თბილისი is Tbilisi)
    assert places("სამაშველოები ადგილზე მოსული") == {}
    assert places("თბილისი") == {"c:tbilisi": 1, "n:GE": 1, "k:GE": 1}
    # nor one its own country's language writes as often as a word: رباط is Rabat in Arabic
    assert places("وصل إلى رباط") == {"c:rabat": 1, "n:MA": 1, "k:MA": 1}
    # nor one a language writes about the city as often as a word: ریاض is Riyadh in Urdu
    assert places("ریاض میں اجلاس ہوا")["c:riyadh"] == 1


def test_an_arabic_script_name_in_persian_letters_or_the_first_word_of_a_longer_name():
    """Persian writes kaf and yeh with letters of its own (ک, ی), Arabic with others (ك, ي):
    one name either way. المدينة ("the city") is the first word of Medina's name, المدينة
    المنورة: every Arabic report that spoke of "the city" named Medina."""
    assert places("زلزله در مشهد") == places("زلزال في مشهد") == {
        "c:mashhad": 1, "n:IR": 1, "k:IR": 1,
    }  # fmt: skip
    assert places("انقطاع الكهرباء في شيراز") == places("قطعی برق در شیراز")
    assert "شیراز" in find("قطعی برق در شیراز", NONE, NONE).words  # a name as written too
    assert places("انقطاع الكهرباء في شيراز")["c:shiraz"] == 1
    assert places("قتل ثلاثة في هجوم قرب المدينة") == {}
    assert places("وصل الحجاج إلى المدينة المنورة")["c:madinah"] == 1
    # ... not a city whose first word is its name, as often as news names it (the review's):
    # القدس of القدس الشريف, راولپنڈی of راولپنڈی شہر, रांची of रांची जिल्ला
    assert places("مواجهات في القدس")["c:jerusalem"] == 1
    assert places("راولپنڈی میں اجلاس")["c:rawalpindi"] == 1
    assert places("रांची में बारिश")["c:ranchi"] == 1
    # Urdu's فوجی ("military") is Arabic-lettered فوجي, an other name of Fuji: none
    assert places("فوجی عدالت") == {}


def test_an_arabic_adjective_after_its_noun_names_no_place():
    """Arabic writes an adjective after its noun, both with the article: "الأسعار الجديدة"
    (the new prices) holds El Jadida's name, "الطريق الأقصر" (the shortest road) Luxor's
    (blind-day-45: Egypt's new fuel prices were placed in Morocco, and cut from the English
    report). The city itself, and a capital after a noun, still count."""
    assert places("وتطبق الأسعار الجديدة اعتبارا من اليوم") == {}
    assert places("بالأسعار الجديدة") == {}
    assert places("الطريق الأقصر إلى الميناء") == {}
    assert places("وصل إلى الأقصر أمس")["c:luxor"] == 1
    assert places("في الجديدة المغربية")["c:el jadida"] == 1
    assert places("وتغادر الوزيرة القاهرة صباح الجمعة")["c:cairo"] == 1


def test_a_word_that_tells_an_event_names_its_place_only_beside_the_country():
    """Arabic's سيول is "floods" and Seoul, بركان "volcano" and Berkane (blind-day-52: a
    report of Petra's flash floods was placed in Seoul). Beside South Korea's name, سيول is
    Seoul."""
    assert places("إخلاء 1700 زائر من البترا إثر سيول مفاجئة", "ar") == {}
    assert places("ثوران بركان في إندونيسيا", "ar") == {"n:ID": 1}
    assert places("قمة في سيول بين كوريا الجنوبية واليابان", "ar")["c:seoul"] == 1


def test_a_city_by_the_name_its_own_country_writes_in_a_script_without_capitals():
    """Kerman (577,000 people) is کرمان in Persian, كرمان in Arabic: Iran's news writes it
    so, as Israel's writes Ashdod אשדוד; such names were known only for cities of a million
    people. Not one that another language of the script writes as a common word: ساري (Sari,
    in Iran) is Arabic for "in force"."""
    kerman = {"c:kerman": 1, "n:IR": 1, "k:IR": 1}
    assert places("زلزله در کرمان") == places("زلزال في كرمان") == kerman
    assert places("גשם כבד באשדוד")["c:ashdod"] == 1
    assert places("القانون ساري المفعول منذ يناير") == {}


def test_a_city_abroad_of_under_a_million_by_a_name_no_language_of_its_script_writes_often():
    """Malatya (750,000 people) is 말라티아 in Korean, マラティヤ in Japanese and ملطية in
    Arabic, names rarer in every language of their script than cities.RARE_OTHER_NAME: a
    Korean and an Arabic report of its quake name it (blind-day-57). A mid-sized city's name
    that is a word there names none: 東方 ("east") no Dongfang, مردان ("men" in Persian) no
    Mardan; nor one in a script without a list of words to tell: Telugu's నెల్లూరు (Nellore,
    550,000 people)."""
    malatya = {"c:malatya": 1, "n:TR": 1, "k:TR": 1}
    assert places("튀르키예 말라티아 지진", "ko") == malatya
    assert places("マラティヤで地震", "ja") == malatya
    assert places("زلزال في ملطية", "ar") == malatya
    names = gazetteer().names
    assert "東方" not in names and "مردان" not in names and "నెల్లూరు" not in names


def test_places_named_in_chinese_and_japanese_are_their_cities_and_countries():
    """No capitals tell a place in Chinese or Japanese: their words are looked up, the
    longest name first (東京都 is Tokyo, not 京都), and a place has one key in every script,
    so a Japanese and an English report of Niigata name one place."""
    niigata = {"c:niigata": 1, "n:JP": 1, "k:JP": 1}
    assert places("新潟県中越地方で地震があった。") == niigata
    assert places("Magnitude 5.9 quake jolts Niigata.") == niigata
    assert places("首尔举行外长会") == {"c:seoul": 1, "n:KR": 1, "k:KR": 1}
    assert places("東京都は会見で") == {"c:tokyo": 1, "n:JP": 1, "k:JP": 1}
    assert places("日本の気象庁によると") == {"n:JP": 1}
    names = gazetteer().names  # Mito by its name, not by its reading (syllables of words)
    assert names["水戸"].key == "c:mito" and "みと" not in names and "ミト" not in names
    assert dict(find("广州清和汽车宣布召回", NONE, NONE).aliases) == {"guangzhou": 1}


def test_a_word_of_a_country_and_its_institution_names_the_country():
    """MeCab reads 日本銀行 (the Bank of Japan) as one word: the country is named all the
    same, as "Bank of Japan" names it (blind-day-37: the Japanese report of the Bank of
    Japan's rate rise shared no place with the English and Chinese ones)."""
    assert places("日本銀行は14日、政策金利を引き上げた。") == {"n:JP": 1}
    assert places("韓国銀行は政策金利を据え置いた。") == {"n:KR": 1}
    assert places("中国外交部发言人表示") == {"n:CN": 1}  # one word to jieba
    assert places("銀行は金利を据え置いた。") == {}
    # and the short names CLDR leaves out (アメリカ合衆国 only): 米国, アメリカ, 英国
    assert places("米国の関税") == places("アメリカの関税") == {"n:US": 1}


def test_a_japanese_name_of_one_word_counts_when_the_tagger_reads_a_name():
    """A city's name in Han characters may be a common word of Japanese: 白銀 ("silver";
    Baiyin), 自由 ("freedom"; Freetown). Chile, Thailand and Mali are two katakana (チリ,
    タイ, マリ), words too ("tie", a person's name): a place when MeCab tags one
    (blind-day-43: a Japanese report of a quake in northern Chile named no place but the
    bureau's São Paulo)."""
    assert places("震度5弱　白銀・鮫で瓦落下", "ja") == {}
    assert places("自由で開かれたインド太平洋", "ja") == {"n:IN": 1}
    assert places("南米チリ北部で地震があった。", "ja") == {"n:CL": 1}
    assert places("タイ・バンコクで", "ja") == {"n:TH": 2, "c:bangkok": 1, "k:TH": 1}
    assert places("日本タイ記録を出した。", "ja") == {"n:JP": 1}
    assert places("歌手のマリさんが来日した。", "ja") == {}
    assert places("白銀市で火災", "ja") == places("白银市发生火灾", "zh")  # as a city's name
    assert places("白银市发生火灾", "zh") == {"c:baiyin": 1, "n:CN": 1, "k:CN": 1}
    assert places("ペルー南部アレキパで", "ja") == {"n:PE": 2, "c:arequipa": 1, "k:PE": 1}


def test_a_place_in_other_han_characters_or_without_its_district_is_found():
    """GeoNames writes Sham Shui Po 深水埗區 ("district"), news 深水埗; Hong Kong writes
    Tsuen Wan 荃灣, the mainland 荃湾 (Chinese is read in simplified characters)."""
    names = gazetteer().names
    assert names["深水埗"].key == "c:sham shui po" and names["深水埗"].country == "n:HK"
    assert names["荃灣"].key == names["荃湾"].key == "c:tsuen wan"
    assert places("深水埗唐樓三級火") == {"c:sham shui po": 1, "n:HK": 1, "k:HK": 1}


def test_places_named_in_korean_and_countries_in_their_cldr_names():
    """A Korean place carries its particle (부산에서, "in Busan"): it is found among the
    word's morphemes. Countries have their Chinese, Japanese, Korean and Thai names (美国,
    미국, ญี่ปุ่น: CLDR), which countryinfo lacked."""
    assert places("부산에서 화재가 발생했다") == {"c:busan": 1, "n:KR": 1, "k:KR": 1}
    busan = {"c:busan": 1, "n:KR": 1, "k:KR": 1}
    assert places("부산항 부두 노동자") == places("부산역 앞") == busan  # its port, its station
    assert places("서울중앙지법은 16일") == {"c:seoul": 1, "n:KR": 1, "k:KR": 1}
    assert places("미국과 일본은") == {"n:US": 1, "n:JP": 1}
    assert places("美国总统表示") == {"n:US": 1}
    assert places("ญี่ปุ่นประกาศ") == {"n:JP": 1}
    assert places("회장이 사과했다") == {}  # no place: 회장 ("chairman") is none
    # only what MeCab tags a place name: 위해 "in order to" is no Weihai, 수단 "means" no
    # Sudan, the particle 이란 no Iran; 인도 is India where it names India
    assert places("목적을 위해 수단과 방법을 가리지 않았다. 행복이란 무엇인가") == {}
    assert places("회의 후에 인도와 이란 대표가 만났다") == {"n:IN": 1, "n:IR": 1}
    # a foreign place spelled out in three syllables or more is one whatever MeCab tags it
    assert places("카타르 선사로부터 수주했다") == {"n:QA": 1}
    assert places("더글러스 맥아더 장군") == {}  # a person's name, not Douglas (Isle of Man)


def test_countries_by_their_cldr_names_in_other_scripts_but_not_a_common_word():
    """Egypt was no place in an Arabic, Hebrew, Russian, Greek or Hindi report (countryinfo
    gives a few countries' own names only); its CLDR names are (مصر, במצרים "in Egypt",
    Египет, मिस्र). Not مالي, Mali, which Arabic and Persian write for "financial"
    far more often than English writes Mali."""
    capital = Counter({"египет": 1})
    for text in ("قال البنك المركزي في مصر", "זה קרה במצרים", "Египет и Россия", "मिस्र में"):
        assert "n:EG" in find(text, capital, NONE).places, text
    assert places("قدم دعما ماليا ودعم مالي كبير") == {}
    assert places("حمایت مالی دولت") == {}


def test_countries_in_georgian_armenian_amharic_and_telugu():
    """An Armenian report of the Upper Lars closure named Georgia (Վրաստանի, Georgia's) and
    Russia, and no place was found: CLDR's names in these scripts were not read."""
    armenian = find("Վրաստանի և Ռուսաստանի սահմանը փակ է", Counter(), NONE, language="hy")
    assert {"n:GE", "n:RU"} <= set(armenian.places)
    # after a vowel the case takes a յ (Թուրքիայի, Turkey's), and a declined country's name
    # ends there: "Turkey's Van province" named no place, Van's quake met no other report
    van = find("Թուրքիայի Վանի նահանգում երկրաշարժ", Counter(), NONE, language="hy").places
    assert "n:TR" in van
    assert "n:GE" in find("საქართველო და სომხეთი", Counter(), NONE, language="ka").places
    # a short Georgian name is a common word too: განა "really?" (Ghana), ჩადი "get in" (Chad)
    assert not find("განა ეს მართალია? ჩადი მანქანაში", Counter(), NONE, language="ka").places
    assert "n:ET" in find("ኢትዮጵያ መንግስት", Counter(), NONE, language="am").places
    assert "n:IN" in find("భారతదేశం ప్రభుత్వం", Counter(), NONE, language="te").places


def test_an_amharic_place_after_its_joined_word_and_a_sinhala_one_with_its_joiner():
    """Amharic writes "of", "in", "for" and "from" joined to the next word (የኢትዮጵያ, "of
    Ethiopia"; ከአዲስ አበባ, "from Addis Ababa"), as Arabic and Hebrew write theirs; Amharic
    reports of an Ethiopian airliner named no place. Sinhala writes Sri Lanka's "Sri" with a
    zero-width joiner inside (ශ්‍රී): the word was cut at it, and the name never found; and
    it declines names (ඉන්දියාවේ, "in India"; කොළඹින්, "from Colombo")."""
    amharic = places("የኢትዮጵያ አየር መንገድ አውሮፕላን ከአዲስ አበባ በሱዳን በኩል", "am")
    assert amharic == {"n:ET": 2, "c:addis ababa": 1, "k:ET": 1, "n:SD": 1}
    assert places("ශ්‍රී ලංකාව සහ ඉන්දියාවේ", "si") == {"n:LK": 1, "n:IN": 1}
    assert places("කොළඹින්", "si") == {"c:colombo": 1, "n:LK": 1, "k:LK": 1}


def test_a_country_by_its_arabic_adjective_and_turkey_by_its_arabic_name():
    """Arabic news names a country by its adjective (the nisba) more often than by its name:
    "البنك المركزي المصري", Egypt's central bank, named no place, and an Arabic and an
    English report of one rate decision shared only two rates. Turkey's تركيا was dropped as
    a common word abroad, measured against CLDR's English "Türkiye", which English seldom
    writes; against "Turkey" it is a country's name."""
    for text, country in (
        ("قرر البنك المركزي المصري تثبيت أسعار الفائدة", "n:EG"),
        ("أعلنت الحكومة المصرية خطة جديدة", "n:EG"),
        ("قالت وزارة الخارجية الروسية", "n:RU"),
        ("وقع زلزال في تركيا", "n:TR"),
        ("أعلنت الحكومة التركية", "n:TR"),
        ("در بانک مرکزی مصری", "n:EG"),  # Persian's letters
    ):
        assert country in places(text), text
    assert places("الوضع المالي صعب") == {}  # مالي, "financial", names no Mali


def test_places_in_lao_khmer_and_burmese_by_their_words():
    """With no words to look them up by, no place was found in these scripts, and the
    gazetteer held none of their names: Cambodia (កម្ពុជា), Phnom Penh, Vientiane, Yangon."""
    khmer = places("កម្ពុជា និងប្រទេសសមាជិកគណៈកម្មការទន្លេមេគង្គ ចុះហត្ថលេខានៅភ្នំពេញ", "km")
    assert khmer == {"n:KH": 2, "c:phnom penh": 1, "k:KH": 1}
    assert places("ກອງປະຊຸມທີ່ວຽງຈັນ ລາວ ແລະ ຫວຽດນາມ", "lo") == {
        "c:vientiane": 1, "n:LA": 2, "k:LA": 1, "n:VN": 1,
    }  # fmt: skip
    assert places("ရန်ကုန်မြို့ မီးလောင်မှု", "my") == {"c:yangon": 1, "n:MM": 1, "k:MM": 1}


def test_a_town_in_its_own_script_is_a_name_not_a_place():
    """A town of fewer than 200,000 people is known by its other names only in its own
    country's script (Πειραιάς, Piraeus; חולון, Holon, whose own name GeoNames writes
    Ḥolon): as a name two reports in two languages may share, not as a place, which would
    cut a local angle from its event (a Van quake felt in Khoy). Nor in Chinese, whose
    towns' names are words (友好, "friendship")."""
    for text, language, town in (
        ("Απεργία στο λιμάνι του Πειραιά", "el", "piraeus"),
        ("ΠΕΙΡΑΙΑΣ — Δεμένα τα πλοία", "el", "piraeus"),
        ("ראש עיריית חולון אמר", "he", "holon"),
    ):
        found = find(text, NONE, NONE, language=language)
        assert found.towns == {town: 1}, text
        assert not found.places, text
    assert not find("两国友好合作", NONE, NONE, language="zh").towns


def test_a_city_of_three_letters_in_arabic_and_no_word_that_is_as_short():
    """Arabic writes no short vowels: Aleppo (حلب), Gaza (غزة), Jeddah (جدة) and Homs (حمص)
    are three letters, and GeoNames writes Jeddah with its marks (جدّة), which news does
    not. Such a name counts where its country writes the script and it is no common word
    there; not Hebrew's שלם ("whole", an old name of Jerusalem, which has a longer one) nor
    מכה ("a blow": Mecca, in a script its country does not write), nor Persian's سده
    ("century", an old name of Khomeyni Shahr). A shadda tells Amman (عمّان) from Oman."""
    assert places("زلزال يهز حلب")["c:aleppo"] == 1
    assert places("قصف على غزة")["c:gaza"] == 1
    assert places("مهرجان البحر الأحمر في جدة")["c:jeddah"] == 1
    assert places("مهرجان في جدّة")["c:jeddah"] == 1
    assert places("احتجاج في عمّان")["c:amman"] == 1
    assert places("הוא שלם את החשבון") == places("מכה קשה לכלכלה") == {}
    assert places("در سده بیستم") == {}


def test_a_name_two_cities_of_one_own_name_bear_names_that_name_in_any_script():
    """India's and Pakistan's Hyderabad are both हैदराबाद, حیدرآباد and ハイデラバード, as
    both are Hyderabad: such a name names the city Hyderabad, of no one country, as the
    English name does (neither city is DOMINANT times the other, which left it unread). A
    name one of them bears alone names that one (Telugu's, India's); a name two cities of
    other own names bear still names neither (cities.DOMINANT)."""
    names = gazetteer().names
    latin = names["hyderabad"]
    assert latin.country == ""
    for name in ("हैदराबाद", "حیدرآباد", "ハイデラバード"):
        assert names[fold(name)] == latin, name
    # a saint's name that many towns of one own name bear is no city (Saint John)
    assert places("圣约翰大学举行毕业典礼。", "zh") == places("圣安娜医院的医生表示。", "zh") == {}
    assert places("హైదరాబాద్ ఏఐ సదస్సులో ఒప్పందాలు", "te") == {
        "c:hyderabad": 1, "n:IN": 1, "k:IN": 1,
    }  # fmt: skip


def test_a_telugu_name_is_found_without_the_final_u_news_drops():
    """GeoNames writes Hyderabad హైదరాబాదు; Telugu news writes హైదరాబాద్, without the u."""
    names = gazetteer().names
    assert names["హైదరాబాద్"].key == names["హైదరాబాదు"].key == "c:hyderabad"
    assert "నెల్లూర్" not in names  # (Nellore: no word list tells a Telugu name from a word)
