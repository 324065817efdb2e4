"""Chapters as units, Dutch text as templates, one fact-key scheme."""

import sys
import textwrap
from types import SimpleNamespace

import pandas as pd
import pytest

from hulplijnen import chapters, keys, text
from hulplijnen.errors import BuildError
from hulplijnen.facts import FactSheet, Source
from hulplijnen.paths import NOTEBOOKS, REPORT_TEXT

CHAPTER_MODULE = '''
"""Groet: a made-up chapter, only to prove that a chapter is one module, one template, one notebook."""
from pathlib import Path

from hulplijnen import text
from hulplijnen.chapters.base import Chapter, ChapterSpec
from hulplijnen.facts import FactSheet, Source

SPEC = ChapterSpec("greeting", "Groet", 15, lambda params: "1712" in params.helplines)
TEXT = Path(__file__).parent / "report"


def build(year: int, helpline: str, contacts: int, facts: FactSheet) -> Chapter:
    facts.add(f"{helpline}.contacts.total", contacts, "count", Source(None, "fixture", "all"))
    return Chapter(text.render("chapters/greeting.md", folder=TEXT, year=year, contacts=contacts), {}, {})
'''


@pytest.fixture
def extra_chapters(tmp_path, monkeypatch):
    package = tmp_path / "extra_chapters"
    (package / "report" / "chapters").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "greeting.py").write_text(textwrap.dedent(CHAPTER_MODULE))
    (package / "report" / "chapters" / "greeting.md").write_text(
        "In {{ year }} waren er\n{{ contacts | number }} contacten.\n\n{% if contacts > 1000 %}Veel.{% endif %}\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    yield package
    for name in [m for m in sys.modules if m.startswith("extra_chapters")]:
        del sys.modules[name]


def test_a_chapter_is_one_module_one_template_one_notebook(extra_chapters):
    found = chapters.discover("extra_chapters")
    assert list(found) == ["greeting"] and found["greeting"].title == "Groet"
    params = SimpleNamespace(helplines=["1712"], year=2020, is_synthetic=False, export=None)
    merged = dict(sorted({**chapters.REGISTRY, **found}.items(), key=lambda kv: kv[1].order))
    assert chapters.for_params(params, merged)[:2] == ["channels", "greeting"]  # its place comes from its SPEC
    assert (
        chapters.for_params(SimpleNamespace(helplines=["tele-onthaal"], is_synthetic=False, export=None), found) == []
    )
    import extra_chapters.greeting as greeting

    facts = FactSheet("greeting", 2020)
    chapter = greeting.build(2020, "1712", 8059, facts)
    assert chapter.text == "In 2020 waren er 8.059 contacten.\n\nVeel."
    assert [f["key"] for f in facts.records()] == ["1712.contacts.total"]


def test_every_registered_chapter_has_its_template_and_notebook():
    for name in chapters.names():
        assert (NOTEBOOKS / f"{name}.ipynb").is_file(), name
        assert (REPORT_TEXT / "chapters" / f"{name}.md").is_file(), name
        spec = chapters.spec(name)
        assert spec.methods is None or (REPORT_TEXT / "methods" / spec.methods).is_file(), name


def test_a_template_naming_an_unknown_value_fails(tmp_path):
    (tmp_path / "t.md").write_text("{{ contacts | number }} contacten en {{ calls }} oproepen")
    with pytest.raises(BuildError, match="calls"):
        text.render("t.md", folder=tmp_path, contacts=3)


def test_a_value_the_template_never_uses_fails(tmp_path):
    (tmp_path / "u.md").write_text("{{ contacts | number }} contacten")
    with pytest.raises(BuildError, match="values calls are given but the template never uses them"):
        text.render("u.md", folder=tmp_path, contacts=3, calls=4)


def test_numbers_are_formatted_by_filters_in_dutch(tmp_path):
    (tmp_path / "f.md").write_text("{{ n | number }}; {{ p | pct }}; {{ c | signed_pct(0) }}; {{ x | count_or_x }}")
    assert text.render("f.md", folder=tmp_path, n=11305, p=11.3, c=5.7, x=None) == "11.305; 11,3\u00a0%; +6\u00a0%; x"


def test_quarto_ids_in_templates_are_text_not_comments(tmp_path):
    (tmp_path / "q.md").write_text("# Methoden {#sec-methods}\n{{ a }}")
    assert text.render("q.md", prose=False, folder=tmp_path, a=1) == "# Methoden {#sec-methods}\n1"


@pytest.mark.parametrize(
    "key,unit",
    [
        ("1712.contacts.total", "count"),
        ("tele-onthaal.channel.phone.calls", "count"),
        ("1712.channel.chat.share_pct", "percent"),
        ("1712.contacts.2019.low", "count"),
        ("tele-onthaal.channel.chat.calls.2019.high", "count"),
        ("1712.contact_person.victim.share_pct", "percent"),
        ("1712.export.phone.answer_rate_low_pct", "percent"),
        ("tele-onthaal.corona_share_2020", "percent"),
    ],
)
def test_registered_keys_and_units(key, unit):
    keys.check(key, unit)


@pytest.mark.parametrize(
    "key,unit",
    [
        ("1712.contacts.total", "contacts"),
        ("1712.channel.chat.share_pct", "count"),
        ("1712.Contacts", "count"),
        ("no helpline", "count"),
    ],
)
def test_unregistered_keys_or_wrong_units_fail(key, unit):
    with pytest.raises(BuildError):
        FactSheet("t", 2020).add(key, 1, unit, Source(None, "t", "t"))


def test_published_key_figures_take_their_place_in_the_scheme():
    row = SimpleNamespace(
        key="channel_share_chat",
        measure="channel_share",
        category="chat",
        reference_year=pd.NA,
        unit="percent",
        base="contacts",
    )
    assert keys.key_figure("1712", row, {"1100": "victim"}, {"chat"}) == ("1712.channel.chat.share_pct", "percent")
    row = SimpleNamespace(
        key="contact_person_victim",
        measure="contact_person_share",
        category="1100",
        reference_year=pd.NA,
        unit="percent",
        base="contacts",
    )
    assert keys.key_figure("1712", row, {"1100": "victim"}, {"chat"}) == (
        "1712.contact_person.victim.share_pct",
        "percent",
    )
    chat = SimpleNamespace(**{**vars(row), "key": "contact_person_victim_chat_share", "base": "contacts_chat"})
    assert keys.key_figure("1712", chat, {"1100": "victim"}, {"chat"}) == (
        "1712.contact_person_victim_chat_share",
        "percent",
    )
    row = SimpleNamespace(
        key="calls_phone", measure="calls", category="phone", reference_year=pd.NA, unit="count", base=None
    )
    assert keys.key_figure("t", row, {}, {"phone"}) == ("t.channel.phone.calls", "count")
    row = SimpleNamespace(
        key="corona_share_2020",
        measure="corona_share",
        category="all",
        reference_year=2020,
        unit="percent",
        base="conversations",
    )
    assert keys.key_figure("t", row, {}, {"phone"}) == ("t.corona_share_2020", "percent")
