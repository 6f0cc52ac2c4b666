"""The correction actions of the review screen, as a mixin of `MainScreen`.

Claim corrections act on the highlighted claim (bound on the claims list like the
review keys); source corrections act on the source highlighted in the Sources pane,
or on the highlighted claim's source (picked when it has several). Every write goes
through the screen's `_write`, so it is durable before it shows, and each is one
event in the claim's (or source's) history, undone by `z`. The pickers live in
`tui.screens.corrections`, imported when first used.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from textual.screen import Screen

if TYPE_CHECKING:
    from store import ArticleSession, ClaimView, Library
    from store.records import ArticleState
    from tui.screens.corrections import Picked
    from tui.widgets.claims import ClaimList

#: Claim corrections: disabled, like the review keys, when read-only or no claim is highlighted.
CORRECTION_ACTIONS = frozenset({
    "correct", "set_source", "add_source", "remove_source", "add_country", "remove_country",
    "toggle_hidden", "split_claim", "merge_next",
})

#: The correction menu: (action, label), each label with its key from the keymap.
MENU: tuple[str, ...] = (
    "set_source", "add_source", "remove_source", "add_country", "remove_country",
    "toggle_hidden", "split_claim", "merge_next", "rename_source", "merge_source", "source_kind",
)


class CorrectionActions(Screen[None]):
    """Corrections to the extraction; the screen provides state, session and `_write`."""

    if TYPE_CHECKING:
        session: ArticleSession | None
        library: Library | None
        reviewer: str
        state: ArticleState | None
        view: ClaimView | None
        claim_id: str | None

        @property
        def claims(self) -> ClaimList: ...

        @property
        def _target(self) -> str | None: ...

        def _write(self, change: Callable[[ArticleSession], ArticleState], what: str) -> bool: ...

        def load(self, article_id: str | None = None) -> Any: ...

        def action_clear_filters(self) -> None: ...

    #: A claim to highlight once the article it is in has loaded (from the library view).
    _pending_claim: tuple[str, str] | None = None

    # -- helpers ---------------------------------------------------------------------

    def _claim_and_state(self) -> tuple[str, ArticleState] | None:
        claim_id = self._target
        if claim_id is None or self.state is None:
            return None
        if self.session is not None and self.session.read_only:
            self.notify("This article is read-only: corrections are disabled.",
                        severity="warning")
            return None
        return claim_id, self.state

    def _pick(self, title: str, subject: str, choices: Any, done: Callable[[Picked], None],
              **options: Any) -> None:
        from tui.screens.corrections import ChoicePicker

        def chosen(picked: Picked | None) -> None:
            if picked is not None:
                done(picked)

        self.app.push_screen(ChoicePicker(title, subject, choices, **options), chosen)

    def _source_choices(self, state: ArticleState, first: tuple[str, ...] = ()) -> list[
            tuple[str, str]]:
        """The article's sources as (id, "name (kind)"), the given ones first."""
        ordered = [s for s in state.sources if s.id in first]
        ordered += [s for s in state.sources if s.id not in first]
        return [(s.id, f"{s.name}  ({s.kind}, {s.id})") for s in ordered]

    # -- the menu --------------------------------------------------------------------

    def action_correct(self) -> None:
        target = self._claim_and_state()
        if target is None:
            return
        from tui.keymap import BY_ID

        claim_id, state = target
        choices = []
        for name in MENU:
            command = BY_ID[name]
            choices.append((name, f"{command.label}  ({command.key_display or command.key})"))
        self._pick(f"Correct {claim_id}", state.claim(claim_id).text, choices,
                   lambda picked: getattr(self, f"action_{picked.value}")(),
                   placeholder="Type to filter the corrections")

    # -- sources of a claim ------------------------------------------------------------

    def _source_change(self, verb: str, replace: bool) -> None:
        target = self._claim_and_state()
        if target is None:
            return
        claim_id, state = target
        claim = state.claim(claim_id)

        def done(picked: Picked) -> None:
            source_id, name = picked.value, None if picked.value else picked.text
            if replace:
                self._write(lambda s: s.set_source(claim_id, source_id, name), "Source")
            else:
                self._write(lambda s: s.add_source(claim_id, source_id, name), "Source")

        self._pick(f"{verb} {claim_id}", claim.text, self._source_choices(state, claim.sources),
                   done, new="New source “{}”", placeholder="Type a source's name")

    def action_set_source(self) -> None:
        self._source_change("Reassign the source of", replace=True)

    def action_add_source(self) -> None:
        self._source_change("Add a source to", replace=False)

    def action_remove_source(self) -> None:
        target = self._claim_and_state()
        if target is None:
            return
        claim_id, state = target
        claim = state.claim(claim_id)
        choices = [c for c in self._source_choices(state) if c[0] in claim.sources]
        if not choices:
            self.notify(f"{claim_id} has no source to remove.", severity="warning")
            return

        def done(picked: Picked) -> None:
            source_id = picked.value or ""
            self._write(lambda s: s.remove_source(claim_id, source_id), "Source")

        self._pick(f"Remove a source from {claim_id}", claim.text, choices, done)

    # -- countries ---------------------------------------------------------------------

    def action_add_country(self) -> None:
        target = self._claim_and_state()
        if target is None:
            return
        from store.corrections import country_choices

        claim_id, state = target

        def lookup(typed: str) -> list[tuple[str, str]]:
            return [(code, f"{name} ({code})") for code, name in country_choices(typed)]

        def done(picked: Picked) -> None:
            code = picked.value or ""
            self._write(lambda s: s.add_country(claim_id, code), "Country")

        self._pick(f"Add a country to {claim_id}", state.claim(claim_id).text, lookup, done,
                   placeholder="Type a country's name or code",
                   empty="Type a few letters of a country's name.")

    def action_remove_country(self) -> None:
        target = self._claim_and_state()
        if target is None:
            return
        claim_id, state = target
        claim = state.claim(claim_id)
        if not claim.countries:
            self.notify(f"{claim_id} names no country.", severity="warning")
            return
        choices = []
        for code in claim.countries:
            country = state.country(code)
            choices.append((code, f"{country.name if country else code} ({code})"))

        def done(picked: Picked) -> None:
            code = picked.value or ""
            self._write(lambda s: s.remove_country(claim_id, code), "Country")

        self._pick(f"Remove a country from {claim_id}", claim.text, choices, done)

    # -- not a claim, split, merge -----------------------------------------------------

    def action_toggle_hidden(self) -> None:
        target = self._claim_and_state()
        if target is None:
            return
        claim_id, state = target
        hidden = not state.claim(claim_id).hidden
        if self._write(lambda s: s.set_hidden(claim_id, hidden), "Not a claim"):
            self.notify(f"{claim_id} is marked “not a claim”: out of progress (h again undoes)."
                        if hidden else f"{claim_id} is a claim again.")

    def action_split_claim(self) -> None:
        target = self._claim_and_state()
        if target is None:
            return
        from tui.screens.corrections import SplitDialog

        claim_id, state = target

        def done(offset: int | None) -> None:
            if offset is not None and self._write(
                lambda s: s.split_claim(claim_id, offset), "Split"
            ):
                self.claim_id = claim_id

        self.app.push_screen(SplitDialog(claim_id, state.claim(claim_id).text), done)

    def action_merge_next(self) -> None:
        target = self._claim_and_state()
        if target is None:
            return
        claim_id, _state = target
        if self._write(lambda s: s.merge_with_next(claim_id), "Merge"):
            self.claim_id = claim_id

    # -- sources of the article ----------------------------------------------------------

    def _with_source(self, verb: str, act: Callable[[str, ArticleState], None]) -> None:
        """Run `act` on the source in the Sources pane (if focused), or the claim's source."""
        state = self.state
        if state is None or self.session is None:
            return
        if self.session.read_only:
            self.notify("This article is read-only: corrections are disabled.",
                        severity="warning")
            return
        from textual.widgets import OptionList

        focused = self.focused
        if isinstance(focused, OptionList) and focused.id == "sources":
            index = focused.highlighted
            if index is not None:
                option_id = focused.get_option_at_index(index).id
                if option_id is not None:
                    act(option_id, state)
                    return
        claim_id = self._target
        own = state.claim(claim_id).sources if claim_id is not None else ()
        if len(own) == 1:
            act(own[0], state)
            return
        if not state.sources:
            self.notify("This article has no sources.", severity="warning")
            return
        self._pick(f"{verb}: which source?", "", self._source_choices(state, own),
                   lambda picked: act(picked.value or "", state))

    def action_rename_source(self) -> None:
        def act(source_id: str, state: ArticleState) -> None:
            from tui.screens.corrections import NameDialog

            def done(name: str | None) -> None:
                if name is not None:
                    self._write(lambda s: s.rename_source(source_id, name), "Rename")

            self.app.push_screen(NameDialog(f"Rename source {source_id}",
                                            state.source(source_id).name), done)

        self._with_source("Rename", act)

    def action_merge_source(self) -> None:
        def act(source_id: str, state: ArticleState) -> None:
            others = [c for c in self._source_choices(state) if c[0] != source_id]
            if not others:
                self.notify("There is no other source to merge it into.", severity="warning")
                return
            name = state.source(source_id).name

            def done(picked: Picked) -> None:
                keep = picked.value or ""
                if self._write(lambda s: s.merge_sources(keep, source_id), "Merge sources"):
                    if self.view is not None and self.view.source == source_id:
                        self.view = self.view.by_source(keep)  # the filter follows the claims
                    self.notify(f"{name} merged into {picked.text.split('  (')[0]}.")

            self._pick(f"Merge “{name}” into", "Its claims, quotes and names move there.",
                       others, done)

        self._with_source("Merge", act)

    def action_source_kind(self) -> None:
        from extract.model import SOURCE_KINDS

        def act(source_id: str, state: ArticleState) -> None:
            source = state.source(source_id)
            kinds = [(k, k + ("  (now)" if k == source.kind else "")) for k in SOURCE_KINDS]

            def done(picked: Picked) -> None:
                kind = picked.value or ""
                self._write(lambda s: s.set_source_kind(source_id, kind), "Source kind")

            self._pick(f"Kind of “{source.name}”", "", kinds, done)

        self._with_source("Set the kind", act)

    # -- the library ---------------------------------------------------------------------

    def _open_library(self, search: bool) -> None:
        if self.library is None:
            return
        from tui.screens.library_sources import LibrarySourcesScreen

        self.app.push_screen(
            LibrarySourcesScreen(self.library, self.reviewer, search=search), self.open_claim
        )

    def action_library_sources(self) -> None:
        self._open_library(search=False)

    def action_library_search(self) -> None:
        self._open_library(search=True)

    def open_claim(self, target: tuple[str, str] | None) -> None:
        """Show a claim of any article in place: the article-switch path, then highlight it."""
        if target is None:
            return
        article_id, claim_id = target
        if self.state is not None and self.state.id == article_id:
            if self.view is not None and claim_id not in {c.id for c in self.view.claims}:
                self.action_clear_filters()  # a filter (or a search) hides it
            self.claim_id = claim_id
            self.claims.focus()
            return
        self._pending_claim = target
        self.claims.loading = True
        self.load(article_id)

    def watch_view(self, view: ClaimView | None) -> None:
        pending = self._pending_claim
        if pending is not None and view is not None and view.state.id == pending[0]:
            self._pending_claim = None
            self.claim_id = pending[1]
