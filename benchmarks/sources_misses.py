"""Why role groups miss: each labelled speaker with a role in the text whose group NewsLens gets wrong,
sorted by cause, per part of the Sources sample.

    python benchmarks/sources_misses.py [--parts fresh,fresh2,...] [--show]

Causes, first that applies:

* ``missing``: no NewsLens speaker matches the label (``eval_sources.match``);
* ``extraction: no role``: the matched speaker has no role words;
* ``extraction: other words``: its role words share no content word with the label's role (words
  of another mention or another person: mostly quotes credited to the wrong name);
* ``mapping: right words, unknown``: the role words overlap the label's, the lexicon finds no group;
* ``mapping: right words, wrong group``: they overlap, the lexicon gives another group.

The first two (three) are extraction misses, the last two mapping misses: which dominates says
whether the role lexicon or the role finder is worth working on. Exits 0 with a message when
``../shared`` is not there.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import eval_sources  # noqa: E402

STOP = frozenset({"the", "and", "for", "his", "her", "who", "with", "from"})
CAUSES = (
    "missing",
    "extraction: no role",
    "extraction: other words",
    "mapping: right words, unknown",
    "mapping: right words, wrong group",
)


def _content(text: str | None) -> set[str]:
    return {w for w in re.findall(r"[a-z][a-z'-]+", (text or "").lower()) if len(w) > 2 and w not in STOP}


def cause(label: dict, speaker: object | None) -> str | None:
    """Why the label's role group is missed (one of CAUSES), or None when it is right."""
    if speaker is not None and speaker.role_group == label["role_group"]:
        return None
    if speaker is None:
        return "missing"
    if not speaker.role:
        return "extraction: no role"
    if not _content(speaker.role) & _content(label["role"]):
        return "extraction: other words"
    return "mapping: right words, unknown" if speaker.role_group == "unknown" else "mapping: right words, wrong group"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    fresh = ",".join(["fresh", *(f"fresh{n}" for n in range(2, 14))])
    ap.add_argument(
        "--parts",
        default=fresh,
        help="comma-separated parts (default: fresh .. fresh13; never fresh14, the held-out one)",
    )
    ap.add_argument("--show", action="store_true", help="list every miss")
    args = ap.parse_args(argv)
    if not eval_sources.SHARED.exists():
        print(f"{eval_sources.SHARED} is not there: nothing to count")
        return 0
    parts = args.parts.split(",")
    labels, articles = eval_sources.labels_and_articles(
        lambda r: r["part"] in parts and r["kind"] != "not a speaker" and r["role"]
    )
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for r in labels:
        speaker, _ = eval_sources.match(r, articles[r["path"]])
        why = cause(r, speaker)
        counts[r["part"]][why or "right"] += 1
        counts["total"][why or "right"] += 1
        if args.show and why:
            got = f"{speaker.role!r} -> {speaker.role_group}" if speaker else "-"
            print(f"{r['part']:8} {why:34} {r['name'][:28]:28} label {r['role'][:40]!r} ({r['role_group']}); got {got}")
    print(f"{'part':8} {'right':>6} " + " ".join(f"{c.split(': ')[-1][:18]:>18}" for c in CAUSES))
    for part in [*parts, "total"]:
        c = counts[part]
        print(f"{part:8} {c['right']:>6} " + " ".join(f"{c[k]:>18}" for k in CAUSES))
    total = counts["total"]
    extraction = sum(total[k] for k in CAUSES[:3])
    mapping = sum(total[k] for k in CAUSES[3:])
    print(f"extraction (incl. missing) {extraction}, mapping {mapping}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
