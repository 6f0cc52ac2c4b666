"""End-to-end: the installed `claimdesk` in a real terminal (tmux), keys in, screen out.

Each test runs its own tmux server (a private socket) and library in tmp_path, and
polls the captured screen until the expected text appears, so it is as fast as the
app and robust to a slow machine.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

TIMEOUT = 30.0
SIZE = ("120", "36")


def claimdesk() -> str:
    """The console script installed in the same environment as the tests."""
    found = shutil.which("claimdesk", path=str(Path(sys.executable).parent))
    assert found, f"claimdesk is not installed beside {sys.executable}"
    return found


class Terminal:
    """One private tmux server: start the app, send keys, read the screen."""

    def __init__(self, library: Path) -> None:
        assert shutil.which("tmux"), "tmux is needed for the end-to-end tests (.ci/run installs it)"
        self.socket = f"claimdesk-e2e-{uuid.uuid4().hex[:8]}"
        self.library = library
        self.env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "TMUX")}
        self.env["TERM"] = "xterm-256color"

    def tmux(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["tmux", "-L", self.socket, *args],
            capture_output=True, text=True, check=check, env=self.env, timeout=TIMEOUT,
        )

    def start(self, name: str, reviewer: str = "e2e") -> None:
        command = f"{claimdesk()} --library {self.library} --reviewer {reviewer}"
        self.tmux("new-session", "-d", "-s", name, "-x", SIZE[0], "-y", SIZE[1], command)

    def keys(self, name: str, *keys: str) -> None:
        self.tmux("send-keys", "-t", name, *keys)

    def type(self, name: str, text: str) -> None:
        self.tmux("send-keys", "-t", name, "-l", text)

    def screen(self, name: str) -> str:
        return self.tmux("capture-pane", "-p", "-t", name, check=False).stdout

    def wait_for(self, name: str, test: Callable[[str], object], what: str) -> str:
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline:
            shown = self.screen(name)
            if test(shown):
                return shown
            time.sleep(0.05)
        raise AssertionError(f"timed out waiting for {what}; the screen was:\n{self.screen(name)}")

    def wait_text(self, name: str, text: str) -> str:
        return self.wait_for(name, lambda s: text in s, repr(text))

    def wait_closed(self, name: str) -> None:
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline:
            if self.tmux("has-session", "-t", name, check=False).returncode != 0:
                return
            time.sleep(0.05)
        raise AssertionError(f"{name} did not quit; the screen was:\n{self.screen(name)}")

    def close(self) -> None:
        self.tmux("kill-server", check=False)


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[Terminal]:
    term = Terminal(tmp_path / "library")
    try:
        yield term
    finally:
        term.close()


PROGRESS = re.compile(r"(\d+)/(\d+) reviewed")


def reviewed(screen: str) -> int | None:
    match = PROGRESS.search(screen)
    return int(match.group(1)) if match else None


def test_review_quit_reopen_and_export(terminal: Terminal, tmp_path: Path) -> None:
    terminal.start("first")
    terminal.wait_for("first", lambda s: reviewed(s) == 0, "the seed article")
    # Three marks, each waited for: auto-advance moves down after each one.
    for count, key in enumerate(("c", "d", "u"), start=1):
        terminal.keys("first", key)
        terminal.wait_for("first", lambda s, n=count: reviewed(s) == n, f"{count} reviewed")
    terminal.keys("first", "n")
    terminal.wait_text("first", "Note on c4")
    terminal.type("first", "Rang [bold]twice[/]")
    terminal.keys("first", "C-s")
    terminal.wait_text("first", "Note: Rang [bold]twice[/]")
    terminal.keys("first", "q")
    terminal.wait_closed("first")

    terminal.start("again")
    shown = terminal.wait_for("again", lambda s: reviewed(s) == 3, "the marks after reopening")
    assert "│✓ " in shown and "│✗ " in shown and "│? " in shown
    assert "✓ 1" in shown and "✗ 1" in shown and "? 1" in shown
    terminal.keys("again", "j", "j", "j")
    terminal.wait_text("again", "Note: Rang [bold]twice[/]")
    terminal.keys("again", "q")
    terminal.wait_closed("again")

    exported = subprocess.run(
        [claimdesk(), "--library", str(terminal.library), "export", "--format", "json"],
        capture_output=True, text=True, check=True, timeout=TIMEOUT,
    )
    document = json.loads(exported.stdout)
    claims = {c["id"]: c for a in document["articles"] for c in a["claims"]}
    assert [claims[c]["status"] for c in ("c1", "c2", "c3")] == [
        "confirmed", "denied", "unconfirmed"
    ]
    assert claims["c4"]["note"] == "Rang [bold]twice[/]"


def test_a_second_app_on_the_same_article_is_read_only(terminal: Terminal) -> None:
    terminal.start("writer", reviewer="alice")
    terminal.wait_for("writer", lambda s: reviewed(s) == 0, "the first app")
    terminal.start("reader", reviewer="bob")
    shown = terminal.wait_text("reader", "READ-ONLY")
    assert "alice" in shown
    terminal.keys("reader", "c")
    time.sleep(0.3)
    assert reviewed(terminal.screen("reader")) == 0
    terminal.keys("writer", "c")
    terminal.wait_for("writer", lambda s: reviewed(s) == 1, "the writer's mark")


def test_open_a_file_with_markup_and_escapes_shows_them_literally(
    terminal: Terminal, tmp_path: Path
) -> None:
    article = tmp_path / "tricky.txt"
    article.write_text(
        "The ministry said [bold]nothing[/bold] was agreed, officials said.\n"
        "A spokesman said a [@click=app.quit]link[/] and \x1b[31mred\x1b[0m were sent.\n",
        encoding="utf-8",
    )
    command = f"{claimdesk()} --library {terminal.library} --reviewer e2e open {article}"
    terminal.tmux("new-session", "-d", "-s", "open", "-x", "200", "-y", SIZE[1], command)
    shown = terminal.wait_text("open", "tricky.txt")
    terminal.wait_for("open", lambda s: reviewed(s) == 0, "the opened article")
    shown = terminal.wait_text("open", "[bold]nothing[/bold]")
    terminal.keys("open", "j")
    shown = terminal.wait_text("open", "Detail c2")
    shown = terminal.wait_text("open", "␛[31mred␛[0m were")  # in the detail: the whole claim
    assert "[@click=app.quit]link[/]" in shown and "\x1b" not in shown
    # The "[@click=app.quit]" did not become an action: the app still reviews.
    terminal.keys("open", "c")
    terminal.wait_for("open", lambda s: reviewed(s) == 1, "a mark on the opened article")
