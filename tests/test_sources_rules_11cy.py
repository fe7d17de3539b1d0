"""Who speaks, issue 11 (helper 11cy): a thing credited with quotes ("The complaint", "its figures", "the
lawsuit", "The photo") counts as whoever the article says made it. A body's document takes the body's
group (its "its", a name inside it, the issuer right after it, the clause that makes it, the body speaking
just before it); a person's lawsuit, book or photo is that person (a named person, with their role and
evidence); unnamed people's letter is theirs. Where the article says nobody, the thing keeps its own words.
Small articles written here."""

from __future__ import annotations

from tests.test_speakers import _article


def _speaker(a, name: str):
    found = [s for s in a.speakers if s.name.lower() == name.lower()]
    assert found, f"{name!r} not among {[(s.name, s.kind) for s in a.speakers]}"
    return found[0]


def test_a_firms_complaint_is_the_firms():
    a = _article(
        "Apple sues over leaks\n\nComputer firm Apple has issued a lawsuit to prevent online leaks of "
        "information about future products.\n\nThe lawsuit was filed on Monday. The complaint said an "
        '"unidentified individual has recently misappropriated confidential information".'
    )
    s = _speaker(a, "The complaint")
    assert s.kind == "organisation"
    assert s.role_group == "business"


def test_its_figures_are_the_body_named_before_its():
    a = _article(
        "Games for everyone\n\nGreg Mills, program director at internet firm AOL, said its figures "
        "suggested that sports games attracted 90% of young men."
    )
    s = _speaker(a, "its figures")
    assert s.role_group == "business"


def test_a_survey_conducted_by_a_magazine_is_the_magazines():
    a = _article(
        "Britons fed up\n\nA survey conducted by PC Pro Magazine has revealed that many Britons are unhappy "
        "with their internet service."
    )
    assert _speaker(a, "A survey").role_group == "media"


def test_the_report_after_the_body_that_speaks_is_the_bodys():
    a = _article(
        "Fraud warning\n\nThe National Audit Office said the latest figures showed reported fraud was "
        'falling.\n\nThe report said: "Member states still do not report fraud on a consistent basis."'
    )
    s = _speaker(a, "The report")
    assert s.role_group == "government official or spokesperson"


def test_a_report_about_a_letter_is_not_the_letters_maker():
    a = _article(
        "Threat\n\nThe son of the candidate received a threatening letter on Thursday.\n\nCBS News reports "
        "that the letter was sent to his apartment. The letter warned that harm would come to his children."
    )
    s = _speaker(a, "The letter")
    assert s.role_group != "media"


def test_a_persons_lawsuit_is_that_person():
    a = _article(
        "iPod lawsuit\n\nCalifornian Thomas Slattery filed the suit in the US District Court in San Jose. "
        'He is seeking damages.\n\n"Apple has turned an open and interactive standard into an artifice that prevents '
        'consumers from using the player of their choice," the lawsuit said.'
    )
    s = _speaker(a, "the lawsuit")
    assert s.kind == "named person"
    assert s.gender == "male"


def test_a_photo_she_posted_is_hers():
    a = _article(
        "Palin responds\n\nFormer Alaska Gov. Sarah Palin posted a photo of herself and her son on Monday. "
        'The photo quotes Romans 8:31: "If God is for us, who can be against us?"'
    )
    s = _speaker(a, "The photo")
    assert s.kind == "named person"
    assert s.gender == "female"


def test_unnamed_peoples_letter_is_theirs():
    a = _article(
        "Charter schools\n\nIn late September, a group of black parents with kids in charter schools sent a "
        'letter to the board urging them to reconsider.\n\n"Our children are thriving," the letter reads.'
    )
    s = _speaker(a, "the letter")
    assert s.kind == "anonymous"
    assert s.role_group == "ordinary person or witness"


def test_a_thing_nobody_is_said_to_have_made_keeps_its_words():
    a = _article(
        "Spam study\n\nMore people than ever read junk mail.\n\n"
        'The report said: "Nearly a third of users have clicked on links in spam."'
    )
    s = _speaker(a, "The report")
    assert s.kind == "organisation"
    assert s.role_group == "unknown"


def test_findings_nobody_is_said_to_have_made_are_of_no_group():
    a = _article(
        "Pictures\n\nThe hub can hold all a household's media. Research suggests that about 258 million "
        "images are saved and shared every day."
    )
    s = _speaker(a, "Research")
    assert s.kind == "organisation"
    assert s.role_group == "unknown"


def test_findings_the_article_gives_a_patron_keep_their_own_group():
    a = _article(
        "Net security\n\nOlder people are taking charge of protecting home computers, according to a "
        "two-year study.\n\nThe study, for net security firm Preventon, shows that security messages are "
        "reaching surfers."
    )
    assert _speaker(a, "a two-year study").role_group == "expert or academic"


def test_a_candidates_own_form_is_his():
    a = _article(
        "Trump files\n\nPresidential candidate Donald Trump filed his financial disclosure on Monday.\n\n"
        "Trump's new PFD form stated that his revenue increased from $362 million in 2014 to $557 million in 2015."
    )
    s = _speaker(a, "Trump's new PFD form")
    assert s.kind == "named person"
    assert s.role_group == "politician"


def test_a_comment_someone_was_prompted_to_make_is_theirs():
    a = _article(
        "The film\n\nThe 1994 Crime Bill prompted his wife and current Democratic presidential nominee Hillary "
        'Clinton to make a controversial comment that described young black men as "super predators."'
    )
    s = _speaker(a, "a controversial comment")
    assert s.kind == "named person"
    assert s.role_group == "politician"


def test_a_lawsuit_of_someone_who_sued_is_theirs():
    a = _article(
        "Rapper sued\n\nUS rapper Snoop Dogg has been sued for $25m by a make-up artist who claimed she was "
        "assaulted.\n\nThe lawsuit, filed in Los Angeles on Friday, says the woman's champagne was spiked and "
        "she was then assaulted."
    )
    s = _speaker(a, "The lawsuit")
    assert s.kind == "unnamed person"


def test_a_lead_report_the_next_sentence_credits_to_its_issuers():
    a = _article(
        "Ethiopia produced 14.27 million tonnes of crops in 2004, 24% higher than in 2003, a report says.\n\nIn "
        "2003, crop production totalled 11.49 million tonnes, the joint report from the Food and Agriculture "
        "Organisation and the World Food Programme said.",
        title="Ethiopia's crop production up",
    )
    assert _speaker(a, "a report").role_group == "government official or spokesperson"
