"""The forty-fifth session's fifth round (read from fresh120's and fresh121's misses): a person the lexicon
knows by full name stays a person when the tagger labels every mention an organisation ("Bernie Sanders" in
an article about "the Sanders campaign" and "Sanders supporters"); a debate's moderator is media."""

from __future__ import annotations

from analysis.extract.sources.groups import role_group
from tests.test_speakers import _article, _speaker


def test_a_known_person_tagged_as_a_body_is_a_person():
    # every "Sanders" here is tagged an organisation (the campaign, the supporters, the demonstrators)
    a = _article(
        'PHILADELPHIA — Hundreds of pro-Sanders demonstrators marched outside the arena chanting "Bernie or Jill, '
        "No Hill,\" raising questions about whether Clinton will lose Sanders' most devoted backers. A Green Party "
        "activist accused the party of sabotaging the Sanders campaign. Many diehard Sanders supporters say they will "
        "shift their support unless Sanders disavows the move. Bernie Sanders told delegates on Monday that the party "
        'must support Clinton in November "to defeat Republican Donald Trump."',
        title="Clinton faces a spoiler",
    )
    sanders = _speaker(a, "Bernie Sanders")
    assert sanders.kind == "named person"
    assert sanders.role_group == "politician"


def test_a_moderator_is_media():
    assert role_group("Moderator") == "media"
    assert role_group("a debate co-moderator") == "media"
