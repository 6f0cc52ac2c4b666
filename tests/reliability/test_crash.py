"""SIGKILL at random moments: every mark a process reported saved is still there.

Short versions for CI (about 20 kills); benchmarks/kill_loop.py runs 200.
"""

from __future__ import annotations

import random

from rel_faults import kill_cli_marks, kill_ingests, kill_marks

from store import Library


def test_a_process_killed_while_marking_loses_no_reported_mark(lib_ids) -> None:
    lib, (article, other) = lib_ids
    other_bytes = (lib.articles_path / f"{other}.json").read_bytes()
    result = kill_marks(lib.path, article, 20, rng=random.Random(20), budget=15)
    assert result.kills >= 10, "the loop should fit at least 10 kills in its time budget"
    assert result.problems == [], "after a kill the library must open and every file parse"
    assert result.lost == [], "a mark reported saved must survive the kill"
    assert result.reported > result.kills, "the children should have saved marks between kills"
    assert (lib.articles_path / f"{other}.json").read_bytes() == other_bytes


def test_temporary_files_of_killed_writes_are_cleared_on_the_next_open(lib_ids) -> None:
    lib, (article, _) = lib_ids
    kill_marks(lib.path, article, 5, rng=random.Random(5), early=0.0)
    with Library.open(lib.path).session(article, "next") as session:
        assert not session.read_only, "a killed writer must not leave the article locked"
        session.mark("c1", "denied")
    assert list(lib.path.rglob("*.tmp")) == []


def test_claimdesk_mark_killed_mid_run_never_said_saved_for_a_lost_mark(lib_ids) -> None:
    lib, (article, _) = lib_ids
    result = kill_cli_marks(lib.path, article, 6, rng=random.Random(6), budget=6)
    assert result.problems == [] and result.lost == []


def test_a_process_killed_while_adding_articles_loses_no_reported_article(tmp_path) -> None:
    result = kill_ingests(tmp_path / "lib", 5, rng=random.Random(7), budget=6)
    assert result.problems == [], "the index must stay consistent with the article files"
    assert result.lost == [], "an article reported added must be listed after the kill"
    assert result.reported > 0
    assert result.temps_left == 0, "temp files of killed writes must not pile up"
