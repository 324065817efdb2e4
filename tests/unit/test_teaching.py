"""The HTML preview of an executed notebook teaches: the chapter's heading, the release and the files read
first; each table and figure with its caption; each figure with its alt text; every text escaped."""

import base64

import nbformat
from bs4 import BeautifulSoup
from nbconvert import HTMLExporter

from hulplijnen.pipeline import teaching

PNG = base64.b64encode(
    bytes.fromhex(
        "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
        "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
    )
).decode()


def notebook():
    figure = nbformat.v4.new_code_cell(
        '#| label: fig-x\n#| fig-cap: "Contacten <per> maand"\n#| fig-alt: "Lijn met \\"pieken\\" & dalen"\nshow()'
    )
    figure.outputs = [nbformat.v4.new_output("display_data", data={"image/png": PNG})]
    table = nbformat.v4.new_code_cell('#| label: tbl-y\n#| tbl-cap: "Per kanaal"\nshow_table(t)')
    table.outputs = [nbformat.v4.new_output("display_data", data={"text/markdown": "| a |\n|---|\n| 1 |"})]
    empty = nbformat.v4.new_code_cell('#| label: fig-z\n#| fig-cap: "Niets te tonen"\nshow_figure(None)')
    return nbformat.v4.new_notebook(cells=[figure, table, empty])


def test_heading_captions_and_alt_text_in_the_preview():
    node = notebook()
    teaching.annotate(node, "Kanalen", "2021", ["data/1712/2020/t.csv", "src/hulplijnen/chapters/channels/text.md"])
    body, _ = HTMLExporter(exclude_input=True).from_notebook_node(node)
    assert body.index(">Kanalen<") < body.index("data/1712/2020/t.csv") < body.index("<img")
    assert [img["alt"] for img in BeautifulSoup(body, "html.parser").find_all("img")] == ['Lijn met "pieken" & dalen']
    assert body.index("<img") < body.index("Figuur: Contacten &lt;per&gt; maand") < body.index("Tabel: Per kanaal")
    assert "Niets te tonen" not in body  # a figure left out has no caption
    assert "<per>" not in body


def test_files_read_are_named_the_same_in_every_copy():
    assert teaching.shown("_cache/exports/81ef50198fdd4d8d/cells/contacts_by_day.csv") == (
        "_cache/exports/…/cells/contacts_by_day.csv"
    )
    assert teaching.shown("/tmp/pytest-7/first/data/1712/t.csv") == "1712/t.csv"
    assert teaching.shown("data/1712/2020/t.csv") == "data/1712/2020/t.csv"


def test_a_synthetic_releases_notebook_page_says_what_its_data_are():
    """r21 demo #12: the chapters no longer open with the label (the report says it on every page); a notebook's
    preview, read on its own, says it under its heading, escaped as Markdown."""
    cell = teaching.heading("Capaciteit", "demo", ["data/x.csv"], "Synthetische gegevens — *verzonnen*")
    assert "**Synthetische gegevens — \\*verzonnen\\*.**" in cell["source"]
    assert "Synthetische" not in teaching.heading("Capaciteit", "2020", ["data/x.csv"])["source"]


def test_the_heading_is_filled_from_its_template_and_escapes_what_it_is_given():
    """The Dutch words of the preview's first cell live in report/notebook_heading.md; a hostile title, release or
    label lands as text, the files as code spans."""
    cell = teaching.heading("Kanalen <script>", "2020 *x*", ["data/a.csv"], "{{< pagebreak >}}")
    assert cell.source.startswith("# Kanalen &lt;script&gt;\n\n")
    assert "Berekend voor de release 2020 \\*x\\*, uit deze bestanden:\n\n- `data/a.csv`" in cell.source
    assert "{{<" not in cell.source
