"""NewsMTSC reading and the train / held-out split shared by the training scripts.

Model selection never looks at devtest_mt: a tenth of train.jsonl, chosen by story (so that
near-identical sentences from two outlets covering one story never straddle the split), is held
out instead.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT.parent / "shared" / "eval" / "newsmtsc"
GOLD = {2.0: "negative", 4.0: "neutral", 6.0: "positive"}
LABELS = ("negative", "neutral", "positive")


@dataclass
class Item:
    story: str
    sentence: str
    targets: list[tuple[int, int, str]]  # (start, end, label); end exclusive


def read(path: Path, further_mentions: bool = False) -> list[Item]:
    """Sentences with their annotated targets. With ``further_mentions``, each target's further
    mentions in the same sentence (mostly pronouns: "she", "his"; the annotators' coreference) are
    added as targets of their own with the target's label, as the pipeline scores resolved pronouns."""
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        # primary_gid: "allsides_<story>_<article>_<sentence>_..." or "polusa_v1_<article>_..."
        parts = row["primary_gid"].split("_")
        story = "_".join(parts[:3] if parts[0] == "polusa" else parts[:2])
        targets = [(t["from"], t["to"], GOLD[t["polarity"]]) for t in row["targets"]]
        if further_mentions:
            targets += further_targets(row)
        items.append(Item(story, row["sentence_normalized"], targets))
    return items


def further_targets(row: dict) -> list[tuple[int, int, str]]:
    """The further mentions of a row's targets as (start, end, label), skipping any span that is
    already a target or overlaps one (two labels for one span would contradict each other)."""
    taken = [(t["from"], t["to"]) for t in row["targets"]]
    out = []
    for t in row["targets"]:
        for m in t.get("further_mentions") or []:
            a, b = m["from"], m["to"]
            if b <= a or any(a < y and x < b for x, y in taken):
                continue
            taken.append((a, b))
            out.append((a, b, GOLD[t["polarity"]]))
    return out


def is_held_out(story: str, tenths: int = 1) -> bool:
    return int(hashlib.md5(story.encode()).hexdigest(), 16) % 10 < tenths


FOLDS = 5


def fold_of(story: str) -> int:
    """Cross-validation fold of a story (0 .. FOLDS - 1); fold 0 holds the held-out tenth."""
    return int(hashlib.md5(story.encode()).hexdigest(), 16) % 10 // (10 // FOLDS)


def split(items: list[Item]) -> tuple[list[Item], list[Item]]:
    fit = [it for it in items if not is_held_out(it.story)]
    held = [it for it in items if is_held_out(it.story)]
    return fit, held


def macro_f1(gold: list[str], pred: list[str]) -> float:
    f1s = []
    for c in LABELS:
        tp = sum(g == c and p == c for g, p in zip(gold, pred, strict=True))
        fp = sum(g != c and p == c for g, p in zip(gold, pred, strict=True))
        fn = sum(g == c and p != c for g, p in zip(gold, pred, strict=True))
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(f1s) / len(f1s)
