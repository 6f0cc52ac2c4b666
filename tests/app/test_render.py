"""Unit tests of the app's pure parts: safe text, prompts, keymap, settings."""

from __future__ import annotations

import json
from pathlib import Path

from app_sample import Annotations, build_state, injection_state, seed_state

from tui.keymap import COMMANDS, bindings
from tui.settings import Settings, load_settings, save_settings
from tui.widgets.render import (
    CONTEXT_CHARS,
    claim_in_paragraph,
    claim_prompt,
    clean,
    detail_fields,
)


def test_clean_replaces_control_characters_one_for_one() -> None:
    raw = "a\x1b[31mb\x07c\x00d\x7fe\x9bf\tg"
    shown = clean(raw)
    assert len(shown) == len(raw)
    assert shown == "a␛[31mb␇c␀d␡e�f g"
    assert all(ch.isprintable() for ch in shown)


def test_clean_shows_direction_controls_instead_of_obeying_them() -> None:
    # RLO/LRO/embeddings, isolates, LRM/RLM and the Arabic letter mark would reorder
    # what the terminal shows (a "Trojan Source" claim reading backwards).
    controls = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
    raw = f"abc{controls}def"
    shown = clean(raw)
    assert len(shown) == len(raw)
    assert shown == "abc" + "⁞" * len(controls) + "def"
    assert all(ch.isprintable() for ch in shown)
    assert "\u05d0\u0627" in clean("\u05d0\u0627")  # Hebrew and Arabic letters themselves stay


def test_prompt_keeps_the_source_column_when_cut() -> None:
    state = seed_state()
    claim = state.claim("c14")  # a Bloomberg claim
    prompt = claim_prompt(state, claim, 60)
    assert prompt.cell_length == 60
    assert str(prompt).startswith("· The American Bloomberg")
    assert "…" in str(prompt) and str(prompt).rstrip().endswith("Bloomberg")


def test_prompt_marks_are_distinct_symbols() -> None:
    state = seed_state()
    from dataclasses import replace

    marks = {
        status: str(claim_prompt(state, replace(state.claim("c1"), status=status), 40))[0]
        for status in ("unreviewed", "confirmed", "unconfirmed", "denied")
    }
    assert marks == {"unreviewed": "·", "confirmed": "✓", "unconfirmed": "?", "denied": "✗"}


def test_paragraph_highlights_source_cue_country_and_quote() -> None:
    state = seed_state()
    claim = state.claim("c3")  # "The United States, they said, ..."
    content = claim_in_paragraph(state, claim)
    assert str(content) == claim.text
    styled = {str(content)[s.start:s.end]: s.style for s in content.spans}
    assert "text-accent" in styled["they"] and "underline" in styled["they"]
    assert "italic" in styled["said"]
    assert "text-success" in styled["United States"]
    quoted = state.claim("c10")
    spans = claim_in_paragraph(state, quoted).spans
    assert any("text-warning" in str(s.style) for s in spans)


def test_markup_is_never_parsed() -> None:
    state = injection_state()
    for claim in state.claims:
        assert clean(claim.text) in str(claim_in_paragraph(state, claim))
        assert clean(claim.text)[:20] in str(claim_prompt(state, claim))
    assert "[@click=app.quit]" in str(claim_in_paragraph(state, state.claim("c1")))


def test_detail_fields_list_sources_countries_and_quotes() -> None:
    state = seed_state()
    text = str(detail_fields(state, state.claim("c2")))
    assert "US State Department, Bloomberg" in text
    assert "Cuba (CU)" in text and "no changes yet" in text
    assert "Quote q3" in str(detail_fields(state, state.claim("c10")))


def test_every_command_has_one_key_and_id_per_scope() -> None:
    ids = [c.id for c in COMMANDS]
    assert len(ids) == len(set(ids))
    for scope in ("app", "screen", "claims", "panes"):
        keys = [b.key for b in bindings(scope)]
        assert len(keys) == len(set(keys))
        assert all(b.id and b.id.startswith("claimdesk.") for b in bindings(scope))
    keys = {c.key for c in COMMANDS}
    assert {"c", "u", "d", "x", "n", "v", "z", "slash", "f", "e", "a", "question_mark", "q"} <= keys


def test_settings_round_trip_and_bad_files(tmp_path: Path) -> None:
    assert load_settings(tmp_path) == Settings(auto_advance=True)
    save_settings(tmp_path, Settings(auto_advance=False))
    assert json.loads((tmp_path / "settings.json").read_text()) == {"auto_advance": False}
    assert load_settings(tmp_path).auto_advance is False
    (tmp_path / "settings.json").write_text("{not json", encoding="utf-8")
    assert load_settings(tmp_path) == Settings()
    (tmp_path / "settings.json").write_text('{"auto_advance": "no"}', encoding="utf-8")
    assert load_settings(tmp_path) == Settings()


def test_a_claim_in_a_huge_paragraph_shows_with_bounded_context() -> None:
    # One paragraph of 5,000 sentences: the detail shows the claim and some context
    # either side, cut with "…", never the whole paragraph on every key.
    text = " ".join(f"Claim {i} was made." for i in range(5000)) + "\n"
    state = build_state(text, Annotations())
    middle = state.claims[2500]
    shown = str(claim_in_paragraph(state, middle))
    assert middle.text in shown
    assert shown.startswith("…") and shown.endswith("…")
    assert len(shown) <= len(middle.text) + 2 * CONTEXT_CHARS + 2
    first = str(claim_in_paragraph(state, state.claims[0]))
    assert first.startswith(state.claims[0].text) and first.endswith("…")
    short = seed_state()  # a paragraph of ordinary length shows whole, uncut
    paragraph = short.paragraph_of(short.claims[0])
    assert str(claim_in_paragraph(short, short.claims[0])) == clean(
        short.text[paragraph.start:paragraph.end]
    )
