"""The forty-sixth session's third round (read from fresh126's and fresh127's misses): a military rank written
short ("Army Capt. Christian Pardo") is one token, so the sentence and the speaker's name run on past its full
stop and the rank is the speaker's role (before, "Army Capt" was the speaker, an organisation); "BoE" is the
Bank of England; "the Post" is a newspaper."""

from __future__ import annotations

from analysis.extract.sources.groups import role_group
from tests.test_speakers import _article, _speaker


def test_a_rank_written_short_stays_with_the_name_after_it():
    a = _article(
        '"I will not vote for either of them," said Army Capt. Christian Pardo, who said he would not vote for '
        'Clinton or Trump. "It is a hard choice," said Air Force 1st Lt. Tyler Livingston.',
        title="Troops weigh the election",
    )
    assert {s.name for s in a.speakers} == {"Christian Pardo", "Tyler Livingston"}
    pardo = _speaker(a, "Christian Pardo")
    assert (pardo.kind, pardo.role, pardo.role_group) == ("named person", "Army Capt.", "police, military, justice")
    assert _speaker(a, "Tyler Livingston").role == "Air Force 1st Lt."


def test_the_boe_is_the_bank_of_england_and_the_post_a_newspaper():
    assert role_group("BoE governor") == "government official or spokesperson"
    assert role_group("Post", name=True) == "media"
    assert role_group("Post Office", name=True) != "media"
