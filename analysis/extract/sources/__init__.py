"""Who gets to speak: one ``Speaker`` per voice quoted in an article, and each quote's framing.

For every speaker credited with a quote (``Quote.speaker``) this finds, from the article's own
words only:

* ``kind``: a named person, an organisation, a country or group ("Pakistan said", "the Taliban
  said"), an unnamed person described by a role ("a company spokesman"), anonymous ("sources
  said", "officials say"), or unknown (a pronoun nothing resolves);
* ``role``: the words for what the speaker is, with offsets: an apposition ("Shafqat Ali Khan, a
  spokesman for the ministry"), a title before the name ("Foreign Secretary Jack Straw", "Dr"),
  "X is the ...", or an unnamed speaker's own description; then ``role_group`` from the lexicon
  ``lexicons/role_groups.json``;
* ``gender``, for people only: honorifics (Mr, Mrs, Ms ...), gendered role words (spokeswoman,
  chairman, actress) and the pronouns the article uses for the person, resolved as quotes'
  speakers are (``quotes.Speakers``). Only when none of that exists, a first name that a public
  name-frequency data set (nomquamgender) gives one gender with high confidence, marked
  ``"first name"``. Never from a role, a topic or anything else: unknown is an answer;
* how much and where: quotes, quoted words, first paragraph quoted, in the headline, in the lead.

Each quote's ``framing`` is the class of its reporting verb (``lexicons/framing.json``).

The lexicons are data files beside this package (``lexicons/README.md``).

The package, bottom to top (each module imports only those above it):

* ``words``: word-level helpers shared by all (tokens, singulars, lexicon look-ups, pronoun forms);
* ``lexicons``: the data-file loaders (``lexicons/*.json``) and the tables built from them;
* ``campaigns``: who is on a campaign's staff (a candidate's aides, officers and managers: the labels'
  campaign-staff rule) and which campaigns are advocacy groups ("Campaign for Tobacco-Free Kids");
* ``groups``: ``role_group`` (a role's group from the lexicons), ``story_groups``, ``known_body``;
* ``framing``: a quote's framing from its reporting verb;
* ``context``: ``_Context``, what every speaker's look-up reads, built once per article;
* ``last_roles``: role words read when a named person has no other: a noun no list holds right before
  the name ("Chelsea physio Mike Banks"), the body between commas after it (", for the Lib Dems,");
* ``affiliations``: the body a named person is "of" or "from" right after their name, when the tagger
  took it for no organisation ("Lee Wang of The Intercept"), a last resort for role words;
* ``clauses``: roles a clause says ("who teaches law at ...", "who took over as head of ...", "X runs Y");
* ``gender``: first names (``first_name_gender``, the shipped list) and a person's gender with its
  evidence (honorifics, gendered role words, pronouns);
* ``introduced``: the description a sentence before a person's first name introduces them by ("one of
  the former prosecutors for X said ... || Y said");
* ``roles``: finding a named person's role words in the text and the parse;
* ``descriptions``: roles from elsewhere in the article (a description in the next or previous
  sentence or fronted before the person, the lead's description of a body it names next, "many
  officials", "Republicans said", "said as the ...");
* ``names``: what a name names (a team, a company, a person, initials, longer names);
* ``missed_names``: a person's full name the tagger missed, that a one-word speaker ends ("D’Souza");
* ``kinds``: the kind of an unnamed speaker's words (anonymous, a share of people, a group ...);
* ``referents``: what an unnamed speaker's words stand for when the article names it nearby (a firm
  called by its trade, "the artists" a group it named, a spokesman the next sentence names, "his
  spokesman" the one it titles so, "I" a column's writer);
* ``members``: the members of a committee the article names ("MPs said"), a group, not unnamed people;
* ``bodies``: the body a speaker speaks for (a document's issuer, an employer);
* ``issuers``: who the article says made a thing a quote is credited to ("its figures", "Computer firm Apple
  has issued a lawsuit ... The complaint", "Slattery filed the suit ... the lawsuit"), a body's group or a person;
* ``owners``: a body's possessive before a person's name ("Atticus' David Slager"), the body they speak for;
* ``body_descriptions``: a body's description right before its name ("Luxury goods group LVMH"), its role;
* ``antecedents``: the one person just named that a definite description ("the Salford MP") stands for;
* ``pairs``: two people speaking as one ("X and Y said") and unnamed pairs ("the two voters"): a group;
* ``draft``: ``Draft``, one speaker as the steps below settle it;
* ``tagged``: the kind and role of a name the entity tagger found, and a body's group from its words;
* ``untagged``: the kind and role of words the tagger did not name ("a company spokesman",
  "sources"), and the person such words turn out to be;
* ``post_groups``: a person's or an unnamed speaker's group from their role words and the body they name;
* ``collectives``: a bare "the panel"/"the committee" read as the body the article described before it
  ("a panel of experts", "a committee of MPs");
* ``counted``: a bare count of people speaking ("others said", "one said") read as the people it counts
  ("Some of Trump's defenders", "Some economists say ... But others");
* ``speaker``: one ``Speaker``: runs the steps above on a ``Draft``, then the voices that stand for
  others (an unnamed plural, a pair, a body's spokesperson or officials) and known people's groups;
* ``principals``: after all speakers, "his spokesman" takes the field of the person "his" stands for.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from analysis.extract.entities import FIRST_NAMES_FILE
from analysis.extract.quotes.speakers import Speakers
from analysis.extract.sources.context import _Context
from analysis.extract.sources.framing import framing
from analysis.extract.sources.gender import (
    FIRST_NAME_CONFIDENCE,
    FIRST_NAME_LOWER_BOUND,
    FIRST_NAME_MIN_COUNT,
    FIRST_NAME_MIN_SOURCES,
    build_first_names,
    first_name_gender,
    first_names_header,
)
from analysis.extract.sources.groups import known_body, role_group, story_groups
from analysis.extract.sources.principals import principals_groups
from analysis.extract.sources.same_post import same_post
from analysis.extract.sources.speaker import _speaker
from analysis.records import Mention, Quote, Speaker

__all__ = [
    "FIRST_NAMES_FILE",
    "FIRST_NAME_CONFIDENCE",
    "FIRST_NAME_LOWER_BOUND",
    "FIRST_NAME_MIN_COUNT",
    "FIRST_NAME_MIN_SOURCES",
    "build_first_names",
    "extract",
    "first_name_gender",
    "first_names_header",
    "framing",
    "known_body",
    "role_group",
    "story_groups",
]


def extract(
    doc: Doc,
    text: str,
    mentions: Sequence[Mention],
    quotes: Sequence[Quote],
    speakers: Speakers,
    title_span: tuple[int, int] | None = None,
) -> list[Speaker]:
    """One Speaker per name credited with a quote, in order of their first quote; sets each
    quote's ``framing``. ``mentions`` include the pronoun references (label PRON)."""
    for q in quotes:
        q.framing = framing(q.cue) if q.speaker is not None else None
    by_name: dict[str, list[Quote]] = {}
    for q in sorted(quotes, key=lambda q: q.start):
        if q.speaker is not None:
            by_name.setdefault(q.speaker, []).append(q)
    if not by_name:
        return []
    ctx = _Context(doc, text, mentions, quotes, speakers, title_span)
    found = [_speaker(ctx, name, said) for name, said in by_name.items()]
    principals_groups(ctx, found)
    same_post(ctx, found)
    return found
