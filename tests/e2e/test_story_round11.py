"""Round 11, fresh readers of 2020 and 2021 (2020 #3-5, #9-13, #24-26, #38-40; 2021 #2, #3, #11-13, #17, #20, #21,
#24): the summary's key messages and the chapters reachability and campaigns; each failed on the text before."""

import re

from test_report_reads import reader_part  # tests/e2e/ is on the path as pytest runs its tests
from test_report_story import flat as _flat

MONTHS = "september 2020 tot december 2020"


def flat(text: str) -> str:
    return _flat(text.replace("\u00a0", " "))


def notebook_text(out, name: str) -> str:
    """What a chapter's notebook shows a reader (its cells for the annex left out), in order."""
    import nbformat

    parts = []
    for cell in nbformat.read(out / "notebooks" / f"{name}.ipynb", as_version=4).cells:
        if "#| include: false" not in cell.source:
            parts += [o["data"]["text/markdown"] for o in cell.get("outputs", []) if "text/markdown" in o["data"]]
    return flat("\n".join(parts))


def campaign_rows(out) -> list[str]:
    """The body rows of the campaigns chapter's table of the minister's campaigns, as the notebook shows it."""
    import nbformat

    for cell in nbformat.read(out / "notebooks" / "campaigns.ipynb", as_version=4).cells:
        for o in cell.get("outputs", []):
            md = o.get("data", {}).get("text/markdown", "")
            if md.lstrip().startswith("| Datum |"):
                return [line for line in md.strip().splitlines()[2:] if line.startswith("|")]
    raise AssertionError("no table of campaigns")


def messages(out) -> str:
    qmd = (out / "report.qmd").read_text(encoding="utf-8")
    return flat(qmd.split("## Belangrijkste boodschappen", 1)[1].split("## Kerncijfers", 1)[0])


def bold(text: str) -> list[str]:
    return re.findall(r"\*\*(.+?)\*\*", text)


def test_the_unconfirmed_answer_rate_is_never_stated_as_fact_in_bold(built):
    """2021 #2, 2020 bullet 2: a journalist quotes the bold lead-in; it says who states the figure and that the
    minister did not confirm it, or states no figure at all."""
    for release in ("2020", "2021"):
        out = built[release]
        for text in (messages(out), flat(reader_part(out))):
            for lead in bold(text):
                # r22 2020 #1, 2021 #1: the figure no longer in bold at all; the bold a label ('Bereikbaarheid')
                assert "40 % tot 45 %" not in lead, (release, lead)
        assert "Volgens een parlementaire vraag" not in flat(reader_part(out)), release
    assert "bevestigde" not in flat(reader_part(built["2020"]))
    # r21 2021 #3: no figure in this report's sources, not 'no figure'; r22: the questioner's, not confirmed
    # r25 2021 #3, #9: plainly, two short sentences, no remark on the minister's answer
    # r27 2021 #1, #11: plainly what is not known, and in a few words what was done (the chapter has the rest)
    # r30: two bullets, the end-2020 figure in the source's words with its caveats, the year's missing figures said
    # as not in this report's sources; what 1712 did in a bullet of its own
    md2021 = flat(messages(built["2021"]))
    # r31 (2021 #2, #3, #10): the year's none plainly, the question's figure; 'Wat er veranderde'
    # r32 (2021 #16): one sentence, what is not known first, then the fact, its source after it
    # r33 (r32 #5): 'voor 2021 zijn geen cijfers bekend', then 2020's figure as 1712's own internal analyses
    # r34: then whose figure it is, before the months
    # r35 (2021 #1): this report's sources give none (was 'geen cijfers bekend': figures may exist), said once
    # r36 (r35 2021 #1, #5): the lead without the year (read as 2021's figure when skimmed), the 2020 figure's
    # months before it; every measure dated, optie 0 too
    # r45: the summary's wording changed deliberately (r44 2021 #5: 'de recentste cijfers gaan over …', whose figure
    # in a parenthesis; r44 2021 #3: the measures a sub-list); 'de bronnen' said once, the old wording gone
    assert (
        # r63 (r63 2021 #1): not 'geen cijfers' beside the measures' preliminary figures
        # r66 (r66 2021 #2): the preliminary figures only under optie 0
        "**Bereikbaarheid van 1712:** over 2021 geven de bronnen geen cijfers (zie de maatregelen hieronder); "
        "de recentste cijfers gaan over "
        "september–december 2020 (interne analyses van 1712, aangehaald in" in md2021
    )
    assert "de recentste zijn van" not in md2021
    assert (
        # r66 (r66 2021 #7): not dated again under its heading's year
        "**Maatregelen in 2021 (volgens het antwoord van begin 2022):** - „optie 0” als overlooplijn" in md2021
    )
    # r66 (r66 2021 #7): pin follows the new wording
    assert "- **Verlengde capaciteitssubsidie:** toegekend van 1 december 2021" in md2021  # r48
    # r61 (r59 2021 #1): and once more where it says the sources do not say what an 'oproep' counts
    assert md2021.count("bronnen") == 2
    assert "minister" not in flat(messages(built["2021"]))


def test_calls_not_people_is_said_plainly(built):
    """2020 #13, 2021 #24: not the cryptic 'Wie meermaals belde, telt hier meermaals'."""
    for release in ("2020", "2021"):
        assert "meermaals" not in flat(reader_part(built[release])), release
        # r19 #5: said once in the chapter (and in the glossary), not again in the summary
        assert "niet om personen" not in messages(built[release]), release
        # r20 2020 #9: no source says how the calls were counted; r23 (r22 2020 #1): the attempts the minister's,
        # from samples, once in the chapter and not linked to the share; not in the summary
        said = flat(reader_part(built[release]))
        chapter = flat(notebook_text(built[release], "reachability"))
        assert "tellen oproepen" not in said and "niet om bellers" not in said
        # r25 2020 #5: the attempts beside the share in the summary too, the minister not named
        # r26 2020 #7: not word for word in both; r27 (2020 #1, 2021 #1): the chapter's only
        # r30: the Proximus samples' attempts said with their source; the summary has 'belpogingen' only as the
        # inference of what the question's share counts, not the attempts per caller
        # r33 (r32 2021 #1): the 2021 chapter says 2020 in one sentence and points to the 2020 report for the rest
        # r34: both chapters give the attempts per caller beside the share, the samples as their source, once
        # r36 (r35 2020 #3, 2021 #4): the attempts said as the answer's, in chapter and summary, without the 'dus'
        # that assumed the share counts attempts
        # r39 (r38 2020 #1, #3, #5, #6, #10): the wording changed deliberately; this pin follows it
        # r49 (2021 #3): the 2021 chapter keeps one short parenthesis ('periode niet vermeld')
        said = "Volgens het antwoord doet een beller gemiddeld 3 tot 4 pogingen (steekproeven met Proximus"
        assert chapter.count(said) == 1, release  # r31
        # r34: the summary gives them beside the share too, so the share is not read as callers left unanswered
        summary = flat(messages(built[release]))
        # r39 (r38 2020 #1, #3, #5, #6, #10): the wording changed deliberately; this pin follows it
        # r45: r44 (2021 #4) left the attempts per caller to the chapter in a later year's summary: once in 2020's,
        # not in 2021's
        wanted = 1 if release == "2020" else 0
        assert summary.count("doet een beller gemiddeld 3 tot 4 pogingen; hoeveel bellers") == wanted, release
        assert "pogingen, dus" not in summary, release
        assert ("Volgens steekproeven met Proximus" in summary) == (release == "2020")  # r49 (r48 2020 #4): named


def test_the_first_lockdown_is_a_key_message_with_one_figure(built):
    """2020 #3 and #10: the key messages name the first lockdown, with the one peak figure the chapter gives; a
    later year's messages do not repeat it."""
    text = messages(built["2020"])
    # round 13 (2020 #2, #17): named as the first lockdown, said by its months' average, not by April alone
    assert (
        # r25 2020 #7, #10: short, the lockdown without a hedge; the chapter says the baseline in full
        # r54 (r54 2020 #1): the months first, 'de eerste lockdown' as the written question's label for them
        "**Meer contacten in april–juni 2020**, de periode die de schriftelijke vraag „de eerste lockdown” noemt: "
        # r61 (r59 2020 #3): a mean beside a mean, not 'the three months' read as their total
        "gemiddeld 807 contacten per maand, 45 % meer dan het maandgemiddelde van januari–maart "
        # r64 (r64 2020 #6): the unit said, and the level after the peak
        "2020 (556 contacten per maand); ook in juli–december 2020 lag het gemiddelde nog 19 % hoger (662)."
        in flat(text)
    )
    # the peak said once (r19 2020 #12: the busiest month once in the summary, in the key figures)
    assert "drukste maand" not in text.lower()
    qmd = flat((built["2020"] / "report.qmd").read_text(encoding="utf-8"))
    summary = qmd.split("# Samenvatting {.unnumbered}", 1)[1].split("# Over deze cijfers", 1)[0]
    assert summary.count("| Drukste maand | april 2020 | 967 contacten |") == 1
    assert "Meer contacten in april–juni" not in messages(built["2021"])  # r54: the new wording
    chapters = flat(reader_part(built["2020"]))
    assert chapters.count("45 % meer dan het gemiddelde van de eerste drie maanden van 2020") == 1  # in full: chapter
    for other in ("+38 %", "+71 %", "45,3 %", "74 %"):
        assert other not in chapters


def test_the_shaded_period_is_named_as_the_peak_not_the_lockdown(built):
    """2020 #4: the band April-June is the period of the peak the MP quotes, not the lockdown (which began before
    the campaign of 23 March about it)."""
    nb = (built["2020"] / "notebooks" / "campaigns.ipynb").read_text(encoding="utf-8")
    # round 13 (2020 #2): the model is told those months differ; they are named as the lockdown's months
    assert "de piek van april–juni 2020" in nb  # round 19 (r18 2020 #1); r22 2020 #8: in the annex's note
    assert "„eerste lockdown”" not in flat(reader_part(built["2020"]))


def test_what_was_done_is_a_key_message_with_only_the_measures_of_the_year_and_before(built):
    """2020 #12, 2021 #11: the capacity subsidy, optie 0, the chat's longer hours, the subsidy to 2024; a report
    names only what started in or before its year."""
    first = (  # r20 2020 #18: the timing credited to the question, as its cause
        # r51 (r50 2020 #8): the word is the answer's
        "extra werkingsmiddelen (in het antwoord: de capaciteitssubsidie) om de capaciteit voor een jaar te "
        "versterken, naar aanleiding "
        # r41 (r41 2021 #3): 'het aantal oproepen', the question's word
        "van de stijging van het aantal oproepen tijdens de eerste lockdown"
    )
    text2020, text2021 = messages(built["2020"]), messages(built["2021"])
    # round 13 (2021 #11): the effect first in one short sentence, then the measures as a list
    # round 15 (r14 2020 #1, #2): the measure first, then 'niet gemeten', then what followed, the subsidy to 2024 too
    # round 16 (r15 2020 #11): headed by the years it covers; r23 (r22 2020 #4, #5, 2021 #3): one line, the chapter
    # lists the measures once with their dates and what is known of their effect
    # r25 2020 #8: in 2020 what started after it is labelled as what followed; r25 2020 #9, 2021 #7: the answering
    # machine a better use, a message could be left before
    # r26 (2020 #7, #14, 2021 #4, #5): in the one reachability bullet, after the problem; 'voor één jaar' said so it is
    # not read as 'one year after'; the invitation to leave a message plainly
    # r27 (2020 #1, 2021 #1): the summary's reachability message is the problem and the answer's stance; in 2021 what
    # was done in a few words; the dates, the answering machine and the chat's hours are the chapter's only
    # r64 (r64 2020 #2): 'Maatregelen … (volgens het antwoord van begin 2022)' heads the list, once per release
    assert text2020.count("Maatregel") == 1 and text2021.count("Maatregel") == 1
    assert "Wat volgde na" not in text2020 + text2021
    # r31 (2021 #10): the chat extension is among what changed in 2021's summary
    # r38 (r37 2021 #3): 2021's summary names the invitation to leave a message (a call-back option read as new)
    # r52 (r51 2020 #3, r52 2020 #2): the 2020 summary lists what changed after the year (a policy reader's first
    # question), each a short line under 'Wat daarna veranderde', as 2021's list: those details only there
    after = flat(text2020).split("**Maatregelen na 2020 (volgens het antwoord van begin 2022):**")
    assert len(after) == 2 and "bericht in te spreken" not in after[0] and "22 uur" not in after[0]
    # r66 (r66 2020 #3): one short line naming each measure by its fewest words (the details are chapter 6's)
    assert "; vanaf september 2021 een ruimere chat;" in after[1] and "22 uur" not in after[1]
    # r30: 'Wat 1712 deed' a bullet of its own, the overflow line explained, the subsidy dated as the answer's
    # r41 (r41 2021 #4): the measures in the past tense, as the early-2022 answer told them
    # r44 (r42 2021 #4): optie 0 an active choice
    assert "„optie 0” als overlooplijn (wie in het keuzemenu 0 koos, omdat de eigen provincie" in flat(text2021)
    # r36 (r35 2021 #5): every measure dated as measures_line dates them ('vanaf 1 december 2021 …, toegekend tot')
    # r45 (r44 2021 #3): the measures a sub-list, each line led by its dates
    # r48: the subsidy's continuation a bullet of its own ('Toegekend'), its dates after it, no longer a measure line
    assert (
        # r66 (r66 2021 #7): pin follows the new wording
        "- **Verlengde capaciteitssubsidie:** toegekend van 1 december 2021 tot 30 november 2024." in flat(text2021)
    )
    assert "vanaf 1 december 2021 een voortzetting" not in flat(text2021)
    # r38 (r37 2021 #3): the invitation, and that leaving a message was possible before; no call-back option as new
    assert (
        # r56 (r55 2021 #5): no 'actieve', the source's 'boodschap'
        # r59 (r58 2021 #1): the better use of the answering machine, with its aim
        # r61 (r59 2020 #1): the aim said as an aim, not a result; no evaluation in figures
        # r61 (r59 2020 #4, 2021 #3): 'beter benut' (put in practice), 'de bellers', evaluated only qualitatively
        # r62 (r62 2020 #4, 2021 #3)
        # r63 (r63 2020 #3, 2021 #2): a sentence with 1712 as its subject
        # r66 (r65 2021 #2): 1712 'ging het antwoordapparaat beter gebruiken', the answer's words in brackets
        # r66 (r66 2021 #7): not dated again under 'Maatregelen in 2021'; the answering machine a noun phrase
        "Een beter gebruik van het antwoordapparaat (in het antwoord: „het gebruik van het "
        "antwoordapparaat optimaliseren”). Inspreken kon al eerder; 1712 wilde ingesproken berichten sneller "
        "behandelen en de bellers "
        "terugbellen. Tot begin 2022 werd dat alleen kwalitatief geëvalueerd."
    ) in flat(text2021)
    for text in (text2020, text2021):
        assert first not in text and "zet ze op een rij" not in text and "niet gemeten" not in text
    chapter = flat(notebook_text(built["2021"], "reachability"))
    for measure in (
        first,
        "„optie 0”",
        "**Chat.** Vanaf september 2021 bood 1712 een ruimere chat",  # r48: a sentence; r52: under the opener
        # r24 2021 #9: a planned end; r30: dated as the answer's statement
        # r39 (r38 2020 #1): past, dated to the answer
        # r41 (r41 2020 #9): the wording changed deliberately; this pin follows it
        # r47 (r46 2021 #6, 2020 #7): stated as the answer states it, once, in 'Maatregelen'
        # r52 (reader r51): no 'Volgens het antwoord' per sentence; this pin follows the new wording
        # r66 (r65 2021 #4): 'subsidie' once; 'volgens het antwoord' (r64 2020 #1)
        "De capaciteitssubsidie werd volgens het antwoord voortgezet van 1 december 2021 tot 30 november 2024",
    ):
        assert measure in chapter, measure
    # r32 (2020 #11): attributed to the answer
    # r44 (2020 #9): the answer's qualitative evaluation first, then the preliminary figures
    assert (
        # r52 (reader r51): the answer named once at the measures' opener; this pin follows the new word order
        "Dit werd op verschillende momenten kwalitatief geëvalueerd, en voorlopige cijfers, waarop toen nog "
        "kwaliteitscontroles liepen, leken erop" in chapter
    )
    assert (
        chapter.count(
            "Wat volgt, komt uit het antwoord op schriftelijke vraag nummer 282 (begin 2022), tenzij anders vermeld."
        )
        == 1
    )
    # r25 2020 #1: what the answer says instead of the figures asked for is the annex's
    # r26 2021 #2, #8: the year's figures are not in this report's sources, said at the chapter's head
    assert "of dat gebeurde, tonen de gebruikte" not in chapter
    # r27 2021 #11; r30: said as not in this report's sources, at the chapter's head
    # r31 (2021 #3); r35 (2021 #1): this report's sources give none (was 'geen cijfers bekend')
    assert chapter.startswith("De bronnen van dit rapport geven geen cijfers over de bereikbaarheid in 2021.")  # r51


def test_the_summary_opens_with_the_news_not_a_reading_guide(built):
    """2021 #21: the summary's first words are the key messages; what the report covers follows the key figures."""
    for release in ("2020", "2021", "2021-tele-onthaal"):
        qmd = (built[release] / "report.qmd").read_text(encoding="utf-8")
        summary = qmd.split("# Samenvatting {.unnumbered}", 1)[1].split("\n# ", 1)[0]
        # r45 (r44 #9): the one help line (with the Zelfmoordlijn and a link to the box) comes first, as its own
        # paragraph; after it, the news
        help_line, rest = summary.strip().split("\n\n", 1)
        assert help_line.startswith("**Zelf hulp nodig?** Bel "), (release, help_line)
        assert "Zelfmoordlijn" in help_line and "(#hulp-nodig)" in help_line, release
        lines = [line for line in rest.splitlines() if line.strip() and not line.startswith("{#")]
        # r20 TO #8: every real release opens with its key messages, the one sentence of context after them
        # r39 (r38 2021 #1): where the lead helpline's detail is another year's, that caveat comes first, right under
        # the heading, then the key messages
        # r52 (r51 2020 #12): what kind of report this is comes first (in 2021 with the other-year caveat after it),
        # then the key messages
        if release in ("2020", "2021"):
            assert lines[0].startswith("Dit rapport beschrijft de contacten met Hulplijn 1712"), lines[0]
            if release == "2021":
                assert "Van Hulplijn 1712 staan voor 2021 in de bronnen alleen kerncijfers" in lines[0], lines[0]
            lines = lines[lines.index(next(x for x in lines if x.startswith("## "))) :]
        assert lines[0].startswith("## Belangrijkste boodschappen"), (release, lines[0])
        assert "Het rapport opent met" not in summary, release
        if release == "2021-tele-onthaal":  # r26 TO #4: its one sentence of context opens 'Over deze cijfers'
            assert "Dit rapport werd in 2026" not in summary, release
            # r19h TO #3, #4: no reading guide in a report of one helpline's figures
            assert "Dit rapport beschrijft" not in summary and "vatten het rapport samen" not in summary, release
            continue
        # r52 (r51 2020 #12): what kind of report this is, before the key messages
        assert summary.index("Dit rapport beschrijft") < summary.index("## Belangrijkste boodschappen"), release
