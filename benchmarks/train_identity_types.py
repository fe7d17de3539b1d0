"""Train (and cross-validate) the learned type model of the corpus identity step on the labelled samples.

    python benchmarks/train_identity_types.py --cv [--labels FILE ...]          # leave one sample out
    python benchmarks/train_identity_types.py --write [--C 1.0 --threshold 0.7]  # fit on all, write weights

Needs scikit-learn (the ``train`` extra); the identity step itself only reads the written weights
(``analysis/corpus/data/identity_types.json``) with plain Python.

The BBC corpus is analysed (or read from the store: ``$NEWSLENS_CACHE_DIR``) without the identity step;
the identity step's rules run on it (``unit_map(learned=False)``) and give every corpus entity its
features (``learned.group_features``) and the rules' type. A corpus entity whose labelled units (the
samples' ``Name``, ``Name@topic``, ``Name@topic/NNN.txt``, as in ``eval_identity.py``) say one coarse
type (by mentions) is one training example. ``--cv`` holds out one sample file at a time: the model is
fitted on the entities of the other files (none holding a unit of the held-out one) and the held-out
sample's type accuracy is scored with ``eval_identity.type_accuracy``, the rules' alone beside it.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
LABELS = ROOT / "benchmarks" / "labels" / "identity"
DEFAULT_LABELS = [LABELS / "bbc_identity.json"] + [LABELS / f"bbc_identity_{n}.json" for n in range(2, 8)]
CLASSES = ["PERSON", "ORG", "PLACE", "NORP", "OTHER"]
MIN_DF = 2  # a feature seen with fewer training entities gets no weight


def load(corpus: Path, label_files: list[Path]):
    from eval_identity import gold_units

    from analysis.corpus.identity.join import unit_map
    from analysis.corpus.runner import run
    from analysis.corpus.store import Store
    from analysis.inputs.files import iter_articles

    before, _ = run(iter_articles([corpus]), store=Store(), identity=False)
    arts = before.articles.set_index("article_id")["source"]
    e = before.entities
    units = [
        {
            "name": n,
            "count": int(c),
            "topic": Path(arts[a]).parent.name,
            "file": f"{Path(arts[a]).parent.name}/{Path(arts[a]).name}",
        }
        for a, n, c in zip(e["article_id"], e["name"], e["count"], strict=True)
    ]
    feats: dict = {}
    umap = unit_map(before, learned=False, features_out=feats)
    rule_labels = umap["label"].tolist()
    samples = []  # (file stem, entities, gold unit -> entity id)
    for path in label_files:
        ents = [x for v in json.loads(path.read_text("utf-8")).values() if isinstance(v, list) for x in v]
        samples.append((path.stem, ents, gold_units(units, ents)))
    return units, rule_labels, feats, samples


def examples(units, feats, samples):
    """(root, features, coarse truth, sample stem) for each corpus entity with labelled units."""
    truth_of = {}
    for stem, ents, gold in samples:
        types = {x["id"]: x["type"] for x in ents}
        for i, g in gold.items():
            truth_of[i] = (types[g], stem)
    out = []
    for root, (f, _rule, idx) in feats.items():
        votes, where = Counter(), Counter()
        for i in idx:
            if i in truth_of:
                votes[truth_of[i][0]] += units[i]["count"]
                where[truth_of[i][1]] += units[i]["count"]
        if votes:
            out.append((root, f, votes.most_common(1)[0][0], set(where)))
    return out


def fit(train, C: float):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    df = Counter(k for _, f, _, _ in train for k in f)
    keep = [{k: v for k, v in f.items() if df[k] >= MIN_DF} for _, f, _, _ in train]
    vec = DictVectorizer()
    x = vec.fit_transform(keep)
    clf = LogisticRegression(C=C, max_iter=3000)
    clf.fit(x, [t for _, _, t, _ in train])
    order = [list(clf.classes_).index(c) if c in clf.classes_ else None for c in CLASSES]
    names = vec.get_feature_names_out()
    weights = {}
    for j, name in enumerate(names):
        row = [round(float(clf.coef_[o, j]), 5) if o is not None else -50.0 for o in order]
        if any(abs(w) >= 1e-4 for w in row):
            weights[str(name)] = row
    bias = [round(float(clf.intercept_[o]), 5) if o is not None else -50.0 for o in order]
    return {"classes": CLASSES, "bias": bias, "weights": weights}


def relabelled(units, rule_labels, feats, data, roots):
    from analysis.corpus.identity.learned import TypeModel

    tm = TypeModel(data)
    labels = list(rule_labels)
    changed = 0
    for root in roots:
        f, rule, idx = feats[root]
        new = tm.relabel(rule, f, Counter({k[2:]: v for k, v in f.items() if k.startswith("m=")}), Counter())
        if new != rule:
            changed += 1
            for i in idx:
                labels[i] = new
    return labels, changed


def cross_validate(units, rule_labels, feats, samples, grid_c, grid_t) -> None:
    from eval_identity import type_accuracy

    ex = examples(units, feats, samples)
    print(f"{len(ex)} labelled corpus entities ({Counter(t for _, _, t, _ in ex)})")
    for C in grid_c:
        models = {}
        for stem, _, _ in samples:
            train = [x for x in ex if stem not in x[3]]
            models[stem] = fit(train, C)
        for thr in grid_t:
            tot_ok = tot_rule = tot_n = 0
            rows = []
            for stem, ents, gold in samples:
                data = models[stem] | {"threshold": thr}
                roots = [r for r, (_, _, idx) in feats.items() if any(i in gold for i in idx)]
                labels, changed = relabelled(units, rule_labels, feats, data, roots)
                truth = {x["id"]: x["type"] for x in ents}
                counts = [u["count"] for u in units]
                a = type_accuracy(gold, labels, counts, truth)
                b = type_accuracy(gold, rule_labels, counts, truth)
                n = a["type_entities_5plus"]
                tot_ok += round(a["type_accuracy_5plus"] * n)
                tot_rule += round(b["type_accuracy_5plus"] * n)
                tot_n += n
                rows.append(f"{stem[-2:]} {b['type_accuracy_5plus']:.3f}->{a['type_accuracy_5plus']:.3f} ({changed})")
            print(f"C={C} t={thr}: rules {tot_rule}/{tot_n} -> {tot_ok}/{tot_n} | " + "  ".join(rows))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpora" / "bbc")
    ap.add_argument("--labels", type=Path, nargs="+", default=DEFAULT_LABELS)
    ap.add_argument("--cv", action="store_true", help="leave one sample file out, print type accuracy")
    ap.add_argument("--C", type=float, nargs="+", default=[3.0])
    ap.add_argument("--threshold", type=float, nargs="+", default=[0.5])
    ap.add_argument("--write", type=Path, default=None, help="fit on all the samples, write the weights here")
    args = ap.parse_args(argv)
    if not args.corpus.exists():
        print(f"train_identity_types: {args.corpus} not found. Nothing to do.")
        return 0
    units, rule_labels, feats, samples = load(args.corpus, args.labels)
    if args.cv:
        cross_validate(units, rule_labels, feats, samples, args.C, args.threshold)
    if args.write:
        ex = examples(units, feats, samples)
        data = fit(ex, args.C[0]) | {"threshold": args.threshold[0]}
        data["about"] = (
            f"Learned type model of the corpus identity step (learned.py), fitted by "
            f"benchmarks/train_identity_types.py on {len(ex)} corpus entities of "
            f"{', '.join(p.name for p in args.labels)}; C={args.C[0]}, min_df={MIN_DF}."
        )
        args.write.write_text(json.dumps(data, sort_keys=True, indent=0) + "\n", "utf-8")
        print(f"wrote {args.write}: {len(data['weights'])} features")
    return 0


if __name__ == "__main__":
    sys.exit(main())
