"""r51c (demo r50): the reader's findings on the demo, each on a tiny context; every test failed on the old wording.
The gap to the published counts is said of the shown cells only, hidden cells may lie further off (#1); Figure 2's
and Table 5's captions say the share counts all attempts (#2); 'verzonnen oproeplogs' in the summary's lead (#3);
no Wilson sentence under Herkomst (#4, pinned in test_annex_r11); the cover's date one phrase (#5); the waiting
paragraph first the attempts in the queue, then the answered callers' wait (#6)."""

from pathlib import Path

import pandas as pd
from test_demo_capacity_text import MODEL
from test_demo_r39d import _provenance
from test_demo_r49 import ANCHORS, _summary

from hulplijnen.chapters.capacity import demand
from hulplijnen.chapters.registration import codes
from hulplijnen.presentation import caption_text
from hulplijnen.presentation.text import TEXT_FOLDERS, environment

ROOT = Path(__file__).resolve().parents[2]
ALL = "(alle belpogingen, ook buiten de openingsuren)"
MADE = " Omdat de belpogingen verzonnen zijn, is ook het aandeel beantwoord verzonnen."


def published_gap(monkeypatch, published: pd.DataFrame, cells: pd.DataFrame) -> dict:
    """codes.published_gap over a tiny published table and the made-up cells, without data files or facts."""
    monkeypatch.setattr(codes.load, "contacts_by_contact_person", lambda *_: published)
    monkeypatch.setattr(codes.load, "codebook", lambda _: pd.DataFrame({"code": ["a"], "label_nl": ["A"]}))

    class Tables:
        def cells(self, _):
            return cells

    class Facts:
        def add(self, _key, value, *_):
            return value

    return codes.published_gap(True, Tables(), "1712", Facts())


def test_the_gap_is_said_of_the_shown_counts_and_hidden_cells_may_lie_further_off():
    from conftest import ANCHORS as OPENING_ANCHORS

    anchors = {**OPENING_ANCHORS, "large": 50, "off_large_pct": 18, "off_small_pct": 43}
    said = _provenance(anchors=anchors).replace("\u00a0", " ")
    assert (
        # r57 (r57 demo #6): 'wijken af van de echte aantallen', not 'liggen naast de echte'
        # r64 (r64 demo #8): 'de getoonde aantallen boven 50' (shown or real?)
        "de getoonde aantallen boven 50 wijken tot 18 % af van de echte aantallen, de kleinere getoonde"
        " aantallen tot"
        " 43 %; verborgen aantallen (x) kunnen verder afwijken;" in said
    )
    assert "de kleinere tot 43 %" not in said  # the old wording


def test_the_gap_is_computed_over_shown_cells_only(monkeypatch):
    """A hidden cell (count NA) never enters the comparison, however far it lies off (disclosure control)."""
    published = pd.DataFrame({"code": ["a", "b", "c"], "contacts": [100, 10, 3]})
    cells = pd.DataFrame(
        {"code": ["a", "b", "c"], "code_level": ["leaf"] * 3, "count": pd.array([90, 12, pd.NA], dtype="Int64")}
    )
    gap = published_gap(monkeypatch, published, cells)
    assert gap["off_large"] == 10 and gap["off_small"] == 20  # c (hidden) would have given 100


def test_figure_two_and_table_five_say_the_share_counts_all_attempts():
    data = {"made_up": True, "anchored": demand.months_caption(ANCHORS)}
    figure = caption_text.plain("chapters/capacity/captions.md", "fig_export_answer_rate", data).replace("\u00a0", " ")
    table = caption_text.plain("chapters/capacity/captions.md", "tbl_export_answer_rate", data).replace("\u00a0", " ")
    assert figure.startswith(f"Aandeel beantwoorde belpogingen per maand {ALL}: januari–augustus vrij gekozen")
    # r61 (r61 demo #1): a third sentence, the share made up as the attempts
    assert table.endswith("vrij gekozen). „% beantwoord” telt alle belpogingen, ook buiten de openingsuren." + MADE)


def test_the_summary_lead_says_verzonnen_oproeplogs():
    said = _summary()
    assert "De punten hieronder tonen met verzonnen oproeplogs hoe een rapport" in said
    assert "nagemaakte" not in said


def test_the_cover_date_alone_is_one_phrase():
    template = (ROOT / "quarto" / "typst-template.typ").read_text(encoding="utf-8")
    assert "([#date-label #date],)" in template  # one phrase, a normal space
    assert "column-gutter: 1.2em, row-gutter: 0.7em,\n      date-label, [#date]," not in template  # the old grid


def test_the_waiting_paragraph_names_the_attempts_first_then_the_answered_callers_wait():
    measured = {
        "wait": {"mean": 52, "p90": 120},
        "within": {20: 17.6, 60: 38.0},
        "patience": None,
        "handle": None,
    }
    template = environment(TEXT_FOLDERS, False).get_template("chapters/capacity/staffing.md")
    said = " ".join(template.render(measured=measured, model=MODEL, synthetic=True, year="2020").split())
    said = said.replace("\u00a0", " ")
    assert (
        # r66 (r65 demo #7): the base said, all attempts in the queue, answered or not
        "Van alle belpogingen in de wachtrij (beantwoord of niet) werd 17,6 % binnen 20 seconden beantwoord en 38,0 %"
        " binnen een minuut."
        " Wie een hulpverlener aan de lijn kreeg, wachtte gemiddeld 52 seconden; één op de tien wachtte langer dan"
        " twee minuten." in said  # r64 (r64 demo #9): whole minutes in minutes
    )
    # r66 (r65 demo #7): 'Van alle belpogingen' again, now with its base, still before the answered callers' wait
    assert said.count("Van alle belpogingen in de wachtrij") == 1
    assert said.index("Van alle belpogingen in de wachtrij") < said.index("Wie een hulpverlener")
