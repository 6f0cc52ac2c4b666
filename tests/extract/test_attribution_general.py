"""Attribution rules that generalise beyond the tuning articles.

Each case is a sentence written for the test: short attributed fragments, glosses in quote
marks, verdicts after "called it", outlets speaking as "It", participles after "with",
collective subjects, and two sources in one sentence.
"""

from __future__ import annotations

from extract import extract


def sources(text: str) -> list[list[str]]:
    """Source names per claim, as the Claims pane shows them."""
    ex = extract(text)
    names = {s.id: s.name for s in ex.sources}
    return [[names[s] for s in c.sources] for c in ex.claims]


def quotes(text: str) -> list[tuple[str, str | None]]:
    """(quoted text, speaker name) of every quote kept."""
    ex = extract(text)
    names = {s.id: s.name for s in ex.sources}
    return [(q.text, names.get(q.speaker) if q.speaker else None) for q in ex.quotes]


def test_each_short_fragment_after_one_cue_is_a_quote() -> None:
    text = 'Mayor Tom Hale called the plan "reckless" and "unfair".'
    assert quotes(text) == [("reckless", "Tom Hale"), ("unfair", "Tom Hale")]


def test_fragment_after_a_description_verb_is_a_quote() -> None:
    text = 'The minister described the move as "unprecedented" in a statement on Monday.'
    assert quotes(text) == [("unprecedented", "minister")]


def test_plural_companies_speak_as_a_group() -> None:
    text = 'Rival firms said the decision was "premature".'
    assert sources(text) == [["rival firms"]]
    assert quotes(text) == [("premature", "rival firms")]


def test_a_gloss_after_or_or_meaning_is_not_a_quote() -> None:
    assert quotes('The drug, named Zm4, or "the last shield" in English, was tested.') == []
    assert quotes('They held a vigil, which means "a night of watching", on the beach.') == []
    assert quotes('The app is called Vela, meaning "sail" in Latin.') == []


def test_called_it_a_verdict_is_a_statement() -> None:
    text = "While the mayor called it a mistake, the governor emphasized that the law was clear."
    assert sources(text) == [["mayor", "governor"]]
    assert sources("The mayor called it off.") == [[]]


def test_an_outlet_citing_as_it() -> None:
    text = (
        "The Harbor Times reported the closure. "
        "It cited two officials who asked not to be named."
    )
    assert sources(text) == [["Harbor Times"], ["Harbor Times"]]


def test_with_a_collective_reporting() -> None:
    text = "The plane crashed near the city, with local media reporting ten deaths."
    assert sources(text) == [["local media"]]


def test_told_reporters_names_the_audience_not_the_speaker() -> None:
    text = (
        '"It is early days," Dr Ann Price, head of the trial unit at the Capital Institute, '
        "told reporters."
    )
    assert sources(text) == [["Ann Price"]]
    assert quotes(text) == [("It is early days,", "Ann Price")]


def test_a_web_address_source_ends_before_the_full_stop() -> None:
    text = "Stock ran out within hours, according to Kwik.com."
    assert sources(text) == [["Kwik.com"]]


def test_a_participle_after_the_speech_tag_keeps_the_speaker() -> None:
    assert sources("Strong winds slowed the flight, Ana Ruiz said, adding it was hard.") == [
        ["Ana Ruiz"]
    ]


def test_an_age_is_not_part_of_a_source_name() -> None:
    assert sources("Without details, 47-year-old Tom Hale's office said he was ill.") == [
        ["Tom Hale's office"]
    ]


def test_a_title_before_a_particle_name_is_dropped() -> None:
    assert sources("Information Minister Moammar al-Eryani condemned the attack.") == [
        ["Moammar al-Eryani"]
    ]


def test_an_event_name_is_never_the_person_a_pronoun_means() -> None:
    text = (
        "Ana Ruiz spoke at the start of Remembrance Week, which honours the Iran–Iraq War. "
        '"We want peace," she said.'
    )
    assert sources(text)[1] == ["Ana Ruiz"]


def test_an_office_named_with_of_before_the_person() -> None:
    text = "Acting Director of National Intelligence Jo Ray said the claim was false."
    assert sources(text) == [["Jo Ray"]]
    assert sources("Minister of Foreign Affairs Ana Ruiz said so.") == [["Ana Ruiz"]]
    assert sources("Mayor of Koszalin Piotr Jedlinski said the city was safe.") == [
        ["Piotr Jedlinski"]
    ]


def test_both_x_and_y_do_not_reach_back_to_an_earlier_name() -> None:
    text = "The party won the Assembly and both Ana Ruiz and Tom Hale claimed victory."
    assert sources(text) == [["Ana Ruiz", "Tom Hale"]]


def test_an_evaluative_verb_before_a_fragment_reports_words() -> None:
    assert quotes('The embassy expressed "deep regret" over the incident.') == [
        ("deep regret", "embassy")
    ]
    assert quotes('Woolco blamed "panic buying" for the shortage.') == [("panic buying", "Woolco")]
    assert sources("The coach praised the team.") == [[]]


def test_the_agency_is_the_news_outlet_just_cited() -> None:
    text = (
        "Fars News reported the crash. The agency said ten died.\n"
        "Press TV reported that the plane was old. The broadcaster said it was a Boeing."
    )
    assert sources(text) == [["Fars News"], ["Fars News"], ["Press TV"], ["Press TV"]]


def test_per_a_report_from_names_the_new_outlet() -> None:
    text = (
        "The Harbor Times reported that two stores closed.\n"
        "Per a report from the Daily Ledger, shelves were reportedly empty."
    )
    assert sources(text) == [["Harbor Times"], ["Daily Ledger"]]


def test_one_of_the_children_with_an_apposition_speaks() -> None:
    text = 'One of the children, a daughter, said: "I was scared every day."'
    assert sources(text) == [["one of the children"]]
    assert quotes(text) == [("I was scared every day.", "one of the children")]


def test_a_language_gloss_is_not_a_quote_but_a_request_is() -> None:
    assert quotes('The trial is called TOGA, Swahili for "together we heal".') == []
    assert quotes('Ana Ruiz asked Tom for "a little more time to think".') != []


def test_a_free_quote_after_a_newly_introduced_speaker_is_theirs() -> None:
    text = (
        'Ana Ruiz said: "We knew nothing."\n'
        "The judge presiding over the case, John Roe, said the crimes were grave.\n"
        '"This was cruel and inhuman."'
    )
    assert quotes(text) == [("We knew nothing.", "Ana Ruiz"),
                            ("This was cruel and inhuman.", "John Roe")]


def test_a_quotation_opening_with_a_name_and_a_verb_is_not_a_tag() -> None:
    text = 'Ana Ruiz said: "We knew nothing."\n"Tom Hale told us to leave."'
    assert sources(text) == [["Ana Ruiz"], ["Ana Ruiz"]]
    assert sources('Ana Ruiz said: "We knew nothing."\n"Nobody told us."')[1] == ["Ana Ruiz"]


def test_an_unclosed_title_apposition_leaves_the_name_as_speaker() -> None:
    text = 'Erwin Lowe, Dean of the Law School called it "a truly silly argument."'
    assert quotes(text) == [("a truly silly argument.", "Erwin Lowe")]


def test_a_country_before_a_full_name_is_not_part_of_it() -> None:
    text = "President of Argentina Alberto Ruiz spoke. Ruiz said the plan was sound."
    assert sources(text)[1] == ["Alberto Ruiz"]


def test_a_surname_that_is_a_common_word_stays_a_person() -> None:
    text = 'Doris Day said she was happy. "I sang every day," Day said.'
    assert sources(text) == [["Doris Day"], ["Doris Day"]]


def test_a_role_in_an_apposition_is_not_the_person_he_means() -> None:
    text = (
        "Tom Hale died. Michael Makuei, the Information Minister paid tribute to Hale. "
        'He said on the radio, "It is a great loss."'
    )
    assert quotes(text) == [("It is a great loss.", "Michael Makuei")]


def test_a_place_before_a_titled_speaker_is_not_the_speaker() -> None:
    text = (
        "At a press conference held in Saudi Arabia, US Special Representative for Iran "
        'Brian Hook said, "This is political."'
    )
    assert quotes(text) == [("This is political.", "Brian Hook")]


def test_alternatives_in_quotes_after_or_are_still_quotes() -> None:
    text = 'The answer would be "Do not ask", or "You are wrong to say so".'
    assert ("You are wrong to say so", None) in quotes(text)
