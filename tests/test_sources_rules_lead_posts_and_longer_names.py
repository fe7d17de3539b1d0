"""The forty-fifth session's first round (read from the dev misses and whole-corpus diffs): a post held by
one person, the lead's subject, is the role of the person the next sentence names as its subject ("India's
defence minister has opened ... || Pranab Mukherjee said"); a body's description written before a longer
name it goes by is the short name's role ("Chinese online game operator Shanda Interactive Entertainment ...
Shanda said"), and so is one before a body the tagger took for a person ("engineering group Jarvis"); words
right after another name are that name's ("the Associated Press news agency Contrack's withdrawal"). The
lexicon gains chief officers of firms, faculty members and literary agents."""

from __future__ import annotations

from analysis.extract.sources.groups import role_group
from tests.test_speakers import _article, _speaker


def test_the_leads_post_is_the_role_of_the_person_named_next():
    a = _article(
        "India's defence minister has opened the country's air show with an invitation to aerospace firms.\n\n"
        "Pranab Mukherjee said such companies could take advantage of India's skilled workers. "
        '"There is tremendous scope for outsourcing," said Mr Mukherjee.',
        title="Aviation firms eye India",
    )
    # (the tagger leaves "Pranab" out of the name; since the fifty-sixth session the confident first name
    # before the surname joins it)
    minister = _speaker(a, "Pranab Mukherjee")
    assert minister.role == "India's defence minister"
    assert minister.role_group == "politician"


def test_a_title_written_with_the_is_the_holders_too():
    a = _article(
        "The Lord Chancellor has defended government plans to introduce control orders.\n\n"
        'Lord Falconer insists that the proposals "do not equate to a police state".',
        title="Terror powers",
    )
    assert _speaker(a, "Falconer").role == "The Lord Chancellor"


def test_someone_elses_post_in_the_lead_is_not_carried():
    # "Blair's chancellor" is someone's person: the subject named next may be another
    a = _article(
        'Blair\'s chancellor has been attacked over tax plans.\n\nMichael Howard said the plans were "a stealth tax".',
        title="Tax row",
    )
    assert _speaker(a, "Michael Howard").role != "Blair's chancellor"


def test_a_post_the_lead_names_stays_with_that_name():
    # the lead's post names its holder: nothing is left to carry
    a = _article(
        "Defence minister Pranab Mukherjee has opened the air show.\n\n"
        'Analyst John Smith said: "The show is bigger than ever."',
        title="Air show",
    )
    assert "minister" not in (_speaker(a, "John Smith").role or "")


def test_a_short_name_takes_the_description_before_its_longer_name():
    a = _article(
        "Chinese online game operator Shanda Interactive Entertainment has bought a stake in Sina. "
        '"We are pleased," Shanda said in a statement.',
        title="Deals roundup",
    )
    shanda = _speaker(a, "Shanda")
    assert shanda.kind == "organisation"
    assert shanda.role == "Chinese online game operator"
    assert shanda.role_group == "business"


def test_a_body_found_late_takes_its_description():
    # "Jarvis" is tagged a person; "it" and "its" for it make it a body, after the role steps ran
    a = _article(
        "Shares in engineering group Jarvis have soared more than 16% on news that it is offloading its stake "
        "in London underground consortium Tube Lines.\n\n"
        "The sale of the stake to Spain's Ferrovial is a lifeline to Jarvis, which was weighed down by debts.\n\n"
        'Jarvis said the sale would "substantially" enhance its finances.',
        title="Jarvis sells Tube stake",
    )
    jarvis = _speaker(a, "Jarvis")
    assert jarvis.kind == "organisation"
    assert jarvis.role == "engineering group"
    assert jarvis.role_group == "business"


def test_a_description_right_after_another_name_is_that_names():
    # "the Associated Press news agency" describes the Associated Press, not the Contrack after it
    a = _article(
        "Lt Col Eric Schnaible of the PCO told the Associated Press news agency Contrack's withdrawal was agreed. "
        '"The scope of work could not be executed," Contrack said.',
        title="Contrack leaves Iraq deal",
    )
    contrack = _speaker(a, "Contrack")
    assert contrack.role != "news agency"
    assert contrack.role_group != "media"


def test_the_lexicons_new_posts():
    assert role_group("chief revenue officer at Shopping.com") == "business"
    assert role_group("an Armenian history and Middle Eastern history faculty member") == "expert or academic"
    assert role_group("Maples's literary agent") == "culture and sport"
