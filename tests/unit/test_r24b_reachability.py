"""Round 24 (r23 2020 #2, #13; 2021 #4, #9, #16, #17): the reachability chapter on the 40-45 % a parliamentary question
cites, the subsidy's planned end, the chat's growth beside its extension, and 'en/of' that broke over two lines."""

import re

from hulplijnen.chapters import reachability
from hulplijnen.facts import FactSheet


def plain(text) -> str:
    return re.sub(r"\s+", " ", str(text)).replace("\xa0", " ")


def chapter(year: int) -> str:
    return plain(reachability.build(year, "1712", FactSheet("t", year), "2026-11-20").text)


def test_the_answer_does_not_go_into_the_cited_figure():
    """2020 #2, 2021 #4: 'de minister gaat niet op dat cijfer in' read as a denial; the answer does not go into the
    figure, and 'de vraagsteller' meant nothing to a reader: the question is named by its kind."""
    for year in (2020, 2021):
        said = chapter(year)
        assert "vraagsteller" not in said
        if year == 2021:  # r33 (r32 #1): the 2021 report says 2020 in one sentence, the 2020 report in full
            # pins34b: the months first, then the lockdown ('lockdown (april–juni 2020)' read as its dates)
            assert "Volgens interne analyses van 1712, aangehaald in die vraag, was er in april–juni 2020," in said
            continue
        # r26 (2020 #1, 2021 #1): the written question's figure, citing 1712's internal analyses; the answer does not
        # confirm it; 'van de oproepen', as the question has it
        # r31 (2020 #1, 2021 #2, the lead's decision): the question's figure in its words, and that the answer
        # neither confirms nor corrects it (said so, not 'bevestigt niet', read as a denial)
        # r32 (2020 #1, 2021 #3, #16): the fact first, the source once after it, the answer's remark in its words
        # r34a (2020 #1): who says it first, briefly; that the answer gives no figure of its own, once, plainly
        assert (
            "**Bereikbaarheid.** Volgens interne analyses van 1712, aangehaald in een schriftelijke vraag van januari "
            "2022, kon 1712 in september–december 2020 tussen 40 en 45 % van de oproepen beantwoorden"
            # r37 (r36 2021 #9): the question's word, said as such where the figure is first given
            " („oproepen” is het woord van de vraag; wat ze precies tellen, zeggen de bronnen niet)."
            in said
            # r36 (r35 2020 #2): 'geeft zelf geen cijfer' did not say which figure: plainly that the answer does not
            # confirm this one, and why, in the answer's words
            # r52 (reader r51): 'het zegt dat …' instead of a second 'volgens het antwoord'; this pin follows it
            and said.count(
                "Het antwoord van de minister gaat niet op dat cijfer in: het zegt dat sluitende cijfers over "
                "beantwoorde tegenover binnengekomen oproepen moeilijk te geven zijn."
            )
            == 1
        )
        assert "geeft zelf geen cijfer" not in said
        assert "gaat in zijn antwoord niet op" not in said and "bevestigt noch corrigeert" not in said


def test_an_end_after_the_sources_date_is_planned():
    """2020 #13, 2021 #9: the answer (to a question of January 2022) says the subsidy runs to 30/11/2024; no source
    says it ran that long, so not 'liep tot', whatever the report's date. The preliminary figures in the source's
    words: quality checks were running on them then."""
    for published in ("2026-11-20", "2023-01-01"):
        said = plain(reachability.build(2021, "1712", FactSheet("t", 2021), published).text)
        # r39 (r38 2020 #1, #3, #5, #6, #10): the wording changed deliberately; this pin follows it
        # r41 (r41 2020 #9): the wording changed deliberately; this pin follows it
        assert (
            # r52 (reader r51): no 'Volgens het antwoord' per sentence; this pin follows the new wording
            # r66 (r65 2021 #4): 'subsidie' once; 'volgens het antwoord' (r64 2020 #1)
            "capaciteitssubsidie werd volgens het antwoord voortgezet van 1 december 2021 tot 30 november 2024" in said
        )  # r31 (2020 #18)
        assert "liep tot" not in said and "loopt tot 30 november 2024" not in said
    # r32 (2020 #11): the preliminary figures are the answer's, said so
    assert (
        # r44 (2020 #9): the answer's qualitative evaluation first, then the preliminary figures
        # r52 (reader r51): the answer named once at the measures' opener, not per sentence; this pin follows it
        "Dit werd op verschillende momenten kwalitatief geëvalueerd, en voorlopige cijfers, waarop toen nog "
        "kwaliteitscontroles liepen, leken erop te wijzen dat" in chapter(2021)
    )
    assert "nog niet gecontroleerde" not in chapter(2021)


def test_and_or_is_said_so_it_cannot_break_over_two_lines():
    """2021 #17: 'en/of' broke after its slash in the PDF ('provincies en/' | 'of op lijnen')."""
    said = chapter(2021)
    # r41 (r41 2021 #4): the measures in the past tense, as the early-2022 answer told them
    assert "en/of" not in said and "de minst drukke provincies of op lijnen die op dat moment vrij waren" in said


def test_the_chats_growth_stands_beside_its_extension_without_a_cause():
    """2021 #16: chapter 1 gives the chat's share rising (11,3 % to 18 %), this chapter the extension from September
    2021; one short sentence links them, with the timing (late in the year) and no cause. Not in 2020: the extension
    came after that year. The numbers stay chapter 1's (said once)."""
    facts = FactSheet("t", 2021)
    said = plain(reachability.build(2021, "1712", facts, "2026-11-20").text)
    # r52 (reader r51): what the late extension means for the rise, said; this pin follows the new wording
    assert (
        # r61 (r59 2021 #2): the rise as the key figures say it themselves
        "Het aandeel van de chat steeg in 2021, volgens de kerncijfers van één op de tien naar bijna één op de vijf "
        # r62 (r62 2021 #1): without monthly figures a late start can explain the whole rise: not 'hooguit een deel'
        "(zie „Kanalen”). De uitbreiding kwam pas in september; hoeveel van die stijging ze verklaart, is niet "
        "bekend: cijfers per maand over 2021 zijn er niet."
        in said
        and "hooguit een deel" not in said
    )
    assert (
        "bijdroeg" not in said and "door de uitbreiding" not in said  # the timing said, no cause either way
    )
    assert "11,3" not in said and facts.get("1712.reach.chat_share_rose") == 1
    assert "Het aandeel van de chat" not in chapter(2020)
