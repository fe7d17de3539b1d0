"""Inputs: bytes from files, folders, zip archives and table rows become ``RawArticle`` records.

Decoding (``decoding``), the article's layout of topic tags, headline and dateline (``layout``), PDF
text layers (``pdf``), tables with one article a row (``table_files``), and walking files, folders
and archives with their size limits (``files``): the one reader path the CLI, the dashboard and its
data folder all call. Every reader yields a ``RawArticle`` or an ``InputError`` naming the reason,
never raises for one bad input. May import only ``analysis.records`` and the standard library,
pandas and pyarrow: never spaCy.
"""
