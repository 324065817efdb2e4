"""Round 15, readers of 2020 and 2021 (r14 2020 #8, #9, #14; 2021 #7, #8, #13): the 1712 story in plain words as the
built releases show it: the campaign chapter without an unexplained 'het model' and, in a release without monthly
figures, one sentence with a pointer to the annex; the reachability chapter's bold lead-in as the MP's claim and the
estimate of calls built on it in the annex only; the per-caller arithmetic an illustration; the Methods pointing to
the statistical terms the annex has, with only the conditions that apply. Each test failed on the text before."""

import re

from test_report_reads import reader_part  # tests/e2e/ is on the path as pytest runs its tests
from test_report_story import annex
from test_story_round11 import flat, messages, notebook_text


def test_the_campaign_chapter_says_what_was_computed_in_plain_words(built):
    """2020 #9: 'Het model kreeg mee dat die maanden anders waren', 'Voor die maanden houdt die lijn al rekening'."""
    chapter = notebook_text(built["2020"], "campaigns")
    assert "Het model" not in chapter and "het model" not in chapter
    assert "houdt die lijn al rekening" not in chapter
    # round 21 (r20 2020 #6, #19): no 'We berekenden' and no expected course; r22 2020 #8: one plain sentence
    assert "We berekenden" not in chapter
    assert "met twaalf maandcijfers en zonder een aantal contacten per campagne is niet uit te maken" in flat(chapter)


def test_a_release_without_monthly_figures_says_it_once_and_points_to_the_annex(built):
    """2021 #13: the method text stood in the chapter and, word for word, in the annex."""
    out = built["2021"]
    chapter = notebook_text(out, "campaigns")
    assert "ook dan is ze meestal te onzeker" not in chapter
    assert "Er zijn geen maandcijfers over 2021, dus het effect van deze campagnes is niet te zien." in chapter
    assert "## Methoden" in (out / "report.qmd").read_text(encoding="utf-8")  # the pointer has its target
    assert "ook dan is ze meestal te onzeker" in flat(annex(out))


def test_the_mps_figure_is_the_lead_as_a_claim_and_the_estimate_is_in_the_annex(built):
    """2021 #7, #8: '4.000 tot 4.600 ... waarvan 2.200 tot 2.800 onbeantwoord' in the chapter, a bold lead-in that
    read as a finding; the per-caller model in the chapter and a table of 40 % to 91 % without a word of caution."""
    for release in ("2020", "2021"):
        out = built[release]
        chapter = notebook_text(out, "reachability")
        # r25 2020 #1, #5: whose figure (1712's internal analyses), no 'maar', no remark on the answer, not in bold
        # r26 (2020 #1, 2021 #1): the written question's figure, citing 1712's internal analyses
        # r30: the MP named; the share in the source's words, what it counted said as an inference
        # r31 (2020 #1, 2021 #2): the question's words, no guess of what was counted
        # r32 (2020 #1, 2021 #3, #16): the fact first, the MP who cites the analyses after it
        # r34: whose figure it is first, then the months, 'de oproepen' as the question says it
        lead = (
            "**Bereikbaarheid.** Volgens interne analyses van 1712, aangehaald in een schriftelijke vraag van januari "
            "2022, kon 1712 in september–december 2020 tussen 40 en 45 % van de oproepen beantwoorden"
            # r37 (r36 2021 #9): the question's word, said as such where the figure is first given
            " („oproepen” is het woord van de vraag; wat ze precies tellen, zeggen de bronnen niet)."
        )
        # r33 (r32 2021 #1): a later report says its own year first and 2020's figure in one sentence, no bold
        later = (
            # r35 (2021 #1): this report's sources give none (was 'geen cijfers bekend': figures may exist)
            # r47 (r46 2021 #3): only what the answer says
            # r49 (2021 #3): where the figures may be, not 'niet nagegaan'; r51 (r50 2021 #13): one sentence
            "De bronnen van dit rapport geven geen cijfers over de bereikbaarheid in 2021. Volgens het antwoord op de "
            # r53 (r53 2021 #6): as the answer says it; this pin follows it
            "schriftelijke vraag van 24 januari 2022 worden de analyses over 2021 bekendgemaakt bij de publicatie van "
            "het jaarverslag van 1712; dat jaarverslag hoort niet bij die bronnen."
        )
        assert (lead if release == "2020" else later) in flat(chapter), release
        assert "**Bereikbaarheid.**" not in chapter or release == "2020", release
        assert "Meer dan de helft" not in chapter and "onbeantwoord" not in chapter, release  # r22: claim dropped
        assert "2.800" not in chapter and "4.600" not in chapter, release
        assert "samen mislukken" not in chapter and "Mislukken de pogingen" not in chapter, release
        # r34: both chapters say, beside the attempts per caller, what the share does not say about callers
        # r36 (r35 2020 #3, 2021 #4): the attempts as the answer's, and no 'dus' from them (whether the share counts
        # attempts is not known): how many callers never got through is not known
        # r39 (r38 2020 #6): the samples' period is not in the answer, said so
        said = (  # r49 (2021 #3): the 2021 chapter keeps one short parenthesis
            "(steekproeven met Proximus; uit welke periode, zegt het antwoord niet); hoeveel bellers nooit doorkwamen"
            if release == "2020"
            else "(steekproeven met Proximus, periode niet vermeld); hoeveel bellers nooit doorkwamen"
        )
        assert flat(chapter).count(said) == 1, release  # r33: 2021 points to the 2020 report for the rest
        assert "dat aandeel zegt dus niet" not in flat(chapter), release
        back = flat(annex(out))
        # r19 #4: no caller model in the annex either ('tot 91 % van de bellers' was quoted out of context)
        assert "Rekenvoorbeeld" not in back and "van de bellers de hulplijn" not in back, release
        # r20 2020 #10: the estimate rested on reading the phone contacts as the answered calls: gone, annex too
        assert "2.200 tot 2.800" not in back and "4.000 tot 4.600" not in back, release


def test_the_methods_point_to_the_terms_the_annex_has_and_only_what_applies(built):
    """2020 #8: '(zie de woordenlijst)' for a term the glossary lacks; seasons from 24 monthly figures, a rule for
    fewer than twelve and a fixed random generator in a report of twelve monthly figures."""
    back = flat(annex(built["2020"]))
    assert "zie de woordenlijst" not in back
    # r25 2020 #13 (round 26): the model in two plain sentences at „Campagnes”: no statistics term left to define
    # r66 (r65 2020 #9): how the interval is computed names the t-verdeling, which the statistics terms define
    assert "quasi-Poisson" not in back
    for generic in ("24 maandcijfers", "dagcijfers", "Met minder dan twaalf maandcijfers", "toevalsgenerator"):
        assert generic not in back, generic


def test_the_mps_fifty_percent_in_short_sentences(built):
    """2020 #14: 'De 50 % meer oproepen die ... toeschrijft, is ...; ... is ze niet toe te schrijven'."""
    summary = messages(built["2020"])
    assert "toeschrijft, is ongeveer" not in summary
    # round 20 (r19 2020 #2, #3): the claim is the chapter's, in one plain sentence, not the summary's
    # (r22: the summary's 'meer oproepen kon beantwoorden' is option 0's, not the MP's claim)
    # r26 2020 #1: the summary names the written question as the 40-45 %'s source, never its 50 % claim
    # r63: option 0's "meer oproepen kon beantwoorden" (the answer's preliminary figures) is no claim of the MP's
    assert "50 %" not in summary and not re.search(r"meer oproepen(?! kon beantwoorden)", summary)
    assert "Een parlementslid schrijft „50 %" not in flat(reader_part(built["2020"]))
