"""Issue 21, a fresh reader's findings: the technical annex is for an auditor reading a public report, not a build
log; its data-quality statement is true for every year the release shows; one style of quotation marks. Each test
failed on the code before."""

import json
import re

import nbformat
import pytest

from hulplijnen.config.params import load_params
from hulplijnen.data import load


def shown(out) -> str:
    """Everything a reader reads, the annex included: the report document and its notebooks' Markdown outputs."""
    parts = [(out / "report.qmd").read_text(encoding="utf-8").split("\n---\n", 1)[1]]
    for nb in sorted((out / "notebooks").glob("*.ipynb")):
        for cell in nbformat.read(nb, as_version=4).cells:
            if "#| include: false" in cell.source and "tbl-appendix-" not in cell.source:
                continue
            parts += [
                o["data"]["text/markdown"] for o in cell.get("outputs", []) if "text/markdown" in o.get("data", {})
            ]
    return re.sub(r"\s+", " ", "\n".join(parts).replace("\u00a0", " "))


BUILD_LOG = [
    "Git-commit",
    # r47 (demo r46 #10): 'Verwerking' names Python's and pandas' versions and the inputs' SHA-256 fingerprint
    # (test_processing_r47e); run times, commits and the tools' run logs stay out
    "Uitvoeringstijden",
    "Papermill",
    "Vingerafdrukken",
    "data/provenance.yml",
    "OCR",
    "placebo",
    "tests van het project",
    "parameterbestand",
    "gelezen bij het maken, niet gebruikt",
]


@pytest.mark.parametrize("word", BUILD_LOG)
def test_the_annex_is_no_build_log(built, word):
    for release, out in built.items():
        assert word not in shown(out), (release, word)


def test_the_build_record_sits_beside_the_report_and_the_report_sends_no_reader_to_it(built):
    """r11: the annex said build.json stood "naast het rapport"; a reader of the PDF never sees that folder. r47 (demo
    r46 #10): the auditor's 'Verwerking' paragraph names it once, with the fingerprint of the inputs it lists."""
    for release, out in built.items():
        text = shown(out)
        # r50 (r49 #2, #3): four times, all in 'Verwerking': a link (HTML: text and target), plain (PDF), and where the
        # fingerprint stands
        verwerking = text[text.index("**Verwerking.**") :]
        assert text.count("build.json") == verwerking.count("build.json") == 4, release
        assert "build.json als `fingerprint`" in verwerking, release
        assert "Een technisch verslag van de opbouw van dit rapport" not in text
        assert (out / "build.json").is_file()


def test_every_correction_in_data_the_release_shows_is_listed(built):
    corrections = load.corrections()
    for release, out in built.items():
        params = load_params(release)
        if params.is_synthetic:
            continue
        text = shown(out)
        parts = corrections["file"].str.split("/")
        own = corrections[parts.str[0].isin(params.helplines) & (parts.str[1].astype(int) <= params.year)]
        if len(own):
            assert "er zijn geen correcties" not in text, release
            # a correction of a published value has a row with its reason; a repaired label or scan artefact is counted
            repairs = own["kind"].isin(("label_repair", "ocr_artifact"))
            flat = " ".join(text.split())
            # r26 2021 #20: the places told apart as the table's rows count them (a cell, blank month cells); r30
            # (r29 2020 #12): a blank cell the totals force to 0 is no 'ander getal'. r49 (r48 2020 #5): the text
            # introduces the table of corrections in one sentence (no third telling); the counts are the recorded
            # facts', together as many as the corrections of published values
            recorded = json.loads((out / "figures.json").read_text(encoding="utf-8"))["facts"]
            assert re.search(r"Tabel \d+ geeft de correcties en de lege vakken die als 0 gelezen zijn\.", flat) or (
                "@tbl-corrections geeft de correcties en de lege vakken die als 0 gelezen zijn." in flat
            ), release
            counted = [
                recorded[f"quality.{k}"]["value"] for k in ("value_corrections_of_cells", "blanks_forced_by_totals")
            ]
            assert sum(counted) == int((~repairs).sum()), release
            # r30 (r29 2020 #16): the scan's repairs that change no figure are counted for the record, not told
            assert recorded["quality.reading_repairs"]["value"] == int(repairs.sum()), release
            assert "Daarnaast herstelde dit rapport" not in flat, release
            for reason in own.loc[~repairs, "reason_nl"]:
                said = re.sub(r"\s+", " ", reason)[:40]
                said = said[:1].lower() + said[1:]  # r51 (r50 2020 #11): after "…:" in Tabel 8, lower case
                assert said in text.replace("\\", ""), (release, reason)
            for garbled in own.loc[repairs, "published"]:
                assert f"| {garbled} |" not in text, (release, garbled)
    # the 2021 report shows 1712's 2020 tables, corrected: e-mail in August 2020 is 90, not 20
    assert re.search(r"augustus 2020, e-mail \| 20 \| 90 \|", shown(built["2021"]))


def test_one_style_of_quotation_marks(built):
    for release, out in built.items():
        text = shown(out)
        # a quotation opens after a space or a bracket; "gg‘z’gmber" is a garbled word of a scan, quoted as it is
        assert not re.search(r"(?<!\w)‘|(?<![\w’])'[^'\n]{1,60}'(?!\w)", text), release
        assert "„" in text


def test_key_messages_and_key_figures_are_headings_a_screen_reader_can_jump_to(built):
    for release, out in built.items():
        qmd = (out / "report.qmd").read_text(encoding="utf-8")
        summary = qmd.split("# Samenvatting", 1)[1].split("\n# ", 1)[0]
        assert "\n## Belangrijkste boodschappen {#sec-key-messages .unnumbered}\n" in summary, release
        assert "\n## Kerncijfers {#sec-key-figures .unnumbered}\n" in summary, release
        assert "**Belangrijkste boodschappen**" not in qmd


def test_each_other_helpline_has_its_own_heading_and_the_front_says_which_chapters_cover_which(built):
    names = load.helplines().set_index("helpline")["name"]
    for release, out in built.items():
        params = load_params(release)
        helplines_nb = out / "notebooks" / "helplines.ipynb"
        if not helplines_nb.is_file():
            continue
        shown_nb = "\n".join(
            o["data"]["text/markdown"]
            for cell in nbformat.read(helplines_nb, as_version=4).cells
            for o in cell.get("outputs", [])
            if "text/markdown" in o.get("data", {})
        )
        lead = names[params.helplines[0]]
        others = [names[h] for h in params.helplines[1:]]
        # the summary's reading guide (after the key messages and key figures since review r11: news first)
        intro = re.split(r"^# ", shown(out).split("# Samenvatting", 1)[1], maxsplit=1, flags=re.M)[0]
        if others:  # the lead helpline has chapters of its own, the others share one
            for name in others:
                assert f"\n## {name}\n" in "\n" + shown_nb, (release, name)
            assert f"gaan alleen over {lead}; hoofdstuk" in intro, release
            assert " en ".join([", ".join(others[:-1]), others[-1]] if len(others) > 1 else others) in intro
        else:  # one helpline: its chapter needs no heading per helpline, the intro no split
            # r61 (r59 TO #6): the website visitors' section of its own is no heading per helpline
            assert f"\n## {lead}\n" not in "\n" + shown_nb and "alleen over" not in intro, release


def test_annex_tables_stand_under_a_heading_per_chapter_and_no_heading_repeats_a_caption(built):
    """2021 #26: the annex's headings were its tables' captions ('Elk gepubliceerd kerncijfer, zoals gepubliceerd'),
    each printed twice, as heading and caption. Now a heading per chapter, by its number and title."""
    from hulplijnen.pipeline.release import load_release

    for release, out in built.items():
        qmd = (out / "report.qmd").read_text(encoding="utf-8")
        annex = qmd.split("{#sec-provenance", 1)[1].split("# Colofon", 1)[0]
        captions = set(re.findall(r"^: (.+?) \{#tbl-appendix-", annex, re.M))
        headings = re.findall(r"^## (.+?) \{#sec-appendix-", annex, re.M)
        assert not captions & set(re.findall(r"^#+ (.+?) \{#", annex, re.M)), release
        # r33 (r32 TO #15): a report of a single chapter does not number it: its part of the annex goes by the title
        single = len(load_release(release).numbers) == 1
        # r37 (r36 TO #10): said to be a chapter's, the bare title meant nothing in the table of contents
        # r41 (r41 2021 #13): a chapter shown as a section goes by its section's number ('Bij 2.1: …')
        form = r"Bij het hoofdstuk „[^”]+”" if single else r"Bij (?:hoofdstuk \d+|\d+\.\d+): .+"
        assert all(re.fullmatch(form, h) for h in headings), (release, headings)
        assert len(headings) == len(set(headings)), release
        assert bool(captions) <= bool(headings), release
