"""Round 23 (r22 2020 #4, #12, #13; 2021 #13): the contexts chapter shows the source's own contexts in one table, no
chart repeating it and no pointer to the annex under it."""

from __future__ import annotations

import pytest

from hulplijnen.chapters import contexts
from hulplijnen.facts import FactSheet
from hulplijnen.presentation.parts import Figure, Table


@pytest.fixture(scope="module")
def contexts_built():
    return {y: contexts.build(y, "1712", FactSheet("contexts", y)) for y in (2020, 2021)}


def test_one_table_of_the_sources_contexts_and_no_chart_repeating_it(contexts_built):
    """2020 #4: the same numbers in the text, Table 5, Figure 3 and Table 6."""
    assert not [p for p in contexts.SHOWN if isinstance(p, Figure)]
    shown = [p.label for p in contexts.SHOWN if isinstance(p, Table) and not p.annex]
    # r59 (r58 2021 #2): the comparison table is the annex's now, the chapter's two tables stay
    assert shown == ["tbl-context-published", "tbl-contexts"]  # r49 (r48 2021 #9c)
    for chapter in contexts_built.values():
        # r31 2021 #12 (round 32): the earlier year's 18 rows in a later year's annex, not its chapter
        assert list(chapter.tables) == ["published", "contexts", "earlier_contexts", "compare"]  # r49 (2021 #9c)
        shown = (
            chapter.tables["contexts"] if chapter.tables["contexts"] is not None else chapter.tables["earlier_contexts"]
        )
        if shown is None:  # r33 (r32 2021 #8): the earlier year's table is its own report's
            continue
        assert "voorzieningen en instellingen" not in shown["Context"].tolist()
    assert contexts_built[2021].tables["contexts"] is None and contexts_built[2020].tables["earlier_contexts"] is None


def test_no_pointer_to_the_annex_under_the_table(contexts_built, plain):
    """2021 #13: 'Hoe dit rapport de contexten groepeert, staat in de bijlage.' alone under Figuur 5."""
    for chapter in contexts_built.values():
        said = plain(chapter.text.replace(chapter.section("reading"), ""))  # all but the annex's part
        # r49 (r48 2020 #1): the lead's decision: one pointer, for the 2020 table's doubtful year ('zie de
        # technische bijlage'); 2021's reading of its base points to 'de bijlage' once; none under a table
        assert said.count("bijlage") <= 1 and "Hoe dit rapport" not in said
