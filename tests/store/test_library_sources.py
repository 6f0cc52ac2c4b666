"""Sources across the library: grouped by name, counted by status, overridable, searchable.

The fixture is the seed plus the ten corpus articles that name the World Health
Organization, so one organisation recurs in several articles with real extraction.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from store import Library
from store.errors import LibraryError, NotFoundError
from store.records import STATUSES, ArticleState, fold
from store.sources import library_sources, normalise

ROOT = Path(__file__).resolve().parents[2]
CORPUS = Path(os.environ.get("CLAIMDESK_CORPUS", ROOT.parent / "shared" / "corpus" / "wikinews"))
WHO = "World Health Organization"


def corpus_files() -> list[Path]:
    files = sorted(p for p in CORPUS.glob("*.txt") if WHO in p.read_text("utf-8"))
    assert len(files) >= 10, f"{CORPUS} should hold ten articles naming the WHO"
    return files[:10]


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Library:
    lib = Library.open(tmp_path_factory.mktemp("sources") / "lib")
    lib.ensure_seed()
    for path in corpus_files():
        lib.ingest(path.read_text("utf-8"), origin=str(path))
    # Some verdicts, so the counts by status are not all "unreviewed".
    statuses = ["confirmed", "denied", "unconfirmed", "denied"]
    marked = 0
    for summary in lib.articles():
        state = lib.load(summary.id)
        who = [s.id for s in state.sources if fold(s.name) == fold(WHO)]
        claims = [c for c in state.claims if who and set(who) & set(c.sources)]
        if claims:
            with lib.session(summary.id, "ana") as session:
                session.mark(claims[0].id, statuses[marked % len(statuses)])
                if len(claims) > 1 and marked == 0:
                    session.set_hidden(claims[1].id, True)
            marked += 1
    return lib


def expected_counts(states: list[ArticleState], names: set[str]) -> tuple[int, int, dict]:
    """Articles, claims and statuses of sources named `names`, straight from the states."""
    wanted = {fold(n) for n in names}
    articles, claims = 0, 0
    by_status = dict.fromkeys(STATUSES, 0)
    for state in states:
        ids = {
            s.id
            for s in state.sources
            if fold(s.name) in wanted or wanted & {fold(a) for a in s.aliases}
        }
        if not ids:
            continue
        articles += 1
        for claim in state.claims:
            if not claim.hidden and ids & set(claim.sources):
                claims += 1
                by_status[claim.status] += 1
    return articles, claims, by_status


def test_normalised_names() -> None:
    assert normalise("The State Department’s") == "state department"
    assert normalise("the state department") == normalise("State Department")
    assert normalise("Népszava") == normalise("NEPSZAVA")
    assert normalise("U.S. Army") == normalise("US Army")


def test_a_source_in_several_articles_has_correct_counts(library: Library) -> None:
    sources = library_sources(library)
    who = sources.get(WHO)
    assert who.name == WHO and who.kind == "organization"
    assert who.articles >= 5
    states = [library.load(s.id) for s in library.articles()]
    articles, claims, by_status = expected_counts(states, {WHO, "WHO"})
    assert (who.articles, who.claims) == (articles, claims)
    assert dict(who.by_status) == by_status
    assert by_status["denied"] >= 1 and by_status["confirmed"] >= 1
    listed = sources.sources()
    assert who in listed and listed.index(who) < len(listed) // 2
    assert sum(s.articles for s in listed) >= len(library.articles())


def test_sorting_by_claims_and_by_share_denied(library: Library) -> None:
    sources = library_sources(library)
    by_claims = sources.sources("claims")
    assert [s.claims for s in by_claims] == sorted((s.claims for s in by_claims), reverse=True)
    by_denied = sources.sources("denied")
    shares = [s.share_denied for s in by_denied]
    assert shares == sorted(shares, reverse=True) and shares[0] > 0
    with pytest.raises(LibraryError):
        sources.sources("alphabet")


def test_claims_of_a_source_across_articles(library: Library) -> None:
    sources = library_sources(library)
    who = sources.get("world health organisation".replace("organisation", "organization"))
    listed = sources.claims_of(who)
    assert len(listed) == who.claims
    assert len({c.article for c in listed}) == who.articles
    for item in listed:
        claim = library.load(item.article).claim(item.claim)
        assert (claim.text, claim.status) == (item.text, item.status)
        assert not claim.hidden


def test_library_wide_search(library: Library) -> None:
    sources = library_sources(library)
    denied = sources.search(status="denied")
    assert denied and all(c.status == "denied" for _, c in denied)
    who = sources.search(source=WHO)
    assert len([c for _, c in who if not c.hidden]) == sources.get(WHO).claims
    china = sources.search(country="cn", text="virus")
    assert china and all("CN" in c.countries and "virus" in fold(c.text) for _, c in china)
    assert {aid for aid, _ in sources.search(text="")} == {s.id for s in library.articles()}


def test_a_mark_refreshes_the_counts(library: Library) -> None:
    sources = library_sources(library)
    who = sources.get(WHO)
    item = next(c for c in sources.claims_of(who) if c.status == "unreviewed")
    with library.session(item.article, "bo") as session:
        session.mark(item.claim, "confirmed")
        try:
            after = sources.get(WHO)
            assert after.by_status["confirmed"] == who.by_status["confirmed"] + 1
        finally:
            session.undo()
    assert sources.get(WHO).by_status == who.by_status


def test_merge_and_split_overrides_are_recorded(tmp_path: Path, library: Library) -> None:
    sources = library_sources(library)
    listed = sources.sources()
    who = sources.get(WHO)
    other = next(s for s in listed if s.key != who.key and s.articles == 1 and s.claims)
    merged = sources.merge(who, other, "ana")
    assert merged.claims == who.claims + other.claims
    assert set(merged.members) == set(who.members) | set(other.members)
    record = (library.path / "sources.json").read_text("utf-8")
    assert '"reviewer":"ana"' in record and '"op":"merge"' in record
    # A fresh process (new Library object) sees the same override.
    again = library_sources(Library.open(library.path)).get(WHO)
    assert again.claims == merged.claims

    split_off = sources.split(merged, [other.members[0]], "ana")
    assert split_off.claims == other.claims
    assert sources.get(WHO).claims == who.claims
    # splitting one article's WHO off the rest
    first = who.members[0]
    alone = sources.split(WHO, [first], "bo")
    assert alone.members == (first,) and alone.articles == 1
    assert sources.get(WHO).articles == who.articles - 1
    with pytest.raises(LibraryError):
        sources.split(alone, alone.members, "bo")
    # undo by merging back, as a reviewer would
    sources.merge(WHO, alone, "bo")
    assert sources.get(WHO).articles == who.articles


def test_unknown_source_is_a_one_sentence_error(library: Library) -> None:
    with pytest.raises(NotFoundError, match="no source"):
        library_sources(library).get("Ministry of Silly Walks")


def test_pronouns_and_descriptions_never_join_articles(tmp_path: Path) -> None:
    lib = Library.open(tmp_path / "lib")
    for text in (
        "Officials said the bridge was closed. They said it would reopen.",
        "Officials said the port was closed. They said it would not reopen.",
    ):
        lib.ingest(text)
    for source in library_sources(lib).sources():
        assert normalise(source.name) not in {"they", ""}
        if source.name[:1].islower():
            assert source.articles == 1


def test_only_changed_article_files_are_read_again(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    sources = library_sources(library)
    sources.sources()
    loaded: list[str] = []
    real_load = library.load
    monkeypatch.setattr(library, "load", lambda aid: loaded.append(aid) or real_load(aid))
    sources.sources()
    assert loaded == []
    article = library.articles()[-1].id
    with library.session(article, "cy") as session:
        session.mark(session.state.claims[0].id, "unconfirmed")
        sources.sources()
        session.undo()
    assert loaded == [article]
