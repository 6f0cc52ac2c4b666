"""The review library: a directory with a small index and one TinyDB file per article.

`index.json` holds the schema version and one row per article (id, sha256, title,
origin, claim count, time added, meta) and nothing that changes when a claim is
marked, so a mark writes only its article's file and costs the same in a library
of one article or of thousands. Index writes (ingest, migration) take the index
lock, so two processes adding different articles do not lose each other's rows.
"""

from __future__ import annotations

import dataclasses
import logging
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from tinydb import TinyDB

from extract.errors import InputError
from extract.model import Extraction
from store import paths
from store.errors import CorruptFileError, LibraryError, NotFoundError
from store.lock import ArticleLock, index_lock
from store.migrate import CURRENT_SCHEMA, index_version, migrate_article, migrate_index
from store.records import STATUSES, ArticleState, ArticleSummary, Progress
from store.session import ArticleSession, state_from_tables, state_to_tables, utc_now
from store.storage import (
    AtomicJSONStorage,
    atomic_write_text,
    dumps,
    read_json_file,
    remove_stale_temps,
)

# Info, not warning: each of these is also returned to the caller (notices, problems,
# session.cleared), which shows it once; Python's last-resort handler would print
# warnings a second time on stderr without the "claimdesk:" prefix.
log = logging.getLogger(__name__)

ARTICLES = "articles"
META = "meta"


def _summary(row: Mapping[str, Any]) -> ArticleSummary:
    return ArticleSummary(
        id=row["id"],
        sha256=row["sha256"],
        title=row.get("title"),
        origin=row.get("origin"),
        claims=int(row.get("claims", 0)),
        added_at=row.get("added_at", ""),
        meta=dict(row.get("meta") or {}),
    )


def _row(state: ArticleState) -> dict[str, Any]:
    return {
        "id": state.id,
        "sha256": state.sha256,
        "title": state.title,
        "origin": state.origin,
        "claims": len(state.claims),
        "added_at": state.added_at,
        "meta": dict(state.meta),
    }


def _hash(text: str) -> tuple[str, str]:
    """(sha256 of the normalised text, article id): the identity of an article."""
    from extract.text import article_id, sha256_of

    sha = sha256_of(text)
    return sha, article_id(sha)


class Library:
    """A library directory. Cheap to open: only the index is read."""

    def __init__(self, root: Path) -> None:
        self.path = root
        self.index_path = paths.index_path(root)
        self.articles_path = paths.articles_dir(root)
        self._rows: dict[str, dict[str, Any]] = {}
        self._summaries: tuple[ArticleSummary, ...] = ()
        self._by_sha: dict[str, str] = {}
        self._signature: tuple[int, int, int] | None = None
        self._progress: dict[str, tuple[tuple[int, int, int], Progress]] = {}
        #: Things worth telling the user once (migration done, stale files skipped).
        self.notices: list[str] = []

    # ------------------------------------------------------------------ opening
    @classmethod
    def open(cls, path: str | os.PathLike[str] | None = None) -> Library:
        """Open (creating or migrating) the library at `path`, CLAIMDESK_HOME or the default."""
        root = paths.library_dir(path)
        if root.exists() and not root.is_dir():
            raise LibraryError(f"{root} is a file, not a library directory")
        try:
            paths.articles_dir(root).mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise LibraryError(
                f"cannot create the library at {root}: {error.strerror or error}"
            ) from error
        lib = cls(root)
        data, _ = lib._read_index()
        version = index_version(data, lib.index_path)
        if data is None or version < CURRENT_SCHEMA:
            lib._prepare_index()
        lib._refresh(force=True)
        return lib

    def _prepare_index(self) -> None:
        """Create, rebuild or migrate the index under the index lock."""
        with index_lock(paths.index_lock_path(self.path)):
            data, _ = self._read_index()
            if data is None:
                self._write_index(self._rebuilt_index())
                return
            if index_version(data, self.index_path) < CURRENT_SCHEMA:
                migrated = self._migrate_articles()
                migrate_index(data, self.index_path)
                # Index last: an interrupted migration runs again next time.
                self._write_index(data)
                self.notices.append(
                    f"migrated the library at {self.path} to schema {CURRENT_SCHEMA} "
                    f"({migrated} article files)"
                )

    def _migrate_articles(self) -> int:
        count = 0
        for path in sorted(self.articles_path.glob("*.json")):
            try:
                data, _ = read_json_file(path)
                if data is not None and migrate_article(data, path):
                    atomic_write_text(path, dumps(data), backup=True)
                    count += 1
            except CorruptFileError as error:
                # Left untouched; it is migrated in memory when it is restored and opened.
                self.notices.append(str(error))
                log.info("%s", error)
        return count

    def _rebuilt_index(self) -> dict[str, Any]:
        """A fresh index, rebuilt from the article files if there are any."""
        rows: dict[str, Any] = {}
        for path in sorted(self.articles_path.glob("*.json")):
            try:
                state = self._read_state(path)
            except LibraryError as error:
                self.notices.append(str(error))
                log.info("%s", error)
                continue
            rows[str(len(rows) + 1)] = _row(state)
        if rows:
            self.notices.append(f"rebuilt the index of {self.path} from {len(rows)} article files")
        return {META: {"1": {"schema": CURRENT_SCHEMA, "created_at": utc_now()}}, ARTICLES: rows}

    def _write_index(self, data: dict[str, Any]) -> None:
        atomic_write_text(self.index_path, dumps(data), backup=True)
        self._signature = None

    # ------------------------------------------------------------------ index
    def _read_index(self) -> tuple[dict[str, Any] | None, str | None]:
        return read_json_file(self.index_path)

    def _stat(self) -> tuple[int, int, int] | None:
        try:
            st = os.stat(self.index_path)
        except FileNotFoundError:
            return None
        return (st.st_mtime_ns, st.st_size, st.st_ino)

    def _refresh(self, *, force: bool = False) -> None:
        """Re-read the index if another process changed it (one stat when it did not)."""
        signature = self._stat()
        if not force and signature == self._signature:
            return
        data, _ = self._read_index()
        if data is not None:
            index_version(data, self.index_path)
        rows_table = (data or {}).get(ARTICLES) or {}
        rows: dict[str, dict[str, Any]] = {}
        summaries: list[ArticleSummary] = []
        try:
            for key in sorted(rows_table, key=int):
                row = rows_table[key]
                summaries.append(_summary(row))
                rows[row["id"]] = row
        except (KeyError, TypeError, ValueError) as error:
            detail = f"an article row is incomplete ({error!r})"
            raise CorruptFileError(self.index_path, detail) from error
        self._rows = rows
        self._summaries = tuple(summaries)
        self._by_sha = {row["sha256"]: row["id"] for row in rows.values()}
        self._signature = signature

    def articles(self) -> tuple[ArticleSummary, ...]:
        """Every article in the order added (index only: no article file is read)."""
        self._refresh()
        return self._summaries

    def summary(self, article_id: str) -> ArticleSummary:
        """The index row of one article."""
        self._refresh()
        row = self._rows.get(article_id)
        if row is None:
            raise NotFoundError(f"no article {article_id} in the library at {self.path}")
        return _summary(row)

    def __contains__(self, article_id: object) -> bool:
        self._refresh()
        return article_id in self._rows

    # ------------------------------------------------------------------ ingest
    def ingest(
        self,
        text: str,
        *,
        title: str | None = None,
        origin: str | None = None,
        meta: Mapping[str, Any] | None = None,
    ) -> tuple[ArticleSummary, bool]:
        """Extract and store an article; the same text again is the same article (False).

        Text with nothing to review is refused, as `claimdesk add` refuses an empty file.
        """
        if not text.strip():
            raise InputError("the article is empty: there is nothing to review")
        sha, _ = _hash(text)
        self._refresh()
        existing = self._by_sha.get(sha)
        if existing is not None and paths.article_path(self.path, existing).exists():
            return _summary(self._rows[existing]), False
        import extract

        extraction = extract.extract(text, title=title)
        return self.ingest_extraction(extraction, origin=origin, meta=meta, sha256=sha)

    def ingest_extraction(
        self,
        extraction: Extraction,
        *,
        origin: str | None = None,
        meta: Mapping[str, Any] | None = None,
        sha256: str | None = None,
    ) -> tuple[ArticleSummary, bool]:
        """Store an extraction made elsewhere (tests, benchmarks) as a new article."""
        if sha256 is None:
            sha256, _ = _hash(extraction.text)
        state = ArticleState.from_extraction(
            extraction, origin=origin, added_at=utc_now(), meta=meta
        )
        state = dataclasses.replace(state, id=sha256[:12], sha256=sha256)
        return self.add_state(state)

    def add_state(self, state: ArticleState) -> tuple[ArticleSummary, bool]:
        """Store a complete article state (with its review) unless the article exists.

        An existing article keeps its review: nothing of it is overwritten.
        """
        path = paths.article_path(self.path, state.id)
        with index_lock(paths.index_lock_path(self.path)):
            remove_stale_temps(self.index_path)
            self._refresh(force=True)
            on_disk, _ = read_json_file(path)  # CorruptFileError: never overwritten
            if on_disk is None:
                # Temp files of a write killed before its rename: no file, so no session
                # can be writing it now, and nobody else would ever clear them.
                remove_stale_temps(path)
                atomic_write_text(path, dumps(state_to_tables(state)), backup=False)
                kept = state
            else:
                migrate_article(on_disk, path)
                kept = state_from_tables(on_disk, path)
                if kept.sha256 != state.sha256:
                    raise LibraryError(
                        f"{path} holds a different article with the same id; "
                        "move it away and add the article again"
                    )
            if state.id in self._rows:
                # Listed already; new only if its missing file had to be written again.
                return _summary(self._rows[state.id]), on_disk is None
            db = TinyDB(storage=lambda: AtomicJSONStorage(self.index_path))  # type: ignore[arg-type]
            db.table(ARTICLES).insert(_row(kept))
            self._refresh(force=True)
            return _summary(self._rows[state.id]), on_disk is None

    def ensure_seed(self) -> ArticleSummary | None:
        """On a first run (empty library) ingest the bundled seed article."""
        if self.articles():
            return None
        from seeds import default_seed

        seed = default_seed()
        meta = {
            key: value
            for key, value in (("outlet", seed.outlet), ("published", seed.published))
            if value is not None
        }
        summary, _ = self.ingest(
            seed.text, title=seed.title, origin=f"seeds/{seed.name}.txt", meta=meta
        )
        return summary

    # ------------------------------------------------------------------ lookup
    def resolve(self, ref: str) -> str:
        """An article id from an id, a unique id prefix, or the path of an ingested file."""
        self._refresh()
        ref = ref.strip()
        if ref in self._rows:
            return ref
        by_path = self._resolve_path(ref)
        if by_path is not None:
            return by_path
        matches = [aid for aid in self._rows if ref and aid.startswith(ref.lower())]
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            shown = ", ".join(sorted(matches)[:5])
            raise NotFoundError(
                f"{ref!r} matches {len(matches)} articles ({shown}); type more of the id"
            )
        raise NotFoundError(
            f"no article {ref!r} in the library at {self.path}; `claimdesk list` shows the ids"
        )

    def _resolve_path(self, ref: str) -> str | None:
        candidate = Path(ref).expanduser()
        if not candidate.is_file():
            return None
        absolute = str(candidate.resolve())
        for aid, row in self._rows.items():
            if row.get("origin") == absolute:
                return aid
        from extract.errors import ClaimdeskError
        from extract.text import read_article

        try:
            text = read_article(candidate).text
        except (ClaimdeskError, OSError):
            return None  # not readable as an article: not one we know
        sha, _ = _hash(text)
        return self._by_sha.get(sha)

    # ------------------------------------------------------------------ reading
    def _read_state(self, path: Path) -> ArticleState:
        data, _ = read_json_file(path)
        if data is None:
            raise NotFoundError(
                f"the file of article {path.stem} ({path}) is missing; "
                "run `claimdesk add` on the article again"
            )
        migrate_article(data, path)
        return state_from_tables(data, path)

    def load(self, article_id: str) -> ArticleState:
        """A read-only snapshot of one article, read from its file now."""
        return self._read_state(paths.article_path(self.path, article_id))

    def progress(self, article_id: str) -> Progress:
        """Counts per status of one article: its file is read only when it changed."""
        path = paths.article_path(self.path, article_id)
        try:
            st = os.stat(path)
        except FileNotFoundError:
            return self.load(article_id).progress()  # raises the missing-file message
        key = (st.st_mtime_ns, st.st_size, st.st_ino)
        cached = self._progress.get(article_id)
        if cached is not None and cached[0] == key:
            return cached[1]
        data, _ = read_json_file(path)
        if data is None:
            return self.load(article_id).progress()
        migrate_article(data, path)
        counts = dict.fromkeys(STATUSES, 0)
        try:
            for claim in (data.get("claims") or {}).values():
                if not claim.get("hidden", False):
                    counts[claim["status"]] += 1
        except (KeyError, TypeError, AttributeError) as error:
            raise CorruptFileError(path, f"a claim is incomplete ({error!r})") from error
        progress = Progress(total=sum(counts.values()), by_status=counts)
        self._progress[article_id] = (key, progress)
        return progress

    def progress_all(self) -> tuple[dict[str, Progress], tuple[LibraryError, ...]]:
        """Progress of every readable article, and the problems of those that are not."""
        result: dict[str, Progress] = {}
        problems: list[LibraryError] = []
        for summary in self.articles():
            try:
                result[summary.id] = self.progress(summary.id)
            except LibraryError as error:
                log.info("%s", error)
                problems.append(error)
        return result, tuple(problems)

    def total_progress(self) -> Progress:
        """Progress over the whole library (unreadable articles are left out)."""
        total = Progress.of(())
        for progress in self.progress_all()[0].values():
            total = total + progress
        return total

    # ------------------------------------------------------------------ review
    def session(self, article_id: str, reviewer: str) -> ArticleSession:
        """Open an article for review: writable if this process gets its lock."""
        self.summary(article_id)
        path = paths.article_path(self.path, article_id)
        lock = ArticleLock.acquire(paths.article_lock_path(self.path, article_id), reviewer)
        try:
            if lock.acquired:
                remove_stale_temps(path)
            data, text = read_json_file(path)
            if data is None:
                raise NotFoundError(
                    f"the file of article {article_id} ({path}) is missing; "
                    "run `claimdesk add` on the article again"
                )
            migrated = migrate_article(data, path)
            state = state_from_tables(data, path)
            storage = AtomicJSONStorage(path, read_only=not lock.acquired, preloaded=(data, text))
            if migrated and lock.acquired:
                storage.write(data)
        except BaseException:
            lock.release()
            raise
        if lock.cleared:
            log.info("%s", lock.cleared)
        return ArticleSession(self, state, reviewer, lock, storage, data)

    def __repr__(self) -> str:
        return f"Library({str(self.path)!r})"
