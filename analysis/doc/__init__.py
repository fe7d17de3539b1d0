"""Doc: from an article's text to one parsed spaCy ``Doc``.

The one spaCy pipeline per process (``nlp``); the analysis view, a string as long as the text with
metadata blanked, ALL-CAPS lines re-cased and markup blanked (``casing``, ``quality``); long texts
cut into parts and merged back (``chunks``); token columns read once as arrays (``docindex``). May
import ``analysis.records`` and ``analysis.inputs``.
"""
