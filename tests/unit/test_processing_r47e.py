"""r47 (demo r46 #10): the annex's 'Verwerking' paragraph ties an edition to one run: the program's and the
libraries' versions as build.json records them, one SHA-256 fingerprint of every input file build.json lists, and a
demo's seed; never the git commit (the same inputs give the same report). And (r47) the glossary takes Tele-Onthaal's
name from data/helplines.csv, never typed into the template."""

import hashlib
import re

import pandas as pd

from hulplijnen.config.paths import REPORT_TEXT
from hulplijnen.data import load
from hulplijnen.pipeline import processing
from hulplijnen.pipeline.glossary import glossary_markdown

INPUTS = {"data/a.csv": "1" * 64, "params/demo.yml": "2" * 64, "notebooks/x.ipynb": "3" * 64}


def record(**changes) -> dict:
    packages = {name: "1.0" for name in processing.PACKAGES}
    return {"packages": packages, "python": "3.11.7", "inputs": dict(INPUTS), "git_commit": "abc1234", **changes}


class Params:
    def __init__(self, seed=None):
        self.is_synthetic = seed is not None
        synthetic = type("Synthetic", (), {"seed": seed})()
        self.export = type("Export", (), {"synthetic": synthetic})() if seed is not None else None


def test_the_fingerprint_is_the_sha256_of_the_sorted_path_and_checksum_lines():
    lines = "".join(f"{k} {v}\n" for k, v in sorted(INPUTS.items()))
    assert processing.inputs_digest(INPUTS) == hashlib.sha256(lines.encode()).hexdigest()


def test_the_fingerprint_does_not_depend_on_the_order_of_the_inputs():
    reordered = dict(reversed(list(INPUTS.items())))
    assert list(reordered) != list(INPUTS) and processing.inputs_digest(reordered) == processing.inputs_digest(INPUTS)


def test_the_fingerprint_changes_when_one_inputs_checksum_changes():
    for name in INPUTS:
        changed = {**INPUTS, name: "f" + INPUTS[name][1:]}
        assert processing.inputs_digest(changed) != processing.inputs_digest(INPUTS), name
    assert processing.inputs_digest({**INPUTS, "data/b.csv": "4" * 64}) != processing.inputs_digest(INPUTS)


def test_the_paragraph_names_the_versions_and_the_fingerprint_and_no_commit():
    text = processing.markdown(record(), Params())
    assert text.startswith("**Verwerking.** Dit rapport is gemaakt met het programma hulplijnen 1.0 in Python 3.11.7")
    # r49 (demo r49 #13): only the libraries of the release's chapters (none ran here: pandas and duckdb), and the
    # fingerprint in two monospace halves (#14), no longer one .text-break span
    assert "pandas 1.0 en duckdb 1.0." in text and "build.json" in text
    digest = processing.inputs_digest(INPUTS)
    # r50 (r49 #1): one unbroken code string (two halves did not check when copied)
    assert text.endswith(f"`{digest}`{{.fingerprint}}") and "startgetal" not in text
    # the same inputs give the same text: another commit, or uncommitted changes, change nothing
    assert processing.markdown(record(git_commit="def5678-dirty"), Params()) == text and "abc1234" not in text


def test_a_demo_names_its_seed():
    assert "gemaakt met startgetal 1712 voor het toeval (seed)" in processing.markdown(record(), Params(seed=1712))


def test_the_values_are_escaped_for_markdown():
    hostile = record(python="3.11 *x* [y](javascript:z)")
    text = processing.markdown(hostile, Params())
    assert "*x*" not in text and "[y](" not in text and r"\*x\*" in text


def test_build_json_records_the_figure_libraries_and_the_program():
    assert {"hulplijnen", "pandas", "statsmodels", "duckdb", "scipy", "ciw"} <= set(processing.versions())


def test_the_glossary_takes_tele_onthaals_name_from_the_data(monkeypatch):
    template = (REPORT_TEXT / "glossary.md").read_text(encoding="utf-8")
    outside_comments = re.sub(r"\{#--.*?--#\}", "", template, flags=re.S)
    assert "Tele-Onthaal" not in outside_comments  # failed before r47: typed in three times
    helplines = load.helplines()
    renamed = helplines.assign(name=helplines["name"].where(helplines["helpline"] != "tele-onthaal", "Lijn X"))
    monkeypatch.setattr(load, "helplines", lambda: pd.DataFrame(renamed))
    said = glossary_markdown("de contacten, de oproepen en de gesprekken", ["1712", "tele-onthaal"])
    # r49 (r48 TO #10): the entry opens with what the source does not say ('Bij Lijn X: de bron omschrijft het niet'),
    # no longer 'Bij Lijn X, zoals de bron het woord gebruikt'; the name is still the data's
    assert "Bij Lijn X: de bron omschrijft het niet;" in said and "(voor Lijn X volgt het de bron)" in said
    assert "Tele-Onthaal" not in said


def test_verwerking_ends_herkomst_after_the_program_and_data_sentence():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    from annex_text import annex_markdown

    said = processing.markdown(record(), Params())
    annex = annex_markdown("https://example.org/x", processing=processing.text.markdown(said))
    provenance = annex.split("## Herkomst", 1)[1]
    assert provenance.index("**Programma en gegevens.**") < provenance.index(said)
    assert provenance.strip().endswith(said)


def test_build_json_is_said_to_be_published_with_the_report_not_beside_it():
    """r48 (r47 2020 #7): a reader of the PDF or of paper has nothing 'naast dit rapport'; where the file is
    published is said, with no web address typed in."""
    text = " ".join(processing.markdown(record(), Params()).split())
    assert "naast dit rapport" not in text and "http" not in text
    assert (  # r49 (demo r49 #12): a PDF's reader has no folder: the same place as the PDF and HTML versions
        # r50 (r49 #3): 'build.json' a link in the HTML, plain in the PDF (Quarto's conditional spans)
        '[build.json]{.content-hidden when-format="html"} wordt samen met dit rapport gepubliceerd, op dezelfde '
        "plaats als de pdf- en de "
        "html-versie. Het noemt elk invoerbestand met zijn controlegetal (SHA-256)." in text
    )
    assert "map" not in text
