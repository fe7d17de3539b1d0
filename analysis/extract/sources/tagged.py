"""The kind and role of a speaker whose name the entity tagger found (a person, a body, a place or
a group), and an organisation's group from its own words: steps of ``speaker._speaker``."""

from __future__ import annotations

import re

from analysis.extract.sources.body_descriptions import described_before_name
from analysis.extract.sources.context import Role, _Context
from analysis.extract.sources.descriptions import (
    _described_by,
    _fronted_description,
    _introduced_person,
    _lead_introduced,
    _lead_introduced_person,
    _next_sentence_description,
    _owned_relation_before,
    _party_plural,
    _plural_role,
    _previous_sentence_description,
    _said_as_the,
)
from analysis.extract.sources.draft import Draft
from analysis.extract.sources.gender import first_name_gender
from analysis.extract.sources.groups import known_body, role_group
from analysis.extract.sources.kinds import (
    _BIGGEST,
    _head_word,
    called_he_or_she,
    called_it,
    office_of_body,
)
from analysis.extract.sources.lexicons import (
    _company_name_heads,
    _known_names,
    _media_name_heads,
    _paper_words,
    _party_members,
    _role_lexicon,
    _role_lexicon_data,
    _trade_heads,
)
from analysis.extract.sources.members import members_of_a_committee
from analysis.extract.sources.names import (
    _a_company,
    _a_persons_name,
    _a_team,
    _full_name,
    _kind_words,
    _legal_form_after,
    _longer_names,
    _longer_org_names,
    _own_head,
    _people_plural,
    _short_form_written,
    a_bodys_word,
)
from analysis.extract.sources.owners import definite_owner_before_name, owner_before_name
from analysis.extract.sources.pairs import (
    a_described_pair,
    one_of_a_pair,
)
from analysis.extract.sources.roles import _role_of_person, _title_glued
from analysis.extract.sources.words import (
    _ENTITY_KIND,
    _ONE_NATIONAL,
    _POSSESSIVE,
    _label,
    _words,
)
from analysis.records import Mention, Quote

#: Only a comma between a name and its apposition: "Diageo, the world's biggest spirits company".
_COMMA_ONLY = re.compile(r"\s*,\s*")


#: A possessive and one word after it: "Trump's Son" (a relative of the person named).
_OWNER_KIN = re.compile(r"\w['’]s\s+[\w-]+$")


def _ranked_trade(head: str | None, role: str) -> bool:
    """Whether a description ranks its subject by size in a trade ("the world's fourth-largest cocoa
    producer"): firms and countries are ranked so, not people (``trade_heads``)."""
    return head in _trade_heads() and _BIGGEST.search(role.lower()) is not None


def _title_and_persons_name(ctx: _Context, name: str, named: list[Mention]) -> bool:
    """Whether a name after a title is a person's: the tagger names it a person in full on its own
    (two or more capitalised words, "Chris Evans", the title "Broadcaster" outside or before it) and
    the article calls it "he" or "she" (a company is "it": not "US supermarket group Winn-Dixie")."""
    full = any(
        m.label == "PERSON"
        and (m.text == name or name.endswith(f" {m.text}"))
        and len(m.text.split()) >= 2
        and all(w[:1].isupper() for w in m.text.split())
        for m in named
    )
    return full and bool(ctx.speakers.gender_offsets.get(name) or ctx.pronouns.get(name))


def _members_plural(role: str) -> bool:
    """Whether a title is a party's members in the plural ("Democrats Hillary Clinton, Bernie Sanders and
    Martin O'Malley"): it says what each person listed after it is, not that the name is a body's."""
    words = _words(role)
    return len(words) == 1 and words[0].endswith("s") and words[0][:-1] in _party_members()


def tagged_kind(ctx: _Context, d: Draft) -> None:
    """The kind the tagger's label gives, corrected by the name itself and the article's words for it."""
    name, said = d.name, d.said
    d.kind = _ENTITY_KIND[d.label]
    low = name.lower()
    if low in ctx.party_names or low.removeprefix("the ") in ctx.party_names:
        d.kind = "organisation"  # "Labour said", whatever the tagger took it for
    elif d.kind == "organisation" and any(re.search(rf"\b{re.escape(g)}\b", low) for g in ctx.group_names):
        # whole words: "eta" is in "Monetary", "ira" in "Miramax"
        d.kind = "country or group"
    elif d.kind == "country or group" and low in _party_members() and _said_as_the(ctx, name, said):
        d.kind = "named person"  # "The Republican is also encouraging his supporters": one person
    elif d.kind == "country or group" and low in _party_members() and _party_plural(ctx, _not_they(ctx, said)):
        # "Republicans said" (and "They also said"), credited as "Republican": the party
        d.kind = "organisation"
    elif d.kind != "named person" and _a_persons_name(ctx, name):
        d.kind = "named person"  # "Deutsche Bank's Simon Champion", "Dr. Connie Mariano", tagged ORG or GPE
    elif d.label in {"NORP", "ORG"} and _ONE_NATIONAL.fullmatch(name) and _said_as_the(ctx, name, said):
        d.kind = "named person"  # "the Dutchman said", "the Australian added": one person, by nationality
    elif d.kind == "organisation" and d.label == "ORG" and _people_plural(ctx, name):
        d.kind = "country or group"  # "MPs said", tagged ORG: members of a body, not the body
    elif d.kind != "named person" and _OWNER_KIN.search(name) and _words(name)[-1] in ctx.kin_words:
        d.kind = "named person"  # "Trump's Son", tagged ORG: one relative of someone named, a person
    elif (
        d.kind == "named person"
        and len(name.split()) > 1
        and _words(name)[-1] in ctx.org_heads
        and not _honorific_before(ctx, name)
    ):
        d.kind = "organisation"  # "Equity Association" tagged PERSON (not "Sarah Holdings ... Ms Holdings said")
    elif d.kind == "named person" and _legal_form_after(ctx, name):
        d.kind = "organisation"  # "Gold Fields of South Africa Ltd", "Gold Fields" tagged PERSON: a company
    elif d.kind == "named person" and d.label == "PERSON" and a_bodys_word(ctx, name):
        d.kind = "organisation"  # "Research from Halifax ... suggests", "Research" tagged PERSON
    elif d.kind == "named person" and _body_of(ctx, name):
        d.kind = "organisation"  # "Office of the Deputy Prime Minister" tagged PERSON: a department
    elif d.kind == "named person" and _short_form_written(ctx, name) and not _a_persons_marks(ctx, name):
        d.kind = "organisation"  # "Dresdner Kleinwort Wasserstein said ... DrKW said", tagged PERSON
    elif d.kind == "country or group" and (
        low in ctx.party_names
        or low.removeprefix("the ") in ctx.party_names
        or low.rsplit(" ", 1)[-1] in ctx.org_heads
        or " " in low
        and low.rsplit(" ", 1)[-1] in _media_name_heads()
    ):
        # "the Tories", "Democrats": parties; "International Monetary Fund"; "Hong Kong Standard", tagged
        # GPE: a paper named for its place
        d.kind = "organisation"
    if d.kind == "named person" and d.label == "PERSON" and _short_for_a_body(ctx, name):
        d.kind = "organisation"  # "Virgin says" after "UK broadcaster Virgin Radio": the body, tagged PERSON
    body = known_body(name)
    if body is not None and (d.label != "PERSON" or len(name.split()) > 1 or first_name_gender(name) is None):
        d.kind = body[0]  # "Manchester United said", tagged PERSON: a body the lexicon knows
    elif d.kind != "named person" and " " in name and name in _known_names()[1]:
        # "Bernie Sanders", tagged ORG throughout an article about "the Sanders campaign" and "Sanders
        # supporters": a person the lexicon knows by full name
        d.kind = "named person"
    d.full = _full_name(ctx, name) if d.label in {"PERSON", "ORG"} else None
    if (
        d.full is not None
        and d.kind == "organisation"
        and d.label == "ORG"
        and role_group(name, name=True) == "unknown"
    ):
        d.kind = "named person"  # "De Blasio said", tagged ORG, after "Mayor Bill de Blasio"


def tagged_role(ctx: _Context, d: Draft) -> None:
    """The role words the article gives the name (apposition, title, description elsewhere)."""
    name, said = d.name, d.said
    d.role = _role_of_person(ctx, d.named, any_label=d.kind != "named person" or d.label != "PERSON") or _described_by(
        ctx, d.named, said
    )
    if d.role is not None and d.role[3] and d.kind == "organisation" and _an_adjective(ctx, d.role):
        d.role = None  # "the official Saudi Press Agency": an adjective of the body's name, no title
    if d.role is None and d.full is not None and d.kind == "named person":
        d.role = _role_of_person(ctx, ctx.named[d.full], any_label=True)  # the title at the full name
    if d.role is None and d.kind == "organisation":
        d.role = described_before_name(ctx, d.named)  # "Luxury goods group LVMH", "UK banking group Barclays"
    if d.role is None and d.kind == "organisation":
        # "Shanda said" after "Chinese online game operator Shanda Interactive Entertainment"; of several
        # longer names ("Life insurer Axa Sun Life", "former Axa Equity & Law policies"), the one described
        found = [r for e in _longer_org_names(ctx, name) if (r := described_before_name(ctx, ctx.named[e]))]
        d.role = found[0] if len({r[0].lower() for r in found}) == 1 else None
    if d.role is None and d.kind == "organisation":
        d.role = _lead_introduced(ctx, d.named)  # "a shareholder fund voiced opposition ... || TCI, which ..."
    if d.role is None and d.kind == "named person" and d.label == "NORP":
        d.role = _said_as_the(ctx, name, said) or None  # "The Republican"
    if d.role is None and d.kind == "named person":
        d.role = _next_sentence_description(ctx, d.named)
    if d.role is None and d.kind == "named person":
        d.role = _previous_sentence_description(ctx, d.named)
    if d.role is None and d.kind == "named person":
        d.role = _owned_relation_before(ctx, d.named)  # "Tindall's agent has warned Bath ... || Dipo Alli says"
    if d.role is None and d.kind == "named person":
        d.role = _fronted_description(ctx, name, d.named)
    if d.role is None and d.kind == "named person":
        d.role = ctx.descriptions().get(name)
    if d.role is None and d.kind == "named person":
        d.role = _lead_introduced_person(ctx, d.named)  # "UKIP have suspended a candidate ... || John Houston"
    if d.role is None and d.kind == "named person":
        d.role = _introduced_person(ctx, d.named)  # mid-article: "a doctor treating ... || said Bruno Willems"
    if d.role is None and d.kind == "named person":
        # "Balco boss Victor Conte", tagged whole as an ORG
        d.role = _title_glued(ctx, name) or (_title_glued(ctx, d.full) if d.full else None)
    if d.role is None and d.kind == "named person":
        d.role = owner_before_name(ctx, d.named)  # "Atticus' David Slager" after "hedge fund Atticus"
    if d.role is None and d.kind == "named person":
        d.role = definite_owner_before_name(ctx, d.named)  # "The union's Geoff Derrick"
    if d.role is None and d.kind == "named person" and known_body(name, ctx.text) is None:
        # last, a noun no list holds right before the name ("Chelsea physio Mike Banks"), not for a
        # body the tagger took for a person ("Shares in engineering group Jarvis")
        d.role = _role_of_person(ctx, d.named, bare=True)
    if d.role is None and d.label == "PERSON" and " ".join(_words(name)) in _role_lexicon()[0]:
        # the tagger took a title or an institution for a person: "Lord Chancellor", "Downing Street"
        at = next((m for m in d.named if m.text == name), d.named[0] if d.named else None)
        if at is not None:
            d.role = name, at.start, at.end, True
            if not any(ctx.is_person_word(w) for w in _words(name)):
                d.kind = "organisation"  # "Downing Street said": the office, not a person


def _an_adjective(ctx: _Context, role: tuple) -> bool:
    """Whether role words are one word for a person that the parse reads as an adjective ("official" of "the
    official agency"), which would make the body a person (other adjectives before a body's name stay its
    description: "the parliamentary Joint Committee on Human Rights")."""
    i, j = ctx.ix.tokens(role[1], role[2])
    return j == i + 1 and ctx.doc[i].tag_ == "JJ" and ctx.is_person_word(ctx.doc[i].lower_)


def kind_by_role(ctx: _Context, d: Draft) -> None:
    """The kind the role words settle ("Mary Fox, the chief executive of Tesco", tagged ORG: a person),
    then a known body, a pair speaking as one, an office ("The Lib Dem leader said") and "it" or "he"."""
    name, said = d.name, d.said
    text = ctx.text
    body = known_body(name)
    was = d.kind
    if d.kind != "named person" and d.role is not None:
        head = _head_word(ctx, *d.role[:3])
        person = head is not None and ctx.is_person_word(head) and head not in ctx.org_heads
        owner = _POSSESSIVE.search(d.role[0]) is not None and _words(name)[-1] in ctx.org_heads
        if person and _ranked_trade(head, d.role[0]):
            person = False  # "Nigeria is ... the world's fourth-largest cocoa producer": ranked by size, no person
        if person and not _plural_role(ctx, d.role) and not owner:
            # (not "The Actors'" of "The Actors' Equity Association": a possessive before a body's
            # name is part of that name, no description of a person)
            d.kind = "named person"  # "Mary Fox, the chief executive of Tesco", tagged ORG
        elif (
            d.kind == "country or group"
            and head in ctx.org_heads
            and (d.label != "GPE" or head not in ctx.state_heads)
            and not members_of_a_committee(text, name)  # "The MPs said", described as the committee: its members
        ):
            # "Game maker Valve", tagged NORP; "Titan, a California-based company", tagged GPE (but
            # "the government" of a place is the place acting)
            d.kind = "organisation"
    elif (
        d.kind == "named person"
        and d.role is not None
        and d.role[3]
        and not _POSSESSIVE.search(d.role[0])
        and not _title_and_persons_name(ctx, name, d.named)
    ):
        # (not "Deutsche Bank's Simon Champion": a possessive says whose the person is; not
        # "Broadcaster Chris Evans", whose "Chris Evans" the tagger names a person elsewhere)
        head = _head_word(ctx, *d.role[:3])
        # the description's last word too: the parse may root "UK think-tank" on "UK"
        last = (_words(d.role[0]) or [None])[-1]
        if (
            (head in ctx.org_heads or last in ctx.org_heads)
            and not ctx.is_person_word(head)
            or _plural_role(ctx, d.role)
            and not (d.label == "PERSON" and _members_plural(d.role[0]))
        ):
            d.kind = "organisation"  # "US supermarket group Winn-Dixie", "technology analysts Gartner"
    elif (
        d.kind == "named person"
        and d.role is not None
        and not d.role[3]
        and first_name_gender(name) is None
        and any(
            _COMMA_ONLY.fullmatch(text, m.end, d.role[1])
            if m.end <= d.role[1]
            else m.start >= d.role[2] and _COMMA_ONLY.fullmatch(text, d.role[2], m.start)
            for m in d.named
        )
    ):
        # "Diageo, the world's biggest spirits company", Diageo tagged PERSON: an apposition right
        # after the name (or right before it: "her former record label, Big Machine") whose head is a
        # word for a body (not for a person) says the name is that body's (not "founder of the CGA
        # consultancy Jeanne-Marie Gescher": no apposition)
        head = _head_word(ctx, *d.role[:3])
        if head in ctx.org_heads and not ctx.is_person_word(head) or _many_of_one(ctx, name, d.role):
            d.kind = "organisation"  # (or "Rockstar Games, the makers of Manhunt": one name, many people)
    elif (
        d.kind == "named person"
        and d.role is not None
        and not d.role[3]
        and first_name_gender(name) is None
        and _body_word_glued(ctx, d.role, d.named)
    ):
        d.kind = "organisation"  # "the Iraqi activist group Mosul Eye": the description's body is the name
    if body is not None and (d.label != "PERSON" or len(name.split()) > 1 or first_name_gender(name) is None):
        d.kind = body[0]  # a known body stays one whatever role words the parse found near it
    if d.kind in {"named person", "organisation"} and one_of_a_pair(ctx, name, d.label, said):
        # "chief executive William Harrison and chief operating officer James Dimon said", "Princes
        # William and Harry said": two voices together, a group with no one gender
        d.kind = "country or group"
    office = office_of_body(ctx, name, _spans_of(ctx, name, d.named, said)) if body is None else None
    if office is not None and d.kind in {"organisation", "country or group"}:
        # "The Lib Dem leader said", credited to "Lib Dem"; "The MEP said", tagged ORG: one person
        d.kind, d.role = ("named person" if office[3] else "unnamed person"), (*office[:3], False)
    elif d.kind == "named person" and d.label in {"PERSON", "ORG"} and called_it(ctx, name, d.named, said):
        d.kind = "organisation"  # "Highfield said that it intends to take the firm private": a body is "it"
    elif d.kind == "named person" and d.label in {"PERSON", "ORG"} and _a_bodys_marks(ctx, name):
        d.kind = "organisation"  # "RSA warned", "Shares in engineering group Jarvis": a body's, tagged PERSON
    elif (
        d.kind == "organisation"
        and d.label == "ORG"
        and body is None
        and (called_he_or_she(ctx, name) or _who_after(ctx, d.named))
    ):
        # "Sloncek said ... he said", "Montell Figgins, who represents Thomas, said": the tagger took a
        # person's name for a body's (a body is "which", a person "who")
        d.kind = "named person"
    if d.kind == "organisation" and was != "organisation" and d.role is None:
        # a body the steps above made one: "Shares in engineering group Jarvis", tagged PERSON, is
        # "it" ("news that it is offloading its stake") or has a body's marks ("shares in Jarvis");
        # one that already was got its description, if any, from ``tagged_role``
        d.role = described_before_name(ctx, d.named)


def tagged_group(ctx: _Context, d: Draft) -> None:
    """A body's, a place's or a group's role group from its description or its name."""
    name = d.name
    if d.kind != "named person":
        # An organisation's own description ("handset giant Nokia") or its name decides.
        d.group = role_group(d.role[0], d.role[3], ctx.story) if d.role else "unknown"
        if d.group == _ORDINARY:
            d.group = _body_of_people(d.role[0] if d.role else "", ctx)
        if d.role and _own_head(d.role[0], name) and role_group(name, name=True) != "unknown":
            d.group = role_group(name, name=True)  # "the bank" of the Bank of England: the name decides
        # a short name that begins a longer one the article uses is that body ("Bank" for the
        # "Bank of England", "Sun" for "Sun Microsystems"): the longer name first
        for other in (*_longer_names(ctx, name), name, *([d.spelled[0]] if d.spelled else []), *_kind_words(ctx, name)):
            if d.label == "GPE" and d.kind == "country or group":
                break  # a place's name says only where it is: "United States" is no football "United"
            d.group = d.group if d.group != "unknown" else role_group(other, name=True)
        if d.group == "unknown" and d.label == "GPE" and _a_team(ctx, name):
            d.kind, d.group = "organisation", "culture and sport"  # "Birmingham have confirmed": the club
        elif d.group == "unknown" and d.label in {"GPE", "ORG"} and _a_company(ctx, name):
            d.kind, d.group = "organisation", "business"  # "Electrolux chief executive Hans Straberg", "Amex shares"
        if d.group == "unknown" and d.label == "GPE" and known_body(name) is None:
            # "Phoenix said": its government (not a known body the tagger took for a place: "Gazprom")
            d.group = _role_lexicon_data()["place_default"]


_ORDINARY = "ordinary person or witness"
#: A body's relation to another firm, written with a kin word: "American Airlines' parent", "parent group".
_CORPORATE_KIN = frozenset({"parent", "parents", "sister", "subsidiary"})


def _body_of_people(role: str, ctx: _Context) -> str:
    """The group of a body whose description reads as ordinary people: a body named for the people it is
    for is their pressure group ("Supporters' group", "immigrants' group": civil society); a kin word is a
    firm's relation to another ("American Airlines' parent": business); any other (a member of the public
    is no body: "Warner Brothers", "local") leaves it to the body's name."""
    words = _words(role)
    if any(w in _CORPORATE_KIN for w in words):
        return "business"
    if words and words[-1] in ctx.org_heads:
        return "civil society, NGO, union"
    return "unknown"


def _body_word_glued(ctx: _Context, role: Role, named: list[Mention]) -> bool:
    """Whether role words run straight into a mention of the name and end on a word for a body, not
    for a person ("the Iraqi activist group Mosul Eye"; not "group chairman John Smith")."""
    last, head = (_words(role[0]) or [""])[-1], _head_word(ctx, *role[:3])
    glued = any(m.start > role[2] and not ctx.text[role[2] : m.start].strip() for m in named)
    # not "founder of the CGA consultancy Jeanne-Marie Gescher": a body after a preposition is someone's
    owned = _OF_BEFORE.search(ctx.text[max(0, role[1] - 12) : role[1]]) is not None
    return glued and not owned and last == head and last in ctx.org_heads and not ctx.is_person_word(last)


_OF_BEFORE = re.compile(r"\b(?:of|at|for|from|with|by)\s+$", re.IGNORECASE)


def _spans_of(ctx: _Context, name: str, named: list[Mention], said: list[Quote]) -> list[tuple[int, int]]:
    """Where a speaker's own name stands as the words its quotes hang on; when no quote hangs on the
    name itself (all on "he", "it"), every place the article names it."""
    own = [
        (a, b)
        for q in said
        if (a := q.speaker_start) is not None and (b := q.speaker_end) is not None and ctx.text[a:b] == name
    ]
    return own or [(m.start, m.end) for m in named if m.text == name]


def _not_they(ctx: _Context, said: list[Quote]) -> list[Quote]:
    """The quotes that do not hang on "they": the words that name who speaks ("Democrats also described
    ... They said"), a "they" being only what the resolver carried on from them."""
    return [q for q in said if q.speaker_start is None or ctx.text[q.speaker_start : q.speaker_end].lower() != "they"]


def _many_of_one(ctx: _Context, name: str, role: Role) -> bool:
    """Whether one name stands in apposition to "the" and a plural common noun ("Rockstar Games, the makers
    of Manhunt"): many people under one name are a body (not "Kyle Cooper, at Citigroup Global Markets",
    whose plural is a name's; not "both candidates", a pair)."""
    if not role[0].lower().startswith("the ") or a_described_pair(name, ctx.is_person_word):
        return False
    i, j = ctx.ix.tokens(role[1], role[2])
    j = next((k for k in range(i + 1, j) if ctx.doc[k].lower_ in {"of", "for", "at", "in", "behind"}), j)
    return j > i and ctx.doc[j - 1].tag_ == "NNS"


def _short_for_a_body(ctx: _Context, name: str) -> bool:
    """Whether a one-word name tagged as a person's is the short form of an organisation the article
    names in full ("Virgin" after "Virgin Radio", tagged ORG): no first name, no person of the article
    with that surname, no title or honorific before it anywhere, and an organisation name it begins
    (with a word for a body or a firm's last word ending it, or given a kind-of-body word before it)."""
    if " " in name or first_name_gender(name) is not None:
        return False
    if any(e.endswith(f" {name}") and _label(ms) == "PERSON" for e, ms in ctx.named.items()):
        return False  # "Stanley" after "John Stanley": his surname
    if _honorific_before(ctx, name):
        return False
    return any(
        role_group(longer, name=True) != "unknown" or described_before_name(ctx, ctx.named[longer]) is not None
        for longer in _longer_org_names(ctx, name)
    )  # ("Shanda" after "Chinese online game operator Shanda Interactive Entertainment")


def _a_persons_marks(ctx: _Context, name: str) -> bool:
    """Whether the article marks a name as a person's: a confident first name, "he" or "she" for it, or
    an honorific before it ("Mr", "Dr")."""
    if first_name_gender(name) is not None or ctx.pronouns.get(name) or ctx.speakers.gender_offsets.get(name):
        return True
    return _honorific_before(ctx, name)


def _honorific_before(ctx: _Context, name: str) -> bool:
    """Whether the article writes an honorific before the name or its last word ("Ms Holdings" after
    "Sarah Holdings")."""
    surname = rf"(?:{re.escape(name)}|{re.escape(name.split()[-1])})" if " " in name else re.escape(name)
    return re.search(rf"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lady|Lord)\.?\s+{surname}\b", ctx.text) is not None


#: A name in capitals, three to six letters: an acronym ("RSA", "NIESR").
_CAPITALS = re.compile(r"[A-Z]{3,6}")


def _a_bodys_marks(ctx: _Context, name: str) -> bool:
    """Whether the article writes a name as a body's and never as a person's: in capitals ("RSA warned";
    not a post, "MEP", nor letters after a name, "Tom McCabe MSP"), or with a company's officers, shares
    or profits ("Jarvis shares", "shares in Novartis"), and with no first name, pronoun or honorific of a
    person."""
    if name.lower() in _paper_words() and re.search(rf"\b[Tt]he {re.escape(name)}\b", ctx.text):
        # "The Chronicle says he was arrested": a newspaper's word alone, tagged a person's (the "he" of
        # its report is someone else's)
        return True
    words = name.split()
    if len(words) > 1 and words[-1].lower().rstrip(".") in _company_name_heads():
        # "Dick Clark Productions", "Smith Holdings": a firm named for a person, tagged a person's (not
        # "Sarah Holdings ... Ms Holdings said": a person's surname)
        return not _honorific_before(ctx, name)
    if _a_persons_marks(ctx, name):
        return False
    acronym = _CAPITALS.fullmatch(name) is not None and not ctx.is_person_word(name.lower())
    if acronym and re.search(rf"\b[A-Z][\w'’-]*\s+{re.escape(name)}\b", ctx.text):
        acronym = False  # "Tom McCabe MSP": letters after a name are that person's post
    return acronym and name.lower() not in _party_members() or _a_company(ctx, name)


#: A relative clause for one person right after a name, its verb singular: "Montell Figgins, who represents
#: Thomas" (not a band or a group with a plural verb, as British English writes them: "Migration Watch, who
#: come", nor a past tense, which tells neither: "Franz Ferdinand, who shot").
_WHO_AFTER = re.compile(r",\s+who\s+(?:is|was|has|does|[a-z]+[^s\W]s)\b")


def _who_after(ctx: _Context, named: list[Mention]) -> bool:
    """Whether a person's relative clause ("who ...") follows a mention of a name the tagger took for a body's."""
    return any(_WHO_AFTER.match(ctx.text, m.end) for m in named)


def _body_of(ctx: _Context, name: str) -> bool:
    """Whether a name opens with an organisation's head and "of" ("Office of the Deputy Prime Minister",
    "Department of Health"): a body named for what it serves, never a person's name."""
    words = _words(name)
    return len(words) > 2 and words[0] in ctx.org_heads and words[1] == "of" and name[:1].isupper()
