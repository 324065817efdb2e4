"""r49 (demo r49 #12-#14): 'Verwerking' names only the libraries that computed the release's figures, what each did
where the release estimates the staffing, one package list for build.json and the notebook cache, where build.json is
published (no folder), and the fingerprint in two monospace halves."""

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


def test_the_fingerprint_is_two_monospace_halves_not_a_text_break_span():
    text = said([])
    digest = processing.inputs_digest(INPUTS)
    assert f"`{digest[:32]}` `{digest[32:]}`" in text and "text-break" not in text


def test_build_json_is_at_the_same_place_as_the_pdf_not_in_a_folder():
    text = said([])
    assert "op dezelfde plaats als de pdf- en de html-versie" in text and "in dezelfde map" not in text
