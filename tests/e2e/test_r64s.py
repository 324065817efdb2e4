"""Round 64s (the r64 readers of 1712's 2020 and 2021): the summary's reachability and measures without figures the
answer does not give, dated as of the answer; Tabel 1's counts that add up and whose 240 it is; 'Over deze cijfers'
naming every estimate. Each failed on the text before."""

from test_report_reads import reader_part  # tests/e2e/ is on the path as pytest runs its tests
from test_report_story import flat as _flat


def flat(text: str) -> str:
    return _flat(text.replace("\u00a0", " "))


def summary(out) -> str:
    qmd = (out / "report.qmd").read_text(encoding="utf-8")
    return flat(qmd.split("## Belangrijkste boodschappen", 1)[1].split("::: {.callout-tip", 1)[0])


def test_r64_2021_1_no_figures_on_2021_only_what_the_answer_says(built):
    s = summary(built["2021"])
    assert "geen gecontroleerde cijfers" not in s and "alleen de voorlopige die het antwoord vermeldt" not in s
    # r66 (r66 2021 #2): the preliminary figures only under optie 0
    assert "over 2021 geven de bronnen geen cijfers (zie de maatregelen hieronder);" in s
    assert "nog niet gecontroleerde" not in s and s.count("voorlopige cijfers") == 1
    assert "Gecontroleerde cijfers over het effect" not in s
    # r66 (r66 2020 #1): beside optie 0's preliminary figures, the answer gave none itself
    assert "Het antwoord gaf zelf geen cijfers over het effect van deze maatregelen." in s
    # r64 (r64 2021 #8): the three possibilities the glossary names
    assert "wat er precies geteld werd (belpogingen, bellers of geregistreerde contacten)" in s


def test_r64_2020_1_2_7_the_measures_dated_ordered_and_each_with_a_full_stop(built):
    # r66 (r66 2020 #3): the 2020 summary names the measures in one short line (tests/unit/test_r66y2.py)
    for release, heading in (("2021", "Maatregelen in 2021"),):
        s = summary(built[release])
        assert "Wat daarna veranderde" not in s and "Wat er veranderde" not in s
        listed = s.split(f"**{heading} (volgens het antwoord van begin 2022):** ", 1)[1].split(" Het antwoord gaf", 1)[
            0
        ]
        items = listed.lstrip("- ").split(" - ")
        # r66 (r66 2021 #7): not dated again under its heading's year; the answering machine a noun phrase
        assert items[0].startswith("„optie 0”") and items[-1].startswith("Een beter gebruik van het antwoordapparaat")
        assert all(i.endswith(".") for i in items), items
        assert items[-1].endswith("Tot begin 2022 werd dat alleen kwalitatief geëvalueerd.")
    # r66 (r66 2020 #3): the 2020 summary names the subsidy by its fewest words with its dates (one short line)
    assert "vanaf 1 december 2021 een verlengde capaciteitssubsidie, toegekend tot 30 november 2024" in summary(
        built["2020"]
    )


def test_r64_2020_4_5_6_the_lockdown_bullet_and_table_1(built):
    s = summary(built["2020"])
    assert "(556 contacten per maand); ook in juli–december 2020 lag het gemiddelde nog 19 % hoger (662)." in s
    # r66 (r66 2020 #8): the tables' label; (2020 #2): the filled cells' 232 is the chapter's and the annex's
    assert "5.702 via telefoon, 1.440 via e-mail en 911 via chat; bij 6 is het kanaal niet ingevuld" in s
    assert "240 contacten volgens het jaarverslag 2020 |" in s and "ingevulde vakken van de tabel: 232" not in s


def test_r64_2020_3_8_every_estimate_named_and_the_ages_parallel(built):
    text = flat(reader_part(built["2020"]))
    assert "Eén cijfer, het aantal contacten in 2019" not in text
    assert (
        "Deze aantallen zijn schattingen: het aantal contacten in 2019 (teruggerekend uit een afgerond percentage) en "
        "het aantal contacten uit cultuur, en dus ook dat van iemand uit onderwijs, cultuur, sport, welzijn of "
        "justitie samen" in text
    )
    assert "44 van jonger dan 12 jaar en 337 van 12 jaar of ouder maar minderjarig" in text
