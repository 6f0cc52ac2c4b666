"""Export a review as `claimdesk.export/1` JSON, JSON lines or ClaimReview, and import it back.

- `common`: format constants, errors, `ExportFilter` (which claims an export holds);
- `export`: rendering (JSON, JSON lines, ClaimReview) and `write_export`;
- `validate`: reading and checking an export file before anything is written;
- `importer`: merging a checked export into a library, event by event.
"""

from __future__ import annotations

from store.exchange.common import (
    FORMATS,
    SCHEMA,
    ExchangeError,
    ExportFilter,
    ImportRejected,
    OutputExistsError,
)
from store.exchange.export import (
    article_json,
    as_of,
    claim_json,
    claim_review,
    export_document,
    render_export,
    render_states,
    selected_states,
    write_export,
)
from store.exchange.importer import (
    Conflict,
    ImportReport,
    apply_events,
    event_key,
    import_file,
    merge_plan,
)
from store.exchange.validate import parse_export, read_export_bytes

__all__ = [
    "FORMATS",
    "SCHEMA",
    "Conflict",
    "ExchangeError",
    "ExportFilter",
    "ImportRejected",
    "ImportReport",
    "OutputExistsError",
    "apply_events",
    "article_json",
    "as_of",
    "claim_json",
    "claim_review",
    "event_key",
    "export_document",
    "import_file",
    "merge_plan",
    "parse_export",
    "read_export_bytes",
    "render_export",
    "render_states",
    "selected_states",
    "write_export",
]
