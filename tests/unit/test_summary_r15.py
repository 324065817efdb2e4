# r53 (r53 2020, 2021 findings): pinned wording follows the r53 text (tests/unit/test_r53c.py)
"""Round 15, readers of 2020 and 2021 (r14 2020 #1, #2, #14; 2021 #9): the summary names the measures for the
reachability first, with their years, then says that what they yielded was not measured; it names the measures that
followed the year too (the subsidy continued). On tiny
facts: the events come from data/events.csv, the dates from the facts the reachability chapter records."""

from hulplijnen.facts import keys
from hulplijnen.pipeline import summary


def fact(value, unit="date"):
    return {"value": value, "unit": unit, "source": {"file": "data/events.csv", "table": "t", "selection": "s"}}


def dates(event: str, start: str, latest: str, end: str | None = None) -> dict:
    found = {
        keys.event("1712", event, "start_earliest"): fact(start),
        keys.event("1712", event, "start_latest"): fact(latest),
    }
    if end:
        found[keys.event("1712", event, "end_latest")] = fact(end)
    return found


EVENTS = {
    **dates("capacity_subsidy_first", "2020-04-01", "2020-12-01", "2021-11-30"),
    **dates("overflow_option_zero", "2021-01-01", "2021-12-31"),
    **dates("answering_machine", "2021-01-01", "2021-12-31"),
    **dates("chat_extension", "2021-09-01", "2021-09-30"),
    **dates("capacity_subsidy_continued", "2021-12-01", "2021-12-01", "2024-11-30"),
}


def plain(md: str) -> str:
    return " ".join(md.replace("\u00a0", " ").split())


def measures_bullet(md: str) -> str:
    return next(b for b in plain(md).split(" - **") if b.startswith("Maatregel"))


def test_the_measures_of_the_year_and_after_are_one_line_that_names_them():
    """r22 2020 #4, #5, 2021 #3: the measures were told three times (summary, the chapter's aims and its measures); the
    summary gives them one line and leaves what is known of their effect to the chapter. r24 2020 #8, 2021 #6: that line
    was a signpost ('het hoofdstuk … zet ze op een rij'); it names the measures now, by their short names in
    events.csv, a date said once for the measures that share it."""
    md = summary.markdown(EVENTS, ["1712"], 2020)
    found = measures_bullet(md)
    # r25 2020 #8: in a report on 2020 the measures after it are labelled as what followed, not among the year's
    # r26 2020 #14: 'voor een jaar na de eerste lockdown' read as 'one year after'
    first = (
        "Maatregel voor de bereikbaarheid:** na de eerste lockdown voor één jaar extra middelen, onder meer om "
        "ingesproken berichten sneller te behandelen en bellers terug te bellen."
    )
    assert found == first, md
    after = plain(md).split("**Wat volgde na 2020:** ", 1)[1].split("\n")[0]
    assert after == (
        # r38 (r37 2021 #3): the invitation's short name
        # r56 (r55 2021 #5): no 'actieve', the source's 'boodschap'
        # r59 (r58 2021 #1): the better use of the answering machine with its aim, not a new invitation
        # r61 (r59 2020 #1): the aim said as an aim, not a result; no evaluation in figures
        # r61 (r59 2020 #4, 2021 #3): 'beter benut' (put in practice), 'de bellers', evaluated only qualitatively
        # r62 (r62 2020 #4, 2021 #3)
        # r63 (r63 2020 #3, 2021 #2): a sentence with 1712 as its subject (its own full stop dropped in one line)
        # r66 (r65 2021 #2): 1712 'ging het antwoordapparaat beter gebruiken', the answer's words in brackets
        # r66 (r66 2021 #7): the measure a noun phrase
        "in 2021 een beter gebruik van het antwoordapparaat (in het antwoord: „het gebruik van het "
        "antwoordapparaat optimaliseren”). Inspreken kon al eerder; 1712 wilde ingesproken berichten sneller "
        "behandelen en de bellers "
        # r64 (r64 2020 #1): the evaluation is the measures list's, dated there ('Tot begin 2022 …')
        "terugbellen en „optie 0” "
        "als overlooplijn (wie in het "
        "keuzemenu 0 koos, omdat de eigen provincie onbekend was of liever niet genoemd werd, "  # r44 (2021 #5)
        # r41 (r41 2021 #4): the measures in the past tense, as the early-2022 answer told them
        # r61 (r59 2020 #2): optie 0's preliminary figures, said in its line
        "kwam terecht bij de minst drukke provincie of op een vrije lijn); voorlopige cijfers, toen nog in "
        "kwaliteitscontrole, leken erop te wijzen dat 1712 deels hierdoor meer oproepen kon beantwoorden; vanaf "
        "september 2021 een ruimere "
        "chat (van maandag tot donderdag tot 22 uur); vanaf 1 december "
        "2021 een voortzetting van de capaciteitssubsidie."
    ), after
    # r26 (2021 #5, 2020 #14): the invitation is what was put in practice, without the cryptic aside; r38 (r37 2021
    # #3): the summary says plainly that leaving a message was possible before, so the call back reads as not new
    # r61 (r59 2020 #1): the aside goes on with the evaluation (was "(inspreken kon al eerder)")
    # r61 (r59 2020 #2, 2021 #3): '(inspreken kon al eerder; alleen kwalitatief geëvalueerd)'
    # r62 (r62 2020 #4, 2021 #3): what changed in concrete terms the answer does not say
    assert "(een bericht inspreken kon al)" not in md
    # r63 (r63 2020 #3, 2021 #2): said in a sentence of its own, with 1712 as the subject
    # r64 (r64 2020 #1): the evaluation, dated, is the measures list's (not this one-line form's)
    assert "Inspreken kon al eerder; 1712 wilde ingesproken berichten" in md
    # r61 (r59 2020 #2): a summary read alone took the measures as results: optie 0's preliminary figures said
    # r62 (r62 2020 #4, 2021 #3)
    assert "voorlopige cijfers, toen nog in kwaliteitscontrole," in plain(md)


def test_the_measures_of_two_years_are_one_line_without_the_chapters_account():
    reach = {keys.reach("1712", f"per_attempt_{end}_pct"): fact(v, "percent") for end, v in (("low", 40), ("high", 45))}
    window = (("start", "2020-09"), ("end", "2020-12"))
    reach |= {keys.reach("1712", f"window_{e}_month"): fact(m, "month") for e, m in window}
    md = summary.markdown({**EVENTS, **reach}, ["1712"], 2021)
    # r26 (2021 #4): with a figure on reachability, the measures are in its bullet, after the problem; r27 2021 #1:
    # a year without its own figure says so plainly and names what was done in a few words, the dates and the
    # earlier year's figure the chapter's
    found = next(b for b in plain(md).split(" - **") if b.startswith("Bereikbaarheid"))
    # r30 (2021 #3): two short bullets, the end-2020 figure with its caveat and the year's none, then the measures,
    # optie 0 in plain words
    # r31 (2021 #2, #10): the year's none plainly, the end-2020 figure as the question's; 'Wat er veranderde'
    done = next(b for b in plain(md).split(" - **") if b.startswith("Maatregelen in 2021"))  # r64 (r64 2020 #2)
    # r32 (2021 #16): one sentence, what is not known first
    # r33 (r32 #1): the year first, plainly, then the earlier figure, dated
    # r35 (2021 #1): this report's sources give none (was 'geen cijfers bekend')
    # r36 (r35 2021 #1): the lead without the year; the earlier figure's months before it
    # r63 (r63 2021 #1): no 'geen cijfers' beside the measures' preliminary figures
    lead = (
        # r66 (r66 2021 #2): the preliminary figures only under optie 0
        "Bereikbaarheid:** over 2021 geven de bronnen geen cijfers (zie de maatregelen hieronder); de recentste "
        "cijfers gaan over september–december "
    )
    lead += "2020: toen werd 40 tot 45 % van de inkomende oproepen beantwoord."  # r44 (2021 #4); r45 (r44 2021 #5)
    assert found.startswith(lead), found
    # r36 (r35 2021 #5): every measure put in practice, dated, the call-back option too (new in 2021 as the chapter
    # says; the pin 'antwoordapparaat' not in the bullet stays: it is named by its short name)
    assert done.startswith(
        # r45 (r44 2021 #3): a nested list, one measure a line, each dated first ('- In 2021: …')
        # r66 (r66 2021 #7): not dated again under its heading's year
        "Maatregelen in 2021:** - „optie 0” als overlooplijn (wie in het keuzemenu 0 koos, omdat de eigen "
        # r38 (r37 2021 #3): the invitation, leaving a message possible before (no call-back option as new)
        # r41 (r41 2021 #4): the measures in the past tense; r44 (2021 #5): optie 0 an active choice
        "provincie onbekend was of liever niet genoemd werd, kwam terecht bij de minst drukke provincie of op een "
        # r56 (r55 2021 #5): no 'actieve', the source's 'boodschap'
        # r59 (r58 2021 #1): the better use of the answering machine, not an invitation read as new in 2021
        # r61 (r59 2020 #1): the aim said as an aim, not a result; no evaluation in figures
        # r61 (r59 2020 #4, 2021 #3): 'beter benut' (put in practice), 'de bellers', evaluated only qualitatively
        # r61 (r59 2020 #2): optie 0's preliminary figures, said in its line
        # r62 (r62 2020 #4, 2021 #3)
        "vrije lijn); voorlopige cijfers, toen nog in kwaliteitscontrole, leken erop te wijzen dat 1712 deels "
        # r62 (r62 2020 #4, 2021 #3)
        # r63 (r63 2020 #3, 2021 #2): a sentence with 1712 as its subject
        # r64 (r64 2020 #2, 2021 #5): a full stop after each item, the answering machine last
        "hierdoor meer oproepen kon beantwoorden. - "
        "Vanaf september 2021: "
        "een ruimere chat"
    ), done
    assert "uitnodiging" not in done  # r59 (r58 2021 #1): was 'antwoordapparaat' not in done
    assert "Maatregelen:" not in found and "zet ze op" not in found
    assert "Maatregelen voor de bereikbaarheid" not in md
    # the analyses announced for the annual report are the chapter's (said there once, r22 2021 #14)
    # r52 (lead's decision C, r51 2021 #2): the summary names the annual report once, short (the chapter once too)
    # r63 (r63 2021 #1): the bullet shorter: where the analyses appear is the chapter's alone
    assert found.count("bij de publicatie van het jaarverslag van 1712") == 0 and "Daarna volg" not in found
    assert "**Maatregelen.**" not in md


def test_an_inferred_end_does_not_head_the_measures():
    """The first subsidy's end (30 November 2021) is inferred from the start of its continuation: the line says no end
    or date it does not know (its start is inferred too)."""
    only_first = {k: v for k, v in EVENTS.items() if "capacity_subsidy_first" in k}
    asked = {keys.reach("1712", "question_date"): fact("2022-01-24")}
    found = measures_bullet(summary.markdown({**only_first, **asked}, ["1712"], 2020))
    assert found == (
        "Maatregel voor de bereikbaarheid:** na de eerste lockdown voor één jaar extra middelen, onder meer om "
        "ingesproken berichten sneller te behandelen en bellers terug te bellen."
    )


def test_an_end_after_the_sources_date_is_said_as_planned():
    """r24 2020 #13, 2021 #9: the answer to a question of January 2022 says the subsidy 'wordt gecontinueerd … tot
    30/11/2024'; no source says it ran so long. The summary says the end as granted, and only with the source's date
    to tell that it lies after it."""
    asked = {keys.reach("1712", "question_date"): fact("2022-01-24")}
    found = measures_bullet(summary.markdown({**EVENTS, **asked}, ["1712"], 2021))
    assert found.endswith(
        "vanaf 1 december 2021 een voortzetting van de capaciteitssubsidie, toegekend tot 30 november 2024."
    ), found
    assert "liep tot" not in found and "loopt tot" not in found


def test_the_lockdown_peak_names_the_months_it_is_compared_with():
    """r14 2020 #3: 'de drie maanden ervoor' hid that the months compared with run up to March, when the lockdown had
    begun; the summary names the last of them (the events' peak starts in April)."""
    peak = {
        keys.peak("1712", "peak_month"): fact("2020-04", "month"),
        keys.peak("1712", "peak_contacts"): fact(967, "count"),
        keys.peak("1712", "baseline_months"): fact(3, "count"),
        keys.peak("1712", "window_mean"): fact(807, "count"),
        keys.peak("1712", "window_vs_baseline_pct"): fact(45.3, "percent"),
    }
    md = plain(summary.markdown(peak, ["1712"], 2020))
    # r25 2020 #7, #10: short, the lockdown without a hedge; the chapter says the baseline in full
    lead = (
        "**Meer contacten in april–juni 2020**, de periode die de "
        "schriftelijke vraag „de eerste lockdown” noemt: gemiddeld 807 "
        "contacten per maand, 45 % "
    )
    assert lead in md
    assert "in de drie maanden ervoor (tot en met maart 2020); de drukste maand" in md
    assert "volgens de bron" not in md
