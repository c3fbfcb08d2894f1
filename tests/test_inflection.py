"""One name in the forms a batch writes it (inflection.py): declined in Polish, Hungarian,
Finnish or Turkish, and without its accents in English, it is one name; two names that
differ by more than a case ending, or by their accents alone, stay two."""

from collections import Counter

import pytest
from test_cluster_languages import stories_of

from briefgen import places
from briefgen.inflection import unify
from briefgen.salience import Profile

BLOCKADE_EN = (
    "en",
    "Truckers end border blockade after deal with ministry",
    "Polish hauliers lifted their blockade of the Dorohusk border crossing on Wednesday "
    "after striking a deal with infrastructure minister Tomasz Zielinski. The protest had "
    "held up traffic into Ukraine for nine days. Zielinski promised a separate queue for "
    "Polish lorries and said officials in Lublin would oversee it from next week. Drivers "
    "in Dorohusk began moving their vehicles off the road by early afternoon.",
)
BLOCKADE_PL = (
    "pl",
    "Koniec protestu przewoźników na granicy",
    "Przewoźnicy zakończyli w środę blokadę przejścia granicznego w Dorohusku po "
    "porozumieniu z ministrem infrastruktury Tomaszem Zielińskim. Protest trwał dziewięć "
    "dni. Według Zielińskiego osobna kolejka dla polskich ciężarówek ruszy w przyszłym "
    "tygodniu, a nadzór nad nią obejmie urząd w Lublinie. Kierowcy w Dorohusku zaczęli "
    "zjeżdżać z drogi wczesnym popołudniem.",
)
FLOOD_HU = (
    "hu",
    "Harmadfokú készültség a Tiszán",
    "A Tiszán csütörtökön harmadfokú árvízvédelmi készültséget rendeltek el. A polgármester "
    "szerint Szegeden és Csongrádon több száz önkéntes dolgozik a gátakon. A vízügyi "
    "igazgatóság Szolnokon is figyelmeztetést adott ki, a lakosokat arra kérték, kerüljék a "
    "folyópartot.",
)
FLOOD_EN = (
    "en",
    "Hungary raises flood alert on the Tisza river",
    "Hungarian authorities raised flood defences along the Tisza to the highest level on "
    "Thursday. The mayor said hundreds of volunteers were reinforcing dykes in "
    "Szeged and Csongrad, and the water authority in Szolnok urged residents to keep away "
    "from the banks.",
)
QUAKE_TR = (
    "tr",
    "Deprem sonrası okullar tatil edildi",
    "Valilik, gece yaşanan depremin ardından Malatya'da okulların iki gün tatil edildiğini "
    "açıkladı. Vali Hüseyin Karabulut'un açıklamasına göre Yeşilyurt'ta ve Battalgazi'de "
    "bazı binalarda hasar tespit edildi. AFAD ekipleri Yeşilyurt'ta çadır kurdu.",
)
QUAKE_EN = (
    "en",
    "Schools shut after overnight quake in eastern Turkey",
    "Schools in Malatya will stay closed for two days after an overnight earthquake, "
    "governor Huseyin Karabulut said. Buildings were damaged in the districts of Yesilyurt "
    "and Battalgazi, where disaster agency teams set up tents.",
)
RESULTS_EN = (
    "en",
    "Nordhavn Shipping lifts dividend after record year",
    "Nordhavn Shipping raised its dividend on Thursday after a record year for container "
    "rates, chief executive Lars Mikkelsen told analysts in Copenhagen.",
)


def profile(language: str, *names: str) -> Profile:
    anchors = {"@" + n: 1 for n in names}
    return Profile(Counter(), Counter(anchors), dict.fromkeys(anchors, 3.0), set(), set(), language)


def test_a_report_naming_an_event_s_places_and_people_in_their_cases_joins_its_wire():
    """Dorohusku and Zielińskim are the wire's Dorohusk and Zielinski; Szegeden and
    Szolnokon Szeged and Szolnok; Malatya'da and Karabulut'un Malatya and Karabulut."""
    assert stories_of(BLOCKADE_EN, BLOCKADE_PL, RESULTS_EN) == [{"outlet0", "outlet1"}, {"outlet2"}]
    assert stories_of(FLOOD_HU, FLOOD_EN, RESULTS_EN) == [{"outlet0", "outlet1"}, {"outlet2"}]
    assert stories_of(QUAKE_TR, QUAKE_EN, RESULTS_EN) == [{"outlet0", "outlet1"}, {"outlet2"}]


def test_each_group_of_one_name_s_forms_is_read_as_the_form_most_articles_write():
    polish = profile("pl", "dorohusku", "zielińskim", "lublinie", "widzewa")
    polish2 = profile("pl", "dorohuska", "widzewie")
    english = profile("en", "dorohusk", "zielinski", "lublin")
    english2 = profile("en", "dorohusk")
    unify([polish, polish2, english, english2])
    assert set(polish.anchors) == {"@dorohusk", "@zielinski", "@lublin", "@widzewa"}
    assert set(polish2.anchors) == {"@dorohusk", "@widzewa"}
    assert polish.rarity["@dorohusk"] == 3.0  # the rarity moves with its name


def test_a_finnish_partitive_meets_the_name_s_other_cases():
    """Finnish writes "Vuosaarta" (partitive: a strike halts Vuosaari) and "Vuosaaren"
    (genitive: Vuosaari's port): one name, the form both reports write."""
    first = profile("fi", "vuosaarta", "ahtaajat")
    second = profile("fi", "vuosaaren", "satama")
    unify([first, second])
    shared = set(first.anchors) & set(second.anchors)
    assert len(shared) == 1 and shared <= {"@vuosaarta", "@vuosaaren"}


def test_a_finnish_case_after_a_consonant_s_i_meets_the_name():
    """Finnish puts an i between a name that ends in a consonant and its case ending:
    "Finnmarkissa" (blind-day-67: a Finnish report of Norway's snow warning for Finnmark),
    "Madridissa", "Minskistä" are Finnmark, Madrid and Minsk."""
    finnish = profile("fi", "finnmarkissa", "lumimyräkkä")
    norwegian = profile("no", "finnmark", "farevarsel")
    unify([finnish, norwegian])
    assert set(finnish.anchors) & set(norwegian.anchors) == {"@finnmark"}
    assert places.looked_up("Madridissa", "fi") == "madrid"
    assert places.looked_up("Minskistä", "fi") == "minsk"
    assert places.looked_up("Larissa", "fi") == "larissa"  # a name whole comes first
    # not a plural's i ("Samoilla linjoilla", "on the same lines": no Samoa; "Puolilla", no
    # Puola, Poland)
    for plural in ("Samoilla", "Puolilla", "Saksilla", "Maltilla"):
        assert places.looked_up(plural, "fi") == plural.casefold()


def test_a_finnish_ablative_after_a_stem_s_e_meets_the_name():
    """A Finnish name in -i takes its case endings after an e: "Rovaniemeltä" (from
    Rovaniemi: blind-day-74's Finnish report of the Independence Day ball) as
    "Rovaniemellä" (in Rovaniemi) is Rovaniemi."""
    finnish = profile("fi", "rovaniemeltä", "kättelyjono")
    swedish = profile("sv", "rovaniemi", "slottsbalen")
    unify([finnish, swedish])
    assert set(finnish.anchors) & set(swedish.anchors) == {"@rovaniemi"}


def test_a_germanic_genitive_s_meets_the_name_the_batch_writes_without_it():
    """German and Scandinavian news write a name's genitive with an s (Volkswagens Chef,
    Göteborgs hamn, Ericssons vd): one name with the English wire's. Not a name commoner
    than the one without its s (Hamas, not Syria's Hama), nor in German's places ("die
    Hamas meldet" named Hama, Syria)."""
    german = profile("de", "volkswagens", "wolfsburgs")
    swedish = profile("sv", "ericssons", "göteborgs")
    english = profile("en", "volkswagen", "wolfsburg", "ericsson", "göteborg")
    unify([german, swedish, english])
    assert set(german.anchors) == {"@volkswagen", "@wolfsburg"}
    assert set(swedish.anchors) == {"@ericsson", "@göteborg"}
    hamas, hama = profile("de", "hamas"), profile("en", "hama")
    unify([hamas, hama])
    assert set(hamas.anchors) == {"@hamas"}
    # nor a name English writes with its s (the review's: F1's Williams met Prince William,
    # Marcos Marco Rubio), nor in Dutch, whose surnames end so (Willems, Hendriks)
    williams, marcos, willems = (
        profile("de", "williams"),
        profile("sv", "marcos"),
        profile("nl", "willems"),
    )
    others = profile("en", "william", "marco", "willem")
    unify([williams, marcos, willems, others])
    assert {*williams.anchors, *marcos.anchors, *willems.anchors} == {
        "@williams",
        "@marcos",
        "@willems",
    }
    found = places.find("Die Hamas meldet neue Angriffe.", {"hamas": 1}, {}, language="de")
    assert not found.places
    assert places.find("Die Lage Berlins ist ernst.", {"berlins": 1}, {}, language="de").places


def test_a_polish_soft_stem_meets_its_nominative():
    """Poznań, Toruń and Wrocław are "z Poznania", "w Toruniu" and "we Wrocławiu" in
    Polish: the stem's i is the softness the nominative writes with an accent or not at all."""
    polish = profile("pl", "poznania", "toruniu", "wrocławiu")
    english = profile("en", "poznań", "toruń", "wroclaw")
    unify([polish, english])
    assert set(polish.anchors) == {"@poznań", "@toruń", "@wroclaw"}
    # ... only where what is left is such a city: Nigeria is not Niger, nor Natalia Natal,
    # nor Serbia a Serb (the review's cases)
    polish = profile("pl", "nigeria", "natalia", "serbia", "emilia")
    english = profile("en", "niger", "natal", "serb", "emil")
    unify([polish, english])
    assert set(polish.anchors) == {"@nigeria", "@natalia", "@serbia", "@emilia"}


def test_names_that_differ_by_more_than_a_case_ending_or_by_accents_alone_stay_two():
    """Kowalczyk is no case of Kowalski; a stem under four letters is no stem (Bor, Boru's
    "bor"); two accents on one word (Vietnamese Hòa and Hóa) are two names, each of which
    the form without accents would join."""
    polish = profile("pl", "kowalczyk", "boru", "hòa")
    english = profile("en", "kowalski", "bor")
    vietnamese = profile("vi", "hóa")
    unify([polish, english, vietnamese])
    assert set(polish.anchors) == {"@kowalczyk", "@boru", "@hòa"}
    assert set(vietnamese.anchors) == {"@hóa"}


def test_two_outlets_of_one_language_writing_a_name_with_and_without_accents_share_it():
    accented, other, third = (profile("en", n) for n in ("zieliński", "zielinski", "zielinski"))
    unify([accented, other, third])
    assert set(accented.anchors) == {"@zielinski"}


FLOOD_RU = (
    "ru",
    "Паводок на Кубани: подтоплены сотни домов",
    "Сильные дожди вызвали паводок в Краснодарском крае. По словам губернатора Вениамина "
    "Кондратьева, в Краснодаре и Горячем Ключе подтоплены 1240 домов, эвакуированы жители "
    "прибрежных улиц. Кондратьеву доложили, что уровень воды в реке Кубани продолжает "
    "расти.",
)
FLOOD_KUBAN_EN = (
    "en",
    "Floods swamp homes in southern Russia's Krasnodar region",
    "Heavy rain flooded 1,240 homes in Russia's Krasnodar region, governor Veniamin "
    "Kondratyev said, as the Kuban river kept rising. Residents of riverside streets in "
    "Goryachy Klyuch were evacuated overnight.",
)


def test_a_russian_report_naming_its_governor_in_his_cases_joins_the_english_wire():
    """Кондратьева and Кондратьеву are Kondratyev by their sound once their case endings
    are off (Кондратьев); Кубани is the Kuban."""
    assert stories_of(FLOOD_RU, FLOOD_KUBAN_EN, RESULTS_EN) == [{"outlet0", "outlet1"}, {"outlet2"}]


FERRIES_EL = (
    "el",
    "Δεμένα τα πλοία στο λιμάνι της Ραφήνας",
    "Δεμένα παραμένουν τα πλοία στο λιμάνι της Ραφήνας λόγω της απεργίας των ναυτικών, ενώ "
    "ακυρώθηκαν τα δρομολόγια προς την Κάρυστο. Σύμφωνα με τον λιμενάρχη Νικόλαο "
    "Σταυρόπουλο, οι επιβάτες της Καρύστου θα εξυπηρετηθούν αύριο.",
)
FERRIES_EN = (
    "en",
    "Ferries stay in port at Rafina as seamen strike",
    "Ferries to Karystos stayed tied up in the port of Rafina on Thursday as seamen walked "
    "out, harbourmaster Nikolaos Stavropoulos said.",
)


def test_a_greek_report_naming_places_and_people_in_their_cases_joins_the_english_wire():
    """Ραφήνας (of Rafina), Καρύστου (of Karystos) and Σταυρόπουλο are Rafina, Karystos
    and Stavropoulos by their sound once their case endings are off."""
    assert stories_of(FERRIES_EL, FERRIES_EN, RESULTS_EN) == [{"outlet0", "outlet1"}, {"outlet2"}]


BRIDGE_KA = (
    "ka",
    "დებედაზე ახალი ხიდი აშენდება",
    "საქართველო და სომხეთი მდინარე დებედაზე ახალ ხიდს ააშენებენ სადახლო-ბაგრატაშენის "
    "საბაჟო გამშვებ პუნქტთან. პროექტის ღირებულება 48 მილიონი ლარია, მშენებლობა 2027 წელს დაიწყება.",
)
BRIDGE_HY = (
    "hy",
    "Դեբեդի վրա նոր կամուրջ կկառուցվի",
    "Դեբեդ գետի վրա նոր կամուրջ կկառուցվի Բագրատաշեն-Սադախլո անցակետում։ Նախագծի արժեքը 48 "
    "միլիոն լարի է, շինարարությունը կսկսվի 2027 թվականին։",
)
BRIDGE_EN = (
    "en",
    "New Debed bridge to ease the Bagratashen-Sadakhlo crossing",
    "Tbilisi and Yerevan will build a new bridge over the Debed river at the "
    "Bagratashen-Sadakhlo border crossing, at a cost of 48 million lari; work starts in "
    "2027.",
)


def test_georgian_and_armenian_reports_meet_the_wire_by_their_words_whole_sound():
    """Georgian and Armenian write every vowel: დებედაზე ("on the Debed") and Դեբեդի meet
    Debed by their sound without their case endings, Սադախլո Sadakhlo as it is, and
    ბაგრატაშენის Bagratashen."""
    assert stories_of(BRIDGE_KA, BRIDGE_EN, RESULTS_EN) == [{"outlet0", "outlet1"}, {"outlet2"}]
    assert stories_of(BRIDGE_HY, BRIDGE_EN, RESULTS_EN) == [{"outlet0", "outlet1"}, {"outlet2"}]


def test_a_name_whose_stems_make_two_names_of_the_batch_meets_neither():
    """Polish Maria's stem makes English Mario and Marie: three people, not one (a chain
    through her made them one); nor is Maria a case of Mario where English writes Maria."""
    polish, mario, marie = profile("pl", "maria"), profile("en", "mario"), profile("en", "marie")
    unify([polish, mario, marie])
    assert (set(polish.anchors), set(mario.anchors), set(marie.anchors)) == (
        {"@maria"}, {"@mario"}, {"@marie"},
    )  # fmt: skip
    for order in (("pl", "en", "en"), ("en", "pl", "en")):  # whatever the articles' order
        batch = [
            profile(lang, name)
            for lang, name in zip(order, ("maria", "maria", "mario"), strict=True)
        ]
        unify(batch)
        assert {k for p in batch for k in p.anchors} == {"@maria", "@mario"}


def test_a_name_whose_stems_make_two_forms_of_one_name_meets_it():
    """Czech Niemodlinu makes Polish Niemodlina and German Niemodlin, two forms of one town
    that Polish Niemodlinem ties: all four are one name (Maria's Mario and Marie stay apart:
    above)."""
    polish = profile("pl", "niemodlinem", "niemodlina")
    czech, german = profile("cs", "niemodlinu"), profile("de", "niemodlin")
    unify([polish, czech, german])
    assert set(polish.anchors) == set(czech.anchors) == set(german.anchors) == {"@niemodlin"}
    # and with accents (the forms are compared without them)
    polish = profile("pl", "łańcutem", "łańcuta")
    czech, german = profile("cs", "łańcutu"), profile("de", "łańcut")
    unify([polish, czech, german])
    assert set(polish.anchors) == set(czech.anchors) == set(german.anchors) == {"@łańcut"}


def test_a_country_or_city_whose_case_changes_its_stem_is_its_place():
    """blind-day-30's Polish report of a showroom opening "w Polsce" named no place in its
    lead, so the place cut missed it and it joined the Czech and Hungarian openings of one
    press release: Polska's locative changes its k (Polsce), Praga's its g (w Pradze), Czech
    Praha's its h (v Praze); and "v Česku" is Česko, whose forms are read without accents."""

    assert "n:PL" in found("Voltra otwiera pierwszy salon w Polsce.", "pl")
    assert "c:prague" in found("Voltra otwiera salon w Pradze.", "pl")
    assert "c:prague" in found("Voltra otevírá prodejnu v Praze.", "cs")
    assert "n:CZ" in found("Voltra otevírá první prodejnu v Česku.", "cs")
    assert "c:brno" in found("Ministr neuvedl v přiznání byt v Brně.", "cs")  # Brno
    assert not found("Voltra otwiera salon w Polsce.", "en")  # English declines no names
    # but a common word is no foreign place by its case or its accents (the review's)
    assert found("Válce na Ukrajině se věnoval celý summit.", "cs") == {"n:UA"}  # war: Valka
    assert not found("Prezes sieci Orange zapowiedział podwyżki.", "pl")  # Ŏrang, North Korea
    assert not found("Wystąpiła też Paulina.", "pl")  # Paulínia, Brazil


@pytest.mark.parametrize(
    ("text", "language", "city"),
    [
        ("Deseci tisuća ljudi na prosvjedu u Novom Sadu.", "hr", "c:novi sad"),
        ("Протест у Новом Саду: хиљаде грађана на улицама.", "sr", "c:novi sad"),
        ("Hiljade studenata iz Novog Sada.", "sr", "c:novi sad"),
        ("Pożar hali w Zielonej Górze.", "pl", "c:zielona góra"),
        ("Korki w Nowym Sączu.", "pl", "c:nowy sącz"),
        ("Авария на заводе в Нижнем Новгороде.", "ru", "c:nizhniy novgorod"),
        ("Nehoda vlaku v Banskej Bystrici.", "sk", "c:banská bystrica"),
        ("Вибух пролунав у Білій Церкві.", "uk", "c:bila tserkva"),
        # the instrumental, Russian's adjectives in -ой, a place of two spellings (Новый
        # Орлеан, Новий Орлеан: one place)
        ("Пожар на складе под Нижним Новгородом.", "ru", "c:nizhniy novgorod"),
        ("Protest je održan pod Novim Sadom.", "hr", "c:novi sad"),
        ("Авария на шахте в Кривом Роге.", "ru", "c:kryvyy rih"),
        ("Наводнение в Новом Орлеане.", "ru", "c:new orleans"),
        ("Авария на заводе в Старом Осколе.", "ru", "c:staryy oskol"),
        # names in the plural, of two words and of one
        ("Pożar w Tarnowskich Górach.", "pl", "c:tarnowskie góry"),
        ("Požár skladu v Českých Budějovicích.", "cs", "c:české budějovice"),
        ("Пожар в Набережных Челнах.", "ru", "c:naberezhnyye chelny"),
    ],
)
def test_a_name_of_two_words_in_a_case_is_its_place(text, language, city):
    """A name of two words declines both: the first as an adjective ("u Novom Sadu", Novi
    Sad; "w Zielonej Górze", Zielona Góra, whose noun's stem changes too), the last as a
    noun, whose stem may be shorter than a one-word name's (Sad)."""
    assert city in found(text, language)


def test_a_word_in_an_adjective_s_case_alone_is_no_place():
    """ "Novom" alone is no Novi, Michigan, nor is "Nowym" New York without "Jorku"; nor is
    one word a plural name's (Шахта, "the mine", is no Shakhty: the review's)."""
    assert not found("Шахта «Листвяжная» остановлена.", "ru")
    assert not found("Шахта зупинена після вибуху.", "uk")
    assert not found("Ljudi su se okupili ispred zgrade u Novom naselju.", "hr")
    assert "c:new york city" in found("Koncert w Nowym Jorku.", "pl")
    assert not found("Spotkanie w Nowym Roku.", "pl")


def test_azerbaijani_places_in_their_cases_and_by_their_own_names():
    """blind-day-31's Azerbaijani report of a store opening "Bakıda" (in Baku) named no place
    in its lead, so it joined the same chain's opening in Tbilisi: Azerbaijani writes a
    name's case ending without Turkish's apostrophe, and names countries its own way
    (Polşa, Gürcüstan: CLDR). A stem with its accents is looked up first: Bakı is Baku, not
    Indonesia's Baki."""

    assert {"c:baku", "n:PL"} <= found('Polşanın "Domia" şəbəkəsi Bakıda ilk mağazasını açıb', "az")
    assert "n:ID" not in found("Şirkət Bakıda mağaza açıb.", "az")
    assert "n:GE" in found("Şirkət həmçinin Gürcüstanda mağaza açıb.", "az")
    assert "c:ganja" in found("Bu xəbər Gəncədən gəldi.", "az")


def test_china_in_turkish_and_azerbaijani_and_france_s_in_azerbaijani():
    """Çin (China) has three letters, too few for a name of another language (a code or a
    chance word) but for its accent; Fransanın (France's) starts a longer name, the French
    Southern Territories, and was looked up as it is, not as France."""

    assert "n:CN" in found("Bu gün Çin'de deprem oldu.", "tr")
    assert "n:CN" in found("Bu gün Çində zəlzələ baş verdi.", "az")
    assert "n:TD" in found("Dnes v Čadu došlo k útoku.", "cs")
    assert "n:FR" in found("Bu gün Fransanın hökuməti bəyanat yayıb.", "az")


def test_places_in_their_cases_in_scripts_without_capitals():
    """A word of a script without capitals was looked up as it is written: "თბილისში" (in
    Tbilisi), "சென்னையில்" (in Chennai), "ঢাকায়" (in Dhaka) named no place, so two reports
    of one kind of event in two cities had no place to stand apart by."""

    assert {"c:tbilisi", "n:GE"} <= found("კომპანიამ თბილისში მაღაზია გახსნა", "ka")
    assert "c:chennai" in found("சென்னையில் கனமழை பெய்தது", "ta")
    assert "c:dhaka" in found("ঢাকায় বন্যা", "bn")
    assert "c:yerevan" in found("Երևանում խանութ բացվեց", "hy")
    assert "c:cairo" in found("القاهرة", "ar")
    assert "c:chennai" in found("చెన్నైలో భారీ వర్షాలు", "te")
    assert "c:bengaluru" in found("ಬೆಂಗಳೂರಿನಲ್ಲಿ ಮಳೆ", "kn")  # ಬೆಂಗಳೂರು, its u off
    assert "n:IN" in found("ഇന്ത്യയിൽ മഴ", "ml")
    assert "c:ahmedabad" in found("અમદાવાદમાં વરસાદ", "gu")
    assert "c:mumbai" in found("मुंबईत पाऊस", "mr")


def test_nordic_and_baltic_places_in_their_cases():
    """The genitive s of Swedish, Danish and Norwegian, of a country or a capital only
    (Finlands; Hamas is no genitive of Syria's Hama: the review's), and countries by their
    Estonian, Latvian, Lithuanian, Slovene and Catalan names (CLDR: Soome, Finland in
    Estonian). Finnish genitives stay read (Tokion: Tokyo's)."""

    assert "n:FI" in found("Det drabbar Finlands export.", "sv")
    assert "c:oslo" in found("Møtet i går, sa Oslos ordfører.", "nb")
    assert not found("Israel och Hamas förhandlar.", "sv") - {"n:IL"}
    assert "c:tokyo" in found("Hinnat nousivat Tokion pörssissä.", "fi")
    assert "n:FI" in found("Täna streigivad Soome sadamad.", "et")
    assert "n:SE" in found("Laevad sõidavad Rootsi ja Soome vahel.", "et")
    assert "n:FI" in found("Protests notika Somijā vakar.", "lv")  # Somija: Finland
    assert "c:riga" in found("Protests notika Rīgā vakar.", "lv")  # a stem of three, accented


def found(text: str, language: str) -> set[str]:
    """The places `text`, in `language`, names (keys), as a batch of its own would find them."""
    return set(places.find(text, {}, {}, language=language).places)


def test_a_turkish_case_ending_ends_the_name_as_a_possessive_does():
    """blind-day-65: "Malatya'nın Pütürge ilçesinde" (in Malatya's district of Pütürge) was
    read as one name of two words, no place, and a rising toll's last report was left with
    no place to join its quake by; an apostrophe joins no case ending in English."""
    none: Counter[str] = Counter()
    for text, city in (
        ("Malatya'nın Pütürge ilçesinde deprem oldu.", "c:malatya"),
        ("İzmir'in Bornova ilçesinde yangın çıktı.", "c:i̇zmir"),
    ):
        assert city in places.find(text, none, none, language="tr").places, text
    assert places.find("Malatya'nın Pütürge ilçesinde", none, none, language="en").places == {}


def test_albanian_and_icelandic_places_and_names_in_their_cases():
    """blind-day-81: Albanian writes Durrës's hospital "Spitali i Durrësit" and Tirana's
    mayor "kryebashkiaku i Tiranës"; Icelandic "norðan Grindavíkur" (north of Grindavík) and
    "í ráðhúsi Reykjavíkur" (in Reykjavík's city hall). Neither language's endings were known,
    so "Durrësit" and "Tiranës" named no city, and an Icelandic report of the eruption that
    wrote "Grindavíkur" shared that name with no German one, which wrote Grindavík."""
    assert "c:durrës" in found("Spitali Rajonal i Durrësit pranoi të plagosurit.", "sq")
    assert "c:tirana" in found("Kryebashkiaku i Tiranës vizitoi zonën.", "sq")
    assert "c:reykjavík" in found("Fundurinn var haldinn í ráðhúsi Reykjavíkur í gær.", "is")
    # Icelandic's genitive s as the Nordic languages': Íslands (Iceland's), which is commoner
    # than Ísland, is its genitive; Hamas, which English writes so, is no Hama's
    assert "n:IS" in found("Forseti Íslands tók á móti honum.", "is")
    assert found("Hamas hefur samþykkt vopnahlé.", "is") == set()
    icelandic = profile("is", "grindavíkur", "svartsengi")
    german = profile("de", "grindavík", "reykjanes")
    unify([icelandic, german])
    assert set(icelandic.anchors) & set(german.anchors) == {"@grindavík"}
