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

import pytest

from tests.test_speakers import _article

#: (article, the speaker's name, the role words expected, the role group expected; None: not checked)
CASES = [
    (  # a title before the name wins over an indefinite apposition after it
        "Fans gathered in Phoenix. Former Arizona governor Jan Brewer, an early supporter of Trump, calls security "
        '"a priority" for women. "That will resonate with all women," she said in an interview.',
        "Jan Brewer",
        "Former Arizona governor",
        "politician",
    ),
    (  # ... and over a bare one
        "The party is split. Republican pollster Whit Ayres, author of a book on the party, is sceptical. "
        '"He cannot overcome his statements," Mr Ayres said.',
        "Whit Ayres",
        "Republican pollster",
        "expert or academic",
    ),
    (  # guard: a definite apposition after the name is a post and keeps its place
        "The peer spoke on Monday. Liberal Democrat peer Lord Carlile, the government's independent reviewer of "
        'anti-terrorism laws, said some detainees could be released. "It is a matter for the courts," Lord '
        "Carlile said.",
        "Carlile",
        "the government's independent reviewer of anti-terrorism laws",
        "government official or spokesperson",
    ),
    (  # a portfolio listed with commas is all of the title
        "Payment levels vary from area to area. Minister for Children, Young People and Families Margaret Hodge "
        'said new plans will ensure allowances would be fair. "Foster carers must not be out of pocket," Ms '
        "Hodge said.",
        "Margaret Hodge",
        "Minister for Children, Young People and Families",
        None,
    ),
    (  # "X would be the ..." is no post
        "The wedding was announced. If he became king, Charles would be the supreme governor of the Church of "
        'England. "We are delighted," Charles said.',
        "Charles",
        None,
        None,
    ),
    (  # "Dr" yields to the body at the same mention
        '"Big firms can force smaller companies to buy licences," said Dr Jeremy Philpott of the Patent Office. '
        '"They cannot afford to go to court," he added.',
        "Jeremy Philpott",
        "of the Patent Office",
        None,
    ),
    (  # guard: "Dr" alone stays
        '"It is a good plan," said Dr Jane Smith. "We welcome it," she added.',
        "Jane Smith",
        "Dr",
        "expert or academic",
    ),
    (  # a capitalised title heads an apposition before the name
        "The service will be held in St George's Chapel, at which the Archbishop of Canterbury, Dr Rowan "
        'Williams, will preside. "It is a joyful day," Dr Williams said.',
        "Rowan Williams",
        "the Archbishop of Canterbury",
        "civil society, NGO, union",
    ),
    (  # a title the tagger took into the name keeps the title words before it
        'Police stepped up patrols. Assistant Chief Constable David Warcup said: "We will not tolerate '
        'violence." He added that officers would be on duty all night.',
        "David Warcup",
        "Assistant Chief Constable",
        "police, military, justice",
    ),
    (  # an apposition before the name keeps the post coordinated to it
        'Fletcher was described as a "consummate professional" by his friend and fellow broadcaster Michael '
        'Pointon. "It was a pleasure to work with him," Mr Pointon said.',
        "Michael Pointon",
        "his friend and fellow broadcaster",
        "media",
    ),
    (  # an apposition on a name the parse cut apart ("den" read as a verb)
        '"We got the idea that it would be feasible to build a larger image," said Jurgen den Hartog, one of the '
        'TNO researchers behind the project. "We were not competing," he said.',
        "Jurgen den Hartog",
        "one of the TNO researchers behind the project",
        "expert or academic",
    ),
]


@pytest.mark.parametrize(("body", "name", "role", "group"), CASES, ids=[c[1] for c in CASES])
def test_the_role_words_of_a_named_speaker(body: str, name: str, role: str | None, group: str | None):
    a = _article(body)
    found = [s for s in a.speakers if s.name.endswith(name)]
    assert found, f"{name!r} not among {[s.name for s in a.speakers]}"
    assert found[0].role == role
    if group is not None:
        assert found[0].role_group == group


def test_team_before_a_name_is_no_title():
    a = _article('Team Trump sees the convention as a second chance for Donald Trump. "We will win," Trump said.')
    s = next(s for s in a.speakers if s.name == "Donald Trump")
    assert s.role != "Team"
    assert s.role_group == "politician"
