"""Round 21 (the r20 readers of 2020 and 2021) on who contacts the helpline, gender and age, and the context of the
violence: the chapters open with the finding and leave the mechanics to the annex (2020 #3), the perpetrator side in
one wording (2020 #7), the foster family beside the 91,5 % (2020 #14), one table per year of contact persons and the
rise of victims beside the chat (2021 #6, #12), a chart that marks what is not published and a legend that matches
its bars (2021 #7), and a neutral 'anoniem' (2020 #22, 2021 #11)."""

import re

import matplotlib.pyplot as plt
import pandas as pd
import yaml
from context_wording import CONTEXT_2020_OPENING  # r66: one pin of the 2020 opening
from matplotlib.patches import Patch

from hulplijnen.chapters import contexts, gender_age
from hulplijnen.chapters.contexts import analysis as cx
from hulplijnen.config.paths import ROOT
from hulplijnen.facts import FactSheet
from hulplijnen.presentation import figures_alt, figures_sources
from hulplijnen.presentation.parts import Table, Text

# r54 (r54 2020 #4): the context table's doubted year, said after what it counts
DOUBT = r" ?De tabel staat in de bron zonder jaartal.*?\(#sec-appendix-contexts\)\)\."


def test_the_contexts_chapter_opens_with_the_finding_and_the_annex_says_how_the_table_is_read(contexts_2020, plain):
    """2020 #3: no 'De cijfers van dit hoofdstuk komen uit de tabel van de bron'; 'een indeling van dit rapport' in the
    annex's words only; 2020 #14: the foster family's place said in one clause beside the share; r22 2020 #3: its
    effect (91,8 %) and 'Hoe dit rapport de contexten groepeert' are the annex's; r22 2020 #12: the story is the
    separated nuclear family."""
    # r50 (r49 2020 #2): the doubt opens the text; the lead read after it
    # r54 (r54 2020 #4): the doubt follows what the table counts; the lead read without it
    # r67 (r67 2020 #2): the caveats a section of their own, after the table
    family = re.sub(
        DOUBT, "", plain(contexts_2020.section("family") + "\n\n" + contexts_2020.section("caveats")).strip()
    )
    # r45 (r44 2020 F): each figure with its base's count in the same form, no bold (the table's year is doubtful)
    # r52 (reader r51): what the table counts and the unknown contexts as a count open the lead, then the finding
    # with the share of all 11.305 in brackets, its base named; this pin follows the new wording
    assert family.startswith(
        # r66 (r65 2020 #5): the result first, then the caveats (what the table counts, the unknown contexts)
        CONTEXT_2020_OPENING  # r66: the shared pin (context_wording.py)
    )
    assert "van wie de context bekend is" not in family
    # r24 2020 #16: bold only the paragraph's lead-in
    # r25 2020 #12 (round 26): the message in three short sentences, the counts the table's
    # r31 2020 #10 (round 32): one base per sentence, the nuclear family within the known contexts
    # r36 (r35 2020 #6): not 'alle' beside 'met een bekende context'; always 'mogelijke' slachtoffers
    # r39 (r38 2020 #7): the share of all possible victims follows in brackets, named, so 2021's 'ongeveer 75 %'
    # reads on the same base; the known-context share still comes first
    # r45 (r44 2020 F): the share over all possible victims names its count, with the unknown share beside it
    # r52 (reader r51): the unknown contexts as a count, the 75,8 % in brackets with its base (11.305) named
    # r66 (r65 2020 #5): in the caveats after the result
    assert "Bij 1.217 van de 11.305 is de context onbekend of niet ingevuld." in family and "10,8 %" not in family
    assert "Over alle mogelijke slachtoffers gerekend" not in family
    assert family.count("(75,8 % van alle 11.305,") == 1 and "Van alle 11.305 mogelijke slachtoffers, ook" not in family
    # r30 2020 #12 (round 31): the separated nuclear family, no cause; r31 2020 #10: its part said as the finding;
    # r36 (r35 2020 #6): in the same sentence ('daarvan'), its count pair naming the base
    # r44 (2020 #4): short sentences, one base each: 'van die mogelijke slachtoffers in het kerngezin', not 'daarvan'
    # r45 (r44 2020 F): the base's count named in the same form ('van de 8.570 ...'), the part's count in brackets
    said = "Bij bijna de helft van de 8.570 mogelijke slachtoffers in het kerngezin (4.251) gaat het om een"
    assert said in family and "daarvan" not in family
    assert "alle mogelijke slachtoffers met een bekende context" not in family and "van de slachtoffers" not in family
    # r44 (2020 #1, #4): six short sentences (one base each, and the table's closeness to 2021's count)
    assert len(re.findall(r"[.!?](?:\s|$)", family)) <= 6
    assert family.count("**") == 0  # r45 (r44 2020 F): no bold lead-in, as the table's year is doubtful
    chapter = plain(contexts_2020.text.split("De tabel van de bron")[0])
    for audit in ("tabel van de bron", "zegt niet wat ze telt", "indeling van dit rapport", "niet van de bron", "91,8",
                  "Hoe dit rapport"):  # fmt: skip
        assert audit not in chapter, audit
    # r49 (r48 2020 #1): the lead's decision: the table's doubtful year one sentence pointing to the annex
    assert plain(contexts_2020.section("family") + "\n\n" + contexts_2020.section("caveats")).count("bijlage") == 1
    annex = plain(contexts_2020.section("reading"))
    assert "zegt niet wat ze telt" in annex
    assert "met de 23 mogelijke slachtoffers in een pleeggezin erbij zou het aandeel binnen de familie" in annex
    assert Table("tbl-appendix-context-reading", "tbl_appendix_context_reading", lead="reading") in (  # r39: a block
        contexts.SHOWN
    )


def test_the_foster_family_is_counted_with_the_family_only_in_the_clause_beside_the_share():
    codebook = pd.DataFrame(
        {
            "context": ["a", "foster_family", "b", "unknown"],
            "label_nl": ["kerngezin", "pleeggezin", "school", "onbekend"],
            "family": pd.array([True, False, False, pd.NA], dtype="boolean"),
            "nuclear_family": pd.array([True, False, False, pd.NA], dtype="boolean"),
            "known": pd.array([True, True, True, False], dtype="boolean"),
            "setting": ["n", "i", "s", "u"],
            "order": [1, 2, 3, 4],
        }
    )
    victims = pd.DataFrame({"context": ["a", "foster_family", "b", "unknown"], "possible_victims": [80, 5, 15, 9]})
    assert cx.family_with(victims, codebook, cx.FOSTER) == (5, 85.0)
    assert cx.family_with(victims, codebook, "a") is None  # within the family already
    assert cx.context_summary(victims, codebook).family_known_pct == 80.0


def test_gender_and_age_leave_the_source_talk_to_the_annex(plain):
    """2020 #3: '16 contacten ontbreken in de brontabel naar geslacht; waarom, zegt de bron niet' and 'De bron schrijft
    „+12 jaar”' are the annex's; the chapter keeps a pointer."""
    chapter = gender_age.build(2020, "1712", FactSheet("gender_age", 2020))
    gender = plain(chapter.section("gender"))
    # r29 (r28 2020 #4): the 16 contacts in no column are the annex's only
    # r44 (2020 #5): one term for gender and age, 'niet ingevuld' (was 'ontbreekt het')
    # r56 (r55 2020 #2): the 16 are missing from the source's table by sex, said so in the chapter (was 'niet ingevuld')
    assert (
        # r61 (r59 2020 #3): why the source does not say is the annex's (was ', die niet zegt waarom')
        "bekend, bij 86 onbekend; 16 contacten ontbreken in de tabel naar geslacht van de bron (zie de technische "
        "bijlage)." in gender
    )
    assert "zegt de bron niet" not in gender and "brontabel" not in gender
    assert Text("age_note") not in gender_age.SHOWN
    assert any(isinstance(p, Table) and p.lead == "age_note" and p.annex for p in gender_age.SHOWN)
    assert "„+12 jaar”" in plain(chapter.section("age_note"))


def test_the_perpetrator_side_in_one_wording_and_a_short_table_note(persons_2020, plain):
    """2020 #7: not 'Van plegers zelf (64) of iemand uit hun omgeving kwamen 240', which read as 64 plus 240."""
    groups = plain(persons_2020.section("groups"))
    assert (
        "Van plegers of iemand uit hun omgeving kwamen 240 contacten (3,0 %); 64 daarvan kwamen van de pleger zelf."
        in groups
    )
    assert "(64)" not in groups
    # r22 (r21 2020 #13): its cells say what is filled
    # round 30 (r29 2020 #7): the note's one plain sentence names the source table, nothing else in the chapter does
    # round 32 (r31 2020 #9): the note plain and short, no source table named in it either
    assert plain(persons_2020.text).count("brontabel") == 0
    # r29 (r28 2020 #13): the table's note says what 37 is ('13 afgeleid uit lege vakken'); nowhere else
    note = plain(persons_2020.section("groups_note"))
    # round 31 (r30 2020 #7): the note says which culture count is derived from the table's total, nowhere else
    # r34 (r33 2020 #14): which count is derived, and from what, is the annex's alone
    # r59 (r58 2020 #7): the note says 37 is derived, from an assumption (the annex's table says which)
    # r63 (r63 2020 #1): an estimate (≈), 'afgeleid met een aanname'
    assert plain(persons_2020.text).count("afgeleid") == 1 and "een schatting (≈), afgeleid met een aanname" in note
    # r56 (r55 2020 #6): the note as certain as the text: where each count comes from, what the filled cells give
    # r59 (r58 2020 #7): one sentence per count, none opening on a digit
    # r63 (r63 2020 #1): each count's row named
    assert (
        "vakken leeg. In de rij „pleger zelf of iemand uit diens omgeving” komt het aantal 240 uit het citaat" in note
    )


def test_2021_one_table_per_year_the_limit_once_and_the_chat_beside_the_rise(persons_2021, plain):
    """2021 #6: the shares in one table (the year table), 37 % once in the text, the limitation once; #12: the rise of
    victims beside the chat's rise, as the helpline's possible link, not a cause."""
    assert persons_2021.tables["shares"] is None and persons_2021.tables["years"] is not None
    text = plain(persons_2021.section("groups") + persons_2021.section("earlier"))
    assert text.count("37 %") == 1
    # r22 2021 #2: the finding first, the absence once and plainly after it
    assert "alleen kerncijfers" not in text and text.strip().startswith("**Bij ruim één op de drie contacten")
    assert "geen tabel per soort contactnemer" not in text  # r23 2021 #1: the summary says it once
    # r37 (r36 2021 #1): 'van de contactnemers' (base not stated) beside 2.708 of all 8.059 contacts, the unknown
    # codes too: no 'meer dan', the earlier share beside it and once that the bases may differ
    # r39 (r38 2021 #6): the hedge is said once, right after the finding, for this and the next chapters; no bracket
    # r49 (2021 #1): the hedge no longer here: said once in chapter 1, for all chapters, and in the summary's opening
    assert "37 % in 2021**; in 2020 was dat 33,6 % van de 8.059 contacten.\n" in text or (
        "37 % in 2021**; in 2020 was dat 33,6 % van de 8.059 contacten. Bij" in text
    )
    assert "of ze op dezelfde manier geteld zijn" not in text and "onzeker" not in text
    assert "dezelfde basis" not in text and "hetzelfde tellen" not in text
    assert "meer dan in 2020" not in text
    # r22 2021 #6, #20: the two facts apart, whose annual report as the minister quotes it
    # r29 2021 #13 (round 30): the chat's growth beside the victims' share planted a link: gone
    assert "De chat groeide" not in text
    # r25 2020 #8: no stacked 'zoals de minister het citeert'; r25 2021 #6: the figures do not link the two; r27 2021
    # #17: the annual report is no source of the report, the minister's answer quotes it
    # r29 2021 #8 (round 30): the annual report named plainly, no 'Het antwoord van de minister citeert'; r36 (r35
    # 2021 #15): 'zoals geciteerd in het antwoord van de minister' (the report is not built from that annual report)
    # r37 (r36 2021 #6): its year said and in the past tense, not read as the report's year
    assert (
        "Volgens het jaarverslag 2020 van 1712, zoals geciteerd in het antwoord van de minister, was in 2020 in de chat"
        in text
    )
    assert "citeert" not in text
    assert "zoals de minister het citeert" not in text
    # r30 2021 #7 (round 31): the table's lead-in last, directly above its table
    assert text.strip().endswith(
        "Per kanaal zijn de contactnemers van 2021 niet bekend. De tabel en de figuur hieronder zetten de"
        " aandelen per jaar naast elkaar."
    )
    assert "van de contacten de contactnemer zelf slachtoffer" in text  # contacts counted, not persons (r21)
    assert "wellicht door het meer anonieme karakter van de chat" in text
    # r22 (r21 2021 #16): no guess how much of the rise the chat explains; the sources do not bound it from above
    assert "bijdragen aan het grotere aandeel" not in text and "tonen de bronnen niet" not in text
    # r23 2021 #7; r31 2021 #11 (round 32); r39 (r38 2021 #11): the source's base for the 75 % is unknown, said so
    # r41 (r41 2021 #1): the key figure's words beside the answer's 'ruim driekwart van de oproepers'
    assert (
        # r44 (2021 #12): each figure with its speaker, no total made up, no 'die anonimiteit' joining them
        "Volgens de kerncijfers van 2021 koos 75 % voor anonimiteit; van welk totaal, zeggen ze niet. Het "
        "antwoord van de minister spreekt van „ruim driekwart van de oproepers”." in text
    )
    assert "van wie contact opnam" not in text
    years = persons_2021.tables["years"].set_index("Contactnemer")
    assert years.loc["andere contactnemers", "2021"] == "niet gepubliceerd"
    joined = gender_age.build(2021, "1712", FactSheet("gender_age", 2021))
    assert "alleen kerncijfers" not in plain(joined.section("gender"))


def test_the_share_of_minors_is_not_said_twice_on_a_page(plain):
    """2021 #6: 'Meer dan 58 %' in the table and again in the sentence under it."""
    chapter = contexts.build(2021, "1712", FactSheet("contexts", 2021))
    assert "58 %" not in plain(chapter.section("bases"))
    # r22 (r21 2021 #6): said once, in the opening prose, no table repeats it
    assert "van wie meer dan 58 % minderjarig was" in plain(chapter.section("family"))
    assert chapter.tables["published"] is None


def test_a_year_without_a_share_is_marked_and_the_rounded_swatch_has_the_bars_colours():
    """2021 #7: the 2021 group had no bar for the neighbours (read as zero), and the light swatch was grey."""
    shares = pd.DataFrame(
        [
            (2020, "a", 30.0, 30.0, True),
            (2020, "b", 10.0, 10.0, True),
            (2021, "a", 36.5, 37.5, False),
        ],
        columns=["year", "role", "low", "high", "exact"],
    )
    labels = {"a": "een", "b": "twee"}
    fig = figures_sources.share_series(shares, "t", "role", labels, whiskers=False, missing="niet gepubliceerd")
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.texts] == ["niet gepubliceerd"]
    legend = ax.get_legend()
    # r39 (r38 2021 #14): "gepubliceerd (afgerond)" replaces the auditor's "afgerond gepubliceerd"
    # r59 (r58 2021 #10): the legend names where each side comes from, with its years
    assert [t.get_text() for t in legend.get_texts()][-1] == "kerncijfers 2021 (afgerond)"
    swatches = [p for p in legend.get_patches() if isinstance(p, Patch)]
    light = [b for b in ax.patches if b.get_x() > 0.5]  # the 2021 bar
    assert any(s.get_facecolor() == light[0].get_facecolor() for s in swatches)
    assert "2021 niet gepubliceerd" in figures_alt.alt_text(fig)
    plain_fig = figures_sources.share_series(shares, "t", "role", labels, whiskers=False)
    assert plain_fig.axes[0].texts == [] or not plain_fig.axes[0].texts
    plt.close("all")


def test_the_glossary_defines_anonymous_without_inventing_what_it_means():
    """2020 #22, 2021 #11: no 'de eigen naam niet geeft', no unattributed 'de meeste'."""
    terms = yaml.safe_load((ROOT / "report" / "glossary.yml").read_text(encoding="utf-8"))["terms"]
    anonymous = next(t for t in terms if t["term"] == "anoniem")["definition"]
    assert anonymous.startswith("Zonder zich bekend te maken.")
    assert "naam" not in anonymous and "de meeste" not in anonymous and "%" not in anonymous


# r45 (r44 reader findings A-D, F-K): pins in this file follow the deliberately changed wording
