"""Properties that hold for any text: offsets slice back, claims are ordered, disjoint
and cover every paragraph, quote spans are well formed."""

from __future__ import annotations

import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract import extract
from extract.quotes import find_quotes
from extract.segment import split_sentences
from extract.text import split_paragraphs

# Realistic pieces (abbreviations, quote marks, ellipses, brackets, line breaks) mixed
# with arbitrary characters; no Markdown line markers, so every non-blank line is prose.
TOKENS = [
    "The",
    "minister",
    "said",
    "U.S.",
    "Mr.",
    "K.",
    "Inc.",
    "No.",
    "3.5",
    "2019",
    "don't",
    "Jones'",
    "'90s",
    ".",
    "!",
    "?",
    "...",
    "…",
    "[...]",
    "[.]",
    ",",
    '"',
    "“",
    "”",
    "„",
    "«",
    "»",
    "'",
    "‘",
    "’",
    "(",
    ")",
    " ",
    " ",
    " ",
    "  ",
    "\n",
    "\r\n",
    "\n\n",
    "\t",
    "\u00a0",
    "Zürich",
    "अगला",
    "She",
    "It",
    "a",
    "x",
]
prose = st.lists(st.sampled_from(TOKENS), max_size=60).map("".join)
chars = st.text(
    alphabet=st.characters(
        blacklist_categories=("Cs",), blacklist_characters="#-*_=+", max_codepoint=0x2FFF
    ),
    max_size=120,
)
texts = st.one_of(prose, chars, st.tuples(prose, chars, prose).map("".join))

FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(texts)
def test_sentences_are_ordered_disjoint_trimmed_and_cover_every_paragraph(text: str) -> None:
    paragraphs = split_paragraphs(text)
    sentences = split_sentences(text, paragraphs)
    covered = 0
    for p in paragraphs:
        own = [s for s in sentences if s.paragraph == p.index]
        assert own, "every paragraph has at least one sentence"
        assert own[0].start == p.start and own[-1].end == p.end
        for a, b in itertools.pairwise(own):
            assert a.end <= b.start
            assert text[a.end : b.start].strip() == ""
        for s in own:
            piece = text[s.start : s.end]
            assert piece and piece == piece.strip()
            assert "\n" not in piece and "\r" not in piece
            covered += sum(1 for ch in piece if not ch.isspace())
    assert [s.index for s in sentences] == list(range(len(sentences)))
    # No Markdown markers in these texts: every visible character is in some sentence.
    assert covered == sum(1 for ch in text if not ch.isspace())


@FAST
@given(texts)
def test_quote_spans_are_well_formed(text: str) -> None:
    paragraphs = split_paragraphs(text)
    spans = find_quotes(text, paragraphs)
    assert [q.open_start for q in spans] == sorted(q.open_start for q in spans)
    for q in spans:
        assert 0 <= q.open_start < q.start <= q.end <= q.close_end <= len(text)
        assert q.start == q.open_start + 1
        assert q.close_end in (q.end, q.end + 1)
        assert q.short == (len(text[q.start : q.end].split()) <= 2)
    outer = [q for q in spans if not q.nested]
    for a, b in itertools.pairwise(outer):
        assert a.close_end <= b.open_start
    for q in spans:
        if q.nested:
            assert any(o.open_start < q.open_start and q.close_end <= o.close_end for o in outer)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_whole_extraction_offsets_slice_back(text: str) -> None:
    ex = extract(text)
    previous_end = 0
    for i, claim in enumerate(ex.claims):
        assert claim.index == i and claim.id == f"c{i + 1}"
        assert claim.text == text[claim.start : claim.end]
        assert previous_end <= claim.start < claim.end
        previous_end = claim.end
    for q in ex.quotes:
        assert q.text == text[q.start : q.end]
    for source in ex.sources:
        for start, end in source.mentions:
            assert 0 <= start <= end <= len(text)
    for country in ex.countries:
        for start, end in country.mentions:
            assert 0 <= start < end <= len(text)


line_kinds = st.one_of(
    st.tuples(st.just("prose"), prose.map(lambda s: s.replace("\r", " ").replace("\n", " "))),
    st.tuples(st.just("heading"), prose.map(lambda s: "# " + " ".join(s.split()))),
    st.tuples(st.just("rule"), st.sampled_from(["---", "***", "___", "- - -"])),
    st.tuples(st.just("blank"), st.sampled_from(["", "   ", "\t"])),
)


@FAST
@given(st.lists(line_kinds, max_size=12), st.sampled_from(["\n", "\r\n"]))
def test_every_prose_line_is_covered_and_markdown_structure_is_not(
    lines: list[tuple[str, str]], newline: str
) -> None:
    # A prose line right above a rule would be a setext heading; keep a blank between.
    parts: list[str] = []
    for kind, line in lines:
        if kind == "rule":
            parts.append("")
        parts.append(line)
    text = newline.join(parts)
    ex = extract(text)
    covered = "".join(c.text for c in ex.claims)
    expected = "".join(line for kind, line in lines if kind == "prose" and line.strip())
    squash = str.maketrans("", "", " \t\u00a0")
    assert covered.translate(squash) == expected.translate(squash)
