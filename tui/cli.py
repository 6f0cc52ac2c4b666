"""The `claimdesk` command line.

Parsing only: each subcommand lives in `tui.commands.<name>` and is imported when
it runs, so `claimdesk --help` and the headless commands never import Textual.
A `ClaimdeskError` becomes one line on stderr and a non-zero exit.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Sequence
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from extract.errors import ClaimdeskError

if TYPE_CHECKING:
    import argparse

STATUSES = ("unreviewed", "confirmed", "unconfirmed", "denied")


def _add_globals(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    """--library/--reviewer, accepted before or after the subcommand."""
    import argparse

    default = argparse.SUPPRESS if suppress else None
    parser.add_argument(
        "--library",
        metavar="DIR",
        default=default,
        help="library directory (env CLAIMDESK_HOME; default: the platform's user data dir)",
    )
    parser.add_argument(
        "--reviewer",
        metavar="NAME",
        default=default,
        help="who is reviewing (env CLAIMDESK_REVIEWER; default: the login name)",
    )


def _format(parser: argparse.ArgumentParser, *choices: str) -> None:
    parser.add_argument("--format", choices=choices, default=choices[0])


def _terminal_width() -> int:
    """What `shutil.get_terminal_size` answers (COLUMNS, else the terminal, else 80)."""
    try:
        columns = int(os.environ.get("COLUMNS", "0"))
    except ValueError:
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


def _formatter_class() -> type[argparse.HelpFormatter]:
    """argparse's help formatter, told the width instead of finding it.

    Left to itself it imports shutil (and with it bz2, lzma and more) for every
    command's first parser: ~10 ms of `claimdesk extract`'s start, for a help text
    that is not printed."""
    import argparse

    class Formatter(argparse.HelpFormatter):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            if len(args) < 4 and kwargs.get("width") is None:
                kwargs["width"] = _terminal_width() - 2
            super().__init__(*args, **kwargs)

    return Formatter


def build_parser() -> argparse.ArgumentParser:
    """The whole command line, declared once."""
    import argparse

    formatter = _formatter_class()
    parser = argparse.ArgumentParser(
        formatter_class=formatter,
        prog="claimdesk",
        description="A terminal claim explorer for journalists.",
        epilog="Run without a command to open the review app on the library.",
    )
    _add_globals(parser, suppress=False)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text,
                           formatter_class=formatter)
        _add_globals(p, suppress=True)
        return p

    p = command("open", "ingest FILEs (if new) and open the app on the first one")
    p.add_argument("files", nargs="+", metavar="FILE")

    p = command("add", "ingest FILEs into the library and print what was found")
    p.add_argument("files", nargs="+", metavar="FILE")

    p = command("extract", "print what claimdesk finds in FILE (or - for stdin); stores nothing")
    p.add_argument("file", metavar="FILE|-")
    _format(p, "json", "text")

    p = command("list", "articles in the library with their review progress")
    _format(p, "text", "json")

    p = command("claims", "an article's claims with ids, status and sources")
    p.add_argument("article", metavar="ARTICLE", help="article id, id prefix or ingested path")
    _format(p, "text", "json")

    p = command("mark", "set a claim's status (prints 'saved' once it is durable)")
    p.add_argument("article", metavar="ARTICLE")
    p.add_argument("claim", metavar="CLAIM", help="claim id (c1) or index")
    p.add_argument("status", choices=STATUSES, metavar="STATUS", help=" | ".join(STATUSES))
    p.add_argument("--note", metavar="TEXT")
    p.add_argument("--evidence", metavar="URL_OR_TEXT", action="append")

    p = command("undo", "revert this reviewer's latest change on ARTICLE")
    p.add_argument("article", metavar="ARTICLE")

    p = command("export", "write reviewed claims as JSON, JSON lines or ClaimReview")
    _format(p, "json", "jsonl", "claimreview")
    p.add_argument("-o", "--output", metavar="PATH|-", default="-")
    p.add_argument("--force", action="store_true", help="overwrite an existing output file")
    p.add_argument("--article", action="append", metavar="ARTICLE")
    p.add_argument("--status", action="append", choices=STATUSES)
    p.add_argument("--source", action="append", metavar="NAME")
    p.add_argument("--country", action="append", metavar="CODE")
    p.add_argument("--query", metavar="TEXT")
    p.add_argument(
        "--include-unconfirmed",
        action="store_true",
        help="claimreview: also unconfirmed and unreviewed claims",
    )

    p = command("import", "merge a colleague's export into the library")
    p.add_argument("file", metavar="FILE")

    p = command("sources", "sources across the library with their track record")
    _format(p, "text", "json")
    p.add_argument("--sort", choices=("claims", "denied"), default="claims")

    return parser


GLOBALS = ("--library", "--reviewer")


def app_arguments(argv: Sequence[str]) -> SimpleNamespace | None:
    """`claimdesk [--library DIR] [--reviewer NAME]`, read without argparse.

    Opening the app is the common call and the one whose start-up a reviewer waits
    for: importing argparse and declaring every subcommand cost ~25 ms of it. Anything
    else (a command, --help, a typo) returns None and goes through the full parser,
    which also gives the usage errors.
    """
    values: dict[str, str | None] = {"library": None, "reviewer": None}
    rest = list(argv)
    while rest:
        name, equals, value = rest.pop(0).partition("=")
        if name not in GLOBALS:
            return None
        if not equals:
            if not rest or rest[0].startswith("-"):
                return None
            value = rest.pop(0)
        values[name[2:]] = value
    return SimpleNamespace(command=None, **values)


def resolve_globals(args: argparse.Namespace | SimpleNamespace) -> None:
    """Fill --library/--reviewer from the environment, as DESIGN.md says."""
    if not getattr(args, "library", None):
        args.library = os.environ.get("CLAIMDESK_HOME") or None
    if not getattr(args, "reviewer", None):
        args.reviewer = os.environ.get("CLAIMDESK_REVIEWER") or _login_name()


def _login_name() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "reviewer"


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `claimdesk` console script."""
    if argv is None:
        argv = sys.argv[1:]
    args = app_arguments(argv) or build_parser().parse_args(argv)
    resolve_globals(args)
    name = args.command or "app"
    module = importlib.import_module(f"tui.commands.{name.replace('-', '_')}_cmd")
    try:
        return int(module.run(args) or 0)
    except ClaimdeskError as error:
        print(f"claimdesk: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # Output piped into `head` and the like: not an error the user made.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except OSError as error:
        where = error.filename or "no file"
        print(f"claimdesk: {error.strerror or error} ({where})", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
