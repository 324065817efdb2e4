"""Round 64 (r64 demo #1): 'Over deze cijfers' broke off after its first point with a quarter of demo p.4 empty:
quarto/sticky-headings.lua made a list item with a closing colon and points of its own one unbreakable block. Only its
opening line sticks to the first point now; the points break over pages as text does."""

from __future__ import annotations

import pytest

from hulplijnen.config.params import release_ids

from .filters import run_filter
from .test_page_flow import pages_of

ITEM = "- overgenomen: x;\n- afgestemd op cijfers:\n\n  - het aandeel;\n  - de bellers.\n- vrij: y.\n"


def test_a_list_item_with_points_of_its_own_is_not_one_unbreakable_block():
    typst = run_filter("sticky-headings.lua", ITEM)
    assert "breakable: false" not in typst, typst  # the old rule: the item whole to the next page
    opening = typst.index("#block(sticky: true)[")  # the line sticks to its first point
    assert opening < typst.index("afgestemd op cijfers:") < typst.index("]") < typst.index("het aandeel"), typst


@pytest.mark.skipif("demo" not in release_ids(), reason="the demo release only")
def test_the_demo_list_of_tuned_figures_starts_on_the_page_of_its_first_point(rendered):
    """The 'afgestemd' line and its first point on demo p.4, under the first point ('overgenomen'), not overleaf."""
    pages = pages_of(rendered, "demo")
    text = {p.number: " ".join(line.text for line in p.lines) for p in pages}
    first = next(n for n, t in text.items() if "overgenomen:" in t and "Over deze cijfers" in t)
    assert "afgestemd op gepubliceerde cijfers:" in text[first] and "het aandeel beantwoorde" in text[first]
