"""The HTTP layer against a real server on 127.0.0.1: conditional GET, retries, redirects,
deadlines, size caps and the private-network guard."""

import asyncio
import datetime as dt
import logging
import time

import pytest
from conftest import NOW

from briefgen.config import FetchSettings, SourceConfig, Topic
from briefgen.fetch import Fetcher, is_public
from briefgen.gather import brief_period, fetch_all, gather
from briefgen.store import Store

RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>Grid hit overnight</title><link>{link}</link>
<pubDate>Tue, 24 Nov 2026 07:00:00 GMT</pubDate>
<description>{text}</description></item></channel></rss>"""
LONG = "Russian missiles struck the power grid near Kyiv overnight, officials said. " * 12
FAST = {"retries": 0, "retry_backoff_s": 0}


def run(sources, settings, store=None):
    configs = [SourceConfig(url=s) if isinstance(s, str) else s for s in sources]
    return asyncio.run(fetch_all(configs, settings, store=store))


def feed(link="https://wire.example.com/a", text=LONG):
    return RSS.format(link=link, text=text)


def teaser_feed(server, **route) -> str:
    """A feed on loopback whose one item is a teaser linking to a page on 'localhost'."""
    server.add("/story", "<html><body><article><p>" + LONG + "</p></article></body></html>")
    return server.add(
        "/teasers.xml",
        feed(link=server.url("/story").replace("127.0.0.1", "localhost"), text="Short teaser."),
        content_type="application/rss+xml",
        **route,
    )


def test_second_run_gets_304_and_parses_nothing(server, tmp_path):
    url = server.add(
        "/feed.xml",
        feed(),
        content_type="application/rss+xml",
        headers={"ETag": '"v1"', "Last-Modified": "Tue, 24 Nov 2026 07:00:00 GMT"},
    )
    store = Store(f"sqlite:///{tmp_path}/db.sqlite")
    [first] = run([url], FetchSettings(), store)
    assert not first.fetched.not_modified and len(first.fetched.articles) == 1
    [second] = run([url], FetchSettings(), store)
    assert server.not_modified == ["/feed.xml"]
    assert server.request_headers[-1]["if-none-match"] == '"v1"'
    assert server.request_headers[-1]["if-modified-since"] == "Tue, 24 Nov 2026 07:00:00 GMT"
    assert second.fetched.not_modified
    assert second.fetched.articles == first.fetched.articles  # the stored ones, not re-parsed


def test_a_new_etag_replaces_the_stored_one(server, tmp_path):
    """The ETag may change while Last-Modified stays: each validator is updated when sent."""
    headers = {"ETag": '"v1"', "Last-Modified": "Tue, 24 Nov 2026 07:00:00 GMT"}
    url = server.add("/f", feed(), content_type="application/rss+xml", headers=headers)
    store = Store(f"sqlite:///{tmp_path}/db.sqlite")
    run([url], FetchSettings(), store)
    headers["ETag"] = '"v2"'  # new content, same Last-Modified
    [changed] = run([url], FetchSettings(), store)
    assert not changed.fetched.not_modified  # the old ETag no longer matches: a full answer
    run([url], FetchSettings(), store)
    assert server.request_headers[-1]["if-none-match"] == '"v2"'
    assert server.not_modified == ["/f"]


def test_5xx_is_retried_with_backoff_but_4xx_is_not(server):
    server.add("/flaky", "oops", status=503)
    server.add("/gone", "no", status=404)
    settings = FetchSettings(retries=2, retry_backoff_s=0.05)
    flaky, gone = run([server.url("/flaky"), server.url("/gone")], settings)
    assert server.hits.count("/flaky") == 3 and server.hits.count("/gone") == 1
    assert "HTTP 503" in flaky.error and "HTTP 404" in gone.error


def test_redirects_are_followed_and_loops_stopped(server):
    server.add("/old", "", status=301, headers={"Location": "/new"})
    server.add("/new", feed(), content_type="application/rss+xml")
    server.add("/loop", "", status=302, headers={"Location": "/loop"})
    moved, loop = run([server.url("/old"), server.url("/loop")], FetchSettings(**FAST))
    assert len(moved.fetched.articles) == 1
    assert "more than 5 redirects" in loop.error
    assert server.hits.count("/loop") == 6


def test_user_agent_and_compression(server):
    run([server.add("/f", feed(), content_type="application/rss+xml")], FetchSettings())
    sent = server.request_headers[0]
    assert sent["user-agent"].startswith("briefgen/")
    assert "gzip" in sent["accept-encoding"]


def test_hanging_host_and_huge_body_do_not_stall_the_run(server):
    """A host that never answers and a 50 MB body: both reported, the run ends on time."""
    server.add("/hang", "", delay=60)
    server.add("/drip", "", content_type="application/rss+xml", drip=True)
    server.add("/huge", b"<rss>" + b"x" * 50_000_000, content_type="application/rss+xml")
    server.add("/ok", feed(), content_type="application/rss+xml")
    settings = FetchSettings(deadline_s=2, timeout_s=30, **FAST)
    started = time.perf_counter()
    hang, drip, huge, ok = run(
        [server.url(p) for p in ("/hang", "/drip", "/huge", "/ok")], settings
    )
    assert time.perf_counter() - started < settings.deadline_s + 3
    assert "not done within 2s" in hang.error and "fetch.deadline_s" in hang.error
    assert "not done within 2s" in drip.error
    assert "larger than 15,728,640 bytes" in huge.error
    assert ok.error is None and len(ok.fetched.articles) == 1


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("127.0.0.1", False),
        ("10.1.2.3", False),
        ("192.168.0.10", False),
        ("169.254.169.254", False),  # cloud metadata
        ("100.64.0.1", False),  # CGNAT
        ("::1", False),
        ("::ffff:127.0.0.1", False),
        ("fd00:ec2::254", False),
        ("224.0.0.1", False),
        ("93.184.216.34", True),
        ("2606:4700::1111", True),
    ],
)
def test_public_addresses(address, public):
    assert is_public(address) is public


def test_discovered_links_may_not_reach_private_networks(server):
    """A configured source on loopback is trusted; a link found in its feed is not, even by
    a name ('localhost') that only the connection reveals as loopback."""
    url = teaser_feed(server)
    [result] = run([url], FetchSettings(**FAST))
    assert "/story" not in server.hits
    [article] = result.fetched.articles
    assert article.text == "Short teaser."
    unread = result.fetched.unread_pages(url).error
    assert "private or local network" in unread and "--allow-private-networks" in unread

    [allowed] = run([url], FetchSettings(allow_private_networks=True, **FAST))
    assert "/story" in server.hits
    assert "Russian missiles struck" in allowed.fetched.articles[0].text


def test_a_redirect_to_another_host_is_a_discovered_link(server):
    target = server.add("/target", feed(), content_type="application/rss+xml")
    elsewhere = target.replace("127.0.0.1", "localhost")  # another host name, also loopback
    server.add("/jump", "", status=302, headers={"Location": elsewhere})
    [result] = run([server.url("/jump")], FetchSettings(**FAST))
    assert "private or local network" in result.error


def test_only_http_links_are_followed(server):
    server.add("/ftp", "", status=302, headers={"Location": "file:///etc/passwd"})
    [result] = run([server.url("/ftp")], FetchSettings(**FAST))
    assert "only http and https" in result.error


def test_per_host_limit(server):
    """With per_host = 1, requests to one host never overlap; with 4, they do. Counted by
    the server, not timed (a timed test failed on a loaded CI machine: 1.27 s serial, 1.52 s
    parallel)."""
    for n in range(4):
        server.add(f"/slow{n}", feed(), content_type="application/rss+xml", delay=0.3)
    run([server.url(f"/slow{n}") for n in range(4)], FetchSettings(per_host=1))
    assert len(server.hits) == 4 and server.most_at_once == 1
    server.most_at_once = 0
    run([server.url(f"/slow{n}") for n in range(4)], FetchSettings(per_host=4))
    assert len(server.hits) == 8 and server.most_at_once > 1


def test_fetcher_closes_its_client():
    async def open_and_close():
        async with Fetcher(FetchSettings()) as fetcher:
            pass
        return fetcher.client.is_closed

    assert asyncio.run(open_and_close())


def test_gather_records_each_broken_source_and_keeps_the_rest(server, tmp_path):
    hostile = {
        "/bozo": ("<rss><channel><item><title>broken", "application/rss+xml"),
        "/html-as-feed": ("<html><body><p>Not a feed</p></body></html>", "application/rss+xml"),
        "/empty": ("<rss version='2.0'><channel><title>E</title></channel></rss>", "text/xml"),
        "/latin1": (
            feed(text="Caf\xe9 owners in Kyiv " + LONG).encode("latin-1"),
            "application/rss+xml",  # no charset, and the XML says UTF-8 by default
        ),
        "/good": (feed(link="https://wire.example.com/b"), "application/rss+xml"),
    }
    for path, (body, ctype) in hostile.items():
        server.add(path, body, content_type=ctype)
    topic = Topic(name="Grid", sources=[server.url(p) for p in hostile])
    period = brief_period(dt.date(2026, 11, 24), NOW, dt.timedelta(hours=24), dt.UTC)
    result = gather(topic, period, FetchSettings(**FAST))
    errors = {e.source.rsplit("/", 1)[-1]: e.error for e in result.errors}
    assert not any(e.error.startswith(e.source) for e in result.errors)  # named once, beside
    assert "not a valid RSS/Atom feed" in errors["bozo"]
    assert "not a valid RSS/Atom feed" in errors["html-as-feed"]
    assert errors["empty"] == "the feed has no items"
    assert "good" not in errors
    texts = [a.text for a in result.articles]
    assert any(t.startswith("Caf") and "Kyiv" in t for t in texts)  # read, not dropped
    assert len(result.articles) == 2


def test_an_answer_that_read_linked_pages_is_not_reused_on_a_304(server, tmp_path):
    """Teasers whose pages were refused are not kept behind a 304: the next run (here with
    private networks allowed) gets the whole feed again and reads the pages. Nor are pages
    read: one corrected behind an unchanged feed never reached the brief (a new user's)."""
    url = teaser_feed(server, headers={"ETag": '"t1"'})
    store = Store(f"sqlite:///{tmp_path}/db.sqlite")
    [refused] = run([url], FetchSettings(**FAST), store)
    assert refused.fetched.partial and "/story" not in server.hits
    [allowed] = run([url], FetchSettings(allow_private_networks=True, **FAST), store)
    assert server.not_modified == [] and "/story" in server.hits
    assert "Russian missiles struck" in allowed.fetched.articles[0].text
    server.add("/story", "<html><body><article><p>" + LONG.replace("Kyiv", "Lviv") + "</p>")
    [again] = run([url], FetchSettings(allow_private_networks=True, **FAST), store)
    assert server.not_modified == [] and server.hits.count("/story") == 2
    assert "near Lviv" in again.fetched.articles[0].text


def test_a_304_brings_back_the_warnings_of_the_stored_answer(server, tmp_path):
    undated = "<item><title>No date</title><link>https://wire.example.com/x</link></item>"
    url = server.add(
        "/f.xml",
        feed().replace("</channel>", undated + "</channel>"),
        content_type="application/rss+xml",
        headers={"ETag": '"w1"'},
    )
    store = Store(f"sqlite:///{tmp_path}/db.sqlite")
    [first] = run([url], FetchSettings(), store)
    [second] = run([url], FetchSettings(), store)
    assert second.fetched.not_modified
    assert [e.error for e in second.fetched.skipped] == [e.error for e in first.fetched.skipped]
    assert "1 entry without a date skipped" in second.fetched.skipped[0].error


def test_requests_are_not_logged_with_the_secrets_in_their_addresses(server, caplog):
    """httpx logs each request's whole address at INFO: with -v, and in every worker's log
    (Celery logs at INFO), a source's token and password were there (a new user's)."""
    url = server.add("/feed.xml?token=Tok3n9", feed(), content_type="application/rss+xml")
    secret = url.replace("http://", "http://ana:Pw0rd1@")
    with caplog.at_level(logging.DEBUG - 5):  # every record, as a worker's log would keep
        (result,) = run([secret], FetchSettings(**FAST))
    assert result.error is None and server.hits
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "Tok3n9" not in logged and "Pw0rd1" not in logged
