"""The fifty-second session's second round (read from the Lee corpus parts fresh178-fresh180 after their two blind
scores, checked against every earlier label): a fire service is a public emergency service, a defence ministry is
a ministry like any other (and a trade's union by name a union), a security source speaks for the security
forces, a deputy secretary of state or of defence is an appointed official, and a bystander is a person."""

from __future__ import annotations

from analysis.extract.sources.groups import role_group
from tests.test_speakers import _article, _speaker

GOVERNMENT = "government official or spokesperson"
SECURITY = "police, military, justice"


def test_fire_services_are_government_but_a_firefighters_union_is_a_union():
    assert role_group("Rural Fire Service Commissioner") == GOVERNMENT
    assert role_group("A fire service spokesperson") == GOVERNMENT
    assert role_group("Fire department officials") == GOVERNMENT
    assert role_group("the president of the Indiana state firefighters union") == "civil society, NGO, union"
    # a trade's union by name is a union, whatever the trade ("Fire Brigades Union"); not the European Union
    assert role_group("Fire Brigades Union", name=True) == "civil society, NGO, union"
    assert role_group("European Union", name=True) == GOVERNMENT


def test_a_defence_ministry_speaks_as_a_ministry():
    assert role_group("Defence Ministry spokesman") == GOVERNMENT
    assert role_group("A spokesman for Afghanistan's Defence Ministry") == GOVERNMENT
    assert role_group("a Ministry of Defence spokesman") == GOVERNMENT
    assert role_group("Defence Secretary") == "politician"  # the minister stays a politician


def test_security_sources_and_a_command_are_the_security_forces():
    assert role_group("an Israeli security source") == SECURITY
    assert role_group("Palestinian security sources") == SECURITY
    assert role_group("the head of the US Central Command") == SECURITY


def test_a_deputy_secretary_of_state_is_an_official_but_a_unions_deputy_is_the_unions():
    assert role_group("Deputy Secretary of State") == GOVERNMENT
    assert role_group("Deputy Defence Secretary") == GOVERNMENT
    assert role_group("Secretary of State") == "politician"
    assert role_group("the deputy secretary of the union") == "civil society, NGO, union"


def test_a_bystander_named_after_the_description_is_that_person():
    a = _article(
        "Several people were brought out on stretchers. One bystander, Marius duPlessis, said he was searching for "
        'his son. "His car is there," he said.',
        title="Roof collapses at a mall",
    )
    bystander = _speaker(a, "Marius duPlessis")
    assert bystander.kind == "named person"
    assert bystander.role_group == "ordinary person or witness"
