"""The built demo after the r42 reader, fixed in r44 (r44f); each test failed on the r42 build. The template changes
themselves are pinned on tiny inputs in tests/unit/test_demo_r44f.py."""

from test_demo_reads_r14 import facts
from test_report_reads import reader_part  # tests/e2e/ is on the path as pytest runs its tests
from test_report_story import annex, flat


def _said(out) -> str:
    return flat(reader_part(out) + " " + annex(out)).replace("\u00a0", " ")


def test_the_annex_says_how_the_attempts_are_split_plainly(built):
    """#10: 'zoveel eerste pogingen dat er, met de herhaalde pogingen van wie bij het gemeten aandeel beantwoord
    ophing, evenveel belpogingen binnenkomen als gemeten'."""
    said, f = _said(built["demo"]), facts(built["demo"])
    measured = f"{f['1712.export.phone.staffing.measured_pct']:.1f}".replace(".", ",")
    assert (
        "Het aantal eerste pogingen is zo gekozen dat eerste en herhaalde pogingen samen, bij het gemeten aandeel"
        f" beantwoord ({measured} %), de gemeten " in said
    )
    assert "evenveel belpogingen binnenkomen als gemeten" not in said


def test_the_other_staffing_hours_are_named(built):
    """#11: 'in 38 van de 40 openingsuren per week 3 hulpverleners nodig zijn, in de andere uren minder'."""
    said, f = _said(built["demo"]), facts(built["demo"])
    assert f["1712.export.phone.fewer_hours_a_week"] == 2
    assert "in de andere twee (woensdag en vrijdag van 16 tot 17 uur) volstaan er 2." in said  # r54 (r54 demo #11)
    assert "in de andere uren minder" not in said


def test_the_key_figures_give_the_hours_logged_in(built):
    """#12: the table gave the hours needed, not the hours logged in the summary compares them with."""
    qmd = (built["demo"] / "report.qmd").read_text(encoding="utf-8")
    table = qmd.split("Kerncijfer | Waarde | Toelichting", 1)[1].split("#tbl-key-figures", 1)[0]
    # r50 (r49 demo #4): what is 1,4 per opening hour said
    # r63 (r63 demo #3, #11): each made-up row says 'verzonnen; '; two decimals (1,4 beside 58 / 40 = 1,45)
    row = "| Aangemelde hulpverlenersuren per week | 58 | verzonnen; gemiddeld 1,45 hulpverleners per openingsuur |"
    assert row in table


def test_the_lockdown_and_the_chat_hours_are_said_once(built):
    """#5, #7: 'Tijdens de eerste lockdown (april–juni 2020)' twice; 'de echte openingsuren van de hulplijn'."""
    said = _said(built["demo"])
    # r52 (demo r51 #11): the period as the question names it, not as full lockdown months
    assert "In april–juni 2020, de periode die schriftelijke vraag nummer 282 „de eerste lockdown” noemt," in said
    assert "eerste lockdown (april–juni 2020) de oorzaak" not in said
    assert "noemt alleen de chaturen sinds september 2021)" in said


def test_the_parliaments_website_is_a_link(built):
    """#15: 'www.vlaamsparlement.be' was plain text in the HTML's Herkomst."""
    for release in ("demo", "2020"):
        qmd = (built[release] / "report.qmd").read_text(encoding="utf-8")
        assert "[www.vlaamsparlement.be](https://www.vlaamsparlement.be)" in qmd, release
