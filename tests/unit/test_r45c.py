# r52: (r51 readers) pinned wording follows the r52 summary/about text; the properties stay
# r49 (r48 2021 #11): pinned template follows the r49 text
"""r45 (round r44 readers, TO #1-#4, 2020 #5-#8): tests that fail on the old output."""

from types import SimpleNamespace

import pandas as pd

from hulplijnen.chapters.data_quality import tables as quality_tables
from hulplijnen.chapters.shared import monthly_table
from hulplijnen.config.paths import ROOT
from hulplijnen.presentation import figures_alt, fmt, text

NBSP = "\u00a0"


def test_pct_range_to_one_decimal_a_range_only_where_the_ends_round_apart():
    """TO #1: '25,5 % tot 25,6 %' for 2020's 25,49-25,64 %, one value where both ends round alike."""
    assert fmt.pct_range(25.49, 25.64, 1) == f"25,5{NBSP}% tot 25,6{NBSP}%"
    assert fmt.pct_range(24.86, 24.94, 1) == f"24,9{NBSP}%"
    assert fmt.pct_range(48.2, 48.9) == f"48{NBSP}% tot 49{NBSP}%"  # whole percents unchanged


def test_the_gap_paragraph_gives_earlier_years_to_one_decimal():
    """TO #1: the earlier years' shares through fmt.pct_range, not one whole-percent estimate."""
    # r52: the gap paragraph moved to paragraphs.md (text.md was at 350 lines)
    source = (ROOT / "src/hulplijnen/chapters/helplines/paragraphs.md").read_text(encoding="utf-8")
    # r49 (r48 2021 #11): rounded once to a whole percent; r50 (r49 TO #3): the middle to one decimal, as the table
    assert "(naar schatting {{ y.middle | pct(1) }})" in source and "pct_range(y.high, 1)" not in source
    assert "(naar schatting {{ y.about | pct(y.decimals) }})" not in source


def _about(words: dict, later_used: list | None = None) -> str:
    docs = [{"about": "de webpagina", "not_from": "de eigen jaarverslagen", "not_from_one": ""}]
    return text.render(
        "about.md",
        every_value_used=False,
        facts={"a": 8515, "b": 57.0, "c": 6.0, "d": 11312},
        synthetic=False,
        imitated=None,
        later="2026",
        one_chapter=True,
        year="2020",
        beyond=False,
        later_total={"year": "2021", "estimated": "2019"},
        later_used=later_used or [],
        names=["Tele-Onthaal"],
        documents=docs,
        estimates=[{"name": "T", "label": "oproepen", "year": "2019"}, {"name": "T", "label": "x", "year": "2020"}],
        export=False,
        undefined=[],
        marked=True,
        words=words,
        rounding={"counts_exact": True, "shares_rounded": True},
        corrected=None,
        forced=None,
        bounded=None,
        inconsistencies=None,
        conflicts=[],
    )


def test_about_says_the_ongeveer_clause_only_where_the_text_writes_ongeveer_before_a_number():
    """TO #2: the TO release writes no 'ongeveer <getal>': no clause on it; #3: why earlier years are estimated."""
    without = " ".join(_about({"about": False, "same": True}).split())
    # r63 (r63 TO #2): what 'ongeveer' means is the Methods'; one clause points there
    assert "„ongeveer”" not in without and "wat vergelijkingen als „ongeveer even groot” precies betekenen" in without
    # r50 (r49 TO #4): one sentence with its reason first, 'verschillen' without 'licht'
    assert "Omdat de bron sommige aantallen voor eerdere jaren alleen als wijziging geeft, zijn die" in without
    assert "; ze kunnen verschillen van de aantallen in die jaarverslagen." in without
    assert "wat „ongeveer” precies betekent, staat in de Methoden" in " ".join(  # r63 (r63 TO #2)
        _about({"about": True, "same": False}).split()
    )


def test_about_lists_the_later_year_figures_the_release_uses():
    """2020 #5: not only 'het totaal van 2021': every later key figure cited, by use, from the facts."""
    from hulplijnen.facts import recorded

    used = [
        {"year": "2021", "label": "contacten", "change": False, "against": None, "decimals": 0,
         "value": recorded("a", 8515), "use": "estimate"},
        {"year": "2021", "label": "contacten", "change": True, "against": "2019", "decimals": 0,
         "value": recorded("b", 57.0), "use": "estimate"},
        {"year": "2021", "label": "contacten", "change": True, "against": "2020", "decimals": 0,
         "value": recorded("c", 6.0), "use": "check"},
        {"year": "2021", "label": "mogelijke slachtoffers", "change": False, "against": None, "decimals": 0,
         "value": recorded("d", 11312), "use": "check"},
    ]  # fmt: skip
    out = " ".join(_about({}, used).replace(NBSP, " ").split())
    assert "behalve het totaal van 2021" not in out
    assert (
        # r48 (r47 2020 #9): each use after its figures
        # r52 (r51 2020 #7, accepted by the lead): a short list, one use a line
        "Uit de kerncijfers over 2021 gebruikt het wel: - het aantal contacten (8.515) en de wijziging van het aantal "
        "contacten tegenover 2019 (+57 %), om 2019 te schatten; - de wijziging van het aantal contacten tegenover "
        "2020 (+6 %) en het aantal mogelijke slachtoffers (11.312), ter controle."
    ) in out


def test_later_figures_found_from_the_facts_sources():
    """2020 #5: which later key figures a release cites, read from its facts' sources (a key collision with the
    release's own fact, computed from its own tables, is not one)."""
    from hulplijnen.pipeline.about_later import later_figures

    def fact(value, selection, file="data/1712/2021/key_figures.csv"):
        return {"value": value, "source": {"file": file, "selection": selection}}

    facts = {
        "1712.contacts.2021.later_total": fact(8515, "key = contacts"),
        "1712.contacts.2019.about": fact(5420, "interval implied by rounded changes: 2021/contacts_change_2019"),
        "1712.contacts_change_2019": fact(57.0, "key = contacts_change_2019"),
        "quality.1712.across_2020.stated_pct": fact(6.0, "1712/2021/key_figures/contacts_change_2020/vs_2020_tables"),
        "1712.context.2021.all.possible_victims": fact(11312, "1712.context.2021.all.possible_victims"),
        "1712.channel.phone.share_pct": fact(70.8, "channel = phone", "data/1712/2020/contacts_by_month_channel.csv"),
    }  # fmt: skip
    params = SimpleNamespace(helplines=["1712"], year=2020, publication_date=pd.Timestamp("2026-11-20"))
    found = {(x["label"], x["against"], x["use"], float(x["value"])) for x in later_figures(params, facts)}
    assert found == {
        ("contacten", None, "estimate", 8515.0),
        ("contacten", "2019", "estimate", 57.0),
        ("contacten", "2020", "check", 6.0),
        # r47 (r46 2020 #1): beside the undated table's total, the reason to doubt its year, not a check
        ("mogelijke slachtoffers", None, "doubt", 11312.0),
    }


def test_methods_say_half_way_values_round_up_towards_plus():
    """TO #4: 'naar het grotere getal' was unclear for a fall."""
    methods = (ROOT / "report/methods.md").read_text(encoding="utf-8")
    assert (
        "getal precies halverwege naar het grotere getal" not in methods
        and "waarde precies halverwege naar het" not in methods
    )
    assert "halverwege naar boven afrondde, in de richting van plus" in methods and '", niet "' in methods


def test_a_table_without_its_own_total_shows_a_dash_in_totaal_in_de_bron():
    """2020 #6: 8.059 stood under 'Totaal in de bron' beside 'De tabel zelf vermeldt geen totaal'."""
    said = {"table_key": "contacts_by_month_gender", "year": "2020", "total": 8059, "counted": 8043}
    row = quality_tables.explained_total(said, "note").iloc[0]
    assert row["Totaal in de bron"] == "–" and row["Geteld"] == "8.043"
    note = (ROOT / "src/hulplijnen/chapters/data_quality/explained.md").read_text(encoding="utf-8")
    assert "jaartotaal uit de tabel per kanaal: {{ total | number }}" in note


def test_annex_subheadings_are_bold_in_html():
    """2020 #7: the h4 'Hoe dit rapport de leeftijdsklassen leest' rendered at 500 beside its h3 siblings at 600."""
    css = (ROOT / "quarto/report.css").read_text(encoding="utf-8")
    assert "h4, .h4 {\n  font-weight: 600;" in css


def test_figure_csv_marks_a_corrected_cell(tmp_path):
    """2020 #8: August's e-mail 90 said nowhere that the source reads 20; a CSV without remarks keeps its columns."""
    rows = [["e-mail", "juli 2020", 60.0, None, None, None, None, None],
            ["e-mail", "augustus 2020", 90.0, None, None, None, None, "verbeterd; bron: 20"]]  # fmt: skip
    figures_alt.write_csv(tmp_path / "marked.csv", rows)
    assert (tmp_path / "marked.csv").read_text(encoding="utf-8").splitlines() == [
        "reeks,categorie,waarde,laag,hoog,opmerking",
        "e-mail,juli 2020,60,,,",
        "e-mail,augustus 2020,90,,,verbeterd; bron: 20",
    ]
    figures_alt.write_csv(tmp_path / "plain.csv", [r[:7] for r in rows[:1]])  # an older notebook's rows
    assert (tmp_path / "plain.csv").read_text(encoding="utf-8").splitlines()[0] == "reeks,categorie,waarde,laag,hoog"


def test_the_monthly_chart_remarks_come_from_the_corrections():
    """2020 #8: from data/corrections.csv via data.load.misread_cells, as Tabel 3 marks it."""
    months = pd.period_range("2020-01", "2020-12", freq="M")
    wide = pd.DataFrame({"phone": 1.0, "chat": 1.0, "email": 1.0}, index=months)
    assert monthly_table.remarks(wide, "1712") == {("2020-08", "email"): "verbeterd; bron: 20"}
