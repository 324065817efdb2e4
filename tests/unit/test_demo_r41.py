"""Round 41 demo findings (/work/review/r41/demo-findings.md), fixed in round 41 (D41) on tiny inputs. Each test
failed on the text before: the warning a reader of Tabel 4 needs stands under it, the annex does not explain x a third
time (#7); the anonymous share made up beside the source's, each tuned figure a point of its own (#9); the
monthly-totals paragraph is a link target (#15). The pins of #3, #5, #6, #8, #11, #12, #13 and #14 are updated in the
tests of earlier rounds (test_front, test_demo_r20, test_demo_r29e, test_demo_r32h, test_demo_r18, test_demo_r32d,
test_demo_r22, test_demo_r31d, test_r39_captions, test_demo_r37d)."""

from conftest import ANCHORS


def test_the_sum_warning_stands_under_the_table_per_contact_person(registration_sections):
    said = registration_sections(codes_hidden=7, synthetic=True, short_groups=[226, 23, 29])
    assert said["codes_sum"] == (
        "Wie de rijen van een groep optelt, komt niet uit op 226, 23 of 29: wat in de x-cellen zit, ontbreekt "
        "in de som."
    )
    assert registration_sections(codes_hidden=0, synthetic=True, short_groups=[])["codes_sum"] == ""


def test_the_annex_does_not_explain_x_a_third_time_when_the_table_says_it(registration_sections):
    told = registration_sections(codes_hidden=7, synthetic=True, short_groups=[226])["hidden_cells"]
    assert "Een cel staat als x" not in told and "Daarom tellen de gepubliceerde rijen" not in told
    assert "De tabel hieronder telt per tabel" in told  # the lead-in of the table of hidden cells stays
    before = registration_sections(codes_hidden=7, synthetic=True, short_groups=[])["hidden_cells"]
    assert "Een cel staat als x" in before  # without such a group, the annex still says it


def test_each_tuned_figure_is_a_point_of_its_own_with_the_made_up_anonymous_share(provenance_text):
    said = provenance_text(anchors={**ANCHORS, "anonymous_min": 75, "anonymous_here": 80.0})
    # r52 (demo r51 #10): the source named ('volgens de bron' read as a fact of the demo's year), no year given
    # r56 (r55 demo #4): the source's words, "ruim driekwart"
    assert "- de anonieme bellers: ruim driekwart van de oproepers volgens het antwoord op " in said
    # r57 (r57 demo #7): the made-up share of contacts, in the chapter's words
    assert ", zonder jaartal; hier bleef de beller bij 80 % van de telefonische contacten anoniem;" in said
    assert "volgens de bron" not in said
    # r64 (r64 demo #9): the year once
    assert "- het aandeel beantwoorde belpogingen van september tot december 2020: 40 tot 45 % (interne" in said
    assert "die lijken op de echte cijfers, maar zijn niet de echte cijfers: - het aandeel" in said


def test_the_monthly_totals_paragraph_is_the_links_target():
    from pathlib import Path

    methods = Path(__file__).parents[2] / "src/hulplijnen/chapters/registration/methods.md"
    assert "[**Wat de overgenomen maandtotalen tellen.**]{#monthly-totals}" in methods.read_text(encoding="utf-8")


def test_the_marks_of_two_hidden_days_close_together_both_show():
    """#10: the triangles of 23 and 25 December lay on one another: six marks to see where the annex counts seven."""
    import matplotlib.pyplot as plt
    import pandas as pd

    from hulplijnen.chapters.registration import charts

    dates = pd.bdate_range("2020-01-01", "2020-12-31")  # a year's axis: two days apart are two points apart
    contacts = [None if (d.month, d.day) in ((12, 23), (12, 25)) else 20 for d in dates]
    fig = charts.daily_contacts(pd.DataFrame({"date": dates, "contacts": contacts}), "t")
    fig.canvas.draw()
    mark = 7 * fig.dpi / 72  # a mark's size in pixels
    marks = [
        tuple(line.get_transform().transform((mdates_num, 0)))
        for line in fig.axes[0].lines
        if line.get_marker() != "None"
        for mdates_num in line.get_xdata(orig=False)
    ]
    plt.close(fig)
    assert len(marks) == 2
    (x1, y1), (x2, y2) = marks
    assert abs(x1 - x2) >= mark or abs(y1 - y2) >= mark - 0.5  # apart by a mark's size
