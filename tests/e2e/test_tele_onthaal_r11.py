# r54 (r54 TO #3): pinned wording follows the r54 text
# r49 (r48 TO #1-#12, 2021 #11): pinned wording follows the r49 text
# r48 (r47 TO #1, #3, #6, #7, #10, #13; 2021 #2, #7, #12): pinned wording follows the r48 text
"""A fresh reader's findings on the Tele-Onthaal release (review r11), checked on the built release: the summary
tells the calls without a conversation and the website, the chapter reads as a report (no ranges, no 'Soort'),
Tele-Onthaal's own units, the narrow chart. Each test failed before."""

import re

import nbformat
from test_report_reads import reader_part, shown  # tests/e2e/ is on the path as pytest runs its tests

from hulplijnen.pipeline.glossary import glossary_terms, uses

RELEASE = "2021-tele-onthaal"


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_the_summary_gives_the_calls_without_a_conversation_and_the_website(built):
    text = flat(reader_part(built[RELEASE]))
    summary = text.split("# Over deze cijfers")[0]
    # r19h TO #1: the source gives the two totals only; r21 (r20 TO #1, #2): no share of the calls that became a
    # conversation in the summary (it reads as an answer rate), no headline count, no guessed causes; the chapter says
    # the difference in numbers once, and that the source does not say what the other calls were
    assert "Niet elke oproep werd een gesprek" not in summary and "een gesprek, samen" not in summary
    assert "33.000" not in summary and "bezette lijn" not in text
    # r66 (r64 TO #4): the chapter named with its website visitors
    chapter = text.split("# Oproepen, gesprekken en websitebezoekers", 1)[1]
    # r24 TO #1: the difference was the annex's; r30 (r29 TO #1): a quarter of the calls without a conversation is
    # news, so the chapter says it once, as a count with a plain proportion, and that the source gives no reason
    # r31 (TO #2): with its context (as in 2019 and 2020, more often on the phone), the count in brackets; why is not
    # known, said in 'Wat niet bekend is' and the glossary
    # r32 (r31 TO): the gap as counts, the proportion in brackets, per channel as counts; that the source does not say
    # why, said right there
    # r34 (r33 TO #2): right after the gap, that what the other calls were is not known and the gap no measure of
    # unanswered calls
    said = (
        # r36 TO #5: the same share said as the share; r37 (r36 TO #3): in one sentence, the channels apart
        # r39 (r38 TO #2, 2021 #2): the share exact ('24,0 %'), 'even groot' only where the estimate allows it
        # r40 (r39 2021 #6): the rule's words, 'ongeveer even groot' and 'iets lager'
        # r53 (r52 TO #7)
        "Er waren 32.988 oproepen meer dan gesprekken: 24,0 % van de oproepen, bijna een kwart. Dat aandeel is "
        # r41 (r40/r41 TO #3): one rounded estimate each, the ranges are Table 6's
        # r45: (r44 TO #1) each earlier year to one decimal, a range where its ends round apart
        "ongeveer even groot als in 2020 (naar schatting 23,9 %) en iets lager dan in 2019 (naar schatting "
        "24,9 %). "  # r50 (r49 TO #3)
        # r38 (r37 TO #6): what the gap's cause is, not 'de andere oproepen'
        "Waar dat verschil vandaan komt (oproepen die niemand beantwoordde, waarbij de oproeper inhaakte of "
        "niets zei, of die herhaald werden), is "
        # r63 (r63 2021-tele-onthaal #1): 'niet zonder meer', not 'geen maat'
        "niet bekend; het verschil is dus niet zonder meer het aantal onbeantwoorde oproepen."
    )
    assert said in chapter.replace("\u00a0", " ") and chapter.count("32.988") == 1
    # r32 (r31 TO #9): 'de bron zegt niet waarom' beside the count, not again in 'Wat niet bekend is'
    # r33 TO #8: no source talk in the chapter
    assert "of waarom er meer oproepen dan gesprekken waren." not in chapter
    assert "de bron zegt niet waarom" not in chapter
    # r39 (r38 TO #2): '24,0 % van de oproepen' is now the exact share, said once; not 'net als in 2019 en 2020'
    assert chapter.count("24,0 % van de oproepen") == 1 and "net als in 2019 en 2020" not in chapter
    # what those calls were is not known (finding 1); r34 (r33 TO #2): 'onbeantwoord' only to say the gap is no measure
    # r56 (r56 TO #2): the summary says plainly what the source does not say ('onbeantwoorde, afgebroken of herhaalde')
    assert text.count("onbeantwoord") == 2  # r49 (r48 TO #2)
    # r16 TO #4: the corona share in the lead on the calls, not a bullet of its own
    # r26 TO #11: in the lead, without a false contrast; TO #5: the website is the key figures' row, not a bullet
    # r30 (r29 TO #5): four short bullets, the corona shares one of them; the gap between calls and conversations too
    # r31 (TO #2, #4): the corona story first, the gap with its context as a proportion (its count the chapter's)
    # r34 (r33 TO): the corona bullet led by the published fact, as many conversations as in 2020
    # r45: (r44 TO #7a) the headline counts first, 'ongeveer evenveel' after them
    assert (
        # r47 (r46 TO findings): wording changed on purpose
        # r59 (r58 TO #2): the calls are Table 1's
        "- **Iets minder gesprekken, veel minder vaak coronagerelateerd:** in 2021 waren er 104.681 gesprekken, "
        "iets minder (−1,1 %) dan in 2020" in summary  # r61 (r61 TO #1): pin follows the new wording
    )
    # r32 (r31 TO): the gap as counts in the key message too, with the proportion in brackets
    # r33f (r32 TO #1): no key message on the gap (the same share every year); the website's fall is one
    said = summary.split("## Kerncijfers")[0]
    # r41 (r40/r41 TO #2): a key message on the gap again, with what it is not
    # r47 (r46 TO findings): wording changed on purpose
    assert (
        # r56 (r55 TO #5): the plainer heading
        "**Het verschil tussen oproepen en gesprekken was, net als in 2020, bijna een kwart van de oproepen:** "
        "er waren 32.988 oproepen meer dan gesprekken" in said  # r53 (r52 TO #7)
    )
    # r39 (r38 TO #2): the exact share from the published counts, not 'ongeveer 17 %' (read as an estimate);
    # r41 (r40/r41 TO #1): the published count and difference lead
    # r52 (lead's decision D): the website headline's new wording
    assert (
        "- **Minder websitebezoekers dan in 2020, meer dan in 2019:** 174.063 bezoekers in 2021, 36.460" in said
    )  # r49 (r48 TO #5) and "ongeveer 17 %" not in said
    # r31 (TO #1): the exact difference, the percentage it gives and the source's −17,9 % as not fitting; no span
    # r32 (r31 TO): the disputed percentage once per place, the explanation the annex's
    # r39 (r38 TO #2): the exact −17,3 % in Tabel 1 too, the source's −17,9 % in its note (¹)
    # r33f; r41 (TO #1); r45: (r44 TO #8, r43 TO #1) each change a count and its published percentage, marked
    row = (  # r49 (r48 TO #3): the share the report uses, the source's beside it
        # r61 (r61 TO #8): each change with its year first
        "| Websitebezoekers | 174.063 | −36.460 tegenover 2020 (−17,3 %; de bron vermeldt −17,9 %)¹; "
        "+79.554 tegenover 2019 (+84,2 %) |"
    )
    assert row in text.replace("\u00a0", " ") and "17 tot −18" not in text
    # r25 2021 #12: per channel 2021 first, then the trend since 2019 in one sentence (the derived counts in Tabel 2)
    assert "In 2021 waren er 88.128 gesprekken via telefoon en 16.553 gesprekken via chat" in text
    assert (
        "Tegenover 2019 waren er in 2021 39,7 % meer gesprekken via chat en 11,6 % meer via telefoon" in text
    )  # r38 (r37 TO #2)


def test_the_chapter_reads_as_a_report_and_speaks_tele_onthaals_units(built):
    text = flat(reader_part(built[RELEASE]))
    # r19h TO #18: a level known only through a rounded change is marked ≈ in the table (the column stays numbers),
    # never a range in the reader's part; r21: the ≈ explained once, in 'Over deze cijfers', and the captions of the
    # tables that print it say '(≈: teruggerekend uit de gepubliceerde wijziging)' (r27 TO #13)
    assert "≈ 120.900" in text.replace("\u00a0", " ") and "tussen 120." not in text and "120.827" not in text
    assert "In de tabellen hierboven staat ≈" not in text
    # r66 (r64 TO #4): the chapter named with its website visitors
    about = text.split("# Over deze cijfers")[1].split("# Oproepen, gesprekken en websitebezoekers")[0]
    # r33f (r32 TO #9): every word the text marks an estimate with
    # r34 TO #5; r36 TO #8: what was rounded (the counts are exact) and every word the chapter marks an estimate with
    rule = (
        # r39 (r38 TO #2): 'ongeveer' also rounds exact figures, said apart from the estimate words
        # r48: (r47 TO) the source's percentages rounded; the report's own, from exact counts, to one decimal
        # r56 (r55 TO #6): to what the source rounds, and not as if the decimals told the two kinds apart
        # r60 (r59 2021-tele-onthaal #1): but the one published percentage it does not take over
        "De bron geeft haar percentages afgerond, op een heel procent of op één decimaal; dit rapport neemt ze zo "
        "over, op één na: de daling van het aantal websitebezoekers (zie @tbl-inconsistencies). "
        "Percentages die dit rapport zelf uit exacte aantallen berekent, staan op één decimaal. "
        "Cijfers met ≈ of „naar schatting” "
        "zijn schattingen, "
        # r49 (r48 TO #7, #8): no 'rond' now; 'ongeveer 1 %' is said, so the clause on 'ongeveer' is too
        # r52 (r51 TO #5): what a number after 'ongeveer' can be, and how a table marks an estimate
        # r56 (r56 TO #5): the summary's estimates 'naar schatting' now: no 'ongeveer <getal>', no clause on it
        "net als een bereik („tussen … en …”); "
        # r59 (r58 TO #2): the summary's 'ongeveer 13 %': the clause on 'ongeveer <getal>' again
        # r63 (r63 TO #2): what 'ongeveer' means is the Methods'; one clause points there
        "hoe ze berekend zijn en wat „ongeveer” en vergelijkingen als „ongeveer even groot” precies betekenen"
    )
    assert rule in " ".join(about.split()) and "„ongeveer” rondt exacte cijfers af" not in about
    cells = nbformat.read(built[RELEASE] / "notebooks" / "helplines.ipynb", as_version=4).cells
    caption = 'tbl-cap: "Oproepen en gesprekken van Tele-Onthaal per kanaal en per jaar"'  # r37 (r36 TO #8): no legend
    assert any(caption in c.source for c in cells)
    assert "| Soort |" not in text and "afgeleid uit +13,9 %" not in text  # the annex's table, not the chapter's
    assert "t.o.v." not in text  # 'tegenover' in the reader's part (finding 30)
    # r19h TO #3: what the report is, said first (Tele-Onthaal's units: its published key figures)
    assert "Dit rapport is een terugblik, samengesteld in 2026" in text  # r26 TO #4: in 'Over deze cijfers'
    assert "contacten" not in text.split("Hulp nodig?")[0]  # Tele-Onthaal counts calls and conversations
    # r31 (TO #3): 'kanaalaandeel' (an annex label only) no longer in the glossary: the chapter says the share plainly
    assert "kanaalmix" not in text.lower() and "kanaalaandeel" not in text.lower()
    assert "Van alle oproepen kwam 86 % via telefoon en 14 % via chat binnen." in text.replace("\u00a0", " ")
    assert "uit één bron" in text  # finding 13: one source said as one source
    everything = flat(shown(built[RELEASE]))
    # Tele-Onthaal's units are defined (in the glossary: one definition, one place), 1712's "contact" is not
    # r28 TO #1: its words in the glossary, with what the source does not say; no ratio (TO #2); no annex table
    # repeating the key figures and the channel table (TO #11)
    # r30 (r29 TO #7): no circular glossary entries for 'oproepen'/'gesprekken'; 'Over deze cijfers' says once that
    # the source does not define them
    # r31 (TO #3): the two central words have glossary entries again, each saying what is known and that the source
    # defines neither (no circular definition); 'Over deze cijfers' says it once too
    assert "**contact**" not in everything
    # r32 (r31 TO #12): plain definitions, not in circles, each with what the source leaves unsaid; the source's
    # lack of a definition said once, in 'Over deze cijfers'
    # r33f (r32 TO #7): the report's reading, said as such; r37 (r36 TO #4): as the source uses the word, not 'In dit
    # rapport' (read as the definition the figures follow)
    calls = (
        "**oproepen** : De bron omschrijft het niet; vermoedelijk elke keer dat iemand de hulplijn belde of een "
        "chat met de hulplijn begon, per kanaal geteld. Ze zegt ook niet of een oproep die "  # r49 (r48 TO #10)
        "niemand beantwoordde, een stille of een afgebroken oproep meetelt; de cijfers kunnen dus ook anders geteld "
        "zijn."
    )
    assert calls in everything
    # r64 (r64 TO #3)
    talks = "**gesprekken** : De bron omschrijft het niet; vermoedelijk een oproep via telefoon of chat"
    # r49 (r48 TO #10): 'Ze zegt ook niet …'
    assert talks in everything and "zegt ook niet vanaf welke lengte een contact als gesprek telt" in everything
    assert "via telefoon en chat binnenkreeg" not in everything and "via telefoon en chat voerde" not in everything
    undefined = "De bron omschrijft niet wat een oproep of een gesprek van Tele-Onthaal precies telt."
    assert undefined in about and everything.count("omschrijft niet wat een oproep") == 1  # about only
    assert "wat elk woord telt" not in everything and "per 100 oproepen" not in everything
    # r39 (r38 TO #8): the table also holds 2021 rows: titled for what it holds, not 'voor eerdere jaren'
    # r41 (r40/r41 TO #10): exact counts from a published difference are in the table too
    assert "Afgeleide waarden: schattingen en berekeningen" in everything  # r60 (r59 2021-tele-onthaal #5)
    assert "Afgeleide cijfers voor eerdere jaren" not in everything
    assert "Alle kerncijfers zoals gepubliceerd" not in everything
    assert "139.072 tot 139.211" in everything  # the annex: the range the channels narrow (finding 11)
    assert "2020: afgeleid uit de gepubliceerde afgeronde wijziging" not in everything  # finding 24


def test_the_chart_of_the_years_is_at_the_text_width_and_named_as_its_caption(built):
    """r22 TO #10: drawn narrow, its type was half the body text's on a wide screen."""
    notebook = nbformat.read(built[RELEASE] / "notebooks" / "helplines.ipynb", as_version=4)
    cell = next(c for c in notebook.cells if "#| label: fig-helpline-years" in c.source)
    assert "#| classes: narrow-chart" not in cell.source
    alt = (built[RELEASE] / "report.qmd").read_text(encoding="utf-8")
    assert "Hoofdcijfer per jaar" not in alt


def test_r12_the_reader_meets_one_rule_one_term_and_both_years(built):
    """Review r12 (TO #1, #9, #13; 2021 #2): the built releases state the chapters' 'ongeveer' rule, call Tele-Onthaal's
    key figure 'oproepen per kanaal', head the website message with both years, and print no glossary term the
    report does not use. Each failed before."""
    for release, row in ((RELEASE, "| Oproepen per kanaal |"), ("2021", "| Tele-Onthaal: oproepen per kanaal |")):
        document = shown(built[release])
        assert "schijnbaar exact" not in flat(document) and "nooit als exact aantal" not in flat(document)
        assert row in document and "Tele-Onthaal: contacten per kanaal" not in document
        glossary = document.split("# Verklarende woordenlijst")[1].split("\n# ")[0]
        outside = document.replace(glossary, "").lower()
        forms = {t["term"]: t["forms"] for t in glossary_terms()}
        for term in re.findall(r"^\*\*([^*]+)\*\*$", glossary, re.M):
            assert any(uses(outside, form) for form in forms[term]), term
    # r52 (lead's decision D): the headline now says both directions (not the fall alone)
    said = flat(reader_part(built[RELEASE]))
    assert "**Minder websitebezoekers dan in 2020:**" not in said
    assert said.count("**Minder websitebezoekers dan in 2020, meer dan in 2019:**") == 1  # r26 TO #5: the table's
