"""The fiftieth session's third round (read from the misses fresh167 to fresh169 still had): a witness's part
written after a post leaves the post to say what the person speaks as ("the acting associate administrator
... at NASA and the other witness at the hearing"); a firm's management speaks as the firm; a press
release's post written in parts after a name ("division vice president, Nissan Sales & Regional
Operations at Nissan North America Inc.") is the whole post."""

from __future__ import annotations

from analysis.extract.sources.groups import role_group
from tests.test_speakers import _article, _speaker


def test_a_witness_after_a_post():
    role = "the acting associate administrator for human exploration at NASA and the other witness at the hearing"
    assert role_group(role) == "government official or spokesperson"
    assert role_group("a local resident and witness to the crash") == "ordinary person or witness"
    assert role_group("the key witness") == "ordinary person or witness"


def test_a_firms_management_is_the_firm():
    a = _article(
        "Shares fell 5%. Company management said comparable-store sales growth in 2019 will be 3.5%, down from "
        "the 4% it forecast in May.",
        title="Home Depot cuts forecast",
    )
    management = _speaker(a, "Company management")
    assert (management.kind, management.role_group) == ("organisation", "business")


def test_a_press_releases_post_in_parts():
    a = _article(
        "\u201cWe believe the all-new Sentra will reach new heights,\u201d said David Kershaw, division vice "
        "president, Nissan Sales & Regional Operations at Nissan North America Inc.\n\nThe car goes on sale soon.",
        title="New Sentra",
    )
    kershaw = _speaker(a, "David Kershaw")
    assert kershaw.role_group == "business"
    assert kershaw.role is not None and kershaw.role.endswith("at Nissan North America Inc")


def test_a_post_the_lexicon_places_keeps_its_words():
    a = _article(
        "\u201cWe are pleased,\u201d said Jane Doe, a senator, and Bob Smith agreed with her on Monday.",
        title="Vote",
    )
    assert _speaker(a, "Jane Doe").role == "a senator"
