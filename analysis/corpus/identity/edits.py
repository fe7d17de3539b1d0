"""Hand edits (merge, split, label) and where they are kept: beside the store, one file per corpus."""

from __future__ import annotations

import hashlib
import json
import os
import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from analysis.corpus.identity.sets import Sets, detach
from analysis.records import TABLE_LABELS


@dataclass(frozen=True, slots=True)
class Override:
    """A user's correction: ``merge`` the entities named ``names``; ``split`` the article-level entities
    named ``names[0]`` out of the entity they joined; ``label`` the entity named ``names[0]`` as ``label``.
    Names are the names articles used (aliases), matched without regard to case."""

    op: str
    names: tuple[str, ...]
    label: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["names"] = list(self.names)
        return {k: v for k, v in d.items() if v is not None}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Override:
        op, names = d.get("op"), d.get("names")
        if op not in ("merge", "split", "label") or not isinstance(names, list) or not names:
            raise ValueError(f"not an identity edit: {d!r}")
        if op == "merge" and len(names) < 2:
            raise ValueError(f"a merge names two entities or more: {d!r}")
        if op == "label" and d.get("label") not in TABLE_LABELS:
            raise ValueError(f"label must be one of {sorted(TABLE_LABELS)}: {d!r}")
        return cls(op, tuple(str(n) for n in names), d.get("label") if op == "label" else None)


def corpus_key(article_ids: Iterable[str]) -> str:
    """A corpus is the set of its article ids."""
    return hashlib.sha256("\n".join(sorted(set(article_ids))).encode()).hexdigest()[:20]


def overrides_path(store_base: Path, key: str) -> Path:
    return Path(store_base) / "identity" / f"edits-{key}.json"


def load_overrides(store_base: Path, key: str) -> list[Override]:
    p = overrides_path(store_base, key)
    if not p.exists():
        return []
    return parse_overrides(p.read_text("utf-8"))


def parse_overrides(text: str) -> list[Override]:
    """The edits of an exported JSON file (``{"edits": [...]}``) or a bare list; ValueError when not."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not JSON: {exc}") from exc
    edits = data.get("edits") if isinstance(data, dict) else data
    if not isinstance(edits, list):
        raise ValueError('expected {"edits": [...]}')
    return [Override.from_dict(d) for d in edits]


def export_overrides(edits: Iterable[Override], key: str | None = None) -> str:
    return json.dumps({"corpus": key, "edits": [e.to_dict() for e in edits]}, ensure_ascii=False, indent=1)


def save_overrides(store_base: Path, key: str, edits: Iterable[Override]) -> None:
    p = overrides_path(store_base, key)
    p.parent.mkdir(parents=True, exist_ok=True)
    tmp = p.with_name(f".tmp-{uuid.uuid4().hex}.json")
    tmp.write_text(export_overrides(edits, key), "utf-8")
    os.replace(tmp, p)


def apply_overrides(edits: list[Override], sets: Sets, names: list[str], notes: list[str | None]) -> dict[int, str]:
    """Apply hand edits in order; returns root -> forced label."""
    if not edits:  # (most corpora: no name index to build)
        return {}
    by_name: dict[str, list[int]] = defaultdict(list)
    for i, x in enumerate(names):
        by_name[x.casefold()].append(i)
    forced_by_unit: dict[int, str] = {}
    for e in edits:
        if e.op == "merge":
            units = [i for nm in e.names for i in by_name.get(nm.casefold(), [])]
            for i in units[1:]:
                sets.union(units[0], i)
            for i in units:
                notes[i] = "merged by hand"
        elif e.op == "split":
            units = by_name.get(e.names[0].casefold(), [])
            for i in units:  # detach: point every unit at itself, then re-join the rest of each old set
                notes[i] = "split by hand"
            detach(sets, set(units))
        elif e.op == "label" and e.label:
            for i in by_name.get(e.names[0].casefold(), []):
                forced_by_unit[i] = e.label
    forced: dict[int, str] = {}
    for i, lab in forced_by_unit.items():
        forced[sets.find(i)] = lab
    return forced
