"""The forty-fifth session's second round (read, after fresh114 and fresh115 were scored, from the dev
labels' kind misses: documents the labels count as their issuer, read as anonymous voices; it changes none
of fresh114's or fresh115's speakers): filings, records and a meeting's minutes are documents, as a filing,
figures and data were, so that what they "show" or "reveal" is their issuer's, an organisation's words."""

from __future__ import annotations

from tests.test_speakers import _article, _speaker


def test_court_filings_are_a_document():
    a = _article(
        "Court filings revealed that he has sought $10 million in damages from Samuel Nunberg, a former aide.",
        title="Trump critic",
    )
    filings = _speaker(a, "Court filings")
    assert filings.kind == "organisation"
    assert filings.gender == "unknown"


def test_public_filings_are_a_document():
    a = _article("Centerview earned about $600 million last year, according to public filings.", title="Deal")
    assert _speaker(a, "public filings").kind == "organisation"


def test_the_minutes_are_a_document():
    a = _article(
        'The Bank of England kept rates on hold. The minutes added that growth was "robust".', title="Bank rates"
    )
    assert _speaker(a, "The minutes").kind == "organisation"


def test_court_records_are_the_courts_not_a_record_labels():
    # "records" alone read as a record label's (business); as a document the court that keeps them decides
    a = _article("The man had two earlier convictions, according to court records.", title="Case")
    records = _speaker(a, "court records")
    assert records.kind == "organisation"
    assert records.role_group == "police, military, justice"


def test_a_persons_records_stay_no_speaker_of_their_own():
    # "His records sold millions" quotes nobody: the singer who speaks keeps his own voice
    a = _article('His records sold millions. "I love the fans," said the singer John Smith.', title="Music")
    assert [s.name for s in a.speakers] == ["John Smith"]
