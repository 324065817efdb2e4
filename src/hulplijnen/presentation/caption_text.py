"""The captions of a chapter's tables and figures: the Dutch words in its folder's caption template
(``chapters/<name>/captions.md``), one ``{% block <name> %}`` per caption, filled from the chapter's data.

A part (``parts.Table``, ``parts.Figure``) names its block; Python gives the numbers and flags (the chapter's data),
the template says the words. A caption lands in two places: in the alt text and the output's metadata as plain text,
and in the cell option Quarto reads (``#| fig-cap:``), which Quarto parses as Markdown twice. So each caption is
rendered twice, from one template: with the text values as they are (``plain``), and with them escaped for the cell
option (``escape.cell_caption``: ``option``). The template's own words are the same in both.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from markupsafe import Markup

from . import escape, text


@dataclass(frozen=True)
class Captions:
    """Every caption of a chapter, by block name: as plain text, and as the cell option carries it."""

    plain: dict[str, str]
    option: dict[str, str]


def _as(value, how: Callable[[str], str]):
    """A value with its text (``str``, Labels too) replaced by Markup that ``how`` made: printed as it is."""
    if isinstance(value, str) and not isinstance(value, Markup):
        return Markup(how(str(value)))
    if isinstance(value, Mapping):
        return {k: _as(v, how) for k, v in value.items()}
    if isinstance(value, list | tuple) and not hasattr(value, "_fields"):
        return type(value)(_as(v, how) for v in value)
    return value


def _context(template: str, data: Mapping, folder: text.Folders) -> dict:
    """The values of ``data`` the template names (the chapter's data holds frames the captions never print)."""
    used = text.names_used(template, folder)
    return {k: v for k, v in data.items() if k in used}


def render(template: str, data: Mapping, folder: text.Folders = text.TEXT_FOLDERS) -> Captions:
    """Every caption of ``template`` (a name in ``folder``) filled from ``data``: plain, and escaped for the cell
    option."""
    context = _context(template, data, folder)
    plain = text.sections(template, folder=folder, every_value_used=False, **_as(context, str))
    option = text.sections(template, folder=folder, every_value_used=False, **_as(context, escape.cell_caption))
    return Captions(plain, option)


def plain(template: str, name: str, data: Mapping) -> str:
    """One caption as plain text (a chart's title for its alt text names the chart as its caption does)."""
    return render(template, data).plain[name]
