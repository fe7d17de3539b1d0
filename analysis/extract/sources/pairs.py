"""Two speakers as one: a name credited with quotes that two people (or two bodies) said together
("JP Morgan chief executive William Harrison and chief operating officer James Dimon said in the
letter", "Princes William and Harry said", "the Conservatives and Lib Dems insist"), and an unnamed
description of an identified pair ("The two voters", "both candidates"). Such a voice is a country or
group (the labels' pair precedent): it has no one gender."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from analysis.extract.sources.context import _Context
from analysis.records import Quote

#: Between the other name and the speaker's: "and", then up to four words written small (a title:
#: "and chief operating officer James Dimon") or an honorific ("Mr. Grassley and Mr. Leahy").
_AND_BEFORE = re.compile(r"\s+(?:and|&)\s+(?:[a-z][\w-]*\s+){0,4}(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep)\.?\s+)?")
#: After the speaker's name: "and" and the start of another name ("William and Harry").
_AND_AFTER = re.compile(r"\s+(?:and|&)\s+(?:the\s+)?(?=[A-Z])")
#: The pair is the subject of a reporting verb right after it: "... said in the letter", "... insist".
_VERB_AFTER = re.compile(
    r"\s+(?:(?:have|had|also|both|jointly|have\s+both)\s+)?(?:said|say|says|told|tell|wrote|write|added|insist|"
    r"insisted|argue|argued|claim|claimed|warned|warn|announced|agreed|agree|stated|declared)\b"
)
#: The labels of names that pair with one another: two people. Of bodies only two parties pair ("the
#: Conservatives and Lib Dems insist": the labels' parties-together precedent); other bodies are left as they
#: are (the labels call "Motorola and Apple announced" Motorola's).
_PAIRED = {"PERSON": frozenset({"PERSON"})}


def _party_pair_end(ctx: _Context, start: int, end: int) -> int | None:
    """Where two party names joined by "and" end, the speaker's being one of them: "the Conservatives and
    Lib Dems", "Labour and the Tories"; None when the other word is no party's."""
    low = ctx.text.lower()
    for party in ctx.party_names:
        for joint in (" and ", " and the ", " & "):
            if low.startswith(joint + party, end) and not low[end + len(joint) + len(party) :][:1].isalnum():
                return end + len(joint) + len(party)
            before = party + joint
            if low.endswith(before, 0, start) and (
                start - len(before) == 0 or not low[start - len(before) - 1].isalnum()
            ):
                return end
    return None


def _person_pair_end(ctx: _Context, name: str, start: int, end: int) -> int | None:
    """Where two people's names joined by "and" end, the speaker's (``start``-``end``) being one of them:
    "chief executive William Harrison and chief operating officer James Dimon", "William and Harry"."""
    text = ctx.text
    people = _PAIRED["PERSON"]
    if any(
        m.label in people and m.end <= start and m.entity != name and _AND_BEFORE.fullmatch(text, m.end, start)
        for m in ctx.speakers.mentions_in(max(0, start - 80), start)
    ):
        return end
    joined = _AND_AFTER.match(text, end)
    if joined is None:
        return None
    after = [
        m
        for m in ctx.speakers.mentions_in(joined.end(), joined.end() + 1)
        if m.label in people and m.start == joined.end() and m.entity != name
    ]
    return after[0].end if after else None


def one_of_a_pair(ctx: _Context, name: str, label: str | None, said: Sequence[Quote]) -> bool:
    """Whether every quote credited to ``name`` hangs on it as one of two names joined by "and" that
    are together the subject of the reporting verb (two people, or two parties)."""
    party = name.lower().removeprefix("the ") in ctx.party_names
    if not said or (label not in _PAIRED and not party):
        return False
    for q in said:
        if q.speaker_start is None or q.speaker_end is None:
            return False
        start, end = q.speaker_start, q.speaker_end
        pair_end = _party_pair_end(ctx, start, end) if party else _person_pair_end(ctx, name, start, end)
        if pair_end is None or _VERB_AFTER.match(ctx.text, pair_end) is None:
            return False
    return True


#: Labels of mentions that name someone else a "they" could stand for.
_OTHER_NAMES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
#: Plural subjects a "they" could stand for instead: "the workers", "critics".
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})


def _could_speak(ctx: _Context, lemma: str) -> bool:
    """Whether a plural subject's word could be the "they" that speaks: a word for people or for bodies ("the
    union leaders", "the banks", "critics"); not a thing the pair spoke of ("But Mr. Grassley and Mr. Leahy say
    other changes are needed. The program ... has expanded ..., they say")."""
    low = lemma.lower()
    return ctx.is_person_word(low) or low in ctx.org_heads


def pair_before_they(ctx: _Context, start: int) -> tuple[str, str] | None:
    """The two people a "they" at ``start`` stands for when its sentence or the one before names them
    joined by "and" and nobody and no plural subject comes between ("Tony Blair and Gordon Brown are
    desperately trying ... Along with any number of senior cabinet colleagues, they are insisting"):
    their names, or None."""
    ti = ctx.ix.token_before(start)
    if ti < 0:
        return None
    k = max(ctx.ix.sent_of[ti] - 1, 0)
    begin = ctx.ix.sent_start_char[k]
    people = [m for m in ctx.speakers.mentions_in(begin, start) if m.label == "PERSON" and m.end <= start]
    if len(people) < 2:
        return None
    first, second = people[-2], people[-1]
    if first.entity == second.entity or not _AND_BEFORE.fullmatch(ctx.text, first.end, second.start):
        return None
    if not _nobody_between(ctx, second.end, start):
        return None
    return first.entity or first.text, second.entity or second.text


def _nobody_between(ctx: _Context, end: int, start: int) -> bool:
    """Whether nobody else a "they" at ``start`` could stand for comes after ``end``: no name, and no plural
    subject that is a word for people or bodies."""
    if any(m.label in _OTHER_NAMES for m in ctx.speakers.mentions_in(end, start)):
        return False
    i, j = ctx.ix.tokens(end, start)
    between = ctx.doc[i:j] if j > i else []
    plural_subjects = [t for t in between if t.tag_ in _PLURAL_TAGS and t.dep_ in {"nsubj", "nsubjpass"}]
    return not any(_could_speak(ctx, t.lemma_) for t in plural_subjects)


#: "both men", "the two leaders": a pair the article described (checked by ``a_described_pair``).
_BOTH_OR_TWO = re.compile(r"\b(?:both|the two)\s+[\w-]+(?:\s+[\w-]+)?", re.IGNORECASE)
_JOINED = re.compile(r"\s+(?:and|or)\b")


def described_pair_before_they(ctx: _Context, start: int) -> bool:
    """Whether a "they" at ``start`` stands for a pair its sentence or the one before describes ("the weekend's
    attempts by both men to play down the divisions failed ... Even as they were both insisting"), nobody else
    coming between."""
    ti = ctx.ix.token_before(start)
    if ti < 0:
        return False
    begin = ctx.ix.sent_start_char[max(ctx.ix.sent_of[ti] - 1, 0)]
    last = None
    for found in _BOTH_OR_TWO.finditer(ctx.text, begin, start):
        words = found.group().split()
        for n in range(len(words), 1, -1):  # never "both" alone
            phrase, end = " ".join(words[:n]), found.start() + len(" ".join(words[:n]))
            if _JOINED.match(ctx.text, end):
                continue  # "both men and women"
            if a_described_pair(phrase, ctx.is_person_word) or words[n - 1].lower() in {"men", "women"}:
                last = end
                break
    return last is not None and _nobody_between(ctx, last, start)


def they_for_a_described_pair(ctx: _Context, said: Sequence[Quote]) -> bool:
    """Whether every quote of a name hangs on a "they" that stands for a pair described just before it."""
    spans = [(q.speaker_start, q.speaker_end) for q in said]
    return bool(spans) and all(
        a is not None and b is not None and ctx.text[a:b].lower() == "they" and described_pair_before_they(ctx, a)
        for a, b in spans
    )


def pair_for_their_they(ctx: _Context, said: Sequence[Quote]) -> tuple[str, str] | None:
    """The two people every quote of a name stands for when each hangs on a "they" the resolver gave that
    name, and just before each "they" the article names the same two people joined by "and" with nobody
    between ("Michael Howard and frontbencher John Redwood on Thursday launched new plans ... They say",
    resolved to the "Tories" of the sentence before; "But Mr. Grassley and Mr. Leahy say ... they say"):
    the resolver does not see a pair, so it took the last plural name before it. None otherwise."""
    pairs = set()
    for q in said:
        a, b = q.speaker_start, q.speaker_end
        if a is None or b is None or ctx.text[a:b].lower() != "they":
            return None
        pair = pair_before_they(ctx, a)
        if pair is None:
            return None
        pairs.add(frozenset(pair))
    if len(pairs) != 1:
        return None
    first, second = sorted(pairs.pop())
    return first, second


#: An unnamed description of an identified pair: "The two voters", "both candidates", "both"; or of a few people
#: or bodies counted as the article identified them: "All three band members", "the four contenders", "The
#: remaining four brothers", "The two Japanese companies".
_FEW = r"(?:two|three|four|five|six|seven|eight|nine|ten)"
_PAIR_WORDS = re.compile(
    rf"(?:(?:the|these|those|all(?:\s+the)?|the\s+remaining)\s+{_FEW}|both(?:\s+(?:the|of\s+the))?)(?:\s+[\w-]+){{0,2}}",
    re.IGNORECASE,
)
#: Irregular plurals of words for people.
_PEOPLE = frozenset({"men", "women", "people", "children"})
#: Plurals of the bodies a counted description may name ("The two firms", "Both sides").
_BODIES = frozenset(
    {"companies", "firms", "groups", "parties", "countries", "sides", "teams", "clubs", "unions", "banks"}
    | {"governments", "organisations", "organizations", "nations", "airlines", "networks", "carmakers"}
)


def a_described_pair(words: str, is_person_word: Callable[[str], bool]) -> bool:
    """Whether an unnamed speaker's words describe two (or a few) identified people or bodies: "the two" /
    "both" / "all three" / "the remaining four", then at most two words ending on a plural word for a person
    or a body ("The two voters", "both candidates", "All three men", "The two firms"), or "both" alone. Not
    "Both sides of the debate" (more words: a debate's sides, nobody identified), nor "all the experts"."""
    found = _PAIR_WORDS.fullmatch(words.strip())
    if found is None:
        return False
    tail = words.split()
    if len(tail) == 1:
        return tail[0].lower() == "both"
    last = tail[-1].lower()
    return last in _PEOPLE or last in _BODIES or (last.endswith("s") and is_person_word(last[:-1]))
