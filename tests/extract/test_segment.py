"""Sentence segmentation follows the gold conventions a reviewer's claims are built on."""

from __future__ import annotations

import pytest

from extract.segment import split_sentences
from extract.text import split_paragraphs


def sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text, split_paragraphs(text))]


def test_plain_sentences_split_after_full_stop_question_and_exclamation() -> None:
    assert sentences("It rained. Was it cold? Yes! 2019 was worse.") == [
        "It rained.",
        "Was it cold?",
        "Yes!",
        "2019 was worse.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. Embassy said so.",
        "Mr. Smith and Mrs. Jones met Dr. Who.",
        "Acme Inc. Bought the rights.",
        "Hungarian Development Bank Ltd. Had a stake.",
        "Hirtenberger Kft. Makes shells.",
        "Under resolution No. 1430/2019 the state paid.",
        "United States Attorney Jessie K. Liu said it.",
        "Gen. Smith arrived on Jan. 5 in St. Louis.",
        "It grew 3.5 percent to 1.15% of GDP.",
        "The case Roe v. Wade was cited.",
        "Many devices (e.g. Raspberry Pi) play it.",
        "It opened at 5 p.m. EDT on Sunday.",
        "It opened at 5 p.m. (2100 UTC) on Sunday.",
    ],
)
def test_abbreviations_initials_and_decimals_do_not_end_sentences(text: str) -> None:
    assert sentences(text) == [text]


def test_abbreviation_that_really_ends_a_sentence_splits_before_a_typical_opener() -> None:
    text = "They live in Washington, D.C. They also stated more."
    assert sentences(text) == ["They live in Washington, D.C.", "They also stated more."]
    assert sentences("They voted for Plan B. The count took a day.") == [
        "They voted for Plan B.",
        "The count took a day.",
    ]
    assert sentences("It burned on Main St. The fire spread.") == [
        "It burned on Main St.",
        "The fire spread.",
    ]
    assert sentences("It closed at 5 p.m. The next day it reopened.") == [
        "It closed at 5 p.m.",
        "The next day it reopened.",
    ]


def test_lower_case_next_word_or_no_space_means_no_split() -> None:
    assert sentences("His 2014's Why? solo album sold.") == ["His 2014's Why? solo album sold."]
    assert sentences("See example.com.Then go.") == ["See example.com.Then go."]


def test_closing_quotes_and_brackets_go_with_the_sentence() -> None:
    text = '"It was over." He left. (It rained.) Then it stopped.'
    assert sentences(text) == ['"It was over."', "He left.", "(It rained.)", "Then it stopped."]


def test_split_before_an_opening_quote_mark() -> None:
    text = 'It was early on," wrote Steve Winwood in a statement. "Beneath his exterior, more.'
    assert sentences(text) == [
        'It was early on," wrote Steve Winwood in a statement.',
        '"Beneath his exterior, more.',
    ]
    assert sentences("He said. “Curly opens too.” Yes.") == [
        "He said.",
        "“Curly opens too.”",
        "Yes.",
    ]


def test_quote_ending_in_a_comma_does_not_end_the_sentence() -> None:
    text = '"It is the world we live in," she said. "Nothing else."'
    assert sentences(text) == ['"It is the world we live in," she said.', '"Nothing else."']


def test_sentences_inside_a_quotation_are_split() -> None:
    text = '"One thing. Two things. Three things," he said.'
    assert sentences(text) == ['"One thing.', "Two things.", 'Three things," he said.']


def test_editorial_ellipses() -> None:
    assert sentences("the killing of Jamal [...] He's saying that.") == [
        "the killing of Jamal [...]",
        "He's saying that.",
    ]
    assert sentences('It was slang[.]" He said more.') == ['It was slang[.]"', "He said more."]
    text = "labeled as the disease. [...] You want something easy."
    assert sentences(text) == ["labeled as the disease. [...]", "You want something easy."]


def test_three_dots_split_but_the_unicode_ellipsis_does_not() -> None:
    assert sentences("We waited... Nothing came.") == ["We waited...", "Nothing came."]
    text = "to recover funds for victims […] We will continue. Done."
    assert sentences(text) == ["to recover funds for victims […] We will continue.", "Done."]


def test_a_piece_without_letters_or_digits_is_not_split_off() -> None:
    assert sentences("... Then he left.") == ["... Then he left."]
    assert sentences("He left! !") == ["He left! !"]


def test_paragraph_break_ends_a_sentence_and_cr_is_left_out() -> None:
    text = "First line without stop\r\nSecond line. Third one.\r\n"
    got = split_sentences(text, split_paragraphs(text))
    assert [text[s.start : s.end] for s in got] == [
        "First line without stop",
        "Second line.",
        "Third one.",
    ]
    assert [s.paragraph for s in got] == [0, 1, 1]
    assert all("\r" not in text[s.start : s.end] for s in got)


def test_scripts_without_capitals_still_split() -> None:
    assert sentences("Done. अगला वाक्य।") == ["Done.", "अगला वाक्य।"]


def test_sentences_joined_by_single_spaces_reproduce_the_paragraph() -> None:
    text = 'He said: "Go. Now!" Then (at 5 p.m.) it ended... Nobody knew why? Mr. X did.'
    assert " ".join(sentences(text)) == text


def test_markdown_emphasis_around_sentences() -> None:
    assert sentences("It rained. **Then** it stopped.") == ["It rained.", "**Then** it stopped."]
    assert sentences("**It rained.** Then it _stopped._ Next one.") == [
        "**It rained.**",
        "Then it _stopped._",
        "Next one.",
    ]
