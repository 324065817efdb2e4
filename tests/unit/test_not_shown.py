"""A chapter declares what it does not show (issue 22): FactSheet.nothing_to_show(label, reason) is published with the
facts; assembly accepts a labelled cell without output only when its chapter declared it, and records the
declarations in build.json."""

import nbformat
import pytest

from hulplijnen.config.errors import BuildError
from hulplijnen.facts import MIME, FactSheet, not_shown_in_notebook
from hulplijnen.pipeline import assemble


def test_a_declaration_needs_a_label_of_a_figure_or_table_and_one_reason():
    facts = FactSheet("channels", 2020)
    facts.nothing_to_show("fig-b", "one year is not a series")
    facts.nothing_to_show("tbl-a", "no corrections")
    facts.nothing_to_show("fig-b", "one year is not a series")  # the same declaration twice: fine
    assert facts.not_shown == {"fig-b": "one year is not a series", "tbl-a": "no corrections"}
    with pytest.raises(BuildError, match="two different reasons"):
        facts.nothing_to_show("fig-b", "another reason")
    with pytest.raises(BuildError, match="fig-/tbl- label and a reason"):
        facts.nothing_to_show("sec-x", "why")
    with pytest.raises(BuildError, match="fig-/tbl- label and a reason"):
        facts.nothing_to_show("fig-c", " ")


def notebook(tmp_path, cells: dict[str, bool], declared: dict[str, str]):
    """An executed notebook: a labelled cell per label (with a figure when True), and the facts cell."""
    nb = nbformat.v4.new_notebook()
    for label, shows in cells.items():
        cell = nbformat.v4.new_code_cell(f"#| label: {label}\nshow_figure(f)")
        if shows:
            cell.outputs = [nbformat.v4.new_output("display_data", data={"image/png": "iVBORw0KGgo="})]
        nb.cells.append(cell)
    payload = {"notebook": "x", "year": 2020, "facts": [], "inputs": {}, "not_shown": declared}
    facts_cell = nbformat.v4.new_code_cell("facts.publish()")
    facts_cell.outputs = [nbformat.v4.new_output("display_data", data={MIME: payload})]
    nb.cells.append(facts_cell)
    (tmp_path / "notebooks").mkdir(exist_ok=True)
    nbformat.write(nb, tmp_path / "notebooks" / "x.ipynb")
    return tmp_path


def test_assembly_accepts_a_cell_that_shows_nothing_when_its_chapter_says_why(tmp_path):
    staged = notebook(tmp_path, {"fig-a": True, "fig-b": False}, {"fig-b": "one year"})
    assert assemble.write_artifacts(staged, ["x"]) == ["figures/fig-a.png"]
    assert not_shown_in_notebook(staged / "notebooks" / "x.ipynb") == {"fig-b": "one year"}


@pytest.mark.parametrize(
    ("cells", "declared", "problem"),
    [
        ({"fig-a": True, "fig-b": False}, {}, "fig-b shows nothing, and the chapter does not say why"),
        ({"fig-a": True}, {"fig-a": "one year"}, "fig-a is declared not shown, but it shows something"),
        ({"fig-a": True}, {"fig-z": "one year"}, "fig-z is declared not shown, but the notebook has no such cell"),
    ],
)
def test_assembly_fails_when_what_a_chapter_shows_differs_from_what_it_declares(tmp_path, cells, declared, problem):
    staged = notebook(tmp_path, cells, declared)
    with pytest.raises(BuildError, match="notebooks/x.ipynb") as caught:
        assemble.write_artifacts(staged, ["x"])
    assert problem in str(caught.value)
