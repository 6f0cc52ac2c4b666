"""Quote candidates: every mark style, nesting, speech tags, paragraphs, apostrophes."""

from __future__ import annotations

import pytest

from extract.quotes import QuoteSpan, find_quotes
from extract.text import split_paragraphs


def quotes(text: str) -> list[QuoteSpan]:
    found = find_quotes(text, split_paragraphs(text))
    for q in found:
        assert text[q.open_start] in "\"“”„«»‘'"
        assert q.open_start + 1 == q.start <= q.end <= q.close_end
    return found


def texts(text: str) -> list[str]:
    return [text[q.start : q.end] for q in quotes(text)]


@pytest.mark.parametrize(
    ("text", "inner"),
    [
        ('She said "we will win the vote today" on Monday.', "we will win the vote today"),
        ("She said “we will win the vote today” on Monday.", "we will win the vote today"),
        ("She said «we will win the vote today» on Monday.", "we will win the vote today"),
        ("Ő azt mondta: „megnyerjük a mai szavazást” hétfőn.", "megnyerjük a mai szavazást"),
        ("Il a dit « nous allons gagner » lundi.", " nous allons gagner "),
        ("She said ‘we will win the vote today’ on Monday.", "we will win the vote today"),
    ],
)
def test_each_quote_mark_style(text: str, inner: str) -> None:
    assert texts(text) == [inner]


def test_reversed_guillemets_open_inner_and_german_quotes() -> None:
    text = "Azt mondta: „a haderő »vas« megvétele mellett” hétfőn."
    found = quotes(text)
    assert [(text[q.start : q.end], q.nested) for q in found] == [
        ("a haderő »vas« megvétele mellett", False),
        ("vas", True),
    ]
    assert texts("Er sagte »wir gewinnen« heute.") == ["wir gewinnen"]


def test_text_is_exactly_between_the_marks_untrimmed() -> None:
    text = 'He recalled: "I sat down and I could play [...] it was great. " Then he left.'
    [q] = quotes(text)
    assert text[q.start : q.end] == "I sat down and I could play [...] it was great. "
    assert text[q.open_start : q.close_end] == '"I sat down and I could play [...] it was great. "'


def test_multi_sentence_quote_is_one_candidate() -> None:
    text = '"It happened. I take responsibility. It was wrong," he said.'
    assert texts(text) == ["It happened. I take responsibility. It was wrong,"]


def test_speech_tag_inside_gives_two_quotes() -> None:
    text = '"What is so sad for me", Cengiz said, "is not seeing justice."'
    assert texts(text) == ["What is so sad for me", "is not seeing justice."]
    text = '"We lost a friend," she said. "He will be missed."'
    assert texts(text) == ["We lost a friend,", "He will be missed."]


def test_speech_tag_before_and_after() -> None:
    assert texts('She said, "We are patient and resilient."') == ["We are patient and resilient."]
    assert texts('"We are patient and resilient," she said.') == ["We are patient and resilient,"]


def test_single_quotes_nested_in_double_are_kept_and_reported() -> None:
    text = "He said \"I thought, 'Bloody hell, I'm a drummer' and played.\" Then he left."
    found = quotes(text)
    assert [text[q.start : q.end] for q in found] == [
        "I thought, 'Bloody hell, I'm a drummer' and played.",
        "Bloody hell, I'm a drummer",
    ]
    assert [q.nested for q in found] == [False, True]


def test_apostrophes_never_open_quotes() -> None:
    text = "Don't ask about Jones' car or the '90s; it's rock'n'roll, the Joneses' way."
    assert texts(text) == []
    text = "\"Don't touch Jones' car,\" he said."
    assert texts(text) == ["Don't touch Jones' car,"]


def test_unclosed_quote_continues_into_next_paragraph_that_reopens() -> None:
    text = '"The first paragraph of the quote.\n"The second paragraph," she said.\nNarration.'
    [q] = quotes(text)
    assert text[q.start : q.end] == 'The first paragraph of the quote.\n"The second paragraph,'
    assert q.open_start == 0
    assert text[q.close_end :].startswith(" she said.")


def test_unclosed_quote_without_continuation_ends_with_its_paragraph() -> None:
    text = 'He said "we will never give up\nNarration follows here.'
    [q] = quotes(text)
    assert text[q.start : q.end] == "we will never give up"
    assert q.close_end == q.end


def test_quote_does_not_swallow_an_inch_mark() -> None:
    assert texts('He is 6\'2" tall and "very fast" on the pitch.') == ["very fast"]


def test_short_and_name_like_flags() -> None:
    text = (
        'It was a "political maneuver." The virus "COVID-19" and the album "Band on the Run" '
        'and the site "Welcome To Video" and "Mr. A" differ from "we will fight for justice", '
        '"I WON THIS ELECTION, BY A LOT!" and "क्यों इस को हम लोग मुफ़त में करें".'
    )
    found = {text[q.start : q.end]: q for q in quotes(text)}
    assert found["political maneuver."].short and not found["political maneuver."].name_like
    assert found["COVID-19"].short and found["COVID-19"].name_like
    assert found["Band on the Run"].name_like and not found["Band on the Run"].short
    assert found["Welcome To Video"].name_like
    assert found["Mr. A"].name_like
    assert not found["I WON THIS ELECTION, BY A LOT!"].name_like
    assert not found["क्यों इस को हम लोग मुफ़त में करें"].name_like
    speech = found["we will fight for justice"]
    assert not speech.short and not speech.name_like


def test_candidates_are_in_text_order() -> None:
    text = '"One," he said. “Two three four” and ‘five six seven’ and «eight nine».'
    starts = [q.start for q in quotes(text)]
    assert starts == sorted(starts)
    assert len(starts) == 4


def test_quote_opening_after_a_colon_or_emphasis_marker() -> None:
    assert texts('He said:"We will go," and left.') == ["We will go,"]
    assert texts('It was *"really great"* fun.') == ["really great"]
