"""Review keys: the work each key causes inside the app, and key-to-screen under Pilot.

    python benchmarks/review_keys.py [--presses 30] [--quick] [--json]

Articles of about 40 and 2,000 claims are built from whole paragraphs of
../shared/corpus/wikinews and ingested into a temporary library. For each article the
app runs under Pilot (`App.run_test`, 120x36) and each key is pressed ~30 times:

- `down`   cursor move in the claims list;
- `c`      mark confirmed, with auto-advance to the next unreviewed claim (a store
           write, durable before the screen shows it);
- `enter`  on the Sources pane: apply the first source's filter (and, every other
           press, drop it again: both are the filter key);
- search   typing "said" then erasing it in the `/` search box, one key at a time.

Two figures per key (medians), each from its own presses:

(a) work: the key is handed to the app's driver as a terminal's key would be, and the
    app is left alone (no test harness in the window) until several frames pass with
    nothing to do. The work is the UI thread's CPU time from the key to the end of the
    last message or refresh it caused, plus the time the store call waited on the disk
    (fsync): the handlers, watchers and store call (each also timed by wrappers
    installed from here, for the breakdown) and the refreshes
    (`Screen._on_timer_update`: layout, compositor, and the terminal encoding that
    `App._display` does in a real terminal, which headless runs skip and this script
    performs). Budget: 16 ms (one frame at 60 Hz). The floor is the same key on the
    bare app below.
(b) key-to-screen: wall time of `await pilot.press(key); await pilot.pause()`. The
    floor is the same key, measured the same way, on a bare Textual app whose focused
    widget is an OptionList of the same claim texts (an Input for the search keys).
    Budget: within 1.2x of the floor.

Nothing in tui/ is changed; the wrappers are installed on the classes at run time.
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import shutil
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import (
    Row,
    article_of,
    emit_json,
    library_with,
    machine,
    median,
    pct,
    table,
    temp_dir,
)

WORK_BUDGET = 0.016
PILOT_BUDGET = 1.2
SIZE = (120, 36)
SEARCH_KEYS = ["s", "a", "i", "d", "backspace", "backspace", "backspace", "backspace"]
clock = time.perf_counter


# -- instrumentation -----------------------------------------------------------


@dataclass
class Meter:
    """Where the UI thread's time went, shared by the wrappers and the select hook."""

    idle: float = 0.0  # seconds spent waiting in select, ever
    last_end: float = 0.0  # when the last piece of measured work ended
    idle_at_end: float = 0.0  # `idle` at that moment
    cpu_at_end: float = 0.0  # this thread's CPU time at that moment
    depth: int = 0
    parts: dict[str, float] = field(default_factory=lambda: defaultdict(float))

    def reset_parts(self) -> None:
        self.parts = defaultdict(float)

    def mark_end(self) -> None:
        self.last_end = clock()
        self.idle_at_end = self.idle
        self.cpu_at_end = time.thread_time()


METER = Meter()


def timed(fn: Callable[..., Any], part: str) -> Callable[..., Any]:
    """A sync function that adds its inclusive CPU time to `part` (outermost to "handlers")."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        METER.depth += 1
        start = time.thread_time()
        try:
            return fn(*args, **kwargs)
        finally:
            spent = time.thread_time() - start
            METER.depth -= 1
            METER.parts[part] += spent
            if METER.depth == 0:
                METER.parts["handlers"] += spent
            METER.mark_end()

    return wrapper


def hook_select() -> None:
    """Count the time the running event loop waits in select as idle."""
    loop = asyncio.get_running_loop()
    selector = loop._selector  # type: ignore[attr-defined]
    if getattr(selector, "_bench_hooked", False):
        return
    original = selector.select

    def select(timeout: float | None = None) -> Any:
        start = clock()
        try:
            return original(timeout)
        finally:
            METER.idle += clock() - start

    selector.select = select
    selector._bench_hooked = True


def install_textual_hooks() -> None:
    """Time the refresh and every dispatched message, on any app (bare or claimdesk)."""
    from textual._compositor import CompositorUpdate
    from textual.app import App
    from textual.message_pump import MessagePump
    from textual.screen import Screen

    on_timer_update = Screen._on_timer_update

    @functools.wraps(on_timer_update)
    def refresh(self: Screen, *args: Any) -> None:
        start = time.thread_time()
        try:
            on_timer_update(self, *args)
        finally:
            METER.parts["refresh"] += time.thread_time() - start
            METER.parts["refreshes"] += 1
            METER.mark_end()

    Screen._on_timer_update = refresh  # type: ignore[method-assign]

    display = App._display

    @functools.wraps(display)
    def encode_and_display(self: App, screen: Screen, renderable: Any) -> None:
        # Headless runs skip turning the update into terminal bytes; a real run does it.
        if self.is_headless and isinstance(renderable, CompositorUpdate):
            renderable.render_segments(self.console)
        display(self, screen, renderable)

    App._display = encode_and_display  # type: ignore[method-assign]

    dispatch = MessagePump._dispatch_message

    @functools.wraps(dispatch)
    async def dispatch_and_note(self: MessagePump, message: Any) -> None:
        try:
            await dispatch(self, message)
        finally:
            METER.mark_end()

    MessagePump._dispatch_message = dispatch_and_note  # type: ignore[method-assign]


def install_claimdesk_hooks() -> None:
    """Wrap the app's handlers, watchers, actions and the store call (breakdown only)."""
    from store.session import ArticleSession
    from tui.screens.main import MainScreen
    from tui.widgets.claims import ClaimList
    from tui.widgets.detail import ClaimDetail
    from tui.widgets.facets import FacetList
    from tui.widgets.search import SearchBar
    from tui.widgets.status import FilterBar, ReviewHeader

    mark = ArticleSession.mark

    @functools.wraps(mark)
    def store_mark(*args: Any, **kwargs: Any) -> Any:
        cpu = time.thread_time()
        start = clock()
        try:
            return mark(*args, **kwargs)
        finally:
            # Waiting on the disk (fsync) is work the key causes but not CPU time.
            METER.parts["store wait"] += (clock() - start) - (time.thread_time() - cpu)

    ArticleSession.mark = timed(store_mark, "store")  # type: ignore[method-assign]
    for cls in (MainScreen, ClaimList, ClaimDetail, FacetList, SearchBar, FilterBar,
                ReviewHeader):
        for name in list(vars(cls)):
            value = vars(cls)[name]
            if name.startswith(("watch_", "action_")) and callable(value):
                setattr(cls, name, timed(value, f"{cls.__name__}.{name}"))
        for handlers in vars(cls).get("_decorated_handlers", {}).values():
            for i, (method, selectors) in enumerate(handlers):
                handlers[i] = (timed(method, f"{cls.__name__}.{method.__name__}"), selectors)
    # Inherited from OptionList: the cursor key itself.
    ClaimList.action_cursor_down = timed(  # type: ignore[method-assign]
        ClaimList.action_cursor_down, "ClaimList.action_cursor_down"
    )


# -- the presses -----------------------------------------------------------------


@dataclass
class Press:
    """One key press timed one way: (a) `work` and `busy`, or (b) `pilot`.

    `work` is the UI thread's CPU time from the key to the end of the last piece of work
    it caused (the last message handled or refresh painted), plus the time the store call
    waited on the disk: what the key costs on an idle machine. `busy` is the wall time
    of that window minus the time spent idle in select: the same, but it also counts
    the time other processes had the CPU.
    """

    work: float = 0.0
    busy: float = 0.0
    pilot: float = 0.0
    parts: dict[str, float] = field(default_factory=dict)


def key_event(key: str) -> Any:
    """The Key event Pilot would send for `key` (same name and character)."""
    import unicodedata

    from textual import events
    from textual.keys import REPLACED_KEYS, _character_to_key, _get_unicode_name_from_key

    if len(key) == 1 and not key.isalnum():
        key = _character_to_key(key)
    original = REPLACED_KEYS.get(key, key)
    try:
        char: str | None = unicodedata.lookup(_get_unicode_name_from_key(original))
    except KeyError:
        char = key if len(key) == 1 else None
    return events.Key(key, char)


async def press_work(app: Any, key: str, quiet: float = 0.06) -> Press:
    """(a): send the key as a terminal would and let the app run undisturbed.

    No test harness runs in the window: the key goes to the driver, then this task only
    sleeps while the app handles it and its screen timer paints, as in a real terminal,
    until no work has happened for `quiet` seconds (several frames).
    """
    METER.reset_parts()
    event = key_event(key)
    event.set_sender(app)
    idle0, cpu0 = METER.idle, time.thread_time()
    start = clock()
    METER.last_end, METER.idle_at_end, METER.cpu_at_end = start, idle0, cpu0
    app._driver.send_message(event)
    await asyncio.sleep(quiet)
    while clock() - METER.last_end < quiet:
        await asyncio.sleep(0.02)
    busy = (METER.last_end - start) - (METER.idle_at_end - idle0)
    work = (METER.cpu_at_end - cpu0) + METER.parts.get("store wait", 0.0)
    return Press(work=work, busy=busy, parts=dict(METER.parts))


async def press_pilot(pilot: Any, key: str) -> Press:
    """(b): key-to-updated-screen under Pilot."""
    start = clock()
    await pilot.press(key)
    await pilot.pause()
    return Press(pilot=clock() - start)


async def press(pilot: Any, key: str, mode: str) -> Press:
    if mode == "work":
        return await press_work(pilot.app, key)
    return await press_pilot(pilot, key)


async def settle(pilot: Any, ready: Callable[[], bool], what: str, timeout: float = 60) -> None:
    deadline = clock() + timeout
    while not ready():
        if clock() > deadline:
            raise SystemExit(f"review_keys: timed out waiting for {what}")
        await pilot.pause(0.02)
    await pilot.pause()


Plan = dict[str, list[Press]]


async def run_claimdesk(library_dir: Path, article_id: str, presses: int, mode: str) -> Plan:
    from store import Library
    from tui.app import ClaimdeskApp
    from tui.widgets.facets import FacetList

    def opener() -> tuple[Library, str]:
        return Library.open(library_dir), article_id

    app = ClaimdeskApp(opener, "bench")
    plan: Plan = defaultdict(list)
    async with app.run_test(size=SIZE) as pilot:
        hook_select()
        main = app.main
        await settle(pilot, lambda: main.state is not None and not main.claims.loading,
                     "the article to load")
        main.search_bar.cursor_blink = False
        claims = main.claims
        claims.focus()
        claims.highlighted = 0
        await pilot.pause()
        for _ in range(presses):
            plan["down"].append(await press(pilot, "down", mode))
        await pilot.press("slash")
        await settle(pilot, lambda: main.search_bar.has_focus, "the search box")
        for i in range(presses):
            plan["search key"].append(await press(pilot, SEARCH_KEYS[i % len(SEARCH_KEYS)], mode))
        await pilot.press("escape")
        await settle(pilot, lambda: claims.has_focus, "the claims list")
        sources = app.screen.query_one("#sources", FacetList)
        sources.focus()
        sources.highlighted = 0
        await pilot.pause()
        for _ in range(presses + presses % 2):  # even: ends with the filter dropped
            plan["source filter"].append(await press(pilot, "enter", mode))
        claims.focus()
        assert main.state is not None
        before = sum(c.status == "confirmed" for c in main.state.claims)
        claims.highlighted = next(
            (i for i, c in enumerate(main.state.claims) if c.status == "unreviewed"), 0
        )
        await pilot.pause()
        for _ in range(presses):
            plan["mark c"].append(await press(pilot, "c", mode))
        marked = sum(c.status == "confirmed" for c in main.state.claims) - before
        if marked != min(presses, len(main.state.claims) - before):
            raise SystemExit(f"review_keys: {marked} claims confirmed after {presses} presses")
    return plan


async def run_bare(texts: list[str], presses: int, mode: str) -> Plan:
    from textual.app import App, ComposeResult
    from textual.widgets import Input, OptionList

    class Bare(App[None]):
        def compose(self) -> ComposeResult:
            yield OptionList(*texts, markup=False)
            yield Input()

    app = Bare()
    plan: Plan = defaultdict(list)
    async with app.run_test(size=SIZE) as pilot:
        hook_select()
        options = app.query_one(OptionList)
        box = app.query_one(Input)
        box.cursor_blink = False
        options.focus()
        options.highlighted = 0
        await pilot.pause()
        for _ in range(presses):
            plan["down"].append(await press(pilot, "down", mode))
        box.focus()
        await pilot.pause()
        for i in range(presses):
            plan["search key"].append(await press(pilot, SEARCH_KEYS[i % len(SEARCH_KEYS)], mode))
        options.focus()
        options.highlighted = 0
        await pilot.pause()
        for _ in range(presses + presses % 2):
            plan["source filter"].append(await press(pilot, "enter", mode))
        for _ in range(presses):
            plan["mark c"].append(await press(pilot, "c", mode))
    return plan


def one_line(text: str, width: int = 110) -> str:
    return " ".join(text.split())[:width]


async def measure(
    presses: int, sizes: list[int], rounds: int
) -> tuple[list[Row], list[str]]:
    install_textual_hooks()
    install_claimdesk_hooks()
    rows: list[Row] = []
    notes: list[str] = []
    base = temp_dir("claimdesk-keys-")
    try:
        for size in sizes:
            text = article_of(size)
            (article_id,) = library_with(base / f"lib{size}", [(f"bench {size} claims", text)])
            from store import Library

            state = Library.open(base / f"lib{size}").load(article_id)
            n = len(state.claims)
            texts = [one_line(c.text) for c in state.claims]
            await run_bare(texts, 2, "pilot")  # warm-up: first-use imports and caches
            desk: dict[str, Plan] = {"work": defaultdict(list), "pilot": defaultdict(list)}
            bare: dict[str, Plan] = {"work": defaultdict(list), "pilot": defaultdict(list)}
            for _ in range(rounds):  # alternate, so a busy moment hits both apps alike
                for mode in ("work", "pilot"):
                    got = await run_claimdesk(base / f"lib{size}", article_id,
                                              presses // rounds, mode)
                    for key, presses_got in got.items():
                        desk[mode][key] += presses_got
                    for key, presses_got in (await run_bare(texts, presses // rounds,
                                                            mode)).items():
                        bare[mode][key] += presses_got
            notes.append(f"\n{n} claims ({len(text.split()):,} words): median ms per key")
            notes.append(
                f"  {'key':<14}{'work':>8}{'p90':>8}{'busy':>8}{'bare work':>10}{'pilot':>8}"
                f"{'bare pilot':>11}  breakdown (median CPU ms, inclusive)"
            )
            for key in ("down", "mark c", "source filter", "search key"):
                d, b = desk["work"][key], bare["work"][key]
                work = median([p.work for p in d])
                pilot = median([p.pilot for p in desk["pilot"][key]])
                bare_work = median([p.work for p in b])
                bare_pilot = median([p.pilot for p in bare["pilot"][key]])
                names = {name for p in d for name in p.parts}
                top = sorted(
                    ((median([p.parts.get(k, 0.0) for p in d]), k) for k in names), reverse=True
                )
                refreshes = median([p.parts.get("refreshes", 0.0) for p in d])
                shown = f"{refreshes:.0f} refreshes; " + ", ".join(
                    f"{k} {v * 1000:.2f}" for v, k in top[:8] if v > 0.00005 and k != "refreshes"
                )
                notes.append(
                    f"  {key:<14}{work * 1000:8.2f}{pct([p.work for p in d], 0.9) * 1000:8.2f}"
                    f"{median([p.busy for p in d]) * 1000:8.2f}"
                    f"{bare_work * 1000:10.2f}{pilot * 1000:8.1f}{bare_pilot * 1000:11.1f}"
                    f"  {shown}"
                )
                rows.append(Row(f"key {key} @{n}: work", work, "s", WORK_BUDGET, "max",
                                bare_work))
                rows.append(Row(f"key {key} @{n}: pilot key-to-screen", pilot, "s",
                                PILOT_BUDGET, "ratio", bare_pilot))
    finally:
        shutil.rmtree(base, ignore_errors=True)
    return rows, notes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--presses", type=int, default=30, help="presses of each key")
    parser.add_argument("--sizes", type=int, nargs="+", default=[40, 2000],
                        help="claims per article")
    parser.add_argument("--rounds", type=int, default=3,
                        help="alternating runs of each app the presses are spread over")
    parser.add_argument("--quick", action="store_true", help="8 presses a key, 2 rounds")
    parser.add_argument("--json", action="store_true", help="end with the rows as JSON")
    args = parser.parse_args(argv)
    rounds = 2 if args.quick else max(args.rounds, 1)
    presses = 8 if args.quick else max(args.presses, 2 * rounds)
    rows, notes = asyncio.run(measure(presses, args.sizes, rounds))
    print(f"review_keys: {presses} presses a key in {rounds} alternating rounds, Pilot at "
          f"{SIZE[0]}x{SIZE[1]}; work budget 16 ms, key-to-screen budget 1.2x the bare app")
    print(f"  on {machine()}")
    print("  work = UI-thread CPU + store disk wait, key to refresh end; busy = the same window"
          " in wall time minus idle (counts other processes' CPU on a loaded machine)")
    print("\n".join(notes))
    print()
    print(table(rows))
    if args.json:
        emit_json(rows)
    return 0 if all(r.met is not False for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
