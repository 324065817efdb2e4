"""Round 41 (2020 #15, demo #2, Tele-Onthaal #11): on a phone (390 px) a table that scrolls sideways hid the very
column the text is about, and its hint only said "schuif opzij". Now a table too wide for the text column may use
the screen's full width (less a small edge), so that a table that fits the screen stays a table (Tele-Onthaal's
Tabel 6), and a table that still scrolls names, above it, the columns out of sight.
Round 44 took the full width back: every table keeps the text's margins."""

from __future__ import annotations

import pytest

from hulplijnen.config.params import release_ids

from . import browse

pytestmark = pytest.mark.quarto
RELEASES = release_ids()
PHONE = 390

SEEN = """(() => {
  const screen = document.documentElement.clientWidth;
  const column = document.querySelector('main p').getBoundingClientRect();
  return Array.from(document.querySelectorAll('main .table-responsive > table')).map(table => {
    const box = table.parentElement, edge = box.getBoundingClientRect();
    const hint = box.previousElementSibling;
    const heads = Array.from(table.querySelectorAll(':scope > thead th'));
    const out = heads.filter(th => th.getBoundingClientRect().right > edge.right + 1)
      .map(th => th.textContent.trim().replace(/\\s+/g, ' '));
    return {layout: table.dataset.phoneLayout || '', left: edge.left, right: edge.right, screen,
      columnLeft: column.left, columnRight: column.right, out,
      hint: hint && hint.classList.contains('scroll-hint') ? hint.textContent : null};
  });
})()"""


@pytest.mark.parametrize("release", RELEASES)
def test_a_scrolling_table_names_the_columns_out_of_sight_and_no_box_leaves_the_screen(browser, rendered, release):
    tables = browse.evaluate(browser, rendered[release] / "report.html", PHONE, SEEN)[0]
    for table in tables:
        # r44 (r43 readers: 2020 Tabel 3 and 7, TO Tabel 6 ran to the screen's edge): every table keeps the text's
        # margins, one inset for all; a wider one scrolls in its box (r42 asked only 10 px from the screen's edge)
        assert table["left"] >= table["columnLeft"] - 0.5 and table["right"] <= table["columnRight"] + 0.5, table
        if table["layout"] == "scroll":
            assert table["out"], table
            assert table["hint"] and table["hint"].startswith("Schuif opzij voor "), table
            for name in table["out"]:
                assert f"\u201e{name}\u201d" in table["hint"], table


def test_a_table_wider_than_the_text_column_scrolls_inside_the_margins(browser, rendered):
    """r44: Tele-Onthaal's Tabel 6 (about 366 px set compact, the text column 339 px) used the screen's full width
    (r41's bleed), its first column about 6 px from the screen's edge. Now it stays inside the text's margins and
    scrolls in its box, the hint naming the columns out of sight. (Replaces r41's test that it used the screen's
    width.)"""
    if "2021-tele-onthaal" not in rendered:
        pytest.skip("the Tele-Onthaal release is not among the params files")
    tables = browse.evaluate(browser, rendered["2021-tele-onthaal"] / "report.html", PHONE, SEEN)[0]
    assert not [t for t in tables if t["right"] - t["left"] > t["columnRight"] - t["columnLeft"] + 1], tables
    # r53 (TO #2: 'Soort' out of sight): no table scrolls on a phone any more; Tabel 6 is cards, nothing out of sight
    assert not [t for t in tables if t["out"] or t["hint"]], tables
