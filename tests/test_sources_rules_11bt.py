"""Who speaks, issue 11bt: kinds of speakers the article identifies nearby. "the brewer said ... that it"
after "Australian brewer Fosters" is the firm; "said the artists" after "artists Langlands & Bell" is a
named group; "A spokesman for X said" is the person the next sentence names "spokesman Jorg Wojahn";
"According to technology analysts, TDG Research" is the firm; a body quoted in its own name more often
than through its spokesman keeps its kind; an "I" nothing resolves in a column written in the first
person is its writer; "his spokesman" is the one person the article titles "spokesman"; a standfirst's
"Member of House panel says" is the person the lead names. Small articles written here, each rule with a
guard."""

from __future__ import annotations

import pytest

from tests.test_speakers import _article

_FRAUD = (
    "The watchdog criticised how member states report fraud.\n\n"
    "A spokesman for the European Anti-Fraud Office said the organisation agreed with the assessment. "
)

CASES = [
    (  # a firm called by its trade, "it" after it
        "Australian brewer Fosters has bought a large stake in the winemaker Southcorp.\n\n"
        "The prospect of Fosters launching a takeover startled investors, as the brewer said last summer "
        "that it was not looking to expand through a big buy.",
        "the brewer",
        "organisation",
    ),
    (  # guard: "he", a person whatever the trade word
        "A small farm in Devon has won a national prize.\n\n"
        "The grower said he was delighted with the result and would plant more apples next year.",
        "The grower",
        "named person",
    ),
    (  # a definite plural after the group it names
        "A new art installation opens in Brussels next month.\n\n"
        "Using a 3D graphics engine, Bafta-winning artists Langlands & Bell have created a model of the "
        "city's cellars. \"The river was integral to the city's survival,\" said the artists.",
        "the artists",
        "country or group",
    ),
    (  # guard: no one named before them, unnamed people
        "Prices of homes rose again last month, the figures showed.\n\n"
        '"The market is still strong," said the estate agents, who expect more rises in spring.',
        "the estate agents",
        "anonymous",
    ),
    (  # an unnamed spokesman the next sentence names
        _FRAUD + '"The quality of reporting does differ," spokesman Jorg Wojahn said.',
        "A spokesman for the European Anti-Fraud Office",
        "named person",
    ),
    (  # named next by another post of the same principal
        "Hillary Clinton's campaign has denied the claims.\n\n"
        "A spokeswoman for Hillary Clinton says the campaign did not help her. Clinton communications director "
        "Jennifer Palmieri spoke to reporters on Friday.",
        "A spokeswoman for Hillary Clinton",
        "named person",
    ),
    (  # guard: never named
        _FRAUD + "Member states have until June to reply.",
        "A spokesman for the European Anti-Fraud Office",
        "unnamed person",
    ),
    (  # guard: the next sentence names another body's spokesman
        _FRAUD + 'Lib Dem home affairs spokesman Mark Oaten said: "This is deeply flawed."',
        "A spokesman for the European Anti-Fraud Office",
        "unnamed person",
    ),
    (  # "I" in a column written in the first person: its writer
        "Analyst Bill Thompson has seen the future and it is in his son's hands.\n\n"
        "I bought my son Max a 3G phone, partly because they are so cheap. "
        '"It is a disaster to make phone calls over the net," I said to him.',
        "I",
        "named person",
    ),
    (  # guard: readers' comments after a story told in the third person
        "Alex Kapranos has called for more government help for musicians.\n\n"
        "The singer spoke at a lecture in Edinburgh.\n\n"
        '"Music should be funded by the state," I said to my friends, and they agreed.',
        "I",
        "unknown",
    ),
    (  # a possessive description of the one person the article gives that post
        "Former Stone Roses singer Ian Brown was arrested after a concert in San Francisco, his spokesman has "
        "said.\n\nA fan attacked the singer, Fiction Records spokesman Paul Smernicki said.",
        "his spokesman",
        "named person",
    ),
    (  # guard: another client's lawyer is not "His lawyer"
        "Clinton's lawyer Cheryl Mills was granted immunity.\n\nThe panel held Pagliano in contempt of "
        "Congress for refusing to attend a hearing. His lawyer said he would not answer questions.",
        "His lawyer",
        "unnamed person",
    ),
    (  # guard: a lead introducing someone new before the person named
        "Pensioner says the council failed him.\n\nA pensioner has complained about his bins. "
        "Council leader John Smith said the service would improve.",
        "Pensioner",
        "unnamed person",
    ),
    (  # a name after an indefinite description's "for" is whom it serves, not the speaker
        "The film has been a hit in Japan.\n\n"
        'A spokesman for distributor Toho said the film "has received strong interest". "We have a good '
        'feeling about this film," he added.',
        "A spokesman for distributor Toho",
        "unnamed person",
    ),
    (  # a body quoted in its own name more often than through its spokesman
        "Airport operator BAA has backed the government's expansion plans.\n\n"
        "BAA, which operates all three airports, said it was consulting with local communities. "
        '"We are consulting on compensation schemes," a BAA spokesman said. At Heathrow, BAA said it was '
        "working closely with all interested parties.",
        "BAA",
        "organisation",
    ),
]


@pytest.mark.parametrize(("text", "name", "kind"), CASES, ids=[f"{n} is {k}" for _, n, k in CASES])
def test_kind(text: str, name: str, kind: str) -> None:
    found = {s.name: s.kind for s in _article(text).speakers}
    assert found.get(name) == kind, found


def test_a_firm_named_after_anonymous_analysts_is_the_firm():
    a = _article(
        "Telecoms firms want to send television down phone lines.\n\n"
        "According to technology analysts, TDG Research, there will be 20 million subscribers to such "
        "services in under six years."
    )
    kinds = [s.kind for s in a.speakers]
    assert "organisation" in kinds and "anonymous" not in kinds, [(s.name, s.kind) for s in a.speakers]


def test_a_body_quoted_only_through_its_spokeswoman_is_her():
    # guard: every quote hangs on the spokeswoman or her "she"
    a = _article(
        "Benefit claims fell last year.\n\n"
        '"We are pleased with the progress," a Department for Work and Pensions spokeswoman said. '
        '"More people are in work," she added.'
    )
    assert [s.kind for s in a.speakers] == ["unnamed person"], [(s.name, s.kind) for s in a.speakers]


def test_a_standfirsts_description_is_the_person_the_lead_names():
    a = _article(
        "Rep. Adam Schiff, the top Democrat on the House Intelligence Committee, called on President Obama to "
        "retaliate against Russia.",
        title="Lawmaker urges retaliation on Russia;\nMember of House panel says U.S. must keep Moscow out.",
    )
    assert {s.name: s.kind for s in a.speakers} == {"Member of House panel": "named person"}
