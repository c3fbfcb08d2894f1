"""`generate --email`, `send` and the delivery ledger, against a real SMTP server on loopback."""

import datetime as dt
import email
import os
from pathlib import Path

import feedparser
import pytest
from clitools import adhoc, cli
from smtp_server import make_cert, smtp_server

from briefgen.store import Store

DAY = "2026-11-24"
READERS = ["Ana <ana@example.org>", "ben@example.org"]


def configure(tmp_path, articles, server, recipients=READERS) -> str:
    config = tmp_path / "briefgen.toml"
    config.write_text(
        f'output_dir = "out"\n[email]\nhost = "{server.host}"\nport = {server.port}\n'
        'security = "none"\nretry_delay_s = 0.05\nsender = "Briefs <briefs@example.com>"\n'
        '[[topics]]\nname = "Ukraine"\nsince = "48h"\ninclude = ["Ukraine", "Kyiv"]\n'
        f"recipients = {recipients!r}\n".replace("'", '"')
        + f'sources = ["{articles}"]\n'
    )
    return str(config)


def generate(config, *extra):
    return cli("generate", "--config", config, "--date", DAY, "--email", *extra)


def parse(delivered):
    return email.message_from_bytes(delivered.content)


def test_email_once_per_recipient_then_never_again_unless_forced(articles, tmp_path):
    with smtp_server() as server:
        config = configure(tmp_path, articles, server)
        first = generate(config)
        assert first.exit_code == 0, first.output
        assert [d.rcpt_tos for d in server.delivered] == [["ana@example.org"], ["ben@example.org"]]
        for delivered in server.delivered:
            message = parse(delivered)
            assert message["To"] in READERS and message["Cc"] is None
            (pdf,) = [p for p in message.walk() if p.get_content_type() == "application/pdf"]
            assert pdf.get_filename() == f"ukraine-{DAY}.pdf"
            assert (
                pdf.get_payload(decode=True)
                == (tmp_path / "out" / DAY / "ukraine.pdf").read_bytes()
            )
        assert "sent to" in first.stderr

        again = generate(config)
        assert again.exit_code == 0 and len(server.delivered) == 2
        assert "already built" in again.stderr and "already sent to" in again.stderr

        forced = generate(config, "--force")
        assert forced.exit_code == 0 and len(server.delivered) == 4
        ids = [parse(d)["Message-ID"] for d in server.delivered]
        assert ids[:2] == ids[2:] and ids[0] != ids[1]  # one id per (brief, recipient)

    runs = cli("runs", "--config", config)
    assert "2/2" in runs.stdout
    index = (tmp_path / "out" / "index.html").read_text()
    assert f"{DAY}/ukraine.pdf" in index
    feed = feedparser.parse((tmp_path / "out" / "feed.xml").read_bytes())
    assert not feed.bozo and len(feed.entries) == 1


def test_a_temporary_refusal_is_retried_into_one_delivery(articles, tmp_path):
    with smtp_server() as server:
        server.handler.fail_next("451 4.3.0 try again later")
        config = configure(tmp_path, articles, server, recipients=["ana@example.org"])
        assert generate(config).exit_code == 0
        assert len(server.delivered) == 1 and server.handler.data_commands == 2


def test_a_permanent_refusal_is_recorded_and_exits_1(articles, tmp_path):
    with smtp_server() as server:
        server.handler.fail_next("550 5.1.1 no such user")
        config = configure(tmp_path, articles, server, recipients=["gone@example.org"])
        result = generate(config)
    assert result.exit_code == 1
    assert "not delivered to gone@example.org" in result.stderr and "550" in result.stderr
    assert (tmp_path / "out" / DAY / "ukraine.pdf").exists()  # the brief is still there
    store = Store(os.environ["BRIEFGEN_DATABASE"])
    assert store.delivery("Ukraine", dt.date(2026, 11, 24), "gone@example.org") == "rejected"
    store.close()
    with smtp_server() as server:  # a refusal is not retried, unless forced
        config = configure(tmp_path, articles, server, recipients=["gone@example.org"])
        again = generate(config)
        assert again.exit_code == 0 and server.delivered == []
        assert "refused it before (--force tries again)" in again.stderr
        assert generate(config, "--force").exit_code == 0 and len(server.delivered) == 1


def test_a_scheduled_run_that_reaches_one_of_two_readers_says_the_brief_was_made(
    articles, tmp_path, caplog
):
    from briefgen.schedule import scheduled_run

    with smtp_server() as server:
        server.handler.fail_next("550 5.1.1 no such user")
        config = configure(tmp_path, articles, server, recipients=["gone@example.org", "ben@x.org"])
        with caplog.at_level("INFO", logger="briefgen.schedule"):
            scheduled_run(config, "Ukraine", DAY)
        assert [d.rcpt_tos for d in server.delivered] == [["ben@x.org"]]
    said = [r.getMessage() for r in caplog.records if r.name == "briefgen.schedule"]
    assert said == [
        "scheduled run of 'Ukraine': brief made, not delivered to every reader (see above); "
        "temporary failures are tried again every 30 min"
    ]
    runs = cli("runs", "--config", config)
    assert "ok" in runs.stdout and "1/2 (1 rejected)" in runs.stdout  # a 5xx: for good


def test_a_run_that_reused_the_brief_shows_the_delivery_it_failed(articles, tmp_path):
    """The second `generate --email` reuses the brief for a new reader, whom the server
    refuses: `runs` shows the refusal on that run (which exited 1), not on the run that
    built the brief, and a refusal for good as rejected, a temporary one as failed."""
    with smtp_server() as server:
        config = configure(tmp_path, articles, server, recipients=["ana@example.org"])
        assert generate(config).exit_code == 0
        config = configure(
            tmp_path, articles, server,
            recipients=["ana@example.org", "gone@example.org", "ben@example.org"],
        )  # fmt: skip
        server.handler.fail_next("550 5.1.1 no such user")
        server.handler.fail_next("451 4.3.0 try again later", times=4)  # every retry of ben's
        second = generate(config)
        assert second.exit_code == 1 and "reusing it" in second.stderr
    assert [d.rcpt_tos for d in server.delivered] == [["ana@example.org"]]
    runs = cli("runs", "--config", config)
    assert runs.exit_code == 0
    rows = [line.split("\t") for line in runs.stdout.splitlines()]
    sent = {row[0]: (row[4], row[rows[0].index("sent")]) for row in rows[1:]}
    assert sent == {"2": ("reused", "0/2 (1 rejected, 1 failed)"), "1": ("ok", "1/1")}


def test_a_temporary_failure_is_retried_later_by_the_scheduler_job(articles, tmp_path):
    from briefgen.config import load_settings
    from briefgen.outbox import retry_failed

    def retry_deliveries(config):  # what the scheduler's retry job does, on the brief's next day
        store = Store(os.environ["BRIEFGEN_DATABASE"])
        retry_failed(load_settings(Path(config)), store, dt.datetime(2026, 11, 25, tzinfo=dt.UTC))
        store.close()

    with smtp_server() as server:
        server.handler.fail_next("451 4.3.0 try again later", times=10)
        config = configure(tmp_path, articles, server, recipients=["ana@example.org"])
        assert generate(config).exit_code == 1  # 451 through every retry
        assert server.delivered == []
        server.handler.answers.clear()  # the server is back
        retry_deliveries(config)
        assert [d.rcpt_tos for d in server.delivered] == [["ana@example.org"]]
        retry_deliveries(config)  # nothing left to retry
        assert len(server.delivered) == 1


def test_a_delivery_left_pending_by_a_dead_sender_is_sent_by_the_retry(articles, tmp_path):
    from briefgen.config import load_settings
    from briefgen.outbox import retry_failed

    with smtp_server() as server:
        config = configure(tmp_path, articles, server, recipients=["ana@example.org"])
        assert cli("generate", "--config", config, "--date", DAY).exit_code == 0
        store = Store(os.environ["BRIEFGEN_DATABASE"])
        now = dt.datetime(2026, 11, 25, 7, tzinfo=dt.UTC)
        day = dt.date(2026, 11, 24)
        assert store.claim_delivery(  # claimed, then the process was killed before sending
            "Ukraine", day, "ana@example.org", now=now, run_id=None, message_id="<m>"
        )
        settings = load_settings(Path(config))
        retry_failed(settings, store, now + dt.timedelta(minutes=5))
        assert server.delivered == []  # it might still be sending
        retry_failed(settings, store, now + dt.timedelta(minutes=30))
        assert [d.rcpt_tos for d in server.delivered] == [["ana@example.org"]]
        assert store.delivery("Ukraine", day, "ana@example.org") == "sent"
        store.close()


def test_dry_run_writes_eml_files_and_sends_nothing(articles, tmp_path):
    with smtp_server() as server:
        config = configure(tmp_path, articles, server)
        result = cli("generate", "--config", config, "--date", DAY, "--dry-run")
        assert result.exit_code == 0 and server.delivered == []
    emls = sorted((tmp_path / "out" / DAY / "outbox").glob("*.eml"))
    assert len(emls) == 2 and [str(p) for p in emls] == sorted(
        line for line in result.stdout.split() if line.endswith(".eml")
    )
    message = email.message_from_bytes(emls[0].read_bytes())
    assert message.is_multipart() and "Ukraine" in message["Subject"]


def test_send_an_existing_brief_by_hand(articles, tmp_path):
    with smtp_server() as server:
        config = configure(tmp_path, articles, server)
        assert cli("generate", "--config", config, "--date", DAY).exit_code == 0
        assert server.delivered == []  # no --email
        pdf = tmp_path / "out" / DAY / "ukraine.pdf"
        result = cli("send", pdf, "--to", "carla@example.org", "--config", config)
        assert result.exit_code == 0, result.output
        assert [d.rcpt_tos for d in server.delivered] == [["carla@example.org"]]


def test_a_dry_run_of_send_needs_no_email_section(articles, tmp_path, monkeypatch):
    """`generate --email --dry-run` wrote .eml files without an [email] section; `send
    --dry-run` refused (a new user's report): a dry run sends nothing."""
    monkeypatch.chdir(tmp_path)  # no briefgen.toml here
    assert adhoc(articles, tmp_path / "out").exit_code == 0
    brief = tmp_path / "out" / DAY / "ukraine.json"
    result = cli("send", brief, "--to", "carla@example.org", "--dry-run")
    assert result.exit_code == 0, result.output
    [eml] = (tmp_path / "out" / DAY / "outbox").glob("*carla@example.org.eml")
    assert "carla@example.org" in email.message_from_bytes(eml.read_bytes())["To"]
    refused = cli("send", brief, "--to", "carla@example.org")
    assert refused.exit_code == 2 and "no [email] section" in refused.stderr


@pytest.mark.parametrize(
    "to",
    [
        "not-an-address",
        "a@example.org\r\nBcc: x@evil.example",
        "a@example.org, x@evil.example",
        "a@example.org <x@evil.example>",
    ],
)
def test_send_refuses_bad_addresses(articles, tmp_path, to):
    with smtp_server() as server:
        config = configure(tmp_path, articles, server)
        assert cli("generate", "--config", config, "--date", DAY).exit_code == 0
        result = cli(
            "send", tmp_path / "out" / DAY / "ukraine.json", "--to", to, "--config", config
        )
        assert result.exit_code == 2 and "--to: " in result.stderr and server.delivered == []


def test_email_ca_file_trusts_a_self_signed_relay(articles, tmp_path, monkeypatch):
    """STARTTLS and AUTH to a relay whose certificate only email.ca_file (relative to the
    config) vouches for; without it the same relay is refused."""
    cert, key = make_cert(tmp_path)
    monkeypatch.setenv("BRIEFGEN_SMTP_USER", "briefs")
    monkeypatch.setenv("BRIEFGEN_SMTP_PASSWORD", "s3cret-pass")
    with smtp_server(cert=(cert, key), users={"briefs": "s3cret-pass"}) as server:
        config = configure(tmp_path, articles, server, recipients=["ana@example.org"])
        text = Path(config).read_text()
        Path(config).write_text(text.replace('security = "none"', 'security = "starttls"'))
        refused = generate(config)
        assert refused.exit_code == 1 and "CERTIFICATE_VERIFY_FAILED" in refused.stderr
        Path(config).write_text(
            text.replace('security = "none"', 'security = "starttls"\nca_file = "cert.pem"')
        )
        result = generate(config)
        assert result.exit_code == 0, result.output
    [got] = server.delivered
    assert got.tls and got.authenticated and got.rcpt_tos == ["ana@example.org"]


def test_a_topic_name_with_a_line_break_is_rejected_at_config_time(tmp_path):
    config = tmp_path / "briefgen.toml"
    config.write_text('[[topics]]\nname = "A\\r\\nBcc: x@evil.example"\nsources = ["x"]\n')
    result = cli("generate", "--config", config)
    assert result.exit_code == 2 and "single line" in result.stderr


def test_one_reader_listed_twice_gets_one_message(articles, tmp_path):
    with smtp_server() as server:
        twice = ["Ana <ana@example.org>", "ana@EXAMPLE.org", "ana@example.org"]
        config = configure(tmp_path, articles, server, recipients=twice)
        assert generate(config).exit_code == 0
        assert [d.rcpt_tos for d in server.delivered] == [["ana@example.org"]]


def test_a_delivery_is_claimed_by_one_sender_at_a_time(tmp_path):
    store = Store(os.environ["BRIEFGEN_DATABASE"])
    now, day = dt.datetime.now(dt.UTC), dt.date(2026, 11, 24)

    def claim(force=False, at=now):
        return store.claim_delivery("T", day, "a@x.org", now=at, run_id=None, message_id="<m>",
                                    force=force)  # fmt: skip

    assert claim() and not claim()  # pending: someone is sending it
    assert not claim(force=True)  # not even forced: it would go twice
    assert claim(at=now + dt.timedelta(hours=1))  # a pending claim that old: its sender died
    store.record_delivery("T", day, "a@x.org", status="sent", now=now)
    assert not claim() and claim(force=True)
    store.close()


def test_dry_run_shows_what_a_real_run_would_send(articles, tmp_path):
    with smtp_server() as server:
        config = configure(tmp_path, articles, server, recipients=["ana@example.org"])
        assert generate(config).exit_code == 0 and len(server.delivered) == 1
        result = cli("generate", "--config", config, "--date", DAY, "--dry-run")
        assert result.exit_code == 0 and len(server.delivered) == 1
    assert not (tmp_path / "out" / DAY / "outbox").exists()  # Ana has it: nothing to send


def test_send_needs_an_smtp_server_in_the_config(articles, tmp_path):
    config = tmp_path / "briefgen.toml"
    config.write_text(f'output_dir = "out"\n[[topics]]\nname = "U"\nsources = ["{articles}"]\n')
    result = cli("send", tmp_path / "out" / DAY / "u.pdf", "--to", "a@x.org", "--config", config)
    assert result.exit_code == 2 and "[email]" in result.stderr


def test_generate_and_schedule_refuse_to_email_without_an_smtp_server(articles, tmp_path):
    """Without [email], mail would go to localhost:587, a server nobody chose: sending is
    refused in one line before anything is built; --dry-run still writes the messages."""
    config = tmp_path / "briefgen.toml"
    config.write_text(
        f'output_dir = "out"\n[[topics]]\nname = "U"\nschedule = "0 7 * * *"\n'
        f'recipients = ["ana@example.org"]\nsince = "48h"\nsources = ["{articles}"]\n'
    )
    for command in (["generate", "--date", DAY, "--email"], ["schedule"]):
        result = cli(*command, "--config", config)
        assert result.exit_code == 2, result.output
        assert "topic 'U' has recipients but the config has no [email] section" in result.stderr
    assert not (tmp_path / "out").exists()
    dry = cli("generate", "--config", config, "--date", DAY, "--dry-run")
    assert dry.exit_code == 0 and list((tmp_path / "out" / DAY / "outbox").glob("*.eml"))
