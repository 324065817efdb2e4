"""Chapters as units, Dutch text as templates, one fact-key scheme."""

import sys
import textwrap
from types import SimpleNamespace

import pandas as pd
import pytest

from hulplijnen import chapters
from hulplijnen.config.errors import BuildError
from hulplijnen.config.paths import CHAPTERS, NOTEBOOKS, PACKAGE
from hulplijnen.facts import FactSheet, Source, keys, recorded
from hulplijnen.presentation import text

CHAPTER_MODULE = '''
"""Groet: a made-up chapter, only to prove that a chapter is one folder (its build, its text) and one notebook."""
from pathlib import Path

from hulplijnen.presentation import text
from hulplijnen.chapters.shared.base import Chapter, ChapterSpec
from hulplijnen.facts import FactSheet, Source, recorded

SPEC = ChapterSpec("greeting", "Groet", 15, lambda params: "1712" in params.helplines)
FOLDER = Path(__file__).parent


def build(year: int, helpline: str, contacts: int, facts: FactSheet) -> Chapter:
    recorded = facts.add(f"{helpline}.contacts.total", contacts, "count", Source(None, "fixture", "all"))
    body = text.render("text.md", folder=FOLDER, facts=facts, year=str(year), contacts=recorded)
    return Chapter(body, {}, {})
'''


@pytest.fixture
def extra_chapters(tmp_path, monkeypatch):
    package = tmp_path / "extra_chapters"
    (package / "greeting").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "greeting" / "__init__.py").write_text(textwrap.dedent(CHAPTER_MODULE))
    (package / "greeting" / "text.md").write_text(
        "In {{ year }} waren er\n{{ contacts | number }} contacten.\n\n{% if contacts > 1000 %}Veel.{% endif %}\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    yield package
    for name in [m for m in sys.modules if m.startswith("extra_chapters")]:
        del sys.modules[name]


def test_a_chapter_is_one_folder_and_one_notebook(extra_chapters):
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
        spec = chapters.spec(name)
        assert (CHAPTERS / name / "text.md").is_file() and (PACKAGE / spec.text).is_file(), name
        assert spec.methods is None or (PACKAGE / spec.methods).is_file(), name


def test_a_template_naming_an_unknown_value_fails(tmp_path):
    (tmp_path / "t.md").write_text("{{ contacts | number }} contacten en {{ calls }} oproepen")
    with pytest.raises(BuildError, match="calls"):
        text.render("t.md", folder=tmp_path, contacts=3)


def test_a_value_the_template_never_uses_fails(tmp_path):
    (tmp_path / "u.md").write_text("{{ contacts | number }} contacten")
    with pytest.raises(BuildError, match="values calls are given but the template never uses them"):
        text.render("u.md", folder=tmp_path, contacts=3, calls=4)


def recorded_sheet(**values) -> FactSheet:
    sheet = FactSheet("t", 2020)
    for name, value in values.items():
        sheet.add(f"1712.{name}.total", value, "count", Source(None, "t", name))
    return sheet


def test_a_template_held_to_facts_prints_recorded_facts(tmp_path):
    (tmp_path / "r.md").write_text("{{ contacts | number }} contacten, {{ calls | count_or_x }} oproepen")
    sheet = recorded_sheet(contacts=8059)
    got = text.render("r.md", folder=tmp_path, facts=sheet, contacts=sheet.get("1712.contacts.total"), calls=None)
    assert got == "8.059 contacten, x oproepen"


def test_a_loose_number_passed_to_a_template_fails(tmp_path):
    (tmp_path / "l.md").write_text("{{ contacts | number }} contacten in {{ months | length }} maanden")
    sheet = recorded_sheet(contacts=8059)
    with pytest.raises(text.LooseNumber, match="contacts = 8059 is a number that is not a recorded fact"):
        text.render("l.md", folder=tmp_path, facts=sheet, contacts=8059, months=[])
    with pytest.raises(text.LooseNumber, match=r"months\[0\]\.n = 2\.5"):  # inside lists and dicts too
        text.render(
            "l.md", folder=tmp_path, facts=sheet, contacts=sheet.get("1712.contacts.total"), months=[{"n": 2.5}]
        )


def test_a_value_claiming_a_fact_not_recorded_so_fails(tmp_path):
    (tmp_path / "c.md").write_text("{{ contacts | number }}")
    sheet = recorded_sheet(contacts=8059)
    with pytest.raises(text.LooseNumber, match="claims fact 1712.contacts.total"):
        text.render("c.md", folder=tmp_path, facts=sheet, contacts=recorded("1712.contacts.total", 8060))
    with pytest.raises(text.LooseNumber, match="claims fact 1712.calls.total"):
        text.render("c.md", folder=tmp_path, facts=sheet, contacts=recorded("1712.calls.total", 8059))


@pytest.mark.parametrize(
    "body,match",
    [
        ("{{ (contacts / 2) | number }}", "not a recorded fact"),  # arithmetic in a template is no fact
        ("{{ contacts }}", "without a filter"),  # a number printed without a filter
        ("{{ contacts - 1 }}", "without a filter"),
        ("{{ contacts | interval(contacts + 10) }}", "argument of | interval"),
        ("{{ contacts | number }} {{ 12 | pct }}", "not a recorded fact"),  # a number typed into the template
    ],
)
def test_a_template_cannot_print_a_number_that_is_no_fact(tmp_path, body, match):
    (tmp_path / "a.md").write_text(body)
    sheet = recorded_sheet(contacts=8059)
    with pytest.raises(text.LooseNumber, match=match):
        text.render("a.md", folder=tmp_path, facts=sheet, contacts=sheet.get("1712.contacts.total"))


def test_filters_that_compute_a_number_are_not_offered_to_templates_held_to_facts(tmp_path):
    (tmp_path / "p.md").write_text("{{ a | pct_of(b) }}")
    sheet = recorded_sheet(a=1, b=2)
    with pytest.raises(BuildError, match="pct_of"):
        text.render("p.md", folder=tmp_path, facts=sheet, a=sheet.get("1712.a.total"), b=sheet.get("1712.b.total"))


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
