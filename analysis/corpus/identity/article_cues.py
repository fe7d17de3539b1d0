"""What the articles' texts and mentions say about names besides the cue words: the names beside each
other in a list ("eDonkey, X and Grokster"), a name called by an honorific and its last word ("Mr
McManus"), a full name its article also calls by its last word alone ("Dent said")."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

import numpy as np

from analysis.corpus.tables import Tables
from analysis.records import REFERENCE_LABELS

#: the mentions' columns the passes over them read
AT_ENTITY = ["article_id", "start", "end", "entity"]
_AT_ENTITY_TEXT = ["article_id", "entity", "text"]
_LIST_GAP = frozenset({", ", " and ", ", and ", " or ", ", or ", " & "})
LIST_WEIGHT = 1.0  # a list neighbour's type: as much as one model label


def list_mates(tables: Tables, units: set[tuple[str, str]]) -> dict[tuple[str, str], list[tuple[str, str]]]:
    """(article_id, name) -> the (article_id, name) of the names next to its mentions in a list: two
    mentions of different entities with only ", ", " and ", " or " between them."""
    m = tables.mentions
    if m.empty:
        return {}
    m = m.loc[m["entity"].notna() & ~m["label"].isin(list(REFERENCE_LABELS)), AT_ENTITY]  # (the columns read)
    m = m.sort_values(["article_id", "start"], kind="stable")
    texts = dict(zip(tables.articles["article_id"], tables.articles["text"], strict=True))
    out: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    aids, ents = m["article_id"].to_numpy(dtype=object), m["entity"].to_numpy(dtype=object)
    starts, ends = m["start"].to_numpy(dtype=np.int64), m["end"].to_numpy(dtype=np.int64)
    # the rows right after a mention of another entity in the same article, at most 6 characters on
    # (found at once; the words between are read for those only)
    after = (aids[1:] == aids[:-1]) & (ents[1:] != ents[:-1]) & (starts[1:] - ends[:-1] <= 6)
    for j in (np.flatnonzero(after) + 1).tolist():
        aid, text = aids[j], texts.get(aids[j])
        if isinstance(text, str) and text[int(ends[j - 1]) : int(starts[j])] in _LIST_GAP:
            a, b = (aid, ents[j - 1]), (aid, ents[j])
            if a in units and b in units:
                out[a].append(b)
                out[b].append(a)
    return out


_HONORIFIC_SURNAME = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir)\.? ([A-Z][\w'’-]+)")
_HONORIFIC_SCAN = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Sir)\.? ([A-Z][\w'’-]+)")
_NOT_IN_A_NAME = frozenset({"and", "&", "or", "v", "vs"})
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]+")


def called_by_honorific(tables: Tables, aids: list[str], names: list[str]) -> dict[int, int]:
    """unit index -> how often its article writes "Mr/Mrs/Ms/Miss/Dr/Sir" and the unit's last word, for the
    units whose name has two or more words and has no honorific in it ("JP McManus", "Mr McManus")."""
    called: dict[str, Counter] = {}
    for a, text in zip(tables.articles["article_id"], tables.articles["text"], strict=True):
        if not isinstance(text, str):
            continue
        # (the scan without a leading word boundary is four times faster; the letter before is checked)
        found = [m.group(1) for m in _HONORIFIC_SCAN.finditer(text) if not text[m.start() - 1 : m.start()].isalpha()]
        if found:
            called[a] = Counter(found)
    out: dict[int, int] = {}
    for i, (a, x) in enumerate(zip(aids, names, strict=True)):
        if (here := called.get(a)) is None or " " not in x:
            continue
        words = x.split()
        if not (n := here.get(words[-1], 0)):
            continue
        # not a run-on span of two names or of a body and a person ("Blair and Brown", "EADS Philippe
        # Camus"), nor one with its honorific inside it
        if _HONORIFIC_SURNAME.search(x) or any(
            w in _NOT_IN_A_NAME or (_ACRONYM.fullmatch(w) and len(w) > 2) for w in words[:-1]
        ):
            continue
        out[i] = n
    return out


def called_by_surname(tables: Tables, names: set[str]) -> set[tuple[str, str]]:
    """(article_id, name) for the names of two or more words that their article also calls by the last
    word alone: a mention of the entity ("Taylor Dent ... Dent said") or a name of its own there."""
    if not names:
        return set()
    m = tables.mentions
    m = m.loc[m["entity"].isin(list(names)) & ~m["label"].isin(list(REFERENCE_LABELS)), _AT_ENTITY_TEXT]
    out = {
        (a, e)
        for a, e, w in zip(m["article_id"].tolist(), m["entity"].tolist(), m["text"].tolist(), strict=True)
        if " " in e and str(w) == e.rsplit(" ", 1)[1]
    }
    ents = tables.entities
    in_article: dict[str, set[str]] = defaultdict(set)
    for a, x in zip(ents["article_id"].tolist(), ents["name"].tolist(), strict=True):
        in_article[a].add(x)
    mine = ents[ents["name"].isin(list(names))]
    for a, x in zip(mine["article_id"].tolist(), mine["name"].tolist(), strict=True):
        if " " in x and x.rsplit(" ", 1)[1] in in_article[a]:
            out.add((a, x))
    return out
