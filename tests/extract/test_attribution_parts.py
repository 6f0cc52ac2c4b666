"""Attribution of speakers named by part of a group, by an office over a body, and by
other noun-phrase forms that the tuning articles did not show.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from tests.extract.test_attribution_general import quotes, sources


def test_one_of_a_group_is_one_member_not_the_group() -> None:
    text = ('The flood forced hundreds from their homes. '
            'One of the residents said, "The water rose in minutes."')
    assert sources(text) == [[], ["one of the residents"]]
    assert quotes(text) == [("The water rose in minutes.", "one of the residents")]


def test_a_number_of_them_is_a_part_of_the_group() -> None:
    text = 'Three nurses gave evidence on Monday. Two of them said the ward was short of staff.'
    assert sources(text) == [[], ["two of them"]]


def test_a_partitive_after_a_conjunction_is_also_a_part() -> None:
    text = 'One of the officers said the road was closed, and one of the drivers said it was not.'
    assert sources(text) == [["one of the officers", "one of the drivers"]]


def test_the_head_of_a_group_speaks_not_the_group() -> None:
    text = ("The head of the city's building inspectors told the inquiry "
            '"No checks were made." She also said "I regret it."')
    assert sources(text) == [["head of the city's building inspectors"]] * 2
    assert [q[1] for q in quotes(text)] == ["head of the city's building inspectors"] * 2


def test_a_spokesman_for_a_group_is_the_source() -> None:
    text = "A spokesman for the striking dockers said the talks had failed."
    assert sources(text) == [["spokesman for the striking dockers"]]


def test_a_named_subject_answers_a_statement_with_a_colon() -> None:
    # The walk back from "Ruiz's" runs over "rejected"; the colon still hands the quote
    # to the subject, not to the owner of the statement.
    text = ("Mayor Ana Ruiz proposed a new tax on Monday. Governor Tom Hale rejected Ruiz's "
            'statement: "The idea would hurt families."')
    assert sources(text) == [[], ["Tom Hale"]]
    assert quotes(text) == [("The idea would hurt families.", "Tom Hale")]


def test_a_pronoun_opening_the_next_sentence_gives_a_name_its_gender() -> None:
    # "He died" makes Carl Moss male, so "She" cannot be him; the only woman named is the
    # object of "spoke with".
    text = ('Carl Moss, a 30-year-old cyclist, was hit by a van. He died in hospital. '
            'Police later spoke with Ruth Lane as a witness. She told officers she had seen '
            'the van, but "that it was going very fast".')
    assert sources(text) == [[], [], [], ["Ruth Lane"]]
    assert quotes(text) == [("that it was going very fast", "Ruth Lane")]



def test_a_fragment_after_a_second_cue_of_the_same_source_is_a_quote() -> None:
    # The first cue ("reported") is followed by a long quote; the fragment belongs to the
    # second cue ("called") of the same source.
    text = ('The retailer reported that "many stores are still selling out within an hour", '
            'and called the demand "unprecedented".')
    assert quotes(text) == [("many stores are still selling out within an hour", "retailer"),
                            ("unprecedented", "retailer")]


def test_a_subject_set_off_by_a_phrase_after_while_speaks() -> None:
    text = ('Brightmart, in its release, called the demand "unprecedented", while Harbourline, '
            'in a post on Tuesday, called it "unexpected".')
    assert sources(text) == [["Brightmart", "Harbourline"]]
    assert quotes(text) == [("unprecedented", "Brightmart"), ("unexpected", "Harbourline")]



def test_a_possessive_in_the_complement_of_a_plural_subject_is_kept() -> None:
    text = "Critics from across Ohio's business community have claimed the tax will cost jobs."
    assert sources(text) == [["Critics from across Ohio's business community"]]


def test_a_possessive_phrase_of_an_unlisted_noun_does_not_speak() -> None:
    assert sources("Ohio's water supply said nothing.") == [[]]


def test_an_and_inside_an_employers_name_before_a_comma_keeps_the_person() -> None:
    text = ("On Monday, Director Ana Ruiz of the Institute of Soil and Water Studies (ISWS), "
            "announced the trial had ended.")
    assert sources(text) == [["Ana Ruiz"]]
