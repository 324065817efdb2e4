"""Round 31 (demo #16): at 390 px Tabel 4's 13 cards each repeated the header "Schommeling door toeval (berekend uit
verzonnen aantallen)". A stacked table names each card's line by its header without a note in brackets; the note is
said once, above the cards (quarto/scroll-focus.html, report.css: .stack-note)."""

from __future__ import annotations

import pytest

from hulplijnen.config.params import release_ids

from . import browse

pytestmark = pytest.mark.quarto
PHONE = 390

CARDS = """(() => Array.from(document.querySelectorAll('main table.stacked')).map(table => {
  const heads = Array.from(table.querySelectorAll('thead tr:last-child th')).map(th => th.textContent.trim());
  const labels = Array.from(table.querySelectorAll('tbody td')).filter(c => c.offsetParent)
    .map(c => getComputedStyle(c, '::before').content);
  const box = table.closest('.table-responsive');
  const notes = [];
  for (let up = box && box.previousElementSibling; up && up.matches('.stack-note, .scroll-hint');
       up = up.previousElementSibling) {
    if (up.matches('.stack-note') && up.offsetParent) notes.push(up.textContent);
  }
  return {heads, labels, notes};
}))()"""


@pytest.mark.parametrize("release", release_ids())
def test_a_cards_line_is_named_without_its_headers_note_which_stands_once_above_the_cards(browser, rendered, release):
    (tables,) = browse.evaluate(browser, rendered[release] / "report.html", PHONE, CARDS, height=844)
    for table in tables:
        noted = [h for h in table["heads"][1:] if h.endswith(")") and len(h[h.rfind("(") :].split()) >= 3]
        for head in noted:
            short = head[: head.rfind("(")].strip()
            assert not any(head in label for label in table["labels"]), head  # not repeated on every card
            assert any(f'"{short}: "' == label for label in table["labels"]), (short, table["labels"][:3])
            assert len(table["notes"]) == 1 and short in table["notes"][0], table["notes"]
        if not noted:
            assert table["notes"] == []
