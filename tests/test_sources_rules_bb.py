"""Who speaks, issue 11bb: roles of speakers with a role in the text that the finder missed or the
lexicon placed wrongly, sorted from the role-group misses of the development parts fresh10-fresh28
and checked on tune .. fresh9. A relative clause whose verb is a job ("who teaches law at ...",
"who works for a charity", "who took over as head of ..."), and "X runs Y" with the person as
subject, say what the person is (``sources/clauses.py``)."""

from __future__ import annotations

from tests.test_speakers import _article, _speaker


def test_who_teaches_at_a_university_is_an_academic():
    a = _article(
        "The court ruling was widely criticised on Tuesday.\n\n"
        '"This is wrong," said John Smith, who teaches constitutional law at Harvard University.'
    )
    s = _speaker(a, "John Smith")
    assert s.role == "who teaches constitutional law at Harvard University"
    assert s.role_group == "expert or academic"
    assert a.text[s.role_start : s.role_end] == s.role


def test_who_works_for_a_charity_and_who_writes_for_a_paper():
    a = _article(
        "The vote is close.\n\n"
        '"It is close," said Tom Burke, who works for a local charity. '
        '"It is not," said Ann Lee, who writes for the Guardian.'
    )
    assert _speaker(a, "Tom Burke").role_group == "civil society, NGO, union"
    assert _speaker(a, "Ann Lee").role_group == "media"


def test_a_post_taken_over_or_given():
    a = _article(
        "The firm has a new boss.\n\n"
        '"We will grow," said Jane Doe, who was appointed chief executive last year. '
        '"We agree," said Tom Reed, who took over as chairman of the Red Cross in May.'
    )
    assert _speaker(a, "Jane Doe").role == "chief executive"
    reed = _speaker(a, "Tom Reed")
    assert reed.role == "chairman of the Red Cross" and reed.role_group == "civil society, NGO, union"


def test_who_plays_a_part_or_a_role():
    a = _article(
        'The play opened on Monday.\n\n"It is a joy," said Emma Watson, who plays Hermione in the films. '
        '"It is hard," said John Terry, who plays a key role in the campaign.'
    )
    assert _speaker(a, "Emma Watson").role_group == "culture and sport"
    terry = _speaker(a, "John Terry")
    assert terry.role is None and terry.role_group == "unknown"


def test_a_past_event_is_no_job():
    # "hosted" and "campaigned" tell what happened once: no host, no campaigner
    a = _article(
        "The dinner raised money.\n\n"
        '"It went well," said Mary Jones, who hosted the dinner at her home. '
        '"I am glad," said Bob Hall, who campaigned for the mayor last year.'
    )
    assert _speaker(a, "Mary Jones").role is None
    assert _speaker(a, "Bob Hall").role is None


def test_the_subject_who_runs_a_body():
    a = _article(
        "Podcasting is taking off.\n\n"
        'Chris McIntyre runs Podcast Alley, a directory of podcasts. "It is growing fast," said Mr McIntyre.'
    )
    s = _speaker(a, "Chris McIntyre")
    assert s.role.startswith("runs Podcast Alley") and s.role_group == "media"


def test_running_a_risk_is_no_post():
    a = _article('Tennis news.\n\nTom Smith runs the risk of injury. "I am fine," Smith said.')
    s = _speaker(a, "Tom Smith")
    assert s.role is None and s.role_group == "unknown"


def test_a_clause_the_lexicon_cannot_place_says_nothing():
    a = _article(
        "Hunting resumed on Saturday.\n\n"
        '"They broke the law," said Penny Little, who monitored the Bicester Hunt in Oxfordshire.'
    )
    assert _speaker(a, "Penny Little").role is None


def test_a_bodys_possessive_before_the_name_that_the_article_places():
    # "hedge funds TCI and Atticus": the pair's plural description places each (``bodies``), and
    # "Atticus' David Slager" speaks for that fund (``owners``)
    a = _article(
        "Hedge funds push Deutsche Boerse\n\n"
        "The Sunday Times reported that hedge funds TCI and Atticus were planning to oust the chairman. "
        '"We are long-term investors," Atticus\' David Slager told the Sunday Times.'
    )
    s = _speaker(a, "David Slager")
    assert s.role == "Atticus'" and s.role_group == "business"
    assert a.text[s.role_start : s.role_end] == s.role


def test_a_possessive_the_article_does_not_place_says_nothing():
    a = _article(
        "Microsoft gets blogging bug\n\n"
        'Software giant Microsoft is launching a blog service. "This is a simple tool," said MSN\'s Blake Irving.'
    )
    s = _speaker(a, "Blake Irving")
    assert s.role is None and s.role_group == "unknown"


def test_a_places_or_a_persons_possessive_is_no_employer():
    a = _article(
        "Henman through\n\nBritain's Tim Henman won on Monday, and Clinton's Tim Kaine spoke later. "
        '"I am happy," Henman said. "We are ready," Kaine said.'
    )
    assert _speaker(a, "Tim Henman").role is None
    assert _speaker(a, "Tim Kaine").role is None


def test_a_cut_hyphenated_post_keeps_the_body_the_parse_hangs_on_the_name():
    a = _article(
        "Music firms try new locks\n\n"
        "Cory Doctorow, European co-ordinator for the Electronic Frontier Foundation which campaigns for "
        'consumers, expressed doubts. "Not one of these systems has ever prevented piracy," said Mr Doctorow.'
    )
    s = _speaker(a, "Doctorow")  # (the speaker's name as the quote gives it)
    assert s.role == "European co-ordinator for the Electronic Frontier Foundation"
    assert s.role_group == "civil society, NGO, union"


def test_a_phrase_that_hangs_on_no_name_stays_out():
    # "for their many crimes" hangs on the verb, not on the name: no role words of Clinton's
    a = _article(
        "The latest on the campaign\n\n"
        'He asked: "Will you pledge not to issue a pardon to Hillary Clinton and her co-conspirators for '
        'their many crimes against society?" Clinton said: "No."'
    )
    s = _speaker(a, "Hillary Clinton")
    assert s.role is None or "crimes" not in s.role


def test_a_plural_of_a_listed_phrase_is_read_as_the_phrase():
    from analysis.extract.sources.groups import role_group

    assert role_group("hedge funds") == role_group("hedge fund") == "business"
    assert role_group("Assembly members") == role_group("Assembly member") == "politician"


def test_one_of_a_bodys_people_introduced_before_the_name():
    a = _article(
        "New UKIP defection to Veritas\n\n"
        "The UK Independence Party has lost one of its two London Assembly members to Robert Kilroy-Silk's new "
        "political party, expected to launch on Wednesday.\n\nDamian Hockney said ex-chatshow host Mr Kilroy-Silk "
        'would "deliver better" as the leader of a eurosceptic party. "I believe in him," Mr Hockney said.'
    )
    s = _speaker(a, "Damian Hockney")
    assert s.role == "one of its two London Assembly members" and s.role_group == "politician"


def test_a_tournament_seed_is_a_player():
    a = _article(
        "Raymond out of Australian Open\n\n"
        "Myskina received a free ride after Lisa Raymond was forced to withdraw. Raymond, the 25th seeded "
        'American, was ruled out with a muscle tear. "I am extremely disappointed," Raymond said.'
    )
    s = _speaker(a, "Lisa Raymond")
    assert s.role == "the 25th seeded American" and s.role_group == "culture and sport"


def test_a_parliamentary_committees_members_are_politicians():
    a = _article(
        "Asylum figures criticised\n\n"
        "The Public Accounts Committee said the Home Office had lost track of cases. "
        'Committee members said: "The department must do better."'
    )
    s = _speaker(a, "Committee members")
    assert s.kind == "country or group" and s.role_group == "politician"


def test_another_committees_members_are_not_placed():
    from analysis.extract.sources.members import members_group

    text = "The International Olympic Committee met on Monday. Committee members said the bid was strong."
    assert members_group(text, "Committee members") is None


def test_a_name_listed_among_a_plural():
    a = _article(
        "Algeria riots\n\nDemonstrators blocked roads, newspapers including El Watan reported. "
        'El Watan said: "A number of hot spots were near Bouira."\n\n'
        "Filibuster\n\nThe bill drew attention from local employers such as Monsanto, which opposed it. "
        '"We call on other businesses to join us," Monsanto said.'
    )
    watan = _speaker(a, "El Watan")
    assert watan.role == "newspapers" and watan.role_group == "media"
    monsanto = _speaker(a, "Monsanto")
    assert monsanto.role == "employers" and monsanto.role_group == "business"


def test_a_plural_the_lexicon_cannot_place_and_a_persons_own_title_win():
    a = _article(
        "Critics attack plan\n\nCritics including John Smith attacked the plan. "
        'Stars including Burt Reynolds came. Hollywood actor Burt Reynolds said: "It is fun." '
        '"It is wrong," said Smith.'
    )
    assert _speaker(a, "John Smith").role is None
    assert _speaker(a, "Burt Reynolds").role == "Hollywood actor"
