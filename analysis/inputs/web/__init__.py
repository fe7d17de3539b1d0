"""News as it lives on the web: saved pages (``html``), web archives (``warc``), RSS/Atom feeds
(``feeds``), URLs fetched politely (``fetch``), and the language a page is written in (``language``).

Every reader ends, like the file readers, in a ``RawArticle`` (title + blank line + paragraphs
separated by blank lines, with url, date, outlet, authors and language) or an ``InputError``.
The article body and metadata come from trafilatura (dates through htmldate), never from a
hand-written HTML-to-text converter.
"""
