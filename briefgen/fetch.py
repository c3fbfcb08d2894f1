"""HTTP for all sources: one shared async client with limits, deadlines, retries, a size cap,
conditional GET and a guard that keeps links found in feeds off private networks."""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import random
import socket
import time
from collections import defaultdict
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx

from briefgen.config import FetchSettings
from briefgen.errors import SourceError, first_line
from briefgen.text import redact_url

# httpx logs each request's whole address at INFO (with -v, and in every worker's log): a
# password or token in a source's address with it. briefgen says what it reads itself, its
# addresses redacted (redact_url); httpx's warnings and errors still show.
logging.getLogger("httpx").setLevel(logging.WARNING)

BLOCKED = "briefgen-blocked"  # marks the guard's ConnectError among other connect failures
REDIRECTS = {301, 302, 303, 307, 308}


@dataclass(frozen=True)
class Validators:
    """What a server said identifies its last response (sent back as a conditional GET)."""

    etag: str | None = None
    last_modified: str | None = None


@dataclass
class Response:
    url: str  # after redirects
    status: int  # 200 or 304
    content_type: str
    body: bytes
    validators: Validators
    elapsed_s: float


def is_public(address: str) -> bool:
    """False for loopback, private, link-local (cloud metadata), CGNAT, multicast, reserved."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


class _GuardedBackend(httpcore.AsyncNetworkBackend):
    """Connects, then refuses the connection if the peer address is not public: the address
    actually connected to, so a DNS answer that changes between look-ups can't slip through."""

    def __init__(self, inner: httpcore.AsyncNetworkBackend) -> None:
        self.inner = inner

    async def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        stream = await self.inner.connect_tcp(host, port, timeout, local_address, socket_options)
        peer = stream.get_extra_info("server_addr")
        if not peer or not is_public(peer[0]):
            await stream.aclose()
            raise httpcore.ConnectError(f"{BLOCKED}: {host} is at non-public address {peer}")
        return stream

    async def connect_unix_socket(self, *args, **kwargs):
        raise httpcore.ConnectError(f"{BLOCKED}: unix sockets")

    async def sleep(self, seconds: float) -> None:
        await self.inner.sleep(seconds)


class _SplitTransport(httpx.AsyncBaseTransport):
    """Sends trusted requests (sources the user configured) through one pool, and links
    discovered in content through a guarded one."""

    def __init__(self, limits: FetchSettings, allow_private: bool) -> None:
        pool = httpx.Limits(max_connections=limits.concurrency, keepalive_expiry=30)
        self.trusted = httpx.AsyncHTTPTransport(limits=pool, retries=0)
        self.guarded = self.trusted
        if not allow_private:
            self.guarded = httpx.AsyncHTTPTransport(limits=pool, retries=0)
            inner = self.guarded._pool._network_backend  # httpx builds it; we wrap it
            self.guarded._pool._network_backend = _GuardedBackend(inner)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        transport = self.guarded if request.extensions.get("untrusted") else self.trusted
        return await transport.handle_async_request(request)

    async def aclose(self) -> None:
        await self.trusted.aclose()
        if self.guarded is not self.trusted:
            await self.guarded.aclose()


class Fetcher:
    """GETs with every limit of `FetchSettings`; failures are one-line SourceErrors.

    `trusted` is for URLs the user configured; anything found inside fetched content (feed
    item links, redirects to another host) goes through the private-network guard unless
    `allow_private_networks` is set.
    """

    def __init__(
        self,
        limits: FetchSettings,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.limits = limits
        self.client = httpx.AsyncClient(
            transport=transport or _SplitTransport(limits, limits.allow_private_networks),
            timeout=httpx.Timeout(limits.timeout_s, connect=limits.connect_timeout_s),
            headers={"User-Agent": limits.user_agent},
            follow_redirects=False,  # followed one hop at a time, each hop checked
            trust_env=False,  # a proxy would hide the connected address from the guard
        )
        self._all = asyncio.Semaphore(limits.concurrency)
        self._hosts: defaultdict[str, asyncio.Semaphore] = defaultdict(
            lambda: asyncio.Semaphore(limits.per_host)
        )

    async def __aenter__(self) -> Fetcher:
        return self

    async def __aexit__(self, *exc) -> None:
        await self.client.aclose()

    async def get(
        self, url: str, *, trusted: bool = True, validators: Validators | None = None
    ) -> Response:
        """The body of `url` (a 304 has none), retrying 5xx answers and timeouts."""
        shown = redact_url(url)
        started = time.perf_counter()
        for attempt in range(self.limits.retries + 1):
            try:
                response = await self._follow(url, trusted, validators or Validators())
                response.elapsed_s = round(time.perf_counter() - started, 3)
                return response
            except _Retryable as e:
                if attempt == self.limits.retries:
                    raise SourceError(f"{shown}: {e}") from None
                delay = self.limits.retry_backoff_s * 2**attempt
                await asyncio.sleep(delay * (0.75 + random.random() / 2))
        raise AssertionError("unreachable")

    async def _follow(self, url: str, trusted: bool, validators: Validators) -> Response:
        origin = urlsplit(url).hostname
        for _ in range(self.limits.max_redirects + 1):
            _check_scheme(url)
            same_host = urlsplit(url).hostname == origin
            response = await self._one(url, trusted and same_host, validators)
            if isinstance(response, Response):
                return response
            url = response  # a redirect: its target
        raise SourceError(
            f"{redact_url(url)}: more than {self.limits.max_redirects} redirects "
            "(a redirect loop?); check the URL (fetch.max_redirects)"
        )

    async def _one(self, url: str, trusted: bool, validators: Validators) -> Response | str:
        """One request: a Response, or the URL a redirect points to."""
        shown = redact_url(url)
        headers = {}
        if validators.etag:
            headers["If-None-Match"] = validators.etag
        if validators.last_modified:
            headers["If-Modified-Since"] = validators.last_modified
        host = urlsplit(url).hostname or ""
        request = self.client.build_request(
            "GET", url, headers=headers, extensions={"untrusted": not trusted}
        )
        try:
            async with self._hosts[host], self._all:  # a busy host holds no global slot
                response = await self.client.send(request, stream=True)
                try:
                    return await self._read(response, shown)
                finally:
                    await response.aclose()
        except httpx.TimeoutException:
            raise _Retryable(
                f"no answer within {self.limits.timeout_s:g}s (fetch.timeout_s)"
            ) from None
        except httpx.ConnectError as e:
            if BLOCKED in str(e):
                raise SourceError(
                    f"{shown}: refused, the link leads to a private or local network address; "
                    "allow it with --allow-private-networks if you trust it"
                ) from None
            raise SourceError(f"{shown}: {_why_not_connected(e)}") from None
        except (httpx.HTTPError, httpx.InvalidURL) as e:
            raise SourceError(f"{shown}: request failed ({first_line(e)})") from None

    async def _read(self, response: httpx.Response, shown: str) -> Response | str:
        status = response.status_code
        if status in REDIRECTS and "location" in response.headers:
            return urljoin(str(response.url), response.headers["location"])
        if status >= 500:
            raise _Retryable(f"HTTP {status} {response.reason_phrase} from the server")
        if status >= 400:
            raise SourceError(f"{shown}: HTTP {status} {response.reason_phrase}; check the URL")
        validators = Validators(response.headers.get("etag"), response.headers.get("last-modified"))
        body = b"" if status == 304 else await self._body(response, shown)
        return Response(
            url=str(response.url),
            status=304 if status == 304 else 200,
            content_type=response.headers.get("content-type", "").lower(),
            body=body,
            validators=validators,
            elapsed_s=0.0,
        )

    async def _body(self, response: httpx.Response, shown: str) -> bytes:
        """The decoded body, streamed, abandoned as soon as it passes the cap."""
        cap = self.limits.max_bytes
        if int(response.headers.get("content-length") or 0) > cap:
            raise SourceError(_too_big(shown, cap))
        chunks, size = [], 0
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            if size > cap:
                raise SourceError(_too_big(shown, cap))
            chunks.append(chunk)
        return b"".join(chunks)


class _Retryable(Exception):
    """A 5xx or a timeout: worth another try."""


def _check_scheme(url: str) -> None:
    if urlsplit(url).scheme.lower() not in ("http", "https"):
        raise SourceError(f"{redact_url(url)}: only http and https links are followed")


def _too_big(url: str, cap: int) -> str:
    return f"{url}: response larger than {cap:,} bytes; skipped (fetch.max_bytes)"


def _why_not_connected(error: BaseException) -> str:
    """What a failed connection means, from the error under httpx's own: nothing listening,
    a name not found, or else its message."""
    cause: BaseException | None = error
    while cause is not None:
        if isinstance(cause, ConnectionRefusedError):
            return "connection refused: no server listens there; check the address and port"
        if isinstance(cause, socket.gaierror):
            return "host name not found; check its spelling and your network's DNS"
        cause = cause.__cause__ or cause.__context__
    return f"cannot connect ({first_line(error)}); check the host name and your network"
