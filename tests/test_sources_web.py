import asyncio
import datetime as dt
import socket

import httpx
import pytest

from briefgen.config import FetchSettings, SourceConfig
from briefgen.errors import SourceError
from briefgen.fetch import _why_not_connected
from briefgen.gather import fetch_all
from briefgen.sources.pages import extract_page

RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Wire &amp; Co</title>
<item><title>Grid hit overnight</title><link>https://wire.example.com/grid?utm_source=rss</link>
<pubDate>Tue, 24 Nov 2026 07:00:00 GMT</pubDate>
<description>&lt;p&gt;Russia struck the grid.&lt;/p&gt;
&lt;script&gt;alert(1)&lt;/script&gt;</description></item>
<item><title>Undated item</title><link>https://wire.example.com/undated</link>
<description>No date here.</description></item>
</channel></rss>"""
ATOM = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>Atom Outlet</title><updated>2026-11-24T08:00:00Z</updated><id>urn:x</id>
<entry><title>Convoy leaves Odesa</title><link href="https://atom.example.com/convoy"/>
<id>urn:1</id><updated>2026-11-24T08:00:00Z</updated>
<content type="html">&lt;p&gt;Fourteen ships left.&lt;/p&gt;
&lt;p&gt;Insurers worry.&lt;/p&gt;</content>
</entry></feed>"""


def fetch(url: str, **limits):
    """One configured source fetched as a run fetches it; its error raised as SourceError."""
    [result] = asyncio.run(fetch_all([SourceConfig(url=url)], FetchSettings(**limits)))
    if result.error:
        raise SourceError(result.error)
    return result.fetched


def test_rss_feed(server):
    fetched = fetch(server.add("/rss", RSS, content_type="application/rss+xml"))
    [article] = fetched.articles
    assert article.title == "Grid hit overnight"
    assert article.outlet == "Wire & Co"
    assert article.canonical_url == "https://wire.example.com/grid"
    assert article.published == dt.datetime(2026, 11, 24, 7, tzinfo=dt.UTC)
    assert article.text == "Russia struck the grid."  # markup and script dropped
    assert "1 entry without a date" in fetched.skipped[0].error


def test_atom_feed_served_as_xml(server):
    fetched = fetch(server.add("/atom", ATOM, content_type="text/xml"))
    [article] = fetched.articles
    assert (article.title, article.outlet) == ("Convoy leaves Odesa", "Atom Outlet")
    assert article.text == "Fourteen ships left.\nInsurers worry."


def test_article_page(server):
    page = (
        "<!doctype html><html><head><title>Page</title>"
        '<meta property="article:published_time" content="2026-11-24T09:00:00+00:00">'
        "</head><body><article><h1>Page</h1><p>"
        + "A long sentence of article text. " * 5
        + "</p></article></body></html>"
    )
    [article] = fetch(server.add("/page", page)).articles
    assert article.published == dt.datetime(2026, 11, 24, 9, tzinfo=dt.UTC)
    assert "article text" in article.text
    # a page read with a password in its address: the article's (and the brief's) has none
    login = server.url("/page").replace("http://", "http://ana:s3cret@")
    [article] = fetch(login, allow_private_networks=True).articles
    assert article.url == server.url("/page")


@pytest.mark.parametrize(
    ("body", "content_type", "message"),
    [
        ("<rss><channel><item><title>broken", "application/rss+xml", "not a valid RSS/Atom feed"),
        ("", "application/rss+xml", "the feed is empty"),  # not "AttributeError: version"
        ("\n  \n", "application/atom+xml", "the feed is empty"),
        ("%PDF-1.7 binary", "application/pdf", r"HTML page \(content type application/pdf\)"),
        (  # not "the page has no publication date"
            b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj <</Type/Catalog>>",
            "text/html; charset=utf-8",
            r"HTML page \(content type application/pdf, served as text/html\)",
        ),
    ],
)
def test_malformed_documents(server, body, content_type, message):
    with pytest.raises(SourceError, match=message):
        fetch(server.add("/bad", body, content_type=content_type))


def test_http_error(server):
    with pytest.raises(SourceError, match="HTTP 404"):
        fetch(server.url("/missing"))


def test_dead_host():
    with socket.socket() as sock:  # a port that was free a moment ago: nothing listens there
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(SourceError, match="connection refused: no server listens there"):
        fetch(f"http://127.0.0.1:{port}/feed.xml")


def test_a_name_not_found_is_told_from_a_refused_connection():
    """httpx says "All connection attempts failed" either way; the error under it tells."""
    lookup = httpx.ConnectError("[Errno -2] Name or service not known")
    lookup.__cause__ = socket.gaierror(-2, "Name or service not known")
    assert _why_not_connected(lookup).startswith("host name not found")
    other = httpx.ConnectError("TLS handshake failed")
    assert _why_not_connected(other) == (
        "cannot connect (TLS handshake failed); check the host name and your network"
    )


def test_huge_response_is_capped(server):
    url = server.add("/huge", "<rss>" + "x" * 5000, content_type="application/rss+xml")
    with pytest.raises(SourceError, match="larger than 1,000 bytes"):
        fetch(url, max_bytes=1000)


def test_slow_server_times_out(server):
    url = server.add("/slow", RSS, content_type="application/rss+xml", delay=2)
    with pytest.raises(SourceError, match=r"no answer within 0.3s \(fetch.timeout_s\)"):
        fetch(url, timeout_s=0.3, retries=1, retry_backoff_s=0)


def test_page_charset_declared_only_in_the_html(server):
    html = (
        '<html><head><meta charset="windows-1251"><title>Новости дня</title>'
        '<meta property="article:published_time" content="2026-11-24T09:00:00+00:00">'
        "</head><body><article><h1>Новости дня</h1><p>"
        + "Правительство объявило о новых мерах поддержки. " * 8
        + "</p></article></body></html>"
    ).encode("windows-1251")
    [article] = fetch(server.add("/ru", html, content_type="text/html")).articles
    assert article.title == "Новости дня"
    assert "Правительство" in article.text


GERMAN_PAGE = (
    '<html lang="de"><head>{meta}<title>Nordwind streicht 1.200 Stellen – Betriebsrat '
    'kündigt Widerstand an</title><meta property="article:published_time" '
    'content="2026-12-01T09:00:00+01:00"></head><body><article><h1>Nordwind streicht 1.200 '
    "Stellen – Betriebsrat kündigt Widerstand an</h1><p>"
    + "Grund sei das schwächere Wachstum im Cloud-Geschäft, sagte die Vorstandschefin. " * 3
    + "Käuferin der Sparte ist die Crème Finance aus Genève.</p><p>"  # è is č in cp1250
    + "Die Gewerkschaft drohte mit Streik, die Kürzungen seien überzogen. " * 3
    + "</p></article></body></html>"
)


@pytest.mark.parametrize(
    ("meta", "content_type"),
    [
        ('<meta charset="utf-8">', "text/html; charset=utf-8"),
        ('<meta charset="utf-8">', "text/html"),
        ('<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">', "text/html"),
        ("", "text/html"),
    ],
)
def test_a_page_in_windows_1252_that_says_utf8_is_read_as_windows_1252(server, meta, content_type):
    """Old CMSs declare UTF-8 (in the header, the page or not at all) over windows-1252 bytes."""
    body = GERMAN_PAGE.format(meta=meta).encode("cp1252")
    [article] = fetch(server.add("/de", body, content_type=content_type)).articles
    assert article.title == "Nordwind streicht 1.200 Stellen – Betriebsrat kündigt Widerstand an"
    assert "schwächere Wachstum im Cloud-Geschäft" in article.text
    assert "die Crème Finance aus Genève" in article.text
    assert "\ufffd" not in article.title + article.text


def test_a_utf8_page_with_a_stray_byte_stays_utf8(server):
    """One windows-1252 byte in a UTF-8 page is one bad character, not a page misread."""
    body = (
        GERMAN_PAGE.format(meta='<meta charset="utf-8">')
        .encode()
        .replace(b"Grund", b"\x96 Grund", 1)
    )
    [article] = fetch(server.add("/de", body)).articles
    assert article.title == "Nordwind streicht 1.200 Stellen – Betriebsrat kündigt Widerstand an"
    assert "schwächere Wachstum im Cloud-Geschäft" in article.text


@pytest.mark.parametrize("content_type", ["text/html", "application/xhtml+xml; charset=utf-8"])
def test_an_xhtml_page_s_xml_declaration_does_not_hide_its_date(server, content_type):
    """The page is read as text, and lxml refuses text that still declares an encoding."""
    page = (
        '<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'
        '<head><title>Storm</title><meta property="article:published_time" '
        'content="2026-11-24T09:00:00+00:00"/></head><body><article><h1>Storm</h1><p>'
        + "A long sentence of article text about the storm. " * 5
        + "</p></article></body></html>"
    )
    [article] = fetch(server.add("/x", page, content_type=content_type)).articles
    assert article.published == dt.datetime(2026, 11, 24, 9, tzinfo=dt.UTC)


def test_a_chinese_article_page_is_read(server):
    page = (
        '<!doctype html><html lang="zh-CN"><head><title>粮食产量</title>'
        '<meta property="article:published_time" content="2026-11-24T09:00:00+08:00">'
        "</head><body><article><h1>粮食产量再创新高</h1><p>"
        "国家统计局周一发布数据显示，全年粮食总产量达到七亿吨，比上年增长百分之一点八。"
        "统计局发言人表示，虽然夏季部分地区遭遇严重干旱，但秋粮单产提高抵消了不利影响。"
        "</p></article></body></html>"
    )
    [article] = fetch(server.add("/zh", page), allow_private_networks=True).articles
    assert article.language == "zh" and article.text.startswith("国家统计局周一发布数据")


def test_a_headline_and_date_read_into_the_first_paragraph_are_left_out(server):
    page = (
        '<!DOCTYPE html>\n<html lang="ja">\n<head>\n<meta charset="utf-8">\n'
        "<title>新潟県沖でM6.1の地震　長岡市で震度5弱 | 北越新報</title>\n"
        '<meta property="og:title" content="新潟県沖でM6.1の地震　長岡市で震度5弱">\n'
        "</head>\n<body>\n<main>\n<article>\n<h1>新潟県沖でM6.1の地震　長岡市で震度5弱</h1>\n"
        '<time datetime="2026-11-30T05:40:00+00:00">2026-11-30</time>\n'
        "<p>30日午後2時8分ごろ、新潟県沖を震源とする地震があり、長岡市で震度5弱を観測した。"
        "気象庁によると、震源の深さは約30キロ、マグニチュードは6.1と推定される。"
        "県によると、転倒などで8人が軽いけがをした。</p>\n</article>\n</main>\n</body>\n</html>"
    )
    [article] = fetch(server.add("/ja", page), allow_private_networks=True).articles
    assert article.title == "新潟県沖でM6.1の地震 長岡市で震度5弱"
    assert article.text.startswith("30日午後2時8分ごろ、新潟県沖")  # not the headline, nor the date


def test_a_first_sentence_that_opens_with_the_headline_s_words_is_kept():
    page = (
        "<html><body><article><h1>Storm hits Lisbon</h1><p>Storm hits Lisbon as residents "
        "flee the coast on Monday, officials said, and more rain is due on Tuesday.</p>"
        "<p>The civil protection agency opened three shelters in the city's west.</p>"
        "</article></body></html>"
    )
    assert extract_page(page).text.startswith("Storm hits Lisbon as residents flee")


@pytest.mark.parametrize(
    "shown",
    ["2026年11月30日 14時08分", "2026-11-30T14:08:00+09:00", "2026年11月30日(月)",
     "2026-11-30 14:08 更新", "2026/11/30 14:08", "2026.11.30"],
)  # fmt: skip
def test_the_date_under_a_headline_is_cut_as_pages_show_it(shown):
    page = (
        '<html lang="ja"><head><title>新潟県沖でM6.1の地震</title></head><body><article>'
        f"<h1>新潟県沖でM6.1の地震</h1>\n<time>{shown}</time>\n"
        "<p>30日午後2時8分ごろ、新潟県沖を震源とする地震があり、長岡市で震度5弱を観測した。"
        "県によると、転倒などで8人が軽いけがをした。</p></article></body></html>"
    )
    assert extract_page(page).text.startswith("30日午後2時8分ごろ")
