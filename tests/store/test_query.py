"""ClaimView filters and the facet counts, over a plain ArticleState (no disk)."""

from __future__ import annotations

import dataclasses

import pytest
from builders import build_extraction, long_article
from hypothesis import given
from hypothesis import strategies as st

from store import ClaimView, country_counts, next_unreviewed, quote_counts, source_counts
from store.records import STATUSES, ArticleState, fold


@pytest.fixture
def state() -> ArticleState:
    return ArticleState.from_extraction(build_extraction())


def ids(view: ClaimView) -> list[str]:
    return [c.id for c in view.claims]


def marked(state: ArticleState, **statuses: str) -> ArticleState:
    claims = tuple(
        dataclasses.replace(c, status=statuses.get(c.id, c.status)) for c in state.claims
    )
    return dataclasses.replace(state, claims=claims)


def test_unfiltered_view_is_every_claim_in_article_order(state: ArticleState) -> None:
    view = ClaimView(state)
    assert ids(view) == ["c1", "c2", "c3", "c4", "c5"]
    assert not view.filtered and view.describe() == "all claims"


def test_each_filter(state: ArticleState) -> None:
    view = ClaimView(state)
    assert ids(view.by_source("s2")) == ["c2"]
    assert ids(view.by_country("xk")) == ["c1"]
    assert ids(view.by_quote("q1")) == ["c4"]
    assert ids(ClaimView(marked(state, c3="denied")).with_status("denied")) == ["c3"]
    assert ids(view.with_status("unreviewed")) == ["c1", "c2", "c3", "c4", "c5"]


def test_search_ignores_case_and_accents(state: ArticleState) -> None:
    view = ClaimView(state)
    assert ids(view.matching("NEPSZAVA")) == ["c4"]
    assert ids(view.matching("népszava")) == ["c4"]
    assert ids(view.matching("  waiting ROOM ")) == ["c4"]
    assert ids(view.matching("no such words")) == []
    assert ids(view.matching("")) == ids(view)


def test_filters_combine_and_describe_themselves(state: ArticleState) -> None:
    view = ClaimView(marked(state, c2="denied", c4="denied"))
    combined = view.with_status("denied").by_source("s2")
    assert ids(combined) == ["c2"]
    assert combined.filtered
    assert combined.describe() == "source: Bloomberg · status: denied"
    searched = view.by_country("CU").matching("deportees").by_quote(None)
    assert ids(searched) == ["c2"]
    assert searched.describe() == "country: Cuba · search: “deportees”"
    assert "quote: “We are not a waiting room,”" in view.by_quote("q1").describe()
    assert ids(combined.by_source(None)) == ["c2", "c4"]  # None drops only that filter
    assert ids(combined.cleared()) == ids(view) and not combined.cleared().filtered


def test_with_state_keeps_the_filters_over_the_new_state(state: ArticleState) -> None:
    view = ClaimView(state).with_status("unreviewed").matching("the")
    after = view.with_state(marked(state, c1="confirmed"))
    assert "c1" in ids(view) and "c1" not in ids(after)
    assert after.describe() == view.describe()


def test_views_are_immutable_and_hashable(state: ArticleState) -> None:
    view = ClaimView(state)
    narrowed = view.by_source("s1")
    assert view.source is None and narrowed.source == "s1"
    with pytest.raises(dataclasses.FrozenInstanceError):
        view.source = "s2"  # type: ignore[misc]
    assert len({view, narrowed, view.by_source("s1")}) == 2


def test_counts_for_the_facet_panes(state: ArticleState) -> None:
    assert source_counts(state) == {"s1": 1, "s2": 1, "s3": 1}
    assert country_counts(state) == {"XK": 1, "CU": 1, "RS": 1, "US": 1}
    assert quote_counts(state) == {"q1": 1}


def test_next_unreviewed_moves_on_wraps_and_skips_hidden(state: ArticleState) -> None:
    state = marked(state, c2="denied")
    hidden = dataclasses.replace(state.claims[3], hidden=True)
    state = dataclasses.replace(state, claims=(*state.claims[:3], hidden, state.claims[4]))
    view = ClaimView(state)
    assert next_unreviewed(view, None) == "c1"
    assert next_unreviewed(view, "c1") == "c3"
    assert next_unreviewed(view, "c3") == "c5"
    assert next_unreviewed(view, "c5") == "c1"  # wraps round


def test_next_unreviewed_after_a_claim_that_left_the_view(state: ArticleState) -> None:
    view = ClaimView(marked(state, c2="confirmed")).with_status("unreviewed")
    assert next_unreviewed(view, "c2") == "c3"
    assert (
        next_unreviewed(
            ClaimView(
                marked(state, c1="denied", c2="denied", c3="denied", c4="denied", c5="denied")
            ),
            "c2",
        )
        is None
    )


def test_the_only_unreviewed_claim_is_not_its_own_next(state: ArticleState) -> None:
    state = marked(state, c1="denied", c2="denied", c4="denied", c5="denied")
    assert next_unreviewed(ClaimView(state), "c3") is None
    assert next_unreviewed(ClaimView(state), "c4") == "c3"


def test_search_works_on_a_2000_claim_article() -> None:
    big = ArticleState.from_extraction(build_extraction(long_article(2000)))
    assert len(big.claims) == 2000
    view = ClaimView(big)
    assert len(view.matching("nepszava").claims) == len(view.matching("NÉPSZAVA").claims) > 0
    assert len(view.matching("report 0-1999 ").claims) == 1


@given(
    source=st.sampled_from((None, "s1", "s2", "s3", "s9")),
    country=st.sampled_from((None, "XK", "CU", "RS", "US", "FR")),
    quote=st.sampled_from((None, "q1")),
    status=st.sampled_from((None, *STATUSES)),
    query=st.sampled_from(("", "the", "NÉP", "cuba", "said", "x")),
    verdicts=st.lists(st.sampled_from(STATUSES), min_size=5, max_size=5),
)
def test_any_combination_of_filters_is_the_conjunction_of_each(
    source: str | None,
    country: str | None,
    quote: str | None,
    status: str | None,
    query: str,
    verdicts: list[str],
) -> None:
    base = ArticleState.from_extraction(build_extraction())
    state = marked(base, **{f"c{i + 1}": v for i, v in enumerate(verdicts)})
    view = (
        ClaimView(state).by_source(source).by_country(country).by_quote(quote)
        .with_status(status).matching(query)
    )  # fmt: skip
    expected = [
        c.id
        for c in state.claims
        if (source is None or source in c.sources)
        and (country is None or country in c.countries)
        and (quote is None or quote in c.quotes)
        and (status is None or c.status == status)
        and fold(query) in fold(c.text)
    ]
    assert ids(view) == expected
    assert view.filtered == any((source, country, quote, status, query))
