"""A real SMTP server on 127.0.0.1 (aiosmtpd) for the delivery tests: records what it
receives, answers scripted failures, and speaks STARTTLS, implicit TLS and AUTH on demand."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import shutil
import socket
import ssl
import subprocess
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

HOST = "127.0.0.1"


@dataclass
class Delivered:
    mail_from: str
    rcpt_tos: list[str]
    content: bytes
    tls: bool
    authenticated: bool
    session: int  # id of the SMTP session: equal ids mean one connection


@dataclass
class RecordingHandler:
    """Keeps every accepted message; `fail_next` makes the next DATA commands fail."""

    delivered: list[Delivered] = field(default_factory=list)
    answers: deque[str] = field(default_factory=deque)
    data_commands: int = 0
    delay_s: float = 0.0  # how long each message takes to accept, like a slow relay

    def fail_next(self, answer: str, times: int = 1) -> None:
        """Answer `answer` (e.g. '451 4.3.0 try again') to the next `times` DATA commands."""
        self.answers.extend([answer] * times)

    async def handle_DATA(self, server, session, envelope) -> str:
        self.data_commands += 1
        await asyncio.sleep(self.delay_s)
        if self.answers:
            return self.answers.popleft()
        self.delivered.append(
            Delivered(
                mail_from=envelope.mail_from,
                rcpt_tos=list(envelope.rcpt_tos),
                content=envelope.original_content,
                # session.ssl is set by STARTTLS only; implicit TLS shows on the transport
                tls=server.transport.get_extra_info("ssl_object") is not None,
                authenticated=bool(session.authenticated),
                session=id(session),
            )
        )
        return "250 2.0.0 OK"


@dataclass
class SMTPServer:
    host: str
    port: int
    handler: RecordingHandler

    @property
    def delivered(self) -> list[Delivered]:
        return self.handler.delivered


def free_port() -> int:
    """A port nothing listens on (the OS picked it free a moment ago)."""
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def smtp_server(
    *,
    cert: tuple[Path, Path] | None = None,
    implicit_tls: bool = False,
    users: dict[str, str] | None = None,
    delay_s: float = 0.0,
) -> Iterator[SMTPServer]:
    """Run a server for the `with` block. `cert` (cert, key): STARTTLS required, or TLS from
    the first byte with `implicit_tls`; `users`: AUTH required (only after TLS); `delay_s`:
    each message accepted that long after its data."""
    handler = RecordingHandler(delay_s=delay_s)
    kwargs: dict = {}
    if cert:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(*cert)
        if implicit_tls:
            kwargs["ssl_context"] = context
        else:
            kwargs.update(tls_context=context, require_starttls=True)
    if users is not None:
        kwargs.update(
            authenticator=_authenticator(users), auth_required=True, auth_require_tls=True
        )
    port = free_port()
    controller = Controller(handler, hostname=HOST, port=port, **kwargs)
    controller.start()
    try:
        yield SMTPServer(HOST, port, handler)
    finally:
        controller.stop()


def _authenticator(users: dict[str, str]):
    def check(server, session, envelope, mechanism, auth_data) -> AuthResult:
        ok = (
            isinstance(auth_data, LoginPassword)
            and users.get(auth_data.login.decode()) == auth_data.password.decode()
        )
        return AuthResult(success=ok, handled=False)

    return check


def make_cert(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 and localhost: (cert.pem, key.pem)."""
    cert, key = folder / "cert.pem", folder / "key.pem"
    try:
        _cert_with_cryptography(cert, key)
    except ImportError:
        if not shutil.which("openssl"):
            pytest.skip("needs the cryptography package or the openssl command")
        subprocess.run(
            ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
             "-subj", "/CN=localhost", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost",
             "-keyout", str(key), "-out", str(cert)],
            check=True, capture_output=True,
        )  # fmt: skip
    return cert, key


def _cert_with_cryptography(cert_path: Path, key_path: Path) -> None:
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = dt.datetime.now(dt.UTC)
    ski = x509.SubjectKeyIdentifier.from_public_key(key.public_key())
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address(HOST)), x509.DNSName("localhost")]
            ),
            critical=False,
        )
        # A self-signed CA with key identifiers: also accepted by strict verification
        # (VERIFY_X509_STRICT, the default from Python 3.13).
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(ski, critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ski), critical=False
        )
        .sign(key, hashes.SHA256())
    )
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
