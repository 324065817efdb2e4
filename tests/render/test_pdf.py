"""Every release's PDF read as a reviewer reads it: title page, contents, running header and footer,
every figure, and nothing overprinted, off the page, wider than the text column, or not Dutch."""

from __future__ import annotations

import json
import re

import pytest

from hulplijnen.config.params import load_params, release_ids

from .layout import Layout, header_name, layout, one_line

pytestmark = pytest.mark.quarto
RELEASES = release_ids()
# r34 (demo r33 #16): a file the report names for its reader (suppression_log.csv) is no code
SNAKE_CASE = re.compile(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b(?!\.csv\b)")
FACT_KEY = re.compile(r"(?<![\w.-])(?:1712|tele-onthaal|stop-it-now)\.[a-z0-9_]+(?:\.[a-z0-9_]+)*")
ENGLISH = re.compile(r"\b(the|forced|check|checked|which|because|should|misread|blank|missing|column)\b", re.I)


def shown(items, limit: int = 12) -> str:
    items = list(items)
    return f"{len(items)}: " + "; ".join(str(i) for i in items[:limit]) + (" …" if len(items) > limit else "")


def test_every_release_renders_html_and_pdf(rendered):
    for release, out in rendered.items():
        assert (out / "report.html").stat().st_size > 0 and (out / "report.pdf").stat().st_size > 0, release


@pytest.mark.parametrize("release", RELEASES)
def test_title_page_contents_page_then_the_summary(rendered, release):
    params, page = load_params(release), layout(rendered, release)
    record = json.loads((rendered[release] / "build.json").read_text(encoding="utf-8"))
    title = one_line(page.page_text[0])
    assert one_line(params.title) in title and one_line(params.subtitle) in title
    # a demonstration is made, not published (demo r20 #16)
    made = "Versie van" if params.is_synthetic else "Publicatiedatum"  # demo r22 #19; r49: shorter label
    assert made in title and str(params.publication_date.year) in title
    # on the cover readers took the commit for a report number, in the colophon and the annex it was developer text
    # (r13 2020 #4, TO #2): no page prints it; it stays in build.json and the report-version metadata
    commit = record["git_commit"][:7]
    assert not any(commit in p for p in page.page_text)
    assert page.page_text[1].count("Inhoudsopgave") == 1 and "Samenvatting" in page.page_text[1]
    assert re.search(r"^\s*Samenvatting\s*$", page.page_text[2], re.M), "page 3 begins with the summary"


@pytest.mark.parametrize("release", RELEASES)
def test_every_page_after_the_title_has_header_and_page_x_of_y(rendered, release):
    params, page = load_params(release), layout(rendered, release)
    assert page.pages >= 4
    # r35 (demo #2): a synthetic report's header names it by header_title, under the banner that says the rest
    for number, text in enumerate(page.page_text[1:], start=2):
        assert one_line(header_name(params)) in one_line(text), f"page {number}: no running header"
        assert f"pagina {number} van {page.pages}" in text, f"page {number}: no 'pagina {number} van {page.pages}'"


def glossary_pages(page: Layout) -> list[int]:
    """The pages of the glossary (1-based): from its heading (not the contents page) to the technical annex (a table
    row of the annex that wraps before a word such as 'contacten' is no glossary term)."""
    start = max(n for n, text in enumerate(page.page_text, start=1) if "Verklarende woordenlijst" in text)
    later = [n for n, text in enumerate(page.page_text, start=1) if n > start and re.search("[Bb]ijlage", text)]
    return list(range(start, (later[0] if later else page.pages) + 1))


@pytest.mark.parametrize("release", RELEASES)
def test_no_glossary_term_is_parted_from_its_definition(rendered, release):
    from hulplijnen.pipeline.glossary import glossary_terms

    terms = {t["term"] for t in glossary_terms()}
    page = layout(rendered, release)
    for number in glossary_pages(page):
        lines = [line.strip() for line in page.page_text[number - 1].splitlines() if line.strip()]
        last = [line for line in lines if not re.fullmatch(r"pagina \d+ van \d+", line)][-1]
        assert last not in terms, f"p.{number}: the term '{last}' ends the page; its definition is on the next"


@pytest.mark.parametrize("release", RELEASES)
def test_synthetic_notice_on_every_page_where_it_applies(rendered, release):
    page = layout(rendered, release)
    # r37 (demo r36 #2): the banner says 'Verzonnen gegevens, behalve ...', no longer 'Synthetische gegevens — ...'
    with_notice = [n for n, text in enumerate(page.page_text, start=1) if "Verzonnen gegevens, behalve" in text]
    expected = list(range(1, page.pages + 1)) if load_params(release).is_synthetic else []
    assert with_notice == expected


@pytest.mark.parametrize("release", RELEASES)
def test_every_figure_is_in_the_pdf(rendered, release):
    """Every chart the notebooks drew is a file and an image in the PDF (a release may draw none: a report of one
    helpline's key figures has no series and no comparison to chart)."""
    import nbformat

    drawn = [
        o
        for nb in (rendered[release] / "notebooks").glob("*.ipynb")
        for c in nbformat.read(nb, as_version=4).cells
        if re.search(r"^#\| label: fig-", c.source, re.M)
        for o in c.get("outputs", [])
        if "image/png" in o.get("data", {})
    ]
    figures = sorted((rendered[release] / "figures").glob("*.png"))
    assert layout(rendered, release).images == len(figures) == len(drawn)


def test_the_releases_draw_figures(rendered):
    """The check above is not vacuous: the releases together draw charts."""
    assert any(list((out / "figures").glob("*.png")) for out in rendered.values())


@pytest.mark.parametrize("release", RELEASES)
def test_no_two_words_overprint(rendered, release):
    page = layout(rendered, release)
    if page.overprints:
        pytest.fail(
            f"overprinted pairs per page {page.overprinted_pages()}, "
            + shown(f"{a} over {b.text!r}" for a, b in page.overprints),
            pytrace=False,
        )


@pytest.mark.parametrize("release", RELEASES)
def test_no_text_off_the_page(rendered, release):
    if layout(rendered, release).off_page:
        pytest.fail("words off the page " + shown(layout(rendered, release).off_page), pytrace=False)


@pytest.mark.parametrize("release", RELEASES)
def test_nothing_wider_than_the_text_column(rendered, release):
    if layout(rendered, release).outside_column:
        pytest.fail("outside the text column " + shown(layout(rendered, release).outside_column), pytrace=False)


def pdf_text(rendered, release: str) -> str:
    return "\n".join(layout(rendered, release).page_text)


@pytest.mark.parametrize("release", RELEASES)
def test_no_fact_keys_in_the_text(rendered, release):
    text, joined = pdf_text(rendered, release), one_line(pdf_text(rendered, release)).replace("- ", "-")
    keys = json.loads((rendered[release] / "figures.json").read_text(encoding="utf-8"))["facts"]
    found = sorted({k for k in keys if k in joined} | set(FACT_KEY.findall(text)))
    if found:
        pytest.fail("figures.json keys in the text " + shown(found), pytrace=False)


@pytest.mark.parametrize("release", RELEASES)
def test_no_snake_case_codes(rendered, release):
    found = sorted(set(SNAKE_CASE.findall(pdf_text(rendered, release))))
    if found:
        pytest.fail("snake_case codes in the text " + shown(found, 30), pytrace=False)


@pytest.mark.parametrize("release", RELEASES)
def test_no_english_words(rendered, release):
    found = sorted({m.group(0) for m in ENGLISH.finditer(pdf_text(rendered, release))})
    if found:
        pytest.fail("English words in the text " + shown(found, 30), pytrace=False)


QUARTO_MARKUP = re.compile(r"\{#(?:fig|tbl|sec)-|fig-alt|tbl-cap|\?@(?:fig|tbl)-|\{\{<")


@pytest.mark.parametrize("release", RELEASES)
def test_no_quarto_markup_in_the_text(rendered, release):
    """A caption or cross-reference Quarto did not resolve prints as raw markup (e.g. a multi-line fig-alt)."""
    found = sorted({m.group(0) for m in QUARTO_MARKUP.finditer(pdf_text(rendered, release))})
    if found:
        pytest.fail("Quarto markup in the text " + shown(found), pytrace=False)


@pytest.mark.parametrize("release", RELEASES)
def test_quotations_open_with_low_quotes(rendered, release):
    """Quotations open with „ and close with ”, as the chapters write them; a straight double quote in a template
    would print as “ (typst) beside „ elsewhere."""
    found = sorted(set(re.findall(r"\S*[“\"]\S*", pdf_text(rendered, release))))
    if found:
        pytest.fail('quotations opened with “ or " ' + shown(found), pytrace=False)
