"""The report's Dutch text: Jinja2 templates under report/, filled from a chapter's recorded values.

A template that names a value it was not given fails (StrictUndefined); a value given to a template
that never names it fails too, so every value a chapter computes for its text appears in it.
Numbers are formatted by filters (nl-BE, from fmt), never in Python.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import jinja2
import pandas as pd
from jinja2 import meta

from . import escape, fmt
from .errors import BuildError
from .paths import REPORT_TEXT

SUPPRESSED = "x"  # a count the disclosure control does not publish


def _missing(value) -> bool:
    return value is None or bool(pd.isna(value))


FILTERS = {
    "number": fmt.number,
    "pct": fmt.pct,
    "signed_pct": fmt.signed_pct,
    "pct_of": fmt.pct_of,
    "month": fmt.month,
    "date": fmt.date,
    "one_in": fmt.one_in,
    "interval": fmt.interval,
    "count": fmt.count,
    "capfirst": lambda s: s[:1].upper() + s[1:],
    "yaml_str": lambda s: escape.yaml_scalar(escape.no_shortcodes(s)),  # front matter: YAML, never a shortcode
    "md_cell": escape.md_cell,
    "md_text": escape.md_text,
    "html": escape.html,
    "count_or_x": lambda v: SUPPRESSED if _missing(v) else fmt.number(v),
    "pct_or_x": lambda v: SUPPRESSED if _missing(v) else fmt.pct(float(v)),
}


@cache
def environment(folder: Path = REPORT_TEXT) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(folder),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        autoescape=False,
        comment_start_string="{#--",  # Quarto's {#sec-...} and {#tbl-...} ids are text, not Jinja comments
        comment_end_string="--#}",
    )
    env.filters.update(FILTERS)
    return env


@cache
def names_used(name: str, folder: Path = REPORT_TEXT) -> frozenset[str]:
    """Every variable a template refers to (in any branch), including the templates it includes."""
    env = environment(folder)
    tree = env.parse(env.loader.get_source(env, name)[0])
    used = set(meta.find_undeclared_variables(tree))
    for other in meta.find_referenced_templates(tree):
        if other is not None:
            used |= names_used(other, folder)
    return frozenset(used)


def render(
    template: str, /, prose: bool = True, every_value_used: bool = True, folder: Path = REPORT_TEXT, **context
) -> str:
    """Fill report/<name> from ``context``. With ``prose``, lines of a paragraph are joined with a
    space and paragraphs (separated by a blank line) with one blank line, so templates wrap freely."""
    unused = sorted(set(context) - names_used(template, folder))
    if unused and every_value_used:
        raise BuildError(
            f"report/{template}: the values {', '.join(unused)} are given but the template never uses them"
        )
    try:
        text = environment(folder).get_template(template).render(**context)
    except jinja2.UndefinedError as exc:
        raise BuildError(f"report/{template}: {exc} (the chapter does not provide it)") from None
    except jinja2.TemplateError as exc:
        raise BuildError(f"report/{template}: {exc}") from None
    if not prose:
        return text.strip()
    paragraphs = re.split(r"\n\s*\n", text)
    return "\n\n".join(
        " ".join(line.strip() for line in p.splitlines() if line.strip()) for p in paragraphs if p.strip()
    )
