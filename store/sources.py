"""Sources across the whole library: who recurs, and how their claims checked out.

Each article names its own sources ("s1"…). Library-wide, sources are grouped by a
normalised name: case- and accent-insensitive, punctuation and a leading "the" dropped,
a trailing possessive dropped ("the State Department's" ~ "State Department"), over
each source's name and its name-like aliases (pronouns and lower-case descriptions
such as "a spokeswoman" never join two sources). A reviewer can override the grouping:
`merge` joins two groups, `split` takes members out of theirs into a group of their
own (and out of name grouping). Overrides live in `<library>/sources.json`, each
recorded with reviewer and time, and are replayed in order.

Counts leave out claims marked "not a claim" (hidden), like progress does. Article
states are cached per file signature (mtime, size, inode), so a refresh after a mark
re-reads one article file.
"""

from __future__ import annotations

import itertools
import json
import os
import re
import weakref
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from store import paths
from store.errors import LibraryError, NotFoundError
from store.lock import index_lock
from store.query import ClaimView
from store.records import DENIED, STATUSES, ArticleState, ClaimRecord, fold
from store.session import utc_now
from store.storage import atomic_write_text, dumps

if TYPE_CHECKING:
    from store.library import Library

OVERRIDES_FILE = "sources.json"
SORTS = ("claims", "denied")
Member = tuple[str, str]  # (article id, source id)

_PRONOUNS = frozenset(
    {"he", "she", "it", "they", "we", "i", "you", "them", "his", "her", "its", "their", "our"}
)
_POSSESSIVE = re.compile(r"(?:'s|')$")
_PUNCT = re.compile(r"[^\w\s]")


def normalise(name: str) -> str:
    """The grouping key of a name: "The U.S. State Department’s" -> "us state department"."""
    text = fold(name).replace("\u2019", "'").strip()
    text = _POSSESSIVE.sub("", text)
    text = _PUNCT.sub(" ", text.replace(".", ""))
    words = text.split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def name_like(alias: str) -> bool:
    """Whether an alias may join sources: a capitalised name, not a pronoun."""
    words = alias.split()
    if words and words[0].casefold() == "the":
        words = words[1:]
    key = normalise(alias)
    return bool(words) and words[0][:1].isupper() and key not in _PRONOUNS and len(key) > 1


@dataclass(frozen=True)
class LibrarySource:
    """One source across the library: its members are article sources."""

    key: str
    name: str
    kind: str
    names: tuple[str, ...]
    members: tuple[Member, ...]
    articles: int
    claims: int
    by_status: Mapping[str, int] = field(default_factory=dict)

    @property
    def share_denied(self) -> float:
        return self.by_status.get(DENIED, 0) / self.claims if self.claims else 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind,
            "articles": self.articles,
            "claims": self.claims,
            "by_status": {s: self.by_status.get(s, 0) for s in STATUSES},
            "key": self.key,
            "aliases": [n for n in self.names if n != self.name],
            "share_denied": round(self.share_denied, 4),
        }


@dataclass(frozen=True)
class SourceClaim:
    """One claim of a library-wide source, enough to list it and open it in place."""

    article: str
    article_label: str
    claim: str
    text: str
    status: str


class _Groups:
    """Union-find over members."""

    def __init__(self, members: Iterable[Member]) -> None:
        self.parent = {m: m for m in members}

    def find(self, m: Member) -> Member:
        root = m
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[m] != root:
            self.parent[m], m = root, self.parent[m]
        return root

    def union(self, a: Member, b: Member) -> None:
        if a in self.parent and b in self.parent:
            ra, rb = self.find(a), self.find(b)
            if ra != rb:
                self.parent[max(ra, rb)] = min(ra, rb)


class LibrarySources:
    """The library-wide sources of one `Library`; `refresh()` re-reads changed articles."""

    def __init__(self, library: Library) -> None:
        self.library = library
        self.path = library.path / OVERRIDES_FILE
        self._states: dict[str, tuple[tuple[int, int, int], ArticleState]] = {}
        self._signature: tuple[Any, ...] | None = None
        self._sources: tuple[LibrarySource, ...] = ()
        self._by_member: dict[Member, LibrarySource] = {}
        #: Articles that could not be read (their message), left out of the counts.
        self.problems: tuple[str, ...] = ()

    # ------------------------------------------------------------------ reading
    def states(self) -> dict[str, ArticleState]:
        """Every readable article's current state (cached while its file is unchanged)."""
        states: dict[str, ArticleState] = {}
        problems: list[str] = []
        for summary in self.library.articles():
            file = paths.article_path(self.library.path, summary.id)
            try:
                st = os.stat(file)
                key = (st.st_mtime_ns, st.st_size, st.st_ino)
                cached = self._states.get(summary.id)
                if cached is None or cached[0] != key:
                    cached = (key, self.library.load(summary.id))
                    self._states[summary.id] = cached
                states[summary.id] = cached[1]
            except (LibraryError, OSError) as error:
                problems.append(str(error))
        self.problems = tuple(problems)
        return states

    def refresh(self) -> tuple[LibrarySource, ...]:
        states = self.states()
        overrides = self.overrides()
        signature = (
            tuple((aid, self._states[aid][0]) for aid in states),
            len(overrides),
            overrides[-1]["at"] if overrides else None,
        )
        if signature != self._signature:
            self._sources = _aggregate(states, overrides)
            self._by_member = {m: s for s in self._sources for m in s.members}
            self._signature = signature
        return self._sources

    def sources(self, sort: str = "claims") -> tuple[LibrarySource, ...]:
        """Every library-wide source, most claims first (or highest share denied first)."""
        found = self.refresh()
        if sort == "denied":
            return tuple(sorted(found, key=lambda s: (-s.share_denied, -s.claims, fold(s.name))))
        if sort != "claims":
            raise LibraryError(f"unknown sort {sort!r}: use one of {', '.join(SORTS)}")
        return tuple(sorted(found, key=lambda s: (-s.claims, -s.articles, fold(s.name))))

    def get(self, ref: str | LibrarySource) -> LibrarySource:
        """A source by key, by any of its names (normalised), or refreshed from an old copy."""
        found = self.refresh()
        if isinstance(ref, LibrarySource):
            for member in ref.members:
                if member in self._by_member:
                    return self._by_member[member]
            ref = ref.key
        for source in found:
            if source.key == ref:
                return source
        wanted = normalise(ref)
        matches = [s for s in found if wanted in {normalise(n) for n in s.names}]
        if not matches:
            raise NotFoundError(f"no source {ref!r} in the library")
        return max(matches, key=lambda s: s.claims)

    def of_member(self, article_id: str, source_id: str) -> LibrarySource:
        """The library-wide source an article's source belongs to."""
        self.refresh()
        try:
            return self._by_member[(article_id, source_id)]
        except KeyError:
            raise NotFoundError(f"article {article_id} has no source {source_id!r}") from None

    def claims_of(self, ref: str | LibrarySource) -> tuple[SourceClaim, ...]:
        """The source's claims (not hidden) in every article, in library then article order."""
        source = self.get(ref)
        states = self.states()
        by_article: dict[str, set[str]] = {}
        for article_id, source_id in source.members:
            by_article.setdefault(article_id, set()).add(source_id)
        result: list[SourceClaim] = []
        for article_id, state in states.items():
            ids = by_article.get(article_id)
            if not ids:
                continue
            for claim in state.claims:
                if not claim.hidden and ids.intersection(claim.sources):
                    result.append(
                        SourceClaim(article_id, state.label, claim.id, claim.text, claim.status)
                    )
        return tuple(result)

    def search(
        self,
        *,
        status: str | None = None,
        source: str | LibrarySource | None = None,
        country: str | None = None,
        text: str = "",
    ) -> tuple[tuple[str, ClaimRecord], ...]:
        """(article id, claim) over the library with ClaimView's filters; source by name."""
        members = set(self.get(source).members) if source is not None else None
        result: list[tuple[str, ClaimRecord]] = []
        for article_id, state in self.states().items():
            view = ClaimView(state).with_status(status).by_country(country).matching(text)
            for claim in view.claims:
                if members is None or any((article_id, s) in members for s in claim.sources):
                    result.append((article_id, claim))
        return tuple(result)

    # ------------------------------------------------------------------ overrides
    def overrides(self) -> list[dict[str, Any]]:
        """The recorded merges and splits, oldest first (none if the file is missing)."""
        try:
            data = json.loads(self.path.read_text("utf-8"))
        except FileNotFoundError:
            return []
        except (OSError, ValueError) as error:
            raise LibraryError(f"{self.path} cannot be read ({error}); move it away") from error
        items = data.get("overrides") if isinstance(data, dict) else None
        if not isinstance(items, list):
            raise LibraryError(f"{self.path} is not a claimdesk sources file; move it away")
        return [i for i in items if isinstance(i, dict) and i.get("op") in ("merge", "split")]

    def merge(
        self, keep: str | LibrarySource, other: str | LibrarySource, reviewer: str
    ) -> LibrarySource:
        """Join two library-wide sources; returns the joined one."""
        a, b = self.get(keep), self.get(other)
        if a.key == b.key:
            return a
        self._record({"op": "merge", "a": list(a.members[0]), "b": list(b.members[0])}, reviewer)
        return self.of_member(*a.members[0])

    def split(
        self, source: str | LibrarySource, members: Iterable[Member], reviewer: str
    ) -> LibrarySource:
        """Take `members` (article id, source id) out of `source` into a source of their own."""
        group = self.get(source)
        chosen = [tuple(m) for m in members]
        if not chosen or any(m not in group.members for m in chosen):
            raise LibraryError(f"name members of {group.name!r} to split off")
        if len(chosen) == len(group.members):
            raise LibraryError(f"{group.name!r} cannot be split into itself: leave some behind")
        self._record({"op": "split", "members": [list(m) for m in chosen]}, reviewer)
        return self.of_member(*chosen[0])

    def _record(self, op: dict[str, Any], reviewer: str) -> None:
        with index_lock(paths.index_lock_path(self.library.path)):
            items = self.overrides()
            items.append({**op, "reviewer": reviewer, "at": utc_now()})
            atomic_write_text(self.path, dumps({"schema": 1, "overrides": items}))
        self._signature = None


def _aggregate(
    states: Mapping[str, ArticleState], overrides: list[dict[str, Any]]
) -> tuple[LibrarySource, ...]:
    members: list[Member] = []
    keys: dict[Member, set[str]] = {}
    for article_id, state in states.items():
        for source in state.sources:
            member = (article_id, source.id)
            members.append(member)
            # A description ("officials", "police") names different people in each
            # article: only names join sources across articles.
            names = {normalise(n) for n in (source.name, *source.aliases) if name_like(n)}
            if not source.name[:1].isupper():
                names = set()
            keys[member] = {n for n in names if n}
    detached: set[Member] = set()
    pairs: list[tuple[Member, Member]] = []
    for op in overrides:
        try:
            if op["op"] == "merge":
                pairs.append(((op["a"][0], op["a"][1]), (op["b"][0], op["b"][1])))
            else:
                split = [(m[0], m[1]) for m in op["members"]]
                detached.update(split)
                pairs = [p for p in pairs if p[0] not in split and p[1] not in split]
                pairs.extend(itertools.pairwise(split))
        except (KeyError, IndexError, TypeError):
            continue  # a hand-edited entry that names nothing
    groups = _Groups(members)
    first: dict[str, Member] = {}
    for member in members:
        if member in detached:
            continue
        for key in keys[member]:
            if key in first:
                groups.union(first[key], member)
            else:
                first[key] = member
    for a, b in pairs:
        groups.union(a, b)
    clusters: dict[Member, list[Member]] = {}
    for member in members:
        clusters.setdefault(groups.find(member), []).append(member)
    result = [_summarise(states, cluster) for cluster in clusters.values()]
    seen: Counter[str] = Counter()
    unique = []
    for source in result:
        seen[source.key] += 1
        key = source.key if seen[source.key] == 1 else f"{source.key}#{seen[source.key]}"
        unique.append(LibrarySource(**{**source.__dict__, "key": key}))
    return tuple(unique)


def _summarise(states: Mapping[str, ArticleState], cluster: list[Member]) -> LibrarySource:
    names: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    all_names: dict[str, None] = {}
    counts = dict.fromkeys(STATUSES, 0)
    articles: set[str] = set()
    by_article: dict[str, set[str]] = {}
    for article_id, source_id in cluster:
        source = states[article_id].source(source_id)
        names[source.name] += 1
        kinds[source.kind] += 1
        all_names[source.name] = None
        all_names.update(dict.fromkeys(a for a in source.aliases if name_like(a)))
        articles.add(article_id)
        by_article.setdefault(article_id, set()).add(source_id)
    claims = 0
    for article_id, ids in by_article.items():
        for claim in states[article_id].claims:
            if not claim.hidden and ids.intersection(claim.sources):
                counts[claim.status] += 1
                claims += 1
    name = max(names, key=lambda n: (names[n], len(n)))
    known = {k: n for k, n in kinds.items() if k != "unknown"}
    kind = max(known, key=lambda k: known[k]) if known else "unknown"
    return LibrarySource(
        key=normalise(name) or name,
        name=name,
        kind=kind,
        names=tuple(all_names),
        members=tuple(cluster),
        articles=len(articles),
        claims=claims,
        by_status=counts,
    )


_CACHE: weakref.WeakKeyDictionary[Library, LibrarySources] = weakref.WeakKeyDictionary()


def library_sources(library: Library) -> LibrarySources:
    """The (cached) library-wide sources of `library`: one per Library object."""
    found = _CACHE.get(library)
    if found is None:
        found = _CACHE[library] = LibrarySources(library)
    return found
