"""Roundups of the day's news (briefgen/roundups.py): a story of their own, not a report of
the event their first paragraph tells."""

import datetime as dt

from briefgen.cluster import cluster
from briefgen.roundups import roundup
from tests.synthetic_news import news_article

T0 = dt.datetime(2026, 11, 24, 7, tzinfo=dt.UTC)

BRIEFING = """Good morning. Here is what you need to know before your Tuesday starts.

Quake in Sulawesi. A magnitude 6.3 earthquake struck near Palu before dawn, killing at least \
eleven people and damaging 400 homes, Indonesia's disaster agency BNPB said.

Rates on hold. The Bank of Canada kept its policy rate at 3.25% for a third meeting and said \
it would wait for clearer signs that wage growth is cooling.

Vote in Lima. Peru's congress approved a cabinet reshuffle by 68 votes to 41 after a night of \
debate, ending a two-week standoff with the president.

Airline strike. Cabin crew at Nordair walked out for 24 hours over pay, grounding 140 flights \
out of Oslo and Bergen.

Football. Ajax beat Feyenoord 2-1 in the Klassieker thanks to a late header from their \
seventeen-year-old debutant.

Weather. Heavy snow is forecast across the Alps, and several passes between Italy and \
Switzerland are expected to close by the evening."""

NUMBERED = """Guten Abend, das war der Tag.
1. Brand in Hamburg: In einer Lagerhalle im Hafen ist ein Feuer ausgebrochen, die Feuerwehr \
war mit 150 Kräften im Einsatz.
2. Zinsentscheid: Die Schwedische Reichsbank senkt den Leitzins überraschend auf 2,0 Prozent.
3. Bundesliga: Der VfB Stuttgart trennt sich von seinem Trainer nach fünf Niederlagen in \
Folge.
4. Streik bei der Post: Verdi ruft die Beschäftigten in Bayern zu einem Warnstreik am \
Donnerstag auf.
5. Wetter: Sturmtief "Lotte" bringt Orkanböen an die Nordseeküste, Fähren fallen aus."""

EXPLAINER = """The finance ministry published its budget for 2027 on Monday. Five things to know.

Deficit. The budget plans a deficit of 2.9% of output, down from 3.4%, the ministry said in \
its budget statement.

Defence. Spending on the army rises by 1.2 billion, the largest increase in the budget.

Pensions. The budget raises pensions by 3.1% from January, at a cost of 900 million.

Schools. Teachers' pay rises by 4%, which the budget funds with 600 million.

Taxes. The budget leaves income tax unchanged but lifts the tax on tobacco by 8%."""

WRAP = """Stocks ended mixed on Friday, with chipmakers rallying on strong results from Korin \
Semiconductor while automakers fell after a profit warning from Tavo Motors.

Asia: The Hang Seng rose 0.9%, led by Korin, which gained 8.6% after its annual profit rose 47%. \
The Nikkei slipped 0.4% as Tavo lost 6.1%.

Europe: The Stoxx 600 was flat. Airline shares gained after Portugal picked a buyer for its \
carrier; banks slipped.

Currencies: The zloty weakened 0.3% against the euro after Poland's surprise rate cut, and the \
tenge rose after Kazakhstan's central bank raised its base rate.

Commodities: Brent crude rose 0.6% to $71.40 a barrel. Palm oil futures gained after Indonesia \
raised its export levy.

Week ahead: U.S. inflation data on Wednesday and rate decisions from several central banks."""

DASHED = """NEPAL - A magnitude 5.9 earthquake struck Sindhupalchok district before dawn on \
Friday; at least 14 people were killed in collapsed stone houses.

SPACE - China launched its Chang'e-7 probe from Wenchang, bound for the Moon's south pole to \
hunt for water ice.

MARKETS - Broadcom shares rose about 6% after hours after the chipmaker reported record AI \
revenue and guided above expectations.

GEORGIA - Police in Tbilisi broke up a student protest outside parliament; the interior \
ministry said 23 people were detained.

FOOTBALL - In the Europa League, Fenerbahce beat Lyon 2-1 in Istanbul after trailing at the \
break."""

DATELINED = """KATHMANDU - A magnitude 5.9 earthquake struck Sindhupalchok district before dawn \
on Friday, killing at least 14 people, Nepal's Home Ministry said.

Most of the dead were in Barhabise and Jugal, where stone houses collapsed on sleeping \
families, a district official said by telephone.

Landslides cut the Araniko Highway to the Chinese border in at least three places, and \
rescuers reached some villages only on foot.

The quake was felt in Kathmandu, 80 km to the south-west, where residents ran into the \
streets; no damage was reported in the capital.

Nepal's last deadly quake, in Jajarkot in 2023, killed more than 150 people."""

FOUR = """SPAIN - Dockers at Valencia's port began a 48-hour strike over automation on Monday, \
leaving 30 container ships waiting offshore.

KENYA - The central bank cut its benchmark rate by a quarter point to 9.25%, its fourth cut \
this year, citing slowing inflation.

TENNIS - Second seed Mira Kovac was knocked out of the Brisbane International by a qualifier \
ranked 143rd in the world.

JAPAN - A 5.8 magnitude earthquake shook Niigata prefecture at dawn; no tsunami warning was \
issued and trains resumed after checks."""

FOUR_PARTS = """What happened. Lisbon's metro workers struck for 24 hours on Monday, closing all \
four metro lines from dawn, after pay talks with the metro's management broke down.

Why now. The union says metro pay has lost 9% to inflation since 2023; the metro company \
offered 2.5%.

Who is hit. About 500,000 people ride the metro on a weekday; extra buses ran on the busiest \
routes, and traffic into the city centre was slow.

What next. The union has called a second metro strike for next Thursday if no deal is \
reached."""

REPORT = """A magnitude 6.3 earthquake struck near Palu on Indonesia's Sulawesi island before \
dawn on Tuesday, killing at least eleven people, the disaster agency said.
The quake hit at 4:12 a.m. at a depth of 10 km, according to the BMKG geophysics agency.
About 400 homes were damaged in Palu and Donggala, and rescuers were searching collapsed \
buildings for survivors, BNPB spokesman Abdul Muhari said.
Palu was devastated by an earthquake and tsunami in 2018 that killed more than 4,000 people."""


def test_a_roundup_is_told_by_its_labelled_paragraphs_of_other_events():
    """Most paragraphs open with a short label and tell other events: a roundup. A report's
    paragraphs open with sentences; "five things to know" about one budget write "budget"
    in every paragraph: one event."""
    assert roundup(BRIEFING, "en")
    assert roundup(NUMBERED, "de")
    assert not roundup(EXPLAINER, "en")
    # a markets wrap writes how each market moved ("rose", "gained") in most of its sections:
    # no word of one event (a blind day's joined the results it opened with)
    assert roundup(WRAP, "en")
    assert not roundup(REPORT, "en")
    # a label may end in a dash between spaces ("NEPAL - A magnitude ..."), as a dateline
    # opens one report's first paragraph only
    assert roundup(DASHED, "en")
    assert not roundup(DATELINED, "en")
    assert not roundup("Palu: rescuers search the rubble.\n\nNo more.", "en")
    # four items are a briefing too ("four things to know"); a guide to one strike by its
    # four questions writes "metro" in each of them
    assert roundup(FOUR, "en")
    assert not roundup(FOUR_PARTS, "en")


def test_a_roundup_that_opens_with_an_event_is_a_story_of_its_own():
    """A morning briefing whose first item is the Sulawesi quake shares the quake's names and
    figures (Palu, 6.3, eleven dead, 400 homes, BNPB) and joined the quake's story; the
    quake's three reports stay one story and the briefing is another."""
    quake = [
        news_article("Wire", "Quake kills 11 in Indonesia's Sulawesi", REPORT, T0),
        news_article(
            "Jakarta Daily",
            "Sulawesi earthquake: 11 dead, 400 homes damaged in Palu",
            "At least eleven people died when a magnitude 6.3 quake hit Palu and Donggala on "
            "Tuesday morning, BNPB said. About 400 houses were damaged and rescuers worked "
            "through the rubble. BMKG said the quake was 10 km deep and posed no tsunami risk.",
            T0 + dt.timedelta(hours=1),
        ),
        news_article(
            "Asia Report",
            "Palu shaken again: 6.3 quake leaves eleven dead",
            "Eleven people were killed and some 400 homes damaged after a 6.3-magnitude "
            "earthquake shook Palu in Central Sulawesi, Indonesian officials said. BNPB "
            "said evacuees were sheltering in tents; the city was hit by a tsunami in 2018.",
            T0 + dt.timedelta(hours=2),
        ),
    ]
    briefing = news_article("Morning Post", "Morning briefing: quake in Sulawesi", BRIEFING, T0)
    stories = cluster([*quake, briefing], set(), T0 + dt.timedelta(hours=3))
    grouped = sorted(sorted(a.outlet for a in s.articles) for s in stories)
    assert grouped == [["Asia Report", "Jakarta Daily", "Wire"], ["Morning Post"]]


def test_a_roundup_written_as_one_paragraph_is_told_by_its_labelled_sentences():
    """A feed's summary or a page read without its breaks runs a roundup's items together:
    each sentence that opens with a label and a colon starts an item ("... killing two.
    India: Cyclone ..."). A budget's one-paragraph guide by its parts writes "budget" in
    most of them, and quotes after "said:" are no labels."""
    inline = (
        "Good morning. Here is what you need to know on Friday. Turkey: A magnitude 5.8 "
        "earthquake struck Malatya province before dawn, killing at least two people. India: "
        "Cyclone Murasu is expected to cross the Tamil Nadu coast tonight, and schools are "
        "shut in Chennai. Europe on strike: Lisbon's metro is shut for 24 hours over pay and "
        "Belgian rail runs a third of its trains. Ukraine: About 120,000 customers lost power "
        "in Kharkiv after drones hit a substation. Thailand: Bangkok closed 437 city-run "
        "schools because of hazardous smog. Coming up: Poland's Sejm votes on the 2027 "
        "budget, and two fashion retailers report their results."
    )
    assert roundup(inline, "en")
    guide = (
        "The finance ministry published its budget plan on Friday. Deficit: The budget "
        "deficit will reach 3.1% of output next year, the ministry said. Spending: Defence "
        "spending in the budget rises to 4% of output. Taxes: The budget raises no income "
        "taxes but lifts excise duties on fuel. Debt: Public debt under the budget climbs to "
        "58% of output by 2027. Outlook: Economists said the budget deficit looked ambitious."
    )
    quotes = (
        'The minister spoke on Friday. The minister said: "We will not retreat." Her deputy '
        'added: "The plan is sound." Critics replied: "It is a disaster for farmers." A '
        'farmer said: "We cannot pay." Another said: "Nobody asked us." The vote is Monday.'
    )
    assert not roundup(guide, "en") and not roundup(quotes, "en")


HEADED = """Good morning. Here's what you need to know today.

Typhoon slams the Philippines
A typhoon made landfall in Eastern Samar before dawn with winds of 150km/h, and tens of \
thousands of people were evacuated across the Visayas.

India cuts rates again
The Reserve Bank of India lowered its repo rate by a quarter point to 5% on Friday and \
raised its growth forecast.

Seoul passes budget
South Korea's parliament approved a 752.3 trillion won budget for 2027 late on Friday, two \
days after the legal deadline.

Greek ferries stay in port
Seamen in Greece are on a 24-hour strike today, grounding ferry services to the islands."""

CROSSHEADS = """Lisbon's metro workers struck for 24 hours on Monday, closing all four metro \
lines from dawn, after pay talks with the metro's management broke down.

Why now
The union says metro pay has lost 9% to inflation since 2023; the metro company offered 2.5%.

Who is hit
About 500,000 people ride the metro on a weekday; extra buses ran on the busiest routes.

What next
The union has called a second metro strike for next Thursday if no deal is reached."""


def headed(*items: tuple[str, str]) -> str:
    """Paragraphs, each under its heading on a line of its own."""
    return "\n\n".join(f"{heading}\n{text}" for heading, text in items)


def test_a_roundup_whose_items_have_headings_on_lines_of_their_own_is_one():
    """A briefing may give each item a heading on a line of its own, without a full stop,
    then its paragraph: each heading labels the paragraph after it. A guide to one strike
    by crossheads writes "metro" under each of them: one event."""
    assert roundup(HEADED, "en")
    assert not roundup(CROSSHEADS, "en")
    # the same paragraphs without their headings are no items (and without the opening
    # that says the day's stories follow, under which every paragraph is one)
    unheaded = "\n\n".join(p.split("\n", 1)[-1] for p in HEADED.split("\n\n")[1:])
    assert not roundup(unheaded, "en")
    assert roundup(HEADED.split("\n\n")[0] + "\n\n" + unheaded, "en")
    # nor are a live blog's times, nor an explainer's questions (its busiest word in two
    # of its five parts: a roundup's could be)
    blog = headed(
        ("10:45", "Storm Amy's gusts reached 90mph at Mace Head, Met Éireann said."),
        ("10:30", "About 180,000 homes are without power, ESB Networks said this morning."),
        ("10:15", "Galway city council has closed the Salthill promenade until noon."),
        ("10:00", "Irish Rail has suspended services west of Athlone for the day."),
    )
    assert not roundup(blog, "en")
    explainer = headed(
        ("Who is running", "Six parties are on the ballot, led by Gerb and its allies."),
        ("What the polls say", "Gerb leads with about 25%, ahead of the reformists."),
        ("Why another vote", "No government could be formed after the spring election."),
        ("When results come", "The first exit polls are due at 8pm on Sunday evening."),
    )
    assert not roundup(explainer, "en")


WARNINGS = """Good morning. Here's what you need to know on Friday.

Bushfire emergency. Homes were lost near Halls Gap after the fire jumped containment lines \
overnight, and emergency warnings are current for three towns in western Victoria.

Quake off Japan. A magnitude 6.8 earthquake struck off Kushiro, prompting a tsunami warning \
along the Pacific coast; there is no threat to Australia.

Typhoon in the Philippines. Typhoon Ulap made landfall in Eastern Samar, killing at least three \
people and forcing 250,000 from their homes.

Perth heat. Forecasters will issue a severe heatwave warning for Perth, with 41 degrees \
expected on Saturday.

Markets. Futures point to a modest rise after a chipmaker's sales lifted Wall Street."""


def test_a_titled_briefing_is_a_roundup_though_a_word_runs_through_half_its_paragraphs():
    """A morning briefing of a bushfire, a quake and a heatwave writes "warning" in three of
    its six paragraphs (blind-day-78): under a title that names a briefing, a word in half of
    them is allowed; untitled, such a text is still none, and a guide to one budget under a
    briefing's title is none either."""
    assert roundup(WARNINGS, "en", "Morning Briefing: bushfire, Japan quake, typhoon")
    assert not roundup(WARNINGS.replace("Here's what you need to know", "Storms"), "en", "")
    assert not roundup(EXPLAINER, "en", "Morning Briefing: the budget in five points")


def test_a_briefing_of_one_event_its_title_names_is_no_roundup():
    """The review's: five labelled paragraphs of one hurricane under "Morning Briefing:
    Hurricane Milton" write Milton in half of them; the title names it, so it is held to
    SHARED_WORD, and the briefing stays with the storm's reports."""
    milton = """Good morning. Here's what you need to know on Thursday.

Landfall. Hurricane Milton came ashore near Siesta Key overnight as a category 3 storm.

Tornadoes. At least 19 tornadoes touched down across the state before Milton arrived.

Power. More than three million homes and businesses are without electricity this morning.

Flooding. Milton dropped 40 centimetres of rain on St. Petersburg in a single night.

Airports. Tampa and Orlando airports stay closed until the runways have been inspected."""
    assert not roundup(milton, "en", "Morning Briefing: Hurricane Milton")


def test_a_briefing_whose_title_lists_its_topics_is_a_roundup_though_it_names_the_word():
    """A German briefing under "Der Morgen kompakt: Regierungseinigung in Schweden, Sturm
    über Norwegen, EuGH stärkt Fluggäste" writes Sweden in three of its seven paragraphs
    (blind-day-79): a title that lists its topics names its items, not one event, and its
    words are allowed in half of them as any other."""
    assert roundup(WARNINGS, "en", "Morning Briefing: fire warnings, Japan quake, typhoon")
    assert not roundup(WARNINGS, "en", "Morning Briefing: fire warnings")


LABELS = ["Storm in Samar", "India cuts", "Seoul's budget", "Greek ferries"]
LISTED = [
    "▲주택 공급: 수도권 신도시에 오만 호를 새로 짓기로 했다.",
    "▲대출 규제: 청년층 주택담보대출 한도를 조금 더 늘린다.",
    "▲세제 개편: 다주택자 양도세 중과 유예를 한 해 연장한다.",
    "▲청년 지원: 전월세 보증금 이자 지원 대상을 넓히기로 했다.",
]


def test_briefings_are_told_by_their_openings_titles_and_bullets_in_other_words():
    """ "Here's what you need to know this Tuesday" opens a briefing as "Here are today's
    stories" does, and "Estas son las noticias más relevantes de este martes" as "... del
    día"; "The Dawn Brief" and "Resumen del mediodía" name briefings; a Japanese evening
    digest bullets its items against their text (■日銀、...) and ends each heading with an
    ideographic space, its items short in characters (blind-day-83: each had joined a story
    it tells)."""
    items = [
        "A typhoon made landfall in Eastern Samar before dawn, and thousands were evacuated.",
        "The Reserve Bank of India lowered its repo rate by a quarter point to 5% on Friday.",
        "South Korea's parliament approved a 752.3 trillion won budget for 2027 late on Friday.",
        "Seamen in Greece are on a 24-hour strike today, grounding ferry services to the islands.",
    ]
    body = "\n\n".join(items)
    assert not roundup(body, "en")
    assert roundup("Good morning. Here's what you need to know this Tuesday.\n\n" + body, "en")
    for opening in (
        "Here's what you need to know about the strike.",
        "Good morning. Here's what you need to know this morning about Storm Darragh.",
    ):
        assert not roundup(f"{opening}\n\n{body}", "en")
    spanish = "\n\n".join(
        [
            "Estas son las noticias más relevantes de este martes 22 de diciembre.",
            "Un sismo de magnitud 5.8 sacudió la Costa de Oaxaca esta mañana sin víctimas.",
            "El Banco de México dará a conocer su último anuncio de política monetaria del año.",
            "Cuba había recuperado cerca del 27 % de la demanda eléctrica al mediodía del martes.",
            "Suben a 12 los muertos por el sismo de magnitud 6.9 en la ciudad de Hualien, Taiwán.",
        ]
    )
    assert roundup(spanish, "es")
    labelled = "\n\n".join(
        [f"{label}. {item}" for label, item in zip(LABELS, items, strict=True)]
        + ["Closer to home, snow bands are burying towns south of Buffalo overnight.", "See you."]
    )
    # four of six labelled: a briefing by its title, not by its labels alone
    assert not roundup(labelled, "en")
    assert roundup(labelled, "en", "The Dawn Brief: a typhoon, a rate cut and a budget")
    for title in (
        "Court files brief: typhoon claims",
        "Lawyers argue in Monday brief",
        "News brief",
    ):
        assert not roundup(labelled, "en", title)
    digest = "\n\n".join(
        [
            "■日銀、政策金利を1%に\u3000日銀は短期金利の誘導目標を0.75%から1%に引き上げた。",
            "■北朝鮮がICBM級発射\u3000ミサイルは約71分飛行し、奥尻島の西のEEZ外に落下した。",
            "■関越道で車両立ち往生\u3000新潟県の大雪で関越自動車道の車約300台が動けなくなった。",
            "■沢渡副大臣が辞任\u3000政治資金収支報告書への不記載問題を受け、辞表を提出した。",
        ]
    )
    assert roundup(digest, "ja")
    assert not roundup(digest.replace("\u3000", "、"), "ja")  # no headings: sentences
    assert not roundup(digest.replace("■", ""), "ja")  # a space after a name: "茂木　敏充氏"
    # one plan's details, listed under ▲, each short: Hangul, written with spaces, counts
    # once (counted twice, each was a briefing's item)
    korean = "\n\n".join(
        ["정부가 24일 부동산 대책을 발표했다. 공급과 대출, 세제를 함께 손본다.", *LISTED]
    )
    assert not roundup(korean, "ko")


def test_a_newscast_s_name_before_its_topics_titles_the_news_in_brief():
    """ "Aamun uutiset: Estlink 1 katkesi, IAU:n lakko ..." (the morning news) names a
    newscast and its topics: its paragraphs, unlabelled, are its items (blind-day-84: it had
    joined the strike's story). A title that only starts with the words, in a sentence, is
    none."""
    body = "\n\n".join(
        [
            "Suomen ja Viron välinen Estlink 1 -sähkökaapeli kytkeytyi irti yöllä kello 3.12. "
            "Fingridin mukaan vika on merialueella, ja korjaus voi kestää viikkoja.",
            "Ilmailualan Unionin lakko Helsinki-Vantaalla on alkanut. Finnair on perunut 96 "
            "lentoa, ja lakko jatkuu kello 13:een.",
            "Itä-Turkissa Vanin maakunnassa on tapahtunut voimakkuudeltaan 6,1:n maanjäristys. "
            "Viranomaisten mukaan ainakin viisi ihmistä on kuollut.",
            "Saksassa Lufthansan lentäjät lakkoilevat koko päivän. Lufthansa on perunut noin "
            "800 lentoa, myös osan Helsingin-vuoroista.",
            "Sää: Lapissa sataa lunta, ja Ilmatieteen laitos varoittaa liukkaista ajokeleistä "
            "Pohjois-Suomessa.",
        ]
    )
    assert roundup(body, "fi", "Aamun uutiset: Estlink 1 katkesi, IAU:n lakko sotkee lentoja")
    assert roundup(body, "fi", "Illan uutiset")
    assert not roundup(body, "fi", "Aamun uutiset kertoivat lakosta")
    assert not roundup(body, "fi", "Aamun uutiset -ohjelma lopetetaan ensi vuonna")
    assert not roundup(body, "fi", "IAU:n lakko sotkee lentoliikennettä")
