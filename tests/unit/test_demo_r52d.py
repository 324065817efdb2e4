"""Round 52 (demo reader of r51, /work/review/r51/demo-findings.md): the demo's chapters 1 and 2 and their annex part.
Each test fails on the r51 wording; the updated pins of earlier rounds say 'r52' where they changed."""

from __future__ import annotations

from test_demo_capacity_text import MODEL, staffing_text

from hulplijnen.chapters.capacity import staffing
from hulplijnen.chapters.registration import anonymity, codes
from hulplijnen.facts import FactSheet, keys
from hulplijnen.presentation.display import CROSS_REFS


def test_breaks_come_on_top_of_the_hours_needed():
    """#8: 'Pauzes ... komen er nog bij' could be read as on top of the hours logged in."""
    said = staffing_text(MODEL, synthetic=True)
    first = MODEL["targets"][0]
    on_top = f"komen nog bovenop die {first['overall_hours']} of {first['hours']} uur."
    assert on_top in said and "komen er nog bij" not in said


def test_the_need_table_header_names_the_share_and_its_rows_just_the_value():
    """#10: 'Doel: van de belpogingen tijdens de openingsuren' above '80 % beantwoord' did not read."""
    # r56 (r55 demo #7): short, left-aligned
    assert staffing.NEED_TARGET == "Doel (aandeel beantwoord tijdens de openingsuren)"
    rows = staffing.need_table(MODEL).to_dict("records")
    assert [r[staffing.NEED_TARGET] for r in rows] == ["80\u00a0%"]


def test_the_annex_table_of_hidden_cells_has_its_total_row():
    """#12: the lead-in says 'samen 14', the table had no total."""
    frame = codes.suppression_table(["Tabel 4", "Figuur 1"], [7, 7], {0: "tbl-x", 1: "fig-y"}, True)
    assert frame.to_dict("records")[-1] == {"Tabel of figuur": "totaal", "Niet gepubliceerde cellen": "14"}
    assert frame.attrs[CROSS_REFS] == {0: "tbl-x", 1: "fig-y"}  # the total row links nowhere
    one = codes.suppression_table(["Tabel 4"], [7], {}, False)
    assert list(one["Tabel"]) == ["Tabel 4"]  # one row: no total that repeats it


def test_the_anonymous_share_names_its_source_and_time(registration_text):
    """#9: '(volgens de bron meer dan 75 % van de oproepers)': the source is the answer of early 2022 (no year) and
    the key figures of 2021 say 75 %; neither is about 2020."""
    told = {"asked": "2022-01", "later_year": "2021", "later_pct": 75}
    said = registration_text(anonymous_phone=80.1, anonymity=told)
    assert "volgens de bron" not in said
    assert (
        # r56 (r55 demo #4): the source's words, "ruim driekwart"
        "Het antwoord op schriftelijke vraag nummer 282 (begin 2022) zegt dat ruim driekwart van de oproepers anoniem"
        " blijft, zonder te zeggen over welk jaar; de kerncijfers over 2021 zeggen 75 %." in said
    )


def test_the_anonymity_sources_are_recorded_facts():
    facts = FactSheet("registration", 2020)
    told = anonymity.sources(True, "1712", facts)
    assert told == {"asked": "2022-01", "later_year": "2021", "later_pct": 75}
    assert facts.get(keys.export("1712", "calibration_anonymous_later_pct")) == 75
    assert anonymity.sources(False, "1712", FactSheet("registration", 2020)) is None
