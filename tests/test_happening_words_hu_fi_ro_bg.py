"""The kinds of event leads tell in Hungarian, Finnish, Romanian and Bulgarian
(happening_words_hu_fi.py, _ro_bg.py), the words that only start like a cue and tell none,
and a results report and a recall of one company in Romanian told apart."""

import pytest

from briefgen.happenings import happenings
from tests.test_cluster import article
from tests.test_happenings import story_sizes


@pytest.mark.parametrize(
    ("text", "language", "kinds"),
    [
        ("Tűz ütött ki egy budapesti raktárban, két tűzoltó megsérült", "hu", {"accident"}),
        ("Lemondott a Magyar Posta vezérigazgatója", "hu", {"leadership"}),
        ("Kamatot csökkentett a Magyar Nemzeti Bank", "hu", {"rates"}),
        ("Sztrájkba lépnek a MÁV mozdonyvezetői", "hu", {"strike"}),
        ("Kerrostalopalo Tampereella: kolme loukkaantui", "fi", {"accident"}),
        ("Satamalakko pysäytti viennin Helsingissä", "fi", {"strike"}),
        ("EKP laski ohjauskorkoa 0,25 prosenttiyksikköä", "fi", {"rates"}),
        ("Incendiu puternic la o hală din Ploiești", "ro", {"accident"}),
        ("Şomajul a crescut la 5,9%", "ro", {"jobs"}),  # Ş with a cedilla, not a comma below
        ("Toyota kutsuu 12 000 autoa korjaamolle", "fi", {"recall"}),  # words apart
        ("Нестле изтегля от пазара партида бебешка храна", "bg", {"recall"}),
        ("Dacia recheamă în service 12.000 de autoturisme", "ro", {"recall"}),
        ("Cutremur de 5,2 grade în Vrancea", "ro", {"quake"}),
        ("BNR a menținut dobânda de politică monetară la 6,5%", "ro", {"rates"}),
        ("Пожар в склад в Пловдив, двама пострадали", "bg", {"accident"}),
        ("Стачка на миньорите в Мини Марица-изток", "bg", {"strike"}),
        ("Земетресение с магнитуд 4,1 край Благоевград", "bg", {"quake"}),
    ],
)
def test_the_kinds_of_event_a_lead_tells(text, language, kinds):
    assert happenings(text, language) == kinds


@pytest.mark.parametrize(
    ("text", "language"),
    [  # a firefighter, a stir, a heart attack, a political earthquake: no event of their kind
        ("Kitüntetést kaptak a tűzoltók", "hu"),
        ("Palomies pelasti kissan puusta", "fi"),
        ("Un atac de cord l-a scos din competiție", "ro"),
        ("Cutremur politic la București după declarațiile premierului", "ro"),
        ("Пожарникари на протест пред парламента", "bg"),
        ("Паяк изтегли автомобила от тротоара", "bg"),  # towed away, no recall
        ("Комисията финализира доклада", "bg"),
    ],
)
def test_words_that_only_look_like_a_kind_of_event_tell_none(text, language):
    assert happenings(text, language) == set()


def test_one_romanian_carmaker_s_results_and_its_recall_are_two_stories():
    """Romanian had no cue words: one carmaker's results and its recall, a report each and
    nothing else in the batch, were one story (the company, its city and its chief in
    common)."""
    results = article(
        "https://bursa.example.ro/rezultate",
        "Producătorul auto Carpatia a raportat un profit net de 410 milioane de lei în "
        "trimestrul al treilea, în creștere cu 12%, a anunțat compania la Pitești. Directorul "
        "general Ioana Marin a spus că marjele vor crește anul viitor.",
        title="Carpatia: profit net în creștere cu 12% în trimestrul trei",
    )
    recall = article(
        "https://auto.example.ro/rechemare",
        "Carpatia recheamă în service 41.000 de autoturisme din cauza unor senzori de frână "
        "defecți, a anunțat compania la Pitești. Directorul general Ioana Marin a spus că "
        "defectul a fost descoperit la testele interne.",
        minutes=90,
        title="Carpatia recheamă în service 41.000 de mașini",
    )
    assert story_sizes("ro", results, recall) == [1, 1]
