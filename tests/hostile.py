"""Hostile and broken inputs, written by the tests (shared by the CLI, property and browser tests)."""

from __future__ import annotations

import io
import zipfile

ARTICLE = (
    "Council backs plan\n\nThe council said on Monday that the plan would go ahead. “It is time,” said Mayor Jo Park.\n"
)

# Strings that would run in a browser if any view rendered article text as HTML or Markdown.
XSS = [
    "<script>window.__pwned = 1; alert('script')</script>",
    "<img src=x onerror=\"window.__pwned = 1; alert('img')\">",
    "<a href=\"javascript:window.__pwned=1;alert('link')\">click me</a>",
    "[markdown link](javascript:window.__pwned=1)",
    "![markdown image](x onerror=alert(1))",
    '<svg onload="window.__pwned = 1"></svg>',
    '<iframe src="javascript:window.__pwned=1"></iframe>',
    "{{7*7}} ${7*7} <% 7*7 %>",
]


def xss_article() -> str:
    lines = "\n\n".join(
        f"Paragraph {i}: the mayor said {payload} before the vote, “{payload}” said Mayor Jo Park."
        for i, payload in enumerate(XSS)
    )
    return f"<b>Mayor</b> <script>alert('headline')</script> backs plan\n\n{lines}\n"


def minimal_pdf(text: str | None) -> bytes:
    """A one-page PDF; with ``text`` None it has no text layer (like a scan)."""
    content = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode() if text else b"0 0 m 10 10 l S"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % n + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def zip_bytes(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def hostile_files() -> dict[str, bytes]:
    """name -> bytes, one file per kind of bad input the product must survive."""
    one_line = ("The minister said the talks had failed, and the union said it would strike. " * 13_500)[:1_048_576]

    def variant(day: str) -> bytes:  # distinct texts: the same text twice is a duplicate, counted once
        return ARTICLE.replace("Monday", day).encode()

    inner = zip_bytes({"nested/inner.txt": variant("Thursday")})
    return {
        "good.txt": ARTICLE.encode(),
        "good2.txt": ARTICLE.encode(),
        "empty.txt": b"",
        "whitespace.txt": b"  \n\n\t  \n",
        "binary.txt": bytes(range(256)) * 64,
        "image.md": b"\x89PNG\r\n\x1a\n" + b"\0" * 100,
        "report.pdf": minimal_pdf("Mayor Jo Park said the plan would go ahead"),
        "scan.pdf": minimal_pdf(None),
        "broken.pdf": b"%PDF-1.4\nthis is not really a pdf",
        "cp1252.txt": "Caf\u00e9 owner Ren\u00e9e Dupr\u00e9 said \u201cno\u201d to the mayor\u2019s plan.\n".encode(
            "cp1252"
        ),
        "latin1.txt": "Se\u00f1or G\u00f3mez said the \u00bd-price sale was over.\n".encode("latin-1"),
        "utf16.txt": variant("Tuesday").decode().encode("utf-16"),
        "huge.txt": b"The council met again. " * (20 * 2**20 // 23 + 1),  # 20 MB
        "one-line.txt": one_line.encode(),  # 1 MB, no line break, past spaCy's default max_length
        "quotes.txt": (
            "Quote marks gone wrong\n\n“Unbalanced opening, said Ann Lee. Then \u201cnested \u2018inner\u2019 "
            'and "straight\u201d mixed.\u201d A stray \u201d here and a " there. \u201c\u201c\u201d\u201d '
            "Empty \u201c\u201d marks, said Bo Chan.\n\n\u201cA paragraph that never closes\n\nAnd another.\n"
        ).encode(),
        "numbers.txt": "\n".join(str(n * 37 % 1000) for n in range(500)).encode(),
        "french.txt": (
            "Le gouvernement annonce une réforme\n\nLe président de la République a déclaré mardi que le "
            "gouvernement allait présenter une nouvelle loi sur les retraites avant la fin de l'année, selon "
            "un communiqué publié par l'Élysée dans la soirée, a indiqué le porte-parole."
        ).encode(),
        "markup.html.txt": xss_article().encode(),
        "no-text-column.csv": b"title,content\nA,B\n",
        "broken-quoting.csv": b'text,title\n"An article about the port.",Port\n"never closed,Oops\n',
        "huge-cells.csv": b"text,notes\n" + b'"' + variant("Friday") + b'","' + b"x" * (3 * 2**20) + b'"\n',
        "bad-lines.jsonl": b'{"text": "Good line.\\n\\nThe mayor said yes."}\n{oops\n[1]\n{"title": "no text"}\n',
        "traversal.zip": zip_bytes({"../../evil.txt": variant("Wednesday"), "inner.zip": inner}),
        "bomb.zip": zip_bytes({"bomb.txt": b"a" * (200 * 2**20)}),
    }
