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
    # r27 2020 #13: a group of one code without a number is one row ('geen code' beside the group's name)
    single = {"justitiële instanties", "onbekend", "contactnemer niet ingevuld"}  # r60 (r59 demo #3)
    for label in groups:
        row = f"| geen code | **{label}** |" if label in single else f"| | **{label}** |"
        assert md.count(row) == 1, label
    # every code on a row of its own, two cells, its group above it
    assert "| 1100 | slachtoffer zelf |" in md and "| 1100 | slachtoffer zelf | slachtoffer" not in md
    assert md.count("slachtoffer zelf of iemand uit diens omgeving") == 1
    lines = md.split("\n")
    assert (
        lines.index("| | **cultuur** |")
        < lines.index("| 4100 | kinderen en jongeren |")
        < lines.index("| | **sport** |")
    )
    assert sum(line.startswith("| ") and ("**" not in line or "geen code" in line) for line in lines[2:]) == len(codes)


def test_2021_introduces_its_table_after_the_contact_persons_not_after_the_anonymity():
    """2021 #17: 'In 2021 bleef ongeveer driekwart (75 %) … anoniem. De tabel en de figuur hieronder …': the table
    read as an anonymity table. 2021 #6: the chat's growth after the victims' rise read as its cause."""
    from hulplijnen.chapters import contact_persons
    from hulplijnen.facts import FactSheet

    said = contact_persons.build(2021, "1712", FactSheet("t", 2021)).section("earlier")
    paragraphs = [" ".join(p.split()) for p in said.split("\n\n")]
    intro = next(p for p in paragraphs if "De tabel en de figuur hieronder" in p)
    # r30 2021 #7 (round 31): the lead-in a paragraph of its own, last, directly above its table; the anonymity
    # paragraph before it (a page broke between the lead-in and the table)
    assert intro == "De tabel en de figuur hieronder zetten de aandelen per jaar naast elkaar." == paragraphs[-1]
    assert "anoniem. De tabel" not in " ".join(paragraphs)
    # r29 2021 #13 (round 30): no link planted and withdrawn; the year's figures are not split by channel
    assert paragraphs[-2].endswith("Per kanaal zijn de contactnemers van 2021 niet bekend.")
