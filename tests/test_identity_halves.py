"""The identity step's per-mention passes read in two processes give what one process gives (13-m)."""

from __future__ import annotations

import os
import pickle
import re

import pandas as pd
import pytest

from analysis.corpus.identity import decide, evidence, halves, identify, learned, unit_map
from analysis.corpus.tables import Tables, to_tables
from analysis.records import Article, Entity, Mention

TEXTS = [
    ("Shares in the oil firm Yukos fell. Yukos said its chief executive would stay.", {"Yukos": "PERSON"}),
    ("Mr Blair said he would go. Blair met the Queen in London.", {"Blair": "PERSON", "London": "GPE"}),
    ("The film Vera Drake won an Oscar. Vera Drake director Mike Leigh was there.", {"Vera Drake": "PERSON"}),
    ("Arsenal v Bolton ended 2-1. Bolton keeper Jaaskelainen saved twice.", {"Bolton": "PERSON", "Arsenal": "ORG"}),
    ("Sony's PlayStation Portable console sold well in Japan, Sony said.", {"Sony": "ORG", "Japan": "GPE"}),
    ("The Leeds band played in Leeds; Leeds striker Smith scored.", {"Leeds": "GPE", "Smith": "PERSON"}),
    ("Analysts said the IMF and the International Monetary Fund agreed.", {"IMF": "ORG"}),
    ("Labour won the seat. Labour's leader spoke at Twickenham.", {"Labour": "ORG", "Twickenham": "GPE"}),
]


def _article(n: int, text: str, names: dict[str, str]) -> Article:
    mentions, entities = [], []
    for name, label in names.items():
        spans = [(m.start(), m.end()) for m in re.finditer(rf"\b{re.escape(name)}\b", text)]
        mentions += [Mention(s, e, name, label, name) for s, e in spans]
        entities.append(Entity(name, label, len(spans), [name]))
    return Article(
        source=f"a{n}.txt", id=f"a{n:02d}", title=None, topics=["news" if n % 2 else "sport"], dateline=None,
        text=text, mentions=sorted(mentions, key=lambda m: m.start), entities=entities, quotes=[],
    )  # fmt: skip


def _tables() -> Tables:
    return to_tables([_article(n, text, names) for n, (text, names) in enumerate(TEXTS * 3)])


@pytest.fixture
def forking(monkeypatch):
    """Halves read in a forked child even for a small corpus (where the machine allows a fork)."""
    if not hasattr(os, "fork"):
        pytest.skip("no fork here")
    monkeypatch.setattr(halves, "MIN_ROWS", 2)
    monkeypatch.setattr(decide, "OPEN_MIN", 1)  # (the entities the learned model may relabel, too)
    monkeypatch.setattr(halves, "default_processes", lambda: 2)
    monkeypatch.setattr(halves, "_single_threaded", lambda: True)  # earlier tests may leave threads


def _serial(monkeypatch, f):
    monkeypatch.setattr(halves, "ENABLED", False)
    try:
        return f()
    finally:
        monkeypatch.setattr(halves, "ENABLED", True)


def test_split_at_article_keeps_each_articles_rows_together():
    rows = [("a", 1), ("a", 2), ("b", 1), ("b", 2), ("b", 3), ("c", 1)]
    assert halves.split_at_article(rows) == 5  # the middle (3) falls inside "b": cut after it
    assert halves.split_at_article([("a", 1), ("a", 2), ("a", 3), ("b", 1)]) == 3  # before the last article
    assert halves.split_at_article([("a", 1), ("b", 1), ("a", 2)]) is None  # an article's rows apart
    assert halves.split_at_article([("a", 1), ("a", 2)]) is None  # one article
    assert halves.split_at_article([]) is None


def test_cue_votes_and_context_counts_are_the_same_read_in_two_processes(forking, monkeypatch):
    t = _tables()
    units = set(zip(t.entities["article_id"], t.entities["name"], strict=True))
    calls = []
    real = halves.os.fork
    monkeypatch.setattr(halves.os, "fork", lambda: calls.append(1) or real())
    cues, context = evidence.cue_votes(t), learned.context_counts(t, units=units)
    assert calls  # a child read half of them
    cues1 = _serial(monkeypatch, lambda: evidence.cue_votes(t))
    context1 = _serial(monkeypatch, lambda: learned.context_counts(t, units=units))
    assert cues == cues1 and list(cues) == list(cues1)
    assert context == context1 and list(context) == list(context1)
    assert all(list(context[k]) == list(context1[k]) for k in context)  # each counter's order too
    assert cues[("a00", "Yukos")]["ORG"] > 0


def test_cue_votes_begun_before_the_keys_are_those_read_after(forking, monkeypatch):
    """CuesAhead's child reads the names by their own keys with no run-on; the keys may then make a name
    a listed one (dropped), a listed one not (read here), or cut a unit short (read here, run on)."""
    t = _tables()
    names = set(t.entities["name"]) - {"London"}  # (as if the keys made "London" a listed name)
    assert "Japan" in names  # a country by its own key: the child leaves it out, it is read here
    longer_end = {("a05", "Leeds"): 5, ("a13", "Leeds"): 5, ("a03", "Bolton"): 7}
    monkeypatch.setattr(evidence, "HERE_SHARE", 0.25)
    calls = []
    real = halves.os.fork
    monkeypatch.setattr(halves.os, "fork", lambda: calls.append(1) or real())
    ahead = evidence.CuesAhead(t, t.entities["name"])
    got = ahead.votes(names, longer_end)
    assert calls  # the child read the articles after the first quarter
    rows, work = evidence.cue_scan(t, names, longer_end)
    assert got == work(rows)
    assert not any(x == "London" for _, x in got)
    assert ("a12", "Japan") in got  # a unit of the child's articles its names left out, read here
    rows, work = evidence.cue_scan(t, names)
    assert got[("a13", "Leeds")] != work(rows)[("a13", "Leeds")]  # the child's, read again run on
    serial = _serial(monkeypatch, lambda: evidence.CuesAhead(t, t.entities["name"]).votes(names, longer_end))
    assert serial == got


def test_cue_votes_begun_where_no_child_is_worth_it_are_read_here_whole(monkeypatch):
    """A machine that could fork but a corpus too small for a child (the dashboard's few articles, CoNLL's
    216): every article's cue words are read here, none left out (a bug of 13-ap's first version)."""
    t = _tables()
    monkeypatch.setattr(halves, "default_processes", lambda: 2)
    monkeypatch.setattr(halves, "_single_threaded", lambda: True)
    assert halves.could_fork() and len(t.mentions) < halves.MIN_ROWS
    names = set(t.entities["name"])
    got = evidence.CuesAhead(t, t.entities["name"]).votes(names, {})
    rows, work = evidence.cue_scan(t, names)
    assert got == work(rows) and ("a00", "Yukos") in got


def test_mention_tests_read_in_a_child_are_those_read_here(forking, monkeypatch):
    from analysis.corpus.identity.senses import MentionTests

    texts = [
        ("Ministers met in Kyoto. The Kyoto protocol talks went on.", {"Kyoto": "GPE"}),
        ("The Kyoto protocol came into force.", {"Kyoto": "GPE"}),
        ("Metallica: Some Kind Of Monster opens. Fans love it.", {"Metallica": "ORG"}),
        ("Metallica played in Kyoto.", {"Metallica": "ORG", "Kyoto": "GPE"}),
    ]
    t = to_tables([_article(n, text, names) for n, (text, names) in enumerate(texts)])
    aids, names = t.entities["article_id"].tolist(), t.entities["name"].tolist()
    by_key: dict[str, list[int]] = {}
    for i, x in enumerate(names):
        by_key.setdefault(x.casefold(), []).append(i)
    calls = []
    real = halves.os.fork
    monkeypatch.setattr(halves.os, "fork", lambda: calls.append(1) or real())
    tests = MentionTests(t, aids, names, by_key)
    turn = halves.InTurn([tests.read, lambda: {"n": len(names)}], 100)
    tests.started = turn.part(0)
    assert calls
    here = MentionTests(t, aids, names, by_key).result()
    assert tests.result() == here == {"accords": {("a01", "Kyoto")}, "titled": {("a02", "Metallica")}}
    assert turn.part(1).result() == {"n": len(names)} and turn.pid is None  # all sent: the child reaped


def test_jobs_in_turn_give_their_answers_in_order_and_a_failed_one_leaves_the_rest_here(forking):
    parent = os.getpid()

    def fails():
        if os.getpid() != parent:
            raise RuntimeError("the child fails")
        return {"b": 2}

    big = {("a", n): n for n in range(50_000)}  # (more than a pipe holds by default)
    turn = halves.InTurn([lambda: big, lambda: {"a": 1}, fails, lambda: {"c": 3}], 100)
    assert turn.part(1).result() == {"a": 1} and turn.part(0).result() == big
    assert turn.part(2).result() is None and turn.part(3).result() is None  # the caller works them out
    assert turn.pid is None
    closed = halves.InTurn([lambda: {"a": 1}], 100)
    closed.close()  # (an answer never taken: the child is ended)
    assert closed.pid is None and closed.part(0).result() is None


def test_the_unit_map_and_tables_are_the_same_read_in_two_processes(forking, monkeypatch):
    t = _tables()
    calls = []
    real = halves.os.fork
    monkeypatch.setattr(halves.os, "fork", lambda: calls.append(1) or real())
    both, out = unit_map(t), identify(t)
    assert len(calls) == 6  # cue words; mention tests, document frequencies and word counts in turn; relabels
    one, out1 = _serial(monkeypatch, lambda: (unit_map(t), identify(t)))
    pd.testing.assert_frame_equal(both, one, check_exact=True)
    for name in ("mentions", "entities", "quotes", "speakers"):
        pd.testing.assert_frame_equal(getattr(out, name), getattr(out1, name), check_exact=True)


def test_a_child_that_fails_leaves_the_work_to_this_process(forking):
    parent = os.getpid()

    def work(rows):
        if os.getpid() != parent:
            raise RuntimeError("the child fails")
        return {(r[0], r[1]): r[1] for r in rows}

    rows = [(a, n) for a in ("a", "b", "c", "d") for n in range(3)]
    assert halves.in_halves(rows, work) == {(a, n): n for a, n in rows}


def test_a_share_cuts_at_an_article_about_that_far_in():
    rows = [(a, n) for a in "abcdefghij" for n in range(2)]  # ten articles of two rows
    assert halves.split_at_article(rows, 0.2) == 4  # two articles before the cut
    assert halves.split_at_article(rows, 0.5) == halves.split_at_article(rows) == 10
    assert halves.split_at_article(rows, 0.01) == 2  # at least one article on each side
    assert halves.split_at_article(rows, 0.99) == 18


@pytest.mark.parametrize("share", [0.2, 0.5])
def test_beside_gives_the_rows_work_and_the_other_work_forked_or_not(forking, monkeypatch, share):
    rows = [(a, n) for a in ("a", "b", "c", "d", "e") for n in range(3)]
    pids: set[int] = set()

    def work(part):
        pids.add(os.getpid())  # (the child's own set: only this process's pid comes back here)
        return {(r[0], r[1]): os.getpid() for r in part}

    done, also = halves.beside(rows, work, lambda: "meanwhile", share)
    assert also == "meanwhile" and list(done) == [(a, n) for a, n in rows]
    assert len(set(done.values())) == 2 and pids == {os.getpid()}  # a child read the rest
    assert sum(1 for v in done.values() if v == os.getpid()) == halves.split_at_article(rows, share)
    serial, also = _serial(monkeypatch, lambda: halves.beside(rows, work, lambda: "meanwhile", share))
    assert also == "meanwhile" and list(serial) == list(done) and set(serial.values()) == {os.getpid()}


def test_started_work_is_the_childs_or_this_process_when_the_child_fails(forking):
    parent = os.getpid()
    rows = [(a, n) for a in ("a", "b") for n in range(3)]

    def work(rows):
        return {(r[0], r[1]): os.getpid() != parent for r in rows}

    assert halves.Started(lambda: (rows, work), len(rows)).result() == {(a, n): True for a, n in rows}  # in the child

    def failing(rows):
        if os.getpid() != parent:
            raise RuntimeError("the child fails")
        return {(r[0], r[1]): r[1] for r in rows}

    assert halves.Started(lambda: (rows, failing), len(rows)).result() == {(a, n): n for a, n in rows}
    started = halves.Started(lambda: (rows, work), len(rows))
    started.close()  # (an answer not taken: the child is ended, its pipe closed)
    assert started.pid is None and started.result() is None


def test_counters_cross_the_pipe_as_they_were():
    from collections import Counter

    answer = {("a", "X"): Counter({"ORG": 2.0, "PERSON": -2.0}), ("b", "Y"): Counter(), ("c", "Z"): Counter(p=1)}
    back = halves._unpack(pickle.loads(pickle.dumps(halves._pack(answer))))
    assert back == answer and list(back) == list(answer)
    assert all(type(v) is Counter and list(v.items()) == list(answer[k].items()) for k, v in back.items())
    other = {("a", 1): (1, "x")}  # (other values cross as they are)
    assert halves._unpack(halves._pack(other)) == other
