"""The Sources view's faster summaries give the frames and Series of the pandas code they replaced:
``group_of`` (per article, then spread over the quotes) against the map per quote, ``shares_by``
(one bincount) against a ``shares`` frame per group, ``speaker_rows`` (integer keys) against the
inner merge. Random small tables with missing dates, outlets and groups, values outside the known
lists, and speakers without a row or with two."""

from __future__ import annotations

import random

import numpy as np
import pandas as pd
import pytest

from analysis.corpus.tables import Tables
from analysis.records import GENDERS, ROLE_GROUPS, SPEAKER_KINDS
from dashboard import sources_data

NAMES = ["Ann", "Bob", "Cy", "Di", "Ed"]


def random_tables(rng: random.Random) -> tuple[Tables, pd.DataFrame]:
    ids = [f"a{i}" for i in range(rng.randint(1, 8))]
    articles = pd.DataFrame(
        {
            "article_id": ids,
            "title": [rng.choice([None, f"T{i}"]) for i in range(len(ids))],
            "source": [f"{i}.txt" for i in ids],
            "outlet": [rng.choice([None, "BBC", "Guardian"]) for _ in ids],
            "topics": [rng.choice([[], ["sport"], ["business", "sport"], ["tech"]]) for _ in ids],
            "date": [rng.choice([None, "", "not a date", "2005-01-03", "2005-01-20", "2005-03-02", "2006-07-01"])
                     for _ in ids],
        }
    )  # fmt: skip
    quotes = pd.DataFrame(
        {
            "article_id": [rng.choice(ids) for _ in range(rng.randint(0, 30))],
        }
    )
    quotes["speaker"] = [rng.choice([*NAMES, None]) for _ in range(len(quotes))]
    speakers = pd.DataFrame(
        [
            (aid, name, rng.choice(SPEAKER_KINDS), rng.choice(ROLE_GROUPS), rng.choice(GENDERS), ["he x2"],
             rng.randint(1, 5), rng.randint(1, 50), 0, False, False, None)
            for aid in ids
            for name in NAMES
            for _ in range(rng.choice([0, 1, 1, 2]))
        ],
        columns=["article_id", "name", "kind", "role_group", "gender", "gender_evidence", "quotes",
                 "quoted_words", "first_quote_paragraph", "in_headline", "in_lead", "role"],
    )  # fmt: skip
    empty = pd.DataFrame()
    t = Tables(articles, empty, empty, empty, quotes, speakers)
    v = pd.DataFrame(
        {
            "article_id": quotes["article_id"],
            "speaker": quotes["speaker"],
            "kind": [rng.choice([*SPEAKER_KINDS, "a kind nobody lists"]) for _ in range(len(quotes))],
            "gender": [rng.choice(GENDERS) for _ in range(len(quotes))],
            "role_group": [rng.choice(ROLE_GROUPS) for _ in range(len(quotes))],
            "words": [rng.randint(0, 40) for _ in range(len(quotes))],
        }
    )
    return t, v


def merged_speaker_rows(t: Tables, all_speakers: pd.DataFrame) -> pd.DataFrame:
    """``speaker_rows`` as it was: an inner merge on the (article, speaker) pairs."""
    kept = t.quotes[t.quotes["speaker"].notna()][["article_id", "speaker"]].drop_duplicates()
    sp = all_speakers.merge(kept, left_on=["article_id", "name"], right_on=["article_id", "speaker"])
    if sp.empty:
        columns = ["article_id", "name", "kind", "role", "role_group", "gender", "gender_evidence", "quotes"]
        return pd.DataFrame(columns=[*columns, "quoted_words"])
    sp = sp.assign(gender_evidence=[", ".join(e) for e in sp["gender_evidence"]])
    cols = ["article_id", "name", "kind", "role", "role_group", "gender", "gender_evidence", "quotes", "quoted_words"]
    cols += ["first_quote_paragraph", "in_headline", "in_lead"]
    return sp[cols].sort_values(["quotes", "name"], ascending=[False, True], kind="stable").reset_index(drop=True)


@pytest.mark.parametrize("seed", range(30))
def test_faster_summaries_are_the_old_ones(seed):
    rng = random.Random(seed)
    t, v = random_tables(rng)
    new, old = sources_data.group_of(t, v), sources_data._group_of_by_map(t, v)
    assert list(new) == list(old)
    for name in old:
        pd.testing.assert_series_equal(new[name], old[name])
    groups = {**old, "made up": pd.Series([rng.choice(["x", "y", None]) for _ in range(len(v))], dtype=object)}
    for series in groups.values():
        for attribute in ("gender", "kind", "role_group"):
            pd.testing.assert_frame_equal(
                sources_data.shares_by(v, attribute, series), sources_data._shares_by_groups(v, attribute, series)
            )
    pd.testing.assert_frame_equal(sources_data.speaker_rows(t, t.speakers), merged_speaker_rows(t, t.speakers))


def test_group_of_quotes_of_an_article_not_in_the_tables_is_the_map():
    t, v = random_tables(random.Random(3))
    v = pd.concat([v, pd.DataFrame({"article_id": ["elsewhere"]})], ignore_index=True)
    new, old = sources_data.group_of(t, v), sources_data._group_of_by_map(t, v)
    assert list(new) == list(old)
    for name in old:
        pd.testing.assert_series_equal(new[name], old[name])
    assert np.all(v.index == pd.RangeIndex(len(v)))
