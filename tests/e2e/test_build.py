"""End to end: the Papermill stage for every year, back-tests, static checks of the Quarto project."""

import json
import re
import shutil

import nbformat
import pytest
from declared import not_shown  # tests/e2e/ is on the path as pytest runs its tests

from hulplijnen.chapters.gender_age import charts as gender_age_charts
from hulplijnen.config.params import release_ids
from hulplijnen.config.paths import ROOT
from hulplijnen.pipeline import build, execute
from hulplijnen.presentation import escape


def facts(built, year):
    return json.loads((built[year] / "figures.json").read_text())["facts"]


def test_no_error_cells(built):
    for out in built.values():
        for nb in (out / "notebooks").glob("*.ipynb"):
            for cell in nbformat.read(nb, as_version=4).cells:
                assert not any(o.get("output_type") == "error" for o in cell.get("outputs", [])), nb


@pytest.mark.parametrize(
    "key,value",
    [
        ("1712.contacts.total", 8059),
        ("1712.channel.phone.contacts", 5702),
        ("1712.channel.email.contacts", 1440),
        ("1712.channel.chat.contacts", 911),
        ("1712.contact_person.victim.contacts", 2708),
        ("1712.contact_person.parent.contacts", 1650),
        ("1712.contact_person.neighbour.contacts", 804),
        ("1712.contact_person_group.perpetrator_environment.high", 240),
    ],
)
def test_backtest_2020(built, key, value):
    assert facts(built, "2020")[key]["value"] == value


@pytest.mark.parametrize(
    "key,value",
    [
        ("1712.contacts.total", 8515),
        ("1712.channel.phone.share_pct", 68),
        ("1712.channel.chat.share_pct", 18),
        ("tele-onthaal.calls.total", 137669),
        ("tele-onthaal.conversations.total", 104681),
        ("tele-onthaal.channel.phone.calls", 118408),
        ("tele-onthaal.website_visitors.total", 174063),
        ("stop-it-now.contacts.total", 410),
        ("stop-it-now.contacts_since_launch.total", 1913),
        ("stop-it-now.referrals_since_launch.total", 263),
        ("stop-it-now.website_visitors.total", 33523),
    ],
)
def test_backtest_2021(built, key, value):
    assert facts(built, "2021")[key]["value"] == value


def test_implied_2019_interval_2021(built):
    f = facts(built, "2021")
    assert f["1712.contacts.2019.low"]["value"] == pytest.approx(8515 / 1.575, abs=0.1)
    assert f["1712.contacts.2019.high"]["value"] == pytest.approx(8515 / 1.565, abs=0.1)
    assert f["1712.contacts.2020.low"]["value"] == 8059


def test_one_year_is_not_a_series_and_several_are():
    """A rule the chapters declare by (not_shown): a chart over the years draws from two years on, never from one."""
    import pandas as pd

    from hulplijnen.presentation import figures_sources

    one = pd.DataFrame({"year": [2020], "channel": ["phone"], "low": [70.8], "high": [70.8], "exact": [True]})
    two = pd.concat([one, one.assign(year=2021, low=67.5, high=68.5, exact=False)])
    assert figures_sources.share_series(one, "t") is None and figures_sources.series_counts(one, "t", "n") is None
    assert figures_sources.share_series(two, "t") is not None and figures_sources.series_counts(two, "t", "n")
    rows = pd.DataFrame({"label": ["2020"], "value": [73.8], "low": [73.8], "high": [73.8]})
    assert gender_age_charts.exact_and_rounded(rows, "t", "procent") is None
    assert gender_age_charts.exact_and_rounded(pd.concat([rows, rows.assign(label="2021")]), "t", "procent")


def test_quarto_project_is_consistent(built):
    for release, out in built.items():
        qmd = (out / "report.qmd").read_text()
        embeds = re.findall(r"\{\{< embed (\S+?) >\}\}", qmd)
        assert embeds and all((out / e.split("#")[0]).exists() for e in embeds)
        labels = set()
        cells = [c for nb in (out / "notebooks").glob("*.ipynb") for c in nbformat.read(nb, as_version=4).cells]
        shown_nothing = set(not_shown(out))  # what the chapters declare (assembly checked it against the cells)
        for cell in cells:
            labels |= set(re.findall(r"#\| label: (\S+)", cell.source))
            pngs = [o for o in cell.get("outputs", []) if "image/png" in o.get("data", {})]
            if "#| label: fig-" in cell.source:  # a figure cell shows exactly one image, with caption and alt text
                label = re.search(r"#\| label: (\S+)", cell.source).group(1)  # ...or none: no empty chart
                assert len(pngs) == (0 if label in shown_nothing else 1), (release, cell.source[:60])
                assert "#| fig-cap:" in cell.source  # the alt text, written from the chart, where Quarto reads it
                assert bool(pngs) == bool(cell.metadata.get("fig-alt", "").strip()), (release, label)
            else:
                assert not pngs, (release, cell.source[:60])
        labels |= set(re.findall(r"\{#((?:fig|tbl)-[\w-]+)", qmd))  # r66: the report's own tables (Tabel 1) too
        for ref in re.findall(r"@((?:fig|tbl)-[\w-]+)", qmd):
            assert ref in labels
        assert (out / "_quarto.yml").exists() and "$" not in qmd.split("---")[1]


def test_summary_shows_key_figures_as_a_table_and_no_fact_keys(built):
    for year, out in built.items():
        qmd = (out / "report.qmd").read_text()
        summary = qmd.split("# Samenvatting")[1].split("\n# ")[0]
        header = r"\| Kerncijfer \| Waarde( \(verzonnen\))? \| Toelichting \|"  # a demo's values are made up (r18 #2)
        assert re.search(header, summary) and "{#tbl-key-figures}" in summary
        # one source for every key figure is one sentence; several are a table of sources, each with its figures;
        # r37 (demo r36 #2): a demo's Tabel 1 says each row's origin in its 'Toelichting', the annex not again
        # r66 (r66 2021 #4, 2020 #4): by Tabel 1's number; none where one document gives it all (Tele-Onthaal)
        assert ("**Herkomst van @tbl-key-figures.**" in qmd.split("{#sec-provenance")[1]) is (year in ("2020", "2021"))
        assert not [k for k in facts(built, year) if k in qmd]  # keys stay in figures.json


def test_failing_cell_is_named_and_kept(tmp_path):
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("x = 1"), nbformat.v4.new_code_cell("1 / 0")])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    src = tmp_path / "broken.ipynb"
    nbformat.write(nb, src)
    outcome = execute.run(execute.Task("2020", "broken", src, tmp_path / "out.ipynb"), ROOT)
    assert not outcome.ok and outcome.cell == 2 and outcome.error.startswith("ZeroDivisionError")
    assert (tmp_path / "out.ipynb").exists()


@pytest.mark.skipif(
    shutil.which("quarto") is None,
    reason="quarto is not on PATH; install it (conda-forge quarto or pip quarto-cli) to run render tests",
)
def test_render_with_quarto(workspace, built, tmp_path):
    # its own output folder (sharing the notebook cache): the shared workspace stays a build without render
    private = build.Workspace(output=tmp_path / "_output", staging=tmp_path / "_staging", cache=workspace.cache)
    build.build(["2020"], render=True, workspace=private)
    out = private.release_output("2020")
    assert (out / "report.html").exists() and (out / "report.pdf").exists()


def chapter_text(out, name):
    nb = nbformat.read(out / "notebooks" / f"{name}.ipynb", as_version=4)
    return "\n".join(
        o["data"]["text/markdown"]
        for c in nb.cells
        for o in c.get("outputs", [])
        if "text/markdown" in o.get("data", {})
    )


def releases_of_year(year):
    from hulplijnen.config.params import load_params

    return [r for r in release_ids() if load_params(r).year == year]


def test_every_published_2021_figure_is_in_figures_json(built):
    """Back-test: every row of every 2021 key_figures.csv, in each 2021 report that covers the helpline."""
    from hulplijnen.config.params import load_params
    from hulplijnen.data import load
    from hulplijnen.facts.keys import fact_key

    checked = 0
    for release in releases_of_year(2021):
        f = facts(built, release)
        for helpline in load_params(release).helplines:
            for row in load.key_figures(2021, helpline).itertuples():
                key, unit = fact_key(helpline, row)
                assert f[key]["value"] == pytest.approx(row.value) and f[key]["unit"] == unit, (
                    release,
                    helpline,
                    row.key,
                )
                checked += 1
    assert checked >= 80


def test_single_helpline_release(built):
    from hulplijnen.config.params import load_params

    single = [r for r in release_ids() if len(load_params(r).helplines) == 1 and load_params(r).helplines[0] != "1712"]
    assert single, "a params file selecting one helpline other than 1712"
    for release in single:
        helpline = load_params(release).helplines[0]
        out = built[release]
        assert sorted(p.stem for p in (out / "notebooks").glob("*.ipynb")) == ["data_quality", "helplines"]
        keys = facts(built, release)
        assert not any(k.startswith("1712.") for k in keys) and any(k.startswith(f"{helpline}.") for k in keys)
        assert "{{< embed notebooks/channels.ipynb >}}" not in (out / "report.qmd").read_text()


def test_every_labelled_figure_and_table_is_a_file(built):
    for out in built.values():
        labels = set()
        for nb in (out / "notebooks").glob("*.ipynb"):
            for cell in nbformat.read(nb, as_version=4).cells:
                labels |= set(re.findall(r"#\| label: ((?:fig|tbl)-[\w-]+)", cell.source))
        files = {p.stem for p in (out / "figures").glob("*.png")} | {p.stem for p in (out / "tables").glob("*.md")}
        nothing = set(not_shown(out))
        assert nothing <= labels and labels - nothing == files and not nothing & files


def test_data_quality_provenance_and_glossary_are_generated_from_data(built):
    import yaml

    from hulplijnen.config.params import load_params
    from hulplijnen.config.paths import DATA
    from hulplijnen.data import load
    from hulplijnen.export import synthetic
    from hulplijnen.pipeline.release import load_release

    documents = yaml.safe_load((DATA / "provenance.yml").read_text())["documents"]
    corrections = load.corrections()
    for release, out in built.items():
        qmd = (out / "report.qmd").read_text()
        files = yaml.safe_load((DATA / "provenance.yml").read_text())["files"]
        used = {
            files[f.removeprefix("data/")]["document"]
            for fact in facts(built, release).values()
            for f in (fact["source"]["file"] or "").split(", ")
            if f.removeprefix("data/") in files
        }
        # the documents the release's figures come from (as text, escaped), and no other (the demo's: its calibration)
        for name, doc in documents.items():
            calibration = f"{synthetic.CALIBRATION_HELPLINE}/{synthetic.CALIBRATION_YEAR}/"
            if load_params(release).is_synthetic:
                used |= {v["document"] for f, v in files.items() if f.startswith(calibration)}
            assert (escape.md_cell(doc["title"]) in qmd) == (name in used), (release, name)
        build_record = json.loads((out / "build.json").read_text())
        # the build's record (versions, run times, every input's checksum) is build.json, named once, never printed
        assert build_record["inputs"] and build_record["packages"] and build_record["notebooks"]
        # a reader of the PDF never sees the release folder: no sentence sends them to build.json but the auditor's
        # 'Verwerking' (r47, demo r46 #10: with one fingerprint of the inputs, no input's own checksum)
        # r50 (r49 #2, #3): four times, all in it: a link (HTML), plain (PDF), and where the fingerprint stands
        verwerking = qmd[qmd.index("**Verwerking.**") :]
        assert qmd.count("build.json") == verwerking.count("build.json") == 4
        assert not [d for d in build_record["inputs"].values() if d[:16] in qmd]
        assert not [p for p in build_record["inputs"] if p.endswith(".csv") and p in qmd]
        codes = load.codebook("contact_person_codes")
        if "{#sec-codes" in qmd:  # numeric codes as such, the others by their Dutch label only
            labels = [(c.code, escape.md_cell(c.label_nl)) for c in codes.itertuples()]
            assert all(f"| {code} | {label} |" in qmd for code, label in labels if str(code).isdigit())
            # r27 2020 #13: a group of one code without a number is one row, under its group's name
            groups = load.codebook("contact_person_groups").set_index("group")["label_nl"]
            assert all(
                f"| geen code | **{groups[c.group]}** |" in qmd for c in codes.itertuples() if not c.code.isdigit()
            )
        # the glossary defines the terms the report uses before its technical annex (summary, chapters), and only those
        # (demo r32 #11: no entry for a word only the annex uses)
        glossary = qmd.split("{#sec-glossary .unnumbered}")[1].split("\n# ")[0]
        shown = "\n".join(
            [qmd.split("# Verklarende woordenlijst")[0]]
            + [
                o["data"]["text/markdown"]
                for nb in (out / "notebooks").glob("*.ipynb")
                for cell in nbformat.read(nb, as_version=4).cells
                for o in cell.get("outputs", [])
                if "text/markdown" in o.get("data", {})
            ]
        )
        captions = [  # what the glossary also searches: the captions of figures and tables, and the code list
            line
            for nb in (out / "notebooks").glob("*.ipynb")
            for cell in nbformat.read(nb, as_version=4).cells
            for line in cell.source.splitlines()
            if line.startswith(("#| fig-cap:", "#| tbl-cap:"))
        ]
        codes = qmd.split("{#sec-codes", 1)[1].split("\n## ")[0] if "{#sec-codes" in qmd else ""
        used = "\n".join([shown, codes, *captions]).lower()
        # every term printed is in the release's text (one of its forms), and every term of report/glossary.yml whose
        # form the text has is printed (unless it belongs to other helplines or counts a unit the release does not)
        from hulplijnen.pipeline.glossary import glossary_terms, pointers, uses

        pointed = {m.lower() for m in pointers(glossary)}  # a term another printed term points to ('zie …')

        helplines = load_release(release).params.helplines
        counted = "|".join(load.helplines().set_index("helpline").loc[helplines, "counting_unit"]).split("|")
        for t in glossary_terms():
            said = any(uses(used, form) for form in t["forms"])
            belongs = (
                (not t["only"] or set(t["only"]) & set(helplines))
                and not t["annex"]  # statistics: annex Methods
                and (t["key"] != "contacts" or "contact" in counted)
                and (t["key"] != "conversations" or "conversation" in counted)
                and (not t["chapters"] or set(t["chapters"]) & set(load_release(release).chapters))
                and (not t.get("alone") or len(helplines) == 1)  # r63 (r63 TO #3): a term of one helpline's report
            )
            expected = belongs and (said or t["term"].lower() in pointed)
            assert (f"**{escape.md_text(t['term'])}**" in glossary) == bool(expected), (release, t["term"])
        # r26 TO #12: Tele-Onthaal's own report has no entry for its undefined words (its chapter says so once)
        assert "**contacten**" in glossary or "**oproepen**" in glossary or release == "2021-tele-onthaal"
        if "notebooks/data_quality.ipynb" not in qmd:  # a demo report has no published tables to check
            continue
        f = facts(built, release)
        # every year's data the release can show: its helplines' files up to its year (2021 shows 1712's 2020 tables)
        parts = corrections["file"].str.split("/")
        year_files = corrections[
            parts.str[0].isin(build_record["params"]["helplines"]) & (parts.str[1].astype(int) <= build_record["year"])
        ]
        assert f["quality.corrections"]["value"] == len(year_files)
        table = out / "tables" / "tbl-corrections.md"
        # only corrections of a published value are rows; repaired labels are counted in a sentence
        changed = year_files[~year_files["kind"].isin(("label_repair", "ocr_artifact"))]
        assert table.exists() == (len(changed) > 0)  # no corrections: a sentence, not a table of "geen"
        assert all(str(r.used) in table.read_text() for r in changed.itertuples())
        # r25 2020 #13: a release with a model tells it in the annex's section at „Campagnes”, one without in Methods
        # r33 (demo r32 #19): a check told in words that is its chapter's only annex entry stands under the
        # chapter's heading, without a subheading of its own
        told = "Campagne-effecten" in qmd or "Een model voor het effect van de campagnes" in qmd
        # r34: 'Met een eenvoudig rekenmodel van de contacten'
        told = told or "{#sec-appendix-campaigns " in qmd and "Met een eenvoudig rekenmodel van de contacten" in qmd
        # r38 (2020 r37 #6): the model named first ('Het rekenmodel is een Poissonmodel …')
        told = told or "{#sec-appendix-campaigns " in qmd and "Het rekenmodel is een Poissonmodel" in qmd
        assert told == ("notebooks/campaigns.ipynb" in qmd)


def test_reference_material_is_in_the_appendices(built):
    """The code list only where a chapter counts by code; every tbl-appendix- table in the appendices, not in a
    chapter (its notebook cell is include: false); no input file path or checksum list in the document."""
    from hulplijnen.pipeline.appendix import shows_codes
    from hulplijnen.pipeline.release import load_release

    for release, out in built.items():
        qmd = (out / "report.qmd").read_text(encoding="utf-8")
        r = load_release(release)
        codes = shows_codes(list(r.chapters), r.params.helplines, r.params.year)
        assert ("{#sec-codes" in qmd) == codes, release
        # 2021 has no table per code; the demo counts by group of codes
        assert ("{#sec-codes" in qmd) == (release == "2020"), release
        appendices = qmd.split("{#sec-provenance", 1)[1]
        for nb in (out / "notebooks").glob("*.ipynb"):
            for cell in nbformat.read(nb, as_version=4).cells:
                label = re.search(r"^#\| label: (tbl-appendix-\S+)", cell.source, re.M)
                if label and any("text/markdown" in o.get("data", {}) for o in cell.get("outputs", [])):
                    # a table under its caption, or a check told in words under its heading; r33 (demo r32 #19): or,
                    # a check told in words that is its chapter's only entry, under the chapter's heading
                    anchors = ("{#" + label.group(1) + "}", "{#sec-" + label.group(1) + " ")
                    shown = [o["data"]["text/markdown"] for o in cell.outputs if "text/markdown" in o.get("data", {})]
                    if not shown[-1].lstrip().startswith("|"):
                        anchors += ("{#sec-appendix-" + nb.stem + " ",)
                    assert "#| include: false" in cell.source and any(a in appendices for a in anchors)
                elif label:  # a table with nothing to show (no monthly figures: no campaign estimates)
                    assert "#| include: false" in cell.source and label.group(1) not in appendices
        assert "data/codebooks/" not in qmd and "contacts_by_month_channel" not in qmd
