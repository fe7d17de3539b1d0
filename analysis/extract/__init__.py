"""Extract: pure functions of one article's parsed ``Doc`` that find its facts.

Entities and their canonical names (``entities``); quotes, their speakers and pronoun references
(``quotes/``); sentence sentiment (``sentiment``); sentiment toward each person or organisation
(``targeted/``, with its model files); key terms (``topics``). Each returns records from
``analysis.records`` with offsets into the article's text. May import ``analysis.records``,
``analysis.inputs`` and ``analysis.doc``; never the corpus layer, the CLI or the dashboard.
"""
