"""Corpus identity on the BBC corpus against a hand-labelled sample, before and after the identity step.

    python benchmarks/eval_identity.py [--corpus ../shared/corpora/bbc] [--labels FILE ...] [--show-errors]
    python benchmarks/eval_identity.py --pooled [--labels FILE ...] [--no-timing]

``--labels`` takes one or more sample files (default: the first sample, bbc_identity.json; the second
to twenty-first are bbc_identity_2.json ... bbc_identity_21.json beside it, the seventeenth to twenty-first
drawn from names with 3 or 4 mentions; bbc_identity_21v.json, 13-aa's, drawn by a name's shape (acronyms,
"&", compounds); the twenty-first and 21v were scored blind at main 1d0fda7 and their errors read (13-ab,
13-aa), so all are development data now; the shipped model was fitted on 1-8);
every part of each file is scored. A label ``Name@topic`` covers the name's units in one BBC topic,
``Name@topic/NNN.txt`` one article's unit.

The corpus is analysed (or read from the store: ``$NEWSLENS_CACHE_DIR``) once without the identity step:
those are the per-article names ("before": one entity per name and label, as the corpus views counted
them); then the identity step runs on those tables ("after": one entity per ``entity_id``). A *unit* is
one article's entity (an ``entities`` row before the step). The labelled sample (README.md beside the
labels) says which units are one real entity and its type.

* merge precision / recall: B-cubed over the labelled units (for each unit, the share of its predicted
  entity's labelled units that are truly its entity, and the share of its true entity's units that the
  prediction put with it), averaged over units; pairwise figures too.
* type accuracy: an entity's type is the type most of its mentions get; compared on the coarse types
  PERSON, ORG, PLACE (GPE, LOC, FAC), NORP, OTHER, for labelled entities with >= 5 mentions and for all;
  "rules alone" beside it: the step without its learned type model (``unit_map(learned=False)``; the
  model is fitted on samples 1-7, so its figures there are in-sample, the eighth's to tenth's held out).
* ``--pooled`` (identity_pool.py): all the samples given (default: every ``bbc_identity*.json``, not a second
  reader's) as one gold set, so a merge of two entities labelled in different samples counts against precision too;
  entities of two samples that claim one unit are listed as conflicts and left out; every cross-sample
  wrong merge is listed. ``--no-timing`` skips the cold/warm timing runs.
* time: the identity step's own time on these tables, cold (no cache) and warm (the cached map).

Exits 0 with a message when the corpus is not there (a fresh clone).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from benchmarks import identity_pool  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "bbc"
DEFAULT_LABELS = ROOT / "benchmarks" / "labels" / "identity" / "bbc_identity.json"
COARSE = {"GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE", "EVENT": "OTHER", "PRODUCT": "OTHER"}
COARSE |= {"WORK_OF_ART": "OTHER", "LAW": "OTHER"}


def coarse(label: str) -> str:
    return COARSE.get(label, label)


def gold_units(units: list[dict], entities: list[dict]) -> dict[int, str]:
    """unit index -> gold entity id, for the units the labels cover."""
    plain: dict[str, str] = {}
    by_topic: dict[tuple[str, str], str] = {}
    by_file: dict[tuple[str, str], str] = {}
    for ent in entities:
        for n in ent["names"]:
            name, _, where = n.partition("@")
            if "/" in where:  # "Name@topic/NNN.txt": that one article's unit
                by_file[(name, where)] = ent["id"]
            elif where:
                by_topic[(name, where)] = ent["id"]
            else:
                plain[name] = ent["id"]
    out = {}
    for i, u in enumerate(units):
        gid = by_file.get((u["name"], u.get("file", "")))
        gid = gid or plain.get(u["name"]) or by_topic.get((u["name"], u["topic"]))
        if gid:
            out[i] = gid
    return out


def bcubed(gold: dict[int, str], pred: dict[int, str]) -> dict[str, float]:
    g_members: dict[str, set[int]] = defaultdict(set)
    p_members: dict[str, set[int]] = defaultdict(set)
    for i, g in gold.items():
        g_members[g].add(i)
        p_members[pred[i]].add(i)
    prec = rec = 0.0
    for i, g in gold.items():
        same_pred, same_gold = p_members[pred[i]], g_members[g]
        both = len(same_pred & same_gold)
        prec += both / len(same_pred)
        rec += both / len(same_gold)
    n = len(gold)
    tp = sum(len(p & g) * (len(p & g) - 1) / 2 for p in p_members.values() for g in g_members.values())
    pp = sum(len(p) * (len(p) - 1) / 2 for p in p_members.values())
    gp = sum(len(g) * (len(g) - 1) / 2 for g in g_members.values())
    return {
        "merge_precision": round(prec / n, 4),
        "merge_recall": round(rec / n, 4),
        "pairwise_precision": round(tp / pp, 4) if pp else 1.0,
        "pairwise_recall": round(tp / gp, 4) if gp else 1.0,
    }


def type_accuracy(gold: dict[int, str], labels: list[str], counts: list[int], truth: dict[str, str]) -> dict:
    votes: dict[str, Counter] = defaultdict(Counter)
    for i, g in gold.items():
        votes[g][coarse(labels[i])] += counts[i]
    out = {}
    for name, keep in (("type_accuracy_5plus", 5), ("type_accuracy_all", 1)):
        ents = [g for g, v in votes.items() if sum(v.values()) >= keep]
        ok = sum(votes[g].most_common(1)[0][0] == truth[g] for g in ents)
        out[name] = round(ok / len(ents), 4) if ents else None
        out[name.replace("accuracy", "entities")] = len(ents)
    wrong = sorted(
        (g, dict(v)) for g, v in votes.items() if sum(v.values()) >= 5 and v.most_common(1)[0][0] != truth[g]
    )
    out["wrong_types_5plus"] = wrong
    return out


def score(units: list[dict], pred_id: list[str], pred_label: list[str], entities: list[dict]) -> dict:
    gold = gold_units(units, entities)
    truth = {e["id"]: e["type"] for e in entities}
    res = {"units": len(gold), "entities": len(set(gold.values()))}
    res |= bcubed(gold, {i: pred_id[i] for i in gold})
    res |= type_accuracy(gold, pred_label, [u["count"] for u in units], truth)
    return res


def wrong_merges(units, pred_id, entities) -> list[tuple[str, list[str]]]:
    gold = gold_units(units, entities)
    members: dict[str, set[str]] = defaultdict(set)
    for i, g in gold.items():
        members[pred_id[i]].add(g)
    return sorted((k, sorted(v)) for k, v in members.items() if len(v) > 1)


def missed_merges(units, pred_id, entities) -> list[tuple[str, list[str]]]:
    """Labelled entities the prediction left in pieces: each piece's names and unit count."""
    gold = gold_units(units, entities)
    pieces: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    for i, g in gold.items():
        pieces[g][pred_id[i]][units[i]["name"]] += 1
    return sorted(
        (g, [", ".join(f"{n} x{c}" for n, c in names.items()) for names in p.values()])
        for g, p in pieces.items()
        if len(p) > 1
    )


def pooled_report(
    units: list[dict], before: tuple, after: tuple, samples: dict[str, list[dict]], names: dict[str, str]
) -> None:
    """All samples as one gold set: conflicts left out, pooled merge and type figures, cross-sample merges;
    then the same with each conflict of one type taken as one entity."""
    claimed = identity_pool.claims(units, samples, gold_units)
    groups = identity_pool.conflicts(claimed)
    ents = {f"{s}:{e['id']}": e for s, es in samples.items() for e in es}
    print(f"\n[pooled] {len(samples)} samples, {len(ents)} labelled entities")
    for group in groups:
        shared = sorted({units[i]["name"] for i, g in claimed.items() if len(g) > 1 and set(g) <= group})
        who = "; ".join(f"{g} ({ents[g]['type']})" for g in sorted(group))
        print(f"  conflict: {who}; names claimed by both: {', '.join(shared)}")
    alias, mixed = identity_pool.united(groups, {g: e["type"] for g, e in ents.items()})
    for title, left_out, joined in (
        ("conflicts left out", set().union(*groups) if groups else set(), {}),
        ("each conflict of one type as one entity", mixed, alias),
    ):
        gold = identity_pool.pooled_gold(claimed, left_out, joined)
        print(
            f"\n[pooled, {title}] {len(left_out)} entities left out; scored: {len(set(gold.values()))} "
            f"entities, {len(gold)} article-level units"
        )
        pooled_figures(units, gold, before, after, ents)
        cross = identity_pool.cross_sample_merges(gold, after[0], joined)
        print(f"  cross-sample wrong merges after: {len(cross)} corpus entities")
        for pred, gids in sorted(cross.items(), key=lambda kv: sorted(kv[1])):
            parts = []
            for g in sorted(gids):
                held = Counter(units[i]["name"] for i, x in gold.items() if x == g and after[0][i] == pred)
                parts.append(f"{g} {ents[g]['type']} [{', '.join(f'{n} x{c}' for n, c in held.most_common())}]")
            print(f"    {names.get(pred, pred)!r}: " + " + ".join(parts))


def pooled_figures(units: list[dict], gold: dict[int, str], before: tuple, after: tuple, ents: dict) -> None:
    truth = {g: ents[g]["type"] for g in set(gold.values())}
    counts = [u["count"] for u in units]
    (before_id, before_label), (after_id, after_label, rules_label) = before, after
    rows: dict[str, dict[str, Any]] = {}
    for key, ids, labs in (("before", before_id, before_label), ("after", after_id, after_label)):
        rows[key] = bcubed(gold, {i: ids[i] for i in gold}) | type_accuracy(gold, labs, counts, truth)
    rows["rules"] = type_accuracy(gold, rules_label, counts, truth)
    for key in ("merge_precision", "merge_recall", "pairwise_precision", "pairwise_recall"):
        print(f"  {key:<22} before {rows['before'][key]!s:>7}   after {rows['after'][key]!s:>7}")
    for key in ("type_accuracy_5plus", "type_accuracy_all"):
        b, a, r = (rows[k][key] for k in ("before", "after", "rules"))
        print(f"  {key:<22} before {b!s:>7}   after {a!s:>7}   (rules alone {r!s:>7})")
    print(f"  entities with >= 5 mentions: {rows['after']['type_entities_5plus']}")


def timing(before: Any) -> None:
    """The identity step's own time on these tables: cold (no cache) and warm (the cached map)."""
    from analysis.corpus import identity
    from analysis.corpus.store import Store

    colds, cpus = [], []
    for _ in range(3):  # cold: no cache; the median of three, and CPU time too (the machine is shared)
        t0, c0 = time.perf_counter(), time.process_time()
        identity.identify(before)
        colds.append(time.perf_counter() - t0)
        cpus.append(time.process_time() - c0)
    cold, cpu = sorted(colds)[1], sorted(cpus)[1]
    with tempfile.TemporaryDirectory() as tmp:
        tmp_store = Store(tmp)
        identity.identify(before, tmp_store)  # fills the cache
        t0 = time.perf_counter()
        identity.identify(before, tmp_store)
        warm = time.perf_counter() - t0
    runs = ", ".join(f"{c:.2f}" for c in colds)
    print(f"time    identity step cold {cold:.2f} s wall (median of {runs}), {cpu:.2f} s CPU; warm {warm:.2f} s")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--labels", type=Path, nargs="+", help="labelled sample file(s) (default: the first sample)")
    ap.add_argument("--show-errors", action="store_true", help="list wrong merges and wrong types")
    ap.add_argument("--pooled", action="store_true", help="score all samples as one gold set (identity_pool.py)")
    ap.add_argument("--no-timing", action="store_true", help="skip the cold and warm timing of the step")
    args = ap.parse_args(argv)
    if not args.labels:
        # a second reader's file (bbc_identity_25_second_reader.json) relabels a sample: not pooled twice
        every = sorted(p for p in DEFAULT_LABELS.parent.glob("bbc_identity*.json") if "second_reader" not in p.stem)
        args.labels = every if args.pooled else [DEFAULT_LABELS]
    if not args.corpus.exists():
        print(f"eval_identity: {args.corpus} not found (the corpora live in ../shared). Nothing to do.")
        return 0
    from analysis.corpus import identity
    from analysis.corpus.runner import run
    from analysis.corpus.store import Store
    from analysis.inputs.files import iter_articles

    labels = {}
    for path in args.labels:
        for key, value in json.loads(path.read_text("utf-8")).items():
            if isinstance(value, list):
                labels[f"{path.stem}:{key}" if len(args.labels) > 1 or args.pooled else key] = value
    store = Store()
    t0 = time.perf_counter()
    before, report = run(iter_articles([args.corpus]), store=store, identity=False)
    print(f"corpus  {report.summary()} ({time.perf_counter() - t0:.1f} s to analyse or load, without identity)")

    if not args.no_timing:
        timing(before)

    arts = before.articles.set_index("article_id")["source"]
    e = before.entities
    units = [
        {
            "article_id": a,
            "name": n,
            "label": lab,
            "count": int(c),
            "topic": Path(arts[a]).parent.name,
            "file": f"{Path(arts[a]).parent.name}/{Path(arts[a]).name}",
        }
        for a, n, lab, c in zip(e["article_id"], e["name"], e["label"], e["count"], strict=True)
    ]
    umap = identity.unit_map(before).set_index(["article_id", "alias"])
    after_id = [umap.at[(u["article_id"], u["name"]), "entity_id"] for u in units]
    after_label = [umap.at[(u["article_id"], u["name"]), "label"] for u in units]
    # the rules alone (no learned type model, learned.py): its merges are the same, its types may differ
    rmap = identity.unit_map(before, learned=False).set_index(["article_id", "alias"])
    rules_label = [rmap.at[(u["article_id"], u["name"]), "label"] for u in units]
    before_id = [f"{u['name']}|{u['label']}" for u in units]
    before_label = [u["label"] for u in units]
    if args.pooled:
        names = dict(zip(umap["entity_id"], umap["name"], strict=True))
        pooled_report(units, (before_id, before_label), (after_id, after_label, rules_label), labels, names)
        print(f"\nafter: {len(set(after_id))} corpus entities from {len(set(before_id))} names")
        return 0
    for part in [k for k, v in labels.items() if isinstance(v, list)]:  # test/dev, or a second sample's part
        ents = labels[part]
        b = score(units, before_id, before_label, ents)
        a = score(units, after_id, after_label, ents)
        r = score(units, after_id, rules_label, ents)
        print(f"\n[{part}] {a['entities']} labelled entities, {a['units']} article-level units")
        for key in (
            "merge_precision",
            "merge_recall",
            "pairwise_precision",
            "pairwise_recall",
            "type_accuracy_5plus",
            "type_accuracy_all",
        ):
            rules = f"   (rules alone {r[key]!s:>7})" if key.startswith("type") else ""
            print(f"  {key:<22} before {b[key]!s:>7}   after {a[key]!s:>7}{rules}")
        print(f"  entities with >= 5 mentions: {a['type_entities_5plus']}")
        if args.show_errors:
            print(f"  wrong types after (>= 5 mentions): {a['wrong_types_5plus']}")
            print(f"  wrong types of the rules alone (>= 5 mentions): {r['wrong_types_5plus']}")
            print(f"  wrong merges after: {wrong_merges(units, after_id, ents)}")
            for g, parts in missed_merges(units, after_id, ents):
                print(f"  missed merge {g}: {' | '.join(parts)}")
    print(f"\nafter: {len(set(after_id))} corpus entities from {len(set(before_id))} names")
    return 0


if __name__ == "__main__":
    sys.exit(main())
