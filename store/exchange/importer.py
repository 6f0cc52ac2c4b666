"""Importing a colleague's export: merged event by event, nothing overwritten silently.

An event's identity is (reviewer, at, field, claim, new): events already here are
skipped, so importing a file twice changes nothing. Corrections (sources, countries,
split, merge, source edits) are tried first, oldest first, and kept where their target
is as they expect (a split of a claim split differently here is reported, not forced).
Then, for each verdict field, a side whose events are all known to the other side is
behind; the other side's newer events are taken. Everything taken is appended in time
order, so the history reads as it happened. When both sides
changed a field since their common events and ended on different values, that is a
conflict: it is reported and the local value kept.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Protocol

from extract.errors import ClaimdeskError
from store.corrections import (
    CORRECTION_FIELDS,
    applicable,
    apply_events,  # re-exported: import's apply is a session's
    make_change,
)
from store.errors import LibraryError
from store.exchange.common import EVIDENCE_FIELD, MERGED_FIELDS
from store.exchange.export import LibraryLike, canonical, gc_paused
from store.exchange.validate import InArticle, InClaim, parse_export, read_export_bytes
from store.records import ArticleState, ClaimRecord, Event
from store.session import utc_now

# --------------------------------------------------------------------------- import


@dataclass(frozen=True, slots=True)
class Conflict:
    """Both sides changed a claim's field since their common events, to different values."""

    article: str
    claim: str
    field: str
    local: Any
    remote: Any
    remote_reviewer: str

    def describe(self) -> str:
        return (
            f"conflict on {self.article} {self.claim} {self.field}: "
            f"kept local {_short(self.local)}, {self.remote_reviewer} has {_short(self.remote)}"
        )


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "..."


@dataclass(slots=True)
class ImportReport:
    """What an import did: enough for the summary line and for the reviewer to follow up."""

    file: str
    articles_added: list[str] = field(default_factory=list)
    articles_merged: list[str] = field(default_factory=list)
    events_merged: int = 0
    events_present: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.articles_added or self.events_merged)

    def summary(self) -> str:
        return (
            f"imported {self.file}: {len(self.articles_added)} article(s) added, "
            f"{self.events_merged} event(s) merged, {self.events_present} already present, "
            f"{len(self.conflicts)} conflict(s), {len(self.skipped)} skipped"
        )

    def lines(self) -> list[str]:
        """The summary, then one line per conflict and per skipped item."""
        return [
            self.summary(),
            *(c.describe() for c in self.conflicts),
            *(f"skipped: {s}" for s in self.skipped),
        ]


class ImportLibrary(LibraryLike, Protocol):
    """The slice of `store.Library` an import writes through."""

    def add_state(self, state: ArticleState) -> tuple[Any, bool]: ...
    def session(self, article_id: str, reviewer: str) -> Any: ...


def import_file(
    library: ImportLibrary, path: str | os.PathLike[str], reviewer: str
) -> ImportReport:
    """Merge a colleague's `claimdesk.export/1` file into `library`.

    Raises ImportRejected (library untouched) when the file is not a valid export;
    problems with one article or claim skip that item and are listed in the report.
    """
    source = Path(path)
    with gc_paused():
        articles = parse_export(read_export_bytes(source), name=str(source))
        report = ImportReport(file=str(source))
        by_sha = {summary.sha256: summary.id for summary in library.articles()}
        for article in articles:
            _import_article(library, article, by_sha, reviewer, report)
    return report


def _sha256_of(text: str) -> str:
    from extract.text import sha256_of

    return sha256_of(text)


def _new_state(article: InArticle) -> ArticleState:
    """The article as a fresh ingest would store it, but added when the export says.

    Keeping `added_at` (not the time of the import) is what makes an export of the
    imported library byte-identical to the file imported.
    """
    import extract
    from extract.text import article_id

    extraction = extract.extract(article.text, title=article.title)
    state = ArticleState.from_extraction(
        extraction, origin=article.origin, added_at=article.added_at or utc_now(), meta=article.meta
    )
    return replace(state, id=article_id(article.sha256), sha256=article.sha256)


def event_key(event: Event) -> tuple[str, str, str, str, str]:
    """What makes two events the same change, whichever library numbered them."""
    new = json.dumps(canonical(event.new), ensure_ascii=False, sort_keys=True)
    return (event.reviewer, event.at, event.field, event.claim, new)


def _import_article(
    library: ImportLibrary,
    article: InArticle,
    by_sha: dict[str, str],
    reviewer: str,
    report: ImportReport,
) -> None:
    label = article.title or article.id
    try:
        _merge_article(library, article, label, by_sha, reviewer, report)
    except ClaimdeskError as error:  # this article cannot be merged; the others still can
        report.skipped.append(f"article {article.id} ({label}): {error}")


def _merge_article(
    library: ImportLibrary,
    article: InArticle,
    label: str,
    by_sha: dict[str, str],
    reviewer: str,
    report: ImportReport,
) -> None:
    article_id = by_sha.get(article.sha256)
    if article_id is None:
        if not article.text.strip():
            report.skipped.append(
                f"article {article.id} ({label}): its text is empty, so there is nothing to review"
            )
            return
        if _sha256_of(article.text) != article.sha256:
            report.skipped.append(
                f"article {article.id} ({label}): its text does not match its sha256"
            )
            return
        summary, _new = library.add_state(_new_state(article))
        if summary.sha256 != article.sha256:
            report.skipped.append(f"article {article.id} ({label}): ingested under another hash")
            return
        article_id = summary.id
        by_sha[article.sha256] = article_id
        report.articles_added.append(article_id)
    with library.session(article_id, reviewer) as session:
        if session.read_only:
            holder = session.holder or "another process"
            report.skipped.append(f"article {article_id} ({label}): open for writing by {holder}")
            return
        plan = merge_plan(session.state, article, report)
        if plan:
            session.write_state(apply_events(session.state, plan))
            report.events_merged += len(plan)
    if article_id not in report.articles_added:
        report.articles_merged.append(article_id)


def replay_corrections(
    state: ArticleState, article: InArticle, report: ImportReport
) -> tuple[ArticleState, list[Event], dict[int, int]]:
    """The remote corrections not here yet that fit, tried oldest first on a copy.

    Returns the corrected copy (so verdicts on claims a correction made can merge), the
    accepted events with their remote ids, and remote ids of events known here mapped
    to the local ones. A correction whose target is not as it expects here (a claim
    split differently, a source gone) is skipped and reported.
    """
    local_by_key = {event_key(e): e for e in state.events}
    remote: dict[tuple[str, str, str, str, str], Event] = {}
    for claim in article.claims:
        for event in claim.events:
            if event.field in CORRECTION_FIELDS:
                remote.setdefault(event_key(event), event)
    known = {e.id: local_by_key[k].id for k, e in remote.items() if k in local_by_key}
    report.events_present += len(known)
    pending = sorted(
        (e for k, e in remote.items() if k not in local_by_key), key=lambda e: (e.at, e.id)
    )
    accepted: list[Event] = []
    applied: list[Event] = []
    work = state  # changes made, events recorded once at the end (linear in events)
    for event in pending:
        if event.old != event.new:  # an undo that changed nothing is kept for the record
            if not applicable(work, event):
                report.skipped.append(
                    f"article {state.id} {event.claim}: {event.field} by {event.reviewer} "
                    "does not fit the article here, not merged"
                )
                continue
            try:
                work = make_change(work, event)
            except (LibraryError, KeyError, ValueError, TypeError) as error:
                report.skipped.append(f"article {state.id} {event.claim}: {event.field}: {error}")
                continue
            applied.append(event)
        accepted.append(event)
    return replace(work, events=state.events + tuple(applied)), accepted, known


def merge_plan(state: ArticleState, article: InArticle, report: ImportReport) -> list[Event]:
    """The remote events to append to `state`, renumbered, in time order.

    Corrections that fit and verdicts that do not conflict; conflicts and misfits go
    to the report.
    """
    original = state
    state, chosen, id_map = replay_corrections(state, article, report)
    local_by_key = {event_key(e): e for e in state.events}
    for claim in article.claims:
        try:
            local = state.claim(claim.id)
        except KeyError:
            report.skipped.append(f"article {state.id} claim {claim.id}: no such claim here")
            continue
        if local.text != claim.text:
            report.skipped.append(
                f"article {state.id} claim {claim.id}: extracted differently here, not merged"
            )
            continue
        for event in claim.events:
            known = local_by_key.get(event_key(event))
            if known is not None:
                id_map[event.id] = known.id
        chosen.extend(_merge_claim(state, local, claim, report))
    chosen.sort(key=lambda e: (e.at, e.id))
    next_id = max((e.id for e in original.events), default=0) + 1
    plan = []
    for event in chosen:
        id_map[event.id] = next_id
        next_id += 1
    for event in chosen:
        undoes = id_map.get(event.undoes) if event.undoes is not None else None
        plan.append(replace(event, id=id_map[event.id], undoes=undoes))
    return plan


def _merge_claim(
    state: ArticleState, local: ClaimRecord, claim: InClaim, report: ImportReport
) -> list[Event]:
    local_events = state.history(claim.id)
    chosen: list[Event] = []
    for name in dict.fromkeys(e.field for e in claim.events):
        mine = [e for e in local_events if e.field == name]
        theirs = [e for e in claim.events if e.field == name]
        my_keys = {event_key(e) for e in mine}
        their_keys = {event_key(e) for e in theirs}
        if name in CORRECTION_FIELDS:
            continue  # replayed (and counted) by replay_corrections
        remote_new = [e for e in theirs if event_key(e) not in my_keys]
        report.events_present += len(theirs) - len(remote_new)
        if not remote_new:
            continue
        if name not in MERGED_FIELDS:
            report.skipped.append(
                f"article {state.id} claim {claim.id}: {len(remote_new)} change(s) to "
                f"{name!r}, which this claimdesk does not know"
            )
            continue
        local_new = [e for e in mine if event_key(e) not in their_keys]
        # Evidence is a set of items, each added or removed by its own event: both
        # sides' additions belong together, so evidence never conflicts.
        if not local_new or name == EVIDENCE_FIELD:
            chosen.extend(remote_new)
            continue
        local_value = _claim_value(local, name)
        remote_value = claim.values.get(name, remote_new[-1].new)
        if local_value != remote_value:
            report.conflicts.append(
                Conflict(
                    article=state.id,
                    claim=claim.id,
                    field=name,
                    local=local_value,
                    remote=remote_value,
                    remote_reviewer=remote_new[-1].reviewer,
                )
            )
    return chosen


def _claim_value(claim: ClaimRecord, name: str) -> Any:
    if name == EVIDENCE_FIELD:
        return [e.to_json() for e in claim.evidence]
    return getattr(claim, name)
