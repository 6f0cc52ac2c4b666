"""`claimdesk` with no command: the review app on the library.

The library is opened (and on a first run the bundled seed ingested) inside the
app's loading worker, so the first screen paints before any of that work.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the store loads in the app's worker, after the first paint
    import argparse

    from store.records import ArticleSummary


def most_recent(articles: tuple[ArticleSummary, ...]) -> str | None:
    """The article added last (ids break ties so the choice is stable)."""
    if not articles:
        return None
    return max(articles, key=lambda a: (a.added_at, a.id)).id


def run(args: argparse.Namespace) -> int:
    import gc

    # Start-up makes about a million objects that all stay alive (Textual's modules,
    # the stylesheet, the widgets): the collector would walk them again and again for
    # nothing, ~45 ms of the time to the first screen. The app collects once and turns
    # it back on when the article is shown (`ClaimdeskApp.start_collecting`).
    gc.disable()
    from tui.app import ClaimdeskApp

    library_dir = args.library

    def opener():  # runs in the app's worker thread
        from store import Library

        library = Library.open(library_dir)
        library.ensure_seed()
        return library, most_recent(library.articles())

    ClaimdeskApp(opener, args.reviewer).run()
    return 0
