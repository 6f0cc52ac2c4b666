"""Attribution: who each sentence attributes its content to, and who speaks each quote.

Every text here is written for the test (no article text): the behaviour a reviewer sees
in the Sources pane and on each claim.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from extract.attribution import Attributed, attribute
from extract.quotes import find_quotes
from extract.segment import split_sentences
from extract.text import split_paragraphs


@dataclass
class Run:
    text: str
    result: Attributed

    @property
    def names(self) -> dict[str, str]:
        return {s.id: s.name for s in self.result.sources}

    def sources(self, i: int) -> list[str]:
        """Source names of sentence i."""
        return [self.names[sid] for sid in self.result.claim_sources[i]]

    def kind(self, name: str) -> str:
        return next(s.kind for s in self.result.sources if s.name == name)

    def source(self, name: str):  # type: ignore[no-untyped-def]
        return next(s for s in self.result.sources if s.name == name)

    def kept_quotes(self) -> list[tuple[str, str | None]]:
        """(quoted text, speaker name) of each quote the stage keeps."""
        quotes = find_quotes(self.text, split_paragraphs(self.text))
        out = []
        for q, keep, spk in zip(quotes, self.result.quote_keep, self.result.quote_speakers,
                                strict=True):
            if keep:
                out.append((self.text[q.start : q.end], self.names.get(spk) if spk else None))
        return out


def run(text: str) -> Run:
    paragraphs = split_paragraphs(text)
    sentences = split_sentences(text, paragraphs)
    quotes = find_quotes(text, paragraphs)
    return Run(text, attribute(text, paragraphs, sentences, quotes))


# --- cue words ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    "cue",
    [
        "said", "says", "told reporters", "confirmed", "reported", "stated", "states",
        "added", "noted", "warned", "announced", "wrote", "explained", "revealed",
        "claimed", "denied", "cautioned", "recalled", "concluded", "insisted",
        "has said", "also said", "previously stated", "acknowledged", "argued",
    ],
)
def test_each_speech_cue_attributes_to_its_subject(cue: str) -> None:
    r = run(f"Tomas Lind {cue} that the bridge would reopen in May.")
    assert r.sources(0) == ["Tomas Lind"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tomas Lind declined to comment on the closure.",
        "Tomas Lind did not respond to questions about the closure.",
        "Tomas Lind called for an inquiry into the closure.",
        "Tomas Lind pointed out that the closure was temporary.",
        "Tomas Lind issued a statement on the closure.",
    ],
)
def test_declining_calling_for_and_statements_are_attributions(sentence: str) -> None:
    assert run(sentence).sources(0) == ["Tomas Lind"]


def test_cue_and_source_spans_point_into_the_text() -> None:
    text = "The ferry will stop on Friday, the Harbour Board confirmed to local radio."
    r = run(text)
    (att,) = r.result.claim_attributions[0]
    assert text[att.source_span[0] : att.source_span[1]].endswith("Harbour Board")
    assert att.cue_span is not None
    assert text[att.cue_span[0] : att.cue_span[1]] == "confirmed"
    assert r.names[att.source] == "Harbour Board"


# --- where the cue stands ------------------------------------------------------------------

def test_cue_after_the_content() -> None:
    assert run("The ferry will stop on Friday, Tomas Lind said.").sources(0) == ["Tomas Lind"]


def test_cue_inside_the_sentence() -> None:
    r = run("The Harbour Board met on Monday. The ferry, they said, will stop on Friday.")
    assert r.sources(1) == ["Harbour Board"]


def test_according_to_before_the_content() -> None:
    r = run("According to the Harbour Board, the ferry will stop on Friday.")
    assert r.sources(0) == ["Harbour Board"]


def test_according_to_two_outlets_gives_both() -> None:
    r = run("According to Reuters and the Oslo Evening News, the ferry will stop.")
    assert r.sources(0) == ["Reuters", "Oslo Evening News"]


def test_inverted_tag_after_a_quote() -> None:
    r = run('"We will reopen in May," said Mayor Ana Ruiz.')
    assert r.sources(0) == ["Ana Ruiz"]


def test_told_names_the_speaker_not_the_listener() -> None:
    r = run("Ana Ruiz told the Oslo Evening News that the ferry would stop.")
    assert r.sources(0) == ["Ana Ruiz"]


def test_passive_report_names_its_agent() -> None:
    r = run("The closure was confirmed by the Harbour Board on Monday.")
    assert r.sources(0) == ["Harbour Board"]


def test_possessive_claims_name_their_owner() -> None:
    r = run("The ministry rejected Reuters' claims that the ferry was unsafe.")
    assert "Reuters" in r.sources(0)


# --- recipients, interviewers, channels ----------------------------------------------------

def test_recipient_of_a_confirmation_is_not_a_source() -> None:
    r = run("The Harbour Board confirmed to the Oslo Evening News that the ferry stops.")
    assert r.sources(0) == ["Harbour Board"]


def test_outlet_spoken_to_is_not_a_source() -> None:
    r = run("Ana Ruiz is the mayor. Speaking to the Oslo Evening News, she said the ferry stops.")
    assert r.sources(1) == ["Ana Ruiz"]


def test_asker_is_not_a_source() -> None:
    r = run(
        "When asked by the Oslo Evening News about the ferry, the Harbour Board did not "
        "provide an answer."
    )
    assert r.sources(0) == ["Harbour Board"]


def test_employer_next_to_a_named_speaker_is_not_a_second_source() -> None:
    r = run("Lena Park of the Coastal Research Institute said the water was warming.")
    assert r.sources(0) == ["Lena Park"]
    assert r.kind("Lena Park") == "person"


def test_named_speaker_after_a_long_apposition() -> None:
    r = run(
        "Lena Park, a researcher at the Coastal Research Institute who led the survey, "
        "cautioned that the data were incomplete."
    )
    assert r.sources(0) == ["Lena Park"]


# --- pronouns and descriptions -------------------------------------------------------------

def test_she_resolves_to_the_last_person() -> None:
    r = run(
        "Ana Ruiz, the mayor, visited the harbour on Monday. "
        "She said the ferry would stop on Friday."
    )
    assert r.sources(1) == ["Ana Ruiz"]
    assert "She" in r.source("Ana Ruiz").aliases


def test_they_resolves_to_the_last_body_not_to_a_person() -> None:
    r = run(
        "The Ministry of Fisheries confirmed the quota cut, Ana Ruiz noted. "
        "They said the cut would last a year."
    )
    assert r.sources(1) == ["Ministry of Fisheries"]


def test_they_prefers_the_speaker_over_a_body_named_in_passing() -> None:
    r = run(
        "The Harbour Board declined to comment on Reuters' claims that the ferry is unsafe. "
        "They said the ferry passed its last inspection."
    )
    assert r.sources(0) == ["Harbour Board", "Reuters"]
    assert r.sources(1) == ["Harbour Board"]


def test_description_resolves_to_the_person_it_introduced() -> None:
    r = run(
        "Tomas Lind, the harbour commissioner, opened the new pier. "
        "The weather was calm. "
        "The commissioner said the pier cost less than planned."
    )
    assert r.sources(2) == ["Tomas Lind"]


def test_family_description_resolves_to_the_named_relative() -> None:
    r = run(
        "The singer died on Sunday, his daughter Ella Moss said. "
        "Although he had been ill, his daughter said the death was sudden."
    )
    assert r.sources(0) == ["Ella Moss"]
    assert r.sources(1) == ["Ella Moss"]


def test_the_company_resolves_to_the_company_named_before() -> None:
    r = run(
        "Nordwind Shipping Group bought two ferries. The company said the ferries would "
        "sail in June."
    )
    assert r.sources(1) == ["Nordwind Shipping Group"]


def test_surname_alone_merges_with_the_full_name() -> None:
    r = run("Tomas Lind opened the pier. Lind said the pier cost less than planned.")
    assert r.sources(1) == ["Tomas Lind"]
    assert "Lind" in r.source("Tomas Lind").aliases


def test_abbreviation_in_parentheses_becomes_an_alias() -> None:
    r = run(
        "The Nordic Shipping Council (NSC) said fares would rise. "
        "The NSC added that routes would not change."
    )
    assert r.sources(0) == r.sources(1) == ["Nordic Shipping Council"]
    assert "NSC" in r.source("Nordic Shipping Council").aliases


def test_determiner_and_demonym_variants_are_one_source() -> None:
    r = run(
        "The British Guardian reported that the deal was close. "
        "Guardian states that talks continue."
    )
    assert r.sources(0) == r.sources(1) == ["Guardian"]
    assert len(r.result.sources) == 1
    assert r.kind("Guardian") == "outlet"


# --- documents and countries ---------------------------------------------------------------

def test_document_resolves_to_its_issuer_named_inside_it() -> None:
    r = run("According to a May 2, 2021 OSCE press release, observers counted 40 stations.")
    assert r.sources(0) == ["Organization for Security and Co-operation in Europe"]
    assert r.kind("Organization for Security and Co-operation in Europe") == "organization"


def test_known_acronym_of_an_issuer_is_expanded() -> None:
    r = run("An EU study found that the camp was overcrowded.")
    assert r.sources(0) == ["European Union"]


def test_the_response_resolves_to_the_body_that_responded() -> None:
    r = run(
        "The Ministry of Fisheries answered our questions by email. "
        "It confirmed the quota cut. "
        '"The cut protects the stock," the response reads.'
    )
    assert r.sources(2) == ["Ministry of Fisheries"]


def test_guidelines_resolve_to_the_organisation_that_issued_them() -> None:
    r = run(
        "Loans must be repaid within ten years, per IMF guidelines. "
        "The guidelines also list older loans to avoid."
    )
    assert r.sources(0) == ["International Monetary Fund"]
    assert r.sources(1) == ["International Monetary Fund"]


def test_country_acting_as_speaker_is_an_organisation() -> None:
    r = run("Norway denied the claims on Tuesday.")
    assert r.sources(0) == ["Norway"]
    assert r.kind("Norway") == "organization"


# --- kinds ---------------------------------------------------------------------------------

def test_kinds_of_sources() -> None:
    r = run(
        "Ana Ruiz said the ferry stops. "
        "The Oslo Evening News reported the same. "
        "The Ministry of Fisheries confirmed it. "
        "Unnamed shipping analysts called the plan risky. "
        "According to a leaked internal memo, costs rose."
    )
    assert [r.sources(i) for i in range(5)] == [
        ["Ana Ruiz"], ["Oslo Evening News"], ["Ministry of Fisheries"],
        ["unnamed shipping analysts"], ["leaked internal memo"],
    ]
    assert r.kind("Ana Ruiz") == "person"
    assert r.kind("Oslo Evening News") == "outlet"
    assert r.kind("Ministry of Fisheries") == "organization"
    assert r.kind("unnamed shipping analysts") == "group"
    assert r.kind("leaked internal memo") == "document"


# --- narration and hedges ------------------------------------------------------------------

def test_narration_has_no_source() -> None:
    r = run(
        "The ferry was built in 1962. It sailed between the islands for forty years. "
        "Police found the wreck on Monday."
    )
    assert [r.sources(i) for i in range(3)] == [[], [], []]
    assert r.result.sources == []


def test_passive_was_reported_names_nobody() -> None:
    assert run("It was reported that the ferry had sunk.").sources(0) == []


def test_reportedly_takes_the_previous_reporter() -> None:
    r = run("The Oslo Evening News reported the sale. The buyer reportedly paid cash.")
    assert r.sources(1) == ["Oslo Evening News"]


def test_reportedly_with_nothing_before_is_unattributed() -> None:
    r = run("The ferry was built in 1962. The captain reportedly kept a diary.")
    assert r.sources(1) == []


# --- quotes --------------------------------------------------------------------------------

def test_every_sentence_of_a_quote_gets_its_speaker() -> None:
    r = run('Ana Ruiz said, "The ferry stops on Friday. It will return in May. We are sorry."')
    assert [r.sources(i) for i in range(3)] == [["Ana Ruiz"]] * 3
    assert r.kept_quotes() == [
        ("The ferry stops on Friday. It will return in May. We are sorry.", "Ana Ruiz")
    ]


def test_quote_broken_by_a_speech_tag_is_two_quotes_with_one_speaker() -> None:
    r = run('"The ferry stops on Friday", Ana Ruiz said, "and it will return in May."')
    assert r.kept_quotes() == [
        ("The ferry stops on Friday", "Ana Ruiz"),
        ("and it will return in May.", "Ana Ruiz"),
    ]


def test_tag_after_a_multi_sentence_quote() -> None:
    r = run('"We waited for hours. Nobody came," wrote Ella Moss in a statement.')
    assert r.sources(0) == r.sources(1) == ["Ella Moss"]


def test_free_standing_quote_paragraph_inherits_the_last_speaker() -> None:
    r = run(
        "The Harbour Board said the ferry would stop.\n"
        '"Safety comes first for every passenger on every crossing."\n'
    )
    assert r.sources(1) == ["Harbour Board"]
    assert r.kept_quotes() == [
        ("Safety comes first for every passenger on every crossing.", "Harbour Board")
    ]


def test_named_source_quoted_inside_a_quote_is_added() -> None:
    r = run(
        'Ana Ruiz said, "As Governor Dern said, we will not close the harbour."'
    )
    assert r.sources(0) == ["Ana Ruiz", "Governor Dern"]


def test_scare_quotes_titles_and_terms_are_not_quotes() -> None:
    r = run(
        'The so-called "reform" passed. '
        'The band released the album "Blue Harbour Nights" in 1999. '
        'The disease was named "XJ-7" by the committee. '
        'The letter "Q" stands for quarantine.'
    )
    assert r.kept_quotes() == []
    assert all(r.sources(i) == [] for i in range(4))


def test_short_attributed_fragment_is_a_quote() -> None:
    r = run('Ana Ruiz called the plan "deeply flawed." The vote is on Monday.')
    assert r.kept_quotes() == [("deeply flawed.", "Ana Ruiz")]
    assert r.sources(0) == ["Ana Ruiz"]
    assert r.sources(1) == []


def test_nested_speech_inside_a_quote_is_kept() -> None:
    r = run(
        "\"I walked in and one of the sailors said, 'We have never seen a storm like this', "
        'and we all agreed," Ella Moss recalled.'
    )
    kept = r.kept_quotes()
    assert kept[0][1] == "Ella Moss"
    assert any(text == "We have never seen a storm like this" for text, _ in kept)


# --- interviews, gender, reduced passives --------------------------------------------------

def test_interview_answers_belong_to_the_labelled_speaker() -> None:
    r = run(
        "Wikinews spoke to the harbour master about the storm.\n"
        "((WN)) How bad was the storm?\n"
        "((Ola Strand)) It was the worst in twenty years. The pier is gone.\n"
        "We will rebuild it next spring.\n"
        "((WN)) Thank you.\n"
    )
    assert [r.sources(i) for i in range(6)] == [
        [], [], ["Ola Strand"], ["Ola Strand"], ["Ola Strand"], [],
    ]
    assert r.kind("Ola Strand") == "person"


def test_she_skips_a_man_named_more_recently() -> None:
    r = run(
        "Ana Ruiz met the ferry operator. Mr. Tomas Lind greeted her at the pier. "
        "She said the meeting went well."
    )
    assert r.sources(2) == ["Ana Ruiz"]


def test_reduced_passive_is_no_attribution() -> None:
    r = run("Police arrested 36 people believed to have joined the riot.")
    assert r.sources(0) == []


def test_place_after_a_preposition_is_not_the_speaker() -> None:
    r = run("Researchers mostly from universities in Norway reported the finding.")
    assert r.sources(0) != ["Norway"]


def test_bare_tag_sentence_after_a_quote_names_its_speaker() -> None:
    r = run('The mayor spoke first. "We will rebuild the pier." Ana Ruiz said.')
    assert r.sources(1) == ["Ana Ruiz"]
    assert r.kept_quotes() == [("We will rebuild the pier.", "Ana Ruiz")]


def test_document_possessed_by_a_pronoun_resolves_to_its_owner() -> None:
    r = run(
        "The Oslo Evening News reported the result. "
        "According to its polling, most voters want a new bridge."
    )
    assert r.sources(1) == ["Oslo Evening News"]


def test_channel_is_never_a_source() -> None:
    r = run("According to Twitter, the singer was ill. Ana Ruiz wrote on Twitter that she wept.")
    assert r.sources(0) == []
    assert r.sources(1) == ["Ana Ruiz"]


def test_naming_with_called_is_not_speech() -> None:
    assert run("Tomas Lind runs a firm called Harbourline.").sources(0) == []


def test_group_with_a_prepositional_phrase() -> None:
    r = run("Organizers of the rally said the march would go ahead.")
    assert r.sources(0) == ["organizers of the rally"]
    assert r.kind("organizers of the rally") == "group"


def test_unlisted_noun_subject_of_a_plain_speech_verb() -> None:
    r = run("An acquaintance said the captain had moved away.")
    assert r.sources(0) == ["acquaintance"]


def test_gender_learnt_from_a_pronoun_after_the_name() -> None:
    r = run(
        "Ana Ruiz ended her campaign on Monday. Tomas Lind praised his rival's decision. "
        "She said the race had been fair."
    )
    assert r.sources(2) == ["Ana Ruiz"]


def test_researchers_from_two_institutions_are_one_group() -> None:
    r = run("Researchers from the University of Bergen and Oslo University reported the find.")
    (name,) = r.sources(0)
    assert name.startswith("researchers from the University of Bergen")
    assert r.kind(name) == "group"
