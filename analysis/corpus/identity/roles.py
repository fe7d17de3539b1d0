"""Role words beside a person's mentions ("England goalkeeper David James", "Matthew Taylor, the Lib Dem
MP"): in which fields (sport, politics, business, arts, science) an article places the person it names.
The words are data (``data/person_roles.json``); senses.py reads them to tell two people of one name apart."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Collection
from functools import cache
from pathlib import Path

from analysis.corpus.tables import Tables

DATA = Path(__file__).resolve().parent.parent / "data" / "person_roles.json"
#: characters read on each side of a mention; the words looked at stop at a sentence's end or a quote
WINDOW = 60
#: words read before a mention ("former England goalkeeper") and after it (", the Portsmouth striker,")
WORDS_BEFORE = 4
WORDS_AFTER = 5
_WORD = re.compile(r"[a-z][a-z'-]*")
_STOP = re.compile(r"[.;:!?\"“”()]")
#: before a mention the words stop at a comma or "but" too ("want £6m for the midfielder but chief
#: executive John Williams")
_STOP_BEFORE = re.compile(r"[.;:!?\"“”(),]|\bbut\b")


@cache
def _data() -> dict:
    return json.loads(DATA.read_text("utf-8"))


@cache
def role_fields() -> dict[str, str]:
    """Lower-case role word or two-word role -> its field (the data file)."""
    return {w: field for field, ws in _data().items() if field not in ("about", "topics") for w in ws}


@cache
def topic_fields() -> dict[str, str]:
    """Lower-case topic name -> the field its reports place the people they name in without a role
    word (the data file's ``topics``: sport)."""
    return dict(_data().get("topics", {}))


def _fields(words: list[str], roles: dict[str, str]) -> set[str]:
    out = {roles[w] for w in words if w in roles}
    out |= {roles[b] for b in map(" ".join, zip(words, words[1:], strict=False)) if b in roles}
    return out


def role_votes(tables: Tables, units: Collection[tuple[str, str]]) -> dict[tuple[str, str], set[str]]:
    """(article_id, entity name) -> the fields of the role words just before or after its mentions
    there (no entry where none is)."""
    out: dict[tuple[str, str], set[str]] = defaultdict(set)
    m = tables.mentions
    if m.empty or not units:
        return out
    wanted = set(units)
    texts = dict(zip(tables.articles["article_id"], tables.articles["text"], strict=True))
    roles = role_fields()
    m = m[m["entity"].isin({x for _, x in wanted})]
    for aid, start, end, ent in zip(m["article_id"], m["start"], m["end"], m["entity"], strict=True):
        if (aid, ent) not in wanted or not isinstance(text := texts.get(aid), str):
            continue
        start, end = int(start), int(end)
        before = _STOP_BEFORE.split(text[max(0, start - WINDOW) : start])[-1].casefold()
        after = _STOP.split(text[end : end + WINDOW])[0].casefold()
        if fields := _fields(_WORD.findall(before)[-WORDS_BEFORE:], roles) | _fields(
            _WORD.findall(after)[:WORDS_AFTER], roles
        ):
            out[(aid, ent)] |= fields
    return out


def people_by_role(
    parts: list[list[tuple[str, str]]], votes: dict[tuple[str, str], set[str]], defaults: list[str | None]
) -> list[list[int]]:
    """Parts of one full name's units (each a list of (article_id, name); the first the largest) grouped
    into different people: parts whose role fields meet are one person; a part with no role word is
    in its ``defaults`` field (its topics' field, or None), else it goes with the first part's person.
    When the first part shows no field, nothing tells which person it is: one person. Returns lists of
    part indices (one list: one person)."""
    fields = [set().union(*(votes.get(u, set()) for u in part)) for part in parts]
    fields = [f or ({d} if d else set()) for f, d in zip(fields, defaults, strict=True)]
    if not fields[0]:
        return [list(range(len(parts)))]
    groups: list[tuple[list[int], set[str]]] = []
    loose: list[int] = []
    for j, f in enumerate(fields):
        if not f:
            loose.append(j)
            continue
        members, seen = [j], set(f)
        for g in [g for g in groups if g[1] & seen]:
            groups.remove(g)
            members += g[0]
            seen |= g[1]
        groups.append((members, seen))
    out = sorted(sorted(g[0]) for g in groups)  # the first part's person first
    out[0] = sorted(out[0] + loose)
    return out
