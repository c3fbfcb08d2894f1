"""Email delivery of a brief: one MIME message per recipient, sent over one SMTP connection."""

from __future__ import annotations

import hashlib
import logging
import os
import re
import smtplib
import ssl
import time
from collections.abc import Callable, Mapping
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, getaddresses, parseaddr
from functools import cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, Template

from briefgen.archive import write_atomic
from briefgen.config import EmailSettings
from briefgen.errors import BriefgenError, first_line
from briefgen.models import Brief
from briefgen.render import packaged_dir
from briefgen.text import slugify

log = logging.getLogger(__name__)

# CRLF line ends for the wire; 7bit makes the bodies quoted-printable or base64, so a server
# without 8BITMIME gets a valid message too.
POLICY = policy.SMTP.clone(cte_type="7bit")
SUBJECT_MAX = 150
BRIEF_HEADER = "X-Briefgen-Brief"  # "<topic-slug> <date>": names the .eml file of a dry run

EMAIL_TEMPLATE = "email.html.j2"  # in templates/, beside brief.html.j2


class DeliveryError(BriefgenError):
    """A message was not delivered. `permanent`: retrying later will not help (5xx, bad
    address, login refused, certificate); otherwise the server or network was unavailable."""

    def __init__(
        self, message: str, *, permanent: bool, recipient: str = "", code: int | None = None
    ) -> None:
        super().__init__(message)
        self.permanent = permanent
        self.recipient = recipient
        self.code = code


def message_id(brief: Brief, recipient: str, sender: str) -> str:
    """`<sha256(topic|date|address|content)[:32]@sender-domain>`: the same for every resend
    of one brief (a crash's duplicate is recognised), another for a brief rebuilt with other
    content (a corrected brief sent with `--force` is a new message, which mail services that
    drop a Message-ID seen before would hide). The content leaves out when it was made and
    its stats."""
    content = brief.model_dump_json(exclude={"generated_at", "stats"})
    key = f"{brief.topic}|{brief.date.isoformat()}|{mailbox(recipient)}|{content}"
    return f"<{hashlib.sha256(key.encode()).hexdigest()[:32]}@{_domain(sender)}>"


def build_message(
    brief: Brief,
    recipient: str,
    email: EmailSettings,
    *,
    pdf: bytes | None,
    html_url: str = "",
    pdf_url: str = "",
) -> EmailMessage:
    """The brief as a multipart email to one recipient (text, HTML and the PDF if it fits)."""
    subject = _subject(brief)
    # Config validation rejects line breaks already; a header must never get one (injection).
    if any("\r" in value or "\n" in value for value in (recipient, subject)):
        problem = "line break in the recipient or subject"
    elif len([addr for _, addr in getaddresses([recipient]) if addr]) != 1:
        problem = "not one email address"
    else:
        problem = ""
    if problem:
        raise DeliveryError(f"{recipient!r}: {problem}", permanent=True, recipient=recipient)

    attach = pdf is not None and len(pdf) <= email.max_attachment_bytes
    if attach:
        pdf_note = "The PDF is attached."
    elif pdf is not None:
        where = "; the PDF link below opens it." if pdf_url else "."
        size = f"{len(pdf) / 1e6:.1f} MB" if len(pdf) >= 100_000 else f"{len(pdf) // 1000} KB"
        pdf_note = f"The PDF ({size}) was too large to attach{where}"
    else:
        pdf_note = ""
    # Only http(s) URLs become links: a javascript: or file: URL is shown as text.
    links = [
        (label, url, url.startswith(("http://", "https://")))
        for label, url in (("Read the full brief", html_url.strip()), ("PDF", pdf_url.strip()))
        if url
    ]
    context = {
        "subject": subject,
        "topic": _line(brief.topic),
        "day": f"{brief.date:%A} {brief.date.day} {brief.date:%B %Y}",
        "headline": _line(brief.headline),
        "sections": _sections(brief),
        "pdf_note": pdf_note,
        "links": links,
    }

    msg = EmailMessage(policy=POLICY)
    msg["From"] = email.sender
    msg["To"] = recipient
    msg["Subject"] = subject
    msg["Date"] = format_datetime(brief.generated_at)
    msg["Message-ID"] = message_id(brief, recipient, email.sender)
    msg["Auto-Submitted"] = "auto-generated"  # RFC 3834: no vacation auto-replies to a bot
    msg[BRIEF_HEADER] = f"{slugify(brief.topic)} {brief.date.isoformat()}"
    msg.set_content(_text(context))
    msg.add_alternative(_html_template().render(context), subtype="html")
    msg.make_mixed()  # always multipart/mixed, attachment or not: one structure to expect
    if attach:
        msg.add_attachment(
            pdf,
            maintype="application",
            subtype="pdf",
            filename=f"{slugify(brief.topic)}-{brief.date.isoformat()}.pdf",
        )
    return msg


def write_eml(message: EmailMessage, folder: Path) -> Path:
    """Write the message (as it would be sent) to `<folder>/<slug>-<date>-<recipient>.eml`."""
    slug_date = "-".join(str(message.get(BRIEF_HEADER, "brief undated")).split())
    recipient = mailbox(str(message.get("To", ""))) or "nobody"
    path = folder / (re.sub(r"[^A-Za-z0-9.@+_-]+", "_", f"{slug_date}-{recipient}")[:150] + ".eml")
    write_atomic({path: message.as_bytes(policy=POLICY)})
    return path


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
                log.warning("%s: %s; retrying in %gs", self.server, answer, delay)
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
            text = f"{what}: {self.server} failed {tries} ({answer}); try again later"
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
    return code, _line(f"{code} {reply}")[:200]


def _permanent(exc: OSError, code: int | None) -> bool:
    if code is not None:
        return code >= 500  # 4xx and odd codes are worth another try
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return False
    if isinstance(exc, ssl.SSLError):  # a bad certificate or TLS on a plain port: config
        return not isinstance(exc, ssl.SSLEOFError | ssl.SSLZeroReturnError)
    # No STARTTLS/AUTH offered, no usable AUTH method: retrying cannot help.
    return isinstance(exc, smtplib.SMTPException)


def _sections(brief: Brief) -> list[tuple[str, list[str]]]:
    def mark(text: str, flags: list[str]) -> str:
        return f"{text} (unverified)" if flags else text

    def headed(title: str, detail: str) -> str:  # a title is never its detail's start
        return f"{title} — {detail}" if title and title not in detail else detail

    counted = [
        ("Stories", [s.title for s in brief.stories]),
        (
            "Key developments",
            [mark(headed(d.title, d.detail), d.flags) for d in brief.developments],
        ),
        ("Risks", [mark(headed(r.risk, r.detail), r.flags) for r in brief.risks]),
        (
            "Reactions",
            [mark(f"{r.actor} ({r.stance}): {r.detail}", r.flags) for r in brief.reactions],
        ),
    ]
    sections = [("Bottom line", list(brief.summary))]
    sections += [(f"{name} ({len(items)})", items) for name, items in counted if items]
    if brief.outlook:
        sections.append(("Outlook", list(brief.outlook)))
    return sections


def _text(context: dict) -> str:
    lines = [f"{context['topic']} brief, {context['day']}", "", context["headline"]]
    for title, items in context["sections"]:
        lines += ["", title, *(f"- {item}" for item in items)]
    footer = [context["pdf_note"]] if context["pdf_note"] else []
    footer += [f"{label}: {url}" for label, url, _ in context["links"]]
    if footer:
        lines += ["", *footer]
    return "\n".join(lines) + "\n"


@cache
def _html_template() -> Template:
    # Autoescape on: every string from the brief is data, never markup.
    loader = FileSystemLoader(packaged_dir("templates"))
    env = Environment(loader=loader, autoescape=True, trim_blocks=True, lstrip_blocks=True)
    return env.get_template(EMAIL_TEMPLATE)


def _subject(brief: Brief) -> str:
    date = f"{brief.date.day} {brief.date:%b %Y}"
    subject = f"{_line(brief.topic)} brief, {date}: {_line(brief.headline)}"
    if len(subject) > SUBJECT_MAX:
        cut = subject[: SUBJECT_MAX - 1]
        if " " in cut[-30:]:  # end on a word when one ends near the limit
            cut = cut.rsplit(" ", 1)[0]
        subject = cut.rstrip(" ,;:-") + "…"
    return subject


def _line(text: str) -> str:
    """One line: LLM and article text may carry newlines, which must not reach a header."""
    return " ".join(text.split())


LOOPBACK = ("localhost", "127.0.0.1", "::1")


def mailbox(address: str) -> str:
    """The bare address of 'Name <a@b.c>', with its domain in lower case."""
    addr = parseaddr(address)[1]
    local, at, domain = addr.rpartition("@")
    return f"{local}@{domain.lower()}" if at and local else ""


def _domain(sender: str) -> str:
    domain = mailbox(sender).rpartition("@")[2]
    try:
        return domain.encode("idna").decode("ascii") or "localhost"
    except UnicodeError:
        return "localhost"
