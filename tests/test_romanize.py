"""Names across scripts by their sound (briefgen/romanize.py): a Japanese, Chinese or Korean
name and its English spelling come to one key, as a Russian or Greek one does; a Hindi or
Arabic one by its consonants."""

from test_cluster_languages import make, stories_of
from test_salience import article

from briefgen.cjk_sounds import revised
from briefgen.loanwords import loan
from briefgen.romanize import (
    cased_names,
    chinese_names,
    japanese_names,
    korean_names,
    latin_consonants,
    latin_names,
    name_keys,
    place_keys,
    sounded,
)
from briefgen.salience import profiles
from briefgen.sound_keys import WHOLE, consonants, key
from briefgen.spelled import spelled_names, vowelled_names


def keys(found) -> set[str]:
    return {k for k, _ in found if k}


def test_a_key_is_what_romanizations_agree_on():
    assert key("Morikawa") == key("MORIKAWA") == "morikawa"
    assert key("Hokkaidou") == key("Hokkaido") == key("Hokkaidō") == "hokaido"  # long vowels
    assert key("Li") == ""  # too short: chance
    assert key("Lisbon") == "lisbon" and "lisbon" in place_keys()  # a place's (kin.py)
    # a hard c is a k (OPEC, ОПЕК; Calafat, Калафат), not before e, i, y or in ch
    assert key("OPEC") == "opek" and "opek" in keys(cased_names("Решение ОПЕК+", "ru"))
    assert key("Calafat") == "kalafat" and "kalafat" in keys(cased_names("мост Калафат", "sr"))
    assert key("Chernobyl") == "chernobl" and key("Lucia") == "lucia"


def test_japanese_proper_nouns_by_their_reading():
    found = keys(japanese_names("清和自動車の森川恵子社長は、トレントンの生産を止めた。"))
    assert {"seiwa", "morikawa", "keiko", "torenton"} <= found
    assert "jidosha" not in found  # 自動車, "car": no proper noun


def test_chinese_names_in_pinyin_a_persons_also_without_the_surname():
    found = keys(chinese_names("华芯微电子董事长李建国表示，公司将扩大产能。"))
    assert {"huaxin", "lijianguo", "jianguo"} <= found
    assert "gongsi" not in found  # 公司, "company": a word of the dictionary, no name


def test_korean_names_in_revised_romanization():
    assert revised("한빛") == "hanbit"  # ㅊ at a syllable's end sounds t
    assert revised("현암") == "hyeonam"
    names = keys(korean_names(["박정태", "현암"], ""))
    assert {key("Bakjeongtae"), key("Jeongtae"), key("Hyeonam")} == {
        "bakjeongtae", "jeongtae", "heonam"  # y after a consonant is no letter of a key
    } < names  # fmt: skip
    # a first consonant also unvoiced, as older romanizations and foreign names write it
    assert {key("Pakjeongtae"), key("Cheongtae")} < names
    assert key("Takaichi") in keys(korean_names(["다카이치"], ""))


def test_korean_spells_a_foreign_name_by_its_sound():
    """The dictionary lacks 두코바니 (Dukovany) and cuts it into 두/MM 코/NNBC 바니/NNP, and
    젤렌스키 (Zelensky) into three nouns: the nouns a word opens with, rare in Korean, are keyed
    as a loanword, and meet the Latin spelling's key."""
    text = "두코바니 원전 부지허가에 젤렌스키 대통령은 환영했다. 태풍 라나리의 영향권."
    found = keys(korean_names([], text))
    assert {loan(n, latin=True) for n in ("dukovany", "zelensky", "lanari")} <= found
    assert loan(revised("대통령"), korean=True) not in found  # "president": a common word
    assert revised("두코바니") == "dukobani"
    assert loan("jellenseuki", korean=True) == loan("zelensky", latin=True) == "=jrnsk"


def test_latin_names_and_given_names_written_apart():
    found = keys(latin_names(["seiwa"], "Park Jeong-tae met Li Jianguo in Tokyo."))
    assert found >= {"seiwa", "jeongtae", "lijianguo"}
    # a sentence's names leave its places out: places.py meets those in every script
    named = set().union(*name_keys("Park Jeong-tae met Li Jianguo in Lisbon.", "en"))
    assert "jianguo" in named and "lisbon" not in named


def test_a_tamil_name_by_its_stops_voiced_and_as_written():
    """Tamil writes one letter for k and g, t and d, p and b, and says it voiced after a vowel
    or a nasal: இடுக்கி is Idukki as Hindi's इडुक्की is (anyascii: itukki), கோயம்புத்தூர்
    Coimbatore; a name from Sanskrit keeps its letters (ஸ்ரீஹரிகோட்டா, Sriharikota)."""
    tamil = keys(spelled_names("இடுக்கியில் கோயம்புத்தூர் தஞ்சாவூர் ஸ்ரீஹரிகோட்டா", "ta"))
    assert WHOLE + key("Idukki") in tamil
    assert {consonants(n) for n in ("Coimbatore", "Thanjavur", "Sriharikota")} <= tamil
    assert WHOLE + key("Idukki") in keys(spelled_names("इडुक्की", "hi"))


def test_names_in_other_scripts_by_their_consonants():
    """Hindi leaves most vowels unwritten (सूरत: surt), Arabic all short ones: a name and its
    Latin spelling meet by their consonants."""
    hindi = keys(spelled_names("लुधियाना की कोहिनूर पेट्रोकेम में हरप्रीत संधू ने कहा", "hi"))
    assert {consonants(n) for n in ("Kohinoor", "Petrochem", "Harpreet", "Sandhu")} <= hindi
    assert not keys(spelled_names("की", "hi"))  # "of": a common word, too few consonants
    arabic = keys(spelled_names("وقال مراد الطرابلسي إن الإضراب مستمر", "ar"))
    assert {consonants("Mourad"), consonants("Trabelsi")} <= arabic  # الـ, "the", left out
    assert consonants("Sachin") == consonants("scin")  # c and ch, as anyascii spells च
    assert key("Netanyahu") and consonants("Netanyahu") in keys(spelled_names("נתניהו", "he"))
    assert consonants("Mansour") in keys(spelled_names("منصور", "ar"))  # و as a vowel
    assert not keys(spelled_names("गुरुवार", "hi"))  # "Thursday" met Grover: grvr
    assert not keys(spelled_names("السبت", "ar"))  # "Saturday"
    # a common word after a letter joined to it: לכיוון "towards" (כיוון, "direction") met
    # Likoni, a Mombasa district, and made a Tel Aviv metro line a Kenyan cholera outbreak
    assert not keys(spelled_names("לכיוון", "he"))
    # ... in Hebrew only: an Arabic or Persian name is no prefix and a word (Faisal is not
    # ف + يصل, "arrives"; Bushehr not ب + وشهر)
    assert consonants("Faisal") in keys(spelled_names("فيصل", "ar"))
    assert consonants("Bushehr") in keys(spelled_names("بوشهر", "fa"))


def test_a_bengali_or_tamil_name_by_its_consonants_with_and_without_its_ending():
    """A Bengali and an English report of a Dhaka market fire shared no name: ফ (ph) is the
    f of Fulbaria and ড় (d' to anyascii) its r; and a name's case ending is taken off
    (গুলিস্তানের, Gulistan's; ஸ்ரீஹரிகோட்டாவிலிருந்து, from Sriharikota)."""
    bengali = keys(spelled_names("গুলিস্তানের ফুলবাড়িয়া মার্কেটে আগুন", "bn"))
    assert {consonants("Fulbaria"), consonants("Gulistan")} <= bengali
    assert consonants("Kharagpur") in keys(spelled_names("খড়গপুর", "bn"))
    tamil = keys(spelled_names("ஸ்ரீஹரிகோட்டாவிலிருந்து பிஎஸ்எல்வி ராக்கெட்", "ta"))
    assert {consonants("Sriharikota"), consonants("PSLV")} <= tamil


def test_only_rare_words_and_names_are_compared_by_their_consonants():
    """The consonants of common words meet by chance (North and निर्यात, "export": nrt)."""
    assert keys(latin_consonants(["north", "port", "kohinoor"], "en")) == {consonants("kohinoor")}
    assert not keys(spelled_names("में और के लिए सरकार ने कहा", "hi"))
    # nor a German noun of middling rarity, capitalised as names are: "Vereine" (clubs) met
    # Hebrew's אורן ("pine") and, with "Ortszeit" (local time, rarer) and ארצית, joined a
    # Turkish quake to a Carmel fire (blind-day-65)
    german = ["vereine", "angaben", "wadephul"]
    assert keys(latin_consonants(german, "de")) == {consonants("wadephul")}
    # a place's name is keyed too: Arabic news writes Malatya ملاطية, the gazetteer ملطية
    # (blind-day-65's Arabic report of the quake joined another's)
    assert consonants("malatya") in keys(latin_consonants(["malatya"], "en", places=True))
    assert not keys(latin_consonants(["malatya"], "en"))  # (a claim's names leave places out)
    assert consonants("malatya") in keys(spelled_names("زلزال ملاطية", "ar"))


def test_common_words_are_known_where_a_list_or_dictionary_tells():
    """Thai's common words are its dictionary's (ควัน "smoke" and ช่วง "period" met Huai
    Khwang by their consonants); Marathi is read in Hindi's list."""
    assert not keys(spelled_names("ควัน ช่วง ระหว่าง เจ้าหน้าที่", "th"))
    assert consonants("Sanjeevani") in keys(spelled_names("संजीवनी रुग्णालयात आग", "mr"))


def test_a_language_without_a_list_gives_its_words_of_four_consonants():
    """No list tells Telugu's common words, and its reports of an Indian launch shared no
    name with the others (Sriharikota, PSLV): each word of four consonants or more is
    keyed, a joiner inside it dropped (పీఎస్‌ఎల్‌వీ); three meet a name by chance. So do
    four unvoiced between two Indic scripts, which share many common words (ప్రత్యేక and
    பிரத்யேக, "special"): a word of a language without a list makes such a key of five or
    more only (Kumbharwada, a Mumbai potters' quarter, in Gujarati and in Marathi)."""
    telugu = keys(spelled_names("శ్రీహరికోట నుంచి పీఎస్‌ఎల్‌వీ ప్రత్యేక", "te"))
    assert {consonants("Sriharikota"), consonants("PSLV")} <= telugu
    assert not keys(spelled_names("నుంచి", "te"))  # "from": too few consonants
    assert not [k for k in telugu if k.startswith(":!")]
    assert ":!prtk" in keys(spelled_names("பிரத்யேக", "ta"))  # a list's rare word: keyed
    gujarati = keys(spelled_names("કુંભારવાડામાં", "gu"))
    assert ":!kmprvt" in gujarati & keys(spelled_names("कुंभारवाड्यात", "mr"))


def test_an_indic_word_of_too_few_consonants_by_its_whole_sound():
    """anyascii writes no inherent vowel in any Indic script: a Hindi and a Bengali report of
    the Gaganyaan launch write it alike, and a Hindi and an English report of Idukki's
    landslide do where the word writes every vowel, though their consonants (g and n, d and
    k) are too few to be a key. A word of enough consonants keeps its consonants' key
    alone: two keys of one word would be two names in common (across._named_twice)."""
    gaganyaan = WHOLE + "gnan"
    assert gaganyaan in keys(spelled_names("गगनयान मिशन सफल", "hi"))
    assert gaganyaan in keys(spelled_names("গগনযান অভিযান", "bn"))
    idukki = WHOLE + key("Idukki")
    assert idukki in keys(spelled_names("केरल के इडुक्की में भूस्खलन", "hi"))
    assert keys(latin_consonants(["idukki"], "en")) == {idukki}
    assert consonants("Idukki") == ""  # d and k: too few for a key
    assert keys(spelled_names("अंधेरी", "hi")) == {consonants("Andheri")}  # ':ndr' alone
    assert keys(latin_consonants(["andheri"], "en")) == {consonants("Andheri")}
    # from a language without a list, or read in another's, at six letters or more
    nellore = keys(spelled_names("నెల్లూరు", "te")) & keys(spelled_names("ನೆಲ್ಲೂರು", "kn"))
    assert nellore == {WHOLE + "neluru"}  # (n, l, r: three, too few there)
    assert not keys(spelled_names("इथे", "mr"))  # "here", rare in Hindi's list


def test_a_whole_sound_in_common_is_kept_between_two_indic_scripts():
    """Consonants alone meet by chance between two scripts that leave vowels unwritten
    (kin._keep_shared), a word's whole sound does not: a Hindi and a Bengali report of one
    launch share Gaganyaan."""
    hindi, bengali = profiles(
        [article("गगनयान मिशन: इसरो का दूसरा मानवरहित परीक्षण सफल", language="hi"),
         article("গগনযান অভিযানের দ্বিতীয় পরীক্ষা সফল", language="bn")]
    )  # fmt: skip
    assert set(hindi.sounds) == set(bengali.sounds) == {"~" + WHOLE + "gnan"}


def test_one_word_in_common_across_scripts_is_one_name_in_common():
    """A town both name, and nothing else, is two events (a review's case: Sindhudurg gave
    its consonants' key and its whole sound's, two names in common from one word)."""
    boat = (
        "en",
        "Fishing boat capsizes off Sindhudurg coast",
        "A fishing boat capsized off the Sindhudurg coast on Tuesday night; the coast guard "
        "rescued the crew after a long search.\n\nOfficials said rough seas had hampered the "
        "operation.",
    )
    mangoes = (
        "hi",
        "सिंधुदुर्ग में आम उत्पादकों का सम्मेलन",
        "सिंधुदुर्ग जिले में मंगलवार को आम उत्पादकों का सम्मेलन हुआ, जिसमें किसानों ने निर्यात "
        "और बाज़ार भाव पर चर्चा की।\n\nकृषि विभाग के अधिकारियों ने नई योजनाओं की जानकारी दी।",
    )
    assert stories_of(boat, mangoes) == [{"outlet0"}, {"outlet1"}]


def test_cyrillic_and_greek_names_by_their_sound():
    """Cyrillic and Greek write their vowels and their capitals: their capitalised words rare
    in the language are keyed by sound, as a Japanese name is (Газпром: gazprom); Ukrainian
    as its press writes it (Шмигаль: Shmyhal), ё as e and yo."""
    assert keys(cased_names("Газпром и Ковалёв заявили в понедельник", "ru")) >= {
        key("Gazprom"),
        key("Kovalyov"),
        key("Kovalev"),
    }
    assert key("Papadopoulos") in keys(cased_names("Ο Παπαδόπουλος είπε", "el"))
    assert key("Shmyhal") in keys(cased_names("Денис Шмигаль заявив", "uk"))
    assert key("Đoković") == "djokovik" and "djokovik" in keys(cased_names("Новак Ђоковић", "sr"))
    # Cyrillic writes a soft consonant's vowel as y + vowel (ня: nya), Latvian as ņ: one key
    assert key("Kalniņa") in keys(cased_names("Министр Илзе Калниня подала в отставку", "ru"))
    # ... and by their consonants beside a script that leaves vowels unwritten: Russian's
    # "на Кармеле" met no Hebrew בכרמל or Arabic الكرمل (blind-day-65's Carmel fire)
    russian = keys(sounded("ru", "cyrillic", [], "Пожар на Кармеле", spelled=True))
    assert consonants("Carmel") in russian and key("Karmel") in russian
    assert consonants("Carmel") in keys(spelled_names("שריפה בכרמל", "he"))
    assert consonants("Carmel") not in keys(sounded("ru", "cyrillic", [], "Пожар на Кармеле"))
    # a common word is not (Газета, "newspaper", met Hebrew's באוגוסט, "in August")
    assert consonants("gazeta") not in keys(sounded("ru", "cyrillic", [], "Газета", spelled=True))


def test_a_foreign_name_in_katakana_by_the_consonants_both_spellings_keep():
    """Japanese puts a vowel after each consonant but n, writes l as r, v as b and an r after
    a vowel as a long vowel: ニンブラ (ninbura) and Nimbra, フェンネル (fenneru) and Fennel,
    マンチェスター and Manchester, エクソンモービル and ExxonMobil, エヌビディア and Nvidia meet; a
    name of two consonants has no key."""
    assert loan("ninbura") == loan("nimbra", latin=True) == "=nmbr"
    assert loan("fenneru") == loan("fennel", latin=True) == "=pnr"  # f as p (Korean)
    assert loan("manchiesuta") == loan("manchester", latin=True)
    assert loan("ekusonmobiru") == loan("exxonmobil", latin=True)
    assert loan("enubidia") == loan("nvidia", latin=True)
    assert loan("aster", latin=True) == ""


def test_armenian_letter_pairs_by_their_sound():
    """ու is u and եւ is ev, as Georgian and Latin write them (Գուգութի: gugut, as
    გუგუთი; Լեւան: levan, as ლევან); anyascii spells them letter by letter (gowgowt)."""
    assert {"gugut", "levan"} <= keys(vowelled_names("Գուգութի անցակետը, Լեւան", "hy"))
    assert {"gugut", "levan"} <= keys(vowelled_names("გუგუთის გამშვები, ლევან", "ka"))


def test_a_name_read_as_a_place_that_the_text_does_not_name_is_a_name():
    """トヨタ, the carmaker, reads as Toyota, a city that a Japanese text writes 豊田: it is a
    name the English report shares by its sound. Երևան read as "erevan" is Yerevan, which
    places.py finds in the Armenian text: a place, no name besides."""
    recall = [
        make("ja", "ja", "トヨタ、世界で138万台リコール",
             "トヨタ自動車は助手席エアバッグの不具合で、"
             "世界で約138万台をリコールすると発表した。", 0),
        make("en", "en", "Toyota recalls 1.38 million vehicles", "Toyota Motor said it would "
             "recall about 1.38 million vehicles worldwide over a passenger airbag fault.", 10),
        make("hy", "hy", "Երևանում բացվեց նոր կամուրջ", "Երևանում այսօր բացվեց նոր կամուրջ, "
             "որը կապում է քաղաքի երկու թաղամասերը։", 20),
        make("en2", "en", "Yerevan opens a new bridge", "A new bridge linking two districts "
             "opened in Yerevan on Tuesday, the Armenian capital's mayor said.", 30),
    ]  # fmt: skip
    japanese, english, armenian, _ = profiles(recall)
    assert "~toyota" in japanese.sounds and "~toyota" in english.sounds
    assert "@yerevan" in armenian.anchors and not any("erevan" in k for k in armenian.sounds)


def test_a_craft_s_name_before_its_number_is_a_name():
    """嫦娥 is the goddess and 天问 a poem, nouns to jieba; before 七号 and 二号 they name
    the Chang'e-7 and Tianwen-2 probes. English writes the name with pinyin's apostrophe
    (Chang'e), Korean the Nuri rocket 누리호, "Nuri No.", which the tagger cuts as 누 리호.
    A line, a unit, a day, a room or a road is no craft (1号机组, 12月7号, 房间302号), nor
    a word whose 호 is part of a word (전화번호, "phone number": 번호; 애호가, "lover"), nor a
    magazine's issue (신년호)."""
    assert "change" in keys(chinese_names("嫦娥七号探测器成功着陆月球背面。"))
    assert "tianwen" in keys(chinese_names("天问二号探测器发射成功。"))  # 天问, a poem
    for text in (
        "核电站1号机组和12月7号的检修。",
        "三月十号，他穿着10号球衣。",
        "房间302号",
        "国道318号",
    ):
        assert not keys(chinese_names(text)), text  # a unit, a day, a shirt, a room, a road
    assert name_keys("China's Chang'e-7 probe landed near the lunar south pole.", "en") == (
        frozenset({"change"}),
    )
    assert {"nuri"} <= keys(korean_names([], "누리호 5차 발사 성공…누리호가 궤도에 올랐다"))
    for text in ("전화번호와 비밀번호를 바꿨다", "동물애호가 모임", "신년호 발간"):
        words = keys(korean_names([], text))  # 애호가, "lover"; 신년호, a new year's issue
        assert all(k.startswith("=") for k in words), text  # as a loanword's (`loan`) only
    assert name_keys("South Korea's Nuri's fifth flight", "en") == (
        frozenset({"nuri", ":=nuri"}),
    )  # a possessive's 's is no syllable of the name
    # nor a Turkish ending or an Italian elision
    assert name_keys("Osimhen'e teklif yapıldı", "tr") == (frozenset({"osimhen", ":smn"}),)
    assert name_keys("Nell'attacco di ieri", "it") == ()


def test_a_chinese_and_an_english_report_of_one_probe_share_its_name():
    """嫦娥七号 and Chang'e-7: the English name, kept with its apostrophe as a name of the
    article ("chang'e"), is the pinyin's key; it was "chang" or none."""
    landing = [
        make("zh", "zh", "嫦娥七号成功着陆月球南极地区",
             "嫦娥七号着陆器携带巡视器成功着陆在月球南极的预选着陆区。", 0),
        make("en", "en", "China's Chang'e-7 lands near the moon's south pole",
             "China's Chang'e-7 probe touched down near the moon's south pole, the country's "
             "space agency said.", 8),
    ]  # fmt: skip
    chinese, english = profiles(landing)
    assert "~change" in chinese.sounds and "~change" in english.sounds
