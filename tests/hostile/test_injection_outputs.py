"""Injection corpus through the real output paths: a label from data or params goes through
show_table (Markdown in the notebook, tables/*.md), the HTML preview and the report's front matter;
no payload executes or survives unescaped."""

import nbformat
import pandas as pd
import pytest
import yaml
from nbconvert import HTMLExporter

from hulplijnen.presentation import display as report
from hulplijnen.presentation import escape

PAYLOADS = [
    "<script>alert('x')</script>",
    "<img src=x onerror=alert(1)>",
    "{{< include /etc/passwd >}}",
    "a | b",
    "$HOME",
    "`id`",
    "[x](javascript:alert(1))",
    "{{< meta title >}}",
]


@pytest.fixture
def shown(monkeypatch):
    out = []
    monkeypatch.setattr(report, "display", lambda obj, **kw: out.append(obj.data))
    return out


@pytest.mark.parametrize("payload", PAYLOADS)
def test_a_label_in_a_table_stays_text(payload, shown):
    report.show_table(pd.DataFrame({"Groep": [payload, "gewoon"], "Contacten": ["12", "x"]}))
    markdown = shown[-1]
    rows = [line for line in markdown.splitlines() if line.startswith("|")]
    assert all(row.replace("\\|", "").count("|") == rows[0].count("|") for row in rows)  # no column shift
    assert "<script" not in markdown and "<img" not in markdown and "{{<" not in markdown
    assert "](" not in markdown.replace("\\](", "").replace("]\\(", "")


@pytest.mark.parametrize("payload", PAYLOADS)
def test_a_label_in_a_preview_does_not_run(payload, shown):
    report.show_table(pd.DataFrame({"Groep": [payload]}))
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("")
    cell.outputs = [nbformat.v4.new_output("display_data", data={"text/markdown": shown[-1]})]
    nb.cells = [cell]
    exporter = HTMLExporter()
    exporter.exclude_input = True
    html, _ = exporter.from_notebook_node(nb)
    assert "<script>alert" not in html and "<img src=x" not in html and 'href="javascript:' not in html


@pytest.mark.parametrize("payload", PAYLOADS)
def test_a_title_reaches_front_matter_as_data(payload):
    line = "title: " + escape.yaml_scalar(escape.no_shortcodes(payload))
    assert yaml.safe_load(line)["title"] == escape.no_shortcodes(payload)
    assert "{{<" not in line.replace("{{{<", "")
