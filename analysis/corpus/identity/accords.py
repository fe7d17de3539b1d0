"""A city's name used as the name of an agreement or a round of talks (13-af).

"Kyoto" is the Japanese city in one article and "the Kyoto protocol" (or "the Kyoto treaty") in others;
"Doha" is the Qatari city of a tennis tournament and "the Doha development talks" of world trade. The
model calls every unit a place, and the city data keep a city's units together, so the identity step
made one place of them. Here a city's unit (``names.city_keys``) whose every mention by the name itself
is followed by an agreement word (``names.accord_words``: protocol, treaty, round, talks, ...; at most
one small lower-case word between, "Doha development talks") names the agreement: where such units and
other units share a name key, the agreement's units are one entity apart from the rest, never a place.
Only cities: a region or a country before such a word is mostly what the talks are about ("the Northern
Ireland peace talks").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from analysis.corpus.identity.names import accord_words

#: the type an agreement's units get (coarse OTHER), as the head-word data's "Bill" and "Act"
ACCORD_LABEL = "LAW"
#: the words right after a mention: one or two lower-case words
_AFTER = re.compile(r"\s+([a-z][a-z-]*)(?:\s+([a-z][a-z-]*))?")


def accord_units(tables: Any, units: Iterable[tuple[str, str]]) -> set[tuple[str, str]]:
    """The (article_id, name) units among ``units`` whose every mention is followed by an agreement
    word, directly or after one more lower-case word."""
    words = accord_words()

    def accord(text: str, end: int) -> bool:
        after = _AFTER.match(text, end)
        return bool(after) and (after.group(1) in words or after.group(2) in words)

    return every_mention(tables, units, accord)


def every_mention(
    tables: Any, units: Iterable[tuple[str, str]], test: Callable[[str, int], bool]
) -> set[tuple[str, str]]:
    """The (article_id, name) units among ``units`` whose every mention by the name itself passes
    ``test(article text, the mention's end)`` (a pronoun or another form of the name says nothing)."""
    wanted = set(units)
    m = tables.mentions
    if not wanted or m.empty:
        return set()
    texts = dict(zip(tables.articles["article_id"], tables.articles["text"], strict=True))
    m = m[m["entity"].isin({name for _, name in wanted})]
    seen: dict[tuple[str, str], bool] = {}
    rows = zip(m["article_id"].tolist(), m["end"].tolist(), m["text"].tolist(), m["entity"].tolist(), strict=True)
    for aid, end, said, ent in rows:
        unit = (aid, ent)
        if said != ent or unit not in wanted or seen.get(unit) is False or not isinstance(text := texts.get(aid), str):
            continue
        seen[unit] = test(text, int(end))
    return {unit for unit, yes in seen.items() if yes}
