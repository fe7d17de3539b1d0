"""Draw the articles of the Sources sample and list who each one quotes (names only).

    python benchmarks/labels/sources/draw.py > /tmp/worksheet.txt
    python benchmarks/labels/sources/draw.py --fresh > /tmp/worksheet-fresh.txt
    python benchmarks/labels/sources/draw.py --fresh2 > /tmp/worksheet-fresh2.txt
    python benchmarks/labels/sources/draw.py --fresh3 --quotes > /tmp/worksheet-fresh3.txt
    python benchmarks/labels/sources/draw.py --fresh4 --quotes > /tmp/worksheet-fresh4.txt
    python benchmarks/labels/sources/draw.py --fresh5 --quotes > /tmp/worksheet-fresh5.txt
    python benchmarks/labels/sources/draw.py --fresh6 --quotes > /tmp/worksheet-fresh6.txt
    python benchmarks/labels/sources/draw.py --fresh7 --quotes > /tmp/worksheet-fresh7.txt
    python benchmarks/labels/sources/draw.py --fresh8 --quotes > /tmp/worksheet-fresh8.txt
    python benchmarks/labels/sources/draw.py --fresh9 --quotes > /tmp/worksheet-fresh9.txt
    python benchmarks/labels/sources/draw.py --fresh10 --quotes > /tmp/worksheet-fresh10.txt
    python benchmarks/labels/sources/draw.py --fresh11 --quotes > /tmp/worksheet-fresh11.txt
    python benchmarks/labels/sources/draw.py --fresh12 --quotes > /tmp/worksheet-fresh12.txt
    python benchmarks/labels/sources/draw.py --fresh13 --quotes > /tmp/worksheet-fresh13.txt
    python benchmarks/labels/sources/draw.py --fresh14 --quotes > /tmp/worksheet-fresh14.txt
    python benchmarks/labels/sources/draw.py --fresh15 --quotes > /tmp/worksheet-fresh15.txt

Deterministic: random.Random(11) over the sorted file names; 7 BBC articles per topic folder and
12 PolNeAR dev articles; the first half of each topic's draw (and of PolNeAR's) is the tuning
part, the rest held out. The worksheet prints each article's text and the names NewsLens credits
with quotes, without anything NewsLens says about them, for a reader to label from the text.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
SHARED = ROOT.parent / "shared"
BBC = SHARED / "corpora" / "bbc"
POLNEAR = SHARED / "eval" / "polnear" / "dev" / "text"
#: fresh9 on: every PolNeAR dev article is in an earlier sample (84 of 84), so the PolNeAR part comes from
#: PolNeAR train (the same outlets and years; nothing in NewsLens's sources rules or data was made from it).
POLNEAR_TRAIN = SHARED / "eval" / "polnear" / "train" / "text"
TOPICS = ("business", "entertainment", "politics", "sport", "tech")
PER_TOPIC = 7
N_POLNEAR = 12
#: The fresh sample (issue 11, second follow-up): other articles, another seed.
FRESH_SEED = 1130
FRESH_PER_TOPIC = 3
FRESH_POLNEAR = 6
#: The second fresh sample (issue 11, third follow-up): files in neither earlier sample, another seed.
FRESH2_SEED = 301126
FRESH2_PER_TOPIC = 3
FRESH2_POLNEAR = 8
#: The third fresh sample (issue 11, fourth follow-up): files in no earlier sample, another seed.
FRESH3_SEED = 11302026
FRESH3_PER_TOPIC = 3
FRESH3_POLNEAR = 10
#: The fourth fresh sample (issue 11, fifth follow-up): files in no earlier sample, another seed.
FRESH4_SEED = 20261130
FRESH4_PER_TOPIC = 3
FRESH4_POLNEAR = 10
#: The fifth fresh sample (issue 11, sixth follow-up): files in no earlier sample, another seed; one
#: more BBC article per topic than fresh4, for at least 120 speakers.
FRESH5_SEED = 1201
FRESH5_PER_TOPIC = 4
FRESH5_POLNEAR = 10
#: The sixth fresh sample (issue 11, seventh follow-up): files in no earlier sample, another seed.
FRESH6_SEED = 113007
FRESH6_PER_TOPIC = 4
FRESH6_POLNEAR = 10
#: The seventh fresh sample (issue 11, eighth follow-up): files in no earlier sample, another seed.
FRESH7_SEED = 301107
FRESH7_PER_TOPIC = 3
FRESH7_POLNEAR = 10
#: The eighth fresh sample (issue 11, ninth follow-up): files in no earlier sample, another seed; 4 BBC
#: articles per topic (short, few speakers each) and 8 PolNeAR ones (long, many speakers each; 6 at first,
#: raised to 8 when the first listing showed 107 names, some plainly not speakers, before any labelling).
FRESH8_SEED = 120108
FRESH8_PER_TOPIC = 4
FRESH8_POLNEAR = 8
#: The ninth fresh sample (issue 11, tenth follow-up): files in no earlier sample, another seed; as fresh8,
#: but its PolNeAR articles come from PolNeAR train (POLNEAR_TRAIN: the dev folder is used up).
FRESH9_SEED = 20261201
FRESH9_PER_TOPIC = 4
FRESH9_POLNEAR = 8
#: The tenth fresh sample (issue 11, eleventh follow-up): files in no earlier sample, another seed; as
#: fresh9 (4 BBC articles per topic, 8 PolNeAR train articles not drawn for fresh9).
FRESH10_SEED = 1201110
FRESH10_PER_TOPIC = 4
FRESH10_POLNEAR = 10
#: The eleventh fresh sample (issue 11, twelfth follow-up): files in no earlier sample, another seed; 4 BBC
#: articles per topic and PolNeAR train articles not drawn for fresh9 or fresh10: 8 at first, cut to 3 before
#: any labelling when the first listing showed 148 names (72 BBC; the fourth PolNeAR article alone 27), for
#: about 100 (random.sample keeps the first 3 of the 8).
FRESH11_SEED = 20261211
FRESH11_PER_TOPIC = 4
FRESH11_POLNEAR = 3
#: The twelfth fresh sample (issue 11, thirteenth follow-up): files in no earlier sample, another seed; as
#: fresh11 (4 BBC articles per topic, 3 PolNeAR train articles not drawn for fresh9, fresh10 or fresh11).
FRESH12_SEED = 20261212
FRESH12_PER_TOPIC = 4
FRESH12_POLNEAR = 3
#: The thirteenth fresh sample (issue 11, fourteenth follow-up): files in no earlier sample, another seed; as
#: fresh12 (4 BBC articles per topic, 3 PolNeAR train articles not drawn for fresh9 to fresh12).
FRESH13_SEED = 20261213
FRESH13_PER_TOPIC = 4
FRESH13_POLNEAR = 3
#: The fourteenth fresh sample (issue 11, fifteenth follow-up): files in no earlier sample, another seed; as
#: fresh13 (4 BBC articles per topic, 3 PolNeAR train articles not drawn for fresh9 to fresh13).
FRESH14_SEED = 20261214
FRESH14_PER_TOPIC = 4
FRESH14_POLNEAR = 3
#: The fifteenth fresh sample (issue 11, sixteenth follow-up): files in no earlier sample, another seed; as
#: fresh14 but smaller (a short session): 2 BBC articles per topic and 2 PolNeAR train articles not drawn
#: for fresh9 to fresh14, 12 articles.
FRESH15_SEED = 20261215
FRESH15_PER_TOPIC = 2
FRESH15_POLNEAR = 2


def draw() -> list[tuple[str, str]]:
    """(path relative to ../shared, part) of every article in the sample."""
    rng = random.Random(11)
    out = []
    for topic in TOPICS:
        files = sorted(p.name for p in (BBC / topic).glob("*.txt"))
        picked = rng.sample(files, PER_TOPIC)
        half = PER_TOPIC // 2 + 1
        out += [(f"corpora/bbc/{topic}/{f}", "tune" if k < half else "held-out") for k, f in enumerate(picked)]
    files = sorted(p.name for p in POLNEAR.glob("*.txt"))
    picked = rng.sample(files, N_POLNEAR)
    out += [(f"eval/polnear/dev/text/{f}", "tune" if k < N_POLNEAR // 2 else "held-out") for k, f in enumerate(picked)]
    return out


def draw_fresh(
    taken: set[str],
    seed: int = FRESH_SEED,
    per_topic: int = FRESH_PER_TOPIC,
    n_polnear: int = FRESH_POLNEAR,
    part: str = "fresh",
    polnear: Path = POLNEAR,
) -> list[tuple[str, str]]:
    """(path, part) of a fresh sample: random.Random(seed) over the sorted file names not in
    ``taken`` (the articles of the earlier samples); ``per_topic`` per BBC topic folder and
    ``n_polnear`` PolNeAR dev articles."""
    rng = random.Random(seed)
    out = []
    for topic in TOPICS:
        files = sorted(p.name for p in (BBC / topic).glob("*.txt") if f"corpora/bbc/{topic}/{p.name}" not in taken)
        out += [(f"corpora/bbc/{topic}/{f}", part) for f in rng.sample(files, per_topic)]
    under = polnear.relative_to(SHARED).as_posix()
    files = sorted(p.name for p in polnear.glob("*.txt") if f"{under}/{p.name}" not in taken)
    out += [(f"{under}/{f}", part) for f in rng.sample(files, n_polnear)]
    return out


def draw_fresh2() -> list[tuple[str, str]]:
    """(path, "fresh2"): the second fresh sample, from files in neither the first nor the fresh one."""
    first = draw()
    taken = {p for p, _ in first} | {p for p, _ in draw_fresh({p for p, _ in first})}
    return draw_fresh(taken, FRESH2_SEED, FRESH2_PER_TOPIC, FRESH2_POLNEAR, "fresh2")


def _taken_before(*earlier: Callable[[], list[tuple[str, str]]]) -> set[str]:
    """The files of the first sample, the fresh one and each of ``earlier``'s draws: a new fresh sample
    draws from none of them."""
    taken = {p for p, _ in draw()}
    taken |= {p for p, _ in draw_fresh(taken)}
    for e in earlier:
        taken |= {p for p, _ in e()}
    return taken


def draw_fresh3() -> list[tuple[str, str]]:
    """(path, "fresh3"): the third fresh sample, from files in none of the three earlier samples."""
    taken = _taken_before(draw_fresh2)
    return draw_fresh(taken, FRESH3_SEED, FRESH3_PER_TOPIC, FRESH3_POLNEAR, "fresh3")


def draw_fresh4() -> list[tuple[str, str]]:
    """(path, "fresh4"): the fourth fresh sample, from files in none of the four earlier samples."""
    taken = _taken_before(draw_fresh2, draw_fresh3)
    return draw_fresh(taken, FRESH4_SEED, FRESH4_PER_TOPIC, FRESH4_POLNEAR, "fresh4")


def draw_fresh5() -> list[tuple[str, str]]:
    """(path, "fresh5"): the fifth fresh sample, from files in none of the five earlier samples."""
    taken = _taken_before(draw_fresh2, draw_fresh3, draw_fresh4)
    return draw_fresh(taken, FRESH5_SEED, FRESH5_PER_TOPIC, FRESH5_POLNEAR, "fresh5")


def draw_fresh6() -> list[tuple[str, str]]:
    """(path, "fresh6"): the sixth fresh sample, from files in none of the six earlier samples."""
    taken = _taken_before(draw_fresh2, draw_fresh3, draw_fresh4, draw_fresh5)
    return draw_fresh(taken, FRESH6_SEED, FRESH6_PER_TOPIC, FRESH6_POLNEAR, "fresh6")


def draw_fresh7() -> list[tuple[str, str]]:
    """(path, "fresh7"): the seventh fresh sample, from files in none of the seven earlier samples."""
    taken = _taken_before(draw_fresh2, draw_fresh3, draw_fresh4, draw_fresh5, draw_fresh6)
    return draw_fresh(taken, FRESH7_SEED, FRESH7_PER_TOPIC, FRESH7_POLNEAR, "fresh7")


def draw_fresh8() -> list[tuple[str, str]]:
    """(path, "fresh8"): the eighth fresh sample, from files in none of the eight earlier samples."""
    taken = _taken_before(draw_fresh2, draw_fresh3, draw_fresh4, draw_fresh5, draw_fresh6, draw_fresh7)
    return draw_fresh(taken, FRESH8_SEED, FRESH8_PER_TOPIC, FRESH8_POLNEAR, "fresh8")


def draw_fresh9() -> list[tuple[str, str]]:
    """(path, "fresh9"): the ninth fresh sample, from files in none of the nine earlier samples."""
    taken = _taken_before(draw_fresh2, draw_fresh3, draw_fresh4, draw_fresh5, draw_fresh6, draw_fresh7, draw_fresh8)
    return draw_fresh(taken, FRESH9_SEED, FRESH9_PER_TOPIC, FRESH9_POLNEAR, "fresh9", POLNEAR_TRAIN)


def draw_fresh10() -> list[tuple[str, str]]:
    """(path, "fresh10"): the tenth fresh sample, from files in none of the ten earlier samples."""
    taken = _taken_before(
        draw_fresh2, draw_fresh3, draw_fresh4, draw_fresh5, draw_fresh6, draw_fresh7, draw_fresh8, draw_fresh9
    )
    return draw_fresh(taken, FRESH10_SEED, FRESH10_PER_TOPIC, FRESH10_POLNEAR, "fresh10", POLNEAR_TRAIN)


def draw_fresh11() -> list[tuple[str, str]]:
    """(path, "fresh11"): the eleventh fresh sample, from files in none of the eleven earlier samples."""
    taken = _taken_before(
        draw_fresh2,
        draw_fresh3,
        draw_fresh4,
        draw_fresh5,
        draw_fresh6,
        draw_fresh7,
        draw_fresh8,
        draw_fresh9,
        draw_fresh10,
    )
    return draw_fresh(taken, FRESH11_SEED, FRESH11_PER_TOPIC, FRESH11_POLNEAR, "fresh11", POLNEAR_TRAIN)


def draw_fresh12() -> list[tuple[str, str]]:
    """(path, "fresh12"): the twelfth fresh sample, from files in none of the twelve earlier samples."""
    taken = _taken_before(
        draw_fresh2,
        draw_fresh3,
        draw_fresh4,
        draw_fresh5,
        draw_fresh6,
        draw_fresh7,
        draw_fresh8,
        draw_fresh9,
        draw_fresh10,
        draw_fresh11,
    )
    return draw_fresh(taken, FRESH12_SEED, FRESH12_PER_TOPIC, FRESH12_POLNEAR, "fresh12", POLNEAR_TRAIN)


def draw_fresh13() -> list[tuple[str, str]]:
    """(path, "fresh13"): the thirteenth fresh sample, from files in none of the thirteen earlier samples."""
    taken = _taken_before(
        draw_fresh2,
        draw_fresh3,
        draw_fresh4,
        draw_fresh5,
        draw_fresh6,
        draw_fresh7,
        draw_fresh8,
        draw_fresh9,
        draw_fresh10,
        draw_fresh11,
        draw_fresh12,
    )
    return draw_fresh(taken, FRESH13_SEED, FRESH13_PER_TOPIC, FRESH13_POLNEAR, "fresh13", POLNEAR_TRAIN)


def draw_fresh14() -> list[tuple[str, str]]:
    """(path, "fresh14"): the fourteenth fresh sample, from files in none of the fourteen earlier samples."""
    taken = _taken_before(
        draw_fresh2,
        draw_fresh3,
        draw_fresh4,
        draw_fresh5,
        draw_fresh6,
        draw_fresh7,
        draw_fresh8,
        draw_fresh9,
        draw_fresh10,
        draw_fresh11,
        draw_fresh12,
        draw_fresh13,
    )
    return draw_fresh(taken, FRESH14_SEED, FRESH14_PER_TOPIC, FRESH14_POLNEAR, "fresh14", POLNEAR_TRAIN)


def draw_fresh15() -> list[tuple[str, str]]:
    """(path, "fresh15"): the fifteenth fresh sample, from files in none of the fifteen earlier samples."""
    taken = _taken_before(
        draw_fresh2,
        draw_fresh3,
        draw_fresh4,
        draw_fresh5,
        draw_fresh6,
        draw_fresh7,
        draw_fresh8,
        draw_fresh9,
        draw_fresh10,
        draw_fresh11,
        draw_fresh12,
        draw_fresh13,
        draw_fresh14,
    )
    return draw_fresh(taken, FRESH15_SEED, FRESH15_PER_TOPIC, FRESH15_POLNEAR, "fresh15", POLNEAR_TRAIN)


def main(argv: list[str] | None = None) -> int:
    if not SHARED.exists():
        print("../shared is not there: nothing to draw", file=sys.stderr)
        return 0
    from analysis.inputs.raw import RawArticle
    from analysis.pipeline import analyze_many

    args = sys.argv[1:] if argv is None else argv
    sample = draw()
    if "--fresh15" in args:
        sample = draw_fresh15()
    elif "--fresh14" in args:
        sample = draw_fresh14()
    elif "--fresh13" in args:
        sample = draw_fresh13()
    elif "--fresh12" in args:
        sample = draw_fresh12()
    elif "--fresh11" in args:
        sample = draw_fresh11()
    elif "--fresh10" in args:
        sample = draw_fresh10()
    elif "--fresh9" in args:
        sample = draw_fresh9()
    elif "--fresh8" in args:
        sample = draw_fresh8()
    elif "--fresh7" in args:
        sample = draw_fresh7()
    elif "--fresh6" in args:
        sample = draw_fresh6()
    elif "--fresh5" in args:
        sample = draw_fresh5()
    elif "--fresh4" in args:
        sample = draw_fresh4()
    elif "--fresh3" in args:
        sample = draw_fresh3()
    elif "--fresh2" in args:
        sample = draw_fresh2()
    elif "--fresh" in args:
        sample = draw_fresh({p for p, _ in sample})
    raws = [RawArticle(source=p, text=(SHARED / p).read_text(encoding="utf-8", errors="replace")) for p, _ in sample]
    for (path, part), a in zip(sample, analyze_many(raws), strict=True):
        print(f"##### {path} [{part}]")
        print(a.text)
        print("SPEAKERS:", " | ".join(s.name for s in a.speakers))
        if "--quotes" in args:
            # who each name stands for: the words each quote hangs on and its first words, nothing
            # NewsLens says about the speaker (no kind, role, group or gender)
            for s in a.speakers:
                print(f"  {s.name}:")
                for q in a.quotes:
                    if q.speaker == s.name:
                        cue = a.text[q.speaker_start : q.speaker_end] if q.speaker_start is not None else "?"
                        # the quote's offsets key the label to its quotes (eval_sources.match)
                        print(f"    [{cue}] {q.start}-{q.end} {q.text[:70]!r}")
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
