"""The identity step's fast paths give what the plain versions they replaced gave (13-j's speed work)."""

from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter, defaultdict

import pandas as pd

from analysis.corpus.identity import evidence, learned, name_shape
from analysis.corpus.identity.names import base_key
from analysis.corpus.identity.sets import Sets, detach
from analysis.corpus.identity.sport import FOOTBALL, RUGBY, SPORT_WORDS, sport_word_counts, two_codes

TEXTS = [
    "The flanker scored a try in the Heineken Cup; the Lions lock and prop held the scrum, then tries.",
    "The striker's goal in the FA Cup and two goals in the Champions League, a penalty area foul, on loan.",
    "A fly-half and a full-back in the Six Nations; the keeper of the Celtic League line-out; Uefa Cup.",
    "Nothing about sport here: a lock on the door, a goalkeeper-like pose, football-shaped cake, trying.",
    "",
    "A scrum-half, scrum half, the scrum; country entry, try_, _try, 2try, étry, tryé, try-out; goals goal.",
    "Six Nations Six Nationsx FA Cups FA Cup's on loan on loaner transfer window-shopping tries-tries",
]


def test_one_scan_counts_the_rugby_and_football_words_as_the_two_patterns_do():
    for text in TEXTS:
        assert sport_word_counts(text) == (len(RUGBY.findall(text)), len(FOOTBALL.findall(text)))
        found = SPORT_WORDS.findall(text)  # (the one pattern's scan, which sport_word_counts follows)
        assert sport_word_counts(text) == (sum(1 for r, _ in found if r), sum(1 for _, f in found if f))


def _mentions() -> pd.DataFrame:
    rows = [
        ("a1", 0, 4, "Sony", "ORG"),
        ("a1", 7, 11, "Qrio", "PRODUCT"),
        ("a1", 20, 22, "Sony", "PRON"),  # a pronoun: no neighbour
        ("a1", 30, 35, "Japan", "GPE"),
        ("a2", 3, 9, "Nadal", "PERSON"),
        ("a2", 12, 17, "Paris", "GPE"),
        ("a3", 0, 5, "Apple", "ORG"),
    ]
    return pd.DataFrame(rows, columns=["article_id", "start", "end", "entity", "label"])


def test_neighbours_are_the_same_whatever_order_the_mentions_come_in():
    m = _mentions()
    expect = {
        "a1": ([0, 7, 30], [4, 11, 35], ["ORG", "OTHER", "PLACE"]),
        "a2": ([3, 12], [9, 17], ["PERSON", "PLACE"]),
        "a3": ([0], [5], ["ORG"]),
    }
    assert learned._neighbours(m, None) == expect
    assert learned._neighbours(m.sample(frac=1, random_state=3), None) == expect  # the sort fallback
    assert learned._neighbours(m.iloc[[4, 5, 0, 1, 2, 3, 6]], None) == expect  # articles out of order
    assert learned._neighbours(m, {"a2"}) == {"a2": expect["a2"]}


def test_name_votes_are_the_same_asked_twice_and_scale_with_the_mentions():
    for name in ("Oxford University", "GPRS", "Telekom Austria", "Internet Explorer", "Welsh", "Joss Stone"):
        once, again = name_shape.name_votes(name, 3), name_shape.name_votes(name, 3)
        assert once == again
        assert once is not again or once is None  # a fresh counter each time: callers may add to it
    assert name_shape.name_votes("GPRS", 3) == Counter({"PERSON": -3 * evidence.CUE_WEIGHT})
    assert name_shape.name_votes("Internet Explorer", 3) == Counter({"PERSON": -evidence.CUE_WEIGHT})


def _two_codes_plain(key, kind, units, aids, unit_cues, sport_code):
    """two_codes as it was before the early exit (13-i), with 13-o's rule: one report of a code is
    enough where most of the name's reports are rugby or football ones and two of one code."""
    if " " in key or key.startswith(("country:", "org:")) or len(units) < 2:
        return None
    clubs = defaultdict(list)
    shown: Counter = Counter()
    for i in units:
        code = sport_code(aids[i])
        clubs[code].append(i)
        if code and (kind != "ORG" or (unit_cues[i] or Counter()).get("ORG", 0) > 0):
            shown[code] += 1
    if len(shown) != 2:
        return None
    coded = Counter({c: len(v) for c, v in clubs.items() if c})
    if min(shown.values()) >= 2 or (2 * sum(coded.values()) >= len(units) and max(coded.values()) >= 2):
        return dict(clubs)
    return None


def test_two_codes_with_its_early_exit_answers_as_before():
    codes = ["rugby", "football", None, "rugby", "football", "rugby", None, "football"]
    aids = [f"a{n}" for n in range(len(codes))]
    sport = dict(zip(aids, codes, strict=True)).get
    org = Counter({"ORG": 2.0})
    cue_sets = [
        [org] * 8,
        [org, org, None, org, None, org, None, org],
        [org, None, None, None, None, None, None, org],
        [None] * 8,
    ]
    for cues in cue_sets:
        for kind in ("ORG", "OTHER"):
            for units in (list(range(8)), [0, 1, 3, 4], [0, 1, 2], [2, 6]):
                args = ("leicester", kind, units, aids, cues, sport)
                assert two_codes(*args) == _two_codes_plain(*args)


def _entity_by_hand(m: re.Match[str]) -> str:
    """(13-am) an HTML entity's character; an accented letter without its accent."""
    code = int(m.group(1))
    if code >= 0x110000:
        return m.group(0)
    c = chr(code)
    bare = unicodedata.normalize("NFKD", c)
    bare = "".join(x for x in bare if not unicodedata.combining(x))
    return bare if c.isalpha() and bare.isalpha() else c


def _base_key_by_patterns(name: str) -> str:
    """base_key as it was written with patterns (before 13-u's string methods; 13-ak's small words added)."""
    s = re.sub(r"\s+", " ", name.strip()).casefold()
    s = re.sub(r"^the ", "", s)
    if name[:1].islower():  # (13-ak) a small word before a name in a span starting with a small letter, "ex-"
        m = re.fullmatch(r"(?:a|an|this|that|these|those|their|his|her|its|our) (.+)", s)
        s = m.group(1) if m else (s[3:] if s.startswith("ex-") and name[3:4].isupper() else s)
    s = re.sub(r"&#(\d{2,7});?", _entity_by_hand, s)
    s = re.sub(r"(?:'s|’s|'|’)$", "", s).strip()
    first, space, rest = s.partition(" ")  # (13-am) a plural's possessive inside a name, after its first word
    s = first + space + re.sub(r"s['’] ", "s ", rest)
    s = re.sub(r"^(\S{2,}?)\.(?:com|org|net|co\.uk)$", r"\1", s)  # (13-am) a site's domain
    if re.fullmatch(r"(?:[a-z]\.){2,}[a-z]?\.?", s):
        s = s.replace(".", "")
    return s


def test_base_key_is_what_its_patterns_gave():
    parts = [
        "a",
        "B",
        "The",
        "the",
        " ",
        "\t",
        "\n",
        "\u00a0",
        "\u2003",
        "'",
        "’",
        "s",
        "S",
        "’S",
        ".",
        "A.",
        "ß",
        "\x1c",
        "an",
        "ex-",
        "&#233",
        "&#252;",
        "&#163;",
        ".com",
        ".co.uk",
        "s' ",
    ]
    rng = random.Random(13)
    names = ["The Beatles", "Blair's", "U.S.", "u.s", "  Tony   Blair’s ", "the the", "Ross'", "i.e.", "THE"]
    names += ["Transport and General Workers' Union", "PowerPage.org", "Dubs' Succession", "BBC.co.uk"]
    names += ["a.com", ".org.com"]
    names += ["".join(rng.choice(parts) for _ in range(rng.randint(0, 8))) for _ in range(20_000)]
    for name in names:
        assert base_key(name) == _base_key_by_patterns(name), repr(name)


def _detach_by_rebuilding(sets: Sets, units: set[int]) -> None:
    """sets.detach as it was before 13-z: every set rebuilt from ``groups``."""
    groups = sets.groups()
    sets.parent = list(range(len(sets.parent)))
    for idx in groups.values():
        rest = [i for i in idx if i not in units]
        for i in rest[1:]:
            sets.union(rest[0], i)
    units_l = sorted(units)
    for i in units_l[1:]:
        sets.union(units_l[0], i)


def test_detach_gives_the_sets_rebuilding_them_all_gave():
    rng = random.Random(13)
    for _ in range(300):
        n = rng.randint(1, 60)
        a, b = Sets(n), Sets(n)
        for _ in range(rng.randint(0, 80)):
            x, y = rng.randrange(n), rng.randrange(n)
            a.union(x, y)
            b.union(x, y)
        for _ in range(rng.randint(1, 3)):
            units = set(rng.sample(range(n), rng.randint(1, min(n, 6))))
            detach(a, units)
            _detach_by_rebuilding(b, units)
            assert [a.find(i) for i in range(n)] == [b.find(i) for i in range(n)]
            assert a.groups() == b.groups()
            x, y = rng.randrange(n), rng.randrange(n)  # (and further joins after it)
            a.union(x, y)
            b.union(x, y)
