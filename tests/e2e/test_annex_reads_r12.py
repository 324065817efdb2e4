"""Round-12 reader findings, read in the built releases: the annex's exact ratios in digits ('1 op 3,0', not 'één op
de 3,0'); no cell jargon and no log readers do
not have; the infographic dated one way; a one-helpline release does not repeat its name in every row."""

import re

import pytest
from test_annex_public import shown  # tests/e2e/ is on the path as pytest runs its tests

from hulplijnen.config.params import load_params
from hulplijnen.data import load

pytestmark = pytest.mark.e2e


def test_exact_ratios_in_the_annex_tables_are_digits(built):
    for release, out in built.items():
        rows = [line for line in shown(out).split(" | ")]
        assert not any(re.match(r"één op de \d", r) for r in rows), release


def test_no_cell_jargon_for_every_reader_and_no_log_readers_do_not_have(built):
    for release, out in built.items():
        qmd = (out / "report.qmd").read_text(encoding="utf-8")
        about = qmd[qmd.index("# Over deze cijfers") : qmd.index("# Verklarende woordenlijst")]
        assert not re.search(r"\bcel(len)?\b", about), release
        assert "logboek" not in shown(out), release
        assert "controles kloppen" not in shown(out), release


def test_the_infographic_is_dated_one_way(built):
    for release, out in built.items():
        text = shown(out)
        assert "„Cijfers hulplijnen” (2021)" not in text, release


def test_a_one_helpline_release_does_not_name_it_in_every_row_of_the_key_figure_sources(built):
    for release, out in built.items():
        params = load_params(release)
        if len(params.helplines) != 1 or params.is_synthetic:
            continue
        qmd = (out / "report.qmd").read_text(encoding="utf-8")
        heading = "**Herkomst van @tbl-key-figures.**"  # r66 (r66 2020 #4): by the table's number
        if heading not in qmd:  # r66 (r66 2021 #4): one document, no earlier count to trace (Tele-Onthaal)
            continue
        sources = qmd[qmd.index(heading) :].split("\n\n: ", 1)[0]
        name = load.helplines().set_index("helpline")["name"][params.helplines[0]]
        assert f"{name}:" not in sources, release
