"""Who speaks, issue 11cs: role words in the text that were not found for a named person. "Lee Wang of
The Intercept asked" names the body a person comes from even when the tagger takes the body for a
person or tags nothing; a last resort, and not a place ("of Leeds"), nor a peer's title ("Lord
Nicholls of Birkenhead"). Small articles written here, each rule with a guard."""

from __future__ import annotations

import pytest

from tests.test_speakers import _article


def _role(body: str, name: str) -> str | None:
    speakers = {s.name: s for s in _article(body).speakers}
    assert name in speakers, sorted(speakers)
    return speakers[name].role


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        (  # an untagged body after a full name
            "Nothing was ever released officially. Lee Wang of The Intercept asked Clinton on Friday "
            'whether she would release the transcripts. "We will look into it," Clinton said. '
            '"We have asked three times and heard nothing," Lee Wang said.',
            "Lee Wang",
            "of The Intercept",
        ),
        (  # a body the tagger takes for a person, with a description inside
            'The maps are printed for aid workers. "A map is a working document," explains Herbert Hansen '
            "of Respond's Belgian partner Keyobs.",
            "Herbert Hansen",
            "of Respond's Belgian partner Keyobs",
        ),
    ],
)
def test_body_a_person_is_of(body: str, name: str, role: str) -> None:
    assert _role(body, name) == role


def test_guard_a_peers_title_is_no_body() -> None:
    body = (
        "The law lords ruled against the government on Thursday. Lord Nicholls of Birkenhead, in his "
        'ruling, said: "Indefinite imprisonment without charge or trial is anathema."'
    )
    speakers = {s.name: s for s in _article(body).speakers}
    assert all(s.role is None or "Birkenhead" not in s.role for s in speakers.values())


def test_guard_other_role_words_win() -> None:
    body = (
        "Jamie Graham of Total Film was at the launch. Graham, the magazine's film critic, said: "
        '"It is the best film of the year."'
    )
    speakers = {s.name: s for s in _article(body).speakers}
    assert "Jamie Graham" in speakers, sorted(speakers)
    assert speakers["Jamie Graham"].role != "of Total Film"
