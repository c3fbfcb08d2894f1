"""The brief as an email: one MIME message per recipient (headers that cannot be injected,
the text and HTML parts with every item's sources, the PDF when it fits), and a dry run's
.eml file. deliver.py sends it."""

from __future__ import annotations

import hashlib
import re
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, getaddresses, parseaddr
from functools import cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, Template

from briefgen.archive import write_atomic
from briefgen.config import EmailSettings
from briefgen.errors import DeliveryError
from briefgen.models import Brief
from briefgen.render import (
    clause_of,
    continuing_ids,
    packaged_dir,
    source_address,
    today_first,
)
from briefgen.text import slugify

# CRLF line ends for the wire; 7bit makes the bodies quoted-printable or base64, so a server
# without 8BITMIME gets a valid message too.
POLICY = policy.SMTP.clone(cte_type="7bit")
SUBJECT_MAX = 150
BRIEF_HEADER = "X-Briefgen-Brief"  # "<topic-slug> <date>": names the .eml file of a dry run

EMAIL_TEMPLATE = "email.html.j2"  # in templates/, beside brief.html.j2


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
        "topic": one_line(brief.topic),
        "day": f"{brief.date:%A} {brief.date.day} {brief.date:%B %Y}",
        "headline": one_line(brief.headline),
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


MARKS = {"new": "[new] ", "updated": "[updated] ", "continuing": "[continuing] "}


def _sections(brief: Brief) -> list[tuple[str, list[str]]]:
    """The brief's sections as lines, each item with its sources' numbers as the HTML brief
    gives them ([1][3]), and the sources they stand for last: a reader checks a claim."""
    numbers = brief.source_numbers()

    def cited(text: str, ids: list[str], flags: list[str] = ()) -> str:
        found = sorted({numbers[i] for i in ids if i in numbers})
        cites = "".join(f"[{n}]" for n in found)
        text = f"{text} {cites}" if cites else text
        return f"{text} (unverified)" if flags else text

    def headed(title: str, detail: str) -> str:  # a title the detail says is not said twice
        return f"{title} — {detail}" if title and not clause_of(title, detail) else detail

    continuing = continuing_ids(brief)

    def marked(story: str, text: str) -> str:  # an item of a story with nothing new
        return MARKS["continuing"] + text if story in continuing else text

    counted = [
        # each story with its mark, as the brief shows it: a day's mail tells what is new
        ("Stories", [cited(f"{MARKS[s.status]}{s.title}", s.sources) for s in brief.stories]),
        (
            "Key developments",
            [
                cited(marked(d.story, headed(d.title, d.detail)), d.sources, d.flags)
                for d in brief.developments
            ],
        ),
        (
            "Risks",
            [
                cited(marked(r.story, headed(r.risk, r.detail)), r.sources, r.flags)
                for r in today_first(brief.risks, continuing)
            ],
        ),
        (
            "Reactions",
            [
                cited(marked(r.story, f"{r.actor} ({r.stance}): {r.detail}"), r.sources, r.flags)
                for r in today_first(brief.reactions, continuing)
            ],
        ),
    ]
    sections = [("Bottom line", list(brief.summary))]
    sections += [(f"{name} ({len(items)})", items) for name, items in counted if items]
    if brief.outlook:
        sections.append(("Outlook", list(brief.outlook)))
    sources = [
        f"[{numbers[s.id]}] {one_line(f'{s.outlet}: ' * bool(s.outlet) + s.title)} "
        + one_line(source_address(s.url))  # a local file by its name alone, as in the brief
        for s in brief.sources
    ]
    if sources:
        sections.append(("Sources", sources))
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
    subject = f"{one_line(brief.topic)} brief, {date}: {one_line(brief.headline)}"
    if len(subject) > SUBJECT_MAX:
        cut = subject[: SUBJECT_MAX - 1]
        if " " in cut[-30:]:  # end on a word when one ends near the limit
            cut = cut.rsplit(" ", 1)[0]
        subject = cut.rstrip(" ,;:-") + "…"
    return subject


def one_line(text: str) -> str:
    """One line: LLM and article text may carry newlines, which must not reach a header."""
    return " ".join(text.split())


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
