"""Who speaks, issue 11 (helper 11cd): which words of the article are taken as a named speaker's role.
Small articles written here, one per rule, with the guards each rule keeps:

* a title of two words or more before the name says what the person is before an indefinite or bare
  apposition after it ("Former Arizona governor Jan Brewer, an early supporter of Trump"); a definite
  apposition after the name is a post too and keeps its place ("Lord Carlile, the government's
  independent reviewer of ...");
* a minister's portfolio listed with commas is all of the title ("Minister for Children, Young People
  and Families");
* "Team Trump" is no title; "X could/would be a ..." is no post;
* "Dr" alone yields to the post or body at the same mention, and stays when there is none;
* "the Archbishop of Canterbury, Dr Rowan Williams": a capitalised title heads the apposition;
* a title the tagger took into the name keeps the title words before it ("Assistant Chief Constable");
* an apposition before the name keeps the post coordinated to it ("his friend and fellow broadcaster");
* an apposition on a name the parse cut apart ("Jurgen den Hartog, one of the TNO researchers ...")."""

from __future__ import annotations

from tests.test_speakers import _article, _speaker


def test_a_title_before_the_name_wins_over_an_indefinite_apposition():
    a = _article(
        'Fans gathered in Phoenix. Former Arizona governor Jan Brewer, an early supporter of Trump, calls security "a '
        'priority" for women. "That will resonate with all women," she said in an interview.'
    )
    s = _speaker(a, "Jan Brewer")
    assert s.role == "Former Arizona governor"
    assert s.role_group == "politician"
    assert s.gender == "female"


def test_a_title_before_the_name_wins_over_a_bare_apposition():
    a = _article(
        "The party is split. Republican pollster Whit Ayres, author of a book on the party, is sceptical. "
        '"He cannot overcome his statements," Mr Ayres said.'
    )
    s = _speaker(a, "Whit Ayres")
    assert s.role == "Republican pollster"
    assert s.role_group == "expert or academic"


def test_a_definite_apposition_after_the_name_keeps_its_place():
    a = _article(
        "The peer spoke on Monday. Liberal Democrat peer Lord Carlile, the government's independent reviewer of "
        'anti-terrorism laws, said some detainees could be released. "It is a matter for the courts," Lord Carlile '
        "said."
    )
    s = _speaker(a, "Carlile")
    assert s.role == "the government's independent reviewer of anti-terrorism laws"
    assert s.role_group == "government official or spokesperson"


def test_a_portfolio_listed_with_commas_is_all_of_the_title():
    a = _article(
        "Payment levels vary from area to area. Minister for Children, Young People and Families Margaret Hodge "
        'said new plans will ensure allowances would be fair. "Foster carers must not be out of pocket," Ms Hodge '
        "said."
    )
    s = _speaker(a, "Margaret Hodge")
    assert s.role == "Minister for Children, Young People and Families"
    assert s.gender == "female"


def test_team_before_a_name_is_no_title():
    a = _article('Team Trump sees the convention as a second chance for Donald Trump. "We will win," Trump said.')
    s = _speaker(a, "Donald Trump")
    assert s.role != "Team"
    assert s.role_group == "politician"


def test_would_be_says_no_post():
    a = _article(
        "The wedding was announced. If he became king, Charles would be the supreme governor of the Church of "
        'England. "We are delighted," Charles said.'
    )
    s = _speaker(a, "Charles")
    assert s.role is None
    assert s.role_group != "civil society, NGO, union"


def test_dr_yields_to_the_body_at_the_same_mention():
    a = _article(
        '"Big firms can force smaller companies to buy licences," said Dr Jeremy Philpott of the Patent Office. '
        '"They cannot afford to go to court," he added.'
    )
    assert _speaker(a, "Jeremy Philpott").role == "of the Patent Office"


def test_dr_alone_stays():
    a = _article('"It is a good plan," said Dr Jane Smith. "We welcome it," she added.')
    s = _speaker(a, "Jane Smith")
    assert s.role == "Dr"
    assert s.role_group == "expert or academic"


def test_a_capitalised_title_heads_an_apposition_before_the_name():
    a = _article(
        "The service will be held in St George's Chapel, at which the Archbishop of Canterbury, Dr Rowan Williams, "
        'will preside. "It is a joyful day," Dr Williams said.'
    )
    s = _speaker(a, "Rowan Williams")
    assert s.role == "the Archbishop of Canterbury"
    assert s.role_group == "civil society, NGO, union"


def test_a_title_taken_into_the_name_keeps_the_words_before_it():
    a = _article(
        'Police stepped up patrols. Assistant Chief Constable David Warcup said: "We will not tolerate violence." '
        "He added that officers would be on duty all night."
    )
    s = next(s for s in a.speakers if s.name.endswith("David Warcup"))
    assert s.role == "Assistant Chief Constable"
    assert s.role_group == "police, military, justice"


def test_an_apposition_before_the_name_keeps_the_coordinated_post():
    a = _article(
        'Fletcher was described as a "consummate professional" by his friend and fellow broadcaster Michael '
        'Pointon. "It was a pleasure to work with him," Mr Pointon said.'
    )
    s = _speaker(a, "Michael Pointon")
    assert s.role == "his friend and fellow broadcaster"
    assert s.role_group == "media"


def test_an_apposition_on_a_name_the_parse_cut_apart():
    a = _article(
        '"We got the idea that it would be feasible to build a larger image," said Jurgen den Hartog, one of the TNO '
        'researchers behind the project. "We were not competing," he said.'
    )
    s = _speaker(a, "Jurgen den Hartog")
    assert s.role == "one of the TNO researchers behind the project"
    assert s.role_group == "expert or academic"
