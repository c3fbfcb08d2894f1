"""Ten different events written from one template stay ten (issue 12: a different place,
different people and different figures make a different event), and one event told by three
outlets in their own words among them is one story."""

import datetime as dt

from briefgen.cluster import cluster, dedupe
from briefgen.models import Article
from briefgen.text import content_hash
from tests.test_cluster import T0

# Ten different events written from one template: only the city, the subject, the people and
# the figures differ. Each outlet has its own wording of the template, kept for every event.
TEMPLATED = [
    # city, subject, the structure at fault, mayor, people affected, hurt, cost (million euros),
    # weeks of repairs, year of the engineers' warning
    ("Lisbon", "bridge collapse", "footbridge", "Carla Mendes", 1200, 14, 38, 16, 2019),
    ("Nairobi", "flood defences", "river embankment", "Peter Kamau", 5400, 9, 210, 30, 2021),
    ("Lyon", "tram depot fire", "tram depot", "Sophie Garnier", 800, 3, 45, 12, 2018),
    ("Krakow", "water main burst", "water main", "Tomasz Wrobel", 23000, 0, 12, 6, 2017),
    ("Osaka", "hospital power cut", "hospital generator", "Kenji Morita", 640, 5, 7, 4, 2020),
    ("Porto Alegre", "landslide", "retaining wall", "Ana Ferraz", 2100, 21, 95, 40, 2016),
    ("Seville", "school roof collapse", "school roof", "Manuel Ortega", 950, 11, 6, 10, 2022),
    ("Montreal", "metro tunnel flooding", "tunnel pumps", "Julie Tremblay", 180000, 2, 64, 8, 2015),
    ("Accra", "market fire", "market wiring", "Kwesi Mensah", 3600, 17, 28, 20, 2023),
    ("Bergen", "ferry terminal damage", "terminal pier", "Ingrid Haugen", 1500, 1, 150, 26, 2014),
]
OUTLET_WORDING = {
    "Continental Wire": (
        "{city} {subject}: {affected:,} affected, inquiry ordered",
        "Authorities in {city} opened an inquiry on Tuesday after the {what}, officials said. "
        "Emergency services said {affected:,} residents had been affected and {hurt} people were "
        "treated in hospital. Mayor {mayor} said repairs would cost about {cost} million euros and "
        "take {weeks} weeks. Engineers had warned about the condition of the {structure} in a "
        "report published in {year}. The national government promised emergency funding and said "
        "a full report would follow within a month.",
    ),
    "Meridian Post": (
        "{city} officials order inquiry into {subject}",
        "An inquiry has been ordered in {city} into the {what}. {affected:,} residents were "
        "affected, according to emergency services, and {hurt} needed hospital treatment. Repairs "
        "will take {weeks} weeks and cost around {cost} million euros, mayor {mayor} told "
        "reporters. A {year} engineering report had flagged problems with the {structure}. "
        "Opposition councillors demanded to know why the warnings were not acted on.",
    ),
    "Northern Ledger": (
        "{subject} in {city}: mayor promises repairs within {weeks} weeks",
        "Mayor {mayor} promised on Tuesday that the damage caused by the {what} would be "
        "repaired within {weeks} weeks, at a cost of some {cost} million euros. About "
        "{affected:,} people in {city} were affected and {hurt} were hurt. The {structure} had "
        "been the subject of an engineers' warning in {year}. Residents said they had "
        "complained for years.",
    ),
}


def templated_events(outlets_per_event: int = 3) -> list[tuple[Article, str]]:
    out = []
    for n, (city, subject, structure, mayor, affected, hurt, cost, weeks, year) in enumerate(
        TEMPLATED
    ):
        slots = dict(
            city=city,
            subject=subject,
            what=f"{subject} in {city}",
            structure=structure,
            mayor=mayor,
            affected=affected,
            hurt=hurt,
            cost=cost,
            weeks=weeks,
            year=year,
        )
        for k, (outlet, (title, text)) in enumerate(OUTLET_WORDING.items()):
            if k >= outlets_per_event - (n % 2):  # 3 outlets for even events, 2 for odd ones
                break
            url = f"https://{outlet.split()[0].lower()}.example.com/{city.lower()}-{n}"
            title_text = title.format(**slots)
            body = text.format(**slots)
            out.append(
                (
                    Article(
                        url=url,
                        canonical_url=url,
                        title=title_text[0].upper() + title_text[1:],
                        text=body,
                        published=T0 + dt.timedelta(minutes=37 * n + 11 * k),
                        outlet=outlet,
                        content_hash=content_hash(title_text, body),
                    ),
                    city,
                )
            )
    return out


def test_ten_templated_events_stay_apart():
    written = templated_events()
    city = {a.url: c for a, c in written}
    deduped = dedupe([a for a, _ in written])
    assert deduped.dropped == 0  # one template, yet no two articles are copies
    stories = cluster(deduped.articles, set(), T0 + dt.timedelta(hours=8), max_stories=8)
    assert len(stories) == 8
    for story in stories:
        assert len({city[a.url] for a in story.articles}) == 1, story.title
    everything = cluster(deduped.articles, set(), T0 + dt.timedelta(hours=8), max_stories=20)
    assert sorted(sorted(city[a.url] for a in s.articles) for s in everything) == sorted(
        [c] * sum(1 for _, other in written if other == c) for c in {c for _, c in written}
    )


OWN_WORDS = [
    (
        "Continental Wire",
        "Lisbon footbridge partly collapses, 14 hurt",
        "Part of the Alcantara footbridge in Lisbon gave way on Tuesday morning, sending "
        "pedestrians and debris onto the road below. Fourteen people were taken to hospital, "
        "two of them with serious injuries, the city's civil protection service said. Mayor "
        "Carla Mendes ordered an inquiry and closed the avenue beneath the bridge until "
        "engineers have checked the remaining spans.",
    ),
    (
        "Iberian Daily",
        "'It just dropped': witnesses describe Alcantara bridge failure",
        "Commuters crossing the walkway near the Alcantara docks heard a loud crack moments before "
        "a section about 20 metres long fell onto the traffic lanes. 'It just dropped, like a "
        "trapdoor,' said Rui Pacheco, a delivery driver who stopped his van inches from the "
        "concrete. Emergency crews pulled two people from a crushed car. Carla Mendes visited the "
        "site and said the city would pay for temporary crossings.",
    ),
    (
        "Europe in Brief",
        "Portugal: pedestrian bridge gives way in capital",
        "A pedestrian bridge over a busy road in the Portuguese capital collapsed in part on "
        "Tuesday, injuring 14 people. City hall said an engineering report in 2019 had recommended "
        "repairs to the structure, which links the Alcantara district with the riverside. An "
        "investigation has been opened.",
    ),
]


def test_one_event_in_three_outlets_own_words_is_one_story():
    own = []
    for k, (outlet, title, text) in enumerate(OWN_WORDS):
        url = f"https://{outlet.split()[0].lower()}.example.com/alcantara"
        own.append(
            Article(
                url=url,
                canonical_url=url,
                title=title,
                text=text,
                outlet=outlet,
                published=T0 + dt.timedelta(minutes=50 * k),
                content_hash=content_hash(title, text),
            )
        )
    others = [a for a, c in templated_events() if c != "Lisbon"]
    stories = cluster(dedupe(own + others).articles, set(), T0 + dt.timedelta(hours=8), 20)
    by_url = {a.url: s.id for s in stories for a in s.articles}
    assert len({by_url[a.url] for a in own}) == 1
    story = next(s for s in stories if s.id == by_url[own[0].url])
    assert {a.url for a in story.articles} == {a.url for a in own}
