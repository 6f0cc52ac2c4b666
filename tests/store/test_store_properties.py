"""Any sequence of review actions survives a restart, and undo walks all of it back."""

from __future__ import annotations

import tempfile
from pathlib import Path

from builders import build_extraction
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from store import Library
from store.records import STATUSES, ArticleState, ClaimRecord

CLAIMS = ("c1", "c2", "c3", "c4", "c5")
action = st.one_of(
    st.tuples(st.just("mark"), st.sampled_from(CLAIMS), st.sampled_from(STATUSES)),
    st.tuples(st.just("note"), st.sampled_from(CLAIMS), st.text(max_size=12)),
    st.tuples(st.just("evidence"), st.sampled_from(CLAIMS), st.sampled_from(
        ("https://example.org/a", "Ministry statement", "www.example.com/b")
    )),
    st.tuples(st.just("hide"), st.sampled_from(CLAIMS), st.booleans()),
    st.tuples(st.just("undo"), st.just(""), st.just("")),
)  # fmt: skip


Step = tuple[str, tuple[str, str, object]]


def _replay(lib: Library, article: str, steps: list[Step]) -> ArticleState | None:
    """Run the steps, each in its own session (as separate commands would)."""
    live = None
    for reviewer, (kind, claim, value) in steps:
        with lib.session(article, reviewer) as session:
            if kind == "mark":
                live = session.mark(claim, str(value))
            elif kind == "note":
                live = session.set_note(claim, str(value))
            elif kind == "evidence":
                live = session.add_evidence(claim, str(value))
            elif kind == "hide":
                live = session.set_hidden(claim, bool(value))
            else:
                live = session.undo()[0]
    return live


def _verdicts(claims: tuple[ClaimRecord, ...]) -> list[tuple[object, ...]]:
    return [(c.status, c.note, c.evidence, c.hidden) for c in claims]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(("alice", "bob")), action), max_size=14))
def test_any_sequence_by_several_reviewers_reads_back_the_same_after_a_restart(
    steps: list[Step],
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        lib = Library.open(Path(tmp) / "lib")
        summary, _ = lib.ingest_extraction(build_extraction())
        live = _replay(lib, summary.id, steps)
        reopened = Library.open(lib.path).load(summary.id)
        if live is not None:
            assert reopened.claims == live.claims and reopened.events == live.events
        assert [e.id for e in reopened.events] == list(range(1, len(reopened.events) + 1))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(action, max_size=14))
def test_one_reviewer_undoing_everything_gets_back_to_the_ingested_article(
    actions: list[tuple[str, str, object]],
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        lib = Library.open(Path(tmp) / "lib")
        summary, _ = lib.ingest_extraction(build_extraction())
        start = lib.load(summary.id).claims
        _replay(lib, summary.id, [("alice", a) for a in actions])
        # Across restarts: a new library object and session for every undo.
        while True:
            with Library.open(lib.path).session(summary.id, "alice") as session:
                if session.undo()[1] is None:
                    break
        assert _verdicts(lib.load(summary.id).claims) == _verdicts(start)
