"""Stories across languages without embeddings: articles in two languages are one story when
they share names and figures (two or more, one of them a name), not when one figure or one
name is all they share."""

import datetime as dt

from briefgen.cluster import cluster, dedupe
from briefgen.models import Article
from briefgen.text import content_hash

T0 = dt.datetime(2027, 2, 9, 7, tzinfo=dt.UTC)

STRIKE_FR = (
    "fr",
    "Mulhouse : les salariés de Vantorel en grève illimitée",
    "Les 1 200 salariés de l'usine Vantorel de Mulhouse ont cessé le travail mardi matin. "
    "Selon Claire Dubreuil, déléguée syndicale, la direction refuse toute hausse des salaires "
    "depuis deux ans. La production des boîtes de vitesses est à l'arrêt.",
)
STRIKE_EN = (
    "en",
    "Gearbox output halted as Vantorel staff walk out",
    "Workers at Vantorel's gearbox plant in Mulhouse, eastern France, began an open-ended "
    "strike on Tuesday over pay. Union representative Claire Dubreuil said management had "
    "refused any rise for two years. The plant employs about 1,200 people.",
)
FLOOD_DE = (
    "de",
    "Passau: Pegel der Donau steigt nach 24 Stunden Dauerregen",
    "Nach 24 Stunden Dauerregen ist die Donau in Passau über die Ufer getreten. Die Feuerwehr "
    "sperrte die Altstadt, Anwohner räumten ihre Keller. Der Landkreis rief den "
    "Katastrophenfall aus.",
)
RESULTS_EN = (
    "en",
    "Rail stocks slip as traffic falls for a third month",
    "Shares in European rail operators fell on Tuesday after passenger numbers dropped for a "
    "third month running. Traffic on the busiest lines was down 24 percent on a year "
    "earlier, and analysts cut their forecasts for the spring timetable.",
)
RECALL_DE = (
    "de",
    "Vantorel ruft Getriebe zurück",
    "Der Zulieferer Vantorel ruft weltweit Getriebe zurück, weil eine Dichtung undicht werden "
    "kann. Betroffen sind Modelle mehrerer Hersteller; Kunden werden angeschrieben.",
)


def make(name: str, language: str, title: str, text: str, minutes: int) -> Article:
    url = f"https://{name}.example.com/2027/02/09/{minutes}"
    return Article(
        url=url,
        canonical_url=url,
        title=title,
        text=text,
        outlet=name,
        language=language,
        published=T0 + dt.timedelta(minutes=minutes),
        content_hash=content_hash(title, text),
    )


def stories_of(*reports: tuple[str, str, str]) -> list[set[str]]:
    articles = [make(f"outlet{k}", *report, 20 * k) for k, report in enumerate(reports)]
    stories = cluster(dedupe(articles).articles, set(), T0 + dt.timedelta(hours=6), 20)
    outlets = [{a.outlet for a in s.articles} for s in stories]
    return sorted(outlets, key=min)


def test_one_event_in_french_and_english_is_one_story_by_the_names_they_share():
    assert stories_of(STRIKE_FR, STRIKE_EN, FLOOD_DE) == [{"outlet0", "outlet1"}, {"outlet2"}]


def test_a_figure_in_common_or_one_name_in_common_is_no_event_in_common():
    # the flood and the rail figures share "24"; the strike and the recall share "Vantorel"
    assert stories_of(FLOOD_DE, RESULTS_EN) == [{"outlet0"}, {"outlet1"}]
    assert stories_of(RECALL_DE, STRIKE_EN) == [{"outlet0"}, {"outlet1"}]
