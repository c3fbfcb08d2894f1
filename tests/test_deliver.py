"""Email delivery against real SMTP servers on 127.0.0.1 (aiosmtpd): MIME structure, TLS,
AUTH, retries and refusals. Backoff sleeps are injected, so nothing here waits."""

from __future__ import annotations

import datetime as dt
import email
import re
import ssl
from email import policy
from email.utils import parsedate_to_datetime

import pytest
from conftest import NOW
from smtp_server import free_port, make_cert, smtp_server

from briefgen.config import EmailSettings
from briefgen.deliver import Mailer, tls_context
from briefgen.errors import DeliveryError
from briefgen.letter import build_message, message_id, write_eml
from briefgen.models import Brief

READER = "reader@example.org"
PDF = b"%PDF-1.7\n" + bytes(range(256)) * 4 + b"\n%%EOF\n"
HOSTILE = "<script>alert(1)</script> <img src=x onerror=alert(2)> {{ 7*7 }}"


def make_brief(headline: str = "Ukraine cleared to strike Kursk with ATACMS") -> Brief:
    ids = {"sources": ["S1"], "story": "s1"}
    return Brief.model_validate(
        {
            "topic": "Ukraine war",
            "date": "2026-11-24",
            "generated_at": NOW,
            "period": {"start": NOW - dt.timedelta(days=1), "end": NOW},
            "headline": headline,
            "summary": ["The US cleared long-range strikes.", "Moscow warned of a response."],
            "stories": [{"id": "s1", "title": "ATACMS decision", "sources": ["S1"]}],
            "developments": [
                {"title": "US authorises ATACMS use", "detail": "Detail one.", **ids},
                {"title": "First strikes reported", "detail": "Detail two.", **ids},
            ],
            "risks": [{"risk": "Escalation", "detail": "Moscow threatens.", **ids}],
            "reactions": [
                {"actor": "Kremlin", "stance": "oppose", "detail": "Called it reckless.", **ids}
            ],
            "outlook": ["Further strikes are expected this week."],
            "sources": [{"id": "S1", "title": "Article", "url": "https://news.example/a"}],
        }
    )


def settings(server=None, **overrides) -> EmailSettings:
    values = {
        "host": server.host if server else "127.0.0.1",
        "port": server.port if server else free_port(),
        "security": "none",
        "sender": "Briefs <briefs@example.com>",
        "timeout_s": 5,
        "retries": 3,
        "retry_delay_s": 2.0,
    }
    return EmailSettings(**(values | overrides))


def parse(data: bytes) -> email.message.EmailMessage:
    return email.message_from_bytes(data, policy=policy.default)


def bodies(message) -> tuple[str, str]:
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    return text, html


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
    gave a local file's whole path, which the brief's HTML and PDF never show."""
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
    text, html = bodies(build_message(brief, READER, settings(), pdf=PDF))
    assert "- [updated] ATACMS decision [1]\n- [continuing] Grain deal" in text
    assert "[2] Local waw-pl2.txt" in text and "/home/ana" not in text + html


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


@pytest.mark.parametrize(
    "recipient", [f"{READER}\r\nBcc: evil@example.net", f"{READER}\nX: y", f"{READER}, b@x.org"]
)
def test_bad_recipient_is_refused_before_anything_is_sent(recipient):
    with smtp_server() as server:
        config = settings(server)
        with Mailer(config, env={}) as mailer, pytest.raises(DeliveryError) as error:
            mailer.send(build_message(make_brief(), recipient, config, pdf=None))
    assert error.value.permanent
    assert "\n" not in str(error.value)
    assert server.handler.data_commands == 0


def test_send_refuses_a_message_with_copies():
    with smtp_server() as server:
        config = settings(server)
        message = build_message(make_brief(), READER, config, pdf=None)
        message["Cc"] = "someone.else@example.net"
        with Mailer(config, env={}) as mailer, pytest.raises(DeliveryError, match="Cc") as error:
            mailer.send(message)
    assert error.value.permanent and server.handler.data_commands == 0


def test_starttls_and_login_with_credentials_from_the_environment(tmp_path):
    cert, key = make_cert(tmp_path)
    env = {"SMTP_USER": "briefs", "SMTP_PASS": "s3cret-pass"}
    with smtp_server(cert=(cert, key), users={"briefs": "s3cret-pass"}) as server:
        config = settings(
            server, security="starttls", username_env="SMTP_USER", password_env="SMTP_PASS"
        )
        context = ssl.create_default_context(cafile=cert)
        with Mailer(config, env=env, ssl_context=context) as mailer:
            for recipient in (READER, "second@example.org"):
                mailer.send(build_message(make_brief(), recipient, config, pdf=PDF))

    first, second = server.delivered
    assert first.tls and first.authenticated
    assert first.rcpt_tos == [READER] and second.rcpt_tos == ["second@example.org"]
    assert first.session == second.session  # one connection for both


def test_wrong_password_is_permanent_and_names_the_env_vars_not_the_password(tmp_path):
    cert, key = make_cert(tmp_path)
    sleeps: list[float] = []
    env = {"SMTP_USER": "briefs", "SMTP_PASS": "wrong-pass-1234"}
    with smtp_server(cert=(cert, key), users={"briefs": "s3cret-pass"}) as server:
        config = settings(
            server, security="starttls", username_env="SMTP_USER", password_env="SMTP_PASS"
        )
        context = ssl.create_default_context(cafile=cert)
        with (
            pytest.raises(DeliveryError) as error,
            Mailer(config, env=env, sleep=sleeps.append, ssl_context=context),
        ):
            pass
    message = str(error.value)
    assert error.value.permanent and error.value.code == 535
    assert "SMTP_USER" in message and "SMTP_PASS" in message
    assert "wrong-pass-1234" not in message
    assert sleeps == [] and server.delivered == []


def test_untrusted_certificate_is_refused_by_default(tmp_path):
    sleeps: list[float] = []
    with smtp_server(cert=make_cert(tmp_path)) as server:
        config = settings(server, security="starttls")
        with pytest.raises(DeliveryError) as error, Mailer(config, env={}, sleep=sleeps.append):
            pass
    assert error.value.permanent and "CERTIFICATE_VERIFY_FAILED" in str(error.value)
    assert sleeps == []


@pytest.mark.parametrize(("security", "implicit_tls"), [("starttls", False), ("ssl", True)])
def test_a_private_ca_in_email_ca_file_is_trusted_besides_the_systems(
    tmp_path, security, implicit_tls
):
    cert, key = make_cert(tmp_path)
    with smtp_server(cert=(cert, key), implicit_tls=implicit_tls) as server:
        config = settings(server, security=security, ca_file=str(cert))
        with Mailer(config, env={}) as mailer:  # no context given: the config's
            mailer.send(build_message(make_brief(), READER, config, pdf=None))
    [got] = server.delivered
    assert got.tls and got.rcpt_tos == [READER]
    system = ssl.create_default_context().cert_store_stats()["x509_ca"]
    assert tls_context(config).cert_store_stats()["x509_ca"] == system + 1


def test_a_ca_file_gone_since_the_config_was_read_is_one_permanent_error(tmp_path):
    with smtp_server(cert=make_cert(tmp_path)) as server:
        config = settings(server, security="starttls", ca_file=str(tmp_path / "gone.pem"))
        with pytest.raises(DeliveryError) as error, Mailer(config, env={}):
            pass
    assert error.value.permanent and "email.ca_file: cannot load" in str(error.value)


def test_implicit_tls(tmp_path):
    cert, key = make_cert(tmp_path)
    with smtp_server(cert=(cert, key), implicit_tls=True) as server:
        config = settings(server, security="ssl")
        context = ssl.create_default_context(cafile=cert)
        with Mailer(config, env={}, ssl_context=context) as mailer:
            mailer.send(build_message(make_brief(), READER, config, pdf=None))
    [got] = server.delivered
    assert got.tls and got.rcpt_tos == [READER]


def test_temporary_failure_is_retried_once_then_delivered():
    sleeps: list[float] = []
    with smtp_server() as server:
        server.handler.fail_next("451 4.3.0 try again")
        config = settings(server)
        with Mailer(config, env={}, sleep=sleeps.append) as mailer:
            mailer.send(build_message(make_brief(), READER, config, pdf=PDF))
    assert len(server.delivered) == 1 and server.handler.data_commands == 2
    assert sleeps == [config.retry_delay_s]


def test_server_closing_the_connection_is_retried_on_a_new_one():
    sleeps: list[float] = []
    with smtp_server() as server:
        server.handler.fail_next("421 4.3.2 closing, come back later")
        config = settings(server)
        with Mailer(config, env={}, sleep=sleeps.append) as mailer:
            mailer.send(build_message(make_brief(), READER, config, pdf=None))
            mailer.send(build_message(make_brief(), "second@example.org", config, pdf=None))
    assert [d.rcpt_tos for d in server.delivered] == [[READER], ["second@example.org"]]
    assert sleeps == [config.retry_delay_s]


def test_temporary_failures_until_the_retries_run_out():
    sleeps: list[float] = []
    with smtp_server() as server:
        config = settings(server, retries=3, retry_delay_s=1.5)
        server.handler.fail_next("452 4.3.1 mailbox full", times=4)
        with (
            Mailer(config, env={}, sleep=sleeps.append) as mailer,
            pytest.raises(DeliveryError) as error,
        ):
            mailer.send(build_message(make_brief(), READER, config, pdf=None))
    assert not error.value.permanent and error.value.recipient == READER
    assert "4 attempts" in str(error.value) and "452 4.3.1 mailbox full" in str(error.value)
    assert sleeps == [1.5, 3.0, 6.0] and server.delivered == []


def test_permanent_refusal_fails_at_once():
    sleeps: list[float] = []
    with smtp_server() as server:
        server.handler.fail_next("550 5.1.1 no such user")
        config = settings(server)
        with (
            Mailer(config, env={}, sleep=sleeps.append) as mailer,
            pytest.raises(DeliveryError) as error,
        ):
            mailer.send(build_message(make_brief(), READER, config, pdf=None))
    assert error.value.permanent and error.value.code == 550
    assert str(error.value) == (
        f"{READER}: refused by 127.0.0.1:{server.port} (550 5.1.1 no such user)"
    )
    assert sleeps == [] and server.delivered == []


def test_server_not_listening_is_temporary_after_the_retries():
    sleeps: list[float] = []
    config = settings(retries=2, retry_delay_s=0.5)
    with pytest.raises(DeliveryError) as error, Mailer(config, env={}, sleep=sleeps.append):
        pass
    assert not error.value.permanent
    assert f"127.0.0.1:{config.port}" in str(error.value) and "3 attempts" in str(error.value)
    # what to do, not "[Errno 111]" and "try again later" (a new user's report)
    assert "no mail server listens there" in str(error.value)
    assert str(error.value).endswith("check [email] host and port, and that the server runs")
    assert sleeps == [0.5, 1.0]


def test_a_host_name_not_found_says_to_check_the_host():
    """A misspelt [email] host ended "[Errno -2] Name or service not known ...; try again
    later" after 38 s of retries (a new user's)."""
    config = settings(host="smtp.nowhere.invalid", retries=0)
    with pytest.raises(DeliveryError) as error, Mailer(config, env={}, sleep=lambda s: None):
        pass
    assert "host name 'smtp.nowhere.invalid' not found" in str(error.value)
    assert str(error.value).endswith("check [email] host, and this machine's DNS")


def test_user_without_password_is_a_config_error():
    config = settings(username_env="SMTP_USER", password_env="SMTP_PASS")
    with pytest.raises(DeliveryError, match="SMTP_PASS") as error:
        Mailer(config, env={"SMTP_USER": "briefs"}).open()
    assert error.value.permanent


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


def test_no_password_over_an_unencrypted_connection_to_another_host():
    config = settings(host="smtp.example.com", port=25, username_env="U", password_env="P")
    with pytest.raises(DeliveryError, match="unencrypted") as error:
        Mailer(config, env={"U": "briefs", "P": "s3cret"}).open()
    assert error.value.permanent and "s3cret" not in str(error.value)
