"""Rugby or football: the sport words an article uses, which code a report is about, and a one-word club
name used for clubs of both codes ("Leicester")."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Any

RUGBY_WORDS = (
    r"rugby|flanker|lock|prop|hooker|fly-half|scrum-half|full-back|try|tries|scrum|line-out|"
    r"Heineken Cup|Powergen Cup|Celtic League|Six Nations|Lions"
)
FOOTBALL_WORDS = (
    r"football|striker|midfielder|defender|goalkeeper|keeper|goal|goals|FA Cup|Carling Cup|"
    r"Champions League|Uefa Cup|penalty area|on loan|transfer window"
)
RUGBY = re.compile(rf"\b(?:{RUGBY_WORDS})\b")
FOOTBALL = re.compile(rf"\b(?:{FOOTBALL_WORDS})\b")
#: both in one pass (group 1 rugby, 2 football): no word of one list starts inside a match of the
#: other, so its counts are those of the two patterns' own passes (tests/test_identity.py checks)
SPORT_WORDS = re.compile(rf"\b(?:({RUGBY_WORDS})|({FOOTBALL_WORDS}))\b")


#: SPORT_WORDS' alternatives in its order, each (word, 0 rugby / 1 football): plain words, each starting
#: and ending with a word character, so their places can be found by ``str.find`` (sport_word_counts)
_SPORT_LITERALS = [(w, 0) for w in RUGBY_WORDS.split("|")] + [(w, 1) for w in FOOTBALL_WORDS.split("|")]
assert all(re.fullmatch(r"\w(?:[\w -]*\w)?", w) for w, _ in _SPORT_LITERALS)


def sport_word_counts(text: str) -> tuple[int, int]:
    """How many rugby and football words a text uses: what ``SPORT_WORDS.findall`` finds, counted by
    group. Each word's places are found with ``str.find`` (a regular expression starting with ``\\b``
    and an alternation tries every alternative at every position: ten times slower on the BBC texts),
    those with a word boundary at both ends kept, and the matches chosen as the pattern's scan chooses
    them: the leftmost, there the first alternative, then on from its end (13-u)."""
    found = []
    find, n = text.find, len(text)
    for order, (word, code) in enumerate(_SPORT_LITERALS):
        j = find(word)
        while j >= 0:
            e = j + len(word)
            # (a word character is what ``\\w`` matches: alphanumeric or "_")
            if (j == 0 or not ((c := text[j - 1]).isalnum() or c == "_")) and (
                e == n or not ((c := text[e]).isalnum() or c == "_")
            ):
                found.append((j, order, e, code))
            j = find(word, j + 1)
    counts, pos = [0, 0], 0
    for j, _, e, code in sorted(found):
        if j >= pos:
            counts[code] += 1
            pos = e
    return counts[0], counts[1]


class SportCode:
    """Whether an article is about rugby or football, by the words of each it uses (two or more of one
    and at least twice as many as of the other); None when it does not say. Computed once per article."""

    def __init__(self, texts: dict[str, Any]) -> None:
        self.texts, self.seen = texts, {}

    def __call__(self, aid: str) -> str | None:
        if aid not in self.seen:
            text = self.texts.get(aid)
            r, f = sport_word_counts(text) if isinstance(text, str) else (0, 0)
            self.seen[aid] = "rugby" if r >= 2 and r >= 2 * f else "football" if f >= 2 and f >= 2 * r else None
        return self.seen[aid]


def two_codes(
    key: str, kind: str, units: list[int], aids: list[str], unit_cues: list, sport_code: Any
) -> dict[str | None, list[int]] | None:
    """A one-word club name the cue words show as a club in rugby articles and in football articles
    ("Leicester flanker", "Leicester v Hull"): two clubs of one town; two of each, or one of a code
    where most of the name's articles are rugby or football reports ("Wigan": the rugby league club
    in two, the football club in one); a one-word competition named so ("Premiership"): two. Returns its units by code
    (None: articles that say neither, each its own unit), else None. Names in the data never split."""
    if " " in key or key.startswith(("country:", "org:")) or len(units) < 2:
        return None
    # the units that can show a code: it takes one of each, so fewer than two never split (and an
    # article's words are read only when they might)
    showing = [i for i in units if kind != "ORG" or (unit_cues[i] or {}).get("ORG", 0) > 0]
    if len(showing) < 2:
        return None
    shown: Counter = Counter(code for i in showing if (code := sport_code(aids[i])))
    if len(shown) != 2:
        return None
    # one article of a code is enough only for a name most of whose articles are rugby or football
    # reports, two of them of one code: a paper quoted in a rugby and a football report ("the
    # Guardian") is no club of two codes
    coded = Counter(code for i in units if (code := sport_code(aids[i])))
    if min(shown.values()) < 2 and (2 * sum(coded.values()) < len(units) or max(coded.values()) < 2):
        return None
    clubs: dict[str | None, list[int]] = defaultdict(list)
    for i in units:
        clubs[sport_code(aids[i])].append(i)
    return dict(clubs)
