"""Email delivery against real SMTP servers on 127.0.0.1 (aiosmtpd): TLS, AUTH, retries
and refusals. Backoff sleeps are injected, so nothing here waits."""

from __future__ import annotations

import logging
import ssl

import pytest
from mailtools import PDF, READER, make_brief, settings
from smtp_server import make_cert, smtp_server

from briefgen.deliver import Mailer, tls_context
from briefgen.errors import DeliveryError
from briefgen.letter import build_message


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


def test_server_not_listening_is_temporary_after_the_retries(caplog):
    sleeps: list[float] = []
    config = settings(retries=2, retry_delay_s=0.5)
    with (
        caplog.at_level(logging.INFO, logger="briefgen"),
        pytest.raises(DeliveryError) as error,
        Mailer(config, env={}, sleep=sleeps.append),
    ):
        pass
    # one warning says what is wrong and how long it waits; the retries' own lines are -v's
    # (a new user saw three "[Errno 111] Connection refused; retrying" lines, nu32 r12)
    warned = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert warned == [
        f"127.0.0.1:{config.port}: connection refused: no mail server listens there; "
        "trying 2 more time(s), waiting 1.5s in all between them"
    ]
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


def test_no_password_over_an_unencrypted_connection_to_another_host():
    config = settings(host="smtp.example.com", port=25, username_env="U", password_env="P")
    with pytest.raises(DeliveryError, match="unencrypted") as error:
        Mailer(config, env={"U": "briefs", "P": "s3cret"}).open()
    assert error.value.permanent and "s3cret" not in str(error.value)
