"""Source naming, kinds and merging: one source per entity, however the article names it."""

from __future__ import annotations

import pytest

from extract.sources import (
    SourceRegistry,
    classify,
    initials,
    is_acronym,
    norm_key,
    person_like,
    split_of,
    strip_determiner,
    strip_title,
)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("the Port Authority", "Port Authority"),
        ("The Harbour Board", "Harbour Board"),
        ("a spokeswoman", "spokeswoman"),
        ("Reuters", "Reuters"),
    ],
)
def test_strip_determiner(phrase: str, expected: str) -> None:
    assert strip_determiner(phrase) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("President Ana Ruiz", "Ana Ruiz"),
        ("US Senator Paul Dern", "Paul Dern"),
        ("Prime Minister Lars Holm", "Lars Holm"),
        ("Regional Court Judge Mia Voss", "Mia Voss"),
        ("Secretary of Justice Ida Berg", "Ida Berg"),
        # Bodies keep their names even when a word looks like a title.
        ("Transport Department", "Transport Department"),
        ("US Embassy", "US Embassy"),
        ("Council of State Governors", "Council of State Governors"),
    ],
)
def test_strip_title(name: str, expected: str) -> None:
    assert strip_title(name) == expected


def test_person_with_employer_is_split() -> None:
    assert split_of("Lena Park of the Coastal Research Institute") == (
        "Lena Park",
        "Coastal Research Institute",
    )
    # An organisation "of" something stays whole.
    assert split_of("Ministry of Transport") == ("Ministry of Transport", None)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Oslo Evening News", "outlet"),
        ("Bloomberg", "outlet"),
        ("Agence France-Presse", "outlet"),
        ("Ministry of Fisheries", "organization"),
        ("Nordic Shipping Council", "organization"),
        ("NSC", "organization"),
        ("Tomas Lind", "person"),
        ("Norway", "organization"),
    ],
)
def test_classify_kinds(name: str, kind: str) -> None:
    assert classify(name) == kind


def test_person_like_and_acronyms() -> None:
    assert person_like("Maria de la Cruz")
    assert not person_like("Coastal Research Institute")
    assert is_acronym("NSC") and is_acronym("U.N.")
    assert not is_acronym("Reuters")
    assert initials("Nordic Shipping Council") == "NSC"
    assert initials("Office of the Harbour Master") == "OHM"


def test_norm_key_drops_determiners_possessives_and_outlet_demonyms() -> None:
    assert norm_key("the Harbour Board") == norm_key("Harbour Board")
    assert norm_key("Reuters's") == norm_key("Reuters")
    assert norm_key("The British Guardian") == norm_key("Guardian")
    # A nationality in front of a plural group is part of its name.
    assert norm_key("British officials") != norm_key("officials")


def test_registry_merges_determiner_variants() -> None:
    reg = SourceRegistry()
    a = reg.add("the Harbour Board", (0, 17))
    b = reg.add("Harbour Board", (40, 53))
    assert a is b
    sources, _ = reg.build({a.key})
    assert [s.name for s in sources] == ["Harbour Board"]
    assert sources[0].aliases == ("the Harbour Board",)
    assert sources[0].mentions == ((0, 17), (40, 53))


def test_registry_merges_surname_with_full_name() -> None:
    reg = SourceRegistry()
    a = reg.add("Tomas Lind", (0, 10))
    b = reg.add("Lind", (50, 54))
    assert a is b
    assert a.name == "Tomas Lind"


def test_registry_merges_title_and_name() -> None:
    reg = SourceRegistry()
    a = reg.add("Mayor Tomas Lind", (0, 16), kind="person")
    b = reg.add("Tomas Lind", (30, 40))
    assert a is b and a.name == "Tomas Lind" and a.kind == "person"


def test_title_kept_when_only_a_surname_is_known() -> None:
    reg = SourceRegistry()
    e = reg.add("Governor Dern", (0, 13))
    sources, _ = reg.build({e.key})
    assert sources[0].name == "Governor Dern"
    assert sources[0].kind == "person"


def test_abbreviation_alias_maps_back() -> None:
    reg = SourceRegistry(abbreviations={"NSC": "Nordic Shipping Council"})
    a = reg.add("the Nordic Shipping Council", (0, 27), abbreviation="NSC")
    b = reg.add("NSC", (60, 63))
    assert a is b
    sources, _ = reg.build({a.key})
    assert sources[0].name == "Nordic Shipping Council"
    assert "NSC" in sources[0].aliases


def test_acronym_by_initials_merges_without_parentheses() -> None:
    reg = SourceRegistry()
    a = reg.add("Nordic Shipping Council", (0, 23))
    b = reg.add("the NSC", (40, 47))
    assert a is b


def test_outlet_demonym_is_dropped() -> None:
    reg = SourceRegistry()
    a = reg.add("The Danish Copenhagen Post", (0, 26))
    b = reg.add("Copenhagen Post", (50, 65))
    assert a is b
    assert a.name == "Copenhagen Post" and a.kind == "outlet"


def test_groups_stay_apart_by_their_modifiers() -> None:
    reg = SourceRegistry()
    a = reg.add("Danish officials", (0, 16), kind="group")
    b = reg.add("Swedish officials", (30, 47), kind="group")
    assert a is not b
    assert a.kind == b.kind == "group"


def test_build_numbers_sources_by_first_mention_and_skips_unused() -> None:
    reg = SourceRegistry()
    late = reg.add("Harbour Board", (100, 113))
    early = reg.add("Tomas Lind", (5, 15))
    unused = reg.add("Port Authority", (50, 64))
    sources, ids = reg.build({late.key, early.key})
    assert [(s.id, s.name) for s in sources] == [("s1", "Tomas Lind"), ("s2", "Harbour Board")]
    assert unused.key not in ids
