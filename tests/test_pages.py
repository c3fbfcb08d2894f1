"""What a page's article or a feed's item carries that is no part of its report
(briefgen/sources/boilerplate.py), and a page's date read from its JSON-LD, through a real HTTP
server and the CLI."""

import asyncio
import datetime as dt

from clitools import brief_at, cli

from briefgen.config import FetchSettings, SourceConfig
from briefgen.gather import fetch_all
from briefgen.sources.pages import extract_page

REPORT = [
    "BERGEN — Bergen Airport Flesland reopened at 3 p.m. on Tuesday after Storm Ingrid forced "
    "the suspension of all flights for most of the day, airport operator Avinor said.",
    "About 140 flights were cancelled, affecting roughly 18,000 passengers. Avinor said it "
    "expected normal operations to resume by Wednesday morning.",
    "Norwegian Air Shuttle said it would add extra departures to Oslo on Wednesday to clear "
    'the backlog. "We apologise to everyone whose travel was disrupted," a spokesperson said.',
]


def page(*paragraphs: str, head: str = "") -> str:
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        f"<title>Bergen airport reopens after Storm Ingrid</title>{head}</head><body><article>"
        "<h1>Bergen airport reopens after Storm Ingrid</h1>"
        + "".join(paragraphs)
        + "</article></body></html>"
    )


def test_a_publisher_s_lines_and_widgets_inside_the_article_are_left_out():
    html = page(
        f"<p>{REPORT[0]}</p>",
        '<p class="inline-link"><strong>Read more:</strong> '
        '<a href="/a">Antwerp dockers threaten strike over automation plans</a></p>',
        f"<p>{REPORT[1]}</p>",
        "<p><em>Want more news like this? Sign up for our free Fjord Post Morning newsletter "
        "and never miss a story.</em></p>",
        '<p>Lesen Sie auch: <a href="/b">Hamburger Hafen: Umschlag bricht ein</a></p>',
        f"<p>{REPORT[2]}</p>",
        "<p>Share this article: Facebook · X · LinkedIn · Email</p>",
        "<p>© Fjord Post. This article may not be reproduced without permission. Contact our "
        "newsroom at tips@fjordpost.test if you have information about this story.</p>",
        '<div class="paywall"><p>This article is for subscribers only. Subscribe now for €1 '
        "for the first month. Already a subscriber? Log in.</p></div>",
    )
    assert extract_page(html).text.split("\n") == REPORT


def test_a_report_that_speaks_of_subscribers_or_links_a_word_is_kept():
    kept = [
        "The streaming service said it had lost 2 million subscribers in the quarter, and "
        "would raise prices for those who subscribe to its premium plan from January.",
        'The ministry\'s <a href="/r">report</a> said the airport had handled 6.2 million '
        "passengers last year, a record, and that a second runway would be needed by 2035.",
        "Stranded passengers can sign up for buses to Oslo at the terminal, Avinor said.",
        "If you have information about the fire, call the police on 02800, officers said.",
    ]
    html = page(*(f"<p>{p}</p>" for p in [REPORT[0], *kept]))
    text = extract_page(html).text
    assert text.split("\n")[1:] == [
        p.replace('<a href="/r">', "").replace("</a>", "") for p in kept
    ]


def test_a_keyword_only_in_a_link_to_another_story_keeps_no_article(server, tmp_path):
    html = page(
        f"<p>{REPORT[0]}</p>",
        '<p><strong>Read more:</strong> <a href="/a">Antwerp dockers threaten strike over '
        "automation plans</a></p>",
        f"<p>{REPORT[1]}</p><p>{REPORT[2]}</p>",
        head='<meta property="article:published_time" content="2026-11-24T09:00:00+00:00">',
    )
    url = server.add("/bergen", html)
    out = tmp_path / "out"

    def generate(keyword: str):
        return cli(
            "generate", "--source", url, "--topic", "Airports", "--date", "2026-11-24",
            "--output", out, "--format", "json", "--allow-private-networks",
            "--include", keyword,
        )  # fmt: skip

    result = generate("automation")
    assert result.exit_code != 0 and "not matching include/exclude" in result.stderr
    assert generate("Avinor").exit_code == 0
    assert "Bergen" in brief_at(out, "2026-11-24", "airports").stories[0].title


def test_a_page_dated_only_in_its_json_ld_keeps_its_hour():
    ld = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
        '{"@type": "WebPage", "name": "Fjord Post"}, {"@type": "NewsArticle", '
        '"datePublished": "2026-11-30T20:00:00+00:00", "dateModified": "2026-11-30T21:10:00Z"}'
        "]}</script>"
    )
    published = extract_page(page(*(f"<p>{p}</p>" for p in REPORT), head=ld)).published
    assert published == dt.datetime(2026, 11, 30, 20, tzinfo=dt.UTC)  # not noon: the day's
    broken = '<script type="application/ld+json">{"datePublished": </script>'
    assert extract_page(page(f"<p>{REPORT[0]}</p>", head=broken)).published is None


def test_a_page_s_time_of_day_is_preferred_to_a_bare_day_in_its_first_meta_tag():
    head = (
        '<meta name="date" content="2026-11-30">'
        '<meta property="article:published_time" content="2026-11-30T20:00:00+00:00">'
    )
    dated = extract_page(page(*(f"<p>{p}</p>" for p in REPORT), head=head))
    assert dated.published == dt.datetime(2026, 11, 30, 20, tzinfo=dt.UTC)
    assert not dated.day_only


def test_a_related_story_s_time_does_not_date_the_article():
    head = '<meta property="article:published_time" content="2026-11-30">'
    related = '<aside><time datetime="2025-11-02T08:00:00Z">2 Nov 2025</time></aside>'
    dated = extract_page(page(*(f"<p>{p}</p>" for p in REPORT), related, head=head))
    assert (dated.published, dated.day_only) == (dt.datetime(2026, 11, 30, 12, tzinfo=dt.UTC), True)


def test_a_page_dated_only_by_its_day_is_kept_by_a_window_that_opens_after_noon(server, tmp_path):
    head = '<meta name="date" content="2026-11-24">'
    url = server.add("/bergen", page(*(f"<p>{p}</p>" for p in REPORT), head=head))
    (tmp_path / "files").mkdir()
    (tmp_path / "files" / "bergen.md").write_text(
        "---\ntitle: Bergen airport reopens\ndate: 2026-11-24\n---\n\n" + "\n\n".join(REPORT)
    )
    [article] = asyncio.run(fetch_all([SourceConfig(url=url)], FetchSettings()))[0].fetched.articles
    assert article.dated_by == "day"
    out = tmp_path / "out"
    for source in (url, str(tmp_path / "files")):
        # the window, 16:00 to 24:00 UTC on the 24th, holds no noon but part of the day
        result = cli(
            "generate", "--source", source, "--topic", "Airports", "--date", "2026-11-24",
            "--since", "8h", "--output", str(out), "--format", "json",
            "--allow-private-networks", "--force",
        )  # fmt: skip
        assert result.exit_code == 0, result.stderr
        assert "Bergen" in brief_at(out, "2026-11-24", "airports").stories[0].title
    late = cli(
        "generate", "--source", url, "--topic", "Airports", "--date", "2026-11-25",
        "--since", "8h", "--output", str(out), "--format", "json", "--allow-private-networks",
    )  # fmt: skip
    assert late.exit_code != 0 and "1 outside the time window" in late.stderr


def test_a_feed_item_s_publisher_lines_are_left_out(server):
    body = "".join(f"&lt;p&gt;{p}&lt;/p&gt;" for p in REPORT[:2])
    rss = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Fjord Post</title><item>'
        "<title>Bergen airport reopens</title><link>https://fjordpost.example/bergen</link>"
        "<pubDate>Tue, 24 Nov 2026 07:00:00 GMT</pubDate><description>"
        f"{body}&lt;p&gt;Read more: Antwerp dockers threaten strike&lt;/p&gt;&lt;p&gt;The post "
        "Bergen airport reopens appeared first on Fjord Post.&lt;/p&gt;</description>"
        "</item></channel></rss>"
    )
    url = server.add("/rss", rss, content_type="application/rss+xml")
    [result] = asyncio.run(fetch_all([SourceConfig(url=url)], FetchSettings()))
    [article] = result.fetched.articles
    assert article.text.split("\n") == REPORT[:2]


def test_a_section_page_listing_articles_is_no_article(server):
    teasers = "".join(
        f'<li><article><h2><a href="/{n}.html">{title}</a></h2><p>{REPORT[n % 3]}…</p>'
        '<time datetime="2026-11-24T09:00:00+00:00">24 Nov</time></article></li>'
        for n, title in enumerate(
            ["Rotterdam dockworkers begin 48-hour strike", "Ships queue off Rotterdam port",
             "Bank of Russia lifts key rate to 23%", "Cairo opens Metro Line 4"]
        )
    )  # fmt: skip
    section = "<html><head><title>Business</title></head><body><main><h1>Business</h1><ul>"
    url = server.add("/business/", section + teasers + "</ul></main></body></html>")
    [result] = asyncio.run(fetch_all([SourceConfig(url=url)], FetchSettings()))
    assert "a section or index page listing 4 articles, not an article" in result.error
    # an article page's "More stories" list is no listing: it says it is an article
    article = page(
        *(f"<p>{p}</p>" for p in REPORT),
        head='<meta property="og:type" content="article">'
        '<meta property="article:published_time" content="2026-11-24T09:00:00+00:00">',
    ).replace("</article>", "</article>" + teasers)
    [result] = asyncio.run(
        fetch_all([SourceConfig(url=server.add("/a", article))], FetchSettings())
    )
    assert result.error is None and result.fetched.articles[0].text.split("\n") == REPORT


def test_a_publishers_phrase_is_found_by_its_key_whatever_its_spacing():
    """A line is searched for PHRASES only when it holds one of PHRASE_KEYS (a 14 MB page's
    50,000 lines took 9 s): each phrase must hold a key outside its brackets, or lines that
    say it are never searched."""
    import re

    from briefgen.sources.boilerplate import PHRASE_KEYS, PHRASES, is_boilerplate

    for phrase in PHRASES:
        bare = phrase.replace(r"\s+", " ")
        while (inner := re.sub(r"\([^()]*\)\??|\[[^\]]*\]", "", bare)) != bare:
            bare = inner  # what every line that says the phrase holds
        assert any(key in f" {bare} " for key in PHRASE_KEYS), phrase
    for line in ("All  rights\u00a0reserved.", "Log in to read the rest", "Jetzt abonnieren!",
                 "If you have a tip about this story, write to us."):  # fmt: skip
        assert is_boilerplate(line), line
    assert not is_boilerplate("The union said the deal may not be signed before Friday.")
