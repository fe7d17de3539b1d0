"""The forty-fourth session's third round (read from fresh110's and fresh111's misses): a post held "as"
in a relative clause ("Peter Tom, who will remain as Aggregate chief executive") is the person's role, as
"who took over as head of ..." already was; a press official is a spokesperson, not the press; a physio is
medical staff, as a physiotherapist is."""

from __future__ import annotations

from analysis.extract.sources.groups import role_group
from tests.test_speakers import _article, _speaker


def test_a_post_held_as_in_a_relative_clause_is_the_role():
    a = _article(
        "Aggregate Industries has agreed to a takeover. Peter Tom, who will remain as Aggregate chief executive, "
        'said the offer provided "significant value" for shareholders.',
        title="Bid for Aggregate",
    )
    tom = _speaker(a, "Peter Tom")
    assert tom.role == "Aggregate chief executive"
    assert tom.role_group == "business"


def test_a_press_official_is_a_spokesperson():
    assert role_group("a former top press official in Mr. Obama's White House") == "government official or spokesperson"
    assert role_group("press reports") == "media"  # the press itself stays media


def test_a_physio_is_medical_staff():
    assert role_group("Chelsea physio") == "expert or academic"
