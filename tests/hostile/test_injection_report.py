"""Injection through a whole build: payloads in a helpline's name (data/helplines.csv) and in a codebook
label (data/codebooks/channels.csv) reach the report's text (intro, chapter text, tables); they must
appear there escaped, never as Markdown, HTML or a Quarto shortcode: not in report.qmd, not in the
executed notebooks' Markdown, and not in the rendered HTML (when Quarto is on PATH)."""

import csv
import html
import json
import re
import shutil
import subprocess

import nbformat
import pytest

from hulplijnen.config.paths import DATA, PARAMS
from hulplijnen.presentation import escape

pytestmark = pytest.mark.slow  # builds a report

RELEASE = "2021-tele-onthaal"  # two notebooks; its text names the helpline and its channels
NAME = "Tele <script>alert(1)</script> {{< include /etc/passwd >}} | $x$ `id` *em* [x](javascript:alert(1))"
LABEL = "telefoon <img src=x onerror=alert(2)> {{< meta title >}} | _onder_ [y](javascript:alert(3))"
# params free text (issue 25, item 4): raw HTML and typst blocks, a javascript: link, math, emphasis
TITLE = (
    "Rapport <img src=x onerror=alert(5)> `<script>alert(6)</script>`{=html} [klik](javascript:alert(7)) "
    '`#read("build.json")`{=typst} $x^2$ *nadruk*'
)
SUBTITLE = '`#panic("gestopt")`{=typst} {{< meta title >}} <b>vet</b>'
RAW = [  # fragments that mean markup or a shortcode when they appear unescaped
    "<script",
    "<img",
    "{{< include",
    "{{< meta",
    "](javascript",
    "$x$",
    "`id`",
    "*em*",
    "_onder_",
    "| $",
]


def rewrite(path, key_column, key, column, value):
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    for row in rows:
        if row[key_column] == key:
            row[column] = value
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory, build_elsewhere):
    base = tmp_path_factory.mktemp("injection")
    data, params = base / "data", base / "params"
    shutil.copytree(DATA, data)
    shutil.copytree(PARAMS, params)
    rewrite(data / "helplines.csv", "helpline", "tele-onthaal", "name", NAME)
    rewrite(data / "codebooks" / "channels.csv", "channel", "phone", "label_nl", LABEL)
    lines = (params / f"{RELEASE}.yml").read_text(encoding="utf-8").splitlines()
    lines = [line for line in lines if not line.startswith(("title:", "subtitle:"))]
    lines += [f"title: {json.dumps(TITLE)}", f"subtitle: {json.dumps(SUBTITLE)}"]
    (params / f"{RELEASE}.yml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    render = shutil.which("quarto") is not None
    run = build_elsewhere(data, params, base, RELEASE, render)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-4000:]
    return base / "_output" / RELEASE, render


def unescaped(text: str) -> list[str]:
    """Payload fragments present as markup: after removing the escaped forms, what is left."""
    cleaned = text
    for payload in (NAME, LABEL, TITLE, SUBTITLE):
        cleaned = cleaned.replace(escape.meta_text(payload), "")
        cleaned = cleaned.replace(escape.md_text(payload), "").replace(escape.md_cell(payload), "")
    return [raw for raw in RAW if raw in cleaned]


def notebook_markdown(out) -> dict[str, str]:
    found = {}
    for path in sorted((out / "notebooks").glob("*.ipynb")):
        parts = []
        for cell in nbformat.read(path, as_version=4).cells:
            if cell.cell_type == "markdown":
                parts.append(cell.source)
            for output in cell.get("outputs", []):
                parts += [output.get("data", {}).get(kind, "") for kind in ("text/markdown", "text/html")]
        found[path.name] = "\n".join(parts)
    return found


def test_the_payloads_reach_the_text_escaped(hostile_build):
    out, _ = hostile_build
    document = (out / "report.qmd").read_text(encoding="utf-8")
    assert escape.md_text(NAME) in document  # the intro names the helpline: the payload is there, as text
    markdown = "\n".join(notebook_markdown(out).values())
    assert escape.md_text(NAME) in markdown or escape.md_cell(NAME) in markdown
    assert escape.md_text(LABEL) in markdown  # the chapter text names the channel


def test_no_payload_is_markup_in_report_qmd(hostile_build):
    out, _ = hostile_build
    document = (out / "report.qmd").read_text(encoding="utf-8")
    assert unescaped(document) == []
    shortcodes = re.findall(r"\{\{<.*?>\}\}", document)
    assert shortcodes and all(re.fullmatch(r"\{\{< embed notebooks/[a-z_]+\.ipynb >\}\}", s) for s in shortcodes)


def test_no_payload_is_markup_in_the_notebooks(hostile_build):
    out, _ = hostile_build
    for name, markdown in notebook_markdown(out).items():
        assert unescaped(markdown) == [], name


def test_no_payload_runs_in_the_rendered_html(hostile_build):
    out, rendered = hostile_build
    if not rendered:
        pytest.skip("quarto is not on PATH: the report was not rendered (install Quarto 1.10+ to run this check)")
    page = (out / "report.html").read_text(encoding="utf-8")
    for raw in ("<script>alert(", "<img src=x", 'href="javascript:', "root:x:0:0", "{{<", "<em>em</em>"):
        assert raw not in page
    assert html.escape("<script>alert(1)</script>", quote=False) in page  # shown as text


def test_the_params_title_is_text_in_the_front_matter(hostile_build):
    out, _ = hostile_build
    front = (out / "report.qmd").read_text(encoding="utf-8").split("---")[1]
    import yaml

    meta = yaml.safe_load(front)
    # Pandoc reads these strings as Markdown: every character with a meaning there is escaped
    assert meta["title"] == escape.md_text(TITLE) and meta["subtitle"] == escape.md_text(SUBTITLE)
    assert "<" not in meta["title"] + meta["subtitle"]


def test_the_params_title_is_text_in_html_pdf_and_typst(hostile_build, tmp_path):
    out, rendered = hostile_build
    if not rendered:
        pytest.skip("quarto is not on PATH: the report was not rendered (install Quarto 1.8+ to run this check)")
    page = (out / "report.html").read_text(encoding="utf-8")
    for raw in ("<script>alert(6)", "<img src=x onerror=alert(5)", 'href="javascript:', "<b>vet</b>", "<em>nadruk"):
        assert raw not in page
    assert html.escape("<img src=x onerror=alert(5)>", quote=False) in page  # shown as text
    import pdfplumber

    with pdfplumber.open(out / "report.pdf") as pdf:
        first = pdf.pages[0].extract_text()
    assert "#read(" in first and "#panic(" in first and "{=typst}" in first  # printed, not run
    assert "git_commit" not in first and "inputs" not in first  # build.json was not read into the PDF
    # the typst source Pandoc writes from this front matter: the title is text, no raw typst
    front = (out / "report.qmd").read_text(encoding="utf-8").split("---")[1]
    (tmp_path / "titel.qmd").write_text(f"---{front}---\n\nTekst.\n", encoding="utf-8")
    run = subprocess.run(
        ["quarto", "render", "titel.qmd", "--to", "typst", "-M", "keep-typ:true"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    typst = (tmp_path / "titel.typ").read_text(encoding="utf-8")
    assert re.search(r"(?<!\\)#(read|panic)\(", typst) is None
    assert '\\#read("build.json")' in typst or '\\#read(\\"build.json\\")' in typst


def test_no_local_path_reaches_an_output(hostile_build):
    """Issue 25, item 3: built with HULPLIJNEN_DATA and HULPLIJNEN_PARAMS outside the repository: build.json
    names inputs by their place in the repository layout, and no output names a local folder."""
    out, _ = hostile_build
    base = str(out.parent.parent)
    record = json.loads((out / "build.json").read_text(encoding="utf-8"))
    assert record["inputs"] and all(k.split("/")[0] in ("data", "params", "notebooks") for k in record["inputs"])
    assert f"params/{RELEASE}.yml" in record["inputs"]
    for path in [out / "build.json", out / "report.qmd", *(out / "notebooks").glob("*.ipynb")]:
        text = path.read_text(encoding="utf-8")
        assert base not in text and "/tmp/" not in text and "/work/" not in text, path.name
    assert any(k.startswith("data/") for k in record["inputs"])  # data files recorded as data, not as params
