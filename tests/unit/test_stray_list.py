"""A wrapped line of a key message that starts with a year and ')' ('(„optie 0”,\n  2021) zijn er …') opened a
numbered list in the summary (review r14 2020 #1: '2021.' as a list item in the HTML, an empty line in the PDF)."""

from hulplijnen.presentation.text import _shape  # its Markdown guard: escape.no_stray_list


def test_a_wrapped_line_starting_with_a_number_does_not_open_a_list():
    shaped = _shape("- **Wat.** een maatregel\n  („optie 0”,\n  2021) zijn er cijfers.\n- b", prose=False)
    assert "  2021\\) zijn er cijfers." in shaped.splitlines()
    assert _shape("Het jaar\n2020. Dat", prose=False).splitlines()[1] == "2020\\. Dat"


def test_a_real_numbered_list_keeps_its_items():
    listed = "Bronnen:\n\n1. de vraag\n   met een tweede regel\n2. de infografiek\n10. de tiende"
    assert _shape(listed, prose=False) == listed
