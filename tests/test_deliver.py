"""Email messages: MIME structure, headers, the brief in text and HTML, marks and links,
an oversized PDF replaced by a link, and dry-run .eml files (sending them: test_smtp.py)."""

from __future__ import annotations

import datetime as dt
import re
from email.utils import parsedate_to_datetime

import pytest
from mailtools import HOSTILE, PDF, READER, bodies, make_brief, parse, settings
from smtp_server import smtp_server

from briefgen.deliver import Mailer
from briefgen.letter import build_message, message_id, write_eml


def test_plain_delivery_has_the_expected_mime_structure_and_one_recipient():
    sleeps: list[float] = []
    with smtp_server() as server:
        config = settings(server)
        message = build_message(make_brief(), f"Reader <{READER}>", config, pdf=PDF)
        with Mailer(config, env={}, sleep=sleeps.append) as mailer:
            mailer.send(message)

    [got] = server.delivered
    assert got.rcpt_tos == [READER] and got.mail_from == "briefs@example.com"
    received = parse(got.content)
    assert received["To"] == f"Reader <{READER}>"
    assert received["Cc"] is None and received["Bcc"] is None
    # .strip(): the email package folds a subject this long onto its own continuation line
    assert (
        received["Subject"].strip()
        == message["Subject"]
        == ("Ukraine war brief, 24 Nov 2026: Ukraine cleared to strike Kursk with ATACMS")
    )
    # dated when sent, not when the brief was built (a retry or a later `send` is not dated
    # back); the brief was built on 24 November
    sent = parsedate_to_datetime(received["Date"])
    assert abs(sent - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=5)
    assert received.get_content_type() == "multipart/mixed"
    alternative, attachment = received.iter_parts()
    assert alternative.get_content_type() == "multipart/alternative"
    assert [p.get_content_type() for p in alternative.iter_parts()] == ["text/plain", "text/html"]
    assert attachment.get_content_type() == "application/pdf"
    assert attachment.get_filename() == "ukraine-war-2026-11-24.pdf"
    assert attachment.get_content() == PDF
    assert sleeps == []


def test_message_id_is_deterministic_per_recipient():
    brief, config = make_brief(), settings()
    first = build_message(brief, READER, config, pdf=None)["Message-ID"]
    again = build_message(brief, f"Someone <{READER}>", config, pdf=PDF)["Message-ID"]
    other = build_message(brief, "other@example.org", config, pdf=None)["Message-ID"]
    assert first == again == message_id(brief, READER, config.sender)
    assert first != other
    assert re.fullmatch(r"<[0-9a-f]{32}@example\.com>", first)
    # made again later with the same content: the same message; corrected: a new one
    later = brief.model_copy(update={"generated_at": brief.generated_at + dt.timedelta(hours=1)})
    assert message_id(later, READER, config.sender) == first
    corrected = brief.model_copy(update={"headline": brief.headline + " (corrected)"})
    assert message_id(corrected, READER, config.sender) != first


def test_text_part_has_the_brief_with_section_counts_and_links():
    message = build_message(
        make_brief(),
        READER,
        settings(),
        pdf=PDF,
        html_url="https://briefs.example/2026-11-24/ukraine-war.html",
        pdf_url="https://briefs.example/2026-11-24/ukraine-war.pdf",
    )
    text, html = bodies(message)
    for expected in (
        "Ukraine war brief, Tuesday 24 November 2026",
        "Ukraine cleared to strike Kursk with ATACMS",
        "- The US cleared long-range strikes.",
        "Stories (1)\n- [new] ATACMS decision [1]",
        "Key developments (2)\n- US authorises ATACMS use — Detail one. [1]\n"
        "- First strikes reported — Detail two. [1]",
        "Risks (1)\n- Escalation — Moscow threatens. [1]",
        "Reactions (1)\n- Kremlin (oppose): Called it reckless. [1]",
        "Outlook\n- Further strikes are expected this week.",
        "Sources\n- [1] Article https://news.example/a",
        "The PDF is attached.",
        "Read the full brief: https://briefs.example/2026-11-24/ukraine-war.html",
    ):
        assert expected in text
    assert "Key developments (2)" in html
    source = '<li dir="auto" style="margin:0 0 4px 0;">[1] Article https://news.example/a</li>'
    assert source in html
    assert 'href="https://briefs.example/2026-11-24/ukraine-war.html"' in html
    assert "max-width:640px" in html


def test_a_day_s_mail_marks_its_stories_and_names_a_file_source_by_its_name():
    """A day-two mail listed yesterday's stories like today's (the PDF had the marks), and
    their risks and reactions too; and it gave a local file's whole path, which the brief's
    HTML and PDF never show."""
    brief = make_brief()
    brief.stories[0].status = "updated"
    brief.stories.append(
        brief.stories[0].model_copy(
            update={"id": "s2", "title": "Grain deal", "status": "continuing"}
        )
    )
    brief.sources.append(
        brief.sources[0].model_copy(
            update={"id": "S2", "title": "Local", "url": "file:///home/ana/news/waw-pl2.txt"}
        )
    )
    # the continuing story's items are marked as its own: yesterday's risk is no news
    brief.risks.insert(0, brief.risks[0].model_copy(update={"story": "s2", "risk": "Silos"}))
    text, html = bodies(build_message(brief, READER, settings(), pdf=PDF))
    assert "- [updated] ATACMS decision [1]\n- [continuing] Grain deal" in text
    assert "- Escalation — Moscow threatens. [1]\n- [continuing] Silos — Moscow" in text
    assert "[2] Local waw-pl2.txt" in text and "/home/ana" not in text + html


def test_a_risk_named_by_a_clause_of_its_sentence_is_said_once():
    """The demo's risk "Moscow could retaliate by stepping up attacks …" stood above the
    sentence that says it: each reader read it twice, in the mail as in the PDF."""
    brief = make_brief()
    brief.risks[0].risk = "Moscow could retaliate by stepping up attacks …"
    brief.risks[0].detail = "Critics warned that moscow could retaliate by stepping up attacks."
    text, html = bodies(build_message(brief, READER, settings(), pdf=None))
    assert "- Critics warned that moscow could retaliate by stepping up attacks. [1]" in text
    assert text.lower().count("could retaliate") == 1
    assert html.lower().count("could retaliate") == 1
    assert ">Critics warned that moscow could retaliate by stepping up attacks. [1]<" in html


def test_html_is_inline_styled_and_escapes_everything_from_the_brief():
    brief = make_brief(headline=f"Headline {HOSTILE}")
    brief = brief.model_copy(update={"summary": [HOSTILE], "outlook": [HOSTILE]})
    text, html = bodies(build_message(brief, READER, settings(), pdf=None))
    assert "<script" not in html and "<img" not in html and "<style" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "{{ 7*7 }}" in html and "49" not in html
    assert "<script>alert(1)</script>" in text  # plain text is not markup: shown as written


def test_line_breaks_in_the_headline_cannot_add_headers():
    brief = make_brief(headline="Big news\r\nBcc: everyone@example.net\nX-Evil: 1")
    message = build_message(brief, READER, settings(), pdf=None)
    assert message["Bcc"] is None and message["X-Evil"] is None
    assert message["Subject"] == (
        "Ukraine war brief, 24 Nov 2026: Big news Bcc: everyone@example.net X-Evil: 1"
    )


def test_long_headline_is_cut_to_keep_the_subject_short():
    message = build_message(make_brief(headline="word " * 80), READER, settings(), pdf=None)
    assert len(message["Subject"]) <= 150 and message["Subject"].endswith("word…")


@pytest.mark.parametrize("pdf_url", ["https://briefs.example/2026-11-24/ukraine-war.pdf", ""])
def test_pdf_over_the_limit_is_replaced_by_a_link(pdf_url):
    config = settings(max_attachment_bytes=len(PDF) - 1)
    message = build_message(make_brief(), READER, config, pdf=PDF, pdf_url=pdf_url)
    assert [p.get_content_type() for p in message.walk()] == [
        "multipart/mixed",
        "multipart/alternative",
        "text/plain",
        "text/html",
    ]
    text, html = bodies(message)
    assert "too large to attach" in text and "too large to attach" in html
    if pdf_url:
        assert pdf_url in text and f'href="{pdf_url}"' in html


def test_write_eml_writes_a_parseable_message_with_the_attachment(tmp_path):
    message = build_message(make_brief(), f"Reader <{READER}>", settings(), pdf=PDF)
    path = write_eml(message, tmp_path / "dry-run")
    assert path == tmp_path / "dry-run" / f"ukraine-war-2026-11-24-{READER}.eml"
    parsed = parse(path.read_bytes())
    assert parsed["Message-ID"] == message["Message-ID"]
    [attachment] = parsed.iter_attachments()
    assert attachment.get_filename() == "ukraine-war-2026-11-24.pdf"
    assert attachment.get_content() == PDF


def test_a_failed_delivery_names_its_reader_once():
    """The error a reader's failed delivery carries names the reader (and "not delivered"):
    every report of it ("not delivered to a@x: ...": generate, send, the retry job) says
    them once."""
    from briefgen.outbox import why_not

    said = "relay.example.org failed 4 attempts (timed out); try again later"
    assert why_not("a@x.org", f"a@x.org: not delivered: {said}") == said
    assert why_not("a@x.org", "a@x.org: refused by relay (550 no such user)") == (
        "refused by relay (550 no such user)"
    )
    assert why_not("a@x.org", "not tried: the mail server did not answer") == (
        "not tried: the mail server did not answer"
    )
