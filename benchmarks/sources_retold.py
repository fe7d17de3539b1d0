"""Blind parts of the Sources sample with and without the articles they retell: the BBC corpus holds many
copies and retellings of one story, and an article that shares most of its words with one an earlier part
labelled is no new text, whatever part it was drawn into (the labellers label it as before).

    python benchmarks/sources_retold.py fresh96 fresh97 ... [--share 0.5]

For each part named, every article whose eight-word runs are at least ``--share`` shared with an article
labelled in an earlier part (``labels.json`` order) is listed with that article; then kind and role-group
accuracy (``eval_sources``' measures and matching) over the parts together, over their other articles and
over the retold ones alone, on the code this is run with. (Run it on the code a part was scored on, a
worktree, to restate that blind figure.) Exits 0 with a message when ``../shared`` is not there.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import eval_sources  # noqa: E402

RUN = 8


def word_runs(text: str, n: int = RUN) -> set[tuple[str, ...]]:
    """The article's runs of ``n`` consecutive words (lower case, punctuation dropped)."""
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def retold(parts: list[str], labels: list[dict], text_of: dict[str, str], share: float) -> dict[str, tuple[float, str]]:
    """Each article of ``parts`` that shares at least ``share`` of its word runs with an article labelled in
    an earlier part: path -> (the share, that article's path)."""
    order: dict[str, int] = {}
    paths: dict[str, set[str]] = {}
    for r in labels:
        order.setdefault(r["part"], len(order))
        paths.setdefault(r["part"], set()).add(r["path"])
    runs = {p: word_runs(t) for p, t in text_of.items()}
    out = {}
    for part in parts:
        earlier = {p for q, ps in paths.items() if order[q] < order[part] for p in ps}
        for path in sorted(paths.get(part, ())):
            mine = runs[path]
            if not mine:
                continue
            best = max(((len(mine & runs[e]) / len(mine), e) for e in earlier), default=(0.0, ""))
            if best[0] >= share:
                out[path] = best
    return out


def _figures(rows: list[tuple[dict, object]]) -> str:
    kind = sum(1 for r, s in rows if s is not None and s.kind == r["kind"])
    with_role = [(r, s) for r, s in rows if r["role"]]
    group = sum(1 for r, s in with_role if s is not None and s.role_group == r["role_group"])
    return f"kind {eval_sources._ratio(kind, len(rows))}, role group {eval_sources._ratio(group, len(with_role))}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("parts", nargs="+", choices=eval_sources.PARTS["every"])
    ap.add_argument("--share", type=float, default=0.5, help="share of word runs that makes an article a retelling")
    args = ap.parse_args(argv)
    if not eval_sources.SHARED.exists():
        print(f"{eval_sources.SHARED} is not there: nothing to compare (the labels need the shared corpora)")
        return 0
    every = json.loads(eval_sources.LABELS.read_text(encoding="utf-8"))["speakers"]
    text_of = {p: eval_sources.article_text(p) for p in {r["path"] for r in every}}
    told = retold(args.parts, every, text_of, args.share)
    for path, (share, earlier) in sorted(told.items()):
        print(f"retold {path}: {share:.2f} of its runs in {earlier}")
    labels, articles = eval_sources.labels_and_articles(
        lambda r: r["part"] in args.parts and r["kind"] != "not a speaker"
    )
    rows = [(r, eval_sources.match(r, articles[r["path"]])[0]) for r in labels]
    print(f"all {len({r['path'] for r, _ in rows})} articles: {_figures(rows)}")
    new = [(r, s) for r, s in rows if r["path"] not in told]
    print(f"not retold, {len({r['path'] for r, _ in new})} articles: {_figures(new)}")
    old = [(r, s) for r, s in rows if r["path"] in told]
    if old:
        print(f"retold only, {len({r['path'] for r, _ in old})} articles: {_figures(old)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
