"""A per-mention pass of the identity step over two halves of the corpus at once (issue 13-m).

The cue-word scan and the learned model's word counts read every mention's words, one article at a
time, and take about half of the step's time on the BBC corpus. After a cold corpus run the step runs
alone in the main process while the worker processes have finished, so a second core is idle: the
second half of the articles is read in a forked child while this process reads the first, and the
two results, each keyed by (article id, entity name), are one dict (an article's rows all fall in one
half, so no key is in both). The same rows, the same code, the same dict: only who computes which half.
``decide.decide_entities`` also decides the entities the learned model may relabel this way, one row per entity
(13-u).

It forks only where that is safe (POSIX, and no other thread in this process: not inside the
Streamlit server or beside a Dask client, where a lock another thread held stays held in the child),
with two or more cores and enough rows to pay for the fork and the child's pickled answer; anything
else, or a child that fails, computes here as before.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import threading
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from analysis.corpus.engine import default_processes

T = TypeVar("T")
#: fewer rows than this are read in one process (a fork and the pickled answer cost about 20-40 ms)
MIN_ROWS = 20_000
#: set to False to read every row in this process (tests compare the two)
ENABLED = True


def _single_threaded() -> bool:
    """Whether this process runs no other thread. A forked child gets a copy of every lock, and one
    that another thread held (a Streamlit server's event loop and script threads, a Dask client's,
    a logging handler's) stays held in the child for ever; the child must not wait on a copy of it."""
    return threading.active_count() == 1


def split_at_article(rows: Sequence[tuple[Any, ...]], share: float = 0.5) -> int | None:
    """The index cutting ``rows`` (each starting with its article id) at an article's first row, about
    ``share`` of them before it (halving them by default), or None when the rows do not keep each
    article's rows together (then they are read in one piece)."""
    n = len(rows)
    if n < 2:
        return None
    runs = 1 + sum(1 for j in range(1, n) if rows[j][0] != rows[j - 1][0])
    if runs != len({r[0] for r in rows}) or runs < 2:
        return None
    mid = max(1, min(n - 1, int(n * share)))
    while mid < n and rows[mid][0] == rows[mid - 1][0]:
        mid += 1
    if mid == n:  # the last article straddles the middle: cut before it instead
        mid = max(1, min(n - 1, int(n * share)))
        while mid > 0 and rows[mid][0] == rows[mid - 1][0]:
            mid -= 1
    return mid if 0 < mid < n else None


def in_halves(rows: Sequence[tuple[Any, ...]], work: Callable[[Sequence[tuple[Any, ...]]], dict]) -> dict:
    """``work(rows)``, with the second half of the articles' rows read in a forked child when that is
    possible and worth it; ``work`` returns a dict keyed by (article id, ...), its values picklable."""
    return beside(rows, work, _nothing)[0]


def _nothing() -> None:
    return None


def beside(
    rows: Sequence[tuple[Any, ...]],
    work: Callable[[Sequence[tuple[Any, ...]]], dict],
    meanwhile: Callable[[], T],
    share: float = 0.5,
    min_rows: int | None = None,
) -> tuple[dict, T]:
    """``(work(rows), meanwhile())``. Where ``in_halves`` would fork, the child reads the rows after
    about the first ``share`` of them while this process runs ``meanwhile`` (work that does not wait
    for these rows) and then reads that first part: a smaller ``share`` when ``meanwhile`` has more to
    do, so that both end at about the same time (13-p). Otherwise ``meanwhile`` runs first, then
    ``work`` over every row, here. ``min_rows``: the fewest rows worth a fork, for rows that each take
    longer than a mention's (default ``MIN_ROWS``)."""
    mid = split_at_article(rows, share) if _worth_it(len(rows), min_rows) else None
    if mid is None:
        return _here(rows, work, meanwhile)
    child = _fork(lambda: work(rows[mid:]))  # (the child: the rows after the first part)
    if child is None:
        return _here(rows, work, meanwhile)
    pid, inp = child
    try:
        also = meanwhile()
        first = work(rows[:mid])
        got = _read_answer(inp)
    finally:
        inp.close()  # (on an error here: the child's write fails and it exits, so the wait ends)
        _, status = os.waitpid(pid, 0)
    second = got if status == 0 and got is not _MISSING else work(rows[mid:])
    first.update(second)
    return first, also


class Started:
    """``work(rows)`` of ``(rows, work) = scan()`` begun now in a forked child, where ``beside`` would fork
    ``rows`` (about) rows, while this process goes on with other work (13-z: the words around the
    mentions the learned model will read, beside the joining phases; the rows are gathered in the child
    too); ``result`` takes the child's answer (None where there is no child: the caller reads what it
    needs itself), ``close`` ends a child whose answer is not taken."""

    def __init__(self, scan: Callable[[], tuple[Sequence[tuple[Any, ...]], Callable[..., dict]]], rows: int) -> None:
        self.scan = scan
        self.pid: int | None = None
        self.inp: Any = None
        if _worth_it(rows) and (child := _fork(lambda: _run(scan))) is not None:
            self.pid, self.inp = child

    def result(self) -> dict | None:
        """The child's answer (computed here if the child failed), or None when there was no child."""
        if self.pid is None:
            return None
        try:
            got = _read_answer(self.inp)
        finally:
            self.inp.close()
            _, status = os.waitpid(self.pid, 0)
            self.pid = None
        return got if status == 0 and got is not _MISSING else _run(self.scan)

    def close(self) -> None:
        """End the child, if its answer was not taken (the caller failed on the way)."""
        if self.pid is not None:
            _end_child(self.pid, self.inp)
            self.pid = None


class InTurn:
    """Several jobs run one after another in one forked child, each answer sent down the pipe as soon as
    it is made (13-ap): one second process rather than one per job, so that this one keeps a core to
    itself while they run (with a child per job, three processes shared two cores and this one, the
    step's critical path, ran at two thirds of its speed). ``part(n)`` stands for the n-th job's answer
    as a ``Started`` does for its one: its ``result`` is the answer, or None where there is no child or
    the child failed before sending it (the caller then works it out itself). Answers are read in order
    (asking for the third reads the first two); the pipe is made large enough (``PIPE_BYTES``) that the
    first answers do not hold the child up until they are read."""

    def __init__(self, jobs: Sequence[Callable[[], Any]], rows: int) -> None:
        self.jobs = list(jobs)
        self.answers: list[Any] = []
        self.pid: int | None = None
        self.inp: Any = None
        if _worth_it(rows) and (child := _fork_in_turn(self.jobs)) is not None:
            self.pid, self.inp = child

    def part(self, n: int) -> Part:
        return Part(self, n)

    def answer(self, n: int) -> Any | None:
        """The n-th job's answer from the child, or None (no child, or it sent no such answer)."""
        while self.pid is not None and len(self.answers) <= n:
            got = _read_answer(self.inp)
            if got is _MISSING:
                self._reap()
                break
            self.answers.append(got)
        if self.pid is not None and len(self.answers) == len(self.jobs):
            self._reap()
        return self.answers[n] if n < len(self.answers) else None

    def _reap(self) -> None:
        self.inp.close()
        os.waitpid(self.pid, 0)  # type: ignore[arg-type]
        self.pid = None

    def close(self) -> None:
        """End the child, if its answers were not all taken (the caller failed on the way)."""
        if self.pid is not None:
            _end_child(self.pid, self.inp)
            self.pid = None


def _end_child(pid: int, inp: Any) -> None:
    """Close the pipe from a child whose answers are no longer wanted, end it and reap it."""
    inp.close()
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)


class Part:
    """One job's answer of an ``InTurn`` (``result`` and ``close`` as ``Started``'s)."""

    def __init__(self, turn: InTurn, n: int) -> None:
        self.turn, self.n = turn, n

    def result(self) -> Any | None:
        return self.turn.answer(self.n)

    def close(self) -> None:
        self.turn.close()


_MISSING = object()
#: the pipe's size asked for (Linux allows up to 1 MiB unprivileged): the answers sent before the last
#: (some hundred kB on the BBC corpus) then wait in it while the child goes on
PIPE_BYTES = 1 << 20


def _fork_in_turn(jobs: list[Callable[[], Any]]) -> tuple[int, Any] | None:
    """A forked child that runs ``jobs`` in turn and sends each answer (packed, pickled, its length
    first) as soon as it is made, then is out at once: (its pid, the pipe's reading end), or None."""
    read, write = os.pipe()
    with contextlib.suppress(ImportError, AttributeError, OSError):  # (elsewhere than Linux: the default)
        import fcntl

        fcntl.fcntl(write, fcntl.F_SETPIPE_SZ, PIPE_BYTES)
    try:
        pid = os.fork()
    except OSError:
        os.close(read)
        os.close(write)
        return None
    if pid == 0:
        code = 1
        try:
            os.close(read)
            with os.fdopen(write, "wb") as out:
                for job in jobs:
                    data = pickle.dumps(_pack(job()), protocol=pickle.HIGHEST_PROTOCOL)
                    out.write(len(data).to_bytes(8, "little"))
                    out.write(data)
                    out.flush()
            code = 0
        finally:
            os._exit(code)
    os.close(write)
    return pid, os.fdopen(read, "rb")


def _here(
    rows: Sequence[tuple[Any, ...]], work: Callable[[Sequence[tuple[Any, ...]]], dict], meanwhile: Callable[[], T]
) -> tuple[dict, T]:
    also = meanwhile()
    return work(rows), also


def _fork(answer: Callable[[], dict]) -> tuple[int, Any] | None:
    """A forked child that sends ``answer()`` down a pipe and is out at once (no atexit, no flush): (its
    pid, the pipe's reading end), or None when no child could be made."""
    return _fork_in_turn([answer])


def _read_answer(inp: Any) -> Any:
    """The next answer a child sent (its length first), or _MISSING when it sent no whole one."""
    head = inp.read(8)
    if len(head) < 8:
        return _MISSING
    size = int.from_bytes(head, "little")
    data = inp.read(size)
    return _unpack(pickle.loads(data)) if len(data) == size else _MISSING


def _pack(answer: dict) -> tuple[bool, dict]:
    """A child's answer for the pipe: when every value is a Counter, as plain dicts. A Counter unpickles
    through its ``__init__`` and ``update`` (0.22 s for the BBC corpus' 24,000 cue counters, against
    0.05 s for dicts copied into bare Counters by ``_unpack``, 13-z)."""
    if answer and all(type(v) is Counter for v in answer.values()):
        return True, {k: dict(v) for k, v in answer.items()}
    return False, answer


def _unpack(packed: tuple[bool, dict]) -> dict:
    """The answer ``_pack`` packed: the same keys, values and order (a Counter made as ``Counter(d)``
    makes it: an empty counter updated with a dict is ``dict.update``)."""
    counters, answer = packed
    if not counters:
        return answer
    new = Counter.__new__
    out = {}
    for k, v in answer.items():
        c = new(Counter)
        dict.update(c, v)
        out[k] = c
    return out


def _run(scan: Callable[[], tuple[Sequence[tuple[Any, ...]], Callable[..., dict]]]) -> dict:
    rows, work = scan()
    return work(rows)


def could_fork() -> bool:
    """Whether enough rows would be read in a forked child here (``Started``, ``beside``)."""
    return _worth_it(MIN_ROWS)


def _worth_it(n: int, min_rows: int | None = None) -> bool:
    least = MIN_ROWS if min_rows is None else min_rows
    return ENABLED and n >= least and hasattr(os, "fork") and default_processes() >= 2 and _single_threaded()
