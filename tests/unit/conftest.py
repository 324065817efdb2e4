"""Fixtures the unit tests of the charts share (tests/unit/chart_gallery.py draws them)."""

from __future__ import annotations

import matplotlib
import pytest

matplotlib.use("agg")


@pytest.fixture(scope="module")
def drawn():
    """Every chart of the gallery, drawn once per test module and closed after it."""
    from chart_gallery import draw_all

    built = draw_all()
    yield built
    for fig in built.values():
        matplotlib.pyplot.close(fig)


# The demo's chapter templates with the values of a plain synthetic 2020 release; a test overrides what it is about.
# One base per template, shared by the demo's text tests (test_demo_*.py), so a new value of a template is added once.
ANCHORS = {"rate_min": 40, "rate_max": 45, "anonymous_min": 75, "first_month": "2020-09", "last_month": "2020-12"}
OPENING = {
    "synthetic": True,
    "largest_hidden": 4,
    "year": "2020",
    "first": True,
    "first_title": "Registratie per contact",
    "source_total": 8059,
    "left_out": 6,
    "imitated": 8053,
    "open_from": 9,
    "open_until": 17,
    "anchors": ANCHORS,
    "question": "282",  # r37 (demo r36 #11): the question the published figures come from, named by its number
}
CAPACITY = {
    **OPENING,
    "call_time_question": "2022-01",
    "offered": 12876,
    "answered": 5702,
    "rate": {"rate": 44.3, "low": 43.4, "high": 45.1, "attempts": 2.3},
    "callers": None,
    "worst": None,
    "demand": None,
    "routes": [],
    "peak_day": None,
    "band": None,
    "margin": 10,
    "overflow": False,
    "transferred": False,
}
REGISTRATION = {
    **OPENING,
    "helpline": "1712",
    "demand": None,  # r61 (r59 demo #2): the lockdown months, chapter 1 of a demo
    "total": 8053,
    "anonymous_phone": None,
    "anonymous": None,
    "victims": None,
    "busiest": None,
    "busiest_day": None,
    "holidays": 0,
    "holidays_published": 0,
    "holidays_published_contacts": 0,
    "chat_victim_environment": None,
    "chat_professional": None,
    "victim_group": "slachtoffer zelf of iemand uit diens omgeving",
    "mix": {"shown": 7, "hidden": [], "dropped": []},
    "closed_days": {"weekend": 0, "holiday": 0, "other": 0},
    "suppressed_cells": 101,
    "logged_cells": 100,
    "codes_hidden": 0,
    "gap": None,  # r38 (demo r37 #2): the chapter gives the gap to the published counts (None: not a demo)
    "months": None,  # r53 (demo #1): the published months per channel (None: no table of them)
}


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def capacity_text():
    """The capacity chapter's text (chapters/capacity/text.md), one line, from the base values and the test's."""
    from hulplijnen.presentation.text import TEXT_FOLDERS, environment

    template = environment(TEXT_FOLDERS, False).get_template("chapters/capacity/text.md")
    return lambda **values: _flat(template.render(**{**CAPACITY, **values}))


@pytest.fixture
def lockdown_told():
    """The demo's lockdown months as the capacity chapter is told them (chapters/capacity/demand.py's peak)."""
    return {
        "name": "eerste lockdown (april–juni 2020)",
        "offered": 1462,
        "offered_before": 804,
        "months_before": 3,
        "answered": 552,
        "answered_before": 422,
        "rate": 37.7,
        "rate_before": 52.5,
    }


@pytest.fixture
def registration_text():
    """The registration chapter's text (chapters/registration/text.md), one line."""
    from hulplijnen.presentation.text import TEXT_FOLDERS, environment

    template = environment(TEXT_FOLDERS, False).get_template("chapters/registration/text.md")
    return lambda **values: _flat(template.render(**{**REGISTRATION, **values}))


@pytest.fixture
def registration_methods():
    """The registration chapter's methods (chapters/registration/methods.md) of a release, with timings: one line, or
    as rendered (``flat=False``); ``values``, the recorded facts it may name, only when given."""
    from hulplijnen.config.params import load_params
    from hulplijnen.presentation import text

    def methods(release: str, values: dict | None = None, flat: bool = True) -> str:
        given = {} if values is None else {"values": values}
        shown = text.render(
            "chapters/registration/methods.md",
            every_value_used=False,
            params=load_params(release),
            timings=True,
            not_shown={},
            question="282",  # r37 (demo r36 #11, #12): as assemble passes it (data/provenance.yml, number_nl)
            started={"overflow_option_zero": "2021"},  # r59 (r58 demo #8): as assemble passes it (data/events.csv)
            **given,
        )
        return _flat(shown) if flat else shown

    return methods


@pytest.fixture
def registration_sections():
    """The registration chapter's sections, each on one line."""
    from hulplijnen.presentation.text import sections

    return lambda **values: {
        k: _flat(v) for k, v in sections("chapters/registration/text.md", **{**REGISTRATION, **values}).items()
    }


@pytest.fixture
def provenance_text():
    """What a synthetic export took from the published figures ('Over deze cijfers' of the demo), one line."""
    from hulplijnen.presentation.text import TEXT_FOLDERS, environment

    source = '{% from "chapters/shared/export.md" import provenance %}{{ provenance(year, source_total, left_out, '
    source += "imitated, anchors, source, question) }}"
    template = environment(TEXT_FOLDERS, False).from_string(source)
    # r36 (demo r35 #7): the document the monthly totals come from (data/provenance.yml, named_nl)
    named = "het antwoord op schriftelijke vraag nummer 282 in het Vlaams Parlement"
    return lambda **values: _flat(template.render(**{**OPENING, "source": named, **values}))


# The chapters' text as one line, no-break spaces as spaces; shared by the chapters' text tests
# (test_chapter_words.py, test_round15_who_contacts.py).
@pytest.fixture(scope="session")
def plain():
    import re

    return lambda s: re.sub(r"\s+", " ", s.replace("\u00a0", " "))


@pytest.fixture(scope="module")
def persons_2020():
    """The 2020 contact-persons chapter, built once per test module."""
    from hulplijnen.chapters import contact_persons
    from hulplijnen.facts import FactSheet

    return contact_persons.build(2020, "1712", FactSheet("contact_persons", 2020))


@pytest.fixture(scope="module")
def persons_2021():
    """The 2021 contact-persons chapter, built once per test module (shared by the who-contacts tests)."""
    from hulplijnen.chapters import contact_persons
    from hulplijnen.facts import FactSheet

    return contact_persons.build(2021, "1712", FactSheet("contact_persons", 2021))


@pytest.fixture(scope="module")
def contexts_2020():
    """The 2020 contexts chapter, built once per test module."""
    from hulplijnen.chapters import contexts
    from hulplijnen.facts import FactSheet

    return contexts.build(2020, "1712", FactSheet("contexts", 2020))


@pytest.fixture(scope="session")
def reachability_built() -> dict[int, tuple[str, str]]:
    """1712's reachability chapter and summary of 2020 and 2021, each flattened to one line: (chapter, summary)."""
    from hulplijnen.chapters import reachability
    from hulplijnen.facts import FactSheet
    from hulplijnen.pipeline import summary

    out = {}
    for year in (2020, 2021):
        facts = FactSheet("t", year)
        chapter = _flat(reachability.build(year, "1712", facts, "2026-11-20").text)
        out[year] = (chapter, _flat(summary.markdown({r["key"]: r for r in facts.records()}, ["1712"], year)))
    return out
