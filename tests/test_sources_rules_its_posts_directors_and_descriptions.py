"""The forty-fourth session's first round: a post written after its holder's name with "its" ("David
Gilbert, its president") is the post of the body named before, as "its president, David Gilbert" already
was; an executive director is a charity's, a campaign's or a union's head unless the body is placed
elsewhere (a firm's board, a state bank, a festival); a body's description written right before its name
("Germany's financial watchdog BaFin") is its role."""

from __future__ import annotations

from analysis.extract.sources.groups import role_group
from tests.test_speakers import _article, _speaker


def test_its_post_after_the_holders_name_is_the_bodys():
    before = _article(
        'Acme Corp reported record profits on Tuesday. "We had a great year," said its president, John Smith.',
        title="Firm results",
    )
    after = _article(
        'Acme Corp reported record profits on Tuesday. "We had a great year," said John Smith, its president.',
        title="Firm results",
    )
    assert _speaker(before, "John Smith").role_group == "business"
    assert _speaker(after, "John Smith").role_group == "business"


def test_its_post_with_another_name_between_is_left_alone():
    # another person named between the body and "its": "its" may be theirs, so no body is taken
    a = _article(
        "Acme Corp reported record profits on Tuesday, and analyst Jane Doe praised the results. "
        '"We had a great year," said John Smith, its president.',
        title="Firm results",
    )
    assert _speaker(a, "John Smith").role_group == "unknown"


def test_an_executive_director_heads_a_charity_or_a_campaign():
    assert role_group("executive director of Interfaith Paths to Peace") == "civil society, NGO, union"
    assert role_group("the group's executive director") == "civil society, NGO, union"
    assert role_group("American-Islamic Relations National Executive Director") == "civil society, NGO, union"
    # a body placed elsewhere decides
    assert role_group("executive director of Acme Ltd") == "business"
    assert role_group("the festival's executive director") == "culture and sport"
    assert role_group("executive director of Korea Development Bank") == "government official or spokesperson"
    assert role_group("non-executive director") == "business"


def test_an_executive_director_of_a_known_firm_is_business():
    a = _article(
        'Barclays shares rose on Monday. "The bank is strong," said John Varley, an executive director at Barclays.',
        title="Bank shares rise",
    )
    assert _speaker(a, "John Varley").role_group == "business"


def test_a_bodys_description_right_before_its_name_is_its_role():
    a = _article(
        "Germany's financial watchdog BaFin told BBC News it had now transferred the investigation to prosecutors.",
        title="Bond trading probe",
    )
    bafin = _speaker(a, "BaFin")
    assert bafin.role == "Germany's financial watchdog"
    assert bafin.role_group == "government official or spokesperson"
    b = _article(
        "Luxury goods group LVMH has sold its loss-making Christian Lacroix label. "
        "LVMH said the label had never made a profit.",
        title="Lacroix label sold",
    )
    assert _speaker(b, "LVMH").role == "Luxury goods group"


def test_no_description_is_read_across_a_preposition_or_from_the_headline():
    a = _article("Acme said its profits had doubled.", title="Engineering group Acme upbeat")
    assert _speaker(a, "Acme").role is None
