"""Who speaks, issue 11 (helper 11cf): a role that says only what a named speaker was ("Ex-chatshow
host") or where they are from ("Northern Ireland man") yields to the description the article goes on
to use for them: the next sentence's subject ("The Veritas leader said ..."), or a later "The
28-year-old 800 metres runner" when the next sentence gave that age ("The 28-year-old has been ...").
Small articles written here, with the guards: nobody else named between the name and the next
sentence, the same age, a description that agrees with the person's gender, and a present post kept.
And "at/from ..." right after a name that is a verb's object ("worked for Mrs. Clinton at the State
Department") says where the deed was done, not where the person is from."""

from __future__ import annotations

import pytest

from tests.test_speakers import _article

_KILROY = (
    "Ex-chatshow host Robert Kilroy-Silk has attacked UK policy on immigration. The Veritas leader said the only "
    'people to benefit were employers. "We must act now," Mr Kilroy-Silk said.'
)
_MCILROY = (
    "Northern Ireland man James McIlroy is confident he can win his first major title in Madrid. The 28-year-old "
    'has been in great form in recent weeks. "I can run my race from the front," said McIlroy. New coach Tony '
    "Lester has helped get McIlroy's career back on track. The {age}-year-old 800 metres runner has not always "
    "matched his promise with performances."
)

#: (article, the speaker's name, the role words expected, the role group expected)
CASES = [
    (_KILROY, "Robert Kilroy-Silk", "The Veritas leader", "politician"),
    (_MCILROY.format(age=28), "James McIlroy", "800 metres runner", "culture and sport"),
    # guard: another age is another person's
    (_MCILROY.format(age=31), "James McIlroy", "Northern Ireland man", "ordinary person or witness"),
    # guard: someone else named between the name and the description: it may be theirs
    (
        _KILROY.replace("immigration.", "immigration with John Smith."),
        "Robert Kilroy-Silk",
        "Ex-chatshow host",
        None,
    ),
    # guard: a description whose gendered word disagrees with the person's gender is someone else's
    (
        "Ex-chatshow host Jane Kilroy has attacked UK policy on immigration. The party chairman said the only "
        'people to benefit were employers. "We must act now," Ms Kilroy said. She added that she would go on.',
        "Jane Kilroy",
        "Ex-chatshow host",
        None,
    ),
    # guard: a present post is kept
    (
        _KILROY.replace("Ex-chatshow host", "Tory MP"),
        "Robert Kilroy-Silk",
        "Tory MP",
        "politician",
    ),
]


@pytest.mark.parametrize(("body", "name", "role", "group"), CASES, ids=[f"{c[1]}-{c[2]}" for c in CASES])
def test_a_past_or_hometown_role_yields_to_a_later_description(body: str, name: str, role: str, group: str | None):
    a = _article(body)
    found = [s for s in a.speakers if s.name == name]
    assert found, f"{name!r} not among {[s.name for s in a.speakers]}"
    assert found[0].role == role
    if group is not None:
        assert found[0].role_group == group


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (  # the name an object of "worked for": "at ..." is where the deed was done
            '"She will be ready," said John Brown, a friend who worked for Mrs. Clinton at the State Department. '
            '"We are ready," Mrs. Clinton said.',
            None,
        ),
        (  # guard: "from ..." set off by a comma after a subject's name says where they are from
            '"It is about digital," Jeff Joseph, from the Consumer Electronics Association told the BBC. '
            '"It is about personalisation," he said.',
            "from the Consumer Electronics Association",
        ),
    ],
)
def test_a_place_phrase_after_an_object_name_is_not_the_persons(body: str, role: str | None):
    a = _article(body)
    found = [s for s in a.speakers if s.name.endswith("Clinton") or s.name == "Jeff Joseph"]
    assert found, [s.name for s in a.speakers]
    assert found[0].role == role
