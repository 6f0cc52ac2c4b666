"""The app's own command line (`claimdesk [--library DIR] [--reviewer NAME]`) is read
without argparse; it must mean exactly what the full parser says it means."""

from __future__ import annotations

import pytest

from tui.cli import app_arguments, build_parser

SAME_AS_ARGPARSE = [
    [],
    ["--library", "/tmp/lib"],
    ["--library=/tmp/lib"],
    ["--reviewer", "ana"],
    ["--reviewer=ana", "--library", "lib dir with spaces"],
    ["--library", "a", "--library", "b"],  # the last one wins, as in argparse
    ["--library="],
]

LEFT_TO_ARGPARSE = [
    ["--help"],
    ["-h"],
    ["list"],
    ["--library", "lib", "list"],
    ["--library"],  # a missing value: argparse says so
    ["--library", "--reviewer", "ana"],
    ["--lib", "x"],  # an abbreviation: argparse decides
    ["--verbose"],
]


@pytest.mark.parametrize("argv", SAME_AS_ARGPARSE, ids=str)
def test_app_arguments_mean_what_the_full_parser_says(argv: list[str]) -> None:
    fast = app_arguments(argv)
    assert fast is not None
    full = build_parser().parse_args(argv)
    assert (fast.command, fast.library, fast.reviewer) == (
        full.command,
        full.library,
        full.reviewer,
    )


@pytest.mark.parametrize("argv", LEFT_TO_ARGPARSE, ids=str)
def test_anything_else_goes_to_the_full_parser(argv: list[str]) -> None:
    assert app_arguments(argv) is None


def test_a_missing_value_is_a_usage_error_not_the_app(capsys: pytest.CaptureFixture[str]) -> None:
    from tui.cli import main

    with pytest.raises(SystemExit) as stop:
        main(["--library"])
    assert stop.value.code == 2
    assert "expected one argument" in capsys.readouterr().err


@pytest.mark.parametrize("columns", ["50", "120"])
def test_help_reads_as_argparse_would_write_it(
    columns: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The help formatter is told the terminal width (to skip importing shutil): the
    text must be what argparse's own formatter makes at that width."""
    import argparse

    import tui.cli as cli

    monkeypatch.setenv("COLUMNS", columns)
    ours = cli.build_parser()
    monkeypatch.setattr(cli, "_formatter_class", lambda: argparse.HelpFormatter)
    stock = cli.build_parser()
    assert ours.format_help() == stock.format_help()
    sub_ours = ours._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    sub_stock = stock._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    for name in ("extract", "export", "mark"):
        assert sub_ours[name].format_help() == sub_stock[name].format_help()
    assert max(len(line) for line in ours.format_help().splitlines()) <= int(columns)
