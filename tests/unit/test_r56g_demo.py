"""r56 demo findings: #1 chapter 2 and the annex argue from the ratio of the two source figures, #2 and #6 every made-up
figure of the summary and chapter 2 marked, #4 Figure 5's rows taller, #5 the 90 % target read, #7 Tabel 1 points to
chapter 1, #10 'komt niet uit op'."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import pandas as pd  # noqa: E402
from test_demo_capacity_text import MODEL, staffing_text  # noqa: E402
from test_demo_r31d import VALUES  # noqa: E402
from test_demo_r49 import _summary  # noqa: E402

from hulplijnen.chapters.capacity import charts  # noqa: E402

CALLERS = {"consistent": False, "most": 4351, "fewest": 3264, "attempts": [3, 4]}


def test_chapter_two_reads_the_two_source_figures_from_their_ratio_as_the_annex(capacity_text, registration_methods):
    """#1: 'passen zo gelezen niet bij elkaar' read as the sources contradicting each other; the annex was milder."""
    said = capacity_text(callers=CALLERS, answered=5702, offered=13055, worst=None)
    assert "passen zo gelezen niet bij elkaar" not in said and "gaf dat minder bellers" not in said
    # r59 (r58 demo #1): the ratio's arithmetic is the annex's only; the chapter says what the source does not say
    # r60 (r59 demo #1): the chapter says they do not simply fit; why is the annex's
    assert "die passen niet zonder meer bij de 40 tot 45 % „van de oproepen” uit de bron (zie de" in said  # r66 (#4)
    annex = registration_methods("demo", VALUES)
    assert "krijgt bij hoogstens één op de drie pogingen antwoord, minder dan die 40 tot 45" in annex
    assert "van hoogstens 4.35" not in annex and "13.055 belpogingen" not in annex


def test_every_made_up_figure_says_so_in_its_own_sentence(capacity_text):
    """#2, #6: 'In deze oproeplogs …', 'in deze gegevens' and 'Er kwamen 13.055 belpogingen binnen' read as 1712's."""
    example = _summary().split("## Kerncijfers")[0].split("echte oproeplogs aanlevert.", 1)[1]
    bullets = [b for b in example.split(" - ")[1:] if b.strip()]
    assert bullets and all("verzonnen" in b for b in bullets)
    assert "In deze oproeplogs" not in example and "zouden in deze verzonnen gegevens volgens het rekenmodel" in example
    said = capacity_text(callers=CALLERS, answered=5702, offered=13055, worst=None)
    assert "In deze verzonnen oproeplogs kwamen 13.055 belpogingen binnen." in said and "Er kwamen 13" not in said


def test_the_90_target_and_its_table_are_read_in_the_text():
    """#5: Figure 5 and Tabel 7 showed 90 %, the text never did."""
    two = {
        **MODEL,
        "targets": [*MODEL["targets"], {**MODEL["targets"][0], "pct": 90, "hours": 146, "overall_hours": 125}],
    }
    said = staffing_text(two, synthetic=True).replace("\u00a0", " ")
    assert (
        "Voor een doel van 90 % zouden dat 125 uur (week als geheel) of 146 uur (elk uur apart) zijn; zie "
        "@tbl-export-staffing-need." in said
    )
    assert "Voor een doel van 90 %" not in staffing_text(MODEL, synthetic=True)


def test_figure_5_rows_are_taller_than_their_digits():
    """#4: at 1.25 in a panel the digits touched the row lines in print."""
    grid = pd.DataFrame([[3, 3], [2, 3]], index=[0, 1], columns=[9, 10])
    fig = charts.need_heatmap({"nodig": grid, "ook": grid, "aangemeld": grid}, "")
    assert fig.get_size_inches()[1] >= 1.2 + 1.6 * 3


def test_tabel_1_points_to_chapter_1_and_the_sum_warning_reads_uit_op(registration_sections):
    """#7: 'Over deze cijfers' says nothing of the 6 contacts without a channel; #10: 'komt niet aan'."""
    # the note itself: test_demo_r23, test_demo_r30d (r56 pins)
    said = registration_sections(codes_hidden=7, synthetic=True, short_groups=[226, 23, 29])["codes_sum"]
    assert "komt niet uit op 226, 23 of 29" in said and "komt niet aan" not in said
