"""Fetching pages politely and within bounds (urllib3).

* Only ``http`` and ``https`` addresses; a ``file://``, ``ftp://`` or ``javascript:`` address is
  refused with the reason.
* The host name is resolved here, every address it resolves to is checked, and the connection goes
  to the checked address (so a second DNS answer cannot swap in another). Private, loopback,
  link-local and other non-public addresses are refused *before* any connection unless the caller
  allows them (the CLI does, for a user's own intranet; the dashboard, a shared server, does not
  unless ``NEWSLENS_ALLOW_PRIVATE_URLS=1``). Even when allowed, a page reached from a public
  address (a redirect, a feed's link) may not lead to a private one.
* A deadline for the whole page (not only between packets), a size cap counted on the unpacked
  bytes as they arrive (whatever ``Content-Length`` claims), a User-Agent naming NewsLens, at most
  a few requests at a time to one host, redirects followed up to a limit, loops named.

Every failure is a ``FetchError`` with a plain reason, never a traceback.
"""

from __future__ import annotations

import ipaddress
import socket
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from analysis.inputs.web.html import MAX_HTML_BYTES

ALLOWED_SCHEMES = ("http", "https")
USER_AGENT = "NewsLens/0.1 (news analysis of articles a user asked for; python-urllib3)"
ALLOW_PRIVATE_ENV = "NEWSLENS_ALLOW_PRIVATE_URLS"

#: (host, port) -> the addresses it resolves to
Resolver = Callable[[str, int], list[str]]


class FetchError(Exception):
    """A page that could not be fetched, with a reason a user can act on."""


def system_resolver(host: str, port: int) -> list[str]:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise FetchError(f"the host name {host} could not be resolved ({exc.strerror or exc})") from exc
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def is_public(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


@dataclass(frozen=True)
class FetchPolicy:
    timeout: float = 20.0  # seconds for a whole page, from connecting to the last byte
    connect_timeout: float = 10.0
    max_bytes: int = MAX_HTML_BYTES
    max_redirects: int = 5
    per_host: int = 2  # requests at a time to one host
    workers: int = 8  # requests at a time in all
    allow_private: bool = False
    user_agent: str = USER_AGENT


@dataclass(frozen=True)
class Page:
    url: str  # as asked for
    final_url: str  # after redirects
    content_type: str
    data: bytes
    #: the page came from a public address: what it links to must be public too
    public: bool = True


def check_scheme(url: str) -> None:
    scheme = urlsplit(url).scheme.lower()
    if scheme not in ALLOWED_SCHEMES:
        shown = f"a {scheme}: address" if scheme else "not a web address"
        raise FetchError(f"{shown}: only http and https addresses are fetched")


@dataclass
class Fetcher:
    policy: FetchPolicy = field(default_factory=FetchPolicy)
    resolver: Resolver = system_resolver
    _locks: dict[str, threading.BoundedSemaphore] = field(default_factory=dict, init=False, repr=False)
    _guard: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)

    def _host_slot(self, host: str) -> threading.BoundedSemaphore:
        with self._guard:
            return self._locks.setdefault(host, threading.BoundedSemaphore(self.policy.per_host))

    def _address(self, url: str, private_ok: bool, from_public: bool = False) -> tuple[str, str, int, bool]:
        """Check the address before connecting: scheme, host, and every address it resolves to."""
        check_scheme(url)
        parts = urlsplit(url)
        try:
            host, port = parts.hostname, parts.port
        except ValueError as exc:
            raise FetchError(f"not a valid web address ({exc})") from exc
        if not host:
            raise FetchError("the address names no host")
        port = port or (443 if parts.scheme.lower() == "https" else 80)
        addresses = self.resolver(host, port)
        if not addresses:
            raise FetchError(f"the host name {host} resolves to no address")
        try:
            public = [is_public(a) for a in addresses]
        except ValueError as exc:
            raise FetchError(f"the host name {host} resolves to an invalid address ({exc})") from exc
        if not all(public) and not private_ok:
            bad = next(a for a, p in zip(addresses, public, strict=True) if not p)
            what = f"{host} is a private, loopback or link-local address ({bad})"
            if from_public:
                raise FetchError(f"{what}, reached from a page on a public address: refused")
            raise FetchError(f"{what}: refused (where reaching your own network is safe, set {ALLOW_PRIVATE_ENV}=1)")
        return host, addresses[0], port, all(public)

    def fetch(self, url: str, private_ok: bool | None = None) -> Page:
        """One page, following redirects; raises FetchError with a plain reason. ``private_ok=False``
        for links found on a public page (a feed's entries)."""
        from_public = private_ok is False and self.policy.allow_private
        private_ok = self.policy.allow_private if private_ok is None else private_ok
        deadline = time.monotonic() + self.policy.timeout
        seen: list[str] = []
        current = url
        public_start: bool | None = None
        for _ in range(self.policy.max_redirects + 1):
            host, address, port, public = self._address(current, private_ok, from_public)
            if public_start is None:
                public_start = public
            if public:  # from a public address onwards, nothing private
                private_ok, from_public = False, self.policy.allow_private
            seen.append(current)
            with self._host_slot(host):
                status, location, ctype, data = self._get(current, host, address, port, deadline)
            if location is None:
                return Page(url, current, ctype, data, public=bool(public_start))
            nxt = urljoin(current, location)
            if nxt in seen:
                raise FetchError(f"redirect loop ({len(seen)} redirects come back to {nxt})")
            current = nxt
        raise FetchError(f"too many redirects (more than {self.policy.max_redirects})")

    def _get(self, url: str, host: str, address: str, port: int, deadline: float) -> tuple[int, str | None, str, bytes]:
        import urllib3
        from urllib3.exceptions import HTTPError, ReadTimeoutError

        p = self.policy
        parts = urlsplit(url)
        timeout = urllib3.Timeout(connect=p.connect_timeout, read=max(0.1, min(p.timeout, deadline - time.monotonic())))
        if parts.scheme.lower() == "https":
            pool = urllib3.HTTPSConnectionPool(
                address, port, timeout=timeout, retries=False, server_hostname=host, assert_hostname=host
            )
        else:
            pool = urllib3.HTTPConnectionPool(address, port, timeout=timeout, retries=False)
        default_port = 443 if parts.scheme.lower() == "https" else 80
        headers = {
            "Host": host if port == default_port else f"{host}:{port}",
            "User-Agent": p.user_agent,
            "Accept": "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml;q=0.9,*/*;q=0.5",
            "Accept-Encoding": "gzip, deflate",
        }
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        resp = None
        timer = None
        try:
            resp = pool.urlopen("GET", path, headers=headers, redirect=False, retries=False, preload_content=False)
            if 300 <= resp.status < 400 and resp.headers.get("Location"):
                return resp.status, resp.headers["Location"], "", b""
            if resp.status >= 400:
                raise FetchError(f"HTTP {resp.status} {resp.reason or ''}".strip())
            ctype = (resp.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            claimed = resp.headers.get("Content-Length")
            if claimed and claimed.isdigit() and int(claimed) > p.max_bytes:
                said = f"{int(claimed) / 2**20:,.0f} MB"
                raise FetchError(f"too large: the server says {said} (the limit is {_mb(p.max_bytes)})")
            # The deadline covers the whole body: a server sending a byte now and then is cut off too.
            timer = threading.Timer(max(0.0, deadline - time.monotonic()), resp.shutdown)
            timer.start()
            chunks: list[bytes] = []
            total = 0
            for chunk in resp.stream(65536, decode_content=True):
                total += len(chunk)
                if total > p.max_bytes:
                    raise FetchError(f"too large: more than {_mb(p.max_bytes)} (the limit); stopped reading")
                chunks.append(chunk)
                if time.monotonic() > deadline:
                    raise FetchError(f"timed out: the page took longer than {p.timeout:g} s")
            if time.monotonic() > deadline:
                raise FetchError(f"timed out: the page took longer than {p.timeout:g} s")
            return resp.status, None, ctype, b"".join(chunks)
        except ReadTimeoutError as exc:
            raise FetchError(f"timed out: no answer within {p.timeout:g} s") from exc
        except HTTPError as exc:
            if time.monotonic() > deadline:
                raise FetchError(f"timed out: the page took longer than {p.timeout:g} s") from exc
            raise FetchError(f"the connection failed ({_reason(exc)})") from exc
        except OSError as exc:
            if time.monotonic() > deadline:
                raise FetchError(f"timed out: the page took longer than {p.timeout:g} s") from exc
            raise FetchError(f"the connection failed ({exc.strerror or exc})") from exc
        finally:
            if timer is not None:
                timer.cancel()
            if resp is not None:
                resp.release_conn()
                resp.close()
            pool.close()

    def fetch_many(
        self, urls: Iterable[str], private_ok: bool | None = None
    ) -> Iterator[tuple[str, Page | FetchError]]:
        """Fetch in parallel (a few at a time per host); results come back in the order asked."""

        def one(url: str) -> Page | FetchError:
            try:
                return self.fetch(url, private_ok)
            except FetchError as exc:
                return exc

        urls = list(urls)
        if not urls:
            return
        with ThreadPoolExecutor(max_workers=min(self.policy.workers, len(urls))) as pool:
            yield from zip(urls, pool.map(one, urls), strict=True)


def _mb(n: int) -> str:
    return f"{n / 2**20:,.0f} MB"


def _reason(exc: Exception) -> str:
    inner = getattr(exc, "reason", None)
    text = str(inner or exc)
    # urllib3 names the pool ("HTTPConnectionPool(host=...)"): keep only the cause.
    return text.split(": ", 1)[-1] if "Pool(" in text else text
