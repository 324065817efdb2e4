"""r61 (r59 demo findings #2, #4, #6, #10): the demo's lockdown comparison, hidden cells, total rows and hour axis."""

from __future__ import annotations

from hulplijnen.chapters.capacity import charts


def test_an_odd_hour_after_a_merged_band_has_its_tick():
    # r61 (r59 demo #10): '0–7' beside an unlabelled column read as including 7 to 8
    columns = ["00-06", "07", "08", "09", "10", "22-23"]
    assert charts.hour_ticks(columns) == ["0–7", "7", "8", "", "10", "22–24"]


def test_an_odd_first_hour_is_not_taken_for_one_after_a_band():
    assert charts.hour_ticks(["07", "08", "09-10"]) == ["", "8", "9–11"]


def _shown(monkeypatch, frame) -> str:
    from hulplijnen.presentation import display

    shown = []
    monkeypatch.setattr(display, "display", lambda obj, **_: shown.append(obj.data))  # as tests/unit/test_demo_r36.py
    display.show_table(frame)
    return shown[0]


def test_every_grand_total_row_reads_bold_totaal(monkeypatch):
    # r61 (r59 demo #6): Tabel 5's 'totaal 8.053' regular under bold subtotals; Tabel 2 'totaal', Tabel 3 'Totaal'
    import pandas as pd

    from hulplijnen.presentation import display

    frame = pd.DataFrame({"Groep": ["a, samen", "– b", "totaal"], "Contacten": ["3", "3", "8.053"]})
    frame.attrs[display.BOLD_ROWS] = [0]
    table = _shown(monkeypatch, frame)
    assert "**Totaal**" in table and "**8.053**" in table and "**a, samen**" in table
    assert "totaal" not in table
    plain = pd.DataFrame({"Maand": ["januari", "Totaal"], "Man": ["1", "2"]})
    assert "**Totaal**" in _shown(monkeypatch, plain) and "**2**" in _shown(monkeypatch, plain)
