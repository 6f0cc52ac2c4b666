"""Country mentions: what a journalist sees in the Countries pane, and what must stay out of it."""

from __future__ import annotations

import json
import os
import re
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.countries import CountryHit, country_codes, country_name, find_countries


def codes(text: str) -> list[str]:
    """Codes in order of first mention, each once (what a claim shows)."""
    seen: list[str] = []
    for hit in find_countries(text):
        if hit.code not in seen:
            seen.append(hit.code)
    return seen


def mentions(text: str) -> list[tuple[str, str]]:
    return [(h.code, text[h.start : h.end]) for h in find_countries(text)]


# --- names and short forms ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Khashoggi was killed in Istanbul, Turkey.", ["TR"]),
        ("Nikki Holland of the UK's National Crime Agency said so.", ["GB"]),
        ("South Korea's National Police Agency announced the arrest.", ["KR"]),
        ("Austrian, United Kingdom and New Zealand production sites are kept.",
         ["AT", "GB", "NZ"]),
        ("Listed US states as having members were these.", ["US"]),
        ("Arrests were made in the Czech Republic and in Czechia.", ["CZ"]),
        ("Officials in the U.S. and the USA and America agree.", ["US"]),
        ("He left Britain, then Great Britain, then the UK, then the U.K.", ["GB"]),
        ("Trade between the Netherlands and Holland is trivial.", ["NL"]),
        ("Ivory Coast and Côte d'Ivoire are one country; so are Burma and Myanmar.",
         ["CI", "MM"]),
        ("Talks between North Korea and South Korea resumed.", ["KP", "KR"]),
        ("Deportees came from Cuba, Haiti, Nicaragua and Venezuela.", ["CU", "HT", "NI", "VE"]),
        ("Moldova, Kosovo and other Balkan countries were named.", ["MD", "XK"]),
    ],
)
def test_names_and_short_forms(text: str, expected: list[str]) -> None:
    assert codes(text) == expected


def test_mention_span_is_the_name_without_article_or_possessive() -> None:
    text = "Nikki Holland of the UK's agency and South Korea's police met."
    assert mentions(text) == [("GB", "UK"), ("KR", "South Korea")]


def test_longest_name_wins_over_the_name_inside_it() -> None:
    assert codes("Guinea-Bissau, not Guinea.") == ["GW", "GN"]
    assert mentions("Papua New Guinea") == [("PG", "Papua New Guinea")]
    assert codes("Equatorial Guinea") == ["GQ"]
    assert codes("Niger and Nigeria are neighbours.") == ["NE", "NG"]
    assert codes("The Dominican Republic is not Dominica.") == ["DO", "DM"]
    assert codes("South Sudan split from Sudan.") == ["SS", "SD"]
    assert codes("Northern Ireland is in the UK; the Republic of Ireland is not.") == [
        "GB",
        "IE",
    ]


def test_england_and_english_are_gb() -> None:
    assert codes("English drummer Ginger Baker died.") == ["GB"]
    assert codes("He was born in Bradford, England.") == ["GB"]
    assert codes("A Scottish court and the Welsh assembly ruled.") == ["GB"]


def test_language_label_of_a_quoted_original_is_not_a_country() -> None:
    text = 'He said, "the army." ((hu))Hungarian language: \u200da haderő'
    assert codes(text) == []
    assert codes("The Hungarian language is hard.") == ["HU"]


def test_kosovo_is_xk() -> None:
    assert codes("Kosovo declared independence; Kosovars celebrated.") == ["XK"]
    assert country_name("XK") == "Kosovo"


# --- demonyms ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code", "surface"),
    [
        ("A Cuban doctor arrived.", "CU", "Cuban"),
        ("Cubans voted.", "CU", "Cubans"),
        ("The Cuban's lawyer spoke.", "CU", "Cuban"),
        ("The Cubans' boat sank.", "CU", "Cubans"),
        ("The American Bloomberg reported it.", "US", "American"),
        ("Americans were evacuated.", "US", "Americans"),
        ("Neither US nor British authorities listed them.", "GB", "British"),
        ("Two Britons were hurt.", "GB", "Britons"),
        ("He died in the Saudi consulate.", "SA", "Saudi"),
        ("Saudis protested.", "SA", "Saudis"),
        ("Hungary licensed Czech firearm technology.", "CZ", "Czech"),
        ("Chinese and perceived-to-be Chinese individuals were harassed.", "CN", "Chinese"),
        ("The Swiss voted.", "CH", "Swiss"),
        ("A Dutch court ruled.", "NL", "Dutch"),
        ("Filipinos celebrated.", "PH", "Filipinos"),
        ("A Turkish national now living abroad.", "TR", "Turkish"),
    ],
)
def test_demonyms_in_every_form(text: str, code: str, surface: str) -> None:
    assert (code, surface) in mentions(text)


def test_country_word_inside_an_organisation_name_counts() -> None:
    assert codes("The creditor Hungarian Development Bank is state-owned.") == ["HU"]
    assert codes("the United States Department of Justice unsealed charges") == ["US"]
    assert codes("He told Agence France-Presse the victim is in care.") == ["FR"]


# --- capitals as metonyms, seats of government ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the Wall Street Journal reported that Washington was considering it", ["US"]),
        ("Moscow said the talks had failed.", ["RU"]),
        ("Beijing has repeatedly denied the claims.", ["CN"]),
        ("London insists the deal stands.", ["GB"]),
        ("Athens expelled the ambassador.", ["GR"]),
        ("Washington and Moscow announced a truce.", ["US", "RU"]),
        ("Moscow's decision surprised diplomats.", ["RU"]),
        ("Washington, Moscow and Beijing said the deal was dead.", ["US", "RU", "CN"]),
        ("Tehran on Monday denied the report.", ["IR"]),
        ("Paris and Berlin agreed to cooperate.", ["FR", "DE"]),
    ],
)
def test_capital_standing_for_its_government(text: str, expected: list[str]) -> None:
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hatice Cengiz is a Turkish national now living in London.",
        "They played a free concert in London's Hyde Park.",
        "The band reunited for several London and New York concerts.",
        "Officials in Washington said nothing.",
        "Listed states include Virginia, Washington and Washington, D.C. They also stated it.",
        "Washington state passed a law.",
        "George Washington said no third term.",
        "He was a columnist for The Washington Post.",
        "The Washington Post reported the story.",
        "He studied at University College London.",
    ],
)
def test_capital_as_a_place_or_a_name_is_not_counted(text: str) -> None:
    assert "GB" not in codes(text)
    assert "US" not in codes(text)


def test_capital_place_keeps_the_country_named_next_to_it() -> None:
    assert codes("He died at home in Paris, France, surrounded by family.") == ["FR"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Kremlin said the report was false.", "RU"),
        ("The White House announced new tariffs.", "US"),
        ("Downing Street denied the story.", "GB"),
        ("Whitehall officials briefed reporters.", "GB"),
        ("The Elysée confirmed the visit.", "FR"),
        ("Kushner, on behalf of the White House, brokered a deal.", "US"),
    ],
)
def test_seat_of_government_counts(text: str, code: str) -> None:
    assert codes(text) == [code]


def test_seat_used_as_a_building_and_agencies_are_not_counted() -> None:
    assert codes("Protesters gathered outside the White House.") == []
    assert codes("A protestor dressed as the Grim Reaper in Whitehall.") == []
    assert codes("The State Department confirmed it to Radio Free Europe.") == []
    assert codes("The Pentagon and the CIA declined to comment.") == []


# --- things that are not countries ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Countries in the Balkan region are involved.",
        "Tension in the Middle East and Europe rose.",
        "The EU, the UN and NATO met.",
        "The country said the state and the government agreed.",
        "One bitcoin is worth approximately US$8000 or €7000.",
        "Fines of nearly half a million US dollars were imposed.",
        "He was raised in New Mexico and lived in New Jersey.",
        "Latin America and South America and North America.",
        "Ships sailed the Indian Ocean.",
        "Storms formed in the Gulf of Mexico and the South China Sea.",
        "We ate turkey at Thanksgiving.",
        "Lagos, Wuhan, Istanbul and Virginia are not capitals.",
        "Yesterday, Karsten Warholm won the final.",
    ],
)
def test_not_counted(text: str) -> None:
    assert codes(text) == []


def test_currency_after_demonym_is_money_but_a_name_can_win() -> None:
    assert codes("The South Korean won fell against the Brazilian real.") == []
    assert codes("Yesterday, Karsten Warholm of Norway won the final.") == ["NO"]


# --- people whose names are country words --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Chad Smith played the drums.",
        "Michael Jordan retired again.",
        "Jordan said he would play on.",
        "Nikki Holland of the agency spoke.",
        "Paris Hilton said she was happy.",
    ],
)
def test_person_named_like_a_country_is_not_a_country(text: str) -> None:
    assert codes(text) == []


def test_person_name_in_article_makes_bare_word_the_person() -> None:
    text = "Michael Jordan scored. Later, Jordan said he was tired."
    assert codes(text) == []


def test_possessive_with_a_state_noun_makes_the_word_a_country() -> None:
    assert codes("Chad's government imposed a curfew.") == ["TD"]
    assert codes("Jordan Peterson spoke. Jordan's king disagreed.") == ["JO"]
    assert codes("Paris Hilton arrived. Paris said she was happy.") == []


def test_jordan_and_chad_as_countries() -> None:
    assert codes("King Abdullah of Jordan visited.") == ["JO"]
    assert codes("Refugees fled to Jordan. Jordan said it would close the border.") == [
        "JO"
    ]
    assert codes("Troops from Sudan, Chad and Niger met.") == ["SD", "TD", "NE"]
    assert codes("Chad said it would send troops, Chadian officials confirmed.") == ["TD"]


# --- Georgia, the state and the country ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The crash happened in Atlanta, Georgia, on Monday.",
        "He was elected governor of the state of Georgia.",
        "Members came from Florida, Georgia, Kansas and Utah.",
        "Senators Mike Lee of Utah and David Perdue of Georgia objected.",
        "He was charged in the Northern District of Georgia.",
        "Researchers from the Georgia Institute of Technology found it.",
        "Republican committee member Doug Collins of Georgia said on Twitter.",
        "The debate will be held in Georgia. Ohio and Texas follow.",
    ],
)
def test_georgia_the_us_state_is_not_counted(text: str) -> None:
    assert codes(text) == []


def test_georgia_the_country() -> None:
    assert codes("Russia and Georgia fought a war in 2008.") == ["RU", "GE"]
    assert codes("The protest in Tbilisi, Georgia, grew; Georgian police watched.") == ["GE"]


# --- offsets, order, names ------------------------------------------------------------------


def test_offsets_slice_to_the_mention_in_text_order() -> None:
    text = "On Monday, Hungarian daily Magyar Nemzet said Austria and the U.S. disagreed."
    hits = find_countries(text)
    assert [h.code for h in hits] == ["HU", "AT", "US"]
    assert [text[h.start : h.end] for h in hits] == ["Hungarian", "Austria", "U.S."]
    assert hits == sorted(hits, key=lambda h: h.start)


def test_hit_is_a_frozen_value() -> None:
    hit = CountryHit("US", 0, 2)
    with pytest.raises(AttributeError):
        hit.code = "GB"  # type: ignore[misc]
    assert hit == CountryHit("US", 0, 2)


def test_country_names_are_short_english_names() -> None:
    assert country_name("US") == "United States"
    assert country_name("GB") == "United Kingdom"
    assert country_name("KR") == "South Korea"
    assert country_name("TR") == "Turkey"
    assert country_name("xk") == "Kosovo"
    assert country_name("ZZ") == "ZZ"


def test_table_covers_iso_3166_plus_kosovo() -> None:
    all_codes = country_codes()
    assert len(all_codes) >= 249
    assert "XK" in all_codes
    assert all(re.fullmatch(r"[A-Z]{2}", c) for c in all_codes)
    assert not {"EU", "UN", "ZZ"} & set(all_codes)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("US UK .,'’$abcdeJordanChGergiaWashington\n"))))
def test_any_text_gives_ordered_non_overlapping_slices(text: str) -> None:
    hits = find_countries(text)
    for a, b in pairwise(hits):
        assert a.end <= b.start
    for h in hits:
        assert 0 <= h.start < h.end <= len(text)
        assert h.code in country_codes()


# --- the gold files ------------------------------------------------------------------------


def _shared() -> Path:
    env = os.environ.get("CLAIMDESK_SHARED")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[3] / "shared"


def test_country_f1_on_gold_files() -> None:
    """Per-sentence country F1 over the gold files, best of the gold's alternatives."""
    shared = _shared()
    gold_files = sorted((shared / "gold").glob("*.json"))
    assert gold_files, f"no gold files under {shared}"
    tp = fp = fn = 0
    for path in gold_files:
        gold = json.loads(path.read_text("utf-8"))
        article = shared / "seeds" / gold["article"]
        if not article.exists():
            article = shared / "corpus" / "wikinews" / gold["article"]
        text = article.read_bytes().decode("utf-8")
        hits = find_countries(text)
        for sent in gold["sentences"]:
            start, end = sent["span"]
            pred = {h.code for h in hits if start <= h.start and h.end <= end}
            options = [set(sent["countries"])] + [set(a) for a in sent.get("alt_countries", [])]
            best = min(options, key=lambda o: len(pred ^ o))
            tp += len(pred & best)
            fp += len(pred - best)
            fn += len(best - pred)
    precision = tp / (tp + fp)
    recall = tp / (tp + fn)
    assert 2 * precision * recall / (precision + recall) >= 0.95
