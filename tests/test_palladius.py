"""Chinese names as the Russian press writes them (briefgen/palladius.py): read in pinyin, so
that a Russian report of an event in China meets its English and Chinese reports by them."""

import pytest
from test_cluster_languages import stories_of

from briefgen.palladius import pinyin
from briefgen.romanize import cased_names


@pytest.mark.parametrize(
    ("word", "language", "read"),
    [
        ("Цзиньлин", "ru", "jinling"),  # цзинь: jin; лин: ling (a final н is ng)
        ("Сяои", "ru", "xiaoyi"),  # с before я is x
        ("Шаньси", "ru", "shanxi"),
        ("Люйлян", "ru", "lüliang"),  # юй is ü
        ("Чжэцзян", "ru", "zhejiang"),
        ("Сычуань", "ru", "sichuan"),  # сы is si, си xi
        ("Цзіньпін", "uk", "jinping"),  # Ukrainian's і is Russian's и
        ("Шаньсі", "uk", "shanxi"),
        ("Цзіньпін", "be", "jinping"),  # Belarusian's і too
        ("Сычуань", "be", "sichuan"),
        ("Хуэйчжоу", "ru", "huizhou"),  # hui is хуэй (gui гуй)
        ("Чанъань", "ru", "changan"),  # ъ parts two syllables
        ("Ухань", "ru", "wuhan"),
    ],
)
def test_a_chinese_name_in_cyrillic_reads_as_its_pinyin(word, language, read):
    assert pinyin(word, language) == read


@pytest.mark.parametrize(
    "word",
    ["Москва", "Газпром", "Сибирь", "Россия", "Си", "Пекин", "Кате", "Ане", "Сила", "Иван"],
)
def test_a_word_not_made_of_two_palladius_syllables_or_more_reads_as_none(word):
    """Russian words have letters no syllable ends in (с before к); one syllable (Си) is
    too short a name to key; Пекин is Beijing by an older name, not by its syllables. Кате,
    Ане, Сила and Иван are made of syllables (katie, angna, xila, yiwang) but show nothing
    only the system writes (palladius.MARKS): read so, they met Katie and Annie in English
    (the review's)."""
    assert pinyin(word, "ru") == ""


def test_a_russian_reports_chinese_names_are_keyed_as_their_pinyin_too():
    """... in their cases too: в Ухане, in Wuhan (the review's)."""
    text = "Взрыв на шахте компании «Цзиньлин» в городе Сяои. Жителей Ухане предупредили."
    assert {"jinling", "xiaoyi", "wuhan"} <= {k for k, _ in cased_names(text, "ru")}


BLAST_EN = (
    "en",
    "Gas explosion at Chinese coal mine kills 12",
    "A gas explosion at a coal mine run by Hongtai Mining in Qinyuan county, in China's "
    "northern province of Shanxi, killed 12 miners late on Wednesday, state media said. "
    "Most of the workers underground escaped, and rescuers were searching for two more. "
    "Police detained the manager of Hongtai Mining.",
)
BLAST_RU = (
    "ru",
    "При взрыве на угольной шахте в Китае погибли 12 горняков",
    "Взрыв метана на угольной шахте компании «Хунтай» в уезде Циньюань провинции Шаньси "
    "унес жизни 12 горняков, сообщили китайские государственные СМИ. Большинство рабочих "
    "выбрались сами. Полиция задержала руководителя предприятия.",
)
FLOOD_RU = (
    "ru",
    "Наводнение на юге Китая: эвакуированы жители Чжаоцина",
    "Проливные дожди в провинции Гуандун вызвали наводнение в городе Чжаоцин, где из "
    "затопленных районов эвакуировали 3500 человек. Уровень воды в реке Сицзян поднялся "
    "выше критической отметки, сообщили местные власти.",
)


def test_a_russian_report_of_a_blast_in_china_joins_the_english_one_by_its_chinese_names():
    """Letter by letter, Хунтай, Циньюань and Шаньси are 'khuntai', 'tsiniuan' and
    'shansi', and the Russian report of a mine blast shared no name with the English one
    (blind-day-78); a Russian report of a flood in Guangdong stays apart."""
    assert stories_of(BLAST_EN, BLAST_RU, FLOOD_RU) == [{"outlet0", "outlet1"}, {"outlet2"}]
