"""Training data for the strong tier: NewsMTSC rows read with and without each target's further
mentions (``newsmtsc.read(..., further_mentions=True)``, ``train_strong --further-mentions``).
Reading needs no torch, so these tests run in every install."""

from __future__ import annotations

import json

from analysis.training import newsmtsc

SENTENCE = "Hillary Clinton blamed Facebook for her defeat, and she said Clinton aides agreed."
ROW = {
    "primary_gid": "allsides_1018_408_1_Hillary Clinton_2_17",
    "sentence_normalized": SENTENCE,
    "targets": [
        {
            "from": 0,
            "to": 15,
            "mention": "Hillary Clinton",
            "polarity": 2.0,
            "further_mentions": [
                {"from": 36, "to": 39, "mention": "her"},
                {"from": 52, "to": 55, "mention": "she"},
                # overlaps the next target ("Clinton aides"): two labels for one span would contradict
                {"from": 61, "to": 68, "mention": "Clinton"},
                {"from": 36, "to": 39, "mention": "her"},  # listed twice: kept once
            ],
        },
        {"from": 61, "to": 74, "mention": "Clinton aides", "polarity": 4.0},
        {"from": 23, "to": 31, "mention": "Facebook", "polarity": 4.0},
    ],
}


def _write(tmp_path, rows):
    path = tmp_path / "train.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


def test_further_mentions_are_off_by_default(tmp_path):
    (item,) = newsmtsc.read(_write(tmp_path, [ROW]))
    assert item.story == "allsides_1018"
    assert [(SENTENCE[a:b], lab) for a, b, lab in item.targets] == [
        ("Hillary Clinton", "negative"),
        ("Clinton aides", "neutral"),
        ("Facebook", "neutral"),
    ]


def test_further_mentions_become_targets_with_their_targets_label(tmp_path):
    (item,) = newsmtsc.read(_write(tmp_path, [ROW]), further_mentions=True)
    assert [(SENTENCE[a:b], lab) for a, b, lab in item.targets] == [
        ("Hillary Clinton", "negative"),
        ("Clinton aides", "neutral"),
        ("Facebook", "neutral"),
        ("her", "negative"),
        ("she", "negative"),
    ]


def test_rows_without_further_mentions_read_the_same_either_way(tmp_path):
    row = {**ROW, "targets": [{k: v for k, v in t.items() if k != "further_mentions"} for t in ROW["targets"]]}
    path = _write(tmp_path, [row])
    assert newsmtsc.read(path) == newsmtsc.read(path, further_mentions=True)
