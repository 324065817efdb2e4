"""An executed notebook's HTML preview that teaches: it opens with the chapter's heading, the release and the
files the notebook read (what was computed, and from what); each table and figure has its caption, and each
figure its alt text (the captions from the cell's ``#| tbl-cap`` and ``#| fig-cap`` options, as Quarto uses
them in the report; the alt text from the figure's output, where figures_alt writes it, or ``#| fig-alt``).
Applied to the copy that becomes the preview, never to the notebook Quarto embeds."""

from __future__ import annotations

import html
import re

from ..presentation import escape, text

VERSION = "teaching-2"  # part of a cached preview's key: a change here converts the previews again
OPTION = re.compile(r"^#\|\s*(fig-cap|tbl-cap|fig-alt):\s*(.*)$", re.M)
KIND = {"fig-cap": "Figuur", "tbl-cap": "Tabel"}


def _options(cell) -> dict[str, str]:
    found = {}
    for name, value in OPTION.findall(cell.get("source", "")):
        found[name] = _scalar(value.strip())
    return found


def _scalar(value: str) -> str:
    """A cell option's value as Quarto reads it (YAML: a quoted string loses its quotes and escapes)."""
    import yaml

    try:
        loaded = yaml.safe_load(value)
    except yaml.YAMLError:
        return value
    return loaded if isinstance(loaded, str) else value


def _markdown(text: str):
    import nbformat

    cell = nbformat.v4.new_markdown_cell(text)
    cell["id"] = "teaching"  # numbered by annotate: not random, so previews are byte-identical
    return cell


EXPORT_TABLES = re.compile(r"^_cache/exports/[^/]+/")  # the folder is named by a key: not the same in every copy


def shown(name: str) -> str:
    """A file read as the preview names it: the same in every copy of the project (byte-identical previews)."""
    name = EXPORT_TABLES.sub("_cache/exports/…/", name)
    return name if not name.startswith("/") else "/".join(name.split("/")[-2:])


def heading(title: str, release: str, inputs: list[str], notice: str | None = None):
    """The first cell: the chapter, the release, what its data are (``notice``: a synthetic release's label), and
    the files the notebook read."""
    files = [text.markdown(f"`{shown(name)}`") for name in inputs if "`" not in name]  # a code span as it is
    said = text.render("notebook_heading.md", prose=False, title=title, release=release, notice=notice, files=files)
    return _markdown(said)


def _with_alt(output, alt: str):
    """A PNG output as an HTML image with its alt text (nbconvert's own template writes no alt)."""
    import nbformat

    data = output["data"]["image/png"]
    img = f'<img src="data:image/png;base64,{html.escape(data.strip())}" alt="{html.escape(alt, quote=True)}">'
    return nbformat.v4.new_output("display_data", data={"text/html": img})


def _alt(output, options: dict[str, str]) -> str:
    """A figure's alt text: written from the chart's data (the PNG output's metadata, figures_alt), else the
    cell's ``#| fig-alt`` option."""
    return output.get("metadata", {}).get("fig-alt") or options.get("fig-alt") or ""


def annotate(node, title: str, release: str, inputs: list[str], notice: str | None = None) -> None:
    """Add the heading, captions and alt texts to an executed notebook (in place)."""
    cells = [heading(title, release, inputs, notice)]
    for cell in node.cells:
        options = _options(cell) if cell.get("cell_type") == "code" else {}
        outputs = cell.get("outputs", [])
        cell["outputs"] = [_with_alt(o, _alt(o, options)) if "image/png" in o.get("data", {}) else o for o in outputs]
        cells.append(cell)
        shown = any(o.get("data") for o in cell.get("outputs", []))
        for kind in ("fig-cap", "tbl-cap"):
            if kind in options and shown:  # a table or figure left out (nothing to show) has no caption
                cells.append(_markdown(f"*{KIND[kind]}: {escape.md_text(options[kind])}*"))
    for number, cell in enumerate(cells):
        if cell.get("id") == "teaching":
            cell["id"] = f"teaching-{number}"
    node.cells = cells


def for_readers(node, path, release: str, notice: str | None = None):
    """The preview's copy of an executed notebook: without the facts record (for the build, not for readers),
    with the heading, captions and alt texts."""
    from .. import chapters
    from .. import facts as facts_mod

    inputs = sorted(facts_mod.inputs_from_notebook(path))
    for cell in node.cells:
        cell["outputs"] = [o for o in cell.get("outputs", []) if facts_mod.MIME not in o.get("data", {})]
    title = chapters.spec(path.stem).title if path.stem in chapters.names() else path.stem
    annotate(node, title, release, inputs, notice)
    return node
