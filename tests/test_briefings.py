"""Briefings by their titles (briefgen/roundups.py: TITLED): a "Morning Digest", "Der Abend
kompakt" or "L'essentiel du lundi" whose items are labelled in half its paragraphs, cut
before short sentences, or written as one paragraph of clauses between semicolons; and by
their opening ("Here are the stories making headlines": INTRODUCED)."""

from briefgen.roundups import INTRODUCED, roundup
from tests.test_roundups import headed

FRENCH_BRIEFING = (
    "Vous n'avez pas suivi l'actualité aujourd'hui ? Voici ce qu'il faut retenir de ce "
    "dimanche.\n\n"
    "L'Opep+ met en pause ses hausses de production. Les huit pays menés par l'Arabie saoudite "
    "maintiennent leur production inchangée au premier trimestre.\n\n"
    "Législatives en Bulgarie : le GERB en tête. Selon les premiers sondages, le parti de "
    "centre droit arrive en tête avec environ 25 % des voix.\n\n"
    "La tempête Fenna balaie le nord de l'Europe. Les Pays-Bas et le Danemark ont été frappés "
    "par des rafales dépassant 120 km/h.\n\n"
    "Naufrage meurtrier en Tanzanie. Au moins 23 personnes sont mortes dans le naufrage d'un "
    "bateau surchargé sur le lac Victoria.\n\n"
    "La Finlande fête son indépendance. Le pays célèbre le 109e anniversaire de son "
    "indépendance au palais présidentiel.\n\n"
    "Football : le Real Madrid accroché. En Liga, le Real a concédé le nul face à Gérone."
)


def test_a_briefing_so_titled_is_a_roundup_with_half_its_items_labelled():
    """blind-day-62: a French evening briefing labels half its items with a sentence ("La
    tempête Fenna balaie le nord de l'Europe."), and joined the storm's story; its title
    names it a briefing. The same text under a report's title is none, as a guide to one
    event titled "what travellers need to know" is none."""
    title = "Pétrole, Bulgarie, tempête Fenna... L'essentiel de l'actualité de ce dimanche"
    assert roundup(FRENCH_BRIEFING, "fr", title)
    assert not roundup(FRENCH_BRIEFING, "fr", "La tempête Fenna balaie le nord de l'Europe")
    assert not roundup(FRENCH_BRIEFING, "fr")


def test_a_briefing_so_titled_in_one_paragraph_is_cut_before_its_short_sentences():
    """blind-day-64: an evening briefing read without its breaks labels each item with a
    short sentence ("Nigeria eases. The Central Bank ..."), and joined the Kenyan crash it
    tells of; under a report's title the same text is one report's paragraph."""
    text = (
        "Good evening. Here is what you need to know across the continent on Monday. "
        "Somaliland goes to the polls. Around 1.2 million registered voters were eligible to "
        "elect a new parliament in the breakaway region. Nigeria eases. The Central Bank of "
        "Nigeria cut its benchmark rate by 50 basis points to 26.5%. Kenya road carnage. At "
        "least nine people died when a bus and a truck collided at Kikopey on the "
        "Nairobi-Nakuru highway. Marburg returns to Ethiopia. Health officials confirmed six "
        "cases and three deaths near Arba Minch. Cape fires. A wildfire on the Helderberg had "
        "burned more than 2,000 hectares by the afternoon."
    )
    assert roundup(text, "en", "Africa Briefing: Somaliland votes, Nigeria cuts rates")
    assert not roundup(text, "en", "Somaliland votes for parliament")
    # a report of a press briefing is none, however short its sentences (the review's)
    pentagon = (
        "The Pentagon said on Monday that US destroyers shot down 14 drones. Two were hit. "
        "Mr. Ryder said the ships were unharmed. No one was hurt. The drones came from Yemen. "
        "Officials declined to say more. Talks go on."
    )
    assert not roundup(pentagon, "en", "Pentagon briefing: US destroyers down Houthi drones")


def test_a_briefing_of_long_headings_or_of_clauses_in_one_paragraph_is_a_roundup():
    """blind-day-66: a "Morning Digest" headed its items with headlines of nine and ten words
    (a heading was eight at most), and an Argentine "news you need to know" wrote its six
    items as one paragraph of clauses between semicolons; each joined a story it tells of.
    One event's paragraph of clauses is none, titled so or not."""
    digest = "Here are the top stories to start your day.\n\n" + headed(
        ("IMD sounds red alert for Chennai, three neighbouring districts",
         "The India Meteorological Department has issued a red alert for Chennai and three "
         "districts as a depression nears the coast."),
        ("Six killed in reactor explosion at pharma unit near Hyderabad",
         "Six workers were killed when a reactor exploded at a drug unit in the IDA Bollaram "
         "industrial area late on Tuesday night."),
        ("India eye series lead in Thiruvananthapuram",
         "With the series level at 1-1, India take on West Indies in the third T20I at the "
         "Greenfield stadium on Wednesday evening."),
        ("Rupee slips 9 paise against U.S. dollar",
         "The rupee settled at 90.21 against the U.S. dollar on Tuesday, weighed down by "
         "foreign fund outflows, forex traders said."),
    )  # fmt: skip
    assert roundup(digest, "en", "Morning Digest: December 9, 2026")
    assert roundup(digest, "en")  # its headings label its items whatever its title
    clauses = (
        "En Montevideo, el sindicato del transporte resolvió un paro parcial de ómnibus; en "
        "Argentina, el Servicio Meteorológico Nacional puso bajo alerta amarilla por calor a la "
        "Ciudad de Buenos Aires; en Perú, al menos diez personas murieron cuando un bus cayó a "
        "un abismo en Ayacucho; en Brasil, el mercado da por descontado que el Banco Central "
        "recortará la tasa Selic; y en Chile, un incendio forestal obligó a evacuar Santa Juana."
    )
    title = "Las noticias que tenés que saber este miércoles"
    assert roundup(clauses, "es", title)
    assert not roundup(clauses, "es", "Paro de ómnibus en Montevideo")
    one_event = (
        "El incendio forestal de Santa Juana ya supera las 2.000 hectáreas; el incendio obligó "
        "a evacuar sectores rurales; los brigadistas combaten el incendio desde el aire; la "
        "Conaf pidió no acercarse a la zona del incendio; y el municipio habilitó albergues."
    )
    assert not roundup(one_event, "es", title)
    # nor one whose clauses are one cyclone's, each opening otherwise than with a place (the
    # review's); a briefing cut before its short sentences is one still, semicolons or not
    cyclone = (
        "Cyclone Dana made landfall in Odisha early on Friday; trees fell across Bhubaneswar; "
        "power went out in Puri and Cuttack; over 500 trains were cancelled; the state "
        "evacuated 600,000 people."
    )
    assert not roundup(cyclone, "en", "Weekend Digest: Cyclone Dana hits Odisha")
    briefing = (
        "Here is what you need to know on Monday. Somaliland votes. Polls opened late; queues "
        "were long; results are due on Friday. Nigeria eases. The Central Bank cut its rate by "
        "50 basis points. Kenya road carnage. Nine people died when a bus hit a truck. Cape "
        "fires. A wildfire on the Helderberg burned 2,000 hectares."
    )
    assert roundup(briefing, "en", "Africa Briefing: Somaliland votes, Nigeria cuts rates")


def test_a_briefing_of_many_clauses_in_one_paragraph_is_a_roundup_whatever_they_open_with():
    """blind-day-67 and -68: German "Der Tag kompakt" and "Der Abend kompakt" wrote their
    items as one paragraph of seven and eight clauses between semicolons, few opening with
    their place ("das polnische Parlament hat ...; in Venedig hat ..."): each joined a story
    it tells of. One event's clauses stay no roundup under such a title."""
    items = (
        "Das Wichtigste in Kürze: Bei einem Brand in einer Lagerhalle in Dortmund ist am "
        "Nachmittag ein Feuerwehrmann schwer verletzt worden; das dänische Parlament hat nach "
        "langer Debatte ein Gesetz zur Besteuerung der Viehhaltung beschlossen; der Autobauer "
        "Nordwerk streicht bis Ende 2027 rund 1200 Stellen in seinem Werk in Zwickau; Hertha "
        "BSC gewann am Abend vor 60.000 Zuschauern gegen Schalke mit 3:1; die Bahn kündigt für "
        "Januar um durchschnittlich fünf Prozent höhere Preise im Fernverkehr an; ein Erdbeben "
        "der Stärke 5,1 erschütterte die Westtürkei, verletzt wurde nach ersten Angaben "
        "niemand; und das Wetter: im Osten Schneefall, im Westen Regen bei bis zu acht Grad."
    )
    assert roundup(items, "de", "Der Abend kompakt: Brand in Dortmund, Jobabbau in Zwickau")
    assert not roundup(items, "de", "Brand in Dortmund: Feuerwehrmann verletzt")
    one_event = (
        "Der Streik bei der Bahn legt den Fernverkehr lahm; die Bahn streicht 90 Prozent der "
        "Fernzüge; im Regionalverkehr fährt die Bahn einen Notfahrplan; Pendler weichen auf "
        "Busse aus; die Gewerkschaft droht der Bahn mit weiteren Streiks; die Bahn nennt den "
        "Streik unverhältnismäßig; der Streik soll bis Freitag dauern."
    )
    assert not roundup(one_event, "de", "Der Abend kompakt: Bahnstreik legt Fernverkehr lahm")
    # nor one event's six short details (the review's)
    ferry = (
        "A ferry carrying 65 people sank in the Bali Strait on Tuesday night; rescuers pulled "
        "31 survivors from the water; four bodies were recovered; the captain was among the "
        "missing; navy ships joined the search; the search resumes at dawn."
    )
    assert not roundup(ferry, "en", "Evening briefing: Ferry sinks in Bali Strait")


NORDIC_TODAY = """Good morning. Here are the stories making headlines across the Nordics today.

Finland's government agreed overnight on a 1.2 billion euro package of spending cuts, which \
the Finns Party had held up for a week over cuts to development aid.

Snow closed Tromsø's airport for six hours on Sunday evening, and about 40 flights were \
cancelled before ploughs reopened the runway.

In Copenhagen, a court jailed two men for eight years for smuggling 300 kilograms of cocaine \
through the port in banana crates.

Sweden's central bank held its policy rate at 1.75 per cent, as most economists had expected, \
and said it saw no cut before the summer.

And Norway's sovereign wealth fund sold its stake in a Canadian miner over its treatment of \
indigenous communities near a new copper pit."""


def test_a_briefing_introduced_as_the_days_stories_is_a_roundup_without_labels():
    """blind-day-70: a briefing that opens "Here are the stories making headlines across
    Europe" tells its items in plain paragraphs, under a title that names no briefing, and
    joined a rail strike it tells of. Without the opening, the same paragraphs are no
    roundup, nor are the opening and three of them (the opening is no item)."""
    assert roundup(NORDIC_TODAY, "en", "Nordic Today: Finland's cuts, Tromsø snow")
    rest = NORDIC_TODAY.split("\n\n", 1)[1]
    assert not roundup(rest, "en")
    assert not roundup("\n\n".join(NORDIC_TODAY.split("\n\n")[:4]), "en")
    for first in (
        "Bonjour. Voici les principales informations de ce jeudi.",
        "Buenos días. Estas son las noticias más importantes del día.",
        "Die wichtigsten Nachrichten am Morgen, kurz zusammengefasst.",
        "Good evening. Here are today's top stories.",
    ):
        assert INTRODUCED.search(first), first


def test_an_opening_that_introduces_one_events_parts_is_no_briefing():
    """Openings that introduce one event's parts, as a day's briefing introduces its stories
    (the review's): a keynote's headlines, the dead of one attack, a strike's guide, a
    budget deal's points."""
    products = (
        "Apple's new iPhone has a larger battery and a titanium frame, from $999.",
        "The Vision headset gets a cheaper model, shipping in March for $1,999.",
        "iOS 27 brings a redesigned Siri that can act inside third-party apps.",
        "The Mac Pro moves to the M6 Ultra chip, with up to 512GB of memory.",
    )
    keynote = "Here are the biggest headlines from the WWDC keynote.\n\n" + "\n\n".join(products)
    assert not roundup(keynote, "en")
    for opening in (
        "Here are the stories of some of those who died.",
        "Voici l'essentiel de ce qu'il faut savoir sur la grève de jeudi.",
        "Estas son las claves del acuerdo de presupuestos.",
        "Here's the latest news on the Louvre heist.",
        "Rail strike: here's what you need to know about Thursday.",
    ):
        assert not INTRODUCED.search(opening), opening


def test_the_news_in_brief_is_a_roundup_whatever_its_paragraphs_open_with():
    """blind-day-71: Yle's "Uutiset lyhyesti" (news in brief) tells an eruption, a handball
    semi-final, a mine's tremor and a plane's return in plain paragraphs, and joined the
    eruption's story; under a report's title the same paragraphs are none."""
    items = (
        "Islannissa Reykjanesin niemimaalla alkoi perjantaina tulivuorenpurkaus.",
        "Tanska voitti Norjan käsipallon naisten EM-välierässä 27–25.",
        "Pohjois-Ruotsissa Kiirunan lähellä sijaitsevassa kaivoksessa sattui järistys.",
        "Riikaan matkalla ollut kone palasi Helsinki-Vantaalle savun takia.",
        "Jääkiekon Liigassa Tappara voitti Kärpät 3–2 ja nousi sarjan kärkeen.",
    )
    text = "\n\n".join(items)
    assert roundup(text, "fi", "Uutiset lyhyesti lauantaina 19.12.")
    assert not roundup(text, "fi", "Reykjanesilla alkoi jälleen purkaus")
    # a morning programme's "what you need to know this Saturday", in one paragraph of
    # clauses (RNZ's Morning Report)
    clauses = "; ".join(
        (
            "Cyclone Seini passed west of Vava'u overnight and cut power across Neiafu, with "
            "300 people in shelters",
            "volunteers refloated 31 of the 47 pilot whales stranded at Farewell Spit, though "
            "16 have died",
            "a bushfire destroyed eleven homes in the northern Grampians as temperatures "
            "above 40 degrees loom",
            "Samoa Rugby Union named former flanker Leota Sione Mamea as Manu Samoa head "
            "coach until the World Cup",
            "Auckland Transport says trains will run through the night on Christmas Eve for "
            "the first time",
            "MetService has issued heavy rain watches for Fiordland and Westland from Sunday "
            "into early Monday",
        )
    )
    assert roundup(clauses, "en", "Morning Report: What you need to know this Saturday")
    assert not roundup(clauses, "en", "Cyclone Seini cuts power across Vava'u")


def test_a_newsletter_of_bulleted_items_is_a_roundup_whatever_they_open_with():
    """blind-day-74: a Norwegian "Morgenbrief" opens each item with a bullet, one of them
    without a label ("• Norwegian fraktet 1,55 millioner passasjerer ..."), after a greeting
    and before the weather; five items of seven paragraphs labelled were too few, and the
    brief joined the Hormuz deal its second item told. A report's bulleted key points are
    sentences, not labelled items, even where they are most of its paragraphs (the
    review's "What we know"), and quotes opened by a dash (Nordic news) are no bullets."""
    items = (
        "• Ekstremværet «Tora»: Rundt 38 000 strømkunder i Vestland var uten strøm i natt.",
        "• Avtale i Muscat: Iran og Emiratene undertegnet en avtale om en beredskapslinje.",
        "• Jordskjelv i Chile: Minst to mennesker er døde etter et kraftig jordskjelv.",
        "• Kabelbrudd i Finskebukta: En datakabel mellom Finland og Estland ble skadet.",
        "• Norwegian fraktet 1,55 millioner passasjerer i november, en økning på 4 prosent.",
    )
    greeting = "God morgen! Her er de viktigste sakene mens du drikker morgenkaffen."
    weather = "Været: Fortsatt kraftig vind på Vestlandet, pent og kaldt på Østlandet."
    text = _paragraphs(greeting, *items, weather)
    assert roundup(text, "no", "Morgenbrief: Dette må du få med deg mandag 7. desember")
    quotes = _paragraphs(
        "Stormen «Tora» ga 38 000 strømkunder i Vestland et mørkt døgn.",
        "– Vi jobber på spreng for å få strømmen tilbake, sier driftssjef Kari Lie.",
        "– Det er fortsatt farlig å ferdes langs kysten, legger hun til.",
        "– Vi ber folk holde seg inne, sier politiet i Vestland.",
        "– Ferjene står til stormen har løyet, sier Fjord1.",
    )
    assert not roundup(quotes, "no", "Tora ga 38 000 strømløse kunder")
    report = _paragraphs(
        "Ekstremværet «Tora» traff Vestland i natt, og 38 000 strømkunder mistet strømmen.",
        "Meteorologisk institutt har sendt ut rødt farevarsel som gjelder til klokken 15.",
        "Dette er det viktigste å vite om uværet:",
        "• Flere ferjesamband mellom Bergen og Sunnfjord er innstilt hele dagen.",
        "• E39 er stengt ved Lavik etter at et tre falt over vegen i natt.",
        "• Skolene i tre kommuner holder stengt, og foreldre bes holde barna hjemme.",
        "• Strømselskapet venter at alle kunder har strøm igjen innen torsdag kveld.",
        "Politiet ber folk i Vestland om ikke å ferdes langs sjøen før vinden løyer.",
    )
    assert not roundup(report, "no", "Rødt farevarsel: «Tora» slo ut strømmen i Vestland")
    known = _paragraphs(
        "A magnitude 6.2 quake struck off Aomori early on Tuesday. What we know so far:",
        "* Three people were slightly hurt in Hachinohe by falling roof tiles.",
        "* No tsunami warning was issued and shinkansen services resumed by noon.",
        "* The Tohoku Electric Power Co said its Higashidori plant showed no damage.",
        "* Aftershocks of up to magnitude 4 were felt through the morning.",
    )
    assert not roundup(known, "en", "What we know about the Aomori quake")


def test_a_polish_evening_summary_in_one_paragraph_is_a_roundup():
    """blind-day-75: "Wieczorny skrót" (evening summary) tells seven events in one
    paragraph of clauses and joined the tank deal it opened with; Polish, Czech, Slovak,
    Hungarian and Romanian briefings are named so now (TITLED, BRIEFS). Under the deal's
    own headline the same clauses stay a report's."""
    clauses = "; ".join(
        (
            "W Seulu minister obrony podpisał trzecią umowę na czołgi K2 – 96 maszyn za ok. "
            "4,1 mld dolarów",
            "pod Pardubicami w Czechach pociąg osobowy wjechał w stojący skład towarowy, "
            "zginął maszynista",
            "na Dunaju w pobliżu Vukovaru po zderzeniu dwóch statków odnaleziono ciało "
            "zaginionego marynarza",
            "węgierski bank centralny obniżył stopy procentowe o 25 pkt bazowych, do 6 proc., "
            "a forint osłabł",
            "władze Słubic i Frankfurtu nad Odrą ogłosiły, że most graniczny zostanie na osiem "
            "miesięcy zamknięty",
            "w Japonii liczba ofiar trzęsienia ziemi na Hokkaido wzrosła do 11 osób według agencji",
        )
    )
    assert roundup(clauses + ".", "pl", "Wieczorny skrót: czołgi z Korei, most w Słubicach")
    assert not roundup(clauses + ".", "pl", "Kolejne czołgi K2 dla wojska")


def _paragraphs(*texts: str) -> str:
    """A text of these paragraphs, a blank line between each two."""
    return "\n\n".join(texts)
