"""Round 26 (the r25 readers of 2020 and 2021) on the annex of the contact-persons chapter: the code list grouped
under a sub-heading row per group, not the group repeated on every row (2020 #18). Fails on the code before."""

from __future__ import annotations

from hulplijnen.data import load
from hulplijnen.pipeline.appendix import codes_markdown


def test_the_code_list_names_each_group_once_as_a_sub_heading():
    md = codes_markdown()
    groups = load.codebook("contact_person_groups")["label_nl"]
    codes = load.codebook("contact_person_codes")
    assert md.startswith("| Code | Contactnemer (per groep) |")
    for label in groups:
        assert md.count(f"| | **{label}** |") == 1, label
    # every code on a row of its own, two cells, its group above it
    assert "| 1100 | slachtoffer zelf |" in md and "| 1100 | slachtoffer zelf | slachtoffer" not in md
    assert md.count("slachtoffer zelf of iemand uit diens omgeving") == 1
    lines = md.split("\n")
    assert lines.index("| | **cultuur** |") < lines.index("| 4100 | kinderen en jongeren |") < lines.index(
        "| | **sport** |"
    )
    assert sum(line.startswith("| ") and "**" not in line for line in lines[2:]) == len(codes)
