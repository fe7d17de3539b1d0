"""Names the model cut short, and each unit's name key: a one-word name whose every mention follows
or is followed by the same word making a longer name of the corpus ("Sony [[Ericsson]]", "[[Texas]]
Instruments") goes by the longer name; a role word taken into a person's name ("Winger Nitoglia") by
the surname."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from analysis.corpus.identity.article_cues import AT_ENTITY
from analysis.corpus.identity.names import base_key, event_head_words, name_key, role_words
from analysis.corpus.identity.votes import NO_VOTE
from analysis.corpus.tables import Tables
from analysis.records import REFERENCE_LABELS

_WORD_BEFORE = re.compile(r"([A-Z][\w&'-]*) $")


@dataclass
class Keys:
    """Each unit's name key and shown name, and the units whose name the model cut or ran on."""

    keys: list[str]
    #: the name a unit shows (a cut name: the longer name's most used spelling; "Winger X": X)
    shown: list[str]
    #: "Sony [[Ericsson]]": unit -> the longer name's key
    after_word: dict[int, str]
    #: "Winger Nitoglia": unit -> the surname
    role_first: dict[int, str]
    #: "[[Texas]] Instruments": unit -> (the longer name's key, the characters it adds)
    cut: dict[int, tuple[str, int]]
    #: (article_id, name) of a cut unit -> the characters the longer name adds (its cue words are read after it)
    longer_end: dict[tuple[str, str], int]
    #: "R [[Lamont]]": unit -> the initial every mention follows (its full name's first letter)
    initial_before: dict[int, str]


def unit_keys(tables: Tables, aids: list[str], names: list[str], labels: list[str], counts: list[int]) -> Keys:
    """The units' name keys and shown names. ``labels`` is changed: a cut name's model label is the word's
    ("Scottish" NORP of "Scottish Executive"), not the longer name's, so it casts no vote (NO_VOTE)."""
    keys = [name_key(x) for x in names]
    after_word = _after_a_word(tables, names, keys, labels)
    for i, longer in after_word.items():  # "Sony [[Ericsson]]": Sony Ericsson
        keys[i] = longer
    # "Winger Nitoglia", "Teenager Tait" (a role word starting a sentence, taken into the name): the surname
    role_first = _role_first(names, labels)
    for i, surname in role_first.items():
        keys[i] = name_key(surname)
    # "R [[Lamont]] (Glasgow)": a team sheet's initial the model left out of a person's name (13-aa)
    initial_before = _after_an_initial(tables, names, keys, labels)
    # "[[Texas]] Instruments": the unit is the longer name, and its cue words are read after all of it
    # ("Breakfast with Frost programme")
    longer_end: dict[tuple[str, str], int] = {}
    cut = _before_a_word(tables, names, keys, labels)
    # "the [[Screen Actors Guild]] awards": a longer name cut before its event's head word (13-ao)
    cut.update(_before_an_event_word(tables, names, keys, labels))
    for i, (longer, extra) in cut.items():
        keys[i] = longer
        longer_end[(aids[i], names[i])] = extra
    # "New [[South Wales]]", "New [[England]]": a place the model cut after "New" is another place
    new_place = _after_new(tables, aids, names, labels)
    for i, longer_name in new_place.items():
        keys[i] = base_key(longer_name)
    # the model's label of a cut name is the word's, not the longer name's: such units cast no model
    # vote (their cue words still do) and go by the longer name
    shown = list(names)
    for i, surname in role_first.items():
        shown[i] = surname
    for i, longer_name in new_place.items():
        shown[i] = longer_name
    if cut:
        spelt: dict[str, Counter] = defaultdict(Counter)
        wanted = {longer for longer, _ in cut.values()}  # (only the longer names' spellings are read)
        for i, k in enumerate(keys):
            if k in wanted and i not in cut:
                spelt[k][names[i]] += counts[i]
        for i, (longer, _) in cut.items():
            labels[i] = NO_VOTE
            if spelt[longer]:
                shown[i] = spelt[longer].most_common(1)[0][0]
    return Keys(keys, shown, after_word, role_first, cut, longer_end, initial_before)


def _after_a_word(tables: Tables, names: list[str], keys: list[str], labels: list[str]) -> dict[int, str]:
    """Units of a one-word name whose every mention follows one capitalised word W with which it makes
    a longer name of the corpus ("Sony [[Ericsson]]", "Real [[Madrid]]": the model cut the name in
    two): unit index -> the longer name's key. Longer names that are people's are left alone."""
    longer, rows = _cut_mentions(tables, names, keys, labels, (1,), -1)
    before: dict[int, set[str | None]] = defaultdict(set)
    for i, text, start, _ in rows:
        w = _WORD_BEFORE.search(text[max(0, start - 30) : start])
        before[i].add(base_key(f"{w.group(1)} {names[i]}") if w else None)
    return {i: next(iter(ws)) for i, ws in before.items() if len(ws) == 1 and next(iter(ws)) in longer}


#: a capital initial just before a mention ("R Lamont", "R. Lamont"); not "A" or "I", which are words
_INITIAL_BEFORE = re.compile(r"(?:^|[^\w.])([B-HJ-Z])\.? $")


def _after_an_initial(tables: Tables, names: list[str], keys: list[str], labels: list[str]) -> dict[int, str]:
    """Units of a one-word name the model called a person whose every mention follows one capital initial
    (the same one): unit index -> the initial."""
    single = {i for i, (k, lab) in enumerate(zip(keys, labels, strict=True)) if lab == "PERSON" and " " not in k}
    if not single:
        return {}
    aids = tables.entities["article_id"].tolist()
    unit_of = {(aids[i], names[i]): i for i in single}
    m = tables.mentions
    m = m.loc[m["entity"].isin({names[i] for i in single}) & ~m["label"].isin(REFERENCE_LABELS), AT_ENTITY]
    texts = dict(zip(tables.articles["article_id"], tables.articles["text"], strict=True))
    before: dict[int, set[str | None]] = defaultdict(set)
    for aid, start, ent in zip(m["article_id"].tolist(), m["start"].tolist(), m["entity"].tolist(), strict=True):
        i, text = unit_of.get((aid, ent)), texts.get(aid)
        if i is not None and isinstance(text, str):
            w = _INITIAL_BEFORE.search(text[max(0, int(start) - 4) : int(start)])
            before[i].add(w.group(1) if w else None)
    return {i: next(iter(ws)) for i, ws in before.items() if len(ws) == 1 and None not in ws}


def _cut_mentions(
    tables: Tables, names: list[str], keys: list[str], labels: list[str], spaces: tuple[int, ...], word: int
) -> tuple[set[str], list[tuple[int, str, int, int]]]:
    """The longer names (keys of ``spaces`` spaces, not mostly people's) and the mentions (unit index,
    article text, start, end) of the one-word names that are their first (``word`` 0) or last (-1)
    word: the names the model may have cut out of them."""
    by_key: dict[str, list[int]] = defaultdict(list)
    for i, k in enumerate(keys):
        by_key[k].append(i)
    longer = {k for k, idx in by_key.items() if k.count(" ") in spaces and _most_common(labels, idx) != "PERSON"}
    words = {k.split(" ")[word] for k in longer}
    single = {i for i, k in enumerate(keys) if " " not in k and k in words}
    if not single:
        return longer, []
    aids = tables.entities["article_id"].tolist()  # (one column read, not one per unit)
    unit_of = {(aids[i], names[i]): i for i in single}
    m = tables.mentions
    # (the rows and the columns read: a boolean index alone copies every column of 112,000 mentions)
    m = m.loc[m["entity"].isin({names[i] for i in single}) & ~m["label"].isin(REFERENCE_LABELS), AT_ENTITY]
    texts = dict(zip(tables.articles["article_id"], tables.articles["text"], strict=True))
    rows = []
    cols = (m["article_id"].tolist(), m["start"].tolist(), m["end"].tolist(), m["entity"].tolist())
    for aid, start, end, ent in zip(*cols, strict=True):  # (plain lists: faster to walk than Series)
        i, text = unit_of.get((aid, ent)), texts.get(aid)
        if i is not None and isinstance(text, str):
            rows.append((i, text, int(start), int(end)))
    return longer, rows


def _most_common(labels: list[str], idx: list[int]) -> str:
    """``Counter(labels[i] for i in idx).most_common(1)[0][0]`` without a Counter: the most frequent
    label, the first seen among equals (as ``most_common`` breaks ties)."""
    if len(idx) == 1:
        return labels[idx[0]]
    seen: dict[str, int] = {}
    for i in idx:
        seen[labels[i]] = seen.get(labels[i], 0) + 1
    return max(seen.items(), key=lambda kv: kv[1])[0]


_WORD_AFTER = re.compile(r"^ ((?:(?:with|of|and|de) )?[A-Z0-9][\w&'-]*)")


def _before_a_word(tables: Tables, names: list[str], keys: list[str], labels: list[str]) -> dict[int, tuple[str, int]]:
    """Units of a one-word name whose every mention is followed by the same word (or "with"/"of" and a
    word) with which it makes a longer name of the corpus ("[[Texas]] Instruments", "[[Breakfast]] with
    Frost": the model cut the name's end off): unit index -> (the longer name's key, the characters
    the longer name adds). Longer names that are mostly people's are left alone."""
    longer, rows = _cut_mentions(tables, names, keys, labels, (1, 2), 0)
    found: dict[int, set[str | None]] = defaultdict(set)
    extra: dict[int, int] = {}
    for i, text, _, end in rows:
        w = _WORD_AFTER.search(text[end : end + 30])
        found[i].add(base_key(f"{names[i]} {w.group(1)}") if w else None)
        extra[i] = len(w.group(0)) if w else 0
    return {i: (next(iter(ws)), extra[i]) for i, ws in found.items() if len(ws) == 1 and next(iter(ws)) in longer}


_EVENT_WORD_AFTER = re.compile(r"^ ([A-Za-z]+)")


def _before_an_event_word(
    tables: Tables, names: list[str], keys: list[str], labels: list[str]
) -> dict[int, tuple[str, int]]:
    """Units of an organisation's name (the model's ORG) of two or more words whose every mention is
    followed by an event's head word (data ``head_words``, EVENT; any case) with which it makes a longer
    name of the corpus ("the [[Screen Actors Guild]] awards": the ceremony, not the guild): unit index ->
    (the longer name's key, the characters it adds). Not a name the model calls an event or a place ("the
    [[Golden Globe]] awards", "the [[New York City]] marathon"), which the samples count as one thing with
    its longer name or as the place. (One-word names are ``_before_a_word``'s; the candidates are found from
    the longer names, so only their mentions are read.)"""
    events = event_head_words()
    by_key: dict[str, list[int]] = defaultdict(list)
    for i, k in enumerate(keys):
        by_key[k].append(i)
    # a longer name's key without its last word, where that word is an event's and the rest a name of the
    # corpus of two or more words (not a country's or a listed name: those keep their own key)
    wanted: set[str] = set()
    for k in by_key:
        if k.count(" ") < 2:
            continue
        short, last = k.rsplit(" ", 1)
        if last in events and " " in short and short in by_key:
            wanted.add(short)
    if not wanted:
        return {}
    aids = tables.entities["article_id"].tolist()
    unit_of = {(aids[i], names[i]): i for k in wanted for i in by_key[k] if labels[i] == "ORG"}
    if not unit_of:
        return {}
    m = tables.mentions
    m = m.loc[m["entity"].isin({names[i] for i in unit_of.values()}) & ~m["label"].isin(REFERENCE_LABELS), AT_ENTITY]
    texts = dict(zip(tables.articles["article_id"], tables.articles["text"], strict=True))
    found: dict[int, set[str | None]] = defaultdict(set)
    extra: dict[int, int] = {}
    cols = (m["article_id"].tolist(), m["end"].tolist(), m["entity"].tolist())
    for aid, end, ent in zip(*cols, strict=True):
        i, text = unit_of.get((aid, ent)), texts.get(aid)
        if i is not None and isinstance(text, str):
            w = _EVENT_WORD_AFTER.match(text[int(end) : int(end) + 30])
            word = w.group(1).casefold() if w else None
            found[i].add(f"{keys[i]} {word}" if word in events else None)
            extra[i] = len(w.group(0)) if w else 0
    return {i: (k, extra[i]) for i, ws in found.items() if len(ws) == 1 and (k := next(iter(ws))) in by_key}


_NEW_BEFORE = "New "
_PLACE_LABELS = frozenset({"GPE", "LOC"})


def _after_new(tables: Tables, aids: list[str], names: list[str], labels: list[str]) -> dict[int, str]:
    """Units of a place's name (the model's GPE/LOC) that their article writes only after "New " ("a New
    [[South Wales]] state inquiry": the model cut New South Wales, another place than South Wales): unit
    index -> "New " + the name. (No mention is read: each article's "New " is found once, and a unit is
    asked only where its name follows one; every place the article has the name must then follow one.)"""
    texts = dict(zip(tables.articles["article_id"], tables.articles["text"], strict=True))
    after: dict[str, list[int]] = {}  # article -> where the words after each "New " start
    out: dict[int, str] = {}
    for i in [i for i, lab in enumerate(labels) if lab in _PLACE_LABELS]:
        aid, x = aids[i], names[i]
        if not x[:1].isupper():
            continue
        if (at := after.get(aid)) is None:
            text = texts.get(aid)
            at = after[aid] = _after_each(text, _NEW_BEFORE) if isinstance(text, str) else []
        if at and any(texts[aid].startswith(x, j) for j in at):
            text = texts[aid]
            if text.count(x) == text.count(_NEW_BEFORE + x):
                out[i] = _NEW_BEFORE + x
    return out


def _after_each(text: str, word: str) -> list[int]:
    """Where the text after each ``word`` in ``text`` starts."""
    out, j = [], text.find(word)
    while j >= 0:
        out.append(j + len(word))
        j = text.find(word, j + 1)
    return out


def _role_first(names: list[str], labels: list[str]) -> dict[int, str]:
    """Units of a two-word name the model calls a person whose first word is a role word ("Winger
    Nitoglia") -> the second word (the surname)."""
    roles = role_words()
    out: dict[int, str] = {}
    for i, x in enumerate(names):
        if x.count(" ") == 1 and labels[i] == "PERSON":
            first, rest = x.split(" ")
            if first in roles and rest[:1].isupper():
                out[i] = rest
    return out
