"""Escape a value for where it lands: a Markdown table cell, Markdown text, HTML, YAML front matter.

Every label that comes from data or params (codebook labels, titles, file names) is hostile until
escaped: ``|`` shifts table columns, ``$`` and backticks change the text, ``{{< … >}}`` is a Quarto
shortcode (``include`` reads a file), ``<script>`` runs in a preview. Each function takes any value
and returns a string, so it can be registered as a Jinja2 filter as is
(``env.filters["md_cell"] = escape.md_cell``).
"""

from __future__ import annotations

import html as _html
import re
from typing import Any

import yaml

# Characters with a meaning in Pandoc Markdown that a label must not have. "<" and ">" become
# entities (no raw HTML, and no "{{<" shortcode can survive); the rest get a backslash.
_BACKSLASHED = "\\`*_[]{}#|$~^@"
_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def md_text(value: Any) -> str:
    """A value as literal Markdown text (inline): no emphasis, code, math, link, raw HTML or shortcode."""
    out = []
    for ch in _text(value):
        if ch in _ENTITIES:
            out.append(_ENTITIES[ch])
        elif ch in _BACKSLASHED:
            out.append("\\" + ch)
        elif ch in "\r\n\t":
            out.append(" ")
        else:
            out.append(ch)
    return "".join(out)


def md_cell(value: Any) -> str:
    """A value as the content of one pipe-table cell: literal text on one line, '|' escaped; a number and its % sign
    held together (r22 2020 #14: a source's '+13,9 % t.o.v. 2019')."""
    from .fmt import unbroken_units

    return unbroken_units(md_text(value).strip())


def one_line(markdown: Any) -> str:
    """Markdown a template wrote itself (already escaped where it holds values) as the content of one pipe-table
    cell: its line breaks become spaces, since a break would end the table's row."""
    return " ".join(_text(markdown).splitlines())


def cell_caption(value: Any) -> str:
    """A value filled into a caption that Quarto reads from a cell option (``#| tbl-cap:``, ``#| fig-cap:``):
    Quarto parses that text as Markdown twice, in HTML and typst alike (checked with Quarto 1.10.18: a value
    escaped once came out as math, ``$x$``, in both), so the value is Markdown-escaped twice and stays literal."""
    return md_text(md_text(value))


def html(value: Any) -> str:
    """A value as HTML text or attribute content."""
    return _html.escape(_text(value), quote=True)


def no_shortcodes(value: Any) -> str:
    """Text where Quarto must not see a shortcode (for front matter, which is not Markdown-escaped)."""
    return _text(value).replace("{{<", "{{{<").replace(">}}", ">}}}").replace("{{%", "{{{%").replace("%}}", "%}}}")


def yaml_scalar(value: Any) -> str:
    """A value as one YAML scalar on one line (always a quoted string for text)."""
    dumped = yaml.safe_dump(
        value,
        allow_unicode=True,
        default_style='"' if isinstance(value, str) else None,
        width=10**9,
        explicit_end=False,
    )
    return dumped.removesuffix("\n...\n").strip()


def meta_text(value: Any) -> str:
    """Free text (a params title, subtitle, publisher) as a front-matter value: Pandoc reads
    metadata strings as Markdown, so the text is Markdown-escaped first (no raw ``{=html}`` or
    ``{=typst}`` block, no link, no HTML, no math), then written as one quoted YAML scalar. Pandoc's
    HTML and typst writers escape the literal text that is left for their formats."""
    return yaml_scalar(md_text(value))


def front_matter(mapping: dict[str, Any]) -> str:
    """A YAML front-matter block written by yaml.safe_dump (never by string substitution); text
    values are kept free of Quarto shortcodes."""
    clean = {k: no_shortcodes(v) if isinstance(v, str) else v for k, v in mapping.items()}
    return "---\n" + yaml.safe_dump(clean, allow_unicode=True, sort_keys=False, width=10**9) + "---\n"


def url(value: Any) -> str:
    """A link target in Markdown (``[text](…)``): only https: and tel: links, every character outside a plain
    URL's percent-encoded (no space, quote, bracket or shortcode can end the link or start something else)."""
    from urllib.parse import quote

    text = _text(value)
    if not (text.startswith("https://") or text.startswith("tel:")):
        raise ValueError(f"not an https: or tel: link: {text!r}")
    return quote(text, safe=":/.-_~+#?=&")


_ORDERED = re.compile(r"^(\s*)(\d+)([.)])(\s)")


def no_stray_list(text: str) -> str:
    """A wrapped line that starts with a number and '.' or ')' ('2021) zijn er …') would open a numbered list in
    Markdown: its mark is escaped unless the line is an item of a numbered list begun above at the same indent."""
    lines, opened = text.split("\n"), set()
    for i, line in enumerate(lines):
        if not line.strip():
            opened = set()
            continue
        m = _ORDERED.match(line)
        if m and i and lines[i - 1].strip() and len(m[1]) not in opened:
            lines[i] = f"{m[1]}{m[2]}\\{m[3]}{line[m.end(3) :]}"
        elif m:
            opened.add(len(m[1]))
    return "\n".join(lines)
