"""Two processes at once: one writer per article, different articles never lose marks."""

from __future__ import annotations

import re

from rel_faults import different_articles, file_hashes, make_library, same_article


def test_two_processes_on_one_article_one_writes_the_other_is_refused_and_told_who(
    lib_ids,
) -> None:
    lib, (article, other) = lib_ids
    other_before = file_hashes(lib.path)[f"articles/{other}.json"]
    result = same_article(lib.path, article, marks=10)
    assert result.errors == []
    assert result.writers == 1, "exactly one of two processes may write the article"
    assert result.wrote_while_read_only == 0
    assert result.marks == 10 and result.lost == [] and result.problems == []
    cli, refused = result.read_only
    assert cli.startswith("claimdesk mark exit 3: claimdesk: article "), cli
    assert "\n" not in cli and "nothing was changed" in cli
    holder = re.compile(r"worker-\w+ \(pid \d+ on .+, since .+ UTC\)")
    assert holder.search(cli) and holder.search(refused), "both must say who has it open"
    assert file_hashes(lib.path)[f"articles/{other}.json"] == other_before


def test_processes_on_different_articles_and_two_adding_at_once_lose_nothing(tmp_path) -> None:
    lib, articles = make_library(tmp_path / "lib", 3)
    result = different_articles(lib.path, articles, marks=30, ingests=5)
    assert result.errors == []
    assert result.writers == 3 and result.marks == 90
    assert result.added == 10
    assert result.lost == [], "every mark and article reported saved must be there"
    assert result.problems == [], "the index must list every article file exactly once"
    assert len(lib.articles()) == 3 + 10
