"""Who speaks, issue 11dw: research, reports and figures credited as speakers count as the body the
article says issued them. A lead's "according to research" is the body credited with the first quote in
the two sentences after it; a document's issuer may stand after a date ("released on Tuesday by");
"Research by handset maker X" and "X which commissioned the research" give a later "the study" or "The
research" its issuer. Small articles written here, with the guards: "according to reports" (the press)
before a firm's spokeswoman, and research a body quoted after it talks about, keep no issuer."""

from __future__ import annotations

from tests.test_speakers import _article, _speaker


def test_lead_research_is_the_firm_quoted_next():
    a = _article(
        "British gamers spend more on consoles than any others in Europe, according to research. New "
        "titles sell out within days of release, said a report. Market research firm Screen Digest said "
        "40% of the money was spent in the UK."
    )
    assert _speaker(a, "research").role_group == "expert or academic"


def test_figures_issued_on_a_day_by_a_body():
    a = _article(
        "Shop sales fell sharply in March, according to new figures released on Monday by the British "
        "Retail Consortium. Clothing suffered most."
    )
    assert _speaker(a, "new figures").role_group == "business"


def test_the_study_after_research_by_a_firm():
    a = _article(
        "Landlines are losing ground. Research by handset maker Motorola shows that more people now rely "
        "on a mobile alone. According to the study, more than 20 million homes have no fixed line."
    )
    assert _speaker(a, "the study").role_group == "business"


def test_the_research_a_firm_commissioned():
    a = _article(
        "Spreadsheets can leak secrets, according to software firm Blackbox. Most files held hidden "
        "notes, a survey by the firm revealed. Firms rarely check, said Jane Hart, head of Blackbox which "
        "commissioned the research. The research revealed that old edits often survive."
    )
    assert _speaker(a, "The research").role_group == "business"


def test_press_reports_stay_the_press():
    a = _article(
        "The new console will be shown in May, according to reports. A Microsoft spokeswoman said the "
        "company would not comment on rumours."
    )
    assert _speaker(a, "reports").role_group == "media"


def test_research_a_body_answers_keeps_no_issuer():
    a = _article(
        "Children sleep less than they did ten years ago, according to research. The Sleep Council "
        "said the research was worrying. Screens in bedrooms are blamed."
    )
    assert _speaker(a, "research").role_group == "unknown"
