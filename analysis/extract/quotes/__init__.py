"""Quotes: who said what, direct, partial or reported, and who "he" and "she" are.

``marks`` finds quoted stretches and paragraphs from the quote marks alone; ``speakers`` names the
words a quote is attached to (a name, a title beside a name, a pronoun resolved to the person
meant), built once per article; ``attribution`` finds each quote's reporting verb and speaker and
the reported speech outside marks; ``references`` turns personal pronouns into mentions of the
entity they stand for, with the same resolver.
"""

from analysis.extract.quotes.attribution import QUOTE_CUES, REPORTING_VERBS, extract
from analysis.extract.quotes.speakers import Speakers

__all__ = ["QUOTE_CUES", "REPORTING_VERBS", "Speakers", "extract"]
