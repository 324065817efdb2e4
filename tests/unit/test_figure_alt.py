"""A chart's alt text is written from the data it draws, never a fixed claim; a chart that cannot be
described, or that draws with too little contrast, fails the build naming chapter and figure."""

import inspect
import shutil

import matplotlib
import nbformat
import pandas as pd
import pytest

matplotlib.use("agg")

from hulplijnen.chapters.gender_age import charts as gender_age_charts  # noqa: E402
from hulplijnen.chapters.registration import charts as registration_charts  # noqa: E402
from hulplijnen.config.errors import BuildError  # noqa: E402
from hulplijnen.config.paths import NOTEBOOKS  # noqa: E402
from hulplijnen.presentation import figures, figures_alt, figures_contrast, figures_sources, theme  # noqa: E402


def bars(values: list[float]):
    figures.apply_theme()
    rows = pd.DataFrame({"label": ["kerngezin", "bredere familie", "school"], "value": values})
    return gender_age_charts.labelled_bars(rows, "Context van het geweld, 2020", "procent", percent=True)


def test_the_alt_text_reads_out_the_values_drawn():
    alt = figures_alt.alt_text(bars([85.0, 6.6, 1.0]))
    assert alt.startswith("Staafdiagram „Context van het geweld, 2020”.")
    assert "kerngezin 85 %" in alt.replace("\u00a0", " ") and "bredere familie 6,6 %" in alt.replace("\u00a0", " ")


def test_other_data_give_another_alt_text_no_fixed_claim():
    assert figures_alt.alt_text(bars([85.0, 6.6, 1.0])) != figures_alt.alt_text(bars([20.0, 70.0, 10.0]))


def test_a_long_series_is_read_by_its_count_and_its_course():
    figures.apply_theme()
    daily = pd.DataFrame({"date": pd.date_range("2020-01-01", periods=30), "contacts": [5.0] * 29 + [58.0]})
    daily.loc[3, "contacts"] = None
    alt = figures_alt.alt_text(registration_charts.daily_contacts(daily, "Contacten per dag"))
    assert "Contacten per dag: loopt op van 5 (1 januari 2020) tot 58 (30 januari 2020); 1 niet gepubliceerd." in alt
    assert "waarden" not in alt  # no count of values (demo r21 #15: '119 waarden, meestal …')
    year = pd.DataFrame({"date": pd.date_range("2020-01-01", periods=366), "contacts": [5.0] * 365 + [58.0]})
    alt = figures_alt.alt_text(registration_charts.daily_contacts(year, "Contacten per dag"))
    assert "loopt op" not in alt and "het hoogst: 31 december 2020 (58)" in alt  # a year of days: no course
    assert "meestal 5" in alt and "het laagst: 365 van de 366 waarden (5)" in alt  # a tie by its number
    year.loc[3, "contacts"] = None
    alt = figures_alt.alt_text(registration_charts.daily_contacts(year, "Contacten per dag"))
    assert "het hoogst van de gepubliceerde: 31 december 2020 (58)" in alt  # a hidden value is never the highest


def test_a_flat_series_with_one_spike_is_read_as_a_level_with_its_peak_not_as_a_rise():
    """2020 (r11 #33): telefoon 'loopt op van 422 tot 455' described a flat line with a spike."""
    figures.apply_theme()
    months = [422.0, 430, 440, 700, 445, 430, 425, 450, 435, 440, 448, 455]
    daily = pd.DataFrame({"date": pd.date_range("2020-01-01", periods=12), "contacts": months})
    alt = figures_alt.alt_text(registration_charts.daily_contacts(daily, "Contacten"))
    assert "loopt op" not in alt, alt
    # r19 2021 #8: the spike named first as a peak, the other values by their range (not 'blijft ... niveau'), r21:
    # where each end of that range is reached
    assert "een piek in 4 januari 2020 (700), de andere waarden schommelen tussen 422 (1 januari 2020) en 455" in alt


def test_a_peak_that_several_points_share_names_them_all():
    """Demo (r11 #33): 'een piek in februari 2020 (55,0 %)' while January was 55,0 % too."""
    from hulplijnen.presentation.figures_alt import Description, Series, points

    shares = [54.96, 55.04, 40, 41, 42, 43, 44, 45, 46, 47, 48, 50.0]
    labels = [f"maand {i + 1}" for i in range(12)]
    fig = bars([1.0, 2.0, 3.0])
    setattr(
        fig, figures_alt.ATTRIBUTE, Description("line", "Aandeel", "pct", (Series("chat", points(labels, shares)),))
    )
    alt = figures_alt.alt_text(fig)
    assert "en 55,0 % (maand 1 en maand 2)" in alt.replace("\u00a0", " "), alt


def test_the_alt_text_names_the_chart_as_its_caption_does():
    """Tele-Onthaal (r11 #26): the alt text said „Hoofdcijfer per jaar”, the caption 'Oproepen per jaar'."""
    alt = figures_alt.alt_text(bars([85.0, 6.6, 1.0]), title="Oproepen per jaar")
    assert "„Oproepen per jaar”" in alt and "Context van het geweld" not in alt


def chart_modules() -> list:
    """The shared chart modules and every chapter's charts.py."""
    import importlib

    from hulplijnen import chapters
    from hulplijnen.config.paths import CHAPTERS

    own = [
        importlib.import_module(f"hulplijnen.chapters.{n}.charts")
        for n in chapters.names()
        if (CHAPTERS / n / "charts.py").is_file()
    ]
    return [figures, figures_sources, *own]


def test_every_chart_function_describes_its_chart():
    charts = [
        f
        for module in chart_modules()
        for name, f in inspect.getmembers(module, inspect.isfunction)
        if f.__module__ == module.__name__
        and "plt.Figure" in str(inspect.signature(f).return_annotation)
        # a figure's private draw helper (presentation.parts.Figure) picks the data and calls a described chart
        and not name.startswith("_")
    ]
    assert len(charts) >= 15
    assert [f.__name__ for f in charts if not hasattr(f, "__wrapped__")] == []


def test_a_chart_without_description_cannot_be_described():
    fig = matplotlib.pyplot.figure()
    with pytest.raises(BuildError, match="has no description"):
        figures_alt.alt_text(fig)
    assert "fig-alt-error" in figures_alt.metadata(fig)


def test_a_describer_that_fails_is_reported_not_raised_in_the_notebook():
    def broken(*args):
        raise KeyError("label")

    draw = figures_alt.described_by(broken)(lambda: matplotlib.pyplot.figure())
    meta = figures_alt.metadata(draw())
    assert "could not be described" in meta["fig-alt-error"] and "KeyError" in meta["fig-alt-error"]


def staged(tmp_path, source: str, metadata: dict) -> None:
    cell = nbformat.v4.new_code_cell(source)
    cell.outputs = [nbformat.v4.new_output("display_data", data={"image/png": "iVBORw0KGgo="}, metadata=metadata)]
    (tmp_path / "notebooks").mkdir()
    nbformat.write(nbformat.v4.new_notebook(cells=[cell]), tmp_path / "notebooks" / "contexts.ipynb")


def test_assembly_puts_the_alt_text_where_quarto_reads_it_and_the_values_beside_the_png(tmp_path):
    meta = figures_alt.metadata(bars([85.0, 6.6, 1.0]))
    staged(tmp_path, "#| label: fig-context-settings\nshow_figure(...)", meta)
    assert figures_alt.apply(tmp_path, ["contexts"]) == 1
    cell = nbformat.read(tmp_path / "notebooks" / "contexts.ipynb", as_version=4).cells[0]
    assert cell.metadata["fig-alt"] == meta["fig-alt"]
    csv = (tmp_path / "figures" / "fig-context-settings.csv").read_text(encoding="utf-8").splitlines()
    # r24 TO #17: no empty 'begin'/'einde' columns, a whole number without '.0'
    assert csv[0] == "reeks,categorie,waarde,laag,hoog" and csv[1] == "procent,kerngezin,85,,"


def test_a_notebook_done_before_gets_the_same_files_without_being_described_again(tmp_path, monkeypatch):
    """A preview assembles its unchanged chapters on every save: the same bytes give the same files, from memory."""
    staged(tmp_path, "#| label: fig-context-settings\nshow_figure(...)", figures_alt.metadata(bars([85.0, 6.6, 1.0])))
    path, csv = tmp_path / "notebooks" / "contexts.ipynb", tmp_path / "figures" / "fig-context-settings.csv"
    original = path.read_bytes()
    assert figures_alt.apply(tmp_path, ["contexts"]) == 1
    described, values = path.read_bytes(), csv.read_bytes()
    shutil.rmtree(tmp_path / "figures")
    path.write_bytes(original)  # the next build stages the same notebook again
    monkeypatch.setattr(figures_alt, "_describe", lambda *a: pytest.fail("described again"))
    assert figures_alt.apply(tmp_path, ["contexts"]) == 1
    assert path.read_bytes() == described and csv.read_bytes() == values
    path.write_bytes(original + b"\n")  # other bytes: described anew
    with pytest.raises(pytest.fail.Exception, match="described again"):
        figures_alt.apply(tmp_path, ["contexts"])


@pytest.mark.parametrize(
    ("source", "metadata", "message"),
    [
        ("#| label: fig-context-settings\nx", {}, "cannot be described: no alt text"),
        ("#| label: fig-context-settings\nx", {"fig-alt-error": "the chart has no description"}, "no description"),
        ("#| label: fig-context-settings\n#| fig-alt: 'vast'\nx", {"fig-alt": "a"}, "a fixed '#| fig-alt:' line"),
        (
            "#| label: fig-context-settings\nx",
            {"fig-alt": "a", "fig-contrast": ["line 'x' #e69f00: 2.3:1"]},
            "contrast",
        ),
    ],
)
def test_a_figure_that_cannot_be_described_fails_naming_chapter_and_figure(tmp_path, source, metadata, message):
    staged(tmp_path, source, metadata)
    with pytest.raises(BuildError, match="chapter contexts, figure fig-context-settings") as caught:
        figures_alt.apply(tmp_path, ["contexts"])
    assert message in str(caught.value)


def test_no_notebook_writes_a_fixed_alt_text():
    fixed = [p.name for p in NOTEBOOKS.glob("*.ipynb") if "#| fig-alt:" in p.read_text(encoding="utf-8")]
    assert fixed == []


def test_too_little_contrast_is_found_in_lines_bars_and_text():
    figures.apply_theme()
    fig, ax = matplotlib.pyplot.subplots()
    ax.plot([0, 1], [0, 1], color="#F0E442", label="geel")
    ax.bar([2], [1], color="#F0E442", edgecolor="#F0E442")
    ax.text(0.5, 0.5, "lichtgrijs", color="#cccccc")
    found = figures_contrast.problems(fig)
    assert any(p.startswith("line 'geel'") for p in found) and any(p.startswith("area #f0e442") for p in found)
    assert any(p.startswith("text 'lichtgrijs'") for p in found)


def test_the_palette_meets_the_contrast_rules():
    """Lines in the channel, helpline and first four palette colours have 3:1 on the page; every bar is
    outlined in a colour with 3:1; the theme's text has 4.5:1."""
    figures.apply_theme()
    rc = matplotlib.rcParams
    line_colours = [*theme.CHANNEL_COLOURS.values(), *theme.HELPLINE_COLOURS.values(), *theme.OKABE_ITO[:4]]
    assert [c for c in line_colours if figures_contrast.ratio(c, "white") < figures_contrast.GRAPHICS] == []
    assert figures_contrast.ratio(rc["patch.edgecolor"], rc["axes.facecolor"]) >= figures_contrast.GRAPHICS
    for key in ("text.color", "axes.labelcolor", "xtick.color", "ytick.color"):
        assert figures_contrast.ratio(rc[key], rc["axes.facecolor"]) >= figures_contrast.TEXT, key


def test_a_hostile_label_lands_in_the_alt_text_as_plain_text_on_one_line():
    figures.apply_theme()
    label = "a {{< include /etc/passwd >}}\nb 'c' \\"
    rows = pd.DataFrame({"label": [label, "d"], "value": [1.0, 2.0]})
    alt = figures_alt.alt_text(gender_age_charts.labelled_bars(rows, "t", "x"))
    assert "\n" not in alt and "\\" not in alt
    assert "a {{{< include /etc/passwd >}}} b 'c' \u2216 1" in alt  # {{{< is Quarto's escaped, literal {{<


def test_the_alt_text_gives_a_share_as_the_chart_writes_it():
    """2021 (r11 #31): the chart wrote 86 / 40 / 42 / 18 %, its alt text 86,0 %, 39,5 %, 42,2 %, 18,3 %."""
    from hulplijnen.chapters.helplines import charts as helplines_charts

    figures.apply_theme()
    shares = pd.DataFrame(
        {"label": ["Stop it Now!"] * 3, "channel": ["phone", "email", "chat"], "share_pct": [39.5, 42.2, 18.3]}
    )
    alt = figures_alt.alt_text(helplines_charts.channel_shares(shares, "Kanaalmix"))
    assert "39,5" not in alt and "42,2" not in alt and "18,3" not in alt, alt
    assert all(f"{v}\u00a0%" in alt or f"{v} %" in alt for v in ("40", "42", "18")), alt
