"""The kind and role of a speaker the tagger did not name, from the speaker's own words ("a company
spokesman", "sources", "the minister"), and the person such words may turn out to be: steps of
``speaker._speaker``."""

from __future__ import annotations

import re

from analysis.extract.sources.bodies import (
    _earlier_issuer,
    _employer_group,
    _issuer_group,
)
from analysis.extract.sources.context import _Context
from analysis.extract.sources.descriptions import (
    _earlier_fuller,
    _earlier_indefinite,
    _plural_role,
    _says_what,
)
from analysis.extract.sources.draft import Draft
from analysis.extract.sources.gender import first_name_gender
from analysis.extract.sources.groups import known_body, role_group
from analysis.extract.sources.issuers import (
    body_group,
    body_quoted_after,
    body_speaking_before,
    made_by,
    owner_of_its,
)
from analysis.extract.sources.kinds import (
    _ASKED_AFTER,
    _author,
    _definite,
    _head_word,
    _kind_of_words,
    _share_group,
    _share_of_people,
    _those_asked,
    called_it,
)
from analysis.extract.sources.lexicons import (
    _document_heads,
    _names_no_issuer,
    _personal_documents,
    _role_lexicon,
)
from analysis.extract.sources.members import members_group, members_of_a_committee
from analysis.extract.sources.missed_names import missed_full_name
from analysis.extract.sources.names import (
    _a_persons_name,
    _expanded,
    _full_name,
    _longer_org_names,
    _named_body,
    _titled_surname,
)
from analysis.extract.sources.pairs import (
    a_described_pair,
)
from analysis.extract.sources.referents import (
    bodies_listed,
    firm_described,
    named_after_lead,
    named_bodies,
    named_group,
    named_next_sentence,
    possessed_titled,
    the_writer,
    the_writers_body,
)
from analysis.extract.sources.roles import _role_of_person
from analysis.extract.sources.words import (
    _POSSESSIVE,
    _POSSESSOR,
    _SPLIT,
    _SUBJECT_DEPS,
    _singular,
    _words,
)
from analysis.records import Mention


def words_kind(ctx: _Context, d: Draft) -> None:
    """Where the speaker's own words stand and what kind of speaker they are."""
    name, said = d.name, d.said
    text = ctx.text
    # Said in the speaker's own words: the first words that are not a pronoun.
    # (spaces compared as spaces: the quote rules write "all analysts\xa0" with a plain space)
    own = next(
        (
            q
            for q in said
            if q.speaker_start is not None and text[q.speaker_start : q.speaker_end].split() == name.split()
        ),
        None,
    )
    d.start, d.end = (own.speaker_start, own.speaker_end) if own else (None, None)
    if own is None and (at := text.find(name)) >= 0:
        d.start, d.end = at, at + len(name)  # reached through "which", "who": the words themselves
    d.kind = _kind_of_words(ctx, name, d.start, d.end)
    if _FOLLOWERS_OF.match(name):
        d.kind = "anonymous"  # "supporters of Democrat Hillary Clinton": her supporters, unnamed, not Clinton
    if d.kind in {"anonymous", "unnamed person"} and a_described_pair(name, ctx.is_person_word):
        d.kind = "country or group"  # "The two voters", "both candidates": an identified pair, not unnamed people
    if d.kind == "anonymous" and members_of_a_committee(text, name):
        d.kind = "country or group"  # "MPs said" of what "the Public Accounts Committee found": its members
    if d.kind == "anonymous" and _plural_then_name(ctx, name, d.end):
        d.kind = "organisation"  # "according to analysts Nielsen//NetRatings": the firm so described
    if d.kind == "anonymous" and named_group(ctx, name, d.start):
        d.kind = "country or group"  # "said the artists" after "artists Langlands & Bell": a named group
    if d.kind == "anonymous" and _RANKED_COUNTRIES.fullmatch(name.strip()):
        d.kind = "country or group"  # "The world's richest countries": the few a ranking picks out, acting together
    if d.kind == "anonymous" and bodies_listed(ctx, name):
        d.kind = "country or group"  # "Departments for defence, environment and trade": each one named
    if d.kind == "anonymous" and named_bodies(ctx, name, d.start):
        d.kind = "country or group"  # "the two firms said" after "Shares in Elan and Biogen Idec": firms together
    if d.kind in {"unnamed person", "named person"} and firm_described(ctx, name, d.start, d.end):
        d.kind = "organisation"  # "the brewer said ... it" after "Australian brewer Fosters": the firm
    if d.kind == "unknown" and the_writer(ctx, name):
        d.kind = "named person"  # "I" in a column written in the first person: its writer
    if d.kind == "unknown" and the_writers_body(ctx, name):
        d.kind = "organisation"  # "we" in a blog post or a review written so: the body it is by
    if d.kind == "anonymous" and _STATE_MEDIA.fullmatch(name.strip()):
        d.kind = "organisation"  # "state media said": the state's outlets, which speak as one body
    if (body := known_body(name)) is not None:
        d.kind = body[0]  # "Mobile PC said", a magazine the tagger missed
    elif d.kind in {"named person", "unnamed person"} and _a_bare_name(name) and called_it(ctx, name, [], said):
        d.kind = "organisation"  # "Five admitted it had sent out 55,000 packs": a body the tagger missed


#: A state's own media, in any country's: "state media", "North Korea's state-run media", "Syrian state TV".
_STATE_MEDIA = re.compile(
    r"(?:(?:[Tt]he\s+)?(?:[A-Z][\w-]*(?:['’]s)?\s+){0,3})?[Ss]tate(?:-run|-controlled|-owned)?\s+(?:media|television|TV)"
)
#: An unnamed plural of the people on someone's side or against them, whoever it is of: "Supporters of
#: Republican Donald Trump for president", "critics of the measure".
_FOLLOWERS_OF = re.compile(
    r"(?:(?:many|some|most|the|other|several)\s+)?(?:supporters|backers|fans|opponents|critics|allies|followers"
    r"|admirers|detractors)\s+of\s",
    re.IGNORECASE,
)
#: Countries picked out by a ranking of the world: "The world's richest countries", "the world's seven
#: biggest economies" (an identified few, not "rich countries" nobody lists).
_RANKED_COUNTRIES = re.compile(
    r"[Tt]he\s+world['’]s\s+(?:[a-z]+\s+)?(?:[a-z]+est|biggest|largest)\s+(?:countries|nations|economies)"
)


def words_role(ctx: _Context, d: Draft) -> None:
    """The role the words themselves are, or the title before a name inside them."""
    name = d.name
    text = ctx.text
    if d.start is not None and d.end is not None and d.kind not in {"unknown"}:
        inside = d.inside_people = [
            m
            for m in ctx.speakers.mentions_in(d.start, d.end)
            if m.label == "PERSON" and not _POSSESSOR.match(text, m.end)
        ]
        if inside and d.kind in {"unnamed person", "anonymous"}:
            # "a spokesman for Mr Prescott", "A friend of the late Princess Diana": the name says whom
            # the speaker serves, so the words stay whole
            d.role = (re.sub(r"\s+", " ", text[d.start : d.end]), d.start, d.end, False)
        elif inside and inside[0].start > d.start:
            # "Shadow leader of the Commons Oliver Heald": the words before the name.
            b = inside[0].start
            d.role = (text[d.start : b].strip(), d.start, d.start + len(text[d.start : b].rstrip()), True)
        elif not inside and (d.kind != "named person" or _says_what(ctx, name)):
            d.role = (name, d.start, d.end, False)  # not "Mr Cable": a name is no role
        elif inside and inside[0].entity and inside[0].entity not in name and role_group(name) != "unknown":
            # "The Lord Chancellor, Lord Falconer, said": the tagger ran the title into the name
            d.role = (name, d.start, d.end, True)


def _same_side(ctx: _Context, description: str, named: Mention) -> bool:
    """Whether a lead's description and the role words the article gives the person named next can be one
    person's: not when both are placed, in different groups (the lead's "witness" is no "police chief")."""
    theirs = _role_of_person(ctx, ctx.named.get(named.entity or "", [named]), any_label=True)
    own = role_group(theirs[0], theirs[3], ctx.story) if theirs and _a_post(ctx, theirs[0]) else "unknown"
    groups = {role_group(description, story=ctx.story), own}
    return len(groups - {"unknown"}) < 2


def _a_post(ctx: _Context, role: str) -> bool:
    """Whether role words name a post or a trade, their head a word for a person ("EU foreign policy
    chief", "the police chief"), not what the person is known for ("a key influence on New Labour
    thinking", which says nothing against the lead's "a top academic")."""
    words = _words(role)
    cut = next((k for k, w in enumerate(words) if w in _SPLIT and k > 0), len(words))
    return cut > 0 and ctx.is_person_word(words[cut - 1])


def person_behind(ctx: _Context, d: Draft) -> None:
    """The named person the words turn out to be ("Nortel president and chief executive Bill Owens",
    a party tag after a name, a titled surname, an author of the report quoted)."""
    name = d.name
    text = ctx.text
    named_after = _named_after_title(ctx, d.start, d.end) if d.kind == "unnamed person" else None
    if named_after is None and d.kind == "unnamed person":
        named_after = _named_after_office(ctx, name, d.end)
    if named_after is not None and d.start is not None:
        # "said Nortel president and chief executive Bill Owens", the quote rules keeping only
        # "Nortel president": the titles run on to the name of the one person they are
        d.kind, d.inside_people = "named person", [named_after]
        words_end = d.start + len(text[d.start : named_after.start].rstrip())
        d.role = (re.sub(r"\s+", " ", text[d.start : words_end]), d.start, words_end, True)
    if d.kind == "unnamed person" and _named_next_also(ctx, name, d.start, d.end):
        # "A chief constable has backed ... Norfolk police chief Andy Hayman also warned": a lead's
        # indefinite description that the next sentence names, "also" carrying the same actor on
        d.kind = "named person"
    if d.kind == "unnamed person" and (
        named := named_next_sentence(ctx, name, d.start, d.end, _head_word(ctx, name, d.start, d.end))
    ):
        # "A spokesman for the European Anti-Fraud Office said ... || ..., spokesman Jorg Wojahn said": the
        # person the next sentence names by the same word, whose pronouns are the speaker's evidence
        d.kind, d.inside_people = "named person", [named]
    head = _head_word(ctx, name, d.start, d.end) if d.kind == "unnamed person" else None
    lead = named_after_lead(ctx, name, d.start, head) if d.kind == "unnamed person" else None
    if lead is not None and _same_side(ctx, name, lead):
        # "..., a senior EU politician says. || Javier Solana, EU foreign policy chief, says ...": the lead's
        # description of whom the next paragraph names
        d.kind, d.inside_people = "named person", [lead]
    if d.kind == "unnamed person" and (titled := possessed_titled(ctx, name, head)):
        # "his spokesman has said" where the article names "Fiction Records spokesman Paul Smernicki": the
        # one person it gives that post, with the role words it gives them when they say more ("Fiction
        # Records spokesman", not "The chief" for "Donald J. Trump's newly installed campaign chief")
        d.kind, d.inside_people = "named person", [titled]
        theirs = _role_of_person(ctx, ctx.named.get(titled.entity or "", [titled]), any_label=True)
        if theirs is not None and (d.role is None or _said_more(theirs[0], d.role[0])):
            d.role = theirs
    if (
        d.kind == "unnamed person"
        and d.start is not None
        and _headline_words(ctx, name, d.start)
        and _lead_names_someone(ctx, d.start)
    ):
        # "Woman Reveals Stunning Thing ...", "mom speechwriter reveals": a headline's description of
        # the person the story opens by naming
        d.kind = "named person"
    tagged = _party_tag_of(ctx, name, d.start)
    if tagged is not None:
        # "Speaker of the House Rep. Paul Ryan (R-WI) said", the quote rules keeping "R-WI": the
        # party and state in brackets after a name are that person's
        d.kind, d.inside_people = "named person", [tagged]
        d.role = _role_of_person(ctx, ctx.named.get(tagged.entity or "", [tagged]), any_label=True)
    elif d.kind == "unnamed person" and _titled_surname(name) and (titled := _full_name(ctx, name)) is not None:
        # "Prof Gellhorn said" after "Ernest Gellhorn, an anti-trust law professor", the tagger
        # missing the surname after the title: the one person named in full with that surname
        d.kind, d.inside_people = "named person", ctx.named[titled]
        d.role = (name, d.start, d.end, True) if d.start is not None and d.end is not None else None
        d.role = _role_of_person(ctx, d.inside_people, any_label=True) or d.role
    if name in ctx.surnames and d.kind == "named person":
        d.full = ctx.surnames[name]
        d.role = _role_of_person(ctx, ctx.named.get(d.full, []))
    elif (
        d.kind == "named person"
        and d.role is None
        and not d.inside_people
        and d.start is not None
        and d.end is not None
    ):
        # a name the tagger missed ("Theresa May", taken for a date): its apposition or title
        # still says what the person is ("Theresa May, shadow secretary for the family, told")
        missed = missed_full_name(ctx, name, d.start)  # "D’Souza": the title at "Dinesh D’Souza"
        d.role = _role_of_person(ctx, [Mention(d.start, d.end, name, "PERSON", name), *([missed] if missed else [])])
        if (
            d.role is not None
            and not d.role[3]
            and _plural_role(ctx, d.role)
            and not a_described_pair(name, ctx.is_person_word)
        ):
            d.kind = "organisation"  # "Rockstar Games, the makers of Manhunt, has said": one name, many people
    elif d.kind == "unnamed person" and name.isalpha() and name[:1].isupper():
        # "Hare told ...": the surname of someone named in full, whom the tagger took for an
        # organisation ("former England full-back Dusty Hare")
        full_names = [e for e in ctx.named if e.endswith(f" {name}")]
        if len(full_names) == 1:
            d.kind, d.inside_people = "named person", ctx.named[full_names[0]]
            d.role = _role_of_person(ctx, ctx.named[full_names[0]], any_label=True)
    author = _author(ctx, name, d.start, d.end) if d.kind in {"organisation", "unnamed person", "anonymous"} else None
    if author is not None:
        # the person's own book, brief or report: their words, their role and evidence
        d.kind, d.inside_people = "named person", ctx.named[author]
        d.role = _role_of_person(ctx, d.inside_people, any_label=True)
    elif _unplaced_thing(ctx, d):
        # "Californian Thomas Slattery filed the suit ... the lawsuit states", "a group of black parents ...
        # sent a letter ... the letter reads": whoever the article says made the thing speaks through it
        at = _first_own_words(ctx, d)
        maker = made_by(ctx, name, *at) if at is not None else None
        if maker is not None and maker.kind == "named person":
            d.kind, d.inside_people = "named person", maker.people
            d.role = _role_of_person(ctx, d.inside_people, any_label=True)
        elif maker is not None and maker.kind != "organisation" and maker.words is not None:
            d.kind, d.role = maker.kind, (*maker.words, False)


def _unplaced_thing(ctx: _Context, d: Draft) -> bool:
    """Whether a speaker's words name a thing someone makes and nothing so far says whose it is: an
    organisation, an unnamed speaker, or a "named person" with no one found behind the words ("The lawsuit
    ... says the woman's champagne was spiked ... she": read as one person by its pronouns)."""
    if not _a_made_thing(ctx, d.name, d.start, d.end):
        return False
    no_one = not d.inside_people and d.full is None and (d.role is None or d.role[0] == d.name)
    unplaced = d.kind == "named person" and no_one
    return d.kind in {"organisation", "unnamed person", "anonymous"} or unplaced


def _said_more(words: str, than: str) -> bool:
    """Whether role words say more than others: more words besides determiners and possessives."""

    def content(text: str) -> int:
        fillers = {"the", "a", "an", "his", "her", "its"}
        return sum(1 for w in text.split() if w.lower() not in fillers and not _POSSESSIVE.search(w))

    return content(words) > content(than)


def words_group(ctx: _Context, d: Draft) -> None:
    """The role group of unnamed people, shares of people and bodies from their own words."""
    name = d.name
    text = ctx.text
    if (
        d.role is not None
        and d.start is not None
        and d.kind in {"anonymous", "unnamed person"}
        and role_group(d.role[0]) == "unknown"
        and (earlier := _earlier_indefinite(ctx, name, d.start)) != "unknown"
    ):
        d.group = earlier  # "the source" after "A Labour source told the Sunday Times"
    elif (
        d.role is not None
        and d.start is not None
        and d.kind in {"anonymous", "unnamed person"}
        and role_group(d.role[0], generic=False) == "unknown"
        and (fuller := _earlier_fuller(ctx, name, d.start)) != "unknown"
    ):
        d.group = fuller  # "the spokesman" after "a spokesman with the Municipal Police": the police's
    if d.kind == "anonymous" and (_share_of_people(name) or _those_asked(ctx, _words(name), d.end)):
        d.group = _share_group(ctx, name)  # "Almost a quarter" of those polled: ordinary people
        if _those_asked(ctx, _words(name), d.end) and d.start is not None and d.end is not None:
            asked = _ASKED_AFTER.match(text, d.end)
            d.role = (text[d.start : asked.end()] if asked else name, d.start, asked.end() if asked else d.end, False)
    if d.kind == "organisation" and (issued := _issuer_of_thing(ctx, d)) != "unknown":
        d.group = issued  # "The complaint" of "Computer firm Apple has issued a lawsuit": the firm's
    elif d.kind == "organisation" and _nobodys_findings(ctx, name, d.start, d.end):
        d.group = "unknown"  # "Research suggests ...", "Opinion polls suggest", "early sales figures": no issuer said
    elif d.kind in {"organisation", "country or group"}:
        # (a group of people with the story: "The judges" of a story about the arts are a prize's panel)
        d.group = role_group(name, story=ctx.story if d.kind == "country or group" else ())
        if d.group == "unknown":
            d.group = role_group(_expanded(ctx, name))  # "The FAO report", the Food & Agriculture Organisation's
        if d.group == "unknown" and d.role is not None and d.role[0] != name:
            d.group = role_group(d.role[0])  # "Rockstar Games, the makers of Manhunt": its apposition's
        if d.group == "unknown" and d.kind == "organisation":
            d.group = _employer_group(ctx, name)  # "a rival in IBM": the body its words name
        if d.group == "unknown" and d.kind == "organisation" and name[:1].isupper():
            d.group = role_group(name, name=True)  # "Hong Kong Standard", untagged: its name's last word
        if d.group == "unknown":
            d.group = role_group(name, story=ctx.story)  # "the committee" in a story about MPs
        for longer in _longer_org_names(ctx, name) if d.group == "unknown" else []:
            d.group = d.group if d.group != "unknown" else role_group(longer, name=True)  # "Peabody Energy"
        body = _named_body(ctx, name) if d.kind == "organisation" and _definite(name) else None
        if body is not None:
            # "the fund" of an article about the IMF; a name that says nothing ("Walt Disney
            # Company") leaves what the description itself says ("the company": a firm)
            placed = role_group(body, name=True)
            if placed == "unknown" and (known := known_body(body)) is not None:
                placed = known[1]
            d.group = placed if placed != "unknown" else d.group
        if d.group == "unknown" and d.end is not None and _head_word(ctx, name, d.start, d.end) in _document_heads():
            d.group = _issuer_group(ctx, d.end)  # "a report published by UK-based research consultancy Analysys"
        if d.group == "unknown" and d.start is not None and _definite(name):
            d.group = _earlier_issuer(ctx, name, d.start)  # "the report" after "a World Bank report"
        if d.group == "unknown" and d.start is not None and _in_the_lead(ctx, d.start) and not _definite(name):
            # "a report says" in the lead, then "The Hefce report" in the body
            d.group = _earlier_issuer(ctx, name, d.end or d.start, later=True)
        if d.group == "unknown" and (members := members_group(text, name)) is not None:
            d.group = members  # "Committee members" of the Public Accounts Committee: MPs


def _a_made_thing(ctx: _Context, name: str, start: int | None, end: int | None) -> bool:
    """Whether a speaker's words name a thing someone makes: a document, a lawsuit, a photo, a speech."""
    head = _head_word(ctx, name, start, end) if start is not None and end is not None else None
    things = _document_heads() | _personal_documents() | _MADE_THINGS | ctx.utterance_heads
    return head is not None and head in things


#: Words for findings whose own group (a study's researchers, sales figures' firms) stands in only for an
#: issuer the article names: with none named anywhere they are nobody's in particular.
_FINDINGS = frozenset({"study", "studies", "survey", "surveys", "research", "poll", "polls", "analysis", "analyses"})
#: A findings word with a maker or a patron after it in its sentence ("The study, for net security firm
#: Preventon", "The survey ... was carried out by consultancy group Capgemini", "a poll by ICM"), or a
#: patron that commissioned it ("the BSA which commissioned the survey").
_SOMEONES = re.compile(
    r"\b(?:stud(?:y|ies)|surveys?|research|polls?|analys[ie]s|figures)\b[^.;]{0,80}?\b(?:by|for|from|commissioned)\s"
    r"|\bcommissioned\s+(?:the|a|an|its)\s+(?:[\w-]+\s+)?(?:stud(?:y|ies)|surveys?|research|polls?)\b",
    re.IGNORECASE,
)


def _nobodys_findings(ctx: _Context, name: str, start: int | None, end: int | None) -> bool:
    """Whether a speaker's words are findings with no issuer in them ("Research", "Opinion polls", "exit
    polls", "early sales figures") and the article names no maker or patron for any findings anywhere: the
    labels' rule leaves such findings' group unknown (not the researchers' or the firms' by default)."""
    words = _words(name)
    if start is None or end is None or not words or any(w[:1].isupper() for w in name.split()[1:]):
        return False
    head = words[-1]
    if head not in _FINDINGS and words[-2:] != ["sales", "figures"]:
        return False
    return _SOMEONES.search(ctx.text) is None and _earlier_issuer(ctx, name, start) == "unknown"


def _first_own_words(ctx: _Context, d: Draft) -> tuple[int, int] | None:
    """Where a speaker's own words first stand among its quotes (the article brings a thing in before it
    first quotes it: "filed the suit ... || ... the lawsuit states"), else where ``words_kind`` found them."""
    spans = [
        (q.speaker_start, q.speaker_end)
        for q in d.said
        if q.speaker_start is not None
        and q.speaker_end is not None
        and ctx.text[q.speaker_start : q.speaker_end].lower() == d.name.lower()
    ]
    if spans:
        return min(spans)
    return (d.start, d.end) if d.start is not None and d.end is not None else None


#: Things someone makes that no lexicon lists as documents: "The photo", "the suit", "a memoir".
_MADE_THINGS = frozenset(
    {"photo", "photograph", "picture", "suit", "memoir", "form", "commercial", "ruling", "judgment", "judgement"}
)


def _issuer_of_thing(ctx: _Context, d: Draft) -> str:
    """The group of the body the article says issued an organisation's document, before the document
    word's own group ("a survey" is expert, the Halifax survey the bank's): its "its" ("according to its
    website"), a body named inside it ("CEA research"), the issuer right after it ("conducted by PC Pro
    Magazine"), the clause that makes it ("Apple has issued a lawsuit"), the same document credited
    before ("a World Bank report"; in the lead, after), the body speaking just before ("The National Audit
    Office said ... || The report said") or, in the lead, just after. "unknown" when the article says none."""
    name, start, end = d.name, d.start, d.end
    if start is None or end is None or not _a_made_thing(ctx, name, start, end):
        return "unknown"
    if _words(name)[0] == "its" and (owner := owner_of_its(ctx, start)) is not None:
        return body_group(ctx, owner, name=True)
    inside = [m for m in ctx.speakers.mentions_in(start, end) if m.label in {"ORG", "GPE", "NORP"} and m.entity]
    for m in inside:
        if (group := body_group(ctx, m.entity or "", name=True)) != "unknown":
            return group  # "the Halifax survey", "the FCC figures"
    if inside and (group := role_group(name)) != "unknown":
        return group  # "a New York Times/CBS News poll"
    if _names_an_issuer(_issuer_words(name)) and (group := role_group(name)) != "unknown":
        # "the RealClearPolitics polling average", a name the tagger found no body in: its own words, before
        # any body the article names near it
        return group
    group = _issuer_group(ctx, end)
    at = _first_own_words(ctx, d) or (start, end)
    if group == "unknown" and (maker := made_by(ctx, name, *at)) is not None:
        group = maker.group
    lead = _in_the_lead(ctx, start)
    if group == "unknown" and _definite(name):
        group = _earlier_issuer(ctx, name, start)
    if group == "unknown" and lead and not _definite(name):
        group = _earlier_issuer(ctx, name, end, later=True)
    if group == "unknown" and (_definite(name) or lead):
        speaking = body_speaking_before(ctx, name, start, after=lead and not _definite(name))
        group = speaking.group if speaking is not None else group
    if group == "unknown" and lead and not _definite(name) and (quoted := body_quoted_after(ctx, name, start)):
        group = quoted.group  # "according to research. || ... || Web tracking company Envisional said"
    return group


def _issuer_words(name: str) -> str:
    """A document's name without its document words ("the RealClearPolitics polling average" -> "the
    RealClearPolitics"): what is left names the issuer, if anything ("a new poll" -> "a new": nothing)."""
    return " ".join(w for w in name.split() if not _names_no_issuer(w.lower().strip(".,;:'’\"")))


#: Capitalised words that name a time, not an issuer ("a February survey").
_TIME_NAMES = frozenset(
    "january february march april may june july august september october november december monday tuesday"
    " wednesday thursday friday saturday sunday".split()
)


def _names_an_issuer(words: str) -> bool:
    """Whether a document's words other than its document words hold a name: a capitalised word after
    the first, or a first word capitalised inside ("RealClearPolitics", "CNN"; not "Early sales", nor a
    month: "a February survey")."""
    split = [w for w in words.split() if w.lower().strip(".,;:'’") not in _TIME_NAMES]
    return any(w[:1].isupper() for w in split[1:]) or any(c.isupper() for w in split[:1] for c in w[1:])


def _in_the_lead(ctx: _Context, at: int) -> bool:
    """Whether a place is in the body's first sentence (the headline apart)."""
    starts = ctx.ix.sent_start_char
    k = next((k for k, a in enumerate(starts) if not ctx.in_title(a)), None)
    return k is not None and starts[k] <= at < (starts[k + 1] if k + 1 < len(starts) else len(ctx.text))


#: A person named as the subject and "also" right after: "Duncan Bannatyne also attacked".
_ALSO_AFTER = re.compile(r"\s+also\b")


def _named_next_also(ctx: _Context, name: str, start: int | None, end: int | None) -> bool:
    """Whether an indefinite description in the lead's first sentence ("A chief constable has
    backed ...", "has prompted a Labour donor to say") is named by the next sentence's first person, not
    named before, followed by "also" ("Norfolk police chief Andy Hayman also warned") or by an apposition
    sharing a word of the description ("a union leader who said ... || Jonathan Baume, of the top civil
    servants' union, spoke of")."""
    if start is None or end is None or name.split(" ", 1)[0].lower() not in {"a", "an"}:
        return False
    starts = ctx.ix.sent_start_char
    k = next((k for k, a in enumerate(starts) if not ctx.in_title(a)), None)
    if k is None or k + 1 >= len(starts) or not starts[k] <= start < starts[k + 1]:
        return False
    b = starts[k + 2] if k + 2 < len(starts) else len(ctx.text)
    for m in ctx.speakers.mentions_in(starts[k + 1], b):
        if m.label != "PERSON" or not m.entity:
            continue
        earlier = any(e.start < starts[k + 1] for e in ctx.named.get(m.entity, []))
        return not earlier and (_ALSO_AFTER.match(ctx.text, m.end) is not None or _apposed_alike(ctx, name, m.end))
    return False


#: An apposition right after a name, up to its closing comma: ", of the top civil servants' union,".
_APPOSITION = re.compile(r",\s+([^,.;:\"“”()]{3,80}),")


def _apposed_alike(ctx: _Context, name: str, end: int) -> bool:
    """Whether the apposition right after a name holds a word of a description besides its head: "a union
    leader who said ... || Jonathan Baume, of the top civil servants' union, spoke of" (the union's leader); the
    words before the head only, not "the" of "a candidate for the UK Independence Party"."""
    after = _APPOSITION.match(ctx.text, end)
    if after is None:
        return False
    words = _words(name)
    cut = next((k for k, w in enumerate(words) if w in _SPLIT and k > 0), len(words))
    words = [w for w in words[1 : cut - 1] if len(w) > 2 and w.isalpha()]  # the head's modifiers: "union"
    apposed = set(_words(after.group(1)))
    return any(w in apposed or f"{w}s" in apposed for w in words)


def _lead_names_someone(ctx: _Context, besides: int) -> bool:
    """Whether the first sentence after the headline names a person as its subject ("Betsy Sharp of
    Burke County, Georgia, knows Donald Trump in a way few other Americans do"), past a standfirst
    holding the speaker's words at ``besides`` ("Senator from Texas says he cannot allow ..."); or,
    after a lead that describes the person without naming them ("The lifelong Republican who wrote the
    powerful speech ... says"), the sentence after: not past a lead that introduces someone new ("A man ...")."""
    starts = ctx.ix.sent_start_char
    k = next((k for k, a in enumerate(starts) if not ctx.in_title(a)), None)
    if k is None:
        return False
    if k + 1 < len(starts) and starts[k] <= besides < starts[k + 1]:
        k += 1  # the standfirst the speaker's words open
    for n in range(k, min(k + 2, len(starts))):
        b = starts[n + 1] if n + 1 < len(starts) else len(ctx.text)
        for m in ctx.speakers.mentions_in(starts[n], b):
            if m.label != "PERSON" and not (m.entity and _a_persons_name(ctx, m.entity)):
                continue  # (a person's name the tagger took for a body: "Betsy Sharp of Burke County")
            i, j = ctx.ix.tokens(m.start, m.end)
            if j > i and ctx.doc[i:j].root.dep_ in _SUBJECT_DEPS:
                return True
        if _INDEFINITE_OPENING.match(ctx.text, starts[n]):
            return False
    return False


#: A sentence opening on an indefinite noun phrase: "A man has been charged ...".
_INDEFINITE_OPENING = re.compile(r"\s*(?:A|An)\s")
#: A headline's or standfirst's bare description, no determiner: "Senator from Texas", "Member of House panel".
_BARE_DESCRIPTION = re.compile(r"[A-Z][\w-]*(?:\s+[\w-]+){0,4}$")


def _headline_words(ctx: _Context, name: str, start: int) -> bool:
    """Whether a speaker's words are a headline's: in the headline, or a bare description (no determiner)
    opening the first body paragraph, a standfirst ("Member of House panel says U.S. has to keep Moscow
    out of elections")."""
    if ctx.in_title(start):
        return True
    first = name.split(" ", 1)[0].lower()
    return (
        bool(ctx.body_starts)
        and start <= ctx.body_starts[0]
        and ctx.text[:start].endswith("\n")
        and first not in {"a", "an", "the", "this", "that", "one", "his", "her", "their", "its"}
        and _BARE_DESCRIPTION.fullmatch(name) is not None
    )


#: Titles joined to a speaker's words and running on to a name: " and chief executive ".
_TITLE_RUNS_ON = re.compile(r"\s+(?:and|&)\s+(?:[a-z-]+\s+){1,3}")


def _named_after_title(ctx: _Context, start: int | None, end: int | None) -> Mention | None:
    """The person whose name follows a speaker's title words joined by "and" ("Nortel president" in
    "Nortel president and chief executive Bill Owens"), or None."""
    if start is None or end is None or (runs := _TITLE_RUNS_ON.match(ctx.text, end)) is None:
        return None
    if not all(ctx.is_person_word(w) or w in {"and", "&"} for w in _words(runs.group(0)) if w not in _TITLE_FILLERS):
        return None  # "and the minister said": no title
    return next(
        (
            m
            for m in ctx.speakers.mentions_in(runs.end(), runs.end() + 60)
            if m.start == runs.end() and m.label == "PERSON"
        ),
        None,
    )


#: What a title's "for" or "of" runs on with before a name: " for Children, Young People and Families ".
_OFFICE_RUNS_ON = re.compile(r"\s+(?:for|of)\s+(?:the\s+)?(?:[A-Z][\w'’-]*(?:,\s+|\s+(?:and|&)\s+|\s+))+")


def _named_after_office(ctx: _Context, name: str, end: int | None) -> Mention | None:
    """The person named right after a capitalised title's "for" or "of" and the office it names
    ("Minister for Children, Young People and Families Margaret Hodge said", the quote rules keeping
    "Minister"), or None. Not "for Prime Minister Tony Blair": a title right before the name is that
    person's own, and the speaker is someone who serves them."""
    words = name.split()
    if end is None or not words or not all(w[:1].isupper() for w in words) or not ctx.is_person_word(words[-1].lower()):
        return None
    runs = _OFFICE_RUNS_ON.match(ctx.text, end)
    if runs is None:
        return None
    for m in ctx.speakers.mentions_in(end, runs.end() + 40):
        if m.label != "PERSON" or m.start <= end or not (runs.start() < m.start <= runs.end()):
            continue
        if re.match(r"\s*(?:,|and\b|&)", ctx.text[m.end :]):
            continue  # "Young People" of "for Children, Young People and Families": the office's words
        before = _words(ctx.text[end : m.start])
        return None if not before or ctx.is_person_word(before[-1]) else m
    return None


#: Words a run of titles may hold besides words for people: "chief", "vice", "deputy".
_TITLE_FILLERS = frozenset({"chief", "vice", "deputy", "acting", "senior", "general", "managing"})


#: A party and state in brackets: "R-WI", "D-Calif.", "R-Texas", "I-Vt.".
_PARTY_TAG = re.compile(r"[RDI]-[A-Z][A-Za-z.]{1,14}")
#: What stands between a person's name and a party tag: " (".
_BEFORE_TAG = re.compile(r"\s*\(\s*$")


def _party_tag_of(ctx: _Context, name: str, start: int | None) -> Mention | None:
    """The person whose name stands right before a speaker that is only a party-and-state tag in
    brackets ("Rep. Paul Ryan (R-WI) said"), or None."""
    if start is None or not _PARTY_TAG.fullmatch(name.strip()):
        return None
    before = ctx.text[max(0, start - 4) : start]
    if not _BEFORE_TAG.search(before):
        return None
    at = start - len(before) + _BEFORE_TAG.search(before).start()
    return next(
        (m for m in ctx.speakers.mentions_in(max(0, at - 60), at) if m.label == "PERSON" and m.end == at),
        None,
    )


#: A capitalised name right after a plural, or after a comma: " Gartner", " Nielsen//NetRatings", ", TDG Research".
_NAME_AFTER = re.compile(r",?\s+([A-Z][\w/&.-]*[A-Za-z])\b")
#: Capitalised words that are dates, not names: "officials Monday said".
_DATE_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december".split()
)


def _plural_then_name(ctx: _Context, name: str, end: int | None) -> bool:
    """Whether an unnamed plural's words run straight on to a name that is no person's ("analysts
    Gartner", "market analysts Chart-Track", "according to analysts Nielsen//NetRatings", "According to
    technology analysts, TDG Research"): the plural
    is the kind of firm, the name the firm (not "officials Monday", not "analysts John Smith")."""
    words = _words(name)
    specific = _role_lexicon()[0]
    if end is None or not words or not words[-1].endswith("s") or _singular(words[-1], specific) not in specific:
        return False
    after = _NAME_AFTER.match(ctx.text, end)
    if after is None or after.group(1).lower() in _DATE_WORDS or first_name_gender(f"{after.group(1)} x"):
        return False
    return not any(m.label == "PERSON" for m in ctx.speakers.mentions_in(after.start(1), after.end(1)))


def _a_bare_name(name: str) -> bool:
    """Whether a speaker's words are a capitalised name with no determiner or description ("Five",
    "Highfield"), not "The company" or "A spokesman"."""
    words = name.split()
    return (
        0 < len(words) <= 3
        and all(w[:1].isupper() or w[:1].isdigit() for w in words)
        and (words[0].lower() not in {"the", "a", "an", "this", "that", "one", "another", "his", "her", "its", "their"})
    )
