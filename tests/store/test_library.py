"""The library directory: where it lives, ingest, the index, resolving, damaged files."""

from __future__ import annotations

import json
import multiprocessing
import os
from pathlib import Path

import pytest
from builders import ARTICLE, build_extraction, long_article

from extract.errors import InputError
from store import CorruptFileError, Library, LibraryError, NotFoundError
from store import storage as storage_mod
from store.migrate import CURRENT_SCHEMA
from store.paths import library_dir


def test_library_dir_comes_from_argument_then_env_then_platformdirs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import platformdirs

    assert library_dir(None) == Path(platformdirs.user_data_dir("claimdesk", appauthor=False))
    monkeypatch.setenv("CLAIMDESK_HOME", str(tmp_path / "env"))
    assert library_dir(None) == tmp_path / "env"
    assert library_dir(tmp_path / "arg") == tmp_path / "arg"
    assert Library.open(None).path == tmp_path / "env"


def test_open_creates_the_layout_with_a_schema_version(tmp_path: Path) -> None:
    lib = Library.open(tmp_path / "new")
    index = json.loads((tmp_path / "new" / "index.json").read_text())
    assert index["meta"]["1"]["schema"] == CURRENT_SCHEMA
    assert (tmp_path / "new" / "articles").is_dir()
    assert lib.articles() == ()


def test_a_file_in_place_of_the_library_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    with pytest.raises(LibraryError, match="not a library directory"):
        Library.open(tmp_path / "file")


def test_ingest_stores_article_and_small_index_row(lib: Library, article: str) -> None:
    (summary,) = lib.articles()
    assert summary.id == article and summary.claims == 5
    assert summary.origin == "/news/balkans.txt"
    row = json.loads(lib.index_path.read_text())["articles"]["1"]
    assert set(row) == {"id", "sha256", "title", "origin", "claims", "added_at", "meta"}
    state = lib.load(article)
    assert state.text == ARTICLE
    assert [c.id for c in state.claims] == ["c1", "c2", "c3", "c4", "c5"]
    assert [s.name for s in state.sources] == ["State Department", "Bloomberg", "Népszava"]
    assert state.quotes[0].claims == ("c4",)


def test_same_text_again_is_the_same_article_and_keeps_its_review(
    lib: Library, article: str
) -> None:
    with lib.session(article, "alice") as session:
        session.mark("c2", "denied")
    summary, new = lib.ingest_extraction(build_extraction())
    assert (summary.id, new) == (article, False)
    assert len(lib.articles()) == 1
    assert lib.load(article).claim("c2").status == "denied"


def test_ingest_runs_the_extractor_and_identifies_by_normalised_text(lib: Library) -> None:
    text = "The State Department confirmed the talks with Kosovo.\nBloomberg said so.\n"
    summary, new = lib.ingest(text, origin="a.txt", meta={"outlet": "RFE/RL"})
    assert new and summary.meta == {"outlet": "RFE/RL"}
    assert lib.load(summary.id).claims
    again, new_again = lib.ingest("  " + text.replace("\n", "\r\n") + "\n\n")
    assert (again.id, new_again) == (summary.id, False)


def test_ensure_seed_ingests_the_bundled_article_into_an_empty_library_only(
    lib: Library,
) -> None:
    from seeds import default_seed

    seed = default_seed()
    summary = lib.ensure_seed()
    assert summary is not None
    assert summary.title is None
    assert summary.meta == {"outlet": seed.outlet, "published": seed.published}
    assert lib.load(summary.id).text == seed.text
    assert lib.ensure_seed() is None
    assert len(lib.articles()) == 1


def test_a_mark_rewrites_neither_the_index_nor_other_articles(
    lib: Library, article: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    other, _ = lib.ingest_extraction(build_extraction(long_article(8)))
    index_before = lib.index_path.read_bytes()
    other_path = lib.articles_path / f"{other.id}.json"
    other_before = other_path.read_bytes()
    written: list[Path] = []
    real = storage_mod.atomic_write_bytes
    monkeypatch.setattr(
        storage_mod,
        "atomic_write_bytes",
        lambda p, data, **k: (written.append(Path(p)), real(p, data, **k)),
    )
    with lib.session(article, "alice") as session:
        session.update("c1", status="confirmed", note="checked", evidence=["https://a.example"])
    assert written == [lib.articles_path / f"{article}.json"]  # one write, that file only
    assert lib.index_path.read_bytes() == index_before
    assert other_path.read_bytes() == other_before


def test_resolve_accepts_id_unique_prefix_and_ingested_path(
    lib: Library, article: str, tmp_path: Path
) -> None:
    assert lib.resolve(article) == article
    assert lib.resolve(article[:4]) == article
    source = tmp_path / "copy.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    assert lib.resolve(str(source)) == article  # by content: the file moved or was renamed
    summary, _ = lib.ingest_extraction(build_extraction(long_article(4)), origin=str(source))
    assert lib.resolve(str(source)) == summary.id  # by the recorded origin first
    with pytest.raises(NotFoundError, match="claimdesk list"):
        lib.resolve("zzzz")


def test_ambiguous_prefix_is_refused(lib: Library) -> None:
    ids = [
        lib.ingest_extraction(build_extraction(long_article(4, seed=s)))[0].id for s in range(40)
    ]
    shared = next(a[0] for a in ids if sum(b[0] == a[0] for b in ids) > 1)
    with pytest.raises(NotFoundError, match="matches"):
        lib.resolve(shared)


def _ingest_many(path: str, seed: int) -> None:
    lib = Library.open(path)
    for i in range(8):
        lib.ingest_extraction(build_extraction(long_article(4, seed=seed * 100 + i)))


def test_two_processes_ingesting_at_once_lose_no_rows(tmp_path: Path) -> None:
    Library.open(tmp_path / "lib")
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_ingest_many, args=(str(tmp_path / "lib"), s)) for s in (1, 2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    assert len(Library.open(tmp_path / "lib").articles()) == 16


def test_articles_added_by_another_process_show_up_without_reopening(
    lib: Library, article: str
) -> None:
    other = Library.open(lib.path)
    other.ingest_extraction(build_extraction(long_article(4)))
    assert len(lib.articles()) == 2


def test_a_damaged_article_file_is_untouched_and_the_rest_still_works(
    lib: Library, article: str
) -> None:
    good, _ = lib.ingest_extraction(build_extraction(long_article(8)))
    damaged = lib.articles_path / f"{article}.json"
    content = damaged.read_bytes()[:-40]  # a torn write, as an outside tool might leave
    damaged.write_bytes(content)

    lib = Library.open(lib.path)
    for attempt in (
        lambda: lib.load(article),
        lambda: lib.session(article, "alice"),
        lambda: lib.progress(article),
        lambda: lib.ingest_extraction(build_extraction()),
    ):
        with pytest.raises(CorruptFileError) as info:
            attempt()
        assert str(damaged) in str(info.value)
    assert damaged.read_bytes() == content  # byte for byte

    progress, problems = lib.progress_all()
    assert list(progress) == [good.id] and len(problems) == 1
    with lib.session(good.id, "alice") as session:
        session.mark("c1", "confirmed")
    assert lib.load(good.id).claim("c1").status == "confirmed"
    assert damaged.read_bytes() == content


def test_a_damaged_article_can_be_restored_from_its_backup(lib: Library, article: str) -> None:
    with lib.session(article, "alice") as session:
        session.mark("c1", "confirmed")
        session.mark("c2", "denied")
    damaged = lib.articles_path / f"{article}.json"
    damaged.write_text("{oops")
    with pytest.raises(CorruptFileError) as info:
        lib.load(article)
    backup = Path(f"{damaged}.bak")
    assert str(backup) in str(info.value)
    os.replace(backup, damaged)
    state = lib.load(article)
    assert state.claim("c1").status == "confirmed"  # one change behind, nothing torn


def test_a_damaged_index_stops_opening_and_is_untouched(lib: Library, article: str) -> None:
    lib.index_path.write_text('{"meta": ')
    with pytest.raises(CorruptFileError) as info:
        Library.open(lib.path)
    assert str(lib.index_path) in str(info.value)
    assert f"{lib.index_path}.bak" in str(info.value) and "rebuilds the index" in str(info.value)
    assert lib.index_path.read_text() == '{"meta": '


def test_a_missing_index_is_rebuilt_from_the_article_files(lib: Library, article: str) -> None:
    with lib.session(article, "alice") as session:
        session.mark("c3", "unconfirmed")
    lib.index_path.unlink()
    reopened = Library.open(lib.path)
    assert [s.id for s in reopened.articles()] == [article]
    assert reopened.load(article).claim("c3").status == "unconfirmed"
    assert any("rebuilt" in n for n in reopened.notices)


def test_library_progress_sums_articles(lib: Library, article: str) -> None:
    other, _ = lib.ingest_extraction(build_extraction(long_article(8)))
    with lib.session(article, "alice") as session:
        session.mark("c1", "denied")
    with lib.session(other.id, "alice") as session:
        session.mark("c1", "confirmed")
        session.set_hidden("c2", True)
    total = lib.total_progress()
    assert total.total == 5 + 7
    assert total.reviewed == 2
    assert total.by_status["denied"] == 1 and total.by_status["confirmed"] == 1


def test_progress_follows_marks_made_through_another_library_object(
    lib: Library, article: str
) -> None:
    assert lib.progress(article).reviewed == 0
    with Library.open(lib.path).session(article, "bob") as session:
        session.mark("c1", "denied")
    assert lib.progress(article).by_status["denied"] == 1


def test_a_claim_with_an_unknown_status_makes_the_file_count_as_damaged(
    lib: Library, article: str
) -> None:
    path = lib.articles_path / f"{article}.json"
    data = json.loads(path.read_text())
    data["claims"]["1"]["status"] = "probably"
    path.write_text(json.dumps(data))
    with pytest.raises(CorruptFileError, match="probably"):
        lib.load(article)
    with pytest.raises(CorruptFileError):
        lib.progress(article)


def test_an_article_whose_file_was_removed_can_be_added_again(lib: Library, article: str) -> None:
    (lib.articles_path / f"{article}.json").unlink()
    with pytest.raises(NotFoundError, match="claimdesk add"):
        lib.load(article)
    summary, new = lib.ingest_extraction(build_extraction())
    assert (summary.id, new) == (article, True)
    assert len(lib.articles()) == 1 and lib.load(article).claim("c1").status == "unreviewed"


@pytest.mark.parametrize("text", ["", "   \n\t\n"])
def test_an_empty_article_is_refused_and_nothing_is_stored(tmp_path: Path, text: str) -> None:
    lib = Library.open(tmp_path / "lib")
    with pytest.raises(InputError, match="empty"):
        lib.ingest(text)
    assert lib.articles() == ()
    assert not list((tmp_path / "lib" / "articles").glob("*.json"))
