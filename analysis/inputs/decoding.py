"""From bytes to text: UTF-8 (with or without BOM), UTF-16 with a BOM, PDF's text layer, else
cp1252 with a warning; bytes that are clearly not text are refused with the reason."""

from __future__ import annotations

import re

from analysis.inputs.raw import RawArticle, UnreadableInput, check_text, normalise_newlines

# Formats people save articles in by mistake, by their first bytes.
_MAGIC = {
    b"PK\x03\x04": "a zip-based file (a Word .docx, an OpenDocument file or a zip archive), not plain text",
    b"\x89PNG": "a PNG image, not text",
    b"\xff\xd8\xff": "a JPEG image, not text",
    b"GIF8": "a GIF image, not text",
    b"\xd0\xcf\x11\xe0": "an old Microsoft Office file (.doc/.xls), not plain text",
    b"{\\rtf": "an RTF document: save it as plain text (.txt) first",
}


def _sniff_binary(data: bytes) -> str | None:
    """A plain reason when the bytes are clearly not text (and have no UTF-16 byte-order mark)."""
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            return f"this is {what}"
    head = data[:65536]
    if b"\x00" in head:
        return "binary data, not text (it holds NUL bytes; UTF-16 text needs a byte-order mark)"
    return None


# Control characters other than the line and page breaks and tabs that text holds.
_CONTROL = re.compile(r"[\x00-\x08\r\x0e-\x1f]")


def _mostly_control(text: str) -> bool:
    sample = text[:65536]
    controls = len(_CONTROL.findall(sample))  # a regex, not a loop over every character: a corpus is 5M of them
    return controls > max(8, len(sample) // 10)


def decode(data: bytes) -> tuple[str, list[str]]:
    """Decode file bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252 with a warning.
    Raises UnreadableInput for bytes that are not text at all."""
    warnings: list[str] = []
    if data.startswith(b"%PDF-"):
        from analysis.inputs.pdf import pdf_text

        text, warnings = pdf_text(data)
        return normalise_newlines(text), warnings
    if not data.startswith((b"\xff\xfe", b"\xfe\xff")) and (reason := _sniff_binary(data)):
        raise UnreadableInput(reason)
    if data.startswith(b"\xef\xbb\xbf"):
        text = data[3:].decode("utf-8", errors="replace")
        if "\ufffd" in text:
            warnings.append("invalid UTF-8 bytes were replaced with \ufffd")
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise UnreadableInput(
                f"starts with a UTF-16 byte-order mark but is not valid UTF-16 ({exc.reason})"
            ) from exc
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
            warnings.append("not valid UTF-8: decoded as Windows-1252 (cp1252); check accented letters")
    if _mostly_control(text):
        raise UnreadableInput("binary data, not text (mostly control characters)")
    return normalise_newlines(text), warnings


def read_bytes(source: str, data: bytes, topics: list[str] | None = None) -> RawArticle:
    """Bytes of a .txt/.md file to a RawArticle; raises UnreadableInput with a plain reason."""
    if not data:
        raise UnreadableInput("the file is empty")
    text, warnings = decode(data)
    check_text(text)
    return RawArticle(source=source, text=text, topics=list(topics or []), warnings=warnings)
