"""Who speaks, scored: kind, role group and gender of each labelled speaker against NewsLens.

    python benchmarks/eval_sources.py [--show]

The labels (``benchmarks/labels/sources/labels.json``, how they were made in the README beside
it) name speakers by article path (under ``../shared``) and by the name NewsLens credits quotes
to; each is labelled as the person or body whose words the quotes are. Speakers labelled "not a
speaker" (a mis-parse credited with quotes) are left out. The articles are analysed through the
public API, the speakers matched by (article, name), and for each part of the sample (tune,
held-out, all) the script prints:

* kind accuracy over the labelled speakers (a speaker no longer found counts as wrong);
* role-group accuracy over speakers whose article gives them a role, and over all;
* gender precision where NewsLens says female or male and the label knows the gender, with and
  without first-name guesses, the number it cannot check (labelled unknown), and coverage: the
  share of labelled named persons that get a gender.

Exits 0 with a message when ``../shared`` is not there (a fresh clone).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
LABELS = ROOT / "benchmarks" / "labels" / "sources" / "labels.json"
TARGETS = {"gender_precision": 0.97, "named_coverage": 0.85, "kind": 0.90, "role_group": 0.80}


def _ratio(hit: int, n: int) -> str:
    return f"{hit / n:.3f} ({hit}/{n})" if n else "n/a (0/0)"


def score(labels: list[dict], found: dict[tuple[str, str], object], show: bool = False) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for part in ("tune", "held-out", "all"):
        rows = [r for r in labels if (part == "all" or r["part"] == part) and r["kind"] != "not a speaker"]
        c: dict[str, int] = defaultdict(int)
        for r in rows:
            s = found.get((r["path"], r["name"]))
            c["n"] += 1
            c["missing"] += s is None
            kind = s.kind if s else None
            group = s.role_group if s else None
            gender = s.gender if s else "unknown"
            evidence = s.gender_evidence if s else []
            c["kind_ok"] += kind == r["kind"]
            c["group_ok"] += group == r["role_group"]
            if r["role"]:
                c["with_role"] += 1
                c["with_role_ok"] += group == r["role_group"]
            if gender != "unknown":
                if r["gender"] in ("female", "male"):
                    c["gender_checked"] += 1
                    c["gender_ok"] += gender == r["gender"]
                    if evidence != ["first name"]:
                        c["gender_text_checked"] += 1
                        c["gender_text_ok"] += gender == r["gender"]
                else:
                    c["gender_unverifiable"] += 1
            if r["kind"] == "named person":
                c["named"] += 1
                c["named_gendered"] += gender != "unknown"
            if show and part == "all":
                bad = [
                    f"{what} {got!r} != {want!r}"
                    for what, got, want in (
                        ("kind", kind, r["kind"]),
                        ("group", group, r["role_group"]),
                        ("gender", gender, r["gender"] if r["gender"] != "unknown" else gender),
                    )
                    if got != want
                ]
                if bad:
                    print(f"  {r['path'].rsplit('/', 1)[-1][:40]:40} {r['name'][:40]:40} " + "; ".join(bad))
        out[part] = dict(c)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--show", action="store_true", help="list every disagreement")
    args = ap.parse_args(argv)
    if not SHARED.exists():
        print(f"{SHARED} is not there: nothing to score (the labels need the shared corpora)")
        return 0
    sys.path.insert(0, str(ROOT))
    from analysis import analyze_many
    from analysis.inputs.raw import RawArticle

    labels = json.loads(LABELS.read_text(encoding="utf-8"))["speakers"]
    paths = list(dict.fromkeys(r["path"] for r in labels))
    raws = [RawArticle(source=p, text=(SHARED / p).read_text(encoding="utf-8", errors="replace")) for p in paths]
    found = {}
    for path, article in zip(paths, analyze_many(raws), strict=True):
        for s in article.speakers:
            found[(path, s.name)] = s
    results = score(labels, found, show=args.show)
    print(
        f"{'part':9} {'n':>4} {'kind acc':>16} {'group acc (role)':>18} {'group acc (all)':>17} "
        f"{'gender prec':>17} {'prec w/o names':>17} {'unverif':>7} {'named cov':>16} {'missing':>7}"
    )
    for part, counts in results.items():
        c = defaultdict(int, counts)
        print(
            f"{part:9} {c['n']:>4} {_ratio(c['kind_ok'], c['n']):>16} "
            f"{_ratio(c['with_role_ok'], c['with_role']):>18} {_ratio(c['group_ok'], c['n']):>17} "
            f"{_ratio(c['gender_ok'], c['gender_checked']):>17} "
            f"{_ratio(c['gender_text_ok'], c['gender_text_checked']):>17} {c['gender_unverifiable']:>7} "
            f"{_ratio(c['named_gendered'], c['named']):>16} {c['missing']:>7}"
        )
    c = results["all"]
    checks = {
        "gender_precision": c.get("gender_ok", 0) / max(c.get("gender_checked", 0), 1),
        "named_coverage": c.get("named_gendered", 0) / max(c.get("named", 0), 1),
        "kind": c.get("kind_ok", 0) / max(c.get("n", 0), 1),
        "role_group": c.get("with_role_ok", 0) / max(c.get("with_role", 0), 1),
    }
    print(
        "targets (all): "
        + ", ".join(
            f"{k} {v:.3f} {'met' if v >= TARGETS[k] else 'MISSED'} (>= {TARGETS[k]})" for k, v in checks.items()
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
