"""`claimdesk undo ARTICLE`: revert this reviewer's latest change on the article.

Repeatable (each run walks one change further back) and recorded as an event, so
the history shows it. Exit 1 with a message when there is nothing left to undo,
so `while claimdesk undo X; do :; done` stops. Headless.
"""

from __future__ import annotations

import argparse
import json
import sys

from store.session import superseded
from tui.commands.claims_cmd import open_library, writable_session
from tui.commands.output import clean, shorten


def _show(value: object) -> str:
    if isinstance(value, dict) and "text" in value:
        return shorten(clean(str(value["text"])), 60)
    if isinstance(value, str):
        return json.dumps(shorten(clean(value), 60), ensure_ascii=False) if value else '""'
    return json.dumps(value)


def run(args: argparse.Namespace) -> int:
    lib = open_library(args)
    article_id = lib.resolve(args.article)
    with writable_session(lib, article_id, args.reviewer) as session:
        _, event = session.undo()
    if event is None:
        print(
            f"claimdesk: nothing to undo for {args.reviewer} on article {article_id}",
            file=sys.stderr,
        )
        return 1
    if superseded(event):
        change = (
            f"{event.field} left as {_show(event.new)}: someone else changed it after you, "
            "so only your change was dropped from the undo list"
        )
    elif event.field == "evidence":
        change = f"evidence removed: {_show(event.old)}"
    else:
        change = f"{event.field} {_show(event.old)} -> {_show(event.new)}"
    print(f"undone: {event.claim} {change} in article {article_id}")
    return 0
