"""One ``Speaker`` for a name credited with quotes: its kind, role, role group, gender, and how
much and where it is quoted, from the other modules of this package."""

from __future__ import annotations

import re
from functools import cache

from analysis.extract.sources.antecedents import person_just_named
from analysis.extract.sources.bodies import (
    _earlier_issuer,
    _employer_decides,
    _employer_group,
    _issuer_group,
    _its_body,
    _owners_unit,
    _spokesperson_named_elsewhere,
    _the_articles_body,
)
from analysis.extract.sources.context import Role, _Context
from analysis.extract.sources.descriptions import (
    _crowd_of,
    _described_by,
    _earlier_indefinite,
    _fronted_description,
    _introduced_person,
    _job_and_hometown,
    _lead_introduced,
    _lead_introduced_person,
    _next_sentence_description,
    _party_plural,
    _plural_role,
    _previous_sentence_description,
    _quantified,
    _said_as_the,
    _says_what,
    _titled_person,
    _voice_of,
)
from analysis.extract.sources.gender import _gender, first_name_gender
from analysis.extract.sources.groups import _kin_of, _kin_role, _staff_post, known_body, role_group
from analysis.extract.sources.kinds import (
    _ASKED_AFTER,
    _BIGGEST,
    _author,
    _definite,
    _head_word,
    _kind_of_words,
    _share_group,
    _share_of_people,
    _those_asked,
    called_he_or_she,
    called_it,
    office_of_body,
)
from analysis.extract.sources.lexicons import (
    _document_heads,
    _known_names,
    _party_members,
    _peer_titles,
    _role_lexicon,
    _role_lexicon_data,
    _trade_heads,
)
from analysis.extract.sources.members import members_of_a_committee
from analysis.extract.sources.missed_names import missed_full_name
from analysis.extract.sources.names import (
    _ONE_NATIONAL,
    _a_company,
    _a_persons_name,
    _a_team,
    _expanded,
    _full_name,
    _kind_words,
    _longer_names,
    _longer_org_names,
    _named_body,
    _own_head,
    _people_plural,
    _spelled_out,
    _they_for_one,
    _titled_surname,
    a_bodys_word,
)
from analysis.extract.sources.pairs import (
    a_described_pair,
    one_of_a_pair,
    pair_before_they,
    pair_for_their_they,
    they_for_a_described_pair,
)
from analysis.extract.sources.roles import _role_of_person, _title_glued
from analysis.extract.sources.words import (
    _ENTITY_KIND,
    _POSSESSIVE,
    _POSSESSOR,
    _SPLIT,
    _SUBJECT_DEPS,
    _label,
    _singular,
    _words,
)
from analysis.records import Mention, Quote, Speaker

#: Story groups (``context_heads``) in which a post at the top of a body is the club's or the show's.
_STORIES_OF_CLUBS = frozenset({"culture and sport", "arts"})


#: A title written after a name that the quote rules kept in the speaker's name ("Frank Field MP")
#: but the tagger left out of the person's name ("Frank Field").
_POSTNOMINAL_END = re.compile(r"\s+(?:QC|KC|MP|MEP|MSP|AM|MLA|TD)$")


#: Only a comma between a name and its apposition: "Diageo, the world's biggest spirits company".
_COMMA_ONLY = re.compile(r"\s*,\s*")


#: A possessive and one word after it: "Trump's Son" (a relative of the person named).
_OWNER_KIN = re.compile(r"\w['’]s\s+[\w-]+$")


def _short_for_a_body(ctx: _Context, name: str) -> bool:
    """Whether a one-word name tagged as a person's is the short form of an organisation the article
    names in full ("Virgin" after "Virgin Radio", tagged ORG): no first name, no person of the article
    with that surname, no title or honorific before it anywhere, and an organisation name it begins
    (with a word for a body or a firm's last word ending it, or given a kind-of-body word before it)."""
    if " " in name or first_name_gender(name) is not None:
        return False
    if any(e.endswith(f" {name}") and _label(ms) == "PERSON" for e, ms in ctx.named.items()):
        return False  # "Stanley" after "John Stanley": his surname
    if re.search(rf"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady)\.?\s+{re.escape(name)}\b", ctx.text):
        return False
    return any(role_group(longer, name=True) != "unknown" for longer in _longer_org_names(ctx, name))


def _body_of(ctx: _Context, name: str) -> bool:
    """Whether a name opens with an organisation's head and "of" ("Office of the Deputy Prime Minister",
    "Department of Health"): a body named for what it serves, never a person's name."""
    words = _words(name)
    return len(words) > 2 and words[0] in ctx.org_heads and words[1] == "of" and name[:1].isupper()


def _speaker(ctx: _Context, name: str, said: list[Quote]) -> Speaker:
    text = ctx.text
    named = ctx.named.get(name, [])
    if not named and (bare := _POSTNOMINAL_END.sub("", name)) != name:
        named = ctx.named.get(bare, [])  # "Former welfare minister Frank Field MP said": Frank Field's mentions
    label = _label(named)
    role: Role | None = None
    group: str | None = None
    inside_people: list[Mention] = []
    start = end = None
    spelled = _spelled_out(ctx, name) if label is not None else None
    full: str | None = None  # the full name of a person the speaker is the surname of
    if spelled is not None and spelled[1] == "ORG":
        label = "ORG"  # "Entertainment and Leisure Software Publishers Association (Elspa)", Elspa tagged PERSON
    if label is not None:
        kind = _ENTITY_KIND[label]
        low = name.lower()
        if low in ctx.party_names or low.removeprefix("the ") in ctx.party_names:
            kind = "organisation"  # "Labour said", whatever the tagger took it for
        elif kind == "organisation" and any(re.search(rf"\b{re.escape(g)}\b", low) for g in ctx.group_names):
            # whole words: "eta" is in "Monetary", "ira" in "Miramax"
            kind = "country or group"
        elif kind == "country or group" and low in _party_members() and _said_as_the(ctx, name, said):
            kind = "named person"  # "The Republican is also encouraging his supporters": one person
        elif kind == "country or group" and low in _party_members() and _party_plural(ctx, _not_they(ctx, said)):
            # "Republicans said" (and "They also said"), credited as "Republican": the party
            kind = "organisation"
        elif kind != "named person" and _a_persons_name(ctx, name):
            kind = "named person"  # "Deutsche Bank's Simon Champion", "Dr. Connie Mariano", tagged ORG or GPE
        elif label in {"NORP", "ORG"} and _ONE_NATIONAL.fullmatch(name) and _said_as_the(ctx, name, said):
            kind = "named person"  # "the Dutchman said", "the Australian added": one person, by nationality
        elif kind == "organisation" and label == "ORG" and _people_plural(ctx, name):
            kind = "country or group"  # "MPs said", tagged ORG: members of a body, not the body
        elif kind != "named person" and _OWNER_KIN.search(name) and _words(name)[-1] in ctx.kin_words:
            kind = "named person"  # "Trump's Son", tagged ORG: one relative of someone named, a person
        elif kind == "named person" and len(name.split()) > 1 and _words(name)[-1] in ctx.org_heads:
            kind = "organisation"  # "Equity Association" tagged PERSON
        elif kind == "named person" and label == "PERSON" and a_bodys_word(ctx, name):
            kind = "organisation"  # "Research from Halifax ... suggests", "Research" tagged PERSON
        elif kind == "named person" and _body_of(ctx, name):
            kind = "organisation"  # "Office of the Deputy Prime Minister" tagged PERSON: a department
        elif kind == "country or group" and (
            low in ctx.party_names
            or low.removeprefix("the ") in ctx.party_names
            or low.rsplit(" ", 1)[-1] in ctx.org_heads
        ):
            kind = "organisation"  # "the Tories", "Democrats": parties; "International Monetary Fund"
        if kind == "named person" and label == "PERSON" and _short_for_a_body(ctx, name):
            kind = "organisation"  # "Virgin says" after "UK broadcaster Virgin Radio": the body, tagged PERSON
        body = known_body(name)
        if body is not None and (label != "PERSON" or len(name.split()) > 1 or first_name_gender(name) is None):
            kind = body[0]  # "Manchester United said", tagged PERSON: a body the lexicon knows
        full = _full_name(ctx, name) if label in {"PERSON", "ORG"} else None
        if full is not None and kind == "organisation" and label == "ORG" and role_group(name, name=True) == "unknown":
            kind = "named person"  # "De Blasio said", tagged ORG, after "Mayor Bill de Blasio"
        role = _role_of_person(ctx, named, any_label=kind != "named person" or label != "PERSON") or _described_by(
            ctx, named, said
        )
        if role is None and full is not None and kind == "named person":
            role = _role_of_person(ctx, ctx.named[full], any_label=True)  # the title at the full name
        if role is None and kind == "organisation":
            role = _lead_introduced(ctx, named)  # "a shareholder fund voiced opposition ... || TCI, which ..."
        if role is None and kind == "named person" and label == "NORP":
            role = _said_as_the(ctx, name, said) or None  # "The Republican"
        if role is None and kind == "named person":
            role = _next_sentence_description(ctx, named)
        if role is None and kind == "named person":
            role = _previous_sentence_description(ctx, named)
        if role is None and kind == "named person":
            role = _fronted_description(ctx, name, named)
        if role is None and kind == "named person":
            role = ctx.descriptions().get(name)
        if role is None and kind == "named person":
            role = _lead_introduced_person(ctx, named)  # "UKIP have suspended a candidate ... || John Houston"
        if role is None and kind == "named person":
            role = _introduced_person(ctx, named)  # mid-article: "a doctor treating ... || said Bruno Willems"
        if role is None and kind == "named person":
            # "Balco boss Victor Conte", tagged whole as an ORG
            role = _title_glued(ctx, name) or (_title_glued(ctx, full) if full else None)
        if role is None and label == "PERSON" and " ".join(_words(name)) in _role_lexicon()[0]:
            # the tagger took a title or an institution for a person: "Lord Chancellor", "Downing Street"
            at = next((m for m in named if m.text == name), named[0] if named else None)
            if at is not None:
                role = name, at.start, at.end, True
                if not any(ctx.is_person_word(w) for w in _words(name)):
                    kind = "organisation"  # "Downing Street said": the office, not a person
        if kind != "named person" and role is not None:
            head = _head_word(ctx, *role[:3])
            person = head is not None and ctx.is_person_word(head) and head not in ctx.org_heads
            owner = _POSSESSIVE.search(role[0]) is not None and _words(name)[-1] in ctx.org_heads
            if person and _ranked_trade(head, role[0]):
                person = False  # "Nigeria is ... the world's fourth-largest cocoa producer": ranked by size, no person
            if person and not _plural_role(ctx, role) and not owner:
                # (not "The Actors'" of "The Actors' Equity Association": a possessive before a body's
                # name is part of that name, no description of a person)
                kind = "named person"  # "Mary Fox, the chief executive of Tesco", tagged ORG
            elif (
                kind == "country or group"
                and head in ctx.org_heads
                and (label != "GPE" or head not in ctx.state_heads)
                and not members_of_a_committee(text, name)  # "The MPs said", described as the committee: its members
            ):
                # "Game maker Valve", tagged NORP; "Titan, a California-based company", tagged GPE (but
                # "the government" of a place is the place acting)
                kind = "organisation"
        elif (
            kind == "named person"
            and role is not None
            and role[3]
            and not _POSSESSIVE.search(role[0])
            and not _title_and_persons_name(ctx, name, named)
        ):
            # (not "Deutsche Bank's Simon Champion": a possessive says whose the person is; not
            # "Broadcaster Chris Evans", whose "Chris Evans" the tagger names a person elsewhere)
            head = _head_word(ctx, *role[:3])
            # the description's last word too: the parse may root "UK think-tank" on "UK"
            last = (_words(role[0]) or [None])[-1]
            if (
                (head in ctx.org_heads or last in ctx.org_heads)
                and not ctx.is_person_word(head)
                or _plural_role(ctx, role)
            ):
                kind = "organisation"  # "US supermarket group Winn-Dixie", "technology analysts Gartner"
        elif (
            kind == "named person"
            and role is not None
            and not role[3]
            and first_name_gender(name) is None
            and any(_COMMA_ONLY.fullmatch(text, m.end, role[1]) for m in named if m.end <= role[1])
        ):
            # "Diageo, the world's biggest spirits company", Diageo tagged PERSON: an apposition right
            # after the name whose head is a word for a body (not for a person) says the name is that
            # body's (not "founder of the CGA consultancy Jeanne-Marie Gescher": no apposition)
            head = _head_word(ctx, *role[:3])
            if head in ctx.org_heads and not ctx.is_person_word(head) or _many_of_one(ctx, name, role):
                kind = "organisation"  # (or "Rockstar Games, the makers of Manhunt": one name, many people)
        if body is not None and (label != "PERSON" or len(name.split()) > 1 or first_name_gender(name) is None):
            kind = body[0]  # a known body stays one whatever role words the parse found near it
        if kind in {"named person", "organisation"} and one_of_a_pair(ctx, name, label, said):
            # "chief executive William Harrison and chief operating officer James Dimon said", "Princes
            # William and Harry said": two voices together, a group with no one gender
            kind = "country or group"
        office = office_of_body(ctx, name, _spans_of(ctx, name, named, said)) if body is None else None
        if office is not None and kind in {"organisation", "country or group"}:
            # "The Lib Dem leader said", credited to "Lib Dem"; "The MEP said", tagged ORG: one person
            kind, role = ("named person" if office[3] else "unnamed person"), (*office[:3], False)
        elif kind == "named person" and label in {"PERSON", "ORG"} and called_it(ctx, name, named, said):
            kind = "organisation"  # "Highfield said that it intends to take the firm private": a body is "it"
        elif kind == "organisation" and label == "ORG" and body is None and called_he_or_she(ctx, name):
            kind = "named person"  # "Sloncek said ... he said": the tagger took a person's name for a body's
        if kind != "named person":
            # An organisation's own description ("handset giant Nokia") or its name decides.
            group = role_group(role[0], role[3], ctx.story) if role else "unknown"
            if role and _own_head(role[0], name) and role_group(name, name=True) != "unknown":
                group = role_group(name, name=True)  # "the bank" of the Bank of England: the name decides
            # a short name that begins a longer one the article uses is that body ("Bank" for the
            # "Bank of England", "Sun" for "Sun Microsystems"): the longer name first
            for other in (*_longer_names(ctx, name), name, *([spelled[0]] if spelled else []), *_kind_words(ctx, name)):
                if label == "GPE" and kind == "country or group":
                    break  # a place's name says only where it is: "United States" is no football "United"
                group = group if group != "unknown" else role_group(other, name=True)
            if group == "unknown" and label == "GPE" and _a_team(ctx, name):
                kind, group = "organisation", "culture and sport"  # "Birmingham have confirmed": the club
            elif group == "unknown" and label in {"GPE", "ORG"} and _a_company(ctx, name):
                kind, group = "organisation", "business"  # "Electrolux chief executive Hans Straberg", "Amex shares"
            if group == "unknown" and label == "GPE":
                group = _role_lexicon_data()["place_default"]  # "Phoenix said": its government
    else:
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
        start, end = (own.speaker_start, own.speaker_end) if own else (None, None)
        if own is None and (at := text.find(name)) >= 0:
            start, end = at, at + len(name)  # reached through "which", "who": the words themselves
        kind = _kind_of_words(ctx, name, start, end)
        if kind in {"anonymous", "unnamed person"} and a_described_pair(name, ctx.is_person_word):
            kind = "country or group"  # "The two voters", "both candidates": an identified pair, not unnamed people
        if kind == "anonymous" and members_of_a_committee(text, name):
            kind = "country or group"  # "MPs said" of what "the Public Accounts Committee found": its members
        if kind == "anonymous" and _plural_then_name(ctx, name, end):
            kind = "organisation"  # "according to analysts Nielsen//NetRatings": the firm so described
        if (body := known_body(name)) is not None:
            kind = body[0]  # "Mobile PC said", a magazine the tagger missed
        elif kind in {"named person", "unnamed person"} and _a_bare_name(name) and called_it(ctx, name, [], said):
            kind = "organisation"  # "Five admitted it had sent out 55,000 packs": a body the tagger missed
        if start is not None and end is not None and kind not in {"unknown"}:
            inside = inside_people = [
                m
                for m in ctx.speakers.mentions_in(start, end)
                if m.label == "PERSON" and not _POSSESSOR.match(text, m.end)
            ]
            if inside and inside[0].start > start:
                # "Shadow leader of the Commons Oliver Heald": the words before the name.
                b = inside[0].start
                role = (text[start:b].strip(), start, start + len(text[start:b].rstrip()), True)
            elif not inside and (kind != "named person" or _says_what(ctx, name)):
                role = (name, start, end, False)  # not "Mr Cable": a name is no role
            elif inside and inside[0].entity and inside[0].entity not in name and role_group(name) != "unknown":
                # "The Lord Chancellor, Lord Falconer, said": the tagger ran the title into the name
                role = (name, start, end, True)
        named_after = _named_after_title(ctx, start, end) if kind == "unnamed person" else None
        if named_after is not None and start is not None:
            # "said Nortel president and chief executive Bill Owens", the quote rules keeping only
            # "Nortel president": the titles run on to the name of the one person they are
            kind, inside_people = "named person", [named_after]
            words_end = start + len(text[start : named_after.start].rstrip())
            role = (re.sub(r"\s+", " ", text[start:words_end]), start, words_end, True)
        if kind == "unnamed person" and _named_next_also(ctx, name, start, end):
            # "A chief constable has backed ... Norfolk police chief Andy Hayman also warned": a lead's
            # indefinite description that the next sentence names, "also" carrying the same actor on
            kind = "named person"
        if kind == "unnamed person" and start is not None and ctx.in_title(start) and _lead_names_someone(ctx):
            # "Woman Reveals Stunning Thing ...", "mom speechwriter reveals": a headline's description of
            # the person the story opens by naming
            kind = "named person"
        tagged = _party_tag_of(ctx, name, start)
        if tagged is not None:
            # "Speaker of the House Rep. Paul Ryan (R-WI) said", the quote rules keeping "R-WI": the
            # party and state in brackets after a name are that person's
            kind, inside_people = "named person", [tagged]
            role = _role_of_person(ctx, ctx.named.get(tagged.entity or "", [tagged]), any_label=True)
        elif kind == "unnamed person" and _titled_surname(name) and (titled := _full_name(ctx, name)) is not None:
            # "Prof Gellhorn said" after "Ernest Gellhorn, an anti-trust law professor", the tagger
            # missing the surname after the title: the one person named in full with that surname
            kind, inside_people = "named person", ctx.named[titled]
            role = (name, start, end, True) if start is not None and end is not None else None
            role = _role_of_person(ctx, inside_people, any_label=True) or role
        if name in ctx.surnames and kind == "named person":
            full = ctx.surnames[name]
            role = _role_of_person(ctx, ctx.named.get(full, []))
        elif kind == "named person" and role is None and not inside_people and start is not None and end is not None:
            # a name the tagger missed ("Theresa May", taken for a date): its apposition or title
            # still says what the person is ("Theresa May, shadow secretary for the family, told")
            missed = missed_full_name(ctx, name, start)  # "D’Souza": the title at "Dinesh D’Souza"
            role = _role_of_person(ctx, [Mention(start, end, name, "PERSON", name), *([missed] if missed else [])])
            if (
                role is not None
                and not role[3]
                and _plural_role(ctx, role)
                and not a_described_pair(name, ctx.is_person_word)
            ):
                kind = "organisation"  # "Rockstar Games, the makers of Manhunt, has said": one name, many people
        elif kind == "unnamed person" and name.isalpha() and name[:1].isupper():
            # "Hare told ...": the surname of someone named in full, whom the tagger took for an
            # organisation ("former England full-back Dusty Hare")
            full_names = [e for e in ctx.named if e.endswith(f" {name}")]
            if len(full_names) == 1:
                kind, inside_people = "named person", ctx.named[full_names[0]]
                role = _role_of_person(ctx, ctx.named[full_names[0]], any_label=True)
        author = _author(ctx, name, start, end) if kind in {"organisation", "unnamed person", "anonymous"} else None
        if author is not None:
            # the person's own book, brief or report: their words, their role and evidence
            kind, inside_people = "named person", ctx.named[author]
            role = _role_of_person(ctx, inside_people, any_label=True)
        if (
            role is not None
            and start is not None
            and kind in {"anonymous", "unnamed person"}
            and role_group(role[0]) == "unknown"
            and (earlier := _earlier_indefinite(ctx, name, start)) != "unknown"
        ):
            group = earlier  # "the source" after "A Labour source told the Sunday Times"
        if kind == "anonymous" and (_share_of_people(name) or _those_asked(ctx, _words(name), end)):
            group = _share_group(ctx, name)  # "Almost a quarter" of those polled: ordinary people
            if _those_asked(ctx, _words(name), end) and start is not None and end is not None:
                asked = _ASKED_AFTER.match(text, end)
                role = (text[start : asked.end()] if asked else name, start, asked.end() if asked else end, False)
        if kind in {"organisation", "country or group"}:
            group = role_group(name)
            if group == "unknown":
                group = role_group(_expanded(ctx, name))  # "The FAO report", the Food & Agriculture Organisation's
            if group == "unknown" and role is not None and role[0] != name:
                group = role_group(role[0])  # "Rockstar Games, the makers of Manhunt": its apposition's
            if group == "unknown" and kind == "organisation":
                group = _employer_group(ctx, name)  # "a rival in IBM": the body its words name
            if group == "unknown":
                group = role_group(name, story=ctx.story)  # "the committee" in a story about MPs
            for longer in _longer_org_names(ctx, name) if group == "unknown" else []:
                group = group if group != "unknown" else role_group(longer, name=True)  # "Peabody Energy"
            body = _named_body(ctx, name) if kind == "organisation" and _definite(name) else None
            if body is not None:
                # "the fund" of an article about the IMF; a name that says nothing ("Walt Disney
                # Company") leaves what the description itself says ("the company": a firm)
                placed = role_group(body, name=True)
                if placed == "unknown" and (known := known_body(body)) is not None:
                    placed = known[1]
                group = placed if placed != "unknown" else group
            if group == "unknown" and end is not None and _head_word(ctx, name, start, end) in _document_heads():
                group = _issuer_group(ctx, end)  # "a report published by UK-based research consultancy Analysys"
            if group == "unknown" and start is not None and _definite(name):
                group = _earlier_issuer(ctx, name, start)  # "the report" after "a World Bank report"
    if group is None:
        # the role's words, short names of bodies written out ("head of the NHTCU")
        words = _expanded(ctx, role[0]) if role else ""
        group = role_group(words, role[3], ctx.story) if role else "unknown"
        if (
            role
            and kind in {"named person", "unnamed person"}
            and role_group(words, False, ctx.story, generic=False) == "unknown"
        ):
            # only a generic head ("spokesperson", "director", "head of"): the body the role names
            # decides when the article or the lexicon places it ("a Google spokesperson", "head of
            # Preventon", the "net security firm Preventon"); written as a title, before the title's
            # default ("Diageo North America president Ivan Menezes" is the spirits firm's, not a
            # head of state's: the default stays for a title no placed body stands in)
            body = _employer_group(ctx, words)
            if body == "unknown" and kind == "unnamed person":
                body = _spokesperson_named_elsewhere(ctx, role[0])  # "his spokesman", the article's one
            if body == "unknown":
                body = _its_body(ctx, role[0], role[1])  # "said its chairman" after "The QCA said"
            if body == "unknown":
                body = _the_articles_body(ctx, role[0])  # "chief executive Tom Glocer" of "media group Reuters"
            group = body if body != "unknown" else group
        elif (
            role
            and kind in {"named person", "unnamed person"}
            and (not set(ctx.story) & _STORIES_OF_CLUBS or _body_after_post(words))
            and not ("politics" in ctx.story and _staff_post(_words(role[0]), _words(role[0])))
            and _employer_decides(ctx, words)
        ):
            # a post at the top of a body the article places: the body's field ("the chief
            # executive of Ora Media", a TV production company, is media, not business). In a
            # sports or arts story only with the body after the post ("chief executive of the UK
            # Film Council"): that story's own rule reads a post after a name as the club's or the
            # festival's ("Chelsea chief executive", "Segas chairman")
            body = _employer_group(ctx, words)
            group = body if body != "unknown" else group
        elif role and kind in {"named person", "unnamed person"} and (its := _its_body(ctx, *role[:2])) != "unknown":
            group = its  # "its chief executive" after "Mittal Steel said": that body's
        elif role and kind in {"named person", "unnamed person"} and not set(ctx.story) & _STORIES_OF_CLUBS:
            # a bare post at the top of a body ("chief executive Tom Glocer"): the article's own body's
            body = _the_articles_body(ctx, role[0])
            group = body if body != "unknown" else group
        if role and kind in {"named person", "unnamed person"} and (owner := _owners_unit(ctx, role[0])) != "unknown":
            group = owner  # "at Ericsson's consumer and enterprise lab": the firm's, not a lab's
        if role and kind in {"named person", "unnamed person"} and _job_and_hometown(ctx, role):
            group = "ordinary person or witness"  # "an information manager from Newcastle": a member of the public
    # A description with the name inside ("Shadow leader of the Commons Oliver Heald") takes the
    # named person's evidence.
    who = next((m.entity for m in inside_people if m.entity), name) if inside_people else name
    if label is None and kind == "named person" and not inside_people and start is not None:
        # A description standing in apposition right after a name ("Mr Prettejohn, Lloyd's chief
        # executive said", the quote rules taking the description as the speaker): that person's.
        beside = [
            m
            for m in ctx.speakers.mentions_in(max(0, start - 80), start)
            if m.label == "PERSON" and m.entity and text[m.end : start].strip() == ","
        ]
        who = beside[-1].entity if beside else who
        if who == name:
            # a description the article uses for one person it names ("the industry minister ...
            # said ... B. Satyanarayana said he expected"): that person's evidence
            who = next((w for w, r in ctx.descriptions().items() if r[0].lower() == name.lower()), name)
        if who == name and _definite(name):
            # "the Tory leader" where the article has "Tory leader Michael Howard": the one person the
            # article gives that title is the one the description stands for
            who = _titled_person(ctx, name) or name
        if who == name:
            # "Hazel Blears said ... 'The threat ...,' the Salford MP told the committee": the one
            # person just named, of the same kind of post, whose gender the article gives
            who = person_just_named(ctx, name, start) or name
    if full is None and kind == "named person" and who == name and _titled_surname(name):
        full = _full_name(ctx, name)  # "Chief Supt Deats": Mick Deats
    if full is not None and kind == "named person" and who == name and _label(ctx.named[full]) == "PERSON":
        who = full  # the pronouns and honorifics of "Henk Ten Cate" are those of "Cate"
    many = _quantified(ctx, said) if label is not None else None
    if many is not None:
        # "But many Democrats say ...": an unnamed plural, however the tagger named it
        kind, role, group, who = "anonymous", many, role_group(many[0]), name
    if label is not None and kind in {"organisation", "country or group"} and _they_for_one(ctx, name, said):
        # "they say" resolved to "West Virginia", "the FBI": the voice is an unnamed plural the
        # article does not name here. A body's people keep its field ("Congress": politicians); a
        # place's people may be anyone (traders, critics, aides), so their group is not known
        group = group if kind == "organisation" else "unknown"
        kind, role = "anonymous", None
    pair = pair_before_they(ctx, start) if kind == "unknown" and name.lower() == "they" and start is not None else None
    if pair is None and label is not None:
        pair = pair_for_their_they(ctx, said)  # "Howard and Redwood launched ... They say", resolved to "Tories"
    if pair is not None:
        # "Tony Blair and Gordon Brown are desperately trying ... they are insisting": the two together; their
        # group when the known people's list gives both the same one
        groups = {_known_names()[1].get(p) or _pair_member_group(ctx, p) for p in pair}
        kind, role = "country or group", None
        group = groups.pop() if len(groups) == 1 and None not in groups else "unknown"
    elif kind in {"unknown", "anonymous", "organisation"} and they_for_a_described_pair(ctx, said):
        # "attempts by both men to play down the divisions ... Even as they were both insisting": the pair the
        # article described, whoever the resolver gave the "they" to; its group is the one found so far
        kind, role = "country or group", None
    described = label is None and kind in {"named person", "unnamed person"} and who == name
    where = (start, end) if described and start is not None and end is not None else None
    voice = _voice_of(ctx, said) if kind == "organisation" else None
    if voice is not None:
        # "A Department for Work and Pensions spokeswoman said", the quote hung on "Department":
        # the spokeswoman speaks, an unnamed person.
        kind, role, where = "unnamed person", (re.sub(r"\s+", " ", text[voice[0] : voice[1]]), *voice, False), voice
        group = role_group(_expanded(ctx, role[0]))
        if role_group(_expanded(ctx, role[0]), generic=False) == "unknown":
            # "an Eton spokesperson" (credited to "Eton"): a generic post's body decides, as for any
            # unnamed person's, before the post's default
            served = _employer_group(ctx, _expanded(ctx, role[0]))
            group = served if served != "unknown" else group
    crowd = _crowd_of(ctx, said) if voice is None and kind in {"organisation", "country or group"} else None
    if crowd is not None:
        # "Lib Dem officials say", the quote hung on "Lib Dem": the body's unnamed people speak
        kind, role = "anonymous", (re.sub(r"\s+", " ", text[crowd[0] : crowd[1]]), *crowd, False)
        group = role_group(_expanded(ctx, role[0]))
    if group == "unknown" and kind in {"organisation", "country or group"} and (body := known_body(name)):
        group = body[1]  # "Microsoft said": a body the article need not describe
    if kind == "named person" and (
        group == "unknown" or (role is not None and (_kin_role(role[0]) or _kin_of(role[0]) is not None))
    ):
        # a well-known person the article gives no role words near (Tony Blair, Tim Henman): the
        # group NewsLens finds for them across the corpus; the role itself stays empty. So too for
        # one the article names only by kin ("his wife" Hillary Clinton, "Mr Howard - himself the son
        # of immigrants"): kin says whose relative the person is, not what they do
        people = _known_names()[1]
        group = people.get(who) or people.get(full or "") or people.get(name) or _known_by_surname(name, text) or group
        if group == "unknown" and role is None and "politics" in ctx.story and _a_peer(ctx, named):
            group = "politician"  # "Lord Falconer said" in a story about parliament: a member of the Lords
    # A story's topic is no evidence of what its people are (a sports story quotes fans, ministers,
    # doctors): a named person with no role words and not known stays unknown.
    gender, evidence = _gender(ctx, who, kind, role[0] if role else None, where)
    places = [q.start for q in said] + [m.start for m in named]
    places += [q.speaker_start for q in said if q.speaker_start is not None]
    paras = [p for p in (ctx.paragraph(q.start) for q in said) if p is not None]
    return Speaker(
        name=name,
        kind=kind,
        role=role[0] if role else None,
        role_start=role[1] if role else None,
        role_end=role[2] if role else None,
        role_group=group,
        gender=gender,
        gender_evidence=evidence,
        quotes=len(said),
        quoted_words=sum(len(q.text.split()) for q in said),
        first_quote_paragraph=min(paras) if paras else None,
        in_headline=any(ctx.in_title(p) for p in places),
        in_lead=any((p2 := ctx.paragraph(p)) is not None and p2 < 2 for p in places),
    )


def _pair_member_group(ctx: _Context, name: str) -> str | None:
    """The role group one of a pair's members has from the role words the article gives them ("Senators
    Charles E. Grassley, Republican of Iowa"); None when it gives none that place them."""
    role = _role_of_person(ctx, ctx.named.get(name, []), any_label=True)
    group = role_group(role[0], role[3], ctx.story) if role else "unknown"
    return None if group == "unknown" else group


def _body_after_post(role: str) -> bool:
    """Whether a role names its body after the post, past a split word ("chief executive of the UK
    Film Council", "head at Fifa"; not "Chelsea chief executive")."""
    words = _words(role)
    return any(w in _SPLIT for w in words[1:-1])


#: A person named as the subject and "also" right after: "Duncan Bannatyne also attacked".
_ALSO_AFTER = re.compile(r"\s+also\b")


def _named_next_also(ctx: _Context, name: str, start: int | None, end: int | None) -> bool:
    """Whether an indefinite description in the lead's first sentence ("A chief constable has
    backed ...", "has prompted a Labour donor to say") is named by the next sentence's subject, a
    person not named before, followed by "also" ("Norfolk police chief Andy Hayman also warned")."""
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
        return not earlier and _ALSO_AFTER.match(ctx.text, m.end) is not None
    return False


def _lead_names_someone(ctx: _Context) -> bool:
    """Whether the first sentence after the headline names a person as its subject ("Betsy Sharp of
    Burke County, Georgia, knows Donald Trump in a way few other Americans do")."""
    starts = ctx.ix.sent_start_char
    k = next((k for k, a in enumerate(starts) if not ctx.in_title(a)), None)
    if k is None:
        return False
    b = starts[k + 1] if k + 1 < len(starts) else len(ctx.text)
    for m in ctx.speakers.mentions_in(starts[k], b):
        if m.label != "PERSON" and not (m.entity and _a_persons_name(ctx, m.entity)):
            continue  # (a person's name the tagger took for a body: "Betsy Sharp of Burke County")
        i, j = ctx.ix.tokens(m.start, m.end)
        if j > i and ctx.doc[i:j].root.dep_ in _SUBJECT_DEPS:
            return True
    return False


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


#: Words a run of titles may hold besides words for people: "chief", "vice", "deputy".
_TITLE_FILLERS = frozenset({"chief", "vice", "deputy", "acting", "senior", "general", "managing"})


@cache
def _peer_before() -> re.Pattern[str]:
    """A peer's title (``peer_titles`` in the lexicon) ending the text before a name: built once."""
    titles = "|".join(re.escape(t) for t in _peer_titles())
    return re.compile(rf"\b(?:{titles})\s+$")


def _a_peer(ctx: _Context, named: list[Mention]) -> bool:
    """Whether the article writes the person with a peer's title right before one of their names
    ("Lord Falconer", "Baroness Scotland"; ``peer_titles`` in the lexicon)."""
    before = _peer_before()
    return any(
        m.label == "PERSON"
        and (m.text.split(" ", 1)[0] in _peer_titles() or before.search(ctx.text[max(0, m.start - 12) : m.start]))
        for m in named
    )


def _known_by_surname(name: str, text: str) -> str | None:
    """The group of the one known person with this surname whose full name the article writes, when the
    tagger did not tie the two ("Howard" after "Michael Howard is to make a pitch"); None otherwise."""
    if " " in name:
        return None
    people = _known_names()[1]
    written = [p for p in people if p.endswith(f" {name}") and p in text]
    return people[written[0]] if len(written) == 1 else None


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


#: A capitalised name right after a plural: " Gartner", " Nielsen//NetRatings", " Chart-Track".
_NAME_AFTER = re.compile(r"\s+([A-Z][\w/&.-]*[A-Za-z])\b")
#: Capitalised words that are dates, not names: "officials Monday said".
_DATE_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december".split()
)


def _plural_then_name(ctx: _Context, name: str, end: int | None) -> bool:
    """Whether an unnamed plural's words run straight on to a name that is no person's ("analysts
    Gartner", "market analysts Chart-Track", "according to analysts Nielsen//NetRatings"): the plural
    is the kind of firm, the name the firm (not "officials Monday", not "analysts John Smith")."""
    words = _words(name)
    specific = _role_lexicon()[0]
    if end is None or not words or not words[-1].endswith("s") or _singular(words[-1], specific) not in specific:
        return False
    after = _NAME_AFTER.match(ctx.text, end)
    if after is None or after.group(1).lower() in _DATE_WORDS or first_name_gender(f"{after.group(1)} x"):
        return False
    return not any(m.label == "PERSON" for m in ctx.speakers.mentions_in(after.start(1), after.end(1)))


def _spans_of(ctx: _Context, name: str, named: list[Mention], said: list[Quote]) -> list[tuple[int, int]]:
    """Where a speaker's own name stands as the words its quotes hang on; when no quote hangs on the
    name itself (all on "he", "it"), every place the article names it."""
    own = [
        (a, b)
        for q in said
        if (a := q.speaker_start) is not None and (b := q.speaker_end) is not None and ctx.text[a:b] == name
    ]
    return own or [(m.start, m.end) for m in named if m.text == name]


def _a_bare_name(name: str) -> bool:
    """Whether a speaker's words are a capitalised name with no determiner or description ("Five",
    "Highfield"), not "The company" or "A spokesman"."""
    words = name.split()
    return (
        0 < len(words) <= 3
        and all(w[:1].isupper() or w[:1].isdigit() for w in words)
        and (words[0].lower() not in {"the", "a", "an", "this", "that", "one", "another", "his", "her", "its", "their"})
    )


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
