"""Feed formats, teaser items completed from their pages, and the language filter."""

import asyncio
import datetime as dt
import json
import time

from conftest import NOW

from briefgen.config import FetchSettings, SourceConfig, Topic
from briefgen.gather import brief_period, fetch_all, gather
from briefgen.sources.feeds import parse_feed

BODY = "Engineers restored power to most of Kharkiv on Tuesday after the overnight strikes. " * 8
PAGE = f"""<!doctype html><html lang="en"><head><title>Power back</title>
<meta property="article:published_time" content="2026-11-24T09:00:00+00:00"></head>
<body><nav>Home News</nav><article><h1>Power back</h1><p>{BODY}</p></article></body></html>"""
PRIVATE_OK = {"allow_private_networks": True, "retries": 0}


def fetched(url, **options):
    [result] = asyncio.run(
        fetch_all([SourceConfig(url=url, **options)], FetchSettings(**PRIVATE_OK))
    )
    assert result.error is None, result.error
    return result.fetched


def test_json_feed(server):
    doc = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "JSON Wire",
        "language": "en",
        "items": [
            {
                "id": "1",
                "url": "/power",
                "title": "Power back in Kharkiv",
                "content_html": f"<p>{BODY}</p><script>alert(1)</script>",
                "date_published": "2026-11-24T09:00:00Z",
            },
            {"id": "2", "url": "/no-date", "title": "Undated", "content_text": "x"},
            {
                "id": "3",
                "url": "/plain",
                "title": "Plain text item",
                "content_text": "Evil \u202egnp.exe\x07 text",
                "date_published": "2026-11-24T10:00:00Z",
            },
        ],
    }
    got = fetched(server.add("/feed.json", json.dumps(doc), content_type="application/feed+json"))
    article, plain = got.articles
    assert plain.text == "Evil gnp.exe text"  # no bidi override, no control character
    assert article.url == server.url("/power")  # relative link resolved
    assert (article.title, article.outlet, article.language) == (
        "Power back in Kharkiv",
        "JSON Wire",
        "en",
    )
    assert "alert" not in article.text and article.text.startswith("Engineers restored")
    assert "1 entry without a date" in got.skipped[0].error


def rss(link: str, teaser: str) -> str:
    return f"""<rss version="2.0"><channel><title>Teasers</title><language>en-gb</language>
<item><title>Power back</title><link>{link}</link><description>{teaser}</description>
<pubDate>Tue, 24 Nov 2026 09:00:00 GMT</pubDate></item></channel></rss>"""


def test_teaser_items_get_their_page_text(server):
    link = server.add("/power", PAGE)
    url = server.add("/teasers.xml", rss(link, "Power is back."), content_type="text/xml")
    [article] = fetched(url).articles
    assert article.text.startswith("Engineers restored power") and "Home News" not in article.text
    assert article.language == "en"
    assert server.hits.count("/power") == 1


def test_an_items_short_full_content_is_the_article_not_a_teaser(server):
    """A wire's two-sentence brief in <content:encoded> had its page read as a teaser's (a
    dead page cost 2 s a run and a warning that called the whole article a teaser)."""
    link = server.add("/power", PAGE)
    brief = "<p>Power is back in Kharkiv. Engineers worked through the night.</p>"
    encoded = (
        rss(link, "Power is back.")
        .replace(
            "<description>", f"<content:encoded><![CDATA[{brief}]]></content:encoded><description>"
        )
        .replace("<rss ", '<rss xmlns:content="http://purl.org/rss/1.0/modules/content/" ')
    )
    [article] = fetched(server.add("/full.xml", encoded, content_type="text/xml")).articles
    assert article.text == "Power is back in Kharkiv. Engineers worked through the night."
    assert "/power" not in server.hits
    # full content that breaks off is a teaser still: its page is read
    cut = encoded.replace("through the night.", "through the night [&#8230;]")
    [article] = fetched(server.add("/cut.xml", cut, content_type="text/xml")).articles
    assert article.text.startswith("Engineers restored power") and server.hits.count("/power") == 1
    atom = f"""<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title>
<entry><title>Power back</title><link href="{link}"/><updated>2026-11-24T09:00:00Z</updated>
<content type="html">{brief.replace("<", "&lt;")}</content></entry></feed>"""
    [article] = fetched(server.add("/atom.xml", atom, content_type="text/xml")).articles
    assert article.text.startswith("Power is back") and server.hits.count("/power") == 1
    # an empty <content:encoded>: the text read is the summary, a teaser (a review's)
    empty = encoded.replace(f"<![CDATA[{brief}]]>", "")
    [article] = fetched(server.add("/empty.xml", empty, content_type="text/xml")).articles
    assert article.text.startswith("Engineers restored power") and server.hits.count("/power") == 2


def test_an_item_s_relative_link_is_the_feed_s_own(server):
    """A feed whose items link "/power" (a CMS's relative links) gave articles with the
    address "/power": no page could be fetched for a teaser, and the brief's sources list
    linked nowhere."""
    server.add("/power", PAGE)
    url = server.add("/news/teasers.xml", rss("/power", "Power is back."), content_type="text/xml")
    [article] = fetched(url).articles
    assert article.url == server.url("/power")
    assert article.text.startswith("Engineers restored power")  # its page was read
    # relative to where the feed was read from, after a redirect (the review's)
    server.add("/moved/power", PAGE)
    server.add("/moved/teasers.xml", rss("power", "Power is back."), content_type="text/xml")
    old = server.add("/old.xml", "", status=301, headers={"Location": "/moved/teasers.xml"})
    assert fetched(old).articles[0].url == server.url("/moved/power")
    # a password in the feed's address reaches no item's link (nor the brief)
    body = rss("power", "Power is back.").encode()
    secret = parse_feed(body, "https://w.example/rss", base="https://ana:s3cret@w.example/rss")
    assert [a.url for a in secret.articles] == ["https://w.example/power"]
    # a guid that is no link stays as it is: no page is made up for it
    guid = rss("", "Power is back.").replace(
        "<link></link>", '<guid isPermaLink="false">12345</guid>'
    )
    url = server.add("/guid.xml", guid, content_type="text/xml")
    assert fetched(url, full_text="never").articles[0].url == "12345"


def test_a_teaser_s_outlet_is_the_one_its_page_names(server):
    """Five outlets' items in one wire's feed were all credited to the feed's title, though
    each page was read and names its outlet (og:site_name)."""
    named = PAGE.replace("<head>", '<head><meta property="og:site_name" content="Rhone Courier">')
    link = server.add("/lyon", named)
    url = server.add("/wire.xml", rss(link, "A tram derailed."), content_type="text/xml")
    [article] = fetched(url).articles
    assert article.outlet == "Rhone Courier"
    link = server.add("/power", PAGE)  # a page that names no outlet: the feed's title
    url = server.add("/teasers.xml", rss(link, "Power is back."), content_type="text/xml")
    assert fetched(url).articles[0].outlet == "Teasers"
    # nor does a host name (the extractor's, from a canonical link elsewhere)
    canonical = '<head><link rel="canonical" href="https://www.kyivindependent.com/power">'
    link = server.add("/elsewhere", PAGE.replace("<head>", canonical))
    url = server.add("/canon.xml", rss(link, "Power is back."), content_type="text/xml")
    assert fetched(url).articles[0].outlet == "Teasers"


def test_full_text_never_and_always(server):
    link = server.add("/power", PAGE)
    short = server.add("/short.xml", rss(link, "Power is back."), content_type="text/xml")
    [article] = fetched(short, full_text="never").articles
    assert article.text == "Power is back." and "/power" not in server.hits
    long_teaser = "A long summary of the day. " * 30
    full = server.add("/full.xml", rss(link, long_teaser), content_type="text/xml")
    assert fetched(full).articles[0].text.startswith("A long summary")  # auto: not a teaser
    assert fetched(full, full_text="always").articles[0].text.startswith("Engineers restored")


def test_language_filter(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    texts = {
        "en": "The government announced new support measures for families on Tuesday.",
        "de": "Die Regierung hat am Dienstag neue Hilfen für Familien angekündigt.",
        "fr": "Le gouvernement a annoncé mardi de nouvelles mesures pour les familles.",
    }
    for code, text in texts.items():
        (folder / f"{code}.md").write_text(
            f"---\ntitle: {code}\npublished: 2026-11-24T08:00:00+00:00\n---\n{text * 3}\n",
            encoding="utf-8",
        )
    topic = Topic(name="T", sources=[str(folder)], languages=["en", "de"])
    period = brief_period(dt.date(2026, 11, 24), NOW, dt.timedelta(hours=24), dt.UTC)
    result = gather(topic, period, FetchSettings())
    assert sorted(a.title for a in result.articles) == ["de", "en"]
    assert result.other_language == 1


def test_a_channel_s_language_is_no_item_s_that_is_plainly_in_another(server):
    """A feed that declares English for all its items carries one in Spanish: that item is
    Spanish (a new user's Spanish reports were English to the brief, and their quotes were
    not translated); a short item, which detection cannot tell, keeps the channel's."""
    items = {
        "storm": (
            "Tormenta Helga: cuatro muertos en Oporto",
            "La tormenta dejó sin luz a miles de hogares en el norte de Portugal, según la "
            "protección civil, que evacuó a 1.200 personas durante la noche.",
        ),
        "cable": (
            "Undersea cable damaged",
            "The Nordlink-2 undersea power cable between Norway and Germany was damaged early "
            "on Tuesday, the operator said, and repairs could take weeks.",
        ),
        "short": ("Breve", "Cuatro muertos."),
    }
    entries = "".join(
        f"<item><title>{title}</title><link>{server.url('/' + slug)}</link>"
        f"<description>{text}</description><pubDate>Tue, 24 Nov 2026 09:00:00 GMT</pubDate>"
        "</item>"
        for slug, (title, text) in items.items()
    )
    feed = f'<rss version="2.0"><channel><title>Mixed</title><language>en</language>{entries}'
    url = server.add("/mixed.xml", feed + "</channel></rss>", content_type="text/xml")
    found = {a.url.rsplit("/", 1)[1]: a.language for a in fetched(url).articles}
    assert found == {"storm": "es", "cable": "en", "short": "en"}


def test_pages_not_read_are_reported_by_the_topics_that_keep_their_items(server):
    """Two teasers whose pages cannot be read (nothing listens on port 9): a topic that keeps
    one of them reports that page; one that keeps neither reports none (a new user's brief
    listed a page of an item it had left out)."""
    items = "".join(
        f"<item><title>{title}</title><link>http://127.0.0.1:9/{slug}</link>"
        f"<description>{title}.</description><pubDate>Tue, 24 Nov 2026 09:00:00 GMT</pubDate>"
        "</item>"
        for slug, title in (("grid", "Kharkiv grid repaired"), ("match", "Dynamo win derby"))
    )
    feed = f'<rss version="2.0"><channel><title>Wire</title>{items}</channel></rss>'
    url = server.add("/teasers-two.xml", feed, content_type="text/xml")
    period = brief_period(dt.date(2026, 11, 24), NOW, dt.timedelta(hours=24), dt.UTC)
    settings = FetchSettings(**PRIVATE_OK)

    def errors(include: str) -> list[str]:
        topic = Topic(name="T", sources=[url], include=[include])
        return [e.error for e in gather(topic, period, settings).errors]

    [grid] = errors("Kharkiv")
    assert grid.startswith("1 of 2 linked pages not read") and "connection refused" in grid
    assert errors("Odesa") == []


def test_a_hanging_page_costs_its_text_not_the_feed(server):
    link = server.add("/hangs", PAGE, delay=30)
    url = server.add("/teasers.xml", rss(link, "Power is back."), content_type="text/xml")
    started = time.perf_counter()
    [result] = asyncio.run(
        fetch_all([SourceConfig(url=url)], FetchSettings(deadline_s=2, **PRIVATE_OK))
    )
    assert time.perf_counter() - started < 4
    assert result.error is None
    assert [a.text for a in result.fetched.articles] == ["Power is back."]
    assert "not read within the source's deadline" in result.fetched.unread_pages(url).error


def test_a_page_read_past_the_deadline_is_not_called_a_slow_server(server):
    """A 6 MB page the server sent at once, then read for longer than the deadline (seconds,
    against 0.5), was
    reported "the server is slow or hangs" (a new user's): it says the page came in."""
    paragraphs = "".join(f"<p>Paragraph {n}: {BODY}</p>" for n in range(8000))
    url = server.add("/big", PAGE.replace(f"<p>{BODY}</p>", paragraphs))
    [result] = asyncio.run(
        fetch_all([SourceConfig(url=url)], FetchSettings(deadline_s=0.5, **PRIVATE_OK))
    )
    assert "bytes came in, reading them took the rest: raise fetch.deadline_s" in result.error
    assert "slow or hangs" not in result.error


def test_a_long_chinese_summary_is_not_a_teaser(server):
    link = server.add("/power", PAGE)
    summary = "工程师周二恢复了哈尔科夫大部分地区的电力供应，此前该市遭到夜间袭击。" * 6
    url = server.add("/zh.xml", rss(link, summary), content_type="text/xml")
    assert len(summary.split()) == 1  # one "word" by spaces, about 80 by segmenting
    assert fetched(url).articles[0].text.startswith("工程师周二")  # its page was not needed
    assert "/power" not in server.hits
    short = server.add("/zh-short.xml", rss(link, "电力已恢复。"), content_type="text/xml")
    assert fetched(short).articles[0].text.startswith("Engineers restored")


def test_a_feed_cut_short_gives_its_items_and_says_it_is_cut_short(server):
    """The items before the break are read, the one it breaks off in is not made a title-only
    article, and one line says what is wrong; an aggregator's item keeps its own outlet."""
    item = """<item><title>{0}</title><link>/{0}</link><description>{1}</description>
<pubDate>Tue, 24 Nov 2026 09:00:00 GMT</pubDate>{2}</item>"""
    body = (
        "<rss version='2.0'><channel><title>Aggregator</title>"
        + item.format("one", BODY, "<source url='https://wire.example/rss'>Wire One</source>")
        + item.format("two", BODY, "")
        + "<item><title>three</title><link>/three</link><descr"
    )
    got = fetched(server.add("/cut.xml", body, content_type="application/rss+xml"))
    assert [(a.title, a.outlet) for a in got.articles] == [
        ("one", "Wire One"),
        ("two", "Aggregator"),
    ]
    [problem] = got.skipped
    assert problem.error.startswith("the feed is cut short (its closing tag is missing)")
    assert "first 2 items" in problem.error and "not well-formed" not in problem.error
    assert "\n" not in problem.error
    # a whole feed with a stray entity is read past: every item, and nothing to say
    whole = (
        "<rss version='2.0'><channel><title>Wire</title>"
        + item.format("one", "Power&nbsp;back. " + BODY, "")
        + item.format("two", BODY, "")
        + "</channel></rss>"
    )
    got = fetched(server.add("/entity.xml", whole, content_type="application/rss+xml"))
    assert [a.title for a in got.articles] == ["one", "two"] and not got.skipped


def test_a_feed_whose_bytes_are_not_the_encoding_it_declares_is_read_as_what_they_are():
    """nu34 r09: windows-1251 bytes declaring UTF-8 were read by feedparser as windows-1252
    ("Óòå÷êà íåôòè"), as a page's are not; a feed valid in its declared encoding is left
    to feedparser as it was."""
    title, text = "Утечка нефти под Томском", "Под Томском произошла утечка около 150 тонн нефти."
    rss = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Вестник'
        f"</title><item><title>{title}</title><link>https://vestnik.example.com/a</link>"
        f"<pubDate>Thu, 03 Dec 2026 08:00:00 GMT</pubDate><description>{text}</description>"
        "</item></channel></rss>"
    )
    for body, content_type in (
        (rss.encode("cp1251"), "application/rss+xml; charset=utf-8"),
        (rss.encode("cp1251"), ""),
        (rss.encode("utf-8"), "application/rss+xml"),
    ):
        (article,) = parse_feed(body, "https://vestnik.example.com/feed").articles
        assert (article.title, article.outlet) == (title, "Вестник"), content_type


def test_a_label_is_read_as_the_encoding_browsers_read_it_as():
    """The review's: a Korean feed declaring EUC-KR with a syllable only windows-949 has (똠)
    became Latin mojibake, and once re-decoded, Chinese-looking mojibake."""
    title = "서울 도심 화재 발생 똠"
    rss = (
        '<?xml version="1.0" encoding="euc-kr"?><rss version="2.0"><channel><title>신문'
        f"</title><item><title>{title}</title><link>https://k.example.com/a</link>"
        "<pubDate>Thu, 03 Dec 2026 08:00:00 GMT</pubDate><description>서울 도심에서 화재가 "
        "발생했다.</description></item></channel></rss>"
    )
    (article,) = parse_feed(rss.encode("cp949"), "https://k.example.com/feed").articles
    assert article.title == title
