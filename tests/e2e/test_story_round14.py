"""Round 13 readers (findings files 2020 #6, #7, #14-#16, #18; 2021 #3, #4, #6, #7, #13, #19, #20, #22): the chapters
on who contacts and about what, the key figures and their sources, as the built releases show them. Each test failed
on the text before this round."""

from declared import not_shown
from test_report_story import annex
from test_story_round11 import flat, notebook_text
from test_story_round12 import key_figures


def sources_of_key_figures(out) -> str:
    # r66 (r66 2020 #4, 2021 #5): the summary's table by its number, „kerncijfers” being the source's word too
    # r66 (r66 2021 #4): one source of them all is one sentence, with no table
    after = annex(out).rsplit("**Herkomst van @tbl-key-figures.**", 1)[1]
    table = "Herkomst van de cijfers in @tbl-key-figures"
    return flat(after.split(table, 1)[0] if table in after else after.split("\n\n", 1)[0])


def test_the_anonymity_key_figure_has_one_source_and_no_made_up_base(built):
    """2021 #3: Table 1 said '75 % van wie contact opneemt', Table 5 '75 % van de contacten', and the sources table
    named the parliamentary question (the minister's general 'ruim driekwart') for the infographic's 75 %."""
    out = built["2021"]
    figures = key_figures(out)
    # the base: annex (r15 2021 #9); r20 2020 #2: said once, in the key message, not again as a row of the table
    assert "blijft anoniem" not in figures
    # r21: credited to the source, the key figures of the year, not to the helpline in general
    assert "volgens de hulplijn blijft" not in " ".join((out / "report.qmd").read_text(encoding="utf-8").split())
    # r25 2021 #3: the year's own key figure stated plainly (the sources table names the infographic)
    # r39 (r38 2021 #11): the share names no base, said so
    # r41 (r41 2021 #1): the key figure in its own words, which claim no base; the caveat is the annex table's
    anonymous = "; 75 % koos voor anonimiteit (de bron zegt niet van welk totaal)."  # r52 (r51 2021 #10)
    assert anonymous in " ".join((out / "report.qmd").read_text(encoding="utf-8").split())
    # r20 2020 #2: no row in the key figures, so none in their sources; the message names the one source
    assert "anoniem" not in sources_of_key_figures(out)
    chapter = notebook_text(out, "contact_persons")
    # r15 #9; r31 2021 #11 (round 32): the chapter says the share once, no 'ongeveer driekwart (75 %)'
    # r39 (r38 2021 #11): no base the source does not give ('van wie contact opnam'), said so
    # r41 (r41 2021 #1): beside the answer's 'ruim driekwart van de oproepers'
    assert (
        # r44 (2021 #12): each figure with its speaker, no total made up, no 'die anonimiteit' joining them
        "Volgens de kerncijfers van 2021 koos 75 % voor anonimiteit; van welk totaal, zeggen ze niet. Het antwoord "
        "van de minister spreekt van „ruim driekwart van de oproepers”."
    ) in flat(chapter)
    assert "gebruik van die anonimiteit" not in flat(chapter)
    # r37 (r36 2021 #1): the victims' share now says once that its base and 2020's may differ ('op dezelfde basis
    # berekend', the annex's rule): no made-up base for the anonymity share, in its own sentence
    # r39 (r38 2021 #11, #6): the share without a base of persons ('van wie contact opnam' is gone); the caveat that
    # 2021 and 2020 may count differently is said once, at the chapter's start ('op dezelfde manier geteld'), and
    # no bracketed 'basis' hedge is left
    flat_chapter = " ".join(chapter.split())
    anonymity = next(s for s in flat_chapter.split(". ") if "koos 75 % voor anonimiteit" in s)
    assert "van wie contact opnam" not in flat_chapter and "basis" not in anonymity and "basis" not in flat_chapter
    # r49 (2021 #1): the caveat is chapter 1's, for the chapters on 1712, no longer here
    assert "of ze op dezelfde manier geteld zijn, is niet bekend" not in flat_chapter
    assert "fig-contact-person-published" in not_shown(out)  # the chart only repeated the table, with its whiskers


def test_the_ministers_general_remark_is_no_figure_of_the_year(built):
    """2020 #7: 'meer dan 75 %' in the key figures of 2020 was a general remark in the minister's answer."""
    out = built["2020"]
    assert "blijft anoniem" not in key_figures(out)  # round 15 (2020 #13): not even with that note
    # r22 2020 #9: 'in het algemeen', of the callers the minister speaks of ('oproepers')
    # r24: its own paragraph, no 'volgens de minister'; r25 2020 #11 (round 26): alone before the table per group it
    # read as the table's: the reachability chapter says it beside the answering machine, this chapter not
    assert "van de bellers anoniem" not in notebook_text(out, "contact_persons")


def test_derived_groups_say_so_in_one_line_and_the_annex_explains(built):
    """2020 #6: 'cultuur 37' and 'pleger 240' rest partly on totals the source states, not on its table. Round 16
    (r15 2020 #8): the chapter says so in one plain line, the annex's table of the totals explains how."""
    chapter = notebook_text(built["2020"], "contact_persons")
    # round 17 (r16 2020 #5): the derived counts marked; r21 2020 #9: not '37*' as if known; r22 2020 #2: 37 with a
    # marker, the note under the table saying 13 sit in empty cells (the column adds up to its total)
    # r41 (r41 2020 #5): a range tried, reverted (r22 2020 #2: the column adds up); the annex: an assumption
    # r63 (r63 2020 #1): the derived 37 an estimate, marked '≈'
    # r66 (r65 2020 #13): the mark on the row's label, not after its count
    assert "afgeleid uit een totaal" not in chapter and "| cultuur ¹ | ≈ 37 |" in chapter.replace("\u00a0", " ")
    # r24 2020 #6: the 240 marked as the 37 is, one note for both
    assert "| pleger zelf of iemand uit diens omgeving ¹ | 240 |" in chapter.replace("\u00a0", " ")
    # r26 2020 #8; r29 (r28 2020 #13): the note says what each marked count is, and where the annex says more
    # r30 (r29 2020 #7): in plain words, the detail (232 in filled cells, 13 derived) the annex's
    # r30 2020 #7 (round 31): the note says which culture count is derived from the table's total
    # r34 (r33 2020 #14): no derivation under the table, the annex's alone
    assert (
        # r56 (r55 2020 #6): as certain as the text: where each count comes from, what the filled cells give
        # r59 (r58 2020 #7): 37 rests on an assumption, said so; what alone is certain
        # r63 (r63 2020 #1): each count's row; the derived 37 an estimate (≈), as the Methods say
        "¹ De tabel van 1712 laat bij deze groepen vakken leeg. In de rij „pleger zelf of iemand uit diens "
        "omgeving” komt het aantal 240 uit het citaat uit het jaarverslag; de ingevulde vakken geven 232. In de "
        "rij „cultuur” is het aantal 37 een schatting (≈), afgeleid met een aanname (zie @tbl-constraints); "
        "zeker zijn daar alleen de 24 contacten in de ingevulde vakken."
    ) in chapter
    assert "Deels in vakken" not in chapter  # r56 (r55 2020 #6): 'ingevulde vakken' in the note now
    assert "37\\*" not in chapter and "\\* afgeleid" not in chapter
    assert "| onderwijs | 84 | 1,0 % |" in chapter
    import nbformat

    cells = nbformat.read(built["2020"] / "notebooks" / "data_quality.ipynb", as_version=4).cells
    explained = flat(" ".join(o["data"].get("text/markdown", "") for c in cells for o in c.get("outputs", [])))
    # the annex's table of the totals; r26 2020 #16 (round 27): no 'groepstotaal' shorthand
    # r38 (2020 r37 #5): one name for the quoted passage
    assert "| Code 2300 en code 2400 | totaal van de groep in het citaat uit het jaarverslag | 8 |" in explained


def test_the_year_before_is_one_sentence_with_a_count_inside_its_range(built):
    """2020 #14, #15: a table and a chart for two values; 'ongeveer 5.400' for 5.407 to 5.440; a source column."""
    out = built["2020"]
    chapter = notebook_text(out, "channels")
    # round 17 (r16 2020 #7): one wording of the growth, the range the annex's
    # r26 2020 #8: the derivation's change is the Methods'
    # r36 (r35 2020 #1, replaces r34's 'In 2019 waren er ongeveer 5.420'): after the published figure it comes from
    # r39 (r38 2020 #1, #3, #5, #6, #10): the wording changed deliberately; this pin follows it
    # r51 (r50 2020 #1): the chapter gives the estimate as the range of whole numbers it allows
    assert (
        "57 % meer dan in 2019. Daaruit volgt voor 2019 naar schatting tussen 5.407 en 5.440 contacten; 2020 lag"
        in chapter
    )
    assert "5.400" not in chapter
    assert "fig-contacts-years" in set(not_shown(out))  # r28 2021 #14: no annex table of the chart's numbers either
    assert "| Bron |" not in notebook_text(built["2021"], "channels")


def test_contact_persons_in_plain_words_with_the_helplines_own_explanation(built):
    """2020 #15, #16: '(1.159: ... samen, door dit rapport opgeteld)'; no partner or friend; the source's own
    explanation of the few perpetrators and of the chat left out; separated families never named."""
    out = built["2020"]
    chapter = notebook_text(out, "contact_persons")
    assert (
        # r37 (r36 2020 #6): '(stief)kinderen … van het slachtoffer' ('kinderen' read as minors who called)
        # r38 (2020 r37 #12): no nested brackets
        # r39 (r38 2020 #11): the fractions by size, the relatives' sum in words, a semicolon after it
        # r44 (2020 #3): the grouping said as this report's, the sum inside its bracket
        # r49 (r48 2020 #7): the other relatives a sentence of their own, the neighbours too; this pin follows it
        # r63 (r62 2020 #8): no nested brackets
        "Bij één op de zeven is de contactnemer een ander familielid: (stief)kinderen, "
        "grootouders en andere familieleden samen (1.159 contacten). Bij één op de tien is de contactnemer een "
        "buur of iemand anders uit de woonomgeving (804)."
        in flat(chapter)
        and "dit rapport telt hier" not in chapter
    )  # r24 #7
    assert "door dit rapport opgeteld" not in chapter
    # r44 (2020 #2): the other persons (code 1999) listed too, so the parts add up to the group
    assert (
        "566 contacten van een vriend of kennis van het slachtoffer, 59 van de partner van het slachtoffer en 406 van "
        "een andere of onbekende persoon uit de omgeving van het slachtoffer." in flat(chapter)
    )
    assert "(h)erkennen niet dat ze pleger zijn" in chapter and "meer anonieme karakter van de chat" in chapter
    contexts = notebook_text(out, "contexts")
    # r25 2020 #12 (round 26): the message in three short sentences; the source's contexts are the table's
    # r31 2020 #10 (round 32): one base per sentence
    # r36 (r35 2020 #6): not 'alle' beside 'met een bekende context'
    # r39 (r38 2020 #7): the share over all possible victims beside it (the base of 1712's own later 75 %), then
    # the divorced families; still one base per clause, not 'alle' beside 'met een bekende context'
    assert (
        # r44 (2020 #4): one base per sentence; the share over all possible victims a sentence of its own
        # r45 (r44 reader finding, the context lead's bases): each share with its base counted out
        "Bij 91,5 % van de 10.088 mogelijke slachtoffers met een bekende context speelt het geweld zich af binnen de "
        # r52 (r51 2020 #1): the share over all 11.305 only in a clause naming its base
        "familie, bij 85,0 % van diezelfde 10.088 in het kerngezin (75,8 % van alle 11.305, als ook wie een onbekende "
        "context heeft meetelt). Bij bijna de helft van de 8.570 mogelijke slachtoffers in het kerngezin (4.251)"
        in flat(contexts)
    )
    assert "Bij bijna de helft van die mogelijke slachtoffers" not in flat(contexts)
    assert flat(contexts).count("75,8 %") == 1
    assert "alle mogelijke slachtoffers met een bekende context" not in flat(contexts)
    assert "(4.251 mogelijke slachtoffers)" not in contexts
    assert "| **Totaal** | **11.305** |" in contexts  # r61 (r59 demo #6): every grand total bold 'Totaal'


def test_the_monthly_chart_names_every_month(built):
    """2020 #18: the caption says the unregistered contacts are not drawn; round 15 (2021 #19): how many. r31 2021 #5:
    the 2021 report draws no monthly chart of 2020 (a sentence keeps its point)."""
    assert "fig-channels-monthly" in not_shown(built["2021"])
    for release in ("2020",):
        caption = "(zonder de 6 contacten waarbij het kanaal niet ingevuld is)"  # r66 (r66 2020 #8)
        assert caption in flat((built[release] / "report.qmd").read_text(encoding="utf-8")) or caption in flat(
            (built[release] / "notebooks" / "channels.ipynb").read_text(encoding="utf-8")
        )


def test_a_small_difference_is_said_with_both_ends(built):
    """2021 #4: 'hooguit 1 procentpunt lager' for 0,3 to 1,3 points."""
    chapter = notebook_text(built["2021"], "gender_age")
    # r16 2021 #1, r23 2021 #15; r34 (r33 2021 #12): 'iets minder' as 73 % (72,5 to 73,5) lies wholly below 73,8 %
    # r38 (r37 2021 #2): no judging word: the sources do not say both shares are of the same base (16 contacts of
    # 2020 stand in no column of the gender table)
    said = "Bij 73 % van de contacten met een bekend geslacht was de contactnemer in 2021 een vrouw; in 2020 was dat"
    assert f"{said} 73,8 %." in chapter
    assert "hooguit 1 procentpunt" not in chapter
    assert "fig-gender-share-years" in not_shown(built["2021"])  # 2021 #13: two dots are the sentence


def test_the_contexts_chapter_says_what_each_share_counts(built):
    """2021 #6, #7, #20: 'telt mogelijke slachtoffers, niet contacten' beside '10 % van de contacten'; 'De tabellen
    en figuren tonen 2020' though the first table is 2021; no total of 2020; the grouping of settings unsaid."""
    out = built["2021"]
    chapter = notebook_text(out, "contexts")
    assert "niet contacten" not in chapter and "De tabellen en figuren tonen" not in chapter
    # round 17 (r16 2021 #5, #7): 2020 named where it starts; r21: without a guide to the annex's tables
    # r31 2021 #12 (round 32): 2020's 18 rows are the annex's, no longer 'De tabel hieronder'
    assert "De tabel hieronder toont de context" not in chapter and "**Ter vergelijking: 2020.**" not in chapter
    # r21 (2021 #9): the chapter says what the 90 % counts; r23 (r22 2021 #9): and the 10 % with its own base (per
    # call), not one split; the annex says the two bases
    assert "Bij 90 % van de mogelijke slachtoffers met een bekende context speelt het geweld" in flat(chapter)
    # r25 2021 #9 (round 26): beside the 90 % a reader added the 10 % per call to 100; r49 (r48 2021 #9b): the
    # lead's decision: the 10 % in the chapter, said to have another base and total
    assert "De drie aandelen (90 %, 10 % en ongeveer 75 %) hebben elk een ander totaal" in flat(chapter)  # r54
    back = flat(annex(out))
    assert "de 10 % buiten de familie als aandeel van de oproepen" in back  # r56 (r55 2021 #6): said once
    assert "als één verdeling" not in back
    # r19 #1: the 2020 table is never called a count of possible victims: no difference, no 'terwijl ... 6 %'
    assert "over 11.312 mogelijke slachtoffers" in chapter and "terwijl het aantal contacten" not in chapter
    # r53 (r53 2021 #1): the context table has no year: 'de tabel per context', not 'van 2020'
    assert "of ze hetzelfde tellen als de tabel per context, zeggen de bronnen niet" in back
    # r32 (r31 2021 #12): 2020's table, with its total, moved to the annex
    # r33 (r32 2021 #8): and from the annex to the 2020 report, which the 2021 annex names in one sentence
    assert "| **Totaal** | **11.305** |" not in chapter and "| **Totaal** | **11.305** |" not in back  # r61
    # r45 (r44 reader finding, the family sum in the annex): the annex adds the family's contexts up itself, so the
    # pointer to the 2020 report no longer promises which contexts form the family
    # r53 (r53 2021 #1): the table by its missing year, not called 2020; this pin follows it
    pointer = "De volledige tabel per context (zonder jaartal, bij de tabellen over 2020) staat in het rapport"
    assert pointer + " „Hulplijn 1712 in 2020”" in back
    assert "met uitleg over wat ze telt" not in back
    assert "niet-gescheiden kerngezin 4.319 + bredere familiale context 663 = 9.233 van 10.088 vermeldingen" in back
    # r22 2020 #12, 2021 #13: the source's own contexts, no groups of this report, no stray pointer under the table;
    # which contexts count as family is the annex's
    assert "voorzieningen en instellingen" not in chapter and "Hoe dit rapport de contexten groepeert" not in chapter
    assert "voorzieningen en instellingen" not in back
    # r33 (r32 2021 #8): the table and which contexts form the family are the 2020 report's, named in the annex
    assert "| gescheiden kerngezin | 4.251 |" not in chapter + back
    # r37 (r36 2021 #3): with its publisher and year
    # r45 (r44 reader finding, the family sum in the annex): which contexts form the family is the annex's own sum;
    # the 2020 report still named with its publisher and year
    assert "staat in het rapport „Hulplijn 1712 in 2020” (Departement Zorg, 2026). Binnen de familie:" in back
    assert "welke contexten tot de familie horen, staat in" not in back


def test_the_channel_counts_are_said_once(built):
    """2021 #22: Table 2 said 'niet gepubliceerd' beside 'ongeveer 5.800 via de telefoon' in the text above it.
    r24 2021 #11: the text names each channel's count and share, the figure the shares per year: no table repeats
    them; the tables of the charts over the years stand in the annex."""
    chapter = notebook_text(built["2021"], "channels")
    # r37 (r36 2021 #2): the published share first, the count derived from it after it
    assert "Van die contacten liep 68 % via telefoon, naar schatting 5.800 (2020: 5.702)" in " ".join(chapter.split())
    assert "| Kanaal |" not in chapter and "| telefoon | ongeveer 5.800 | 68 % |" not in chapter
    assert chapter.count("18 %") == 1
    assert "tbl-channels" in not_shown(built["2021"])
    assert "| Kanaal |" in notebook_text(built["2020"], "channels")  # the year of monthly tables: its exact counts


def test_no_code_word_for_a_kind_of_contact_person(built):
    """2021 #19: 'per contactnemerscode'."""
    chapter = notebook_text(built["2021"], "contact_persons")
    assert "contactnemerscode" not in chapter  # r23 2021 #1: no absence sentence of its own
