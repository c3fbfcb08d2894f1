"""Death tolls that rise through a day: the report that tells the toll now leads the story,
its bottom line and its title, and no earlier count is told as the toll (revisions.py: a toll
only rises)."""

import datetime as dt

import pytest

from briefgen.cluster import cluster
from briefgen.models import Story
from briefgen.revisions import Report, lead_tolls, revisions
from briefgen.stories import titled_in
from briefgen.summarize.counts import counts
from tests.synthetic_news import news_article, offline_brief

AT = dt.datetime(2026, 12, 1, 21, 40, tzinfo=dt.UTC)
HOUR = dt.timedelta(hours=1)


# a quake's first report and a Japanese one of the toll risen to 52 (blind-day-36)
POSO_14 = (
    "Nusantara Post",
    "Magnitude 6.8 quake kills 14 near Poso",
    "A magnitude 6.8 earthquake killed 14 people near the town of Poso in Central Sulawesi "
    "before dawn on Monday, the disaster agency said.",
    -120,
    "en",
)
POSO_52_JA = (
    "東洋時事通信",
    "インドネシア・スラウェシ島でM6.8地震　死者52人に",
    "インドネシア中部スラウェシ州ポソ県で10日未明、M6.8の地震があった。同国の国家防災庁"
    "によると、52人の死亡が確認された。",
    240,
    "ja",
)


def one_story(texts, hours: int) -> list:
    """The stories of reports (outlet, title, text, minutes after AT[, language: English]),
    titled in English, `hours` after AT."""
    articles = [
        news_article(outlet, title, text, AT + dt.timedelta(minutes=m), language=(*lang, "en")[0])
        for outlet, title, text, m, *lang in texts
    ]
    stories = cluster(articles, set(), AT + dt.timedelta(hours=hours), max_stories=8)
    titled_in(stories, "en")
    return stories


def test_a_death_toll_that_rose_leads_and_the_earlier_toll_is_not_told():
    """nu35 r01: the morning wire and a local rewrite said three dead, the afternoon wire
    that the toll rose to five; the brief led with three, and said five only in its list."""
    texts = [
        ("Meridian Wire", "Fire at Gdansk shipyard kills three, injures 12",
         "A fire aboard a ferry under construction at the Remontowa shipyard in Gdansk killed "
         "three workers and injured 12 on Wednesday morning, the regional fire service said.\n\n"
         "More than 90 firefighters were sent to the yard.", 0),
        ("Baltic Coast Daily", "Three dead in Gdansk shipyard blaze",
         "Three shipyard workers died and 12 were hurt when fire swept through the engine room "
         "of a ferry being built at Remontowa in Gdansk early on Wednesday.\n\nRelatives "
         "gathered at the yard gates on Wednesday morning.", 140),
        ("Meridian Wire", "Gdansk shipyard fire death toll rises to five, 20 injured",
         "The death toll from a fire on a ferry under construction at Gdansk's Remontowa "
         "shipyard rose to five on Wednesday after two injured workers died in hospital, and "
         "the number of injured was revised to 20, the regional fire service said.\n\nThe fire "
         "was extinguished at 1:15 p.m., spokesman Lukasz Wojcik said.", 510),
    ]  # fmt: skip
    [story] = one_story(texts, 10)
    brief = offline_brief("Gdansk", story.model_copy(update={"id": "s1"}))
    said = [brief.headline, *brief.summary, *(d.detail for d in brief.developments)]
    assert "rises to five" in brief.headline and "rose to five" in brief.summary[0], said
    assert not any("three" in line.casefold() for line in said), said


def test_of_a_toll_that_rose_twice_the_latest_leads_and_no_earlier_count_is_told():
    """blind-day-36: 14, then 37, then 52 dead of one quake. The toll now is the highest
    count alone, so the report that told the rise to 37 gives an old toll too: the story was
    titled "rises to 37", and its bottom line said 37 killed."""
    texts = [
        ("Nusantara Post", "Magnitude 6.8 quake kills 14 near Poso",
         "A magnitude 6.8 earthquake killed 14 people near the town of Poso in Central "
         "Sulawesi before dawn on Monday, the disaster agency said.\n\nThe BMKG put the "
         "epicentre 18 km southwest of Poso and ruled out a tsunami.", 0),
        ("Jakarta Ledger", "Death toll from Poso quake rises to 37",
         "At least 37 people were killed by the magnitude 6.8 earthquake near Poso, the "
         "disaster agency said on Monday, as rescuers searched collapsed homes.\n\nMore than "
         "260 people were injured in the quake, which struck at 5:12 a.m.", 300),
        ("Global Wire", "Poso quake: 52 dead as aid flights land",
         "Fifty-two people died in Monday's magnitude 6.8 earthquake near Poso, officials "
         "said, as military planes carrying tents and medicine landed in Central Sulawesi."
         "\n\nAbout 14,200 people have left their homes.", 560),
    ]  # fmt: skip
    [story] = one_story(texts, 12)
    assert story.revised().new == {"52"}
    assert story.title == "Poso quake: 52 dead as aid flights land"
    brief = offline_brief("Poso", story.model_copy(update={"id": "s1"}))
    said = [brief.headline, *brief.summary]
    assert not any("37" in line or " 14 " in line for line in said), said


def test_a_story_is_titled_by_a_report_that_gives_no_old_toll_before_one_that_revised_to_it():
    """14 dead, then 37, then 52 told in Japanese and in English as a toll that "climbs to
    52": the English report that told the rise to 37 gives an old toll, the later one none
    (the revising report in the brief's language came first, though its toll was old)."""
    texts = [
        POSO_14,
        ("Jakarta Ledger", "Death toll from Poso quake rises to 37",
         "At least 37 people were killed by the magnitude 6.8 earthquake near Poso, the "
         "disaster agency said on Monday, up from 14 in its first count.", 0, "en"),
        POSO_52_JA,
        ("Global Wire", "Aid flights land in Poso as quake toll climbs to 52",
         "Military planes carrying tents and medicine landed near Poso on Monday evening, "
         "after the magnitude 6.8 earthquake that officials now say left 52 people dead.",
         480, "en"),
    ]  # fmt: skip
    [story] = one_story(texts, 12)
    assert story.title == "Aid flights land in Poso as quake toll climbs to 52"


def test_only_a_toll_given_before_is_an_old_toll_and_a_hyphenated_count_is_read_whole():
    """Of a quake whose toll rose from 37 to 52, "at least 37 killed" is an old toll; three
    children among the dead, or a past quake's 4,000, are not. "Fifty-two" is no 2; a toll
    revised down is no toll that only rose."""
    revised = revisions(
        {
            "early": Report("en", "Quake kills 37\nAt least 37 people were killed.", AT),
            "late": Report(
                "en", "Toll rises to 52\nThe death toll rose to 52.", AT + dt.timedelta(hours=3)
            ),
        }
    )
    assert revised.new == {"52"} and revised.before == {"37"}
    assert revised.old_toll("At least 37 people were killed in the quake.", "en")
    assert not revised.old_toll("Three children were among those killed.", "en")
    assert not revised.old_toll("The 2018 quake killed more than 4,000 people.", "en")
    assert lead_tolls("Fifty-two people died in the quake.", "", "en", 2026) == set()
    down = revisions(
        {
            "a": Report("en", "Quake kills 14\n14 people were killed.", AT),
            "b": Report("en", "Toll rises to 37\nThe death toll rose to 37.", AT + HOUR),
            "c": Report(
                "en",
                "Toll revised to 30\nOfficials revised the death toll down to 30 from 37.",
                AT + 2 * HOUR,
            ),
        }
    )
    assert "37" not in down.new


def test_the_report_that_tells_the_toll_now_is_news_though_another_told_it_first():
    """blind-day-36: a Japanese report told 52 dead before the English one, whose lead gives
    the toll 55 characters after "death toll" ("... from a strong earthquake near the town of
    Poso rose to 52"). The English report tells what is new all the same, and the one whose
    only news was the rise to 37 no longer does: the bottom line told the epicentre."""
    lead = (
        "Military transport planes landed in Central Sulawesi on Monday evening as the death "
        "toll from a strong earthquake near the town of Poso rose to 52, officials said."
    )
    assert lead_tolls("Aid flights head for Poso", lead, "en", 2026) == {52.0}
    texts = [
        POSO_14,
        ("Jakarta Ledger", "Death toll from Poso quake rises to 37",
         "At least 37 people were killed by the magnitude 6.8 earthquake near Poso, the "
         "disaster agency said on Monday.\n\nThe BMKG put the epicentre 18 km southwest of "
         "Poso at a depth of 10 km and ruled out a tsunami.", 0, "en"),
        POSO_52_JA,
        ("Global Wire", "Indonesia quake toll climbs to 52; aid flights head for Poso",
         f"{lead}\n\nThe magnitude 6.8 quake struck at 4:12 a.m. about 18 km southwest of "
         "Poso.", 480, "en"),
    ]  # fmt: skip
    [story] = one_story(texts, 12)
    revised = story.revised()
    told = {a.outlet for a in story.articles if a.url in revised.by}
    assert told == {"東洋時事通信", "Global Wire"}, told
    brief = offline_brief("Poso", story.model_copy(update={"id": "s1"}))
    assert brief.summary and "rose to 52" in brief.summary[0], brief.summary


def test_a_french_toll_of_neuf_is_nine_before_a_plural_noun_only():
    """blind-day-37: "le bilan du cyclone s'alourdit à neuf morts" after "killing at least
    five" is a toll that rose; "neuf" is read as new everywhere else ("un bâtiment neuf",
    "du neuf dans les rues")."""
    found = revisions(
        {
            "en": Report("en", "Cyclone kills at least five\nAt least five people died.", AT),
            "fr": Report(
                "fr",
                "Madagascar : le bilan du cyclone s'alourdit à neuf morts\nNeuf personnes ont "
                "perdu la vie, selon le dernier point du BNGRC.",
                AT + 6 * HOUR,
            ),
        }
    )
    assert found.by == {"fr"} and found.new == {"9"}
    assert counts("Un bâtiment neuf a ouvert.", "fr") == set()
    assert counts("Il y a du neuf dans les rues.", "fr") == set()


def test_of_the_reports_that_give_the_toll_now_the_nearest_the_centre_heads_the_story():
    """blind-day-37: a wildfire's toll rose from two to three, told by a Chilean report and,
    a quarter of an hour later, by a Brazilian one about the aid it offered. The story is
    headed by the report nearest its centre (the clustering's first), not the latest."""
    fire = "Incendio en Limache: sube a tres la cifra de fallecidos"
    aid = "Brasil oferece brigadistas ao Chile para combater incêndio que já matou três"
    articles = [
        news_article("Diario Sur", fire, "Tres personas han muerto en el incendio forestal.",
                     AT + 10 * HOUR, language="es"),
        news_article("Wire", "Chile wildfire kills two", "Two people were killed in the fire.",
                     AT, language="en"),
        news_article("Folha", aid, "O incêndio já deixou três mortos, segundo as autoridades.",
                     AT + 11 * HOUR, language="pt"),
    ]  # fmt: skip
    story = Story(id="s1", title="Chile wildfire kills two", articles=articles)
    titled_in([story], "en")
    assert story.revised().new == {"3"}
    assert story.title == fire


def test_a_toll_read_after_a_word_of_change_is_named_as_a_noun_and_read_whole():
    """The review's: after "killed", a temperature that "rose to 48" is no toll (a verb for
    dying gives its count near it); a toll named as a noun gives its count whole, past a
    thousands comma."""
    heat = "The heatwave has killed elderly people as temperatures rose to 48 degrees Celsius."
    assert lead_tolls("Heatwave grips Spain", heat, "en", 2026) == set()
    risen = "The death toll from the quake near Poso on Sulawesi rose to 2,300 on Monday."
    assert lead_tolls("Quake toll rises", risen, "en", 2026) == {2300.0}
    assert counts("Un hôpital neuf les accueille.", "fr") == set()


@pytest.mark.parametrize(
    ("language", "lead", "dead"),
    [
        ("id", "BPBD Poso mencatat 14 orang meninggal dunia dan puluhan lainnya luka-luka.", {14}),
        # a toll named as a noun, and its count after a word of change (as "death toll ... rose")
        (
            "id",
            "Jumlah korban meninggal akibat gempa bermagnitudo 6,8 yang mengguncang Poso "
            "bertambah menjadi 68 orang.",
            {68},
        ),
        ("id", "Korban jiwa akibat banjir bandang bertambah menjadi 41 orang.", {41}),
        # by a regional code as a caller may give it (the named toll was looked up by it)
        ("id-ID", "Korban jiwa akibat banjir bandang bertambah menjadi 41 orang.", {41}),
        ("id", "Tidak ada korban jiwa dalam gempa berkekuatan 5,2 itu.", set()),
        ("sw", "Watu 12 wamefariki dunia na wengine 30 kujeruhiwa.", {12}),
        ("vi", "Vụ tai nạn làm 7 người thiệt mạng và 20 người bị thương.", {7}),
        ("cs", "Při požáru zemřeli 3 lidé a dalších 9 se zranilo.", {3}),
        ("fi", "Palossa kuoli 4 ihmistä.", {4}),
        ("sv", "Fem personer miste livet i olyckan.", {5}),
        ("th", "มีผู้เสียชีวิต 5 ราย บาดเจ็บ 30 ราย", {5}),
        ("tr", "Depremde 2 kişi hayatını kaybetti.", {2}),
        # a word-start of two words ("nie żyj-": is dead)
        ("pl", "Nie żyje 5 osób.", {5}),
        # a temperature is no count
        ("id", "Seorang pria tewas saat suhu naik hingga 40 derajat.", set()),
        ("en", "A man died as temperatures rose to 41 degrees.", set()),
        # nor a speed: CI's brief told "150" as a typhoon's toll once a Vietnamese report's 7
        # dead made the English 150 km/h a toll that rose
        ("en", "Winds of up to 150 km/h, killing at least seven people.", {7}),
        ("tr", "45 derece sıcakta yaşlı bir adam öldü.", set()),
        ("id", "Angka kematian naik 12 persen.", set()),
        # words that mean something else (the review's): football, grandparents, a water cut,
        # networked cities, an exit poll that came true, a deadlock
        ("fa", "تیم فوتبال 3 گل زد.", set()),
        ("th", "ตายาย 2 คนออกมาต้อนรับ", set()),
        ("ms", "Bekalan air mati selama 12 jam.", set()),
        ("hr", "Umreženo je 5 gradova.", set()),
        ("ta", "கருத்துக்கணிப்பு பலித்தது: 150 இடங்களில் வெற்றி", set()),
        ("sv", "Dödläget består efter 3 dagar.", set()),
        # "no fewer than", an airstrike: no denial; Norwegian by its other code
        ("id", "Tidak kurang 10 orang tewas.", {10}),
        ("vi", "Israel không kích giết chết 12 người.", {12}),
        ("nb", "3 personer omkom i brannen.", {3}),
        ("ta", "நிலச்சரிவில் 5 பேர் பலி", {5}),
    ],
)
def test_counts_of_the_dead_are_read_in_the_languages_news_is_written_in(language, lead, dead):
    """A toll rises through a day in every language: blind-day-36's Indonesian reports of a
    quake told 14 dead and then 68, and were two events while only 16 languages' words for
    dying were known."""
    assert lead_tolls("", lead, language, 2026) == {float(n) for n in dead}


def test_an_indonesian_toll_that_rose_is_one_story():
    """blind-day-36: "14 orang meninggal dunia" in the morning, "bertambah menjadi 68 orang"
    the next day; their counts conflicted, and the two reports were two stories."""
    texts = [
        ("Kabar Nusantara", "Gempa M6,8 Guncang Poso, 14 Orang Meninggal Dunia",
         "Gempa bumi bermagnitudo 6,8 mengguncang Kabupaten Poso, Sulawesi Tengah, pada Senin "
         "dini hari. BPBD Poso mencatat 14 orang meninggal dunia dan puluhan lainnya "
         "luka-luka.\n\nWarga Kelurahan Gebangrejo dan Kawua mengungsi ke lapangan.", 0, "id"),
        ("Harian Sulawesi", "Korban Gempa Poso Jadi 68 Jiwa, Pengungsi Keluhkan Air Bersih",
         "Jumlah korban meninggal akibat gempa bermagnitudo 6,8 yang mengguncang Poso pada "
         "Senin dini hari bertambah menjadi 68 orang.\n\nPengungsi di Kelurahan Gebangrejo "
         "dan Kawua mengeluhkan kekurangan air bersih.", 1300, "id"),
    ]  # fmt: skip
    stories = one_story(texts, 24)
    assert len(stories) == 1, [s.title for s in stories]
