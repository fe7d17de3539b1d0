"""The Sources view's numbers: each quote joined to its speaker's kind, role group and gender, and
shares of quotes and quoted words with their counts, unknowns and 95% Wilson intervals.

Pure pandas, no Streamlit. Every share is over the quotes (or their words) the filters keep, so it
can be traced to the rows in the quotes table under the chart.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from analysis.corpus.tables import Tables
from analysis.records import FRAMINGS, GENDERS, ROLE_GROUPS, SPEAKER_KINDS
from dashboard.aggregate import article_dates, period_for, period_start
from dashboard.stats import positions

#: The attributes a share is taken of, with their values in display order.
ATTRIBUTES: dict[str, tuple[str, ...]] = {
    "gender": (*GENDERS,),
    "kind": SPEAKER_KINDS,
    "role_group": ROLE_GROUPS,
}
ATTRIBUTE_NAMES = {"gender": "gender", "kind": "speaker kind", "role_group": "role group", "framing": "framing"}
#: Gender is a person's: organisations, groups and anonymous voices are left out of its shares.
PEOPLE = ("named person", "unnamed person", "unknown")
#: The value of a quote no speaker table row describes (stores written before speakers existed).
UNKNOWN = "unknown"
Z95 = 1.959963984540054

VOICE_COLUMNS = [
    "article_id",
    "article",
    "speaker",
    "kind",
    "role",
    "role_group",
    "gender",
    "gender_evidence",
    "framing",
    "cue",
    "quote_kind",
    "words",
    "text",
    "start",
    "end",
]


def wilson(k: float, n: float, z: float = Z95) -> tuple[float, float]:
    """The Wilson score interval of a proportion k/n (0..1); (0, 1) when n is 0."""
    if n <= 0:
        return 0.0, 1.0
    p = k / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return max(0.0, centre - half), min(1.0, centre + half)


def _pair_keys(
    left: pd.DataFrame, left_on: list[str], right: pd.DataFrame, right_on: list[str]
) -> tuple[np.ndarray, np.ndarray]:
    """One int64 per row for (article id, name) pairs, equal across the two frames exactly when the
    values are (as a merge on those columns matches them)."""
    codes = []
    for a, b in zip(left_on, right_on, strict=True):
        both = np.concatenate([left[a].to_numpy(dtype=object), right[b].to_numpy(dtype=object)])
        codes.append(pd.factorize(both)[0] + 1)  # missing values are 0, never equal to a value's code
    width = int(codes[1].max()) + 1 if len(codes[1]) else 1
    key = codes[0].astype(np.int64) * width + codes[1]
    return key[: len(left)], key[len(left) :]


def voices(t: Tables, all_speakers: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per attributed quote the filters keep, with its speaker's attributes. ``all_speakers``
    is the unfiltered speakers table (a speaker's kind and gender do not change with a filter)."""
    q = t.quotes[t.quotes["speaker"].notna()].rename(columns={"kind": "quote_kind"})
    sp = t.speakers if all_speakers is None else all_speakers
    cols = ["article_id", "name", "kind", "role", "role_group", "gender", "gender_evidence"]
    sp = sp.reindex(columns=cols).drop_duplicates(["article_id", "name"])
    out = q.merge(sp, how="left", left_on=["article_id", "speaker"], right_on=["article_id", "name"])
    for col in ("kind", "role_group", "gender"):
        out[col] = out[col].fillna(UNKNOWN)
    if "framing" not in out:
        out["framing"] = None
    out["framing"] = out["framing"].fillna("other")
    # A quote whose speaker has no row (left join) has no evidence list.
    out["gender_evidence"] = [", ".join(v) if isinstance(v, list) else "" for v in out["gender_evidence"]]
    # Word counts by a plain loop: three times faster than ``.str.split().str.len()`` (40 -> 14 ms on
    # the BBC corpus' 15,000 quotes, on every first visit of the Sources tab per filter).
    out["words"] = np.fromiter(
        (len(x.split()) if isinstance(x, str) else 0 for x in out["text"].tolist()), dtype=np.int64, count=len(out)
    )
    arts = t.articles
    titles = pd.Series(arts["title"].fillna(arts["source"]).to_numpy(), index=arts["article_id"].to_numpy())
    out["article"] = out["article_id"].map(titles)
    return out.reindex(columns=VOICE_COLUMNS).reset_index(drop=True)


def shares(v: pd.DataFrame, attribute: str) -> pd.DataFrame:
    """Per value of ``attribute`` (all values, unknowns included, so the shares add up to 1): quotes,
    their share and its Wilson interval, quoted words and their share (interval with the quotes as
    the sample size: words come in quotes, not one by one). Gender counts people only."""
    if attribute == "gender":
        v = v[v["kind"].isin(PEOPLE)]
    # Counted with NumPy, not a pandas groupby: the view takes these shares per filter, attribute and
    # group, dozens of times on a corpus' first visit.
    codes, found = pd.factorize(v[attribute].to_numpy(dtype=object))
    seen = codes >= 0
    quotes_of = np.bincount(codes[seen], minlength=len(found))
    words_of = np.bincount(codes[seen], weights=v["words"].to_numpy(dtype=float)[seen], minlength=len(found))
    counts = {value: (int(q), int(w)) for value, q, w in zip(found, quotes_of, words_of, strict=True)}
    values = list(ATTRIBUTES.get(attribute, ())) or sorted(counts)
    n, total_words = len(v), int(v["words"].sum())
    rows = []
    for value in values:
        k, w = counts.get(value, (0, 0))
        q_share = k / n if n else 0.0
        w_share = w / total_words if total_words else 0.0
        q_lo, q_hi = wilson(k, n)
        w_lo, w_hi = wilson(w_share * n, n)
        rows.append(
            {
                "value": value,
                "quotes": k,
                "quote_share": q_share,
                "quote_low": q_lo,
                "quote_high": q_hi,
                "words": w,
                "word_share": w_share,
                "word_low": w_lo,
                "word_high": w_hi,
            }
        )
    return pd.DataFrame(rows, columns=list(rows[0]) if rows else ["value", "quotes", "quote_share"])


def framing_shares(v: pd.DataFrame, by: str, top: int = 12) -> pd.DataFrame:
    """Per value of ``by`` (speaker, role group, gender, kind): how its quotes are framed; columns
    by, framing, quotes, share (of that value's quotes), total. Speakers: the ``top`` most quoted."""
    if v.empty:
        return pd.DataFrame(columns=[by, "framing", "quotes", "share", "total"])
    if by == "gender":
        v = v[v["kind"].isin(PEOPLE)]
    totals = v.groupby(by).size()
    keep = (
        list(totals.sort_values(ascending=False, kind="stable").index[:top]) if by == "speaker" else list(totals.index)
    )
    v = v[v[by].isin(keep)]
    out = v.groupby([by, "framing"]).size().rename("quotes").reset_index()
    out["total"] = out[by].map(totals).astype(int)
    out["share"] = out["quotes"] / out["total"]
    order = {f: i for i, f in enumerate(FRAMINGS)}
    out = out.assign(_o=out["framing"].map(order).fillna(len(order)), _t=-out["total"])
    return out.sort_values(["_t", by, "_o"], kind="stable").drop(columns=["_o", "_t"]).reset_index(drop=True)


def group_of(t: Tables, v: pd.DataFrame) -> dict[str, pd.Series]:
    """The ways to compare the kept quotes, when their articles differ in it: outlet, topic (an
    article's first tag) and period (week or month of its date). Each is a Series aligned with ``v``.

    Each article's outlet, first tag and period is worked out once (not once per quote: the dates'
    formatting was most of the view's first run on a corpus), then spread over its quotes."""
    arts = t.articles
    out: dict[str, pd.Series] = {}
    if v.empty or arts.empty:
        return out
    at = positions(arts["article_id"].to_numpy(dtype=object), v["article_id"].to_numpy(dtype=object))
    if (at < 0).any() or not arts["article_id"].is_unique:  # quotes of articles not in ``t``: as a map would
        return _group_of_by_map(t, v)
    quoted = np.zeros(len(arts), dtype=bool)
    quoted[at] = True

    def spread(per_article: pd.Series) -> pd.Series:
        return pd.Series(per_article.to_numpy()[at], index=v.index, name="article_id")

    if "outlet" in arts:
        outlet = spread(arts["outlet"])
        if outlet.dropna().nunique() > 1:
            out["outlet"] = outlet.fillna("(no outlet)")
    topic = spread(arts["topics"].map(lambda tags: (list(tags) or ["(no topic)"])[0]))
    if topic.nunique() > 1:
        out["topic"] = topic
    dates = article_dates(arts).reset_index(drop=True)
    if dates[quoted].dropna().dt.to_period("D").nunique() > 1:
        freq = "M" if period_for(dates[quoted]) == "M" else "W"
        out["period"] = spread(period_start(dates, freq).dt.strftime("%Y-%m-%d" if freq == "W" else "%Y-%m"))
    return out


def _group_of_by_map(t: Tables, v: pd.DataFrame) -> dict[str, pd.Series]:
    arts = t.articles.set_index("article_id")
    out: dict[str, pd.Series] = {}
    outlet = v["article_id"].map(arts["outlet"]) if "outlet" in arts else None
    if outlet is not None and outlet.dropna().nunique() > 1:
        out["outlet"] = outlet.fillna("(no outlet)")
    first_tag = arts["topics"].map(lambda tags: (list(tags) or ["(no topic)"])[0])
    topic = v["article_id"].map(first_tag)
    if topic.nunique() > 1:
        out["topic"] = topic
    dates = article_dates(t.articles)
    when = v["article_id"].map(dates)
    if when.dropna().dt.to_period("D").nunique() > 1:
        freq = "M" if period_for(when) == "M" else "W"
        out["period"] = period_start(when, freq).dt.strftime("%Y-%m-%d" if freq == "W" else "%Y-%m")
    return out


def shares_by(v: pd.DataFrame, attribute: str, groups: pd.Series) -> pd.DataFrame:
    """``shares`` per group (an outlet, a topic, a period): columns group, value, quotes, quote_share,
    quote_low, quote_high, n (the group's quotes counted in its shares).

    Counted for all groups at once (one factorisation, one ``np.bincount`` over group x value), not
    with a pandas groupby and a ``shares`` frame per group."""
    columns = ["group", "value", "quotes", "quote_share", "quote_low", "quote_high", "n"]
    values = ATTRIBUTES.get(attribute)
    if not values:  # an attribute without a fixed list of values: each group's own, sorted
        return _shares_by_groups(v, attribute, groups)
    group_code, names = pd.factorize(groups.reindex(v.index).to_numpy(dtype=object), sort=True)
    people = v["kind"].isin(PEOPLE).to_numpy() if attribute == "gender" else np.ones(len(v), dtype=bool)
    value_code = pd.Index(values, dtype=object).get_indexer(pd.Index(v[attribute].to_numpy(dtype=object), dtype=object))
    n_groups, width = len(names), len(values)
    rows_in = (group_code >= 0) & people
    sizes = np.bincount(group_code[rows_in], minlength=n_groups)
    counted = rows_in & (value_code >= 0)
    k = np.bincount(group_code[counted] * width + value_code[counted], minlength=n_groups * width)
    k = k.reshape(n_groups, width)
    rows = []
    for g, name in enumerate(names):
        n, listed = int(sizes[g]), int(k[g].sum())
        for j, value in enumerate(values):
            q = int(k[g, j])
            low, high = wilson(q, n)
            rows.append((name, value, q, q / n if n else 0.0, low, high, listed))
    if not rows:
        return pd.DataFrame(columns=columns)
    return pd.DataFrame(rows, columns=columns)


def _shares_by_groups(v: pd.DataFrame, attribute: str, groups: pd.Series) -> pd.DataFrame:
    frames = []
    for name, part in v.groupby(groups.reindex(v.index), sort=True):
        s = shares(part, attribute)
        n = int(s["quotes"].sum()) if len(s) else 0
        frames.append(s.assign(group=name, n=n))
    if not frames:
        return pd.DataFrame(columns=["group", "value", "quotes", "quote_share", "quote_low", "quote_high", "n"])
    out = pd.concat(frames, ignore_index=True)
    return out[["group", "value", "quotes", "quote_share", "quote_low", "quote_high", "n"]]


def speaker_rows(t: Tables, all_speakers: pd.DataFrame) -> pd.DataFrame:
    """The speakers with kept quotes, one row per article and speaker, for the table under the charts."""
    kept = t.quotes[t.quotes["speaker"].notna()]
    # The speaker rows with a kept quote, in their own order (what an inner merge on the pairs keeps).
    sp_key, kept_key = _pair_keys(all_speakers, ["article_id", "name"], kept, ["article_id", "speaker"])
    sp = all_speakers[np.isin(sp_key, kept_key)]
    if sp.empty:
        return pd.DataFrame(
            columns=[
                "article_id",
                "name",
                "kind",
                "role",
                "role_group",
                "gender",
                "gender_evidence",
                "quotes",
                "quoted_words",
            ]
        )
    sp = sp.assign(gender_evidence=[", ".join(e) for e in sp["gender_evidence"]])
    cols = ["article_id", "name", "kind", "role", "role_group", "gender", "gender_evidence", "quotes", "quoted_words"]
    cols += ["first_quote_paragraph", "in_headline", "in_lead"]
    return sp[cols].sort_values(["quotes", "name"], ascending=[False, True], kind="stable").reset_index(drop=True)


def voice_tips(speakers: pd.DataFrame) -> dict[str, str]:
    """Per speaker of one article, a line for the Article view's hover: kind, role words and group,
    gender and what it rests on ("named person · “a spokesman for the ministry” (government official
    or spokesperson) · male: he x8, spokesman")."""
    out = {}
    for s in speakers.itertuples(index=False):
        parts = [s.kind]
        if isinstance(s.role, str) and s.role:
            parts.append(f"“{s.role}” ({s.role_group})")
        evidence = ", ".join(s.gender_evidence)
        if s.gender != "unknown":
            parts.append(f"{s.gender}: {evidence}" if evidence else s.gender)
        elif s.kind in PEOPLE:
            parts.append("gender unknown")
        out[s.name] = " · ".join(parts)
    return out


def unknown_count(s: pd.DataFrame) -> int:
    """Quotes whose value is unknown in a ``shares`` frame."""
    hit = s.loc[s["value"] == UNKNOWN, "quotes"]
    return int(hit.iloc[0]) if len(hit) else 0


__all__ = [
    "ATTRIBUTES",
    "framing_shares",
    "group_of",
    "shares",
    "shares_by",
    "speaker_rows",
    "unknown_count",
    "voices",
    "wilson",
]
