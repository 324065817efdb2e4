# r53 (r53 2020, 2021 findings): pinned wording follows the r53 text (tests/unit/test_r53c.py)
"""r34a: the reachability chapter's peak (2020 #2), its answered share (2020 #1, 2021 #1), the social media
(2020 #3) and the answering machine (2020 #4, 2021 #7). Each test failed on the code before."""

import pandas as pd

from hulplijnen.chapters.reachability import analysis as rc


def _series(values: list[int]) -> pd.Series:
    return pd.Series(values, index=pd.period_range("2001-01", periods=len(values), freq="M"), dtype=float)


def test_the_peak_month_is_the_maximum_and_stayed_higher_only_if_every_later_month_is_above_before():
    start, end = pd.Period("2001-04", "M"), pd.Period("2001-06", "M")
    # as 2020: April the year's busiest month, every later month above every month before April
    p = rc.peak_against_baseline(_series([533, 569, 566, 967, 742, 713, 700, 690, 660, 680, 718, 700]), start, end)
    assert p.peak_month == start and p.peak_is_series_max and p.stayed_higher
    # a later month below a month before the window: not 'bleef daarna hoger'
    p = rc.peak_against_baseline(_series([533, 569, 566, 967, 742, 713, 560, 690]), start, end)
    assert p.peak_is_series_max and not p.stayed_higher
    # a busier month later in the year: the window's busiest month is no peak of the series
    p = rc.peak_against_baseline(_series([533, 569, 566, 967, 742, 713, 1000]), start, end)
    assert not p.peak_is_series_max
    # nothing after the peak month: nothing to say about after
    p = rc.peak_against_baseline(_series([533, 569, 566, 700, 742, 713]), pd.Period("2001-04", "M"), end)
    assert p.peak_month == pd.Period("2001-05", "M") and p.stayed_higher
    p = rc.peak_against_baseline(_series([533, 569, 566, 600, 650, 713]), start, end)
    assert p.peak_month == end and not p.stayed_higher


def test_the_answered_share_leads_with_who_says_it_and_the_attempts_beside_it(reachability_built):
    """2020 #1, 2021 #1: '40 tot 45 % van de inkomende oproepen' was stated as fact ('inkomende' the report's word)
    and the summary left out the 3 to 4 attempts per caller."""
    chapter, md = reachability_built[2020]
    # r36 (r35 2020 #2, #3): then plainly that the answer does not confirm the figure (was 'geeft zelf geen cijfer',
    # which did not say which figure), and the attempts as the answer's, without 'dus'
    assert (
        "Volgens interne analyses van 1712, aangehaald in een schriftelijke vraag van januari 2022, kon 1712 in "
        "september–december 2020 tussen 40 en 45 % van de oproepen beantwoorden"
        # r37 (r36 2021 #9): the question's word, said as such where the figure is first given
        " („oproepen” is het woord van de vraag; wat ze precies tellen, zeggen de bronnen niet)"
        ". Het antwoord van de minister "
        "gaat niet op dat cijfer in"
    ) in chapter
    assert chapter.count("gaat niet op dat cijfer in") == 1 and "geeft zelf geen cijfer" not in chapter + md
    assert (
        "**Bereikbaarheid:** volgens interne analyses van 1712, aangehaald in schriftelijke vraag nummer 282 (Vlaams "
        "Parlement, januari 2022), kon 1712 in september–december 2020 tussen 40 en 45 % van de oproepen beantwoorden "
        # r66 (r66 2020 #7): pin follows the new wording
        "(wat daarbij als oproep telt, zeggen de bronnen niet). "  # r63 (r63 2020 #6)
        # r53 (r53 2020 #2): the answer's word on the figure, in the chapter's words; this pin follows it
        "Het antwoord op de vraag gaat niet op dat cijfer in: het zegt dat sluitende cijfers over beantwoorde oproepen "
        "moeilijk te geven zijn. "
        # r39 (r38 2020 #1, #3, #5, #6, #10): the wording changed deliberately; this pin follows it
        # r41 (r41 2020 #3): the wording changed deliberately; this pin follows it
        # r49 (r48 2020 #4): the Proximus samples the answer quotes; this pin follows it
        "Volgens steekproeven met Proximus, aangehaald in het antwoord (periode niet vermeld), doet een beller "
        "gemiddeld 3 tot 4 "
        "pogingen; hoeveel bellers nooit doorkwamen, is niet bekend."
    ) in md
    later, md21 = reachability_built[2021]
    # pins34b: the months first, then the lockdown ('lockdown (april–juni 2020)' read as the lockdown's dates)
    assert (
        "Volgens interne analyses van 1712, aangehaald in die vraag, was er in april–juni 2020, tijdens de eerste "
        "lockdown, een piek in het aantal oproepen"
    ) in later
    assert "lockdown (april" not in later
    # r36 (r35 2021 #4): the attempts are the answer's, said so in chapter and summary
    assert (
        "2020 tussen 40 en 45 % van de oproepen beantwoorden"
        # r49 (2021 #3): what 'oproepen' counts is the glossary's (r37's parenthesis no longer in the 2021 chapter)
        # r51 (r50 2021 #8a): the answer's word on the figure between them
        ". Het antwoord van de minister gaat niet in op dat cijfer"
        in later
        and "moeilijk te geven zijn. Volgens het antwoord doet een beller gemiddeld 3 tot 4" in later
    )
    # r41 (r41 2020 #3): the summary says the answer gives no period; this pin follows it
    # r45 (r44 2021 #4): a later year's bullet in about two lines: the attempts per caller are the chapter's (said
    # there, above); the summary of the year they were measured keeps them, the answer's, without a period
    # r61 (r59 2021 #1): the part that gets quoted says what an 'oproep' may be, with the attempts per caller
    # r66 (r66 2021 #2): the preliminary figures only under optie 0
    assert "; de recentste cijfers gaan over september–december 2020" in md21
    # r66 (r66 2021 #3): the attempts per caller are the chapter's
    assert "doet een beller gemiddeld" not in md21.split("## Kerncijfers")[0]
    # r49 (r48 2020 #4): the Proximus samples the answer quotes; this pin follows it
    assert "aangehaald in het antwoord (periode niet vermeld), doet een beller gemiddeld 3 tot 4" in md
    for text in (chapter, md, later, md21):
        assert "van de inkomende oproepen" not in text


def test_the_peak_is_april_and_no_stayed_higher_the_months_do_not_show(reachability_built):
    """2020 #2: 'piek april–juni' overstated one month: after the period's average (the summary's figure, r34), the
    busiest month (967 in April) that alone was the peak; no 'lockdown (april–juni 2020)' read as its dates."""
    chapter, _ = reachability_built[2020]
    assert (
        "In april–juni 2020, de periode die de schriftelijke vraag „de eerste "
        "lockdown” noemt, waren er gemiddeld 807 contacten per maand: 45 % "
        "meer dan het "
        "gemiddelde van de eerste drie maanden van 2020"
    ) in chapter
    # r61 (r59 2020 #9): the busiest month is Tabel 1's, chapter 1's and the monthly figure's, no more here
    assert "De drukste maand was april 2020, met 967 contacten." not in chapter and "lockdown (april" not in chapter
    # September 2020 (566) was not above February (569): 'bleef daarna hoger' is not said
    assert "bleef het aantal contacten elke maand hoger" not in chapter and "74 %" not in chapter


def test_social_media_and_the_answering_machine_say_what_the_answer_says(reachability_built):
    """2020 #3: 'kan men 1712 niet om hulp vragen' was not in the source; 2020 #4, 2021 #7: the answering machine's
    bullet said the message option both old and new."""
    for chapter, _ in reachability_built.values():
        assert "niet om hulp vragen" not in chapter
        assert (
            # r37 (r36 2020 #13): what the answer does not say; no 'toch' (read as doubting the minister)
            # r38 (2020 r37 #10): the open question said as the question, with its 'hoeveel'
            # r48 (r47 2020 #3): the answer ('enkel ter ondersteuning van de externe communicatie') answers whether
            # the platforms serve only publicity: said what it says; only the count is left open
            # r52 (reader r51): no 'dus' (r51 2021 #14); this pin follows the new wording
            "Het antwoord noemt ze niet als kanaal voor hulpvragen; hoeveel berichten er via die kanalen "
            "binnenkwamen, zegt het niet."  # r63 (r63 2020 #9): the past tense
            in chapter
            and "beantwoordt het niet rechtstreeks" not in chapter
            and "alleen voor de externe communicatie en de publiekswerking van 1712" in chapter
        )
        # r35 (r34): the invitation with its aim, no 'kon al' beside 'sinds 2021'
        assert (
            # r37 (r36 2020 #2): the contrast made explicit ('konden al', 'actief')
            # r41 (r41 2021 #4): the measures in the past tense, as the early-2022 answer told them
            # r56 (r55 2021 #5): no 'actief', the source's passive 'uitgenodigd'
            # r59 (r58 2021 #1): what was put in practice in 2021, as the answer says, no new invitation
            # r60 (r59 2021 #1): leaving a message was possible before, then what is new
            # r66 (r65 2021 #2): 1712 'ging het antwoordapparaat beter gebruiken', the answer's words in brackets
            # r66 (r66 2020 #6): pin follows the new wording
            "ingesproken berichten sneller behandelen en de bellers terugbellen. In 2021 ging "
            "1712 het antwoordapparaat beter gebruiken (in het antwoord: „het gebruik van het antwoordapparaat "
            "optimaliseren”). "
            "Inspreken kon al eerder: wie op een bezette lijn botst, wordt "
            "uitgenodigd een "
            # r61 (r59 2021 #3): what was done (the better use) apart from the aim, not said done
            # r62 (r62 2020 #4, 2021 #3)
            "boodschap in te spreken; wat er concreet veranderde, en of 1712 die berichten daardoor ook sneller "
            "behandelt en de bellers terugbelt, "
            "zegt het antwoord niet."
            # r56 (r56 2020 #7): the aim the bullet opens with is not said again
        ) in chapter
