"""Places written in a case (briefgen/place_words.looked_up, inflection.py): a declined name is
the place, and where only a name's last word takes the case, the case ends the name."""

from collections import Counter

import pytest

from briefgen.article_words import with_uzbek_letters
from briefgen.places import find

NONE: Counter[str] = Counter()


def test_a_declined_place_is_the_place():
    """A language that declines names writes a place in its cases: Polish "w Kijowie",
    Russian "в Киеве", Ukrainian "у Києві" (Київ) and "у Болгарії", "з Болгарією" (Болгарія:
    the ending of a name in -ія), Kazakh "Мәскеудегі" (Мәскеу), Finnish "Helsingissä", Hungarian
    "Budapesten"; a Polish report of a Kyiv power-plant fire named no place. A person's
    name in a case names none ("Trumpa")."""
    for language, text, city in [
        ("pl", "Pożar elektrociepłowni w Kijowie.", "c:kyiv"),
        ("ru", "В Киеве после пожара остались без тепла.", "c:kyiv"),
        ("uk", "Пожежа у Києві та Харкові.", "c:kyiv"),
        ("uk", "Пожежа у Києві та Харкові.", "c:kharkiv"),
        ("uk", "Вибори у Болгарії завершилися.", "n:BG"),
        ("uk", "Угода з Болгарією підписана.", "n:BG"),
        ("uk", "Делегація Румунії прибула.", "n:RO"),
        ("kk", "Мәскеудегі қалың қар рейстерді кешіктірді.", "c:moscow"),
        ("kk", "Алматыдан ұшатын рейстер кешікті.", "c:almaty"),
        ("fi", "Helsingissä satoi.", "c:helsinki"),
        ("hu", "Budapesten tüntetés volt.", "c:budapest"),
        # Greek's accents: its capitals write none (a dateline), its cases move them
        ("el", "ΘΕΣΣΑΛΟΝΙΚΗ — Απεργία στο λιμάνι.", "c:thessaloníki"),
        ("el", "Απεργία στο λιμάνι της Θεσσαλονίκης.", "c:thessaloníki"),
    ]:
        assert city in find(text, NONE, NONE, language=language).places, text
    assert find("Rozmowa Trumpa i Macrona.", NONE, NONE, language="pl").places == {}


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [  # a name in a case before a capitalised word: the case ended it, no longer name is read
        ("fi", "Kokous pidettiin Helsingissä Suomen hallituksen kutsusta.", "c:helsinki"),
        ("hu", "A találkozót Budapesten Orbán Viktor nyitotta meg.", "c:budapest"),
        ("uz", "Bugun kuni Toshkentda Markaziy Osiyo sammiti boshlandi.", "c:tashkent"),
        ("uz", "Ertaga Samarqanddan Andijonga poyezd qatnaydi.", "c:andijon"),
        ("fi", "Poika Helsingistä Tampereelle muutti.", "c:tampere"),
        ("uz", "Bu haqda Toshkentning Chilonzor tumani hokimligi xabar berdi.", "c:tashkent"),
        ("ky", "Митинг кечээ Бишкекте жана Ошто болду.", "c:bishkek"),
    ],
)
def test_a_case_ends_a_name_where_only_its_last_word_takes_one(language, text, place):
    assert place in find(text, NONE, NONE, language=language).places


@pytest.mark.parametrize(
    ("language", "text"),
    [  # a Finnish or Hungarian genitive, or adjective of the name, starts a longer name
        ("fi", "Asiasta kertoi eilen Helsingin Sanomat."),
        ("hu", "A kutatást a Budapesti Corvinus Egyetem végezte."),
    ],
)
def test_a_genitive_before_a_capitalised_word_is_still_part_of_a_name(language, text):
    assert find(text, NONE, NONE, language=language).places == {}


@pytest.mark.parametrize(
    ("language", "text", "wrong"),
    [  # a person's name read in a case; a place of another country after a case; a tail
        ("uz", "Sovrinni Malika Qurbonova oldi.", "n:ML"),  # no dative of Mali
        ("uz", "Sovrinni Hamida Rasulova oldi.", "c:hami"),  # a town abroad: a name as often
        ("uz", "Bu haqda Qirgʻizistonning Jalolobod viloyatida xabar berildi.", "n:AF"),
        ("uz", "Ular Toshkentdagi Turin politexnika universitetida oʻqiydi.", "n:IT"),
        ("az", "Xəbərlər İslamabad-e Qərb şəhərində yayıldı.", "n:PK"),  # a tail, no case
    ],
)
def test_a_case_ends_no_name_of_a_person_nor_before_a_place_abroad(language, text, wrong):
    assert wrong not in find(text, NONE, NONE, language=language).places


def test_uzbek_letters_written_with_a_quotation_mark_are_one_letter():
    """Uzbek writes oʻ and gʻ with a turned comma, a quotation mark or an apostrophe; read as
    one letter, Qozog‘iston is Kazakhstan, not "Qozog" and "iston"."""
    text = "Qozog‘iston, Qirg'iziston va O’zbekiston prezidentlari"
    assert (
        with_uzbek_letters(text, "uz") == "Qozogʻiston, Qirgʻiziston va Oʻzbekiston prezidentlari"
    )
    assert with_uzbek_letters("O'Brien's", "en") == "O'Brien's"
    places = find(with_uzbek_letters(text, "uz"), NONE, NONE, language="uz").places
    assert {"n:KZ", "n:KG", "n:UZ"} <= set(places)
