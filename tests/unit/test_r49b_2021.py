"""Round 49 (2021 #1): that the earlier year's figures come from another source is said once in the summary's
opening lines (not in a key message), and once in chapter 1 for all chapters (tests/unit/test_r34c_2021.py)."""

import re

from hulplijnen.presentation import text


def flat(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


def _intro(**kw) -> str:
    kw = {"part": None, "later": None, "counted": None, "one_chapter": False} | kw
    return flat(
        text.render("summary/intro.md", facts={}, synthetic=False, year="2001", names=["Hulplijn X"], split=None, **kw)
    )


def test_the_opening_says_once_that_the_earlier_years_figures_come_from_another_source():
    said = _intro(key_only={"name": "Hulplijn X", "earlier": "2000"}, part="scope")
    # r52 (lead's decision B): the sentence on what kind of report this is comes first; r52 (r51 2021 #3): the
    # caveat about shares, the total's growth the later source's own; the other source still said once
    assert said.startswith("Dit rapport beschrijft de contacten met Hulplijn X in 2001. "), said
    assert (
        "Van Hulplijn X staan voor 2001 in de bronnen alleen kerncijfers; de detailcijfers van Hulplijn X in dit "
        # r60 (r59 2021 #2): the helpline whose earlier year comes from another source, named
        "rapport gaan over 2000. De cijfers van Hulplijn X over 2000 komen uit een andere bron dan die over 2001; "
        "vergelijkingen "
        "van aandelen met 2000 zijn daarom onzeker." in said
    ), said
    assert said.count("andere bron") == 1 and said.count("Dit rapport beschrijft") == 1
    # no earlier year's tables: nothing compared, no caveat
    assert "andere bron" not in _intro(key_only={"name": "Hulplijn X", "earlier": False})
