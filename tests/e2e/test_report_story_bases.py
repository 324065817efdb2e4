# r49 (r48 TO #1-#12, 2021 #11): pinned wording follows the r49 text
"""Issue 21, a fresh reader's findings on the text and tables of every release (each test failed before): what each
figure is of (the bases of shares, the demo's totals), a later year's report and the Methods' derived values. Split
from test_report_story.py (r59), whose helpers it uses."""

import re

from test_report_reads import reader_part, shown  # tests/e2e/ is on the path as pytest runs its tests
from test_report_story import annex, flat

from hulplijnen.config.params import load_params


def test_the_base_of_the_channel_share_is_said_the_same_way_everywhere(built):
    """Tele-Onthaal's 86 %: the key-figure table says the source does not state the base; the data-quality note
    says the same, and which base the report uses; no sentence says the 86 % is of conversations."""
    for release in ("2021", "2021-tele-onthaal"):
        text = flat(shown(built[release]))
        assert "zegt de bron niet of ze over de oproepen of over de gesprekken gaan" in text
        # r21: the unclear base has its own table in the data-quality note, apart from the one contradiction
        assert "(@tbl-unclear-bases)" in text  # r44 (#1): by cross-reference, not by its caption
        assert "dit rapport leest ze dus als aandelen van de oproepen" in text
        # r22 TO #13: plain words, in the annex table of every published figure; r30 (r28 TO #11): one helpline alone
        # has no such table (its rows are the key figures' and the channel table's), so the note above says it alone
        assert ("vermoedelijk van de oproepen (basis niet vermeld)" in text) == (release == "2021"), release
        if release == "2021-tele-onthaal":  # its chapter reads the share as the report does
            # r31 (TO #3): no glossary entry 'kanaalaandeel' (an annex label only); the chapter says it of the calls
            assert "**kanaalaandeel**" not in text
            # r33 (r32 TO #9): the glossary's 'oproepen' in plain words, what the report counts as one
            # r37 (r36 TO #4): the source's word, what it presumably means, not 'In dit rapport'
            said = "**oproepen** : De bron omschrijft het niet; vermoedelijk elke keer dat iemand de hulplijn belde"
            assert said in text
            assert "Van alle oproepen kwam 86 % via telefoon en 14 % via chat binnen." in text.replace("\u00a0", " ")
        assert "86 % van de gesprekken" not in text


def test_the_demo_says_its_totals_are_the_real_ones_and_explains_its_bases(built):
    text = flat(reader_part(built["demo"]))
    year = load_params("demo").year
    # r18 #2/#4: the summary's short opening line says every figure is made up and points to 'Over deze cijfers' for
    # the real ones; a summary sentence says which counts follow the real figures, and that section says they equal
    # the published totals of the year
    key, about = text.split("## Kerncijfers")[0], text.split("# Over deze cijfers")[1]
    # demo r20 #1: one label, the banner's: made up, except the monthly totals per channel
    # demo r21 #12: that label is the cover's, the running header's and 'Over deze cijfers' only
    # r29/r30: the year named in the opening line
    assert f"De meeste cijfers in dit rapport over {year} zijn verzonnen; alleen de maandtotalen per kanaal zijn" in key
    assert "verzonnen, behalve de maandtotalen per kanaal" not in key
    # demo r21 #1: 'volgen' was vague; r29/r30: shorter, without 'van de hulplijn'
    # r36 (demo r35 #2): the first three months, as the 2020 release; March no longer left out
    assert "in de eerste drie maanden van" in key and "Maart 2020 laten we weg" not in key
    # r52 (r51 demo #9): the averages are computed from the published monthly figures, said so
    assert "Beide zijn berekend uit de gepubliceerde maandcijfers en" in key  # r61 (r61 demo #7)
    # r36 (demo r35 #7): the totals are the minister's answer's, not published by the helpline
    copied = "**overgenomen:** het aantal contacten per maand en per kanaal, gelijk aan de totalen voor"
    assert f"{copied} {year} in het antwoord op schriftelijke vraag nummer" in about
    assert "**afgestemd op gepubliceerde cijfers:**" in about
    # r11 #16: option 0 started in the year events.csv gives, after the demo's year: no overflow route in it
    # r14 #4: option 0 existed before, for callers not naming their province; only its overflow role is later
    # demo r16 #10: that no made-up call used option 0 is a limitation, in the annex (r25 #15: in one sentence)
    # r49 (demo r49 #3): 'verzonnen' no longer in the annex's running sentence
    # r52 (demo r51 #1): said of the made-up call logs, not of the real line
    assert "In deze verzonnen oproeplogs koos geen enkele beller optie 0" in flat(annex(built["demo"]))
    assert "via optie 0 (overloop)" not in text
    # demo r20 #6: the model check is the annex's and says its base there; the chapter's answer rate says its own
    assert "Dat aandeel telt alleen de oproepen die in de wachtrij kwamen" not in text
    assert re.search(
        # r29/r30: 'belpogingen', the glossary's word for every attempt
        r"voorspelt het model dat \d+,\d % van de belpogingen in de wachtrij tijdens de openingsuren "
        r"beantwoord wordt; gemeten is \d+,\d %",
        flat(annex(built["demo"])),
    )
    # demo r24 #4: no bold on a made-up share
    # r32 (demo r31 #2): the share of the registered contacts read as answered attempts, each attempt counted
    said = r"hier gelezen als beantwoorde belpogingen, zijn daar (in het rekenvoorbeeld )?"
    said += r"\d+,\d[ \u00a0]% van \(elke belpoging telt"
    assert re.search(said, text)  # demo r26 #3
    for jargon in ("Erlang", "Kaplan-Meier"):
        assert jargon not in text
        assert jargon in flat(annex(built["demo"]))


def test_a_later_years_report_leads_with_its_year_not_the_earlier_years_detail(built):
    """2021 has no gender, age or context table of its own: it shows 2020's share of women and context table it
    compares with, not 2020's months by gender or age classes. r22 2020 #12: the context table is the source's own
    contexts (the report's groups forced a caveat), in 2021 too."""
    text = flat(reader_part(built["2021"]))
    details = ("| januari 2020 |", "jonger dan 12 jaar", "Buiten de familie gaat het om")
    for detail in details:
        assert detail not in text, detail
    # r16 2021 #1, r23 2021 #15; r34: 73 % (72,5 to 73,5) lies wholly below 73,8 %: 'iets minder'
    assert "een vrouw; in 2020 was dat 73,8 %" in text  # r38 (r37 2021 #2): no verdict, bases not said alike
    # the context table 2021's comparison needs; r32 (r31 2021 #12): 2020's table is the annex's
    assert "| gescheiden kerngezin | 4.251 |" not in text
    # r33 (r32 2021 #8): the 2021 annex names the 2020 report instead of repeating 2020's table
    back = flat(annex(built["2021"]))
    assert "| gescheiden kerngezin | 4.251 |" not in back
    # r45 (r44 reader finding): the annex adds up the family itself; r53 (r53 2021 #1): the table by its missing year
    said = "De volledige tabel per context (zonder jaartal, bij de tabellen over 2020) staat in het rapport „Hulplijn "
    said += "1712 in 2020” (Departement Zorg, "
    assert said + "2026). Binnen de familie: gescheiden kerngezin 4.251 + niet-gescheiden kerngezin 4.319" in back
    # r49 (r48 2021 #9c): whether that table counts possible victims is the annex's now
    assert "Of die tabel ook mogelijke slachtoffers telt, zegt de bron niet." in back
    assert "met uitleg over wat ze telt" not in back
    assert "| kerngezin | 8.570 |" not in text
    # r22 2021 #2: the finding first, the total once
    # r32 2021 #1: the contacts answered and registered, not all who tried to reach the line
    assert (
        "In 2021 registreerde 1712 volgens de kerncijfers meer contacten dan ooit: 8.515; wie de hulplijn niet"
        in " ".join(text.replace("**", "").split())
    )
    assert "In totaal kreeg 1712 6 % meer contacten dan in 2020 (8.059). Het totaal is ook 57 % meer" in text
    # r26 2021 #5: a table of the earlier year names it first in its caption (the render's: tests/render/
    # test_year_captions.py)
    # r19 #5; r21 2021 #3: what this report's sources hold
    # r25 2021 #3: said plainly; r26 2021 #2: not in this report's sources, not 'geen cijfers bekend'
    # r27 2021 #11: said once and plainly, no audit wording
    # r31 (2021 #3): said plainly, without 'in de bronnen van dit rapport'
    # r33 (r32 2021 #1): the question dated; 2020 in one sentence with a pointer, not 'Dit hoofdstuk toont'
    assert (
        # r35 (2021 #1): this report's sources give none (was 'geen cijfers bekend': figures may exist)
        # r47 (r46 2021 #3): only what the answer says
        # r51 (r50 2021 #13): the two sentences on the annual report are one; r53 (2021 #6): the answer's words
        "De bronnen van dit rapport geven geen cijfers over de bereikbaarheid in 2021. Volgens het antwoord op de "
        "schriftelijke vraag van 24 januari 2022 worden de analyses over 2021 bekendgemaakt bij de publicatie van het "
        "jaarverslag van 1712; dat jaarverslag hoort niet bij die bronnen. "
        # r36 (r35 2021 #2): whether that annual report holds the analyses was not checked, said so
        # r39 (r38 2021 #5): 'niet nagegaan' read as 'nobody looked': the scope said plainly instead (p39d: without
        # a second 'bronnen van dit rapport' in the paragraph)
        # r44 (2021 #13): and why this report does not use it (was 'Dat jaarverslag is niet gebruikt voor dit rapport.')
        # r45 (r44 reader finding: the annual report not among the sources): said so, with where to look
        # r49 (2021 #3): where the figures may be, not 'niet nagegaan' (read as 'we did not look')
        # r34: whose figure it is first ('Volgens interne analyses van 1712, aangehaald in die vraag')
        "Volgens interne analyses van 1712, aangehaald in die vraag, was er" in text
    )
    # r37 (r36 2021 #3): the earlier report by its title, publisher and year
    assert (
        "Het rapport „Hulplijn 1712 in 2020” (Departement Zorg, 2026) gaat uitgebreider in op de bereikbaarheid" in text
    )
    assert "is voor dit rapport niet nagegaan" not in text
    assert "houdt aan zijn eigen bronnen" not in text  # r45
    assert "Dit hoofdstuk toont wat er in" not in flat(reader_part(built["2020"]))
    checked = "De gepubliceerde cijfers zeggen dat in 2020 ongeveer één op de 10"
    # r32 (r31 2021 #2): the annex's 'Bij hoofdstuk 1' corrected a claim the chapter never makes: gone
    assert checked not in text and checked not in flat(shown(built["2021"]))
    # r31 2021 #15: no paragraph proving that a published change (+6 %) rounds right
    assert "De gepubliceerde cijfers noemen" not in flat(annex(built["2021"]))


def test_each_published_share_says_its_base(built):
    """One base per statement: a share of the possible victims with a known context is never a bare 90 % beside a
    bare 10 % of the contacts; each row says of what it is a share, rows of one base together."""
    text = flat(reader_part(built["2021"]))
    # r21 2021 #9: the chapter says the 90 %'s base; the annex says the source's other base of the 10 %; r22 2021 #9:
    # the chapter says the 10 %'s base too
    assert "Bij 90 % van de mogelijke slachtoffers met een bekende context speelt" in text
    # r25 2021 #9 (round 26): beside the 90 % a reader added the 10 % per call to 100; r49 (r48 2021 #9b): the 10 %
    # with its own base, said to differ from the 90 %'s; r54 (r54 2021 #4): one warning for the three shares
    assert "Bij 10 % van de contacten gaat het over geweld buiten de familie" in text
    assert "De drie aandelen (90 %, 10 % en ongeveer 75 %) hebben elk een ander totaal; tel ze niet op" in text
    assert "de 10 % buiten de familie als aandeel van de oproepen" in flat(annex(built["2021"]))  # r56 (r55 2021 #6)
    tables = re.split(r"\n(?!\|)", reader_part(built["2021"]).replace("\u00a0", " "))  # each table's lines together
    for table in tables:
        rows = re.findall(r"\| (?:[a-z ]+ )?\d+ % van de ([a-z ]+?) \|", table)
        bases = list(dict.fromkeys(rows))
        assert rows == sorted(rows, key=bases.index)  # rows of one base together, in each table


def test_the_methods_explain_derived_values_only_where_the_report_shows_one(built):
    for release, out in built.items():
        # ranges implied by a rounded change (2020: its 2019 from the 2021 page's +57 %)
        shows_one = release in ("2020", "2021", "2021-tele-onthaal")
        assert ("**Afgeleide waarden.**" in annex(out)) == shows_one, release
