"""Round 31 (2020 #4, #9; 2021 #5, #14, #15): a plain cover subtitle, the disclaimer said once in 'Over deze cijfers';
each sentence of the annex's 'Controles' names its table and one wording of the August e-mail cell; a report on a
year without months draws no monthly chart of an earlier year; the annex's checks say the exact chat share in percent
and no paragraph proves that a published change rounds right."""

import re

import pytest
from test_r19_2020_reader_g import ABOUT_PLAIN

from hulplijnen.chapters import channels, data_quality
from hulplijnen.config.params import load_params
from hulplijnen.facts import FactSheet
from hulplijnen.presentation import text


def flat(s: str) -> str:
    return " ".join(s.replace("\u00a0", " ").split())


@pytest.mark.parametrize("release", ["2020", "2021"])
def test_the_cover_subtitle_is_plain_and_the_disclaimer_is_said_once_in_about(release):
    params = load_params(release)
    assert "jaarverslag" not in params.subtitle and "terugblik" not in params.subtitle.lower()


@pytest.mark.parametrize(("year", "helplines"), [(2020, ["1712"]), (2021, ["1712", "tele-onthaal", "stop-it-now"])])
def test_each_controles_sentence_names_its_table(year, helplines, misread_cell_sentence):
    said = flat(data_quality.build(year, helplines, FactSheet("t", year)).text)
    assert "verkeerd ingelezen" not in said and "staat hier 20" not in said
    assert misread_cell_sentence in said
    # r49 (r48 2020 #5): the table of corrections names the cells; one sentence introduces it
    assert "@tbl-corrections geeft de correcties en de lege vakken die als 0 gelezen zijn." in said
    assert "In de tabel contacten per contactnemer over 2020 zijn vier vakken leeg" in said
    assert "In de brontabellen over" not in said and "elkaar nergens tegen" not in said


def test_the_last_line_of_the_short_list_claims_no_more_than_was_found():
    values = {"checked": ["de totalen"], "explained": None, "inconsistent": 0, "missing": 0, "bounded": 0, "forced": 0}
    said = flat(
        text.sections(
            "chapters/data_quality/text.md",
            tables=True,
            year="2020",
            changed=0,
            cells=0,
            misread=[{"table": "t", "cell": "c", "published": 20, "used": 90}],
            **values,
        )["corrections"]
    )
    # r37 (r36 2020 #9, #10): what was checked first, then what it found; the last line claims no more than the
    # checks went into ('geen tegenstrijdigheden' read as a claim about the whole source)
    assert said.startswith("Dit rapport rekende na de totalen. Wat de controles opleverden, in het kort:")
    assert "- Verder klopte alles wat deze controles nagingen." in said and "tegenstrijdigheden" not in said


def test_no_monthly_chart_of_an_earlier_year_but_the_own_years_stays():
    own = channels.build(2020, "1712", [2019], FactSheet("channels", 2020))
    assert own.data["monthly"] is not None and own.data["monthly_year"] == 2020
    facts = FactSheet("channels", 2021)
    later = channels.build(2021, "1712", [2020, 2019], facts)
    assert later.data["monthly"] is None
    assert "fig-channels-monthly" in facts.not_shown
    assert "De figuur hieronder toont het verloop per maand" not in flat(later.text)
    checks = flat(later.section("checks"))
    # a published change that rounds right is in no paragraph (+5,7 % against +6 %)
    assert "stemmen overeen" not in checks and not re.search(r"Exact is dat \+5,7", checks)


def test_the_2021_report_says_once_that_it_is_not_built_from_the_helplines_own_jaarverslagen():
    """2021 #14: the disclaimer left the cover; 'Over deze cijfers' says it, for the 2021 key figures too."""
    import yaml

    from hulplijnen.config.paths import ROOT

    docs = yaml.safe_load((ROOT / "data" / "provenance.yml").read_text(encoding="utf-8"))["documents"]
    base = {"title": "t", "covers": "c", "date": None, "publisher": None, "where": "", "scanned": False}
    documents = [
        {**base, "about": docs[d]["about_nl"], "not_from": docs[d]["not_from_nl"]} for d in ("vr282", "cijfers2021")
    ]
    out = flat(
        text.render(
            "about.md",
            names=["A", "B"],
            documents=documents,
            **ABOUT_PLAIN,
        )
    )
    # r40 (TO r39 #8): 'Dit rapport is opgebouwd uit die gepubliceerde bron(nen)' said the sources' number again
    assert out.count("jaarverslag") == 2 and "Dit rapport is opgebouwd uit" not in out
    # r39 (r38 TO #7, 2021 #5): plainly that those reports are not among the sources
    # r66 (r64 2020 #9): "andere jaren", since the release may name the annual report 2020 just before
    assert "de eigen jaarverslagen van de hulplijnen over 2021 en over andere jaren, horen niet bij de bronnen" in out
