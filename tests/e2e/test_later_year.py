"""A release for a made-up later year, from a small key-figures file in a copy of data/ and params/
(HULPLIJNEN_DATA, HULPLIJNEN_PARAMS): it uses every exact figure of earlier years, its series grows by
one year, and no chart is empty. Adding the year needs only its data file, provenance entry and params."""

import json
import re
import shutil
from pathlib import Path

import nbformat
import pytest
import yaml
from declared import not_shown  # tests/e2e/ is on the path as pytest runs its tests

from hulplijnen.config.paths import DATA

FIXTURE = Path(__file__).parents[1] / "fixtures" / "later_year"
YEAR = "2022"


@pytest.fixture(scope="module")
def later(tmp_path_factory, build_elsewhere):
    base = tmp_path_factory.mktemp("later_year")
    data, params = base / "data", base / "params"
    shutil.copytree(DATA, data)
    params.mkdir()
    (data / "1712" / YEAR).mkdir()
    shutil.copy(FIXTURE / "key_figures.csv", data / "1712" / YEAR / "key_figures.csv")
    record = yaml.safe_load((data / "provenance.yml").read_text(encoding="utf-8"))
    entry = yaml.safe_load((FIXTURE / "provenance.yml").read_text(encoding="utf-8"))
    record["documents"]["testjaar2022"] = entry["document"]
    record["files"][f"1712/{YEAR}/key_figures.csv"] = entry["file"]
    (data / "provenance.yml").write_text(yaml.safe_dump(record, allow_unicode=True), encoding="utf-8")
    shutil.copy(FIXTURE / "params.yml", params / f"{YEAR}.yml")
    run = build_elsewhere(data, params, base, YEAR)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-4000:]
    out = base / "_output" / YEAR
    return out, {k: v["value"] for k, v in json.loads((out / "figures.json").read_text())["facts"].items()}


def years_of(facts, pattern):
    return {int(m.group(1)) for k in facts if (m := re.fullmatch(pattern, k))}


def test_earlier_exact_figures_are_used(later):
    _, facts = later
    assert facts["1712.contacts.total"] == 9000
    assert facts["1712.contacts.2021.low"] == facts["1712.contacts.2021.high"] == 8515  # 2021's page, exact
    assert facts["1712.contacts.2020.low"] == facts["1712.contacts.2020.high"] == 8059  # 2020's tables
    assert facts["1712.check.contacts_change_2021.computed_change_pct"] == pytest.approx(5.7)
    assert facts["1712.check.contacts_change_2020.computed_change_pct"] == pytest.approx(11.7)
    assert facts["1712.check.contacts_change_2021.holds"] == facts["1712.check.contacts_change_2020.holds"] == 1
    assert facts["1712.channel.chat.share_pct.2020.low"] == pytest.approx(11.3)  # exact from the tables
    assert facts["1712.check.gender_female_2022_vs_2020.published_pct"] == 72


def test_the_series_grows_by_one_year(later, built):
    _, facts = later
    earlier = {k: v["value"] for k, v in json.loads((built["2021"] / "figures.json").read_text())["facts"].items()}
    counts = r"1712\.contacts\.(\d{4})\.low"
    assert years_of(facts, counts) | {2022} == years_of(earlier, counts) | {2021, 2022}
    assert years_of(facts, counts) == {2019, 2020, 2021}  # 2012's '3x' in words only
    shares = r"1712\.channel\.chat\.share_pct\.(\d{4})\.low"
    assert years_of(facts, shares) == years_of(earlier, shares) | {2022} == {2020, 2021, 2022}
    roles = r"1712\.contact_person\.victim\.share_pct\.(\d{4})\.low"
    assert years_of(facts, roles) == {2020, 2021, 2022}


def test_no_chart_is_empty_and_the_text_says_what_is_not_published(later):
    out, _ = later
    names = {p.stem for p in (out / "notebooks").glob("*.ipynb")}
    assert {"channels", "contact_persons", "gender_age", "contexts", "reachability"} <= names
    notebooks = [nbformat.read(path, as_version=4) for path in (out / "notebooks").glob("*.ipynb")]
    labels = {x for nb in notebooks for c in nb.cells for x in re.findall(r"#\| label: (\S+)", c.source)}
    nothing = set(not_shown(out))
    assert nothing <= labels and all(not_shown(out).values())  # a real cell, with its reason
    for nb in notebooks:
        for cell in nb.cells:
            assert not any(o.get("output_type") == "error" for o in cell.get("outputs", [])), cell.source[:60]
            label = re.search(r"#\| label: (fig-\S+)", cell.source)
            if label:
                images = [o for o in cell.get("outputs", []) if "image/png" in o.get("data", {})]
                # a chart is drawn from data or not at all (the campaigns chart needs a year of months)
                assert len(images) == (0 if label.group(1) in nothing else 1), label
    for png in (out / "figures").glob("*.png"):
        assert png.stat().st_size > 5000, png.name
    text = "".join(
        o.get("data", {}).get("text/markdown", "")
        for path in (out / "notebooks").glob("*.ipynb")
        for c in nbformat.read(path, as_version=4).cells
        for o in c.get("outputs", [])
    )
    # r16 2021 #6, r20 2021 #6: said once; r22 2021 #2: plainly, after the finding
    assert "geen tabel per soort contactnemer" not in text  # r23 2021 #1: the summary says it once


def test_the_later_year_renders_as_a_tagged_pdf_ua_with_every_chart_described(later, build_elsewhere):
    """Rendered with Quarto (the notebooks come from the cache of the build above): the same structure
    checks as every release's PDF (tests/render/tagged.py), each chart with the alt text it was given."""
    import tagged_pdf  # tests/e2e/tagged_pdf.py: tests/render/tagged.py, loaded by path

    reason = tagged_pdf.missing()
    if reason:
        pytest.skip(reason)
    out, _ = later
    base = out.parents[1]
    run = build_elsewhere(base / "data", base / "params", base, YEAR, render=True)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-4000:]
    tagged = tagged_pdf.module()
    assert tagged.problems(out / "report.pdf") == []
    alts = [f.alt for f in tagged.read(out / "report.pdf").elements("/Figure")]
    assert len(alts) == len(list((out / "figures").glob("*.png"))) > 0
    assert all(any(ch.isdigit() for ch in alt) for alt in alts), "an alt text without a number from its chart"
