"""Every number in the text is a recorded fact by construction: the chapters render their templates
held to their FactSheet, and the summary selects facts of figures.json for its templates."""

import ast
import inspect

import pytest

from hulplijnen import chapters
from hulplijnen.config.errors import BuildError
from hulplijnen.pipeline import messages, summary
from hulplijnen.presentation import text


def render_calls(module) -> list[ast.Call]:
    tree = ast.parse(inspect.getsource(module))
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in ("render", "sections")  # a template written in sections: text.sections
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id == "text"
    ]


@pytest.mark.parametrize("name", sorted(chapters.names()))
def test_every_chapter_renders_its_text_from_its_facts(name):
    import importlib

    module = importlib.import_module(f"hulplijnen.chapters.{name}")
    calls = render_calls(module)
    assert calls, f"chapter {name} renders no template"
    for call in calls:
        assert "facts" in {k.arg for k in call.keywords}, (
            f"chapter {name}: text.render without facts= (line {call.lineno})"
        )


def test_the_summary_renders_its_templates_from_facts():
    calls = render_calls(summary) + render_calls(messages)  # key figures, their sources; the key messages
    assert len(calls) == 3 and all("facts" in {k.arg for k in c.keywords} for c in calls)


def fact(value, file="data/1712/2020/contacts_by_month_channel.csv"):
    return {"value": value, "unit": "count", "source": {"file": file, "table": "t", "selection": "s"}}


FACTS = {
    "1712.contacts.total": fact(8059),
    "1712.channel.phone.share_pct": fact(70.8),
    "1712.channel.email.share_pct": fact(17.9),
    "1712.channel.chat.share_pct": fact(11.3),
    "1712.contact_person.victim.share_pct": fact(33.6),
    "1712.export.phone.answer_rate_pct": fact(44.3, None),
    "1712.export.phone.answer_rate_low_pct": fact(43.4, None),
    "1712.export.phone.answer_rate_high_pct": fact(45.1, None),
}


def test_summary_key_figures_are_a_three_column_table_of_facts_without_keys():
    md = summary.markdown(FACTS, ["1712"], 2020)
    rows = [line for line in md.splitlines() if line.startswith("|")]
    assert rows[0] == "| Kerncijfer | Waarde | Toelichting |"
    assert all(line.count("|") == 4 for line in rows), rows
    # r20 2020 #2: a value the key messages give is not repeated in the table; r21 TO #3: but the total is
    assert "| Contacten | 8.059 |" in md and "**8.059 contacten**" in md
    assert "| Contacten per kanaal |" in md
    assert "Hulplijn 1712:" not in md.split("## Kerncijfers")[1]  # one helpline
    # a channel and its share never apart over two lines (2021, r11 #32: "chat / 18 %")
    assert "telefoon\u00a070,8\u00a0%, e-mail\u00a017,9\u00a0%, chat\u00a011,3\u00a0%" in md
    # r11 #30: the answer rate is named with its base, and its explanation says something a reader can use
    rate = "| Aandeel beantwoorde belpogingen (alle belpogingen, ook buiten de openingsuren) | 44,3\u00a0% |"
    full = summary.key_figures_markdown(FACTS, ["1712"], 2020)  # said in a key message: the row as it reads shown
    assert rate in full.replace(" %", "\u00a0%") and rate not in md.replace(" %", "\u00a0%")
    # a key message
    # r33 (r32 2020 #8): with the groups published, one bullet says them with the victim itself
    who = "het slachtoffer zelf" if "vooral het" in md else "zelf"
    said = "bij één op de drie contacten is de contactnemer " + who
    assert "**Wie contact opneemt:** " in md and said in md
    appendix = summary.sources_markdown(FACTS, ["1712"], 2020)
    assert "Vlaams Parlement" in appendix and "De oproeplogs" in appendix  # r21 demo #6: each row's own source
    for key in FACTS:
        assert key not in md and key not in appendix


def test_a_summary_fact_that_is_absent_is_left_out_not_filled_in():
    partial = {k: v for k, v in FACTS.items() if not k.startswith("1712.export.phone.answer_rate_")}
    md = summary.markdown(partial, ["1712"], 2020)
    assert "beantwoord per poging" not in md and "8.059" in md


def test_summary_templates_are_held_to_the_facts_they_are_given(monkeypatch):
    """A number that is not among the facts given cannot reach the summary."""
    real = text.render

    def without_facts(template, /, **kwargs):
        kwargs["facts"] = {}
        return real(template, **kwargs)

    monkeypatch.setattr(text, "render", without_facts)
    with pytest.raises(BuildError, match="claims fact 1712.contacts.total"):
        summary.markdown(FACTS, ["1712"], 2020)
