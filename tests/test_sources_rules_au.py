"""Who speaks, issue 11au: a named person's role from the sentence before the one that first names
them, sorted from the "extraction: no role" misses of the development parts. The lead rule of 11aq
(one indefinite description of a person, then the next sentence names the person as its subject)
holds mid-article too, when the describing sentence names nobody; the lead's definite description
is not used up by the headline's word for it."""

from __future__ import annotations

from tests.test_speakers import _article, _speaker


def test_the_headline_does_not_use_up_the_leads_description():
    a = _article(
        "The founder and former boss of Parmalat has apologised to investors who lost money.\n\n"
        'Calisto Tanzi said he would co-operate fully with prosecutors. "I apologise," he said.',
        title="Parmalat founder offers apology",
    )
    s = _speaker(a, "Calisto Tanzi")
    assert s.role is not None and s.role.startswith("The founder") and s.role_group == "business"
