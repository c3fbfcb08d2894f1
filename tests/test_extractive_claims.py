"""The offline summarizer's claims and stories: a development for every story, one fact told
in two languages said once, and what is new in an updated story first (what backs a claim:
test_backing.py)."""

import datetime as dt
from pathlib import Path

from briefgen.cluster import cluster, dedupe
from briefgen.config import FetchSettings
from briefgen.gather import brief_period
from briefgen.models import Story
from briefgen.sources.files import FileSource
from briefgen.summarize import SummaryRequest
from briefgen.summarize.extractive import ExtractiveSummarizer
from tests.synthetic_news import news_article, offline_brief

NOW = dt.datetime(2026, 11, 24, 18, tzinfo=dt.UTC)


def test_every_story_of_a_long_brief_has_a_key_development():
    """Ten stories: each gets a development before any gets a second (a new user's brief of
    fourteen stories gave developments to its first three only)."""
    folder = Path(__file__).parent / "fixtures" / "clusters"
    found = FileSource(str(folder)).read(FetchSettings()).articles
    stories = cluster(dedupe(found).articles, set(), NOW, max_stories=10)
    period = brief_period(dt.date(2026, 11, 24), NOW, dt.timedelta(days=30), dt.UTC)
    brief = ExtractiveSummarizer().summarize(
        SummaryRequest(
            topic="Veldmark",
            keywords=[],
            date=dt.date(2026, 11, 24),
            period=period,
            generated_at=NOW,
            stories=stories,
        )
    )
    assert len(brief.stories) == 10
    assert [d.story for d in brief.developments] == sorted(
        (d.story for d in brief.developments), key=lambda s: int(s[1:])
    )
    assert {d.story for d in brief.developments} == {s.id for s in brief.stories}


def test_one_fact_is_said_once_though_two_languages_tell_it():
    """An English and a Chinese report of one quake give its magnitude and its injured each
    in their words: the brief says each once (a new user's brief said facts twice, in two
    languages), and still says what only one of them tells."""
    at = dt.datetime(2026, 11, 24, 14, tzinfo=dt.UTC)
    english = news_article(
        "Island Wire",
        "Magnitude 6.1 quake off Hualien injures 14",
        "A magnitude 6.1 earthquake struck off Hualien county in eastern Taiwan on Monday "
        "evening, the Central Weather Administration said. Fourteen people were injured and "
        "1,240 homes lost power for about an hour. Rail services on the east coast were "
        "halted for inspections and resumed after midnight.",
        at,
    )
    chinese = news_article(
        "East Coast Daily",
        "花蓮近海規模6.1地震 14人受傷",
        "中央氣象署表示，花蓮縣近海發生規模6.1地震。地震造成14人受傷，1240戶一度停電。"
        "花蓮市一棟老舊公寓外牆出現裂縫，縣府已派員勘查。",
        at + dt.timedelta(minutes=30),
        language="zh",
    )
    story = Story(id="s1", title="Quake off Hualien", articles=[english, chinese], score=3.0)
    period = brief_period(dt.date(2026, 11, 24), NOW, dt.timedelta(days=2), dt.UTC)
    brief = ExtractiveSummarizer().summarize(
        SummaryRequest("Taiwan", [], dt.date(2026, 11, 24), period, NOW, [story])
    )
    said = [*brief.summary, *(d.detail for d in brief.developments)]
    assert sum("6.1" in s for s in said) == 1, said
    assert any("裂縫" in s for s in said), said  # only the Chinese report tells of the crack


def test_an_updated_story_leads_with_what_is_new_in_it():
    """Yesterday's two reports of a strike and today's of its end: the bottom line tells the
    end, not the start that the earlier reports, more of them, tell more of (a new user's
    48-hour brief led its updated stories with yesterday's facts)."""
    at = dt.datetime(2026, 11, 23, 8, tzinfo=dt.UTC)
    start = (
        "Bus drivers in Lindmoor began an open-ended strike on Monday over pay, halting 42 "
        "routes across the city and leaving commuters to walk or cycle to work."
    )
    earlier = [
        news_article(
            outlet, f"Lindmoor bus strike {n}", f"{start} The union said talks had failed.", at
        )
        for n, outlet in enumerate(("City Wire", "Harbour Post"))
    ]
    end = (
        "The Lindmoor bus strike ended on Wednesday after drivers accepted a 6.5% pay rise, "
        "and all 42 routes will run again from Thursday morning."
    )
    today = news_article(
        "Evening Courier", "Lindmoor bus strike ends", f"{end} {start}", at + dt.timedelta(days=2)
    )
    story = Story(
        id="s1",
        title="Lindmoor bus strike",
        articles=[*earlier, today],
        score=3.0,
        status="updated",
        unseen=[today.url],
    )
    period = brief_period(dt.date(2026, 11, 25), NOW, dt.timedelta(days=3), dt.UTC)
    brief = ExtractiveSummarizer().summarize(
        SummaryRequest("Lindmoor", [], dt.date(2026, 11, 25), period, NOW, [story])
    )
    assert brief.summary[0] == end
    assert brief.headline == "Lindmoor bus strike ends"  # not yesterday's "strike 0"
    # ... also when the story is named by that new report: the story list shows it too
    story.title = "Lindmoor bus strike ends"
    again = ExtractiveSummarizer().summarize(
        SummaryRequest("Lindmoor", [], dt.date(2026, 11, 25), period, NOW, [story])
    )
    assert again.headline == "Lindmoor bus strike ends"


def test_one_figure_with_one_name_is_one_fact_in_any_wording():
    """Two English wordings and a Japanese report of Seiwa's plant give its 320 billion yen
    (3200億円) each: the brief says it once (a new user's brief said it three times), and
    still says what only one of them tells."""
    at = dt.datetime(2026, 12, 1, 6, tzinfo=dt.UTC)
    reports = [
        news_article(
            "Tokyo Wire",
            "Seiwa to build chip plant in Kumamoto",
            "Seiwa Electronics will build a 320 billion yen semiconductor plant in Kumamoto, "
            "the Tokyo-based chipmaker said on Tuesday. Kumamoto governor Akiko Tanabe said "
            "the prefecture would build a new road to the site.",
            at,
        ),
        news_article(
            "Asia Markets",
            "Seiwa picks Kumamoto",
            "Seiwa Electronics has chosen Kumamoto for its new 320 billion yen power-chip "
            "factory, which will employ about 1,500 people at full output.",
            at + dt.timedelta(minutes=20),
        ),
        news_article(
            "Kyushu Shimbun",
            "清和、熊本に新工場",
            "清和エレクトロニクスは1日、熊本県に3200億円を投じて半導体の新工場を建設すると"
            "発表した。地元では水資源への影響を懸念する声も出ている。",
            at + dt.timedelta(minutes=40),
            language="ja",
        ),
    ]
    brief = offline_brief("Seiwa", Story(id="s1", title="Seiwa plant", articles=reports, score=4.0))
    said = [*brief.summary, *(d.detail for d in brief.developments)]
    assert sum("320 billion" in s or "3200億" in s for s in said) == 1, said
    assert any("Tanabe" in s for s in said), said


def test_an_amount_with_another_language_s_scale_word_is_one_fact():
    """An Arabic and an English report of Cairo's metro give its cost, "2.1 مليار دولار"
    and "$2.1 billion": the brief said it twice, once in each language (a new user's)."""
    at = dt.datetime(2026, 12, 1, 6, tzinfo=dt.UTC)
    reports = [
        news_article(
            "Nile Wire",
            "Cairo opens first stretch of metro Line 4",
            "Egypt opened the first stretch of Cairo's metro Line 4 on Tuesday. The first "
            "phase cost about $2.1 billion and was partly financed by the Japan International "
            "Cooperation Agency.",
            at,
        ),
        news_article(
            "Al Qahira",
            "افتتاح المرحلة الأولى من الخط الرابع لمترو القاهرة",
            "افتتح رئيس الوزراء المصري يوم الثلاثاء المرحلة الأولى من الخط الرابع لمترو أنفاق "
            "القاهرة. وبلغت تكلفة المرحلة الأولى نحو 2.1 مليار دولار، بتمويل جزئي من الوكالة "
            "اليابانية للتعاون الدولي.",
            at + dt.timedelta(minutes=30),
            language="ar",
        ),
    ]
    story = Story(id="s1", title="Cairo metro Line 4", articles=reports, score=3.0)
    brief = offline_brief("Cairo", story)
    said = [*brief.summary, *(d.detail for d in brief.developments), *brief.outlook]
    assert sum("2.1 billion" in s or "2.1 مليار" in s for s in said) == 1, said


def test_a_toll_in_words_in_two_languages_is_one_fact():
    """ "killing at least three people and injuring about 40" and "Mindestens drei Menschen
    kamen ums Leben, rund 40 wurden verletzt": the brief said the toll twice (a new user's);
    neither number is telling alone, the two together are."""
    at = dt.datetime(2026, 12, 1, 9, tzinfo=dt.UTC)
    reports = [
        news_article(
            "Harbor Times",
            "Magnitude 6.4 quake shakes central Chile, killing three",
            "A magnitude 6.4 earthquake struck off the coast of central Chile early on "
            "Tuesday, killing at least three people and injuring about 40, authorities said. "
            "Power was cut to roughly 120,000 homes in the Valparaíso region.",
            at,
        ),
        news_article(
            "Rundschau",
            "Erdbeben der Stärke 6,4 erschüttert Chile",
            "Ein Erdbeben der Stärke 6,4 hat am Dienstag die Küste Zentralchiles "
            "erschüttert. Mindestens drei Menschen kamen ums Leben, rund 40 wurden verletzt, "
            "wie das Innenministerium in Santiago mitteilte.",
            at + dt.timedelta(minutes=30),
            language="de",
        ),
    ]
    story = Story(id="s1", title="Chile quake", articles=reports, score=3.0)
    said = offline_brief("Chile", story)
    lines = [*said.summary, *(d.detail for d in said.developments)]
    assert sum("40" in line for line in lines) == 1, lines
    assert any("120,000" in line for line in lines), lines


def test_a_story_and_the_brief_are_headed_by_a_report_not_an_analysis():
    """ "Analysis: Rouble's slide may force more hikes" headed a brief whose reports said what
    the central bank did: a headline labelled as an angle heads nothing a report's can."""
    reports = [
        ("Atlas", "Analysis: Bank of Russia's rate rise to 23% may not stop the rouble's slide",
         "The Bank of Russia raised its key rate to 23% from 21% on Tuesday, and the rouble's "
         "slide to 112 per dollar may force more rate hikes, economists said.", 1),
        ("Wire", "Moscow surprises markets",
         "The Bank of Russia raised its key rate to 23% from 21% on Tuesday, surprising "
         "economists. The rouble fell to 112 per dollar.", 2),
        ("Post", "Russian borrowing costs climb",
         "Russia's central bank raised its key rate to 23% on Tuesday as inflation reached "
         "9.1%. The rouble weakened to 112 per dollar.", 3),
    ]  # fmt: skip
    articles = [
        news_article(outlet, title, text, NOW - dt.timedelta(hours=h))
        for outlet, title, text, h in reports
    ]
    [story] = cluster(articles, set(), NOW, max_stories=8)
    assert not story.title.startswith("Analysis")
    period = brief_period(NOW.date(), NOW, dt.timedelta(days=1), dt.UTC)
    request = SummaryRequest(
        topic="Russia", keywords=[], date=NOW.date(), period=period, generated_at=NOW,
        stories=[story.model_copy(update={"id": "s1"})],
    )  # fmt: skip
    headline = ExtractiveSummarizer().summarize(request).headline
    assert not headline.startswith("Analysis") and headline != story.title


def test_a_brief_of_one_story_gives_its_lines_in_the_order_its_articles_tell_them():
    """A new user's one-story brief opened "The quake hit at 04:12 ...": its most
    informative line came before the lead it refers back to."""
    at = dt.datetime(2026, 12, 1, 6, tzinfo=dt.UTC)
    reports = [
        news_article(
            outlet,
            "Magnitude 6.4 quake shakes central Chile, killing three",
            "A magnitude 6.4 earthquake struck off the coast of central Chile early on Tuesday, "
            "killing at least three people, authorities said. The quake hit at 04:12 local time "
            "about 35 km west of Valparaíso at a depth of 28 km, according to the National "
            "Seismological Centre, and shook buildings in Santiago, Viña del Mar, Quillota and "
            "San Antonio for almost a minute. Interior Minister Rodrigo Salas said two of the "
            "dead were crushed when an adobe wall collapsed in Cerro Alegre.",
            at + dt.timedelta(minutes=n),
        )
        for n, outlet in enumerate(["Andes Wire", "Pacific Daily"])
    ]
    brief = offline_brief("Chile", Story(id="s1", title="Chile quake", articles=reports, score=3.0))
    assert len(brief.summary) >= 2, brief.summary
    assert brief.summary[0].startswith("A magnitude 6.4 earthquake struck"), brief.summary


def test_an_updated_story_alone_still_gives_what_is_new_first():
    """Ordering a one-story brief's lines as its articles tell them put an updated story's
    new death toll last, behind the new report's opening line (the review's case)."""
    at = dt.datetime(2026, 12, 1, 6, tzinfo=dt.UTC)
    old = news_article(
        "Andes Wire",
        "Magnitude 6.4 quake shakes central Chile, killing three",
        "A magnitude 6.4 earthquake struck off the coast of central Chile early on Tuesday, "
        "killing at least three people, authorities said. The quake hit at 04:12 local time "
        "about 35 km west of Valparaíso at a depth of 28 km, according to the National "
        "Seismological Centre. Interior Minister Rodrigo Salas said two of the dead were "
        "crushed when an adobe wall collapsed in Cerro Alegre.",
        at,
    )
    new = news_article(
        "Pacific Daily",
        "Chile quake: rescuers search rubble in Valparaíso",
        "Rescue teams worked through the night in Valparaíso on Wednesday. Crews used dogs and "
        "thermal cameras in the hillside districts. The death toll from the magnitude 6.4 "
        "earthquake rose to 11, with 240 people injured and 1,900 homes damaged, the disaster "
        "agency Senapred said on Wednesday.",
        at + dt.timedelta(hours=26),
    )
    story = Story(
        id="s1", title="Chile quake", articles=[old, new], score=3.0, status="updated",
        unseen=[new.url],
    )  # fmt: skip
    later = new.published + dt.timedelta(hours=1)
    period = brief_period(later.date(), later, dt.timedelta(days=2), dt.UTC)
    brief = ExtractiveSummarizer().summarize(
        SummaryRequest("Chile", [], later.date(), period, later, [story])
    )
    assert brief.summary[0].startswith("The death toll from the magnitude 6.4 earthquake rose")


def test_a_number_beside_an_amount_of_the_same_digits_is_its_own_fact():
    """ "$2.1 billion" and "2.1%" in one sentence are two figures: the 2.1% was dropped when
    the amount's number was taken out wherever it stood (the review's case)."""
    from briefgen.summarize.restating import telling_numbers

    assert telling_numbers("It invested $2.1 billion and grew 2.1% in 2026.", "en") == {
        "2.1",
        "2100000000",
    }


def test_a_large_count_and_a_name_in_two_languages_are_one_fact():
    """A new user's brief gave a port fire's warehouse in French and German beside the English
    bottom line (40 000, 40.000 and 40,000 m² at Burchardkai): it is said once."""
    at = dt.datetime(2026, 12, 1, 22, tzinfo=dt.UTC)
    fire = [
        news_article(
            "Continental Wire",
            "Fire destroys warehouse at Hamburg port",
            "A huge fire destroyed a 40,000-square-metre warehouse at the Burchardkai terminal "
            "in the port of Hamburg on Tuesday evening, injuring 12 people. Around 150 "
            "firefighters battled the blaze late into the night.",
            at,
        ),
        news_article(
            "Le Courrier",
            "Incendie géant dans le port de Hambourg",
            "Un violent incendie a détruit mardi soir un entrepôt de 40\u202f000 mètres carrés "
            "sur le terminal de Burchardkai. L'origine du sinistre n'est pas encore connue.",
            at + dt.timedelta(hours=1),
            language="fr",
        ),
        news_article(
            "Hansa Rundschau",
            "Großbrand im Hamburger Hafen",
            "Bei einem Großbrand ist eine 40.000 Quadratmeter große Lagerhalle am Burchardkai "
            "zerstört worden. Die Polizei sperrte die Zufahrt zum Hafen.",
            at + dt.timedelta(hours=2),
            language="de",
        ),
    ]
    said = offline_brief("Hamburg", Story(id="s1", title="Fire", articles=fire, score=3.0))
    lines = [*said.summary, *(d.detail for d in said.developments)]
    assert sum("000" in line for line in lines) == 1, lines
    # ... but a small count (two, zwei) and the name the story is about are no one fact
    # (the review's): "Two firefighters were injured at Burchardkai", "in zwei Wochen"
    fire[0] = fire[0].model_copy(
        update={"text": fire[0].text + " Two firefighters were injured at Burchardkai."}
    )
    fire[2] = fire[2].model_copy(
        update={"text": fire[2].text + " Der Burchardkai soll in zwei Wochen wieder arbeiten."}
    )
    said = offline_brief("Hamburg", Story(id="s1", title="Fire", articles=fire, score=3.0))
    lines = [*said.summary, *(d.detail for d in said.developments), *said.outlook]
    assert any("zwei Wochen" in line for line in lines), lines


def test_two_cities_or_a_large_count_and_a_city_in_two_languages_are_one_fact():
    """A new user's briefs said "Route 1 ... between Antofagasta and Tocopilla" in Spanish and
    English, and a plant's 300 million cubic metres at Casablanca in Arabic and French:
    cities count as names in common (romanize.name_keys leaves places out)."""
    at = dt.datetime(2026, 12, 1, 9, tzinfo=dt.UTC)
    quake = [
        news_article(
            "Andes Report",
            "Magnitude 6.4 quake hits northern Chile",
            "A magnitude 6.4 earthquake struck northern Chile early on Tuesday, injuring two "
            "people. Landslides blocked Route 1, the coastal highway between Antofagasta and "
            "Tocopilla. Copper prices rose 1.1% in London.",
            at,
        ),
        news_article(
            "El Diario del Norte",
            "Sismo de magnitud 6,4 sacude el norte de Chile",
            "Un sismo de magnitud 6,4 sacudió el norte de Chile la madrugada del martes. Se "
            "registraron derrumbes en la Ruta 1, que permanece cortada entre Antofagasta y "
            "Tocopilla. La minera Escondida suspendió sus operaciones.",
            at + dt.timedelta(hours=1),
            language="es",
        ),
    ]
    said = offline_brief("Chile", Story(id="s1", title="Quake", articles=quake, score=2.0))
    lines = [*said.summary, *(d.detail for d in said.developments)]
    assert sum("Tocopilla" in line for line in lines) == 1, lines
    assert any("Escondida" in line for line in lines), lines  # another fact stays
    plant = [
        news_article(
            "L'Écho de Casablanca",
            "Casablanca inaugure son usine de dessalement",
            "Le Maroc a inauguré mardi l'usine de dessalement de Casablanca, d'une capacité de "
            "300 millions de mètres cubes par an. Le pays traverse une sécheresse.",
            at,
            language="fr",
        ),
        news_article(
            "المغرب اليوم",
            "تدشين محطة تحلية مياه البحر بالدار البيضاء",
            "دشن المغرب يوم الثلاثاء محطة تحلية مياه البحر بالدار البيضاء بطاقة إنتاجية تصل "
            "إلى 300 مليون متر مكعب سنويا. وبلغت كلفتها نحو 10 مليارات درهم.",
            at + dt.timedelta(hours=1),
            language="ar",
        ),
    ]
    said = offline_brief("Maroc", Story(id="s1", title="Usine", articles=plant, score=2.0))
    lines = [*said.summary, *(d.detail for d in said.developments)]
    assert sum("300" in line for line in lines) == 1, lines
