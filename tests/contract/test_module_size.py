"""Small modules: no Python module of the package, the tests or the benchmarks over 350 lines, nor a Lua filter or
module of the report's (quarto/*.lua: sticky-headings.lua grew to 363 lines, r33), nor a text template (report/, the
chapters' *.md, quarto/*.html, quarto/*.typ: report/summary/messages.md grew to 507 lines, quarto/typst-template.typ
to 396, r37), nor a stylesheet (quarto/*.css: report.css grew to 367 lines, r39)."""

import pytest

from hulplijnen.config.paths import ROOT

LIMIT = 350
MODULES = sorted(p for folder in ("src", "tests", "benchmarks") for p in (ROOT / folder).rglob("*.py"))
LUA = sorted((ROOT / "quarto").glob("*.lua"))
TEMPLATES = sorted(
    [*(ROOT / "report").rglob("*.md"), *(ROOT / "src").rglob("*.md")]
    + [*(ROOT / "quarto").glob("*.html"), *(ROOT / "quarto").glob("*.typ")]  # r37: the typst partials too
    + [*(ROOT / "quarto").glob("*.css")]  # r39: the stylesheets (report.css grew to 367 lines)
)


def test_the_lua_filters_are_counted():
    assert {"sticky-headings.lua", "sticky-blocks.lua"} <= {p.name for p in LUA}


def test_the_templates_are_counted():
    names = {str(p.relative_to(ROOT)) for p in TEMPLATES}
    assert {
        "report/summary/messages.md",
        "src/hulplijnen/chapters/helplines/text.md",
        "quarto/phone-toc.html",
        "quarto/typst-template.typ",  # r37
        "quarto/report.css",  # r39
        "quarto/tables.css",
    } <= names


@pytest.mark.parametrize("path", MODULES + LUA + TEMPLATES, ids=lambda p: str(p.relative_to(ROOT)))
def test_module_is_small(path):
    lines = path.read_text(encoding="utf-8").count("\n")
    assert lines <= LIMIT, f"{path.relative_to(ROOT)} has {lines} lines; split it by what its parts are about"
