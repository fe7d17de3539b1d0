"""Why kinds miss: each labelled speaker whose kind NewsLens gets wrong, sorted by cause, per part of
the Sources sample, with the gold-by-predicted confusion matrix.

    python benchmarks/sources_kind_misses.py [--parts fresh,fresh2,...] [--show]

Causes, first that applies:

* ``missing``: no NewsLens speaker matches the label (``eval_sources.match``);
* ``wrong person``: the label's note names the "true speaker" of the quotes (they were credited to
  other words when it was labelled), or the matched speaker's name shares no content word with the
  label's name, role or note (they now go to someone else): an attribution error, not a kind error;
* otherwise by the confusion, gold -> predicted: ``anonymous vs unnamed`` (a description misread:
  "officials" against "a witness"), ``description taken as named`` (gold unnamed or anonymous,
  predicted named person), ``identified taken as unnamed`` (gold named person, predicted unnamed or
  anonymous: "the Indiana governor"), ``organisation named like a person`` (gold organisation,
  predicted named person), ``person taken for a body`` (gold named person, predicted organisation or
  country/group), ``country/group vs organisation`` (either way), ``body taken as people`` (gold
  organisation or country/group, predicted unnamed or anonymous), ``people taken as a body`` (the
  reverse), ``unknown`` (NewsLens says unknown: a pronoun nothing resolves).

Each miss also shows the spaCy label most of the speaker's name mentions carry (``ent``), the
speaker's role words and the step that matched the label. Exits 0 with a message when ``../shared``
is not there.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import eval_sources  # noqa: E402

KINDS = ("named person", "organisation", "country or group", "unnamed person", "anonymous", "unknown")
SHORT = {"named person": "named", "organisation": "org", "country or group": "country", "unnamed person": "unnamed"}
PEOPLE = frozenset({"unnamed person", "anonymous"})
BODIES = frozenset({"organisation", "country or group"})
CAUSES = (
    "missing",
    "wrong person",
    "anonymous vs unnamed",
    "description taken as named",
    "identified taken as unnamed",
    "organisation named like a person",
    "person taken for a body",
    "country/group vs organisation",
    "body taken as people",
    "people taken as a body",
    "unknown",
)


def cause(label: dict, speaker: object | None) -> str | None:
    """Why the label's kind is missed (one of CAUSES), or None when it is right."""
    if speaker is not None and speaker.kind == label["kind"]:
        return None
    if speaker is None:
        return "missing"
    gold, got = label["kind"], speaker.kind
    if "true speaker" in (label.get("note") or "") or (
        speaker.name != label["name"]
        and not eval_sources._words(speaker.name)
        & eval_sources._words(label["name"], label.get("role"), label.get("note"))
    ):
        return "wrong person"
    if got == "unknown":
        return "unknown"
    if gold in PEOPLE and got in PEOPLE:
        return "anonymous vs unnamed"
    if gold in PEOPLE and got == "named person":
        return "description taken as named"
    if gold == "named person" and got in PEOPLE:
        return "identified taken as unnamed"
    if gold == "organisation" and got == "named person":
        return "organisation named like a person"
    if gold == "named person" and got in BODIES:
        return "person taken for a body"
    if gold in BODIES and got in BODIES:
        return "country/group vs organisation"
    if gold in BODIES and got in PEOPLE:
        return "body taken as people"
    if gold in PEOPLE and got in BODIES:
        return "people taken as a body"
    return "country/group vs organisation"  # country or group <-> named person


def entity_label(article: object, name: str) -> str:
    """The spaCy label most mentions of ``name`` carry in the article ("-" when none)."""
    labels = Counter(m.label for m in article.mentions if m.entity == name)
    return labels.most_common(1)[0][0] if labels else "-"


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
    labels, articles = eval_sources.labels_and_articles(lambda r: r["part"] in parts and r["kind"] != "not a speaker")
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    confusion: Counter[tuple[str, str]] = Counter()
    for r in labels:
        speaker, how = eval_sources.match(r, articles[r["path"]])
        got = speaker.kind if speaker else "missing"
        confusion[(r["kind"], got)] += 1
        why = cause(r, speaker)
        counts[r["part"]][why or "right"] += 1
        counts["total"][why or "right"] += 1
        if args.show and why:
            ent = entity_label(articles[r["path"]], speaker.name) if speaker else "-"
            said = f"{speaker.name[:26]!r} ent {ent} role {speaker.role!r}" if speaker else "-"
            print(
                f"{r['part']:8} {why:33} {r['name'][:26]:26} {SHORT.get(r['kind'], r['kind'])}->"
                f"{SHORT.get(got, got)} ({how}); got {said}; label role {r['role']!r}"
            )
    print("confusion (rows gold, columns predicted):")
    cols = [*KINDS, "missing"]
    print(f"{'':9}" + "".join(f"{SHORT.get(k, k)[:8]:>9}" for k in cols))
    for g in KINDS[:5]:
        print(f"{SHORT.get(g, g)[:8]:9}" + "".join(f"{confusion[(g, k)]:>9}" for k in cols))
    print(f"{'part':8} {'right':>6} " + " ".join(f"{c[:12]:>12}" for c in CAUSES))
    for part in [*parts, "total"]:
        c = counts[part]
        print(f"{part:8} {c['right']:>6} " + " ".join(f"{c[k]:>12}" for k in CAUSES))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
