"""Small web pages, feeds and a local HTTP server on 127.0.0.1 for the web-input tests.

Nothing here talks to any address but loopback: ``loopback_only`` makes any other connection fail
the test, so a bug cannot make a test reach out.
"""

from __future__ import annotations

import gzip
import io
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PARAS = {
    "council": [
        "The city council voted on Tuesday to expand the bus network across the northern districts, "
        "after months of debate over the cost of new routes and the future of the old depot.",
        '"This is the biggest change to our buses in a generation," said Mayor Jo Park, who had '
        "argued for the plan since the spring and promised that fares would not rise.",
        "Opponents on the council said the money would be better spent repairing roads, and warned "
        "that the depot's workers had not been asked what they thought of the move.",
    ],
    "harbour": [
        "Fishermen in the old harbour said on Monday that the new sea wall had already changed the "
        "way the tide runs past the quay, and that their boats now sit lower at dawn.",
        '"We were told it would make no difference to us," said Ann Lee, who has fished from the '
        "harbour for thirty years and whose father fished there before her.",
        "The port authority said engineers would measure the water levels over the winter and "
        "publish what they found before any further work on the wall begins.",
    ],
}

FRENCH = [
    "Le conseil municipal a voté mardi l'extension du réseau de bus dans les quartiers du nord, "
    "après des mois de débat sur le coût des nouvelles lignes et l'avenir de l'ancien dépôt.",
    "Les opposants ont déclaré que l'argent serait mieux dépensé pour réparer les routes de la ville "
    "et que les employés du dépôt n'avaient pas été consultés sur ce déménagement.",
]


def page(
    title: str,
    paras: list[str],
    url: str | None = None,
    date: str = "2024-05-02",
    author: str = "Sam Reporter",
    site: str = "The Daily Test",
    lang: str = "en",
) -> bytes:
    """An article page as news sites make them: menus, a cookie banner, related links, comments."""
    canonical = f'<link rel="canonical" href="{url}">' if url else ""
    body = "\n".join(f"<p>{p}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{title} | {site}</title>
{canonical}
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="{site}">
<meta name="author" content="{author}">
<meta property="article:published_time" content="{date}T08:00:00Z">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<div class="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
<main><article>
<h1>{title}</h1>
<p class="byline">By {author}</p>
<time datetime="{date}">{date}</time>
{body}
</article>
<aside class="related"><h2>Related stories</h2><ul>
<li><a href="/a">Weather warning for the weekend</a></li><li><a href="/b">Schools to reopen</a></li></ul></aside>
<section id="comments" class="comments"><h3>Comments</h3>
<div class="comment"><p>Reader99: This council never listens to anyone in the north, typical.</p></div>
</section>
</main>
<footer>Copyright The Daily Test. All rights reserved.</footer>
</body></html>""".encode()


def gz(data: bytes) -> bytes:
    return gzip.compress(data)


def rss(items: list[str], title: str = "Test feed") -> bytes:
    entries = "".join(f"<item><title>item {i}</title><link>{link}</link></item>" for i, link in enumerate(items))
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>'
        f"<link>http://127.0.0.1/</link><description>d</description>{entries}</channel></rss>"
    ).encode()


def warc_bytes(records: list[tuple[str, str, bytes]], compress: bool = True) -> bytes:
    """A web archive of (url, content type, body) response records, with a warcinfo and a request
    record as a crawler writes them."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=compress)
    writer.write_record(writer.create_warcinfo_record("test.warc", {"software": "test"}))
    for url, ctype, body in records:
        req = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example.org")], is_http_request=True)
        writer.write_record(writer.create_warc_record(url, "request", http_headers=req))
        status = "404 Not Found" if ctype == "404" else "200 OK"
        headers = StatusAndHeaders(
            status, [("Content-Type", "text/html" if ctype == "404" else ctype)], protocol="HTTP/1.1"
        )
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))
    return buf.getvalue()


# -- a local server ---------------------------------------------------------------------------------

Route = Callable[[BaseHTTPRequestHandler], None]


def send(handler: BaseHTTPRequestHandler, body: bytes, ctype: str = "text/html; charset=utf-8", status: int = 200):
    handler.send_response(status)
    handler.send_header("Content-Type", ctype)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


def never_finishes(handler: BaseHTTPRequestHandler) -> None:
    """Headers, the start of a page, then a byte now and then, for ever (until the client hangs up)."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.end_headers()
    handler.wfile.write(b"<html><body><p>")
    try:
        for _ in range(600):
            time.sleep(0.2)
            handler.wfile.write(b"a")
            handler.wfile.flush()
    except OSError:
        pass


def huge(handler: BaseHTTPRequestHandler) -> None:
    """Claims nothing about its size and sends a gigabyte (stops as soon as the client hangs up)."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.end_headers()
    block = b"<p>" + b"x" * 65533
    try:
        for _ in range(2**30 // len(block)):
            handler.wfile.write(block)
    except OSError:
        pass


def huge_claimed(handler: BaseHTTPRequestHandler) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Content-Length", str(2**30))
    handler.end_headers()
    with suppress(OSError):
        handler.wfile.write(b"<p>" * 1000)


def redirect(to: str) -> Route:
    def route(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(302)
        handler.send_header("Location", to)
        handler.send_header("Content-Length", "0")
        handler.end_headers()

    return route


@contextmanager
def serve(routes: dict[str, Route | tuple[bytes, str]]) -> Iterator[tuple[str, list[dict]]]:
    """A server on 127.0.0.1 (a free port); yields its base address and the requests it received."""
    seen: list[dict] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            seen.append({"path": self.path, "user_agent": self.headers.get("User-Agent", "")})
            route = routes.get(self.path)
            if route is None:
                send(self, b"<html><body>not here</body></html>", status=404)
            elif callable(route):
                route(self)
            else:
                send(self, route[0], route[1])

        def log_message(self, *args) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", seen
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def loopback_only(monkeypatch) -> Iterator[list]:
    """Any connection to an address other than 127.0.0.1 fails the test before it is made."""
    attempts: list = []
    real = socket.socket.connect

    def connect(self, address):
        host = address[0] if isinstance(address, tuple) else address
        attempts.append(host)
        if host != "127.0.0.1":
            raise AssertionError(f"a test tried to connect to {address}")
        return real(self, address)

    monkeypatch.setattr(socket.socket, "connect", connect)
    yield attempts
