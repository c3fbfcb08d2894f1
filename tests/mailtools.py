"""A brief, mail settings and message readers for the email tests."""

from __future__ import annotations

import datetime as dt
import email
from email import policy

from conftest import NOW
from smtp_server import free_port

from briefgen.config import EmailSettings
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
