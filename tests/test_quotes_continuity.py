"""A pronoun continues the speaker named last, quotes in marks and reported speech alike (issue 11m,
``attribution._speaker_chain``, ``Speakers.antecedent(prefer_at=...)``): a person named *before* that
speaker spoke no longer outranks them, and only a person goes on as "he" or "she"."""

from __future__ import annotations

from analysis import Article, analyze, read_bytes


def _analyze(body: str, headline: str = "A story") -> Article:
    return analyze(read_bytes("test.txt", f"{headline}\n\n{body}\n".encode()))


def _said(art: Article, words: str) -> str | None:
    """The speaker of the quote (any kind) whose text starts with ``words``."""
    (speaker,) = {q.speaker for q in art.quotes if q.text.startswith(words)}
    return speaker


def test_she_after_a_spokeswoman_who_named_someone_else() -> None:
    # the name inside the spokeswoman's reported words is not who "She said" goes back to
    art = _analyze(
        "The BBC is moving its chart show to another channel. A BBC spokeswoman said Andi Peters would "
        "continue as executive producer on the show. She said that issues over the exact format of the "
        "programme were still to be decided."
    )
    assert _said(art, "issues over the exact format") == "A BBC spokeswoman"


def test_he_after_a_spokesman_who_spoke_since_a_named_dancer() -> None:
    # Jonathan Cope was a subject two sentences back, but the spokesman spoke after him
    art = _analyze(
        "Few of the Royal Ballet's principal dancers are British. Its best known, Jonathan Cope, is "
        "retiring this year. But a spokesman for the English National Ballet told BBC News that around a "
        "quarter of the company's dancers were from the UK. He said competition at open auditions in "
        "London was fierce."
    )
    assert _said(art, "competition at open auditions") == "a spokesman for the English National Ballet"


def test_they_after_analysts_not_the_country_they_spoke_of() -> None:
    art = _analyze(
        "The dollar rose on Monday. But analysts said any gains were likely to be short-lived as problems "
        "with the US economy were still significant. They also pointed out that the administration had "
        "done little to stop the slide."
    )
    assert _said(art, "the administration had done little") == "analysts"


def test_no_he_or_she_goes_on_with_a_thing_that_spoke() -> None:
    # "the figures" spoke last, but a thing is not what "she" stands for: the person named before it is
    art = _analyze(
        "Angelique Brunner runs a property firm in Washington and backs the visa scheme. The figures show "
        "that most of the money went to rich areas, the report said. She said the scheme still creates "
        "jobs in poor towns."
    )
    assert _said(art, "the scheme still creates") == "Angelique Brunner"


def test_a_subject_named_after_the_last_speaker_still_takes_the_pronoun() -> None:
    # the old rule stands when the other person is named after the speaker spoke
    art = _analyze(
        "A spokesman for the club said the deal was done. John Hartson then signed the contract. "
        '"I am delighted to be here," he said.'
    )
    assert _said(art, "I am delighted") == "John Hartson"


def test_a_participle_said_of_a_thing_is_said_by_who_acts_on_it() -> None:
    # "saying"/"branding" hang on the object in the parse; the object is a thing, its subject speaks
    art = _analyze(
        "Qantas may move some jobs abroad. Unions criticised the possible move - which may affect cabin "
        "and maintenance staff - saying Qantas was profitable.\n\n"
        'Tory ex-minister Douglas Hogg said he opposed the plans for ID cards branding them a "regressive" '
        "step which would intrude into the lives of ordinary citizens."
    )
    assert _said(art, "Qantas was profitable") == "Unions"
    assert _said(art, "regressive") == "Douglas Hogg"


def test_a_sign_saying_stays_no_person() -> None:
    # a display noun is no thing someone acts on here: its words stay nobody's (or the sign's)
    art = _analyze('Protesters outside the embassy held up a banner saying "No more war" on Sunday.')
    assert all(q.speaker != "Protesters" for q in art.quotes)


def test_a_surname_of_reported_speech_goes_on_as_he() -> None:
    # "Le Bon also said ..." (reported) names the person "Simon Le Bon" by his surname: "he" goes on
    art = _analyze(
        "Simon Le Bon said earlier this year that the group were not trying to update their sound. "
        '"We would not want to lose them," the singer said. Le Bon also said the five members were '
        'getting on very well. "We are like any people who get very close," he said.'
    )
    assert _said(art, "We are like any people") in {"Simon Le Bon", "Le Bon"}  # not "he" left unresolved
