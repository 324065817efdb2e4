"""r49 (demo r49 #12-#14): 'Verwerking' names only the libraries that computed the release's figures, what each did
where the release estimates the staffing, one package list for build.json and the notebook cache, where build.json is
published (no folder). r50 (r49 #1-#3): the fingerprint one code string, in build.json as fingerprint,
build.json a link in the HTML."""

import hashlib
import json

from test_processing_r47e import INPUTS, Params, record

from hulplijnen.pipeline import cache, processing


def said(notebooks, seed=None) -> str:
    return " ".join(processing.markdown(record(notebooks={n: {} for n in notebooks}), Params(seed)).split())


def test_a_release_without_a_model_lists_no_statsmodels():
    text = said(["data_quality", "helplines"])
    assert "statsmodels" not in text and "berekend met pandas 1.0 en duckdb 1.0." in text  # failed before r49


def test_the_demo_names_the_simulation_erlang_the_lp_check_and_kaplan_meier():
    text = said(["registration", "capacity"], seed=1712)
    assert "statsmodels 1.0 (Kaplan-Meier en het Wilson-interval)" in text
    assert "scipy 1.0 (de formule Erlang A en de lineaire optimalisatie met HiGHS" in text
    assert "ciw 1.0 (de simulatie van de bezetting)" in text


def test_a_campaign_model_lists_statsmodels_without_the_demos_roles():
    text = said(["campaigns", "channels"])
    assert "pandas 1.0, duckdb 1.0 en statsmodels 1.0." in text and "Kaplan" not in text


def test_one_package_list_for_build_json_and_the_cache():
    assert processing.PACKAGES == [processing.PROGRAM, *cache.ENVIRONMENT_PACKAGES]
    assert "ciw" in processing.PACKAGES and "scipy" in processing.PACKAGES


def test_the_fingerprint_is_one_unbroken_code_string_with_its_class():
    # r50 (r49 #1): r49's two halves separated by a space did not check when copied; one string, class fingerprint
    text = said([])
    digest = processing.inputs_digest(INPUTS)
    assert f"`{digest}`{{.fingerprint}}" in text and f"`{digest[:32]}`" not in text and "text-break" not in text


def test_the_annex_names_build_jsons_key_and_says_how_to_recompute_exactly():
    # r50 (r49 #2): the fingerprint is in build.json under FINGERPRINT_KEY; the final newline said, as the code does
    text = said([])
    assert f"Die vingerafdruk staat in build.json als `{processing.FINGERPRINT_KEY}`:" in text
    assert "op naam gesorteerd, elke regel (ook de laatste) afgesloten met een regeleinde, als UTF-8-tekst." in text
    assert processing.inputs_digest({"a": "1"}) == hashlib.sha256(b"a 1\n").hexdigest()


def test_build_json_links_in_the_html_only():
    # r50 (r49 #3): a relative link beside the report in the HTML; plain text in the PDF (Quarto's conditional spans)
    text = said([])
    assert '[[build.json](build.json)]{.content-visible when-format="html"}' in text
    assert '[build.json]{.content-hidden when-format="html"}' in text


def test_write_build_record_stores_the_annexs_fingerprint(tmp_path, monkeypatch):
    from hulplijnen.pipeline import assemble

    monkeypatch.setattr(assemble, "declared_inputs", lambda data: {})
    (tmp_path / "notebooks").mkdir()
    params_file = tmp_path / "p.yml"
    params_file.write_text("x: 1\n", encoding="utf-8")
    release = type("R", (), {"id": "x", "year": 1, "params": None, "params_file": params_file})()
    monkeypatch.setattr(assemble, "public_values", lambda params: {})
    record = assemble.write_build_record(release, tmp_path, {}, [], "abc")
    assert record[processing.FINGERPRINT_KEY] == processing.inputs_digest(record["inputs"])  # failed before r50
    assert json.loads((tmp_path / "build.json").read_text(encoding="utf-8")) == record


def test_build_json_is_at_the_same_place_as_the_pdf_not_in_a_folder():
    text = said([])
    assert "op dezelfde plaats als de pdf- en de html-versie" in text and "in dezelfde map" not in text
