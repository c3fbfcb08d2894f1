import codecs
import datetime as dt
import json
import os
from pathlib import Path

import pytest

from briefgen.config import FetchSettings
from briefgen.sources.files import FileSource, UnusableFile, read_file

LIMITS = FetchSettings()


def test_markdown_front_matter(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(
        '---\ntitle: "Grid hit"\noutlet: Wire\nurl: https://x.example.com/a?utm_source=rss\n'
        "published: 2026-11-24T07:40:00+01:00\n---\nFirst paragraph\nwrapped.\n\n"
        "## Sub\n\nSecond one.\n"
    )
    article = read_file(path, LIMITS.max_bytes)
    assert article.title == "Grid hit"
    assert article.outlet == "Wire"
    assert article.canonical_url == "https://x.example.com/a"
    assert article.published == dt.datetime(2026, 11, 24, 6, 40, tzinfo=dt.UTC)
    assert article.dated_by == "metadata"
    assert article.text.split("\n") == ["First paragraph wrapped.", "Sub", "Second one."]


def test_quoted_front_matter_values_are_read_as_yaml_reads_them(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(
        "---\n"
        'title: "Acme says \\"no\\" to caf\\u00e9 deal"\n'
        "outlet: 'Reader''s Wire'\n"
        'url: "https://example.com/a"\n'
        "---\nAcme rejected the offer on Monday, its chief executive said.\n"
    )
    article = read_file(path, 10_000)
    assert article.title == 'Acme says "no" to café deal'
    assert article.outlet == "Reader's Wire" and article.url == "https://example.com/a"


def test_html_in_markdown_is_markup_not_text_and_in_plain_text_is_text(tmp_path):
    body = (
        "<script>alert(4)</script> <b>Chief executive</b> Dana Whitfield said profit rose "
        "&amp; costs fell, with margins at 3 < 5 points.\n"
    )
    (tmp_path / "a.md").write_text("# Acme <i>results</i>\n\n" + body)
    (tmp_path / "a.txt").write_text("Acme results\n\n" + body)
    markdown, plain = read_file(tmp_path / "a.md", 10_000), read_file(tmp_path / "a.txt", 10_000)
    assert markdown.title == "Acme results"
    assert markdown.text == (
        "Chief executive Dana Whitfield said profit rose & costs fell, with margins at 3 < 5 "
        "points."
    )
    assert plain.text == body.strip()  # a .txt file says what it says


def test_markdown_is_shown_as_text_not_as_its_syntax(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(
        "# Rotterdam *strike* hits importers\n\n## Importers count the cost\n\n"
        "German importers said the [Rotterdam port strike](https://example.test/strike) would\n"
        "delay *electronics and car parts*, according to the **BGA trade association**.\n\n"
        '> "Every day of the strike costs our members millions," said BGA president\n'
        "> Dirk Jandura.\n\n"
        "- Car makers warned of stoppages.\n- Retailers said `stock` was in warehouses.\n"
    )
    article = read_file(path, LIMITS.max_bytes)
    assert article.title == "Rotterdam strike hits importers"
    assert article.text.split("\n") == [
        "Importers count the cost",
        "German importers said the Rotterdam port strike would delay electronics and car parts, "
        "according to the BGA trade association.",
        '"Every day of the strike costs our members millions," said BGA president Dirk Jandura.',
        "Car makers warned of stoppages.",
        "Retailers said stock was in warehouses.",
    ]


@pytest.mark.parametrize(
    ("bom", "encoding"),
    [
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF8, "utf-8"),
    ],
)
def test_a_text_file_is_read_by_its_byte_order_mark(tmp_path, bom, encoding):
    """Windows Notepad saves "Unicode" as UTF-16 with a BOM (and CRLF line ends)."""
    text = "Almería: la planta solar divide a los agricultores\r\n\r\nLos regantes protestan.\r\n"
    (tmp_path / "a.txt").write_bytes(bom + text.encode(encoding))
    article = read_file(tmp_path / "a.txt", LIMITS.max_bytes)
    assert article.title == "Almería: la planta solar divide a los agricultores"
    assert article.text == "Los regantes protestan."


@pytest.mark.parametrize(
    ("meta", "encoding", "title", "sentence"),
    [
        ('<meta charset="utf-8">', "cp1252", "Nordwind kündigt – Betriebsrat", "Es wächst. "),
        ('<meta charset="windows-1251">', "cp1251", "Новости дня", "Правительство решило. "),
    ],
)
def test_an_html_file_is_read_in_its_charset_or_as_what_its_bytes_are(
    tmp_path, meta, encoding, title, sentence
):
    """As a page from the web: in its own <meta charset>, and windows-1252 that says utf-8 as
    windows-1252."""
    path = tmp_path / "p.html"
    path.write_bytes(
        f"<html><head>{meta}<title>{title}</title></head><body><article><h1>{title}</h1>"
        f"<p>{sentence * 20}</p></article></body></html>".encode(encoding)
    )
    article = read_file(path, LIMITS.max_bytes)
    assert article.title == title and article.text.startswith(sentence.strip())


def test_a_pdf_named_html_is_called_a_pdf(tmp_path):
    path = tmp_path / "report.html"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj <</Type/Catalog>>\n")
    with pytest.raises(UnusableFile, match=r"binary file \(application/pdf\), not text"):
        read_file(path, LIMITS.max_bytes)


def test_text_without_metadata_uses_first_line_and_file_time(tmp_path):
    path = tmp_path / "wire.txt"
    path.write_text("Headline here\n\nBody sentence one. Body two.\n")
    stamp = dt.datetime(2026, 11, 20, 8, 0, tzinfo=dt.UTC).timestamp()
    os.utime(path, (stamp, stamp))
    article = read_file(path, LIMITS.max_bytes)
    assert article.title == "Headline here"
    assert article.text == "Body sentence one. Body two."
    assert article.published.timestamp() == stamp
    assert article.dated_by == "file_time"
    assert article.url == path.resolve().as_uri()


def test_a_first_line_too_long_for_a_headline_is_body_text(tmp_path):
    """A first line is looked at as a headline only up to 300 characters: a page dump of one
    line (14 MB of Chinese without punctuation was segmented whole, 17 s) is body text,
    whatever its words; here 12 long German words and no full stop."""
    line = " ".join(["Donaudampfschifffahrtsgesellschaftskapitän"] * 12)
    (tmp_path / "dump.txt").write_text(line + "\n")
    article = read_file(tmp_path / "dump.txt", LIMITS.max_bytes)
    assert article.text == line and article.title != line


def test_html_metadata_and_boilerplate(tmp_path):
    path = tmp_path / "p.html"
    path.write_text("""<html><head><title>Page - Outlet</title>
<meta property="og:title" content="Big news"><meta property="og:site_name" content="Outlet">
<meta property="article:published_time" content="2026-11-23T16:45:00-05:00">
<link rel="canonical" href="https://outlet.example.com/big"></head>
<body><nav><a href="/">Home</a> <a href="/w">World</a></nav><article><h1>Big news</h1>
<p>The first paragraph of the article is long enough to be kept as its main content.</p>
<p>A second paragraph says what officials said on Monday about the decision.</p>
<p>A third paragraph gives the background that readers need to follow the story.</p></article>
<footer>Copyright 2026 Outlet. All rights reserved.</footer></body></html>""")
    article = read_file(path, LIMITS.max_bytes)
    assert article.title == "Big news"
    assert article.outlet == "Outlet"
    assert article.url == "https://outlet.example.com/big"
    assert article.published == dt.datetime(2026, 11, 23, 21, 45, tzinfo=dt.UTC)
    assert "first paragraph" in article.text
    assert "Copyright" not in article.text and "Home" not in article.text


def test_folder_skips_and_reports_bad_files(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.md").write_text("Title\n\nA sentence with enough words in it.\n")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00" * 50)
    (folder / "latin1.txt").write_bytes("Caf\xe9 au lait\n".encode("latin-1"))
    (folder / "huge.md").write_text("x" * 2000)
    (folder / "broken.md").symlink_to(folder / "missing-target.md")
    (folder / "README.md").write_text("not an article")
    (folder / ".hidden.md").write_text("not an article")
    (folder / "image.png").write_bytes(b"\x89PNG")
    (folder / "unclosed.md").write_text('---\ntitle: "A strike\noutlet: X\n\nText of it.\n')
    (folder / "no-date.md").write_text("---\ntitle: A fire\ndate: 2026-13-45\n---\nText.\n")
    (folder / "rule.md").write_text("--- a rule, no front matter\n\nA sentence of text.\n")
    fetched = FileSource(str(folder)).read(FetchSettings(max_bytes=1000))
    assert [a.title for a in fetched.articles] == ["Title", "--- a rule, no front matter"]
    reasons = {os.path.basename(s.source): s.error for s in fetched.skipped}
    assert set(reasons) == {
        "binary.txt",
        "latin1.txt",
        "huge.md",
        "broken.md",
        "unclosed.md",
        "no-date.md",
    }
    assert "never closes; end it with a --- line" in reasons["unclosed.md"]
    assert "'2026-13-45' is no date; write it as 2026-11-25" in reasons["no-date.md"]
    assert "binary file" in reasons["binary.txt"]
    assert "UTF-8" in reasons["latin1.txt"]
    assert "raise [fetch] max_bytes, or split it" in reasons["huge.md"]
    assert "cannot read" in reasons["broken.md"]


def test_a_file_source_it_cannot_use_is_a_source_error(tmp_path):
    """A source that is one file is broken when the file is (`sources check` says failed),
    where a folder's bad files are skipped with a warning."""
    import pytest

    from briefgen.errors import SourceError

    (tmp_path / "notes.docx").write_text("<w/>")
    with pytest.raises(SourceError, match=r"notes\.docx: unsupported file type \.docx"):
        FileSource(str(tmp_path / "notes.docx")).read(LIMITS)
    (tmp_path / "page.xml").write_text("<html><body>A page saved as XML</body></html>")
    with pytest.raises(SourceError, match=r"page\.xml: not an RSS, Atom or JSON feed"):
        FileSource(str(tmp_path / "page.xml")).read(LIMITS)
    (tmp_path / "a.md").write_text("Title\n\nA sentence with enough words in it.\n")
    assert [a.title for a in FileSource(str(tmp_path / "a.md")).read(LIMITS).articles] == ["Title"]


def test_missing_path_is_a_source_error(tmp_path):
    import pytest

    from briefgen.errors import SourceError

    with pytest.raises(SourceError, match="no such file or folder"):
        FileSource(str(tmp_path / "nope")).read(LIMITS)


def test_navigation_only_page_is_skipped(tmp_path):
    import pytest

    from briefgen.sources.files import UnusableFile

    path = tmp_path / "nav.html"
    path.write_text(
        "<html><body><nav><a href='/'>Home</a> <a href='/n'>News</a> "
        "<a href='/l'>Log in</a></nav></body></html>"
    )
    with pytest.raises(UnusableFile, match="no article text"):
        read_file(path, LIMITS.max_bytes)


def test_hard_wrapped_text_without_blank_lines(tmp_path):
    path = tmp_path / "wrapped.txt"
    path.write_text(
        "Council approves budget\nThe council voted on Monday to approve the\n"
        "budget after a long debate that lasted\nuntil late at night.\n"
        "The mayor said she was pleased with\nthe outcome."
    )  # no final newline
    article = read_file(path, LIMITS.max_bytes)
    assert article.text.split("\n") == [
        "The council voted on Monday to approve the budget after a long debate that lasted "
        "until late at night.",
        "The mayor said she was pleased with the outcome.",
    ]


def test_first_line_is_a_title_only_if_it_looks_like_one(tmp_path):
    path = tmp_path / "no-title.md"
    path.write_text('---\ntitle: " "\n---\nThe council voted on Monday to approve the budget.\n')
    article = read_file(path, LIMITS.max_bytes)
    assert article.title == "no title"  # from the file name
    assert article.text == "The council voted on Monday to approve the budget."


LANGUAGES = Path(__file__).resolve().parent / "fixtures" / "languages"


def test_a_chinese_page_is_an_article_though_it_has_no_spaces():
    article = read_file(LANGUAGES / "zh-grain-harvest.html", LIMITS.max_bytes)
    assert article.title == "国家统计局：今年全国粮食总产量再创新高"
    assert article.language == "zh" and "7.12亿吨" in article.text
    assert "版权所有" not in article.text  # the footer is boilerplate


def test_a_japanese_text_file_has_its_first_line_as_title():
    article = read_file(LANGUAGES / "ja-typhoon-okinawa.txt", LIMITS.max_bytes)
    assert article.title == "台風22号が沖縄本島に接近、約4万世帯が停電"
    assert article.text.startswith("気象庁によると") and len(article.text.split("\n")) == 5


def test_a_short_chinese_page_is_still_refused_with_its_word_count(tmp_path):
    import pytest

    from briefgen.sources.files import UnusableFile

    path = tmp_path / "stub.html"
    path.write_text(
        "<html lang='zh'><body><article><p>请登录后阅读全文。</p></article></body></html>"
    )
    with pytest.raises(UnusableFile, match=r"only [2-9] words"):
        read_file(path, LIMITS.max_bytes)


def test_a_wire_story_without_an_outlet_is_credited_to_its_agency(tmp_path):
    (tmp_path / "a.md").write_text(
        "Drones hit the grid\n\nKYIV, Nov 27 (Atlas) - Russian drones struck the grid overnight.\n"
    )
    (tmp_path / "b.md").write_text(
        "---\noutlet: Kyiv Post\n---\nKYIV, Nov 27 (Atlas) - Russian drones struck the grid.\n"
    )
    korean = "서울 지하철 멈춰\n\n(서울=한빛통신) 박수현 기자 = 지하철이 멈췄다.\n"
    (tmp_path / "c.md").write_text(korean)
    outlets = [read_file(tmp_path / f"{n}.md", 10_000).outlet for n in "abc"]
    assert outlets == ["Atlas", "Kyiv Post", "한빛통신"]  # the front matter's comes first


def test_a_saved_feed_is_a_source_of_its_items(tmp_path):
    """A new user's saved RSS file was "unsupported file type .xml": a feed file, named or in
    a folder, gives its items as the feed's URL would; other data beside the news in a
    folder (a .json that is no feed) is passed over without a warning."""
    rss = """<?xml version="1.0"?><rss version="2.0"><channel><title>Harbor Times</title>
<item><title>Port reopens after storm</title><link>https://harbor.example/port</link>
<description>The port reopened on Tuesday after a two-day closure.</description>
<pubDate>Tue, 01 Dec 2026 08:00:00 GMT</pubDate></item>
<item><title>Ferry fares rise</title><link>https://harbor.example/fares</link>
<description>Ferry fares will rise by 4% from January.</description>
<pubDate>Tue, 01 Dec 2026 09:00:00 GMT</pubDate></item></channel></rss>"""
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "harbor.xml").write_text(rss, encoding="utf-8")
    (folder / "settings.json").write_text('{"theme": "dark"}', encoding="utf-8")
    (folder / "big.json").write_text('{"a": "' + "x" * 5000 + '"}', encoding="utf-8")
    (folder / "config.xml").write_text('<config><feedback on="1"/></config>', encoding="utf-8")
    (folder / "a.md").write_text("Title\n\nA sentence with enough words in it.\n")
    named = FileSource(str(folder / "harbor.xml")).read(LIMITS)
    assert [(a.title, a.url, a.outlet) for a in named.articles] == [
        ("Port reopens after storm", "https://harbor.example/port", "Harbor Times"),
        ("Ferry fares rise", "https://harbor.example/fares", "Harbor Times"),
    ]
    assert named.articles[0].published.isoformat() == "2026-12-01T08:00:00+00:00"
    fetched = FileSource(str(folder)).read(FetchSettings(max_bytes=4000))
    assert sorted(a.title for a in fetched.articles) == [
        "Ferry fares rise",
        "Port reopens after storm",
        "Title",
    ]
    assert fetched.skipped == []


def test_a_saved_feed_s_relative_links_are_its_site_s(tmp_path):
    """A saved feed's relative item link was joined onto the file's own path: the site the
    feed names (RSS <link>, JSON Feed home_page_url) is what it is relative to."""
    rss = """<rss version="2.0"><channel><title>Harbor Times</title>
<link>https://harbor.example/news/</link>
<item><title>Port reopens after storm</title><link>/2026/port</link>
<description>The port reopened on Tuesday after a two-day closure.</description>
<pubDate>Tue, 01 Dec 2026 08:00:00 GMT</pubDate></item></channel></rss>"""
    (tmp_path / "harbor.xml").write_text(rss, encoding="utf-8")
    [article] = FileSource(str(tmp_path / "harbor.xml")).read(LIMITS).articles
    assert article.url == "https://harbor.example/2026/port"
    doc = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Harbor Times",
        "home_page_url": "https://harbor.example/news/",
        "items": [{"id": "1", "url": "fares", "title": "Ferry fares rise",
                   "content_text": "Ferry fares will rise by 4% from January.",
                   "date_published": "2026-12-01T09:00:00Z"}],
    }  # fmt: skip
    (tmp_path / "harbor.json").write_text(json.dumps(doc), encoding="utf-8")
    [article] = FileSource(str(tmp_path / "harbor.json")).read(LIMITS).articles
    assert article.url == "https://harbor.example/news/fares"
