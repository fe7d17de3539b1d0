"""The articles a name is used in: their topics, outlets and dates (one topic / outlet / time window or
not), and the other names they use (which topics are about one thing)."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date
from typing import Any

from analysis.corpus.identity.roles import topic_fields

#: Articles further apart than this (both dated) are not one time window for a surname.
WINDOW_DAYS = 30
#: A name in more articles than this is too common to say two articles are about one thing.
CONTEXT_DF = 40
#: Topics whose articles name fewer other (less common) names than this say too little to split by.
CONTEXT_MIN = 3


def article_date(value: Any) -> date | None:
    """An article's date from its ISO date string (the first ten characters), if it has one."""
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def same_context(
    a: str,
    b: str,
    topics: dict[str, frozenset],
    outlets: dict[str, str | None],
    dates: dict[str, date | None],
) -> bool:
    """Articles a and b are one topic / outlet / time window (each where both say)."""
    ta, tb = topics.get(a, frozenset()), topics.get(b, frozenset())
    if ta and tb and not ta & tb:
        return False
    oa, ob = outlets.get(a), outlets.get(b)
    if oa and ob and oa != ob:
        return False
    da, db = dates.get(a), dates.get(b)
    return not (da and db and abs((da - db).days) > WINDOW_DAYS)


def topics_field(topics: dict[str, frozenset], aids: list[str], units: list[int]) -> str | None:
    """The one field (roles.topic_fields) of every topic of these units' articles, if they have one."""
    fields = {topic_fields().get(str(t).casefold()) for i in units for t in topics.get(aids[i], ())}
    return fields.pop() if len(fields) == 1 else None


def topic_list(topics: dict[str, frozenset], aids: list[str], units: list[int]) -> str:
    """The topics of these units' articles, for a note ("politics/tech")."""
    return "/".join(sorted({t for i in units for t in topics.get(aids[i], ())})) or "no topic"


def article_keys(aids: list[str], keys: list[str], max_df: int = CONTEXT_DF) -> dict[str, set[str]]:
    """Each article's less common name keys (named in at most ``max_df`` articles)."""
    art_keys: dict[str, set[str]] = defaultdict(set)
    for a, k in zip(aids, keys, strict=True):
        art_keys[a].add(k)
    df: Counter = Counter(k for ks in art_keys.values() for k in ks)
    return {a: {k for k in ks if df[k] <= max_df} for a, ks in art_keys.items()}


def context_senses(
    key: str,
    idx: list[int],
    aids: list[str],
    topics: dict[str, frozenset],
    art_keys: dict[str, set[str]],
) -> list[list[int]]:
    """A name's units grouped by topic, topics joined where their articles name something else in
    common (a name in at most CONTEXT_DF articles): one group per connected set of topics, largest
    first. Units of articles without a topic go with the largest group."""
    by_topic: dict[frozenset, list[int]] = defaultdict(list)
    for i in idx:
        by_topic[topics.get(aids[i], frozenset())].append(i)
    loose = by_topic.pop(frozenset(), [])
    if len(by_topic) < 2:
        return [idx]
    groups: list[tuple[list[frozenset], set[str]]] = []  # (topics, the less common names they name)
    for t in sorted(by_topic, key=sorted):
        members, ctx = [t], set().union(*(art_keys.get(aids[i], ()) for i in by_topic[t]))
        ctx.discard(key)
        for g in [g for g in groups if g[1] & ctx]:  # it joins every group it shares a name with
            groups.remove(g)
            members += g[0]
            ctx |= g[1]
        groups.append((members, ctx))
    # a group whose articles name few other things says too little to be told apart: it stays with
    # the largest group
    parts = sorted(
        ((len(g[1]) >= CONTEXT_MIN, [i for t in g[0] for i in by_topic[t]]) for g in groups),
        key=lambda p: len(p[1]),
        reverse=True,
    )
    out = [parts[0][1] + loose]
    for known, part in parts[1:]:
        if known:
            out.append(part)
        else:
            out[0] += part
    return out
