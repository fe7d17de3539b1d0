"""Would a learned role-word -> role-group mapping do better than the lexicon? Leave one part out.

    pip install -e ".[train]"   # scikit-learn
    python benchmarks/sources_learned_groups.py [--parts dev] [--last fresh34,fresh35,fresh36,fresh37]

For every labelled speaker with a role in the text (the role-group measure of ``eval_sources``), the
speaker NewsLens matches (``eval_sources.match``) gives its role words and the lexicon's group. For
each part in turn a logistic regression is trained on the other parts' speakers (features: the role
words, their pairs, the last word, the speaker kind; label: the labelled group) and applied to the
part left out. Printed, over all parts and over the ``--last`` ones (the most recently added), the
number of right groups for:

* ``lexicon``: NewsLens as it is;
* ``learned``: the model alone, where NewsLens found role words (else the lexicon's answer);
* ``learned+rule``: the model given the lexicon's group as one more feature;
* ``fill``: the lexicon, with the model's group only where the lexicon says unknown.

The lexicon was written on every dev part, so its score on a part left out is optimistic; the
model's is not. The question is only whether the model adds anything on top. Exits 0 with a message
when ``../shared`` or scikit-learn is missing.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import eval_sources  # noqa: E402


def _features(role: str | None, kind: str | None, rule: str | None = None) -> dict[str, float]:
    words = re.findall(r"[a-z][a-z'-]*", (role or "").lower())
    f = {f"w={w}": 1.0 for w in words}
    f.update({f"b={a}_{b}": 1.0 for a, b in zip(words, words[1:], strict=False)})
    if words:
        f[f"h={words[-1]}"] = 1.0
    f[f"kind={kind}"] = 1.0
    if rule is not None:
        f[f"rule={rule}"] = 1.0
    return f


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--parts", default="dev", choices=tuple(eval_sources.PARTS))
    ap.add_argument("--last", default="fresh34,fresh35,fresh36,fresh37")
    args = ap.parse_args(argv)
    if not eval_sources.SHARED.exists():
        print("../shared is not there: nothing to score")
        return 0
    try:
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression
    except ImportError:
        print('scikit-learn is not installed: pip install -e ".[train]"')
        return 0
    members = set(eval_sources.PARTS[args.parts])
    labels, articles = eval_sources.labels_and_articles(
        lambda r: r["part"] in members and r["kind"] != "not a speaker" and bool(r["role"])
    )
    rows = []
    for r in labels:
        s, _ = eval_sources.match(r, articles[r["path"]])
        got = (s.role, s.kind, s.role_group) if s else (None, None, None)
        rows.append((r["part"], r["role_group"], *got))
    last = set(args.last.split(","))
    right: Counter[str] = Counter()
    for part in sorted({p for p, *_ in rows}):
        train = [x for x in rows if x[0] != part and x[2]]
        for with_rule in (False, True):
            vec = DictVectorizer()
            X = vec.fit_transform([_features(x[2], x[3], x[4] if with_rule else None) for x in train])
            model = LogisticRegression(C=1.0, max_iter=3000).fit(X, [x[1] for x in train])
            for p, want, role, kind, rule in (x for x in rows if x[0] == part):
                guess = rule
                if role:
                    guess = model.predict(vec.transform([_features(role, kind, rule if with_rule else None)]))[0]
                answers = {"learned+rule": guess} if with_rule else {"lexicon": rule, "learned": guess}
                if not with_rule:
                    answers["fill"] = guess if rule == "unknown" else rule
                for name, got in answers.items():
                    right[name] += got == want
                    right[f"{name} (last)"] += p in last and got == want
    n, n_last = len(rows), sum(x[0] in last for x in rows)
    print(f"{n} speakers with a role in {args.parts}; {n_last} in {args.last}")
    for name in ("lexicon", "learned", "learned+rule", "fill"):
        print(f"{name:14} {right[name] / n:.3f} ({right[name]}/{n})   last: {right[name + ' (last)']}/{n_last}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
