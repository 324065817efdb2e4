"""The report's Dutch text: Jinja2 templates, filled from a chapter's recorded facts. A chapter's text is
``chapters/<name>/text.md`` in its folder of the package; the rest (the document, summary, general methods,
appendices) is under report/. Both are found by name (paths.TEXT_FOLDERS).

A template that names a value it was not given fails (StrictUndefined); a value given to a template that never
names it fails too, so every fact a chapter records for its text appears in it. Numbers: filters (nl-BE, fmt).

Rendered with ``facts`` (a FactSheet, or figures.json's key -> value), the text takes numbers only
from recorded facts, by construction: every number among the values must be a fact's value
(``FactSheet.add``/``get`` return them, ``facts.recorded`` for figures.json) recorded in ``facts``
with that value; the number filters accept nothing else (so no arithmetic in a template reaches the
text), and a number printed without a filter fails.

Every text value is escaped where it is printed (``{{ … }}``), for Markdown with raw HTML and Quarto
shortcodes (``escape.md_text``): labels from data and params are hostile, and the values keep their own
text until then, so templates still compare them (``x.kind == "one_in_n"``). Markdown made elsewhere
(another template's output, a table already escaped) passes only when marked so: ``markdown(text)``.
"""

from __future__ import annotations

import numbers
import re
from collections.abc import Mapping
from functools import cache
from pathlib import Path

import jinja2
import pandas as pd
from jinja2 import meta
from markupsafe import Markup

from ..config import reads
from ..config.errors import BuildError
from ..config.paths import TEXT_FOLDERS, relative_to_root
from ..facts import FactSheet, Recorded
from . import escape, fmt

Folders = Path | tuple[Path, ...]  # one folder of templates, or a search path (the first that has a name wins)
SUPPRESSED = "x"  # a count the disclosure control does not publish


class Label(str):
    """Text from data or params inside a template: escaped for Markdown wherever Jinja2 escapes it (when
    printed, and when joined or concatenated with Markdown)."""

    __slots__ = ()

    def __html__(self) -> str:
        return escape.md_text(self)


def markdown(text: str) -> Markup:
    """Markdown that is safe as it is (already escaped where needed): printed by a template unchanged."""
    return Markup(text)


def _label(value):
    """A value as a template sees it: text (exactly str) becomes a Label; containers are walked."""
    if type(value) is str:
        return Label(value)
    if isinstance(value, Mapping):
        return {k: _label(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_label(v) for v in value]
    if isinstance(value, tuple):
        items = [_label(v) for v in value]
        return type(value)._make(items) if hasattr(value, "_fields") else type(value)(items)
    return value


IDENTIFIER = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*")


def _identifier(value) -> Markup:
    """A name that lands inside a Quarto path or id ({#sec-…}, embed notebooks/<name>.ipynb): never escaped,
    so it must be a plain identifier."""
    if not IDENTIFIER.fullmatch(str(value)):
        raise BuildError(f"{str(value)!r} is not an identifier (letters, digits, '-' and '_')")
    return Markup(str(value))


def _missing(value) -> bool:
    return value is None or bool(pd.isna(value))


FILTERS = {
    "number": fmt.number,
    "pct": fmt.pct,
    "signed_pct": fmt.signed_pct,
    "than": fmt.than,
    "pct_of": fmt.pct_of,
    "month": fmt.month,
    "weekday": fmt.weekday,
    "date": fmt.date,
    "one_in": fmt.one_in,
    "one_in_pct": lambda share: fmt.one_in(share / 100),  # r39: known where a loop uses it (names_used)
    "interval": fmt.interval,
    "count": fmt.count,
    "words": fmt.words,
    "seconds_words": fmt.seconds_words,
    "count_range": fmt.count_range,
    "signed_number": fmt.signed_number,
    "change_words": fmt.change_words,
    "difference_words": fmt.difference_words,
    "times_words": fmt.times_words,
    "fraction_words": fmt.fraction_words,
    "fraction_lead": fmt.fraction_lead,
    "pct_range": fmt.pct_range,
    "about_round": fmt.about_round,
    "capfirst": fmt.capfirst,
    "closed": fmt.closed,
    "said_in": fmt.said_in,
    # front matter: YAML, never a shortcode
    "yaml_str": lambda s: Markup(escape.yaml_scalar(escape.no_shortcodes(str(s)))),
    "meta_text": lambda s: Markup(escape.meta_text(s)),  # free text in front matter: Markdown-escaped, then YAML
    "identifier": _identifier,
    "md_cell": lambda s: Markup(escape.md_cell(s)),
    "one_line": lambda s: Markup(escape.one_line(s)),  # a template's own Markdown in a table cell
    "md_text": lambda s: Markup(escape.md_text(s)),
    "url": lambda s: Markup(escape.url(s)),
    "count_or_x": lambda v: SUPPRESSED if _missing(v) else fmt.number(v),
    "pct_or_x": lambda v: SUPPRESSED if _missing(v) else fmt.pct(float(v)),
    "share": lambda v: fmt.pct(v, 0 if float(v).is_integer() else 1),  # as precise as the share is given
}


def _is_number(value) -> bool:
    return isinstance(value, numbers.Number) and not isinstance(value, bool)


class LooseNumber(BuildError):
    """A number that is not a recorded fact reaches a template held to recorded facts."""


def _fact(value, role: str = "value"):
    if _is_number(value) and not isinstance(value, Recorded):
        raise LooseNumber(f"the {role} {value!r} is not a recorded fact (record it with FactSheet.add)")
    if not _is_number(value) and not _missing(value) and not isinstance(value, Recorded):
        raise LooseNumber(f"the {role} {value!r} is not a recorded fact")
    return value


def _of_facts(name: str, filter_, *checked: int):
    """A number filter taking only recorded facts: the value, the positional arguments ``checked`` (by index)."""

    def strict(value, *args, **kwargs):
        _fact(value, f"value given to | {name}")
        for i in checked:
            if i < len(args):
                _fact(args[i], f"argument of | {name}")
        return filter_(value, *args, **kwargs)

    return strict


STRICT_FILTERS = {
    **FILTERS,
    **{name: _of_facts(name, getattr(fmt, name)) for name in ("number", "pct", "signed_pct", "than", "seconds_words")},
    "interval": _of_facts("interval", fmt.interval, 0),
    "count": _of_facts("count", fmt.count),
    "words": _of_facts("words", fmt.words),
    "count_range": _of_facts("count_range", fmt.count_range, 0),
    "signed_number": _of_facts("signed_number", fmt.signed_number),
    "change_words": _of_facts("change_words", fmt.change_words),
    "difference_words": _of_facts("difference_words", fmt.difference_words),
    "times_words": _of_facts("times_words", fmt.times_words),
    "fraction_words": _of_facts("fraction_words", fmt.fraction_words, 0),
    "fraction_lead": _of_facts("fraction_lead", fmt.fraction_lead, 0),
    "pct_range": _of_facts("pct_range", fmt.pct_range, 0),
    "about_round": _of_facts("about_round", fmt.about_round, 0),
    "count_or_x": _of_facts("count_or_x", FILTERS["count_or_x"]),
    "pct_or_x": _of_facts("pct_or_x", FILTERS["pct_or_x"]),
    "share": _of_facts("share", FILTERS["share"]),
    "one_in_pct": _of_facts("one_in_pct", lambda share: fmt.one_in(share / 100)),
}
del STRICT_FILTERS["pct_of"], STRICT_FILTERS["one_in"]  # they compute a number no fact holds


def _escaped(value):
    """What ``{{ … }}`` prints: Markdown as it is, any other text escaped (Markdown, HTML, shortcodes)."""
    if value is None:
        return Markup("")
    if hasattr(value, "__html__") or _is_number(value) or isinstance(value, bool):
        return value  # Markup or a Label (Jinja2 calls its __html__); a number prints as digits
    return Markup(escape.md_text(value))


def _finalize(value):
    if _is_number(value):
        raise LooseNumber(f"the number {value!r} is printed without a filter (| number, | pct, ...)")
    return _escaped(value)


class _Environment(jinja2.Environment):
    """Text read from an object or a mapping inside a template is a Label, like the values given to it."""

    def getattr(self, obj, attribute):
        return _label(super().getattr(obj, attribute))

    def getitem(self, obj, argument):
        return _label(super().getitem(obj, argument))


class _Loader(jinja2.FileSystemLoader):
    """Jinja2's file loader, recording each template it reads (included ones too)."""

    def get_source(self, environment, template):
        source, filename, uptodate = super().get_source(environment, template)
        reads.template_read(relative_to_root(Path(filename)), Path(filename).read_bytes())
        return source, filename, uptodate


@cache
def environment(folder: Folders = TEXT_FOLDERS, strict: bool = False) -> jinja2.Environment:
    env = _Environment(
        loader=_Loader(folder),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        autoescape=True,  # with finalize: Markdown escaping (Jinja2's own escape then leaves Markup alone)
        comment_start_string="{#--",  # Quarto's {#sec-...} and {#tbl-...} ids are text, not Jinja comments
        comment_end_string="--#}",
        finalize=_finalize if strict else _escaped,
    )
    env.filters.update(STRICT_FILTERS if strict else FILTERS)
    return env


@cache
def names_used(name: str, folder: Folders = TEXT_FOLDERS) -> frozenset[str]:
    """Every variable a template refers to (in any branch), including the templates it includes."""
    env = environment(folder)
    tree = env.parse(env.loader.get_source(env, name)[0])
    used = set(meta.find_undeclared_variables(tree))
    for other in meta.find_referenced_templates(tree):
        if other is not None:
            used |= names_used(other, folder)
    return frozenset(used)


def _walk(name: str, value):
    """Every (path, leaf) of a template value, through dicts, lists and tuples."""
    if isinstance(value, Mapping):
        for k, v in value.items():
            yield from _walk(f"{name}.{k}", v)
    elif isinstance(value, list | tuple):
        for i, v in enumerate(value):
            yield from _walk(f"{name}[{i}]", v)
    else:
        yield name, value


def where(template: str, folder: Folders = TEXT_FOLDERS) -> str:
    """A template's file as users see it (``src/hulplijnen/chapters/channels/text.md``, ``report/methods.md``)."""
    folders = (folder,) if isinstance(folder, Path) else folder
    for f in folders:
        if (f / template).is_file():
            return relative_to_root(f / template)
    return relative_to_root(folders[0] / template)


def check_recorded(template: str, facts: FactSheet | Mapping, context: dict, folder: Folders = TEXT_FOLDERS) -> None:
    """Every number among the values is a fact recorded in ``facts``, with the value recorded."""
    known = facts.values() if isinstance(facts, FactSheet) else facts
    for name, value in (leaf for k, v in context.items() for leaf in _walk(k, v)):
        if (not _is_number(value) and not isinstance(value, Recorded)) or name.endswith(".decimals"):
            continue  # a number of decimals is a format (as published), not a number in the text
        if not isinstance(value, Recorded):
            raise LooseNumber(
                f"{where(template, folder)}: the value {name} = {value!r} is a number that is not a recorded fact"
            )
        if value.key not in known or known[value.key] != value:
            raise LooseNumber(
                f"{where(template, folder)}: the value {name} claims fact {value.key}, which is not recorded so"
            )


def render(
    template: str,
    /,
    prose: bool = True,
    every_value_used: bool = True,
    folder: Folders = TEXT_FOLDERS,
    facts: FactSheet | Mapping | None = None,
    **context,
) -> str:
    """Fill the template ``template`` (a name in ``folder``) from ``context``. With ``facts``, every number in
    the text is one of those recorded facts (see the module's docstring). With ``prose``, lines of a paragraph
    are joined with a space and paragraphs (separated by a blank line) with one blank line, so templates wrap freely."""
    unused = sorted(set(context) - names_used(template, folder))
    if unused and every_value_used:
        raise BuildError(
            f"{where(template, folder)}: the values {', '.join(unused)} are given but the template never uses them"
        )
    if facts is not None:
        check_recorded(template, facts, context, folder)
    try:
        values = {k: _label(v) for k, v in context.items()}
        text = environment(folder, facts is not None).get_template(template).render(**values)
    except jinja2.UndefinedError as exc:
        raise BuildError(f"{where(template, folder)}: {exc} (the chapter does not provide it)") from None
    except LooseNumber as exc:
        raise LooseNumber(f"{where(template, folder)}: {exc}") from None
    except jinja2.TemplateError as exc:
        raise BuildError(f"{where(template, folder)}: {exc}") from None
    return _shape(text, prose)


def _shape(text: str, prose: bool) -> str:
    text = fmt.unbroken_units(text)  # every template's '95 %' as the formatter writes it (r22 2020 #14)
    if not prose:
        return escape.no_stray_list(text.strip())
    paragraphs = re.split(r"\n\s*\n", text)
    nested = [re.match(r"( +)[-*] ", p.lstrip("\n")) for p in paragraphs]  # a list's list keeps its indent (r42)
    indent = [n.group(1) if n else "" for n in nested]
    return "\n\n".join(
        i + " ".join(ln.strip() for ln in p.splitlines() if ln.strip()) for p, i in zip(paragraphs, indent) if p.strip()
    )


def sections(
    template: str,
    /,
    folder: Folders = TEXT_FOLDERS,
    facts: FactSheet | Mapping | None = None,
    every_value_used: bool = True,
    **context,
):
    """A template written in sections, ``{% block <name> %}…{% endblock %}``: each section's text (filled and
    checked as ``render`` fills the whole), by name, in the template's order. The notebook shows each beside
    the table or figure it discusses. Text outside every section would be shown nowhere: an error."""
    whole = render(template, folder=folder, facts=facts, every_value_used=every_value_used, **context)
    tmpl = environment(folder, facts is not None).get_template(template)
    ctx = tmpl.new_context({k: _label(v) for k, v in context.items()})
    try:
        list(tmpl.root_render_func(ctx))  # top-level macros and sets, as the sections see them in the whole
        parts = {name: _shape("".join(block(ctx)), True) for name, block in tmpl.blocks.items()}
    except jinja2.TemplateError as exc:
        raise BuildError(f"{where(template, folder)}: {exc}") from None
    if not parts:
        raise BuildError(f"{where(template, folder)} has no sections ({{% block <name> %}} … {{% endblock %}})")
    if " ".join(whole.split()) != " ".join(" ".join(parts.values()).split()):
        raise BuildError(f"{where(template, folder)}: text outside every {{% block %}} would be shown nowhere")
    return parts
