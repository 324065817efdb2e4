"""Round 33 demo findings (/work/review/r32/demo-findings.md): the 3 to 4 attempts per caller said plainly not to fit
the made-up counts (#1); the annex's 'Herkomst van de kerncijfers' lists exactly the rows of Tabel 1 (#3); no Saturday
or Sunday in the list of hidden cells nor in the text (#5); the made-up status said once per section (#7); the patience
counted in attempts (#13)."""

import re

import pandas as pd
from test_demo_r12 import plain
from test_demo_r21 import CALIBRATED

from hulplijnen.chapters.shared.export_tables import shown_hidden_cells
from hulplijnen.pipeline import messages, summary
from hulplijnen.presentation.text import TEXT_FOLDERS, environment


def table_rows(md: str, caption: str) -> list[str]:
    """The first cells of the Markdown table whose caption line follows it."""
    block = md.split(f": {caption}")[0].strip().rsplit("\n\n", 1)[-1]
    return [
        line.split("|")[1].strip() for line in block.splitlines() if line.startswith("|") and not line.startswith("|:")
    ][1:]


def test_the_annex_lists_exactly_the_key_figures_of_tabel_1():
    """#3: Tabel 7 listed 'aandeel beantwoorde belpogingen' and 'geduld van een beller', which Tabel 1 did not show,
    with a Wilson sentence on one of them."""
    said = messages.key_messages(CALIBRATED, ["1712"], 2020)
    table = summary.key_figures_markdown(CALIBRATED, ["1712"], 2020, said)
    annex = summary.sources_markdown(CALIBRATED, ["1712"], 2020, said)
    # r61 (r59 2021-tele-onthaal #8): the caption says whose figures of which year, not 'Kerncijfers'
    shown = [
        r.lower() for r in table_rows(table, "Hulplijn 1712 in 2020 in één oogopslag, uit de demonstratiegegevens")
    ]
    assert shown
    # r37 (demo r36 #2): a demo's annex traced exactly Tabel 1's rows in a second table; Tabel 1's 'Toelichting' says
    # each row's origin already, so the annex has none
    assert not re.findall(r"^\| .+? \| (.+?) \|$", annex, re.M)
    if not any("aandeel beantwoorde belpogingen" in r for r in shown):
        assert "Wilson" not in plain(annex)


def test_every_key_figure_said_nowhere_else_says_its_origin_in_tabel_1():
    # r37 (demo r36 #2): in Tabel 1 itself (its 'Toelichting'), not in a second table of the annex
    table = summary.key_figures_markdown(CALIBRATED, ["1712"], 2020)
    annex = summary.sources_markdown(CALIBRATED, ["1712"], 2020)
    shown = table_rows(table, "Hulplijn 1712 in 2020 in één oogopslag, uit de demonstratiegegevens")
    notes = [r.split(" | ")[2] for r in table.splitlines() if r.startswith("| ") and " | " in r[2:]][1:]
    assert len(shown) >= 4 and "Herkomst van @tbl-key-figures" not in annex  # r66 (r66 2020 #4): its new heading
    # r44 (demo r42 #9): the caption says the rows are made up except those whose note says 'gepubliceerd'; no
    # 'verzonnen' repeated in each row's note
    assert (
        "Hulplijn 1712 in 2020 in één oogopslag, uit de demonstratiegegevens "
        "(verzonnen, behalve de rij „Geregistreerde contacten”)" in table
    )
    # r59 (r58 demo #9): the published row says it in its label ('(gepubliceerd aantal)'), its note no longer twice
    assert notes and any("(gepubliceerd aantal)" in r for r in table.splitlines())
    # r63 (r63 demo #3): each made-up row's note opens with 'verzonnen', the published row's not
    assert all(n.startswith("verzonnen") != ("met een geregistreerd kanaal" in n) for n in notes), notes


def test_the_list_of_hidden_cells_names_no_saturday_or_sunday():
    """#5: the list named 78 weekend days, which the report does not publish by design."""
    log = pd.DataFrame(
        {
            "table": ["contacts_by_day", "contacts_by_day", "contacts_by_day", "gender_by_month", "phone_by_month"],
            "cell": [
                "answered = true, date = 2020-01-04",  # a Saturday
                "answered = true, date = 2020-12-23",  # a Wednesday
                "answered = true, date = 2020-01-05",  # a Sunday
                "month = 2020-01",  # a table not shown cell by cell
                "month = 2020-02",
            ],
        }
    )
    assert list(shown_hidden_cells(log)["cell"]) == ["answered = true, date = 2020-12-23", "month = 2020-02"]


def test_the_hidden_working_days_are_said_plainly_without_weekends(registration_sections):
    """#5: 'van 78 zaterdagen of zondagen zou het aantal ook anders niet gepubliceerd worden (de lijst noemt ze)'."""
    said = registration_sections(
        closed_days={"holiday": 6, "other": 1},
        holidays=8,
        holidays_published=2,
        suppressed_cells=7,
        logged_cells=7,
        only_days=True,
    )["hidden_cells"]
    assert "78" not in said and "lijst van verborgen cellen bij het rapport noemt ze)" not in said
    # r44 (demo r42 #6): why the weekend is not shown, and that it is no hidden cell
    assert "toont zaterdagen en zondagen niet: dan werden in deze gegevens alleen e-mails geregistreerd" in said
    # demo r33 #3 (r34): the date is the list's, not the running text's
    assert "Van één andere werkdag is het aantal evenmin gepubliceerd." in said and "23 december" not in said
    assert "Samen zijn dat 7 werkdagen zonder gepubliceerd aantal" in said
    assert "**" not in said  # #19: under the chapter's heading alone, no run-in heading


def test_the_demos_chapter_2_says_rekenvoorbeeld_nowhere_and_patience_in_attempts(capacity_text):
    """#7: 'In het rekenvoorbeeld' in nearly every sentence; #13: 'de helft van de bellers' for a count of attempts."""
    from test_demo_capacity_text import MODEL

    band = {"day_start": 9, "day_end": 17, "start": 9, "end": 12, "slight": False, "share": 40.0, "even": 37.5}
    said = capacity_text(band=band)
    measured = {
        "wait": {"mean": 52, "p90": 120},
        "within": {20: 30.0, 60: 50.0},
        "patience": {"median": 83},
        "handle": {"mean": 17.8, "low": 17.5, "high": 18.1, "p50": 12.0, "p90": 40.0},
    }
    template = environment(TEXT_FOLDERS, False).get_template("chapters/capacity/staffing.md")
    staffed = " ".join(template.render(measured=measured, model=MODEL, synthetic=True, year="2020").split())
    assert "rekenvoorbeeld" not in said.lower() and "rekenvoorbeeld" not in staffed.lower()
    assert "oproeplogs kwamen op werkdagen (maandag tot vrijdag) de meeste belpogingen tussen 9 en 17 uur" in said
    assert "de helft van de bellers" not in staffed
    assert (
        "Volgens die schatting zou de beller bij de helft van de belpogingen binnen 83 seconden ophangen als niemand"
        " opneemt." in staffed  # r66 (r65 demo #6): 'opneemt', as the summary says it
    )  # demo r33 #7: an estimate; r35 (demo #1): said as the estimate of how long callers wait, not who hung up


def test_the_summarys_made_up_bullets_carry_no_label_of_their_own_under_their_heading():
    md = plain(summary.markdown(CALIBRATED, ["1712"], 2020))
    assert "Rekenvoorbeeld met verzonnen cijfers." in md
    assert md.count("In het rekenvoorbeeld") == 0
