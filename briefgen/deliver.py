"""Email delivery of a brief: the messages letter.py builds, one per recipient, sent over
one SMTP connection."""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import smtplib
import socket
import ssl
import time
from collections.abc import Callable, Mapping
from email.message import EmailMessage
from email.utils import format_datetime, getaddresses

from briefgen.config import EmailSettings
from briefgen.errors import DeliveryError, first_line
from briefgen.letter import mailbox, one_line

log = logging.getLogger(__name__)

LOOPBACK = ("localhost", "127.0.0.1", "::1")


class Mailer:
    """One SMTP connection for several messages; temporary failures are retried with backoff.

    Use as a context manager: entering connects (and logs in), leaving says QUIT."""

    def __init__(
        self,
        email: EmailSettings,
        *,
        env: Mapping[str, str] = os.environ,
        sleep: Callable[[float], None] = time.sleep,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        self.email = email
        self.server = f"{email.host}:{email.port}"
        self._env = env
        self._sleep = sleep
        self._ssl_context = ssl_context  # None: see `tls_context`
        self._smtp: smtplib.SMTP | None = None

    def __enter__(self) -> Mailer:
        self.open()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def open(self) -> None:
        """Connect and log in, retrying temporary failures; DeliveryError when it cannot."""
        user, password = self._credentials()
        if user and not password:
            raise DeliveryError(
                f"{self.email.username_env} is set but {self.email.password_env} is not; "
                "set both to log in, or neither",
                permanent=True,
            )
        if user and self.email.security == "none" and self.email.host not in LOOPBACK:
            raise DeliveryError(
                f"refusing to send the SMTP password to {self.server} unencrypted; set "
                'email.security to "starttls" or "ssl"',
                permanent=True,
            )
        self._retrying("", self._connect)

    def send(self, message: EmailMessage) -> None:
        """Send to exactly the message's one To address; DeliveryError when it cannot."""
        sender = mailbox(str(message.get("From", "")))
        to = [a for _, a in getaddresses([str(v) for v in message.get_all("To", [])]) if a]
        recipient = mailbox(to[0]) if len(to) == 1 else ""
        extra = [h for h in ("Cc", "Bcc", "Resent-To", "Resent-Cc", "Resent-Bcc") if h in message]
        if not recipient or not sender or extra or re.search(r"\s", recipient):
            raise DeliveryError(
                f"{message.get('To', '')!r}: a brief goes to one To address, with a From and "
                f"no {'/'.join(extra) or 'Cc/Bcc'}",
                permanent=True,
                recipient=recipient,
            )

        def attempt() -> None:
            if self._smtp is None:
                self._connect()
            assert self._smtp is not None
            refused = self._smtp.send_message(message, from_addr=sender, to_addrs=[recipient])
            if refused:  # with one recipient smtplib raises instead; defence in depth
                raise smtplib.SMTPRecipientsRefused(refused)

        del message["Date"]  # when it is sent: a retry or a later `send` is not dated back
        message["Date"] = format_datetime(dt.datetime.now(dt.UTC))
        self._retrying(recipient, attempt)
        log.info("sent %s to %s through %s", message.get("Message-ID"), recipient, self.server)

    def close(self, *, graceful: bool = True) -> None:
        """Say QUIT and close (just close if the server is already gone)."""
        smtp, self._smtp = self._smtp, None
        if smtp is not None:
            try:
                if graceful:
                    smtp.quit()
            except OSError:  # smtplib.SMTPException is an OSError too
                pass
            smtp.close()

    def _credentials(self) -> tuple[str, str]:
        env, email = self._env, self.email
        return env.get(email.username_env, ""), env.get(email.password_env, "")

    def _connect(self) -> None:
        email = self.email
        plain = email.security == "none"
        context = None if plain else self._ssl_context or tls_context(email)
        if email.security == "ssl":
            smtp: smtplib.SMTP = smtplib.SMTP_SSL(
                email.host, email.port, timeout=email.timeout_s, context=context
            )
        else:
            smtp = smtplib.SMTP(email.host, email.port, timeout=email.timeout_s)
        try:
            if email.security == "starttls":
                smtp.starttls(context=context)
            user, password = self._credentials()
            if user:
                smtp.login(user, password)
        except BaseException:
            smtp.close()
            raise
        self._smtp = smtp

    def _retrying(self, recipient: str, action: Callable[[], None]) -> None:
        attempts = self.email.retries + 1
        for n in range(attempts):
            try:
                action()
                return
            except OSError as exc:  # smtplib's exceptions, sockets, timeouts and TLS alike
                code, answer = _answer(exc)
                if code is None or code == 421:  # no reply or "closing": the connection is gone
                    self.close(graceful=False)
                permanent = _permanent(exc, code)
                if permanent or n == attempts - 1:
                    raise self._error(recipient, exc, code, answer, permanent, n + 1) from exc
                delay = self.email.retry_delay_s * 2**n
                if n == 0:  # one line says it waits; the retries' own are for -v
                    wait = self.email.retry_delay_s * (2 ** (attempts - 1) - 1)
                    log.warning(
                        "%s: %s; trying %d more time(s), waiting %gs in all between them",
                        self.server, _plainly(exc, answer, self.email.host), attempts - 1, wait,
                    )  # fmt: skip
                else:
                    log.info(
                        "%s: %s; retrying in %gs",
                        self.server, _plainly(exc, answer, self.email.host), delay,
                    )  # fmt: skip
                self._sleep(delay)

    def _error(
        self, recipient: str, exc: OSError, code: int | None, answer: str, permanent: bool, n: int
    ) -> DeliveryError:
        password = self._credentials()[1]
        if password:  # servers do not echo it, but a message must never carry it
            answer = answer.replace(password, "***")
        who = f"{recipient}: " if recipient else ""
        if permanent and isinstance(exc, smtplib.SMTPAuthenticationError):
            text = (
                f"{who}login refused by {self.server} ({answer}); check the user name in "
                f"${self.email.username_env} and the password in ${self.email.password_env}"
            )
        elif permanent:
            verb = "refused by" if code else "cannot send through"
            text = f"{who}{verb} {self.server} ({answer})"
        else:
            what = f"{who}not delivered" if recipient else "cannot connect"
            tries = f"{n} attempt{'s' if n > 1 else ''}"
            fix = "try again later"
            answer = _plainly(exc, answer, self.email.host)
            if isinstance(exc, ConnectionRefusedError):  # nothing listens there
                fix = "check [email] host and port, and that the server runs"
            elif isinstance(exc, socket.gaierror):  # a misspelt host, or no DNS here
                fix = "check [email] host, and this machine's DNS"
            text = f"{what}: {self.server} failed {tries} ({answer}); {fix}"
        return DeliveryError(text, permanent=permanent, recipient=recipient, code=code)


def tls_context(email: EmailSettings) -> ssl.SSLContext:
    """Certificates verified, host name checked: trusted are the system's CAs (or those of
    $SSL_CERT_FILE, as OpenSSL reads it) and those in `email.ca_file` besides."""
    context = ssl.create_default_context()
    if email.ca_file:
        # a private CA's or a self-signed relay's certificate often lacks what Python 3.13's
        # strict X.509 checks ask of public ones (an Authority Key Identifier)
        context.verify_flags &= ~getattr(ssl, "VERIFY_X509_STRICT", 0)
        try:
            context.load_verify_locations(cafile=email.ca_file)
        except OSError as e:  # checked at config load; gone or changed since
            raise DeliveryError(
                f"email.ca_file: cannot load {email.ca_file} ({first_line(e)})", permanent=True
            ) from None
    return context


def _plainly(exc: OSError, answer: str, host: str) -> str:
    """A network error as a reader understands it: no "[Errno 111]"."""
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused: no mail server listens there"
    if isinstance(exc, socket.gaierror):
        return f"host name {host!r} not found"
    return answer


def _answer(exc: OSError) -> tuple[int | None, str]:
    """The server's reply code and a one-line answer (or the network error)."""
    if isinstance(exc, smtplib.SMTPRecipientsRefused) and exc.recipients:
        code, reply = next(iter(exc.recipients.values()))
    elif isinstance(exc, smtplib.SMTPResponseException):
        code, reply = exc.smtp_code, exc.smtp_error
    else:
        return None, first_line(exc)
    if isinstance(reply, bytes):
        reply = reply.decode("utf-8", "replace")
    return code, one_line(f"{code} {reply}")[:200]


def _permanent(exc: OSError, code: int | None) -> bool:
    if code is not None:
        return code >= 500  # 4xx and odd codes are worth another try
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return False
    if isinstance(exc, ssl.SSLError):  # a bad certificate or TLS on a plain port: config
        return not isinstance(exc, ssl.SSLEOFError | ssl.SSLZeroReturnError)
    # No STARTTLS/AUTH offered, no usable AUTH method: retrying cannot help.
    return isinstance(exc, smtplib.SMTPException)
