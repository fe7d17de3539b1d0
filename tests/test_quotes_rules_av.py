"""Quote attribution, issue 11av: sentence shapes that credit a quote to the wrong words. A relative
pronoun hung on the noun after a preposition ("Democrats on Capitol Hill, who argued"); a report
"on" someone taken for theirs; a closing note after a dash taken for a signature; an absolute phrase
("with 30 percent of voters saying") credited to the main clause's subject; a he/she counted as
evidence for a name it is not about, so that "she said" later finds nobody; a bare surname taken
for a relative named in passing ("Cruz said" after "a photo of Heidi Cruz"). Small articles written
here, each with a case where the rule must not fire."""

from __future__ import annotations

from tests.test_quotes_rules_an import _quote
from tests.test_speakers import _article

# -- a relative pronoun after a prepositional phrase -----------------------------------------------


def test_who_after_a_place_stands_for_the_people_before_it():
    a = _article(
        "The change in approach is likely to placate nervous Democrats on Capitol Hill, who have argued "
        "that it helps down-ballot candidates when the nominee is painted as greedy.\n\n"
        "The campaign made no comment."
    )
    q = _quote(a, "it helps down-ballot", "indirect")
    assert q.speaker != "Capitol Hill"
    assert "Democrat" in q.speaker


def test_who_after_a_thing_stands_for_the_people_before_it():
    a = _article(
        "By 9 a.m. Sunday, the host began taking calls from black listeners to his radio program who "
        "said they had misgivings about the candidate.\n\n"
        "The host said the calls went on all day."
    )
    assert _quote(a, "they had misgivings", "indirect").speaker == "black listeners"


def test_that_after_a_thing_stands_for_the_report_before_it():
    a = _article(
        "The survey was conducted shortly after the release of the inspectors' report on the bank's "
        "lending practices that suggested they were reckless but not illegal.\n\n"
        "The bank declined to comment."
    )
    q = _quote(a, "they were reckless", "indirect")
    assert q.speaker.startswith("the inspectors' report")
    assert "that suggested" not in q.speaker  # the name stops before the relative clause


def test_who_after_people_stays_with_them():
    # the nearest noun is someone: the rule leaves the parse's choice alone
    a = _article(
        "The plan was criticised by the families of the victims who said they had not been consulted.\n\n"
        "The minister said the plan would go ahead."
    )
    assert _quote(a, "they had not been consulted", "indirect").speaker == "the victims"


# -- a statement "on" something ---------------------------------------------------------------------


def test_a_statement_on_her_website_is_hers_but_a_report_on_her_practices_is_not():
    a = _article(
        "Tennis star Kim Clijsters will make her return from injury in February.\n\n"
        '"The recovery has gone well," a statement on her website said.\n\n'
        "Regulators criticised the firm's chief executive, Jane Moore, last year. "
        '"The controls were inadequate," a report on her management practices said.'
    )
    assert _quote(a, "The recovery").speaker == "Kim Clijsters"
    assert _quote(a, "The controls").speaker != "Jane Moore"


# -- a dash before a closing note ------------------------------------------------------------------


def test_a_note_after_a_dash_is_no_signature():
    a = _article(
        "New Zealand captain Tama Umaga will lead the side in the charity match.\n\n"
        "He admitted the cause had easily won him over.\n\n"
        '"It\'s just good to know we can do something to help out."\n\n'
        "- The match will be televised on BBC One at 1400 GMT on Saturday."
    )
    assert _quote(a, "It's just good").speaker != "BBC"


def test_a_name_after_a_dash_still_signs_the_quote():
    a = _article(
        "Supporters gathered outside the hall on Saturday.\n\n"
        '"We will keep fighting for working families."\n\n'
        "- Bernie Sanders."
    )
    assert _quote(a, "We will keep").speaker == "Bernie Sanders"


# -- an absolute phrase: "with X saying" ------------------------------------------------------------


def test_with_a_share_of_voters_saying_is_theirs_not_the_subjects():
    a = _article(
        "Donald Trump is trailing in the latest poll.\n\n"
        "Mr. Trump has slightly improved his standing, with 30 percent of voters saying they have a "
        "positive view of him."
    )
    q = _quote(a, "they have a positive view", "indirect")
    assert q.speaker != "Donald Trump"
    assert q.speaker == "30 percent of voters"


def test_with_the_label_saying_is_the_labels():
    a = _article(
        "Singer Mark Morrison joined the label a year ago.\n\n"
        "He has released one single, with the label saying the album was due for release in January."
    )
    assert _quote(a, "the album was due", "indirect").speaker == "the label"


def test_with_a_comma_before_the_participle_is_the_subjects():
    a = _article(
        "Conservative leader Michael Howard spoke in Kent.\n\n"
        "He ended his response with an election challenge to Labour, saying the party was afraid of "
        "the voters."
    )
    assert _quote(a, "the party was afraid", "indirect").speaker == "Michael Howard"


# -- he/she counted for the wrong person ------------------------------------------------------------


def _speakers(text: str, named: list[tuple[str, str, str]]):
    """``Speakers`` over ``text`` with the mentions given as (words, label, entity), each at its
    every occurrence: the tagger's labels set by hand."""
    from analysis.doc.nlp import load_pipeline, make_doc
    from analysis.extract.quotes.speakers import Speakers
    from analysis.records import Mention

    nlp = load_pipeline()
    doc = nlp(make_doc(nlp, text))
    mentions: list[Mention] = []
    for words, label, entity in named:
        at = text.find(words)
        while at != -1:
            if not any(m.start <= at < m.end for m in mentions):
                mentions.append(Mention(at, at + len(words), words, label, entity))
            at = text.find(words, at + len(words))
    return doc, Speakers(doc, text, sorted(mentions, key=lambda m: m.start))


def test_a_he_after_a_person_tagged_a_firm_is_no_evidence_for_the_name_before():
    text = (
        "Sen. Elizabeth Warren grilled John Stumpf of the bank on Tuesday.\n\n"
        '"You should resign," Warren told Stumpf, after he admitted he had not been held accountable.\n\n'
        '"This is not right," Warren said. "You squeezed your employees," she said.'
    )
    # "John Stumpf" tagged an organisation, as the tagger did in the article this was read from
    doc, sp = _speakers(
        text,
        [("Elizabeth Warren", "PERSON", "Elizabeth Warren"), ("John Stumpf", "ORG", "John Stumpf")]
        + [("Warren", "PERSON", "Elizabeth Warren"), ("Stumpf", "ORG", "John Stumpf")],
    )
    assert sp.gender("Elizabeth Warren") != "m"
    she = next(t for t in doc if t.lower_ == "she")
    assert sp.antecedent(she) == "Elizabeth Warren"


def test_a_he_after_a_firm_with_no_first_name_still_counts():
    text = (
        "Mark Warren chaired the meeting on Tuesday.\n\nWarren criticised Acme Holdings, after he had read the report."
    )
    _, sp = _speakers(
        text,
        [("Mark Warren", "PERSON", "Mark Warren"), ("Warren", "PERSON", "Mark Warren")]
        + [("Acme Holdings", "ORG", "Acme Holdings")],
    )
    assert sp.gender("Mark Warren") == "m"


def test_pronouns_after_a_name_that_a_she_before_it_is_about_are_not_the_names():
    text = (
        "Screenwriter Debra Hill has died aged 54.\n\n"
        "She was reunited with John Carpenter in 1996 for a sequel. At the time of her death she was "
        "working on a film."
    )
    _, sp = _speakers(text, [("Debra Hill", "PERSON", "Debra Hill"), ("John Carpenter", "PERSON", "John Carpenter")])
    assert sp.gender("John Carpenter") != "f"


def test_a_he_before_the_subject_it_looks_ahead_to_still_counts():
    text = (
        "The primary race goes on.\n\n"
        "While he has said he will fight on, Bernie Sanders must decide what he will demand. He spoke in Ohio."
    )
    _, sp = _speakers(text, [("Bernie Sanders", "PERSON", "Bernie Sanders")])
    assert sp.gender("Bernie Sanders") == "m"


# -- a surname two people share --------------------------------------------------------------------


def test_a_bare_surname_is_the_subject_of_the_story_not_a_relative_named_in_passing():
    a = _article(
        "Ted Cruz has endorsed Donald Trump for president.\n\n"
        "Trump also retweeted an unflattering photo of Heidi Cruz last spring.\n\n"
        '"I am not in the habit of supporting people who attack my wife," Cruz said in July.'
    )
    assert _quote(a, "I am not in the habit").speaker == "Ted Cruz"


def test_a_bare_surname_after_a_namesake_who_is_a_subject_stays_with_the_namesake():
    a = _article(
        "Libertarian candidate Gary Johnson is polling at eight percent.\n\n"
        "Homeland Security Secretary Jeh Johnson said hackers were targeting election officials.\n\n"
        '"Exactly who did it remains under investigation," Johnson said.'
    )
    assert _quote(a, "Exactly who did it").speaker == "Jeh Johnson"
