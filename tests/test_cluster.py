import datetime as dt

from briefgen.cluster import cluster, dedupe
from briefgen.config import FetchSettings
from briefgen.models import Article
from briefgen.sources.files import FileSource
from briefgen.text import content_hash

T0 = dt.datetime(2026, 11, 24, 8, tzinfo=dt.UTC)


def article(url: str, text: str, minutes: int = 0, title: str = "T") -> Article:
    from briefgen.text import canonical_url

    return Article(
        url=url,
        canonical_url=canonical_url(url),
        title=title,
        text=text,
        published=T0 + dt.timedelta(minutes=minutes),
        content_hash=content_hash(title, text),
    )


def test_dedupe_by_url_text_and_near_copy():
    body = (
        "The United States authorised Ukraine to use long-range missiles inside Russia on "
        "Monday after North Korea sent thousands of troops to the Kursk region to fight. "
        "Officials said the strikes would be limited to military targets such as depots and "
        "command posts, and that the decision had been under review for several weeks."
    )
    original = article("https://a.example.com/x", body)
    same_url = article("https://a.example.com/x/?utm_source=feed", "Different text entirely.", 5)
    same_text = article("https://b.example.com/y", body, 10)
    near_copy = article("https://c.example.com/z", body.replace("Monday", "Monday evening"), 15)
    other = article("https://d.example.com/w", "Grain ships left Odesa under naval escort.", 20)
    result = dedupe([near_copy, other, same_text, same_url, original])
    assert [a.url for a in result.articles] == [original.url, other.url]
    assert result.dropped == 3
    assert {a.url for a in result.duplicates[original.url]} == {
        same_url.url,
        same_text.url,
        near_copy.url,
    }


def test_demo_articles_form_three_stories(articles):
    found = FileSource(str(articles)).read(FetchSettings()).articles
    on_topic = [a for a in found if "Sevilla" not in a.text and a.published.day != 10]
    deduped = dedupe(on_topic)
    assert deduped.dropped == 1  # the syndicated copy
    stories = cluster(deduped.articles, {"ukrain"}, T0 + dt.timedelta(hours=6))
    groups = sorted(sorted(a.outlet or "wire" for a in s.articles) for s in stories)
    assert groups == [
        ["Atlantic Dispatch", "Northern Ledger", "The Kyiv Observer"],
        ["Bosphorus Monitor", "Meridian Post"],
        ["Continental Wire", "Danube Herald", "wire"],
    ]
    assert [s.id for s in stories] == ["s1", "s2", "s3"]
    assert stories[0].score >= stories[1].score >= stories[2].score


def test_short_teasers_with_different_titles_are_not_duplicates():
    teaser = "Click here to read the full story on our website."
    items = [
        article(f"https://x.example.com/{n}", teaser, n, title=f"Headline {n}") for n in range(3)
    ]
    assert dedupe(items).dropped == 0
