"""Text out of a PDF (pypdf), for articles that arrive as PDF files.

Layout is lost (columns, hyphenation at line ends), so the article carries a warning saying so.
"""

from __future__ import annotations

import io

from analysis.inputs.raw import UnreadableInput

MAX_PAGES = 500


def pdf_text(data: bytes) -> tuple[str, list[str]]:
    try:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError
    except ImportError as exc:  # pragma: no cover - pypdf is a default dependency
        raise UnreadableInput("a PDF file: install pypdf (pip install pypdf) to read its text") from exc
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise UnreadableInput("an encrypted PDF: its text cannot be read")
        pages = reader.pages[:MAX_PAGES]
        text = "\n\n".join((page.extract_text() or "").strip() for page in pages)
    except UnreadableInput:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError, RecursionError) as exc:
        raise UnreadableInput(f"a PDF that cannot be read ({type(exc).__name__})") from exc
    if not text.strip():
        raise UnreadableInput("a PDF with no text layer (a scan?): run OCR on it first")
    warnings = ["text extracted from a PDF: columns, headers and hyphenation may be out of order"]
    if len(reader.pages) > MAX_PAGES:
        warnings.append(f"only the first {MAX_PAGES} pages of the PDF were read")
    return text, warnings
