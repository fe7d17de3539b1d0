"""The forty-ninth session's first round (read from the dev labels' misses): a campaign or an
administration named by its owner speaks as itself, not as the owner. "Clinton's campaign said", "the
Obama administration says" had been credited to Clinton and to Obama by the quote rules, so a candidate
was counted as the voice of their campaign's statements and a president as the voice of the government's.
The Sources labels count those voices as organisations (a campaign is politics, an administration
government); an office or a spokesman still speaks for the holder ("Ryan's office said" is Ryan)."""

from __future__ import annotations

from tests.test_speakers import _article, _speaker


def _said(a, name: str) -> list[str]:
    return [q.text for q in a.quotes if q.speaker == name]


def test_a_campaign_named_by_its_candidate_is_the_campaign():
    a = _article(
        'Hillary Clinton spoke in Phoenix on Monday. "We will win," she said.\n\n'
        "Hillary Clinton's campaign said it would sue the county. "
        'The Clinton campaign said the lines were "a disgrace".',
        title="Clinton campaign to sue over lines",
    )
    campaign = _speaker(a, "Hillary Clinton's campaign")
    assert (campaign.kind, campaign.role_group, campaign.gender) == ("organisation", "politician", "unknown")
    # both ways of writing it are one voice, and the candidate keeps only her own words
    assert "a disgrace" in _said(a, "Hillary Clinton's campaign")
    assert _said(a, "Hillary Clinton") == ["We will win,"]


def test_an_administration_is_the_government():
    a = _article(
        'Barack Obama met the king on Friday. "We are reviewing the policy," the Obama administration said.',
        title="Talks in Riyadh",
    )
    admin = _speaker(a, "Barack Obama's administration")
    assert admin.kind == "organisation"
    assert admin.role_group == "government official or spokesperson"


def test_an_email_the_campaign_sent_is_the_campaigns_and_so_is_its():
    a = _article(
        "Ted Cruz won Iowa. The Cruz campaign sent a fundraising email Wednesday saying the race is close.\n\n"
        '"Friend, let me be blunt. I can beat Hillary Clinton," the email read. It stated that Donald Trump is '
        '"rattled" by the polls.',
        title="Cruz reboots his attacks",
    )
    # (before, "It" went on with whoever was named last as a subject: here Donald Trump himself)
    assert "rattled" in _said(a, "Ted Cruz's campaign")
    assert not _said(a, "Donald Trump")


def test_no_he_or_she_goes_on_with_a_campaign():
    a = _article(
        "Mary Smith's campaign said it would appeal the ruling.\n\n"
        'A woman in the crowd asked about the ruling. "Why did you wait?" the woman said. '
        '"Well, I would say we were careful," she said.',
        title="Smith to appeal",
    )
    assert not any(t.startswith("Well") for t in _said(a, "Mary Smith's campaign"))


def test_an_office_still_speaks_for_its_holder():
    a = _article(
        'Paul Ryan\'s office said the bill "will pass this week".',
        title="House to vote",
    )
    assert _said(a, "Paul Ryan") == ["will pass this week"]
