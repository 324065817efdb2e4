"""r37: the PDF layout is split over typst template partials (quarto/typst-template.typ had grown to 396 lines; the
rules for where figures and tables go on the page are quarto/typst-floats.typ). Quarto stages only the partials
_quarto.yml lists, next to its own, and pandoc fills in a partial another one includes (`$name()$`): a partial
included but not listed stops the render. typst is lexically scoped: `floats` is defined before `article`, which
applies it at the point in its rules where they stood."""

from pathlib import Path

import yaml

from hulplijnen.config.paths import QUARTO_PARTIALS, QUARTO_PROJECT

TEMPLATE = QUARTO_PARTIALS / "typst-template.typ"
FLOATS = QUARTO_PARTIALS / "typst-floats.typ"


def listed() -> list[str]:
    project = yaml.safe_load(QUARTO_PROJECT.read_text(encoding="utf-8"))
    return [Path(p).name for p in project["format"]["typst"]["template-partials"]]


def test_every_typst_partial_is_listed_in_the_project():
    assert sorted({p.name for p in QUARTO_PARTIALS.glob("*.typ")}) == sorted(listed())
    assert {"typst-template.typ", "typst-floats.typ", "typst-show.typ"} <= set(listed())


def test_quartos_own_definitions_are_not_overridden():
    assert "definitions.typ" not in listed()


def test_the_figure_and_table_rules_are_a_partial_the_template_includes_before_article():
    template = TEMPLATE.read_text(encoding="utf-8")
    floats = FLOATS.read_text(encoding="utf-8")
    assert template.index("$typst-floats.typ()$") < template.index("#let article(")
    assert "  show: floats.with(margin: margin, fontsize: fontsize, fit-charts: fit-charts)\n" in template
    assert floats.count("#let floats(") == 1
    for rule in ("show figure: it =>", "let annex-start-rows = ", "show figure.caption.where(position: top)"):
        assert rule in floats and rule not in template


def test_the_partials_use_the_dollar_sign_only_to_include_one_another():
    """Pandoc reads every partial as a template: a `$` in typst code would be taken for a variable."""
    assert TEMPLATE.read_text(encoding="utf-8").count("$") == 2  # $typst-floats.typ()$
    assert "$" not in FLOATS.read_text(encoding="utf-8")
