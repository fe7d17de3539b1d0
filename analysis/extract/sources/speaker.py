"""One ``Speaker`` for a name credited with quotes: its kind, role, role group, gender, and how
much and where it is quoted, from the other modules of this package.

``_speaker`` runs its steps in order on one ``Draft``: for a name the tagger found, its kind, role,
the kind its role words settle and a body's group (``tagged``); for words it did not name, their
kind, role, the person behind them and their group (``untagged``); then the group of a role
(``post_groups``), whose evidence the speaker's gender is, plural voices ("many Democrats say",
"they" for a pair), a body's spokesperson or officials, and a known person's or body's group."""

from __future__ import annotations

import re
from functools import cache

from analysis.extract.sources.antecedents import person_just_named
from analysis.extract.sources.bodies import (
    _employer_group,
)
from analysis.extract.sources.collectives import described_collective
from analysis.extract.sources.context import _Context
from analysis.extract.sources.counted import counted_people
from analysis.extract.sources.descriptions import (
    _crowd_of,
    _quantified,
    _titled_person,
    _voice_of,
)
from analysis.extract.sources.draft import Draft
from analysis.extract.sources.gender import _gender
from analysis.extract.sources.groups import (
    _UK_LAW_OFFICER,
    _WRITING_IN,
    _kin_of,
    _kin_role,
    known_body,
    politician_by_surname,
    role_group,
)
from analysis.extract.sources.kinds import (
    _definite,
)
from analysis.extract.sources.lexicons import (
    _known_names,
    _peer_titles,
)
from analysis.extract.sources.names import (
    _expanded,
    _full_name,
    _spelled_out,
    _they_for_one,
    _titled_surname,
)
from analysis.extract.sources.pairs import (
    pair_before_they,
    pair_for_their_they,
    they_for_a_described_pair,
)
from analysis.extract.sources.post_groups import group_by_role
from analysis.extract.sources.referents import pair_named_before
from analysis.extract.sources.roles import _role_of_person
from analysis.extract.sources.tagged import kind_by_role, tagged_group, tagged_kind, tagged_role
from analysis.extract.sources.untagged import person_behind, words_group, words_kind, words_role
from analysis.extract.sources.words import (
    _SPLIT,
    _label,
    _words,
)
from analysis.records import Mention, Quote, Speaker

#: A title written after a name that the quote rules kept in the speaker's name ("Frank Field MP")
#: but the tagger left out of the person's name ("Frank Field").
_POSTNOMINAL_END = re.compile(r"\s+(?:QC|KC|MP|MEP|MSP|AM|MLA|TD)$")
#: An indefinite description up to the name of whom it serves: "A spokesman for Democratic presidential
#: candidate ", "an aide to Sen. ", "a friend of the late " (the words run on to the name).
_SERVES = re.compile(
    r"\s*(?:a|an|one)\s+(?:[\w.&'’-]+\s+){0,6}?(?:for|to|of|with)\s+(?:[\w.&'’-]+\s+){0,5}$", re.IGNORECASE
)


#: An identified family written with the person it belongs to: "The parents of victim Matthew Grimstone", "the
#: family of Teresa Pawlik" (a country or group, as the labels read "Scott's family"; not the person named in it).
_KIN_OF = re.compile(r"(?:the\s+)?(?:family|families|parents|relatives)\s+of\s+\S", re.IGNORECASE)


def _speaker(ctx: _Context, name: str, said: list[Quote]) -> Speaker:
    named = ctx.named.get(name, [])
    if not named and (bare := _POSTNOMINAL_END.sub("", name)) != name:
        named = ctx.named.get(bare, [])  # "Former welfare minister Frank Field MP said": Frank Field's mentions
    d = Draft(name, said, named, _label(named))
    d.spelled = _spelled_out(ctx, name) if d.label is not None else None
    if d.spelled is not None and d.spelled[1] == "ORG":
        d.label = "ORG"  # "Entertainment and Leisure Software Publishers Association (Elspa)", Elspa tagged PERSON
    steps = (
        (tagged_kind, tagged_role, kind_by_role, tagged_group)
        if d.label is not None
        else (words_kind, words_role, person_behind, words_group)
    )
    for step in steps:
        step(ctx, d)
    if d.kind in {"named person", "unnamed person", "anonymous"} and _KIN_OF.match(name):
        d.kind = "country or group"  # "The parents of victim Matthew Grimstone": his family, not him
    if d.group is None:
        group_by_role(ctx, d)
    if d.group == "unknown" and d.role:
        d.group = described_collective(ctx, d.role)  # "the panel" after "a panel of experts": experts
    counted_people(ctx, d)  # "Some economists say ... But others point out": economists
    _pair_word_group(ctx, d)
    for step in (_evidence_person, _plural_voice, _spoken_for, _known_group, _peer_law_officer):
        step(ctx, d)
    return _record(ctx, d)


def _evidence_person(ctx: _Context, d: Draft) -> None:
    """Whose pronouns, honorifics and gendered words are the speaker's: the person a description names
    or stands for, a surname's full name."""
    name = d.name
    text = ctx.text
    # A description with the name inside ("Shadow leader of the Commons Oliver Heald") takes the
    # named person's evidence.
    inside = next((m for m in d.inside_people if m.entity), None) if d.inside_people else None
    if inside is not None and (
        d.kind != "named person" or (d.start is not None and _SERVES.match(text, d.start, inside.start))
    ):
        # "A spokesman for Democratic presidential candidate Hillary Clinton": the name says whom the
        # speaker serves; her pronouns are hers, not the spokesman's
        inside = None
    d.who = inside.entity if inside is not None and inside.entity else name
    if d.label is None and d.kind == "named person" and not d.inside_people and d.start is not None:
        # A description standing in apposition right after a name ("Mr Prettejohn, Lloyd's chief
        # executive said", the quote rules taking the description as the speaker): that person's.
        beside = [
            m
            for m in ctx.speakers.mentions_in(max(0, d.start - 80), d.start)
            if m.label == "PERSON" and m.entity and text[m.end : d.start].strip() == ","
        ]
        d.who = beside[-1].entity if beside else d.who
        if d.who == name:
            # a description the article uses for one person it names ("the industry minister ...
            # said ... B. Satyanarayana said he expected"): that person's evidence
            d.who = next((w for w, r in ctx.descriptions().items() if r[0].lower() == name.lower()), name)
        if d.who == name and _definite(name):
            # "the Tory leader" where the article has "Tory leader Michael Howard": the one person the
            # article gives that title is the one the description stands for
            d.who = _titled_person(ctx, name) or name
        if d.who == name:
            # "Hazel Blears said ... 'The threat ...,' the Salford MP told the committee": the one
            # person just named, of the same kind of post, whose gender the article gives
            d.who = person_just_named(ctx, name, d.start) or name
    if d.full is None and d.kind == "named person" and d.who == name and _titled_surname(name):
        d.full = _full_name(ctx, name)  # "Chief Supt Deats": Mick Deats
    if d.full is not None and d.kind == "named person" and d.who == name and _label(ctx.named[d.full]) == "PERSON":
        d.who = d.full  # the pronouns and honorifics of "Henk Ten Cate" are those of "Cate"


def _plural_voice(ctx: _Context, d: Draft) -> None:
    """An unnamed plural ("many Democrats say"), a "they" for one body's people, a pair speaking as one."""
    name, said = d.name, d.said
    many = _quantified(ctx, said) if d.label is not None else None
    if many is not None:
        # "But many Democrats say ...": an unnamed plural, however the tagger named it
        d.kind, d.role, d.group, d.who = "anonymous", many, role_group(many[0]), name
    if d.label is not None and d.kind in {"organisation", "country or group"} and _they_for_one(ctx, name, said):
        # "they say" resolved to "West Virginia", "the FBI": the voice is an unnamed plural the
        # article does not name here. A body's people keep its field ("Congress": politicians); a
        # place's people may be anyone (traders, critics, aides), so their group is not known
        d.group = d.group if d.kind == "organisation" else "unknown"
        d.kind, d.role = "anonymous", None
    pair = (
        pair_before_they(ctx, d.start)
        if d.kind == "unknown" and name.lower() == "they" and d.start is not None
        else None
    )
    if pair is None and d.label is not None:
        pair = pair_for_their_they(ctx, said)  # "Howard and Redwood launched ... They say", resolved to "Tories"
    if pair is not None:
        # "Tony Blair and Gordon Brown are desperately trying ... they are insisting": the two together; their
        # group when the known people's list gives both the same one
        groups = {
            _known_names()[1].get(p) or _pair_member_group(ctx, p) or politician_by_surname(p, ctx.story) for p in pair
        }
        d.kind, d.role = "country or group", None
        d.group = groups.pop() if len(groups) == 1 and None not in groups else "unknown"
    elif d.kind in {"unknown", "anonymous", "organisation"} and they_for_a_described_pair(ctx, said):
        # "attempts by both men to play down the divisions ... Even as they were both insisting": the pair the
        # article described, whoever the resolver gave the "they" to; its group is the one found so far
        d.kind, d.role = "country or group", None


def _spoken_for(ctx: _Context, d: Draft) -> None:
    """A body's spokesperson or officials speaking for it ("A Department for Work and Pensions
    spokeswoman said", credited to "Department")."""
    name, said = d.name, d.said
    text = ctx.text
    described = d.label is None and d.kind in {"named person", "unnamed person"} and d.who == name
    d.where = (d.start, d.end) if described and d.start is not None and d.end is not None else None
    voice = _voice_of(ctx, said) if d.kind == "organisation" else None
    if voice is not None and _own_name_most(ctx, said):
        # "BAA, which operates all three, said ... || ..., a BAA spokesman said ... || BAA said": a body
        # quoted in its own name more often than through its spokesperson keeps its name and kind
        voice = None
    if voice is not None:
        # "A Department for Work and Pensions spokeswoman said", the quote hung on "Department":
        # the spokeswoman speaks, an unnamed person.
        d.kind, d.role, d.where = (
            "unnamed person",
            (re.sub(r"\s+", " ", text[voice[0] : voice[1]]), *voice, False),
            voice,
        )
        d.group = role_group(_expanded(ctx, d.role[0]))
        if role_group(_expanded(ctx, d.role[0]), generic=False) == "unknown":
            # "an Eton spokesperson" (credited to "Eton"): a generic post's body decides, as for any
            # unnamed person's, before the post's default
            served = _employer_group(ctx, _expanded(ctx, d.role[0]))
            d.group = served if served != "unknown" else d.group
    crowd = _crowd_of(ctx, said) if voice is None and d.kind in {"organisation", "country or group"} else None
    if crowd is not None:
        # "Lib Dem officials say", the quote hung on "Lib Dem": the body's unnamed people speak
        d.kind, d.role = "anonymous", (re.sub(r"\s+", " ", text[crowd[0] : crowd[1]]), *crowd, False)
        d.group = role_group(_expanded(ctx, d.role[0]))


def _own_name_most(ctx: _Context, said: list[Quote]) -> bool:
    """Whether more of a body's quotes hang on its own name ("BAA said") than on its spokesperson's words
    ("a BAA spokesman said") and the "he" or "she" that carries them on ("She added")."""
    text = ctx.text
    voiced = sum(
        _voice_of(ctx, [q]) is not None
        or (q.speaker_start is not None and text[q.speaker_start : q.speaker_end].lower() in {"he", "she"})
        for q in said
    )
    own = sum(q.speaker_start is not None for q in said) - voiced
    return own > voiced


#: Words for a side someone takes, not for what they are: "a leading advocate of Turkish membership" (one
#: person's: "Supporters of Sanders" are many people, whatever name the words hold).
_STANCES = frozenset({"advocate", "proponent", "opponent", "supporter", "backer", "champion", "ally", "admirer"})


def _stance(role: str) -> bool:
    """Whether a role's head is only the side the person takes ("a leading advocate of Turkish membership",
    "a fierce opponent of the war"): a well-known person's own group says more of what they speak as."""
    words = _words(role)
    cut = next((k for k, w in enumerate(words) if w in _SPLIT), len(words))
    return cut > 0 and words[cut - 1] in _STANCES


def _by_line(role: str) -> bool:
    """Whether a role is only where the person writes ("writing in The Times"): a minister's or a
    player's column makes them no journalist, so a well-known person's own group says more."""
    return _WRITING_IN.match(role.strip()) is not None


#: Story groups that only place a few heads ("protest": a protest's organisers) and say nothing of what the
#: story is about: a sports story with protesters in it is still a sports story only.
_HEADS_ONLY = frozenset({"protest"})
#: Groups of a trade or a private life, which a known politician's description may give in a story
#: about politics without making them any less the politician there.
_TRADES = frozenset({"business", "culture and sport", "ordinary person or witness"})


def _known_group(ctx: _Context, d: Draft) -> None:
    """A known body's or person's group where the article gives none. (A story's topic is no evidence of
    what its people are, a sports story quotes fans, ministers, doctors: a named person with no role
    words and not known stays unknown.)"""
    name = d.name
    text = ctx.text
    people = _known_names()[1]
    if d.group == "unknown" and d.kind in {"organisation", "country or group"} and (body := known_body(name, text)):
        d.group = body[1]  # "Microsoft said": a body the article need not describe
    if d.kind == "named person" and (
        d.group == "unknown"
        or (
            d.role is not None
            and (_kin_role(d.role[0]) or _kin_of(d.role[0]) is not None or _stance(d.role[0]) or _by_line(d.role[0]))
        )
    ):
        # a well-known person the article gives no role words near (Tony Blair, Tim Henman): the
        # group NewsLens finds for them across the corpus; the role itself stays empty. So too for
        # one the article names only by kin ("his wife" Hillary Clinton, "Mr Howard - himself the son
        # of immigrants"): kin says whose relative the person is, not what they do; and by the side
        # they take or the paper they write in ("a leading advocate of ...", "writing in The Times")
        d.group = (
            people.get(d.who)
            or people.get(d.full or "")
            or people.get(name)
            or _known_by_surname(name, text)
            or (politician_by_surname(name, ctx.story) if d.role is None and d.full is None else None)
            or d.group
        )
        if d.group == "unknown" and d.role is None and "politics" in ctx.story and _a_peer(ctx, d.named):
            d.group = "politician"  # "Lord Falconer said" in a story about parliament: a member of the Lords
        topics = set(ctx.story) - _HEADS_ONLY
        if d.group == "unknown" and topics in ({"culture and sport"}, {"arts"}):
            # (role words that place nothing count as none: "second-seeded Australian", "the left-hander")
            # a person quoted with no role words in a sports story (and nothing else: no politics, no
            # business, no computing) is one of the sport's own, a player or a coach the reader knows from
            # the match report ("Mutu said", "Simpson-Daniel's fitness ... he said"); in a story about
            # films, music or the stage, one of the arts' (the labels: 47 of 49 such people in sport, 41
            # of 48 in entertainment); the role itself stays empty
            d.group = "culture and sport"
    sport_only = set(ctx.story) - _HEADS_ONLY == {"culture and sport"}
    if d.group == "unknown" and d.kind == "organisation" and d.label == "ORG" and sport_only:
        # "Now the Gunners have asked for an inquiry": in a sports story (and nothing else) a body nothing
        # places is a club or a sport's body, as its possessive before a name is (``owners.owner_group``)
        d.group = "culture and sport"
    words = name.split()
    # (the name may carry a title the tagger ran into it: "Billionaire Donald Trump")
    glued = next((people[n] for k in range(1, len(words) - 1) if (n := " ".join(words[k:])) in people), None)
    known = people.get(d.who) or people.get(d.full or "") or people.get(name) or glued
    if d.kind == "named person" and known == "politician" and d.role is not None and _bare_presidency(d.role[0]):
        # "the president" Donald Trump in a story whose most-named body is a news channel: a known
        # politician's bare presidency is the state's, not the channel's (``_the_articles_body``)
        d.group = "politician"
    if d.kind == "named person" and known == "politician" and "politics" in ctx.story and d.group in _TRADES:
        # "the New York businessman" Donald Trump, "the developer", in a story about politics: a known
        # politician the article describes by a trade is there as the politician (the candidate)
        d.group = "politician"


def _bare_presidency(role: str) -> bool:
    """Whether a role is only a presidency, with no body named: "the president", "Vice President"."""
    return [w for w in _words(role) if w not in {"the", "a", "vice"}] == ["president"]


def _peer_law_officer(ctx: _Context, d: Draft) -> None:
    """An attorney or solicitor general the article writes with a peer's title ("The Attorney General Lord
    Goldsmith") is the UK government's law officer, a minister (the labels' UK ministers rule), whatever
    the story is about; a US one, state or federal, is never a peer and stays police and justice."""
    if (
        d.group == "police, military, justice"
        and d.role is not None
        and _UK_LAW_OFFICER.fullmatch(" ".join(_words(d.role[0])))
        and _a_peer(ctx, d.named)
    ):
        d.group = "politician"


def _record(ctx: _Context, d: Draft) -> Speaker:
    """The ``Speaker`` record of a settled draft: gender with its evidence, how much and where quoted."""
    said = d.said
    gender, evidence = _gender(ctx, d.who, d.kind, d.role[0] if d.role else None, d.where, d.name)
    places = [q.start for q in said] + [m.start for m in d.named]
    places += [q.speaker_start for q in said if q.speaker_start is not None]
    paras = [p for p in (ctx.paragraph(q.start) for q in said) if p is not None]
    return Speaker(
        name=d.name,
        kind=d.kind,
        role=d.role[0] if d.role else None,
        role_start=d.role[1] if d.role else None,
        role_end=d.role[2] if d.role else None,
        role_group=d.group,
        gender=gender,
        gender_evidence=evidence,
        quotes=len(said),
        quoted_words=sum(len(q.text.split()) for q in said),
        first_quote_paragraph=min(paras) if paras else None,
        in_headline=any(ctx.in_title(p) for p in places),
        in_lead=any((p2 := ctx.paragraph(p)) is not None and p2 < 2 for p in places),
    )


#: Words for two people together: "The pair", "the duo", "The couple".
_PAIR_WORDS = frozenset({"pair", "duo", "couple"})


def _pair_word_group(ctx: _Context, d: Draft) -> None:
    """ "The pair then spent four days in a hospital" after "Kenteris and Thanou dramatically withdrew": the
    two people named together just before, whose group the pair has when the article places both in the
    same one ("Greek athletes Kostas Kenteris and Katerina Thanou"); the word "pair" places no one."""
    words = d.name.lower().split()
    if d.label is not None or d.kind != "country or group" or d.group not in {None, "unknown"} or d.start is None:
        return
    if len(words) != 2 or words[0] != "the" or words[1] not in _PAIR_WORDS:
        return
    pair = pair_named_before(ctx, d.start)
    if pair is None:
        return
    groups = {_known_names()[1].get(p) or _pair_member_group(ctx, p) for p in pair}
    if len(groups) == 1 and None not in groups:
        d.group = groups.pop()


def _pair_member_group(ctx: _Context, name: str) -> str | None:
    """The role group one of a pair's members has from the role words the article gives them ("Senators
    Charles E. Grassley, Republican of Iowa"); None when it gives none that place them."""
    role = _role_of_person(ctx, ctx.named.get(name, []), any_label=True)
    group = role_group(role[0], role[3], ctx.story) if role else "unknown"
    return None if group == "unknown" else group


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
