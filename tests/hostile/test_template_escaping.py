"""The report's text templates (hulplijnen.presentation.text) escape every text value where it is printed: a label
from data or params never becomes Markdown, HTML or a Quarto shortcode, while comparisons, macros,
joins, numbers from recorded facts and Markdown made elsewhere (marked so) keep working, escaped once."""

from types import SimpleNamespace

import pytest
import yaml

from hulplijnen.config.errors import BuildError
from hulplijnen.facts import FactSheet, Source
from hulplijnen.presentation import escape, text

PAYLOADS = [
    "<script>alert('x')</script>",
    "<img src=x onerror=alert(1)>",
    "{{< include /etc/passwd >}}",
    "a | b",
    "$HOME$",
    "`id`",
    "*nadruk* en __vet__",
    "[x](javascript:alert(1))",
    "# kop",
    "{{% meta title %}}",
    "regel\n\n# kop",
]


def render(tmp_path, source: str, **context) -> str:
    (tmp_path / "t.md").write_text(source, encoding="utf-8")
    text.environment.cache_clear()
    text.names_used.cache_clear()
    return text.render("t.md", prose=False, folder=tmp_path, **context)


def assert_inert(out: str, payload: str) -> None:
    assert escape.md_text(payload).lower() in out.lower()  # (capfirst changes the first letter)
    for raw in ("<script", "<img", "{{<", "{{%", "\n# kop"):
        assert raw not in out
    assert "](" not in out.replace("\\]", "")  # no link
    bare = out.replace("\\|", "").replace("\\$", "").replace("\\`", "").replace("\\*", "").replace("\\_", "")
    for char in "|$`*_":
        assert char not in bare, (char, out)


@pytest.mark.parametrize("payload", PAYLOADS)
@pytest.mark.parametrize(
    "source,context",
    [
        ("Bij {{ name }} belden", lambda p: {"name": p}),
        ("Bij {{ h.name }} belden", lambda p: {"h": {"name": p}}),
        ("Bij {{ h.name }} belden", lambda p: {"h": SimpleNamespace(name=p)}),  # attribute of an object
        ("Bij {{ names | join(', ') }}.", lambda p: {"names": [p, "Tele-Onthaal"]}),
        ("Bij {{ name ~ ' ' ~ other }}.", lambda p: {"name": p, "other": "x"}),
        ("Bij {{ name | capfirst }}.", lambda p: {"name": p}),
        ("{% macro m(x) %}<{{ x }}>{% endmacro %}Bij {{ m(name) }}.", lambda p: {"name": p}),
        ("{% set s %}Bij {{ name }}{% endset %}{{ s }}.", lambda p: {"name": p}),
        ("{% for h in hs %}- {{ h }}\n{% endfor %}", lambda p: {"hs": (p,)}),
    ],
    ids=["value", "key", "attribute", "join", "concat", "filter", "macro", "set-block", "loop"],
)
def test_a_label_is_printed_as_text(tmp_path, payload, source, context):
    assert_inert(render(tmp_path, source, **context(payload)), payload)


def test_escaped_exactly_once_and_template_text_untouched(tmp_path):
    source = (
        "**Vet** `code` {#sec-x} | a |\n"
        "{% macro m(x) %}[{{ x }}]{% endmacro %}{{ m(name) }} {{ name ~ other }} {{ [name, name] | join('_') }}"
    )
    out = render(tmp_path, source, name="a_b", other="<")
    assert out == "**Vet** `code` {#sec-x} | a |\n[a\\_b] a\\_b&lt; a\\_b_a\\_b"  # the separator is template text


def test_comparisons_see_the_values_own_text(tmp_path):
    source = '{% if x.kind == "one_in_n" and "a_b" in names %}{{ x.kind }}{% endif %}'
    assert render(tmp_path, source, x={"kind": "one_in_n"}, names=["a_b"]) == "one\\_in\\_n"


def test_markdown_marked_so_passes_unchanged(tmp_path):
    table = "| Groep | n |\n|:--|--:|\n| a\\_b \\| c | 3 |"
    out = render(tmp_path, "{{ table }}\n\n{{ plain }}", table=text.markdown(table), plain=table)
    marked, escaped = out.split("\n\n")
    assert marked == table
    assert escaped == escape.md_text(table) and "\\\\\\_" in escaped  # unmarked: escaped like any text


@pytest.mark.parametrize("payload", PAYLOADS)
def test_front_matter_stays_yaml(tmp_path, payload):
    out = render(tmp_path, "---\ntitle: {{ p.title | yaml_str }}\n---", p=SimpleNamespace(title=payload))
    assert yaml.safe_load(out.strip("-\n"))["title"] == escape.no_shortcodes(payload)
    assert "{{<" not in out.replace("{{{<", "") and "{{%" not in out.replace("{{{%", "")


@pytest.mark.parametrize("name", ["../etc/passwd", "a b", "x>}}{{< include /etc/passwd", ""])
def test_an_identifier_in_a_path_or_id_is_checked(tmp_path, name):
    with pytest.raises(BuildError, match="not an identifier"):
        render(tmp_path, "{% raw %}{{< embed notebooks/{% endraw %}{{ c | identifier }}.ipynb >}}", c=name)
    assert render(tmp_path, "{#sec-{{ c | identifier }}}", c="tbl-appendix-codes_x") == "{#sec-tbl-appendix-codes_x}"


def test_recorded_facts_still_format_and_loose_numbers_still_fail(tmp_path):
    facts = FactSheet("t", 2020)
    n = facts.add("1712.contacts.total", 8059, "count", Source(None, "t", "t"))
    (tmp_path / "f.md").write_text("{{ name }}: {{ n | number }} contacten", encoding="utf-8")
    text.environment.cache_clear()
    text.names_used.cache_clear()
    assert text.render("f.md", folder=tmp_path, facts=facts, n=n, name="1712_x") == "1712\\_x: 8.059 contacten"
    with pytest.raises(text.LooseNumber):
        text.render("f.md", folder=tmp_path, facts=facts, n=8059, name="x")
