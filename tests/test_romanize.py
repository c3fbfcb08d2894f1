"""Names across scripts by their sound (briefgen/romanize.py): a Japanese, Chinese or Korean
name and its English spelling come to one key."""

from briefgen.romanize import (
    chinese_names,
    japanese_names,
    key,
    korean_names,
    latin_names,
    revised,
)


def keys(found) -> set[str]:
    return {k for k, _ in found if k}


def test_a_key_is_what_romanizations_agree_on():
    assert key("Morikawa") == key("MORIKAWA") == "morikawa"
    assert key("Hokkaidou") == key("Hokkaido") == key("Hokkaidō") == "hokaido"  # long vowels
    assert key("Li") == ""  # too short: chance
    assert key("Lisbon") == ""  # a place: places.py knows it in every script


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
    assert keys(korean_names(["박정태", "현암"])) == {"bakjeongtae", "jeongtae", "hyeonam"}


def test_latin_names_and_given_names_written_apart():
    found = keys(latin_names(["seiwa", "tokyo"], "Park Jeong-tae met Li Jianguo in Tokyo."))
    assert found >= {"seiwa", "jeongtae", "lijianguo"}
    assert "tokyo" not in found
