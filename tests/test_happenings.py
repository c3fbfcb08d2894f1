"""The kinds of event a text tells (happenings.py) and the cut they make between two reports
of one actor's two events (cuts.other_happenings)."""

import datetime as dt
import unicodedata

import numpy as np
import pytest

from briefgen import cluster as clustering
from briefgen.cuts import other_happenings
from briefgen.happenings import happenings, told
from briefgen.models import Article
from briefgen.salience import profiles
from tests.test_cluster import T0, article


@pytest.mark.parametrize(
    ("text", "language", "kinds"),
    [
        ("Halvorsen recalls 8,000 vans over parking brake fault", "en", {"recall"}),
        ("Halvorsen Motors beats forecasts as van sales jump", "en", {"results"}),
        ("Magnitude 6.2 quake strikes off northern Japan", "en", {"quake"}),  # no walkout
        ("Vietnam's Long Thanh airport opens to first flights", "en", {"opening"}),
        ("Primeiro voo direto entre Seul e Lisboa aterrou", "pt", {"opening"}),  # a new route
        ("한빛항공, 인천~리스본 첫 취항", "ko", {"opening"}),
        ("Drone strike kills three as dockers strike", "en", {"attack", "strike"}),
        ("Minister under fire over expenses", "en", set()),  # criticism, no fire
        ("Orbitel says customer records were taken", "en", set()),  # a name, no orbit
        ("Hackney residents object to the new estate", "en", set()),  # no hacking
        ("Late penalty gives Ribeira a 2-1 win", "en", {"fine", "sport"}),  # a word of two kinds
        ("Bußgeld gegen Lumora bestätigt", "de", {"fine"}),  # ß read as written
        ("Velmora: der Rückruf betrifft 312.000 Autos", "de", {"recall"}),
        ("Grève des contrôleurs aériens jeudi", "fr", {"strike"}),
        ("日本青森县东部海域发生6.2级地震", "zh", {"quake"}),  # no spaces: found anywhere
        ("구미산단 화학공장 화재…직원 60명 대피", "ko", {"accident"}),
        ("Yangon မှာ မီးလောင်", "my", set()),  # a language without cues tells none
        # six more languages (happening_words_ru_uk, _pl_cs, _tr_ar)
        ("Забастовка докеров парализовала порт Новороссийска", "ru", {"strike"}),
        ("Прибуток Нафтогазу зріс на 12%", "uk", {"results"}),
        ("Prezes PKN Orlen złożył rezygnację", "pl", {"leadership"}),
        ("Stávka řidičů MHD v Praze", "cs", {"strike"}),
        ("Malatya'da 5,9 büyüklüğünde deprem", "tr", {"quake"}),
        ("زلزال بقوة 6 درجات يضرب جنوب تركيا", "ar", {"quake"}),
        ("Пожарные эвакуировали жителей дома", "ru", set()),  # firefighters, no fire
        # a landing on the moon is space news, though a "probe" lands (Chang'e-7's)
        ("The lander touched down on the lunar surface, the space agency said", "en", {"space"}),
        ("Millions travel home for the Lunar holiday", "en", set()),
        ("Sandra Landers was arrested", "en", {"scandal"}),  # a name, no lander
    ],
)
def test_the_kinds_of_event_a_text_tells(text, language, kinds):
    assert happenings(text, language) == kinds


@pytest.mark.parametrize(
    ("text", "language"),
    [  # words that tell no event here, though a cue starts them or they hold one
        ("Trump fires FBI director", "en"),  # a dismissal, no fire (a cue of no kind)
        ("Trump blasts Powell over rates", "en"),
        ("Protesters storm the parliament", "en"),
        ("Fine Gael leader backs fine-tuned plan", "en"),
        ("France recalls ambassador", "en"),
        ("Cybertruck sales slump in Europe", "en"),
        ("Non-profit group backs Awami League", "en"),
        ("a seismic shift in policy", "en"),
        ("Bosch feuert den Chef; DAX eröffnet fester", "de"),
        ("Bauern klagen über Preise am Brandenburger Tor", "de"),
        ("Haushalte sparen, Firma steuert auf Rekord", "de"),
        ("La troisième dose de rappel", "fr"),
        ("El paro baja, de acuerdo con el INE", "es"),
        ("Il bilancio delle vittime; lo rileva l'Istat; tangenziale chiusa", "it"),
        ("De acordo com a Receita Federal", "pt"),
        ("Minister roept op tot kalmte; stemming op de beurs; Tekort aan personeel", "nl"),
        ("ゴールドマンの障害者支援、流行語大賞", "ja"),
        ("轨道交通 火箭队", "zh"),
        ("인수위 출범, 공격수 영입, 정전협정", "ko"),
        # found in the labelled corpora's leads: a consolidated (合并) profit is no merger,
        # police firing water cannon no fire, an auditor no audit, a debt deal no job cuts
        ("合并营业利益由原估的5,300亿日元下修", "zh"),
        ("Police fire water cannon and tear gas at protesters", "en"),
        ("She began her career as an auditor", "en"),
        ("Creditors back a $6.8 billion debt restructuring", "en"),
        # metaphors: a political earthquake, a landslide win, a fire sale
        ("A political earthquake as retailers hold a fire sale", "en"),
        ("Ein politisches Erdbeben: Erdrutschsieg der Opposition", "de"),
        ("Un séisme politique à Paris", "fr"),
        ("Un terremoto político sacude Madrid", "es"),
        ("Un terremoto politico a Roma", "it"),
        ("Um terremoto político em Lisboa", "pt"),
        ("Een politieke aardbeving in Den Haag", "nl"),
        # a stadium "in flames" (blind-day-65: a Spanish match report was cut from the
        # match's other reports as of a fire), social media in flames: a fire is told as one
        ("El Galatasaray tumba al PSG en un Rams Park en llamas", "es"),
        ("Social media in flames over the advert", "en"),
        ("Le Parti socialiste en flammes", "fr"),
        ("Un derby in fiamme", "it"),
    ],
)
def test_words_that_only_look_like_a_kind_of_event_tell_none(text, language):
    assert happenings(text, language) == set()


@pytest.mark.parametrize(
    ("text", "language", "kinds"),
    [  # one kind written as outlets write it
        ("Chiffre d’affaires en hausse", "fr", {"results"}),  # a typographic apostrophe
        ("Rachat d’actions", "fr", {"results"}),  # a buyback, no takeover
        ("Grossbrand in Zürich", "de", {"accident"}),  # Swiss "ss" for "ß"
        (unicodedata.normalize("NFD", "bénéfice"), "fr", {"results"}),  # e + accent
        ("1분기 실적, 공장화재로", "ko", {"results", "accident"}),  # joined to other words
        ("Rail strikes hit Italy", "en", {"strike"}),
        ("Magnitude 6 quake strikes Peru", "en", {"quake"}),
        ("Residents dig through rubble after missile strike", "en", {"attack"}),
        ("Two men go on trial over killing of courier", "en", {"court"}),
        ("L'Assemblée adopte le projet de loi de finances rectificative", "fr", {"budget"}),
    ],
)
def test_one_kind_in_the_forms_outlets_write_it(text, language, kinds):
    assert happenings(text, language) == kinds


RESULTS = article(
    "https://ledger.example.com/torvald-results",
    "Torvald Motors beat analysts' forecasts on Thursday as third-quarter profit rose 12% to "
    "4.1 billion crowns, lifted by demand for its electric vans, the Gothenburg carmaker said. "
    "Chief executive Ingrid Solheim said she expected margins to widen next year. Revenue "
    "climbed 9% to 38 billion crowns, and the board raised the dividend.",
    title="Torvald Motors beats forecasts as profit rises",
)
RECALL = article(
    "https://wire.example.com/torvald-recall",
    "Torvald Motors is recalling 41,000 cars in Europe over faulty brake sensors, the "
    "Gothenburg carmaker said on Thursday. Chief executive Ingrid Solheim said the company "
    "had found the fault in its own tests and no accidents had been reported. Owners will "
    "be asked to bring their cars to a workshop from next month.",
    minutes=90,
    title="Torvald Motors recalls 41,000 cars over brake sensors",
)


def test_one_carmaker_s_results_and_its_recall_are_two_stories(monkeypatch):
    """One article of each, nothing but the pair itself to tell them apart: the carmaker, its
    city and its chief in common made them one story."""

    def stories() -> list[int]:
        found = clustering.cluster([RESULTS, RECALL], set(), T0 + dt.timedelta(hours=8))
        return sorted(len(s.articles) for s in found)

    assert stories() == [1, 1]
    monkeypatch.setattr(clustering, "other_happenings", lambda p, left, right: (left < 0, left < 0))
    assert stories() == [2]  # without the cut


def test_one_polish_company_s_results_and_its_chief_s_resignation_are_two_stories():
    """Polish had no cue words: one lender's quarterly profit and its chief's resignation, a
    report each and nothing else in the batch, were one story (the company, its city and its
    chief in common)."""
    results = article(
        "https://bankier.example.pl/wyniki",
        "Zysk netto Banku Wiślanego w trzecim kwartale wzrósł o 14 proc. do 1,2 mld zł, podał "
        "bank w Warszawie. Prezes Anna Kowalczyk mówiła o rekordowych przychodach.",
        title="Zysk Banku Wiślanego wzrósł o 14 proc. w trzecim kwartale",
    )
    resigns = article(
        "https://puls.example.pl/prezes",
        "Prezes Banku Wiślanego Anna Kowalczyk złożyła rezygnację ze stanowiska, poinformował "
        "bank w Warszawie. Jej następcę wybierze rada nadzorcza.",
        minutes=240,
        title="Prezes Banku Wiślanego złożyła rezygnację",
    )
    assert story_sizes("pl", results, resigns) == [1, 1]


def story_sizes(language: str, *reports: Article) -> list[int]:
    """The sizes of the stories that `reports`, in `language`, make alone in a batch."""
    reports = [a.model_copy(update={"language": language}) for a in reports]
    found = clustering.cluster(reports, set(), T0 + dt.timedelta(hours=8))
    return sorted(len(s.articles) for s in found)


def test_one_fire_told_as_a_blaze_and_as_a_fire_is_one_story():
    wire = article(
        "https://wire.example.com/szeged-fire",
        "A fire tore through a paint warehouse in Szeged on Monday night, injuring four "
        "firefighters and forcing 300 residents from their homes, Hungarian police said.",
        title="Fire at Szeged paint warehouse injures four firefighters",
    )
    local = article(
        "https://delta.example.com/szeged-blaze",
        "Residents of Szeged's Rokus district watched the blaze at the paint warehouse for "
        "hours; four firefighters were hurt and 300 people spent the night in a school.",
        minutes=120,
        title="Blaze lights up Szeged's night sky",
    )
    assert [p.lead_happenings for p in profiles([wire, local])] == [{"accident"}] * 2
    found = clustering.cluster([wire, local], set(), T0 + dt.timedelta(hours=8))
    assert [len(s.articles) for s in found] == [2]


def test_a_report_that_names_the_other_event_meets_it_one_way():
    """A results report that says the day began with the recall tells of both: no full cut,
    but the weaker one of an event named by one side only (either side); when the recall
    report names the results too, no cut at all."""
    results = article(
        RESULTS.url,
        RESULTS.text + " The results came hours after Torvald Motors announced a recall.",
        title=RESULTS.title,
    )
    recall = article(
        RECALL.url,
        RECALL.text + " The recall was announced on the day of the quarterly results.",
        title=RECALL.title,
        minutes=90,
    )
    assert _kinds_apart([RESULTS, RECALL]) == (True, False)
    assert _kinds_apart([results, RECALL]) == (False, True)
    assert _kinds_apart([RECALL, results]) == (False, True)
    assert _kinds_apart([results, recall]) == (False, False)


def test_what_a_lead_tells_as_hours_or_days_before_is_named_not_told():
    """A new user's acquisition report led "Norvalis has agreed to acquire Voltia ..., hours
    after the German e-bike maker announced a battery recall": its lead told a takeover and
    a recall, so nothing held it apart from the recall's three reports (nu31 r01). The
    recall is background: named, which meets the recall one way only."""
    lead = (
        "Norvalis agrees to buy battery maker Voltia\nNorvalis has agreed to acquire Voltia "
        "for 2.3 billion euros, hours after the German e-bike maker announced a battery recall."
    )
    assert told(lead, "", "en") == ({"takeover"}, {"takeover", "recall"})
    german = "Norvalis kauft Voltia\nNorvalis übernimmt Voltia, Stunden nach dem Rückruf."
    assert told(german, "", "de") == ({"takeover"}, {"takeover", "recall"})
    # a kind told before the background words is told, and after their clause (the review's)
    both = "Norvalis recalls batteries and agrees to buy Voltia, days after a fire."
    assert told(both, "", "en")[0] == {"recall", "takeover"}
    opening = "Voltia\nDays after customers reported overheating, Voltia recalled 40,000 bikes."
    assert told(opening, "", "en")[0] == {"recall"}
    night = "Lyon\nPeu après minuit, un incendie s'est déclaré dans l'usine Voltia."
    assert told(night, "", "fr")[0] == {"accident"}


def _kinds_apart(pair: list[Article]) -> tuple[bool, bool]:
    """other_happenings of one pair: (kinds unmet, met one way only)."""
    unmet, one_way = other_happenings(profiles(pair), np.array([0]), np.array([1]))
    return bool(unmet[0]), bool(one_way[0])


def test_a_traditional_chinese_report_tells_its_kind_as_a_simplified_one():
    taipei = article(
        "https://tw.example.com/strike",
        "台北捷運司機週二罷工，數十萬通勤族受影響。",
        title="台北捷運罷工",
    )
    beijing = article(
        "https://cn.example.com/strike", "北京地铁司机周二罢工。", title="北京地铁罢工"
    )
    found = profiles([taipei, beijing])
    assert [p.lead_happenings for p in found] == [{"strike"}, {"strike"}]


@pytest.mark.parametrize(
    ("text", "language", "kinds"),
    [  # a German or Dutch verb whose particle ends the clause, words apart from it
        ("Velmora ruft weltweit 312.000 Autos wegen defekter Airbag-Sensoren zurück", "de",
         {"recall"}),
        ("Akku-Gefahr: Brennauer ruft E-Autos in die Werkstatt", "de", {"recall"}),
        ("Velmora-Chef Reinhardt tritt zum Jahresende zurück", "de", {"leadership"}),
        ("Kessler schließt sein Werk in Győr", "de", {"jobs"}),
        ("Velmora-Chef tritt zum 1. Juli zurück", "de", {"leadership"}),  # an ordinal's stop
        ("Velmora ruft Autos (wegen der Airbags) zurück", "de", {"recall"}),
        ("Veltrona streicht 450 Stellen in Regensburg", "de", {"jobs"}),
        ("Brenner roept 38.000 vaatwassers terug wegens brandgevaar", "nl", {"recall"}),
        ("Minister De Vries treedt per direct af", "nl", {"leadership"}),
        # the particle in another clause, or a word it only starts, tells nothing
        ("Sie ruft die Kunden an, und sie kommen zurück", "de", set()),
        ("De zanger treedt op als afgevaardigde", "nl", set()),
        ("Minister tritt heute in Brüssel auf\nZurück in Berlin", "de", set()),  # another line
        ("Deutschland ruft seinen Botschafter aus Moskau zurück", "de", set()),  # NOT hides it
        ("Bayern macht Schulen und Kitas dicht", "de", set()),
        ("Ajax haalt Klaassen terug naar Amsterdam", "nl", set()),  # a player signed
        ("Die Firmen bauen Autos und stellen Batterien her", "de", set()),
    ],
)  # fmt: skip
def test_a_verb_and_its_particle_at_the_clause_s_end(text, language, kinds):
    assert happenings(text, language) == kinds


def test_one_german_carmaker_s_results_and_its_recall_are_two_stories():
    """German leads of a recall ("ruft ... zurück") told no kind: one carmaker's results and
    its recall, a report each and nothing else in the batch, were one story."""
    results = article(
        "https://boerse.example.de/torvald-zahlen",
        "Der Autobauer Torvald hat im dritten Quartal einen Gewinn von 4,1 Milliarden Kronen "
        "erzielt, zwölf Prozent mehr als vor einem Jahr, teilte der Konzern in Göteborg mit. "
        "Vorstandschefin Ingrid Solheim erwartet höhere Margen.",
        title="Torvald steigert Quartalsgewinn um zwölf Prozent",
    )
    recall = article(
        "https://auto.example.de/torvald-sensoren",
        "Torvald ruft in Europa 41.000 Autos wegen fehlerhafter Bremssensoren zurück, teilte "
        "der Autobauer in Göteborg mit. Vorstandschefin Ingrid Solheim sagte, der Fehler sei "
        "bei eigenen Tests entdeckt worden.",
        minutes=90,
        title="Torvald ruft 41.000 Autos wegen Bremssensoren zurück",
    )
    assert story_sizes("de", results, recall) == [1, 1]


@pytest.mark.parametrize(
    ("text", "language", "kinds"),
    [  # winter's weather, a shipwreck, a grounding (happening_words_seasons.py)
        ("Verglas : un mort à Saint-Jean-sur-Richelieu", "fr", {"weather"}),
        ("Ice storm knocks out power to 410,000 customers", "en", {"weather", "outage"}),
        ("Black ice and a cold snap close schools across Ontario", "en", {"weather"}),
        ("Geada e onda de frio atingem o Sul", "pt", {"weather"}),
        ("Quase 500 mil clientes sem luz no Quebeque", "pt", {"outage"}),
        ("Glatteis und Eisregen: Hunderte Unfälle auf Bayerns Straßen", "de", {"weather"}),
        ("魁省冻雨致大面积停电", "zh", {"weather", "outage"}),
        ("寒波襲来、各地で氷点下10度", "ja", {"weather"}),
        ("강원 산간 한파 특보…체감온도 영하 20도", "ko", {"weather"}),
        ("Underkylt regn gav ishalka i hela Norrland", "sv", {"weather"}),
        ("Isslag og glattføre på Vestlandet", "nn", {"weather"}),
        ("Naufrage au large d'Almería : le bilan s'alourdit à 12 morts", "fr", {"accident"}),
        ("Ya son nueve los cadáveres de la patera naufragada en Almería", "es", {"accident"}),
        ("Bulk carrier runs aground off New Caledonia", "en", {"accident"}),
        ("フェリーが沈没、乗客12人不明", "ja", {"accident"}),
    ],
)
def test_winter_weather_and_shipwrecks_are_told(text, language, kinds):
    assert happenings(text, language) == kinds


@pytest.mark.parametrize(
    ("text", "language"),
    [  # the same words in other uses: phrases, or an entry of NOT, keep them apart
        ("Hopes of a compromise run aground", "en"),
        ("A president without power in his own party", "en"),
        ("El proyecto sigue sin luz verde", "es"),
        ("Jogadores estavam sem energia no segundo tempo", "pt"),
        ("紙吹雪が舞う中で優勝パレード", "ja"),
        ("친한파 의원 모임 출범", "ko"),
    ],
)
def test_words_of_winter_and_the_sea_in_other_uses_tell_none(text, language):
    assert happenings(text, language) == frozenset()


def test_a_grid_shut_down_is_a_power_cut_in_russian():
    """ "На Кубе полностью отключилась энергосистема" (Cuba's grid shut down entirely) told no
    power cut, and "аварии" in its text an accident: it was held apart from the other reports
    of the blackout (blind-day-83)."""
    assert happenings("На Кубе полностью отключилась энергосистема", "ru") == {"outage"}
    assert happenings("Коллапс энергосистемы: остров без света", "ru") == {"outage"}
